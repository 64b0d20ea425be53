"""esorcheck split and reorder: documents written as they are, names from types only, never outside the folder,
the input never modified."""

from __future__ import annotations

import hashlib
import json
import re

import pytest
from conftest import AS_OF, SAMPLES, checked, expects, find_truth, packet_for
from pypdf import PdfReader
from test_cli import esorcheck

from esorcheck.assemble import parts_of, prescribed_order, reorder, split_into_files
from esorcheck.checker import check_packet
from esorcheck.errors import UsageError
from esorcheck.schema.programmes import get_programme

NAME = re.compile(r"\d{2}-[a-z_]+(-\d+)?\.pdf")
HOSTILE_TITLES = ["../../x", "/etc/passwd", "C:\\Windows\\x", "a\x00b", "CON", "NUL.pdf", "x" * 300, "..", "manifest.json"]


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _hostile_outline_packet(tmp_path):
    """A sample packet with every page bookmarked under a hostile title (a copy: the sample stays as it is)."""
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=SAMPLES / "aim-china" / "complete-reportlab.pdf")
    writer._root_object.pop("/Outlines", None)  # only the hostile titles
    for n in range(len(writer.pages)):
        writer.add_outline_item(title=HOSTILE_TITLES[n % len(HOSTILE_TITLES)], page_number=n)
    path = tmp_path / "in" / "packet.pdf"
    path.parent.mkdir()
    with open(path, "wb") as out:
        writer.write(out)
    return path


def test_split_names_files_from_types_only_and_stays_in_its_folder(tmp_path):
    packet = _hostile_outline_packet(tmp_path)
    before = _sha(packet)
    report = check_packet(packet, get_programme("aim-china"), as_of=AS_OF)
    out = tmp_path / "in" / "out"
    parts = split_into_files(report, out)
    assert _sha(packet) == before
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted([p.name for p in parts] + ["manifest.json"])
    assert all(NAME.fullmatch(name) for name in written if name != "manifest.json")
    assert sorted(p.name for p in (tmp_path / "in").iterdir()) == ["out", "packet.pdf"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]
    # every page once, in order, each document's pages as they were, and its own bookmarks kept
    source = PdfReader(packet)
    copied = [page for part in parts for page in PdfReader(out / part.name).pages]
    assert len(copied) == len(source.pages)
    for original, copy in zip(source.pages, copied):
        assert copy.extract_text() == original.extract_text()
    for part in parts:
        titles = [item.title for item in PdfReader(out / part.name).outline]
        assert titles == [HOSTILE_TITLES[(n - 1) % len(HOSTILE_TITLES)] for n in part.section.page_numbers]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [d["file"] for d in manifest["documents"]] == [p.name for p in parts]
    assert manifest["documents"][0]["type"] == report.sections[0].type


def test_split_numbers_repeated_types_and_refuses_to_overwrite(tmp_path):
    report = checked(find_truth("aim-china", lambda t: t["status"] == "complete"))
    names = [p.name for p in parts_of(report)]
    letters = [n for n in names if "recommendation_letter" in n]
    assert [n[3:] for n in letters] == ["recommendation_letter-1.pdf", "recommendation_letter-2.pdf"]
    assert names[0] == "01-cv.pdf"
    split_into_files(report, tmp_path)
    with pytest.raises(UsageError, match="already holds"):
        split_into_files(report, tmp_path)
    split_into_files(report, tmp_path, force=True)


def test_split_refuses_a_link_leading_outside(tmp_path):
    report = checked(find_truth("aim-china", lambda t: t["status"] == "complete"))
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "01-cv.pdf").symlink_to(tmp_path / "elsewhere.pdf")
    with pytest.raises(UsageError, match="leads outside"):
        split_into_files(report, folder, force=True)
    assert not (tmp_path / "elsewhere.pdf").exists()


def test_reorder_fixes_the_order_and_the_result_checks_clean(tmp_path):
    truth_path = find_truth("aim-china", expects("document.unexpected"))
    report = checked(truth_path)
    before = _sha(report.file)
    fixed = tmp_path / "fixed.pdf"
    ordered = reorder(report, fixed)
    assert _sha(report.file) == before
    assert [s.type for s in ordered] == [s.type for s in prescribed_order(report.programme, report.sections)]
    assert ordered[-1].type == "additional_document" and report.sections[-1].type != "additional_document"
    again = check_packet(fixed, report.programme, as_of=report.as_of, track=report.track)
    assert "document.unexpected" not in {f.code for f in again.findings}
    assert [item.title for item in PdfReader(fixed).outline][0] == "ESOR CV"
    with pytest.raises(UsageError, match="already exists"):
        reorder(report, fixed)


def test_cli_split_and_reorder(tmp_path):
    packet = packet_for(find_truth("aim-china", expects("document.unexpected")))
    result = esorcheck("split", str(packet), "-p", "aim-china", "-o", str(tmp_path / "docs"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "docs" / "manifest.json").exists()
    again = esorcheck("split", str(packet), "-p", "aim-china", "-o", str(tmp_path / "docs"))
    assert again.returncode == 2 and "--force" in again.stderr
    fixed = esorcheck("reorder", str(packet), "-p", "aim-china", "-o", str(tmp_path / "fixed.pdf"))
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert "COMPLETE" in fixed.stdout
    unreadable = packet_for(find_truth("aim-china", lambda t: t["status"] == "unreadable"))
    refused = esorcheck("split", str(unreadable), "-p", "aim-china", "-o", str(tmp_path / "x"))
    assert refused.returncode == 3 and "Traceback" not in refused.stderr
    assert not (tmp_path / "x").exists()
