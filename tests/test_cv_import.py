"""esorcheck template import: a blank form (DOCX, PDF) becomes the template, and CVs filled from it check clean."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from esorcheck.checker import check_cv
from esorcheck.cv import load_template, reference_template
from esorcheck.cv.importer import import_form
from esorcheck.errors import UsageError
from esorcheck.schema.model import dump

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "cv_fixtures"


def esorcheck(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "esorcheck", *args], capture_output=True, text=True, cwd=ROOT, env=dict(os.environ), timeout=120)


def _shape(template):
    return {k: v for k, v in dump(template).items() if k not in {"id", "source", "notes"}}


def test_blank_reference_form_reproduces_the_shipped_template():
    template, _ = import_form(FIXTURES / "blank-reference.docx")
    assert dump(template)["sections"] == dump(reference_template())["sections"]
    assert template.notes == ["every heading and label matched the shipped template"]


def test_docx_and_the_pdf_it_exports_give_the_same_template():
    from_docx, _ = import_form(FIXTURES / "blank-2027.docx")
    from_pdf, _ = import_form(FIXTURES / "blank-2027.pdf")
    assert _shape(from_docx) == _shape(from_pdf)
    assert from_pdf.title == ["ESOR CURRICULUM VITAE 2027", "European School of Radiology"]
    headings = [s.heading for s in from_pdf.sections]
    assert "Congress Presentations and Awards" in headings and "Teaching Activities" in headings
    personal = from_pdf.sections[0]
    assert [f.label for f in personal.fields][8] == "ORCID iD"
    # What a blank form cannot say is carried over from the shipped template, and new things are noted.
    assert next(f for f in personal.fields if f.key == "date_of_birth").extract == "date_of_birth"
    assert any("ORCID iD" in note for note in from_pdf.notes)


def test_round_trip_a_cv_filled_from_the_imported_form_checks_clean(tmp_path):
    _, text = import_form(FIXTURES / "blank-2027.pdf")
    path = tmp_path / "esor-cv-2027.yaml"
    path.write_text(text, encoding="utf-8")
    template = load_template(path)
    filled = check_cv(FIXTURES / "filled-2027.pdf", as_of=dt.date(2025, 1, 15), cv_template=template)
    assert filled.status == "complete" and not filled.findings, [f.message for f in filled.findings]
    assert filled.to_dict()["cv"]["date_of_birth"] == "1990-11-04"
    # The new field is checked with the imported template only.
    no_orcid = check_cv(FIXTURES / "filled-2027-no-orcid.pdf", as_of=dt.date(2025, 1, 15), cv_template=template)
    assert [(f.code, f.pages) for f in no_orcid.findings] == [("cv.field_empty", (1,))]
    assert "'ORCID iD' is left blank" in no_orcid.findings[0].message
    assert not check_cv(FIXTURES / "filled-2027-no-orcid.pdf", as_of=dt.date(2025, 1, 15)).findings


def test_cli_import_writes_a_template_that_check_and_cv_use(tmp_path):
    out = tmp_path / "t.yaml"
    result = esorcheck("template", "import", str(FIXTURES / "blank-2027.docx"), "-o", str(out))
    assert result.returncode == 0 and out.is_file() and not result.stdout
    assert "ORCID iD" in result.stderr
    printed = esorcheck("template", "import", str(FIXTURES / "blank-2027.docx"))
    assert printed.returncode == 0 and "heading: Teaching Activities" in printed.stdout
    cv = esorcheck("cv", str(FIXTURES / "filled-2027-no-orcid.pdf"), "--cv-template", str(out), "--format", "json")
    data = json.loads(cv.stdout)
    assert cv.returncode == 0 and data["cv"]["template"] == "blank-2027"
    assert [f["code"] for f in data["findings"]] == ["cv.field_empty"]


@pytest.mark.parametrize("name, code", [("form.doc", 2), ("missing.docx", 2)])
def test_import_refuses_what_it_cannot_read_in_one_line(tmp_path, name, code):
    path = tmp_path / name
    if name.endswith(".doc"):
        path.write_bytes(b"\xd0\xcf\x11\xe0 old word file")
    result = esorcheck("template", "import", str(path))
    assert result.returncode == code and "Traceback" not in result.stderr
    assert result.stderr.startswith("esorcheck: error:") and "hint:" in result.stderr


def test_a_docx_that_is_not_one_is_refused(tmp_path):
    path = tmp_path / "form.docx"
    path.write_text("not a zip", encoding="utf-8")
    result = esorcheck("template", "import", str(path))
    assert result.returncode == 3 and "cannot be read as a DOCX" in result.stderr and "Traceback" not in result.stderr
    with pytest.raises(UsageError):
        import_form(tmp_path / "nothing.pdf")


def test_a_filled_in_cv_is_refused_as_the_blank_form():
    result = esorcheck("template", "import", str(FIXTURES / "filled-2027.pdf"))
    assert result.returncode == 3 and result.stdout == ""
    assert "is a filled-in CV (surname Dvořáková" in result.stderr and "esorcheck cv" in result.stderr
