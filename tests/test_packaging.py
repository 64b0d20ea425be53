"""The wheel an applicant installs: every package of the source and the data they read are listed for it."""

from __future__ import annotations

import pytest

from conftest import ROOT

tomllib = pytest.importorskip("tomllib", reason="tomllib is in Python 3.11 and later")


def test_every_package_is_in_the_wheel():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    found = {".".join(path.parent.relative_to(ROOT).parts) for path in (ROOT / "esorcheck").rglob("__init__.py")}
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"
    schema_folders = {f"esorcheck.schemas{'.' + '.'.join(p.relative_to(ROOT / 'schemas').parts) if p != ROOT / 'schemas' else ''}"
                      for p in [ROOT / "schemas", *(d for d in (ROOT / "schemas").rglob("*") if d.is_dir())]}
    assert schema_folders <= listed, f"add to [tool.setuptools] packages: {sorted(schema_folders - listed)}"


def test_the_ocrb_font_and_its_licence_are_package_data():
    """The passport zone's glyph templates are drawn from a font the wheel must carry, with its licence beside it."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]
    shipped = data.get("esorcheck.ocr", [])
    assert "OCRB.otf" in shipped and "OCRB-LICENCE.txt" in shipped
