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

from esorcheck.assemble import (
    assemble,
    classify_files,
    image_page,
    parts_of,
    prescribed_order,
    reorder,
    split_into_files,
)
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


# ---------------------------------------------------------------------- assemble
def _separate_files(tmp_path):
    """The complete aim-china sample's documents as the applicant's separate files, given in a shuffled order."""
    truth_path = find_truth("aim-china", lambda t: t["status"] == "complete" and t.get("track"))
    report = checked(truth_path)
    parts = split_into_files(report, tmp_path / "docs")
    files = [tmp_path / "docs" / p.name for p in reversed(parts)]
    return report, files


def _check_one(report):
    return lambda pdf: check_packet(pdf, report.programme, as_of=report.as_of, track=report.track)


def test_assemble_puts_separate_files_in_the_call_order(tmp_path):
    report, files = _separate_files(tmp_path)
    pieces = classify_files(files, report.programme, {}, tmp_path, _check_one(report))
    ordered = assemble(pieces, report.programme, tmp_path / "application.pdf")
    assert [p.type for p in ordered] == [s.type for s in prescribed_order(report.programme, report.sections)]
    again = check_packet(tmp_path / "application.pdf", report.programme, as_of=report.as_of, track=report.track)
    assert [s.type for s in again.sections] == [p.type for p in ordered]
    assert again.status == report.status
    titles = [item.title for item in PdfReader(tmp_path / "application.pdf").outline]
    assert titles[0] == "ESOR CV" and len(titles) == len(ordered)


def test_assemble_refuses_two_files_claiming_one_document(tmp_path):
    report, files = _separate_files(tmp_path)
    cv = next(f for f in files if f.name.endswith("-cv.pdf"))
    twin = tmp_path / "cv-again.pdf"
    twin.write_bytes(cv.read_bytes())
    with pytest.raises(UsageError, match="cv-again.pdf all claim"):
        classify_files([*files, twin], report.programme, {}, tmp_path, _check_one(report))


def test_an_image_is_placed_on_an_a4_page_as_it_is(tmp_path):
    from PIL import Image

    scan = tmp_path / "scan.jpg"
    Image.new("RGB", (600, 400), "white").save(scan, dpi=(300, 300))
    page = PdfReader(image_page(scan, tmp_path / "scan.pdf")).pages[0]
    assert [round(float(v)) for v in page.mediabox[2:]] == [595, 842]
    (embedded,) = page["/Resources"]["/XObject"].values()
    assert embedded.get_object()["/Filter"] == "/DCTDecode"
    assert embedded.get_object()._data == scan.read_bytes()  # the JPEG's own bytes, not re-encoded


def test_a_file_of_unsure_type_is_refused_with_the_exact_as_that_would_take_it(tmp_path):
    """A file whose type is guessed under the bar (a membership confirmation e-mail reads much like a letter) is
    named with the document it seems to be, and the hint gives the --as that says so, quoted for the shell."""
    import dataclasses

    report, files = _separate_files(tmp_path)
    motivation = next(f for f in files if "motivation_letter" in f.name)
    renamed = motivation.rename(motivation.with_name("my letter.pdf"))
    files = [renamed if f == motivation else f for f in files]

    def unsure(pdf):
        checked_report = _check_one(report)(pdf)
        if pdf != renamed:
            return checked_report
        return dataclasses.replace(checked_report, sections=[dataclasses.replace(s, confidence=0.4)
                                                             for s in checked_report.sections])

    with pytest.raises(UsageError) as refused:
        classify_files(files, report.programme, {}, tmp_path, unsure)
    assert "my letter.pdf may be the letter of motivation, but not surely enough (confidence 0.40" in refused.value.message
    assert "--as 'motivation_letter=my letter.pdf'" in refused.value.hint


def test_a_membership_confirmation_e_mail_is_told_surely_on_its_own(tmp_path):
    """An e-mail from the ESR membership office ("Dear Dr …, we confirm that your membership …, Best regards")
    has a letter's form; its membership words still make it, on its own, a proof of membership sure enough to
    assemble without --as."""
    from esorcheck.assemble import SURE

    truth_path = SAMPLES / "holdout" / "icm-oncologic-imaging" / "complete-czech.truth.json"
    report = checked(truth_path)
    parts = split_into_files(report, tmp_path / "docs")
    (proof,) = [tmp_path / "docs" / p.name for p in parts if "membership_proof" in p.name]
    alone = check_packet(proof, report.programme, as_of=report.as_of)
    (section,) = alone.sections
    assert section.type == "membership_proof" and section.confidence >= SURE, section.confidence


def test_cli_assemble_refuses_with_the_reason_and_takes_a_stated_type(tmp_path):
    from PIL import Image

    _, files = _separate_files(tmp_path)
    blank = tmp_path / "blank.png"
    Image.new("RGB", (400, 300), "white").save(blank)
    out = tmp_path / "application.pdf"
    refused = esorcheck("assemble", *map(str, files), str(blank), "-p", "aim-china", "-o", str(out), "--ocr", "never")
    assert refused.returncode == 2 and "blank.png fits no document" in refused.stderr and "--as" in refused.stderr
    assert not out.exists()
    stated = esorcheck("assemble", *map(str, files), str(blank), "--as", f"additional_document={blank}",
                       "-p", "aim-china", "-o", str(out), "--ocr", "never")
    assert stated.returncode in (0, 1, 4), stated.stderr
    assert "additional_document" in stated.stderr and "stated with --as" in stated.stderr
    assert len(PdfReader(out).pages) == sum(len(PdfReader(f).pages) for f in files) + 1


def test_every_sample_packet_splits_into_all_its_pages(sample, tmp_path):
    """Every producer's packets (reportlab, LibreOffice, Chromium, scans): the documents' files hold every page
    once, and the HTML report pictures every page."""
    from esorcheck.render.html import render_html

    _, report = sample
    page = render_html(report)
    assert report.status.upper() in page
    if report.unreadable:
        return
    assert page.count('<img src="data:image/jpeg;base64,') == report.pages
    parts = split_into_files(report, tmp_path)
    assert sum(len(PdfReader(tmp_path / p.name).pages) for p in parts) == report.pages


@pytest.mark.parametrize("name", ["Pages-tree-refs.pdf", "poppler-937-0-fuzzed.pdf", "filled-background.pdf"])
def test_split_of_a_file_pypdf_cannot_copy_is_refused_and_writes_nothing(name, tmp_path):
    from conftest import HOSTILE

    from esorcheck.errors import InputError

    path = HOSTILE / "pdf.js" / "test" / "pdfs" / name
    if not path.exists():
        pytest.skip(f"hostile corpus not found at {HOSTILE}")
    report = check_packet(path, get_programme("aim-china"), as_of=AS_OF, ocr="never")
    if report.unreadable:
        pytest.skip("the checker itself could not read it")
    with pytest.raises(InputError, match="cannot be copied|pypdf finds|needs a password"):
        split_into_files(report, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_the_heaviest_piece_is_the_large_scan(tmp_path):
    import os

    from PIL import Image

    from esorcheck.assemble import Piece, heaviest

    report, files = _separate_files(tmp_path)
    scan = tmp_path / "scan.png"
    Image.frombytes("RGB", (800, 800), os.urandom(800 * 800 * 3)).save(scan)  # noise: no compression helps
    pieces = [Piece(f, f, "cv", False) for f in files]
    pieces.append(Piece(scan, image_page(scan, tmp_path / "scan.pdf"), "passport_copy", True))
    piece, weight = heaviest(pieces)
    assert piece.path == scan and weight > 1_500_000
