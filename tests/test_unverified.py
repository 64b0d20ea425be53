"""No "complete" without the documents: a required document that was not found while some pages could not be
read makes the packet ``unverified`` (exit 4), never ``complete``.

The packets are built here from a shipped text packet with one document's pages replaced by an image page
(blank, or noise OCR cannot make words of), and by a file holding a single image.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import multiprocessing
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import HOSTILE, ROOT, SAMPLES, load_truth
from pypdf import PdfReader, PdfWriter

from esorcheck.checker import check_packet
from esorcheck.errors import ExitCode
from esorcheck.schema.programmes import get_programme

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed (apt-get install tesseract-ocr)")
PROGRAMMES = ["aim-china", "exchange-fellowship", "icm-oncologic-imaging", "gustave-roussy-hybrid-imaging",
              "lille-neuroinflammatory", "visiting-scholarship-europe", "bracco-fellowship"]
COMPLETE = SAMPLES / "aim-china" / "complete-reportlab"


def _truth() -> dict:
    return load_truth(COMPLETE.with_suffix(".truth.json"))


def _image_page(kind: str) -> bytes:
    """A one-page A4 PDF holding one grey image: 'blank' (a white scan) or 'noise' (a fax of specks)."""
    from PIL import Image, ImageFilter
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    if kind == "blank":
        image = Image.new("L", (827, 1169), 250)  # 100 dpi
    else:  # a fax of heavy noise at 45 dpi: Tesseract makes a few dozen 'words' of it, at low confidence
        rng = random.Random(2)
        width, height = 372, 526
        noise = Image.frombytes("L", (width, height), rng.randbytes(width * height))
        jpeg = io.BytesIO()
        noise.filter(ImageFilter.GaussianBlur(0.7)).point(lambda v: 0 if v < 110 else 255).save(jpeg, "JPEG", quality=35)
        jpeg.seek(0)
        image = jpeg  # embedded as the JPEG it is
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.drawImage(ImageReader(image), 0, 0, *A4)
    page.showPage()
    page.save()
    return buffer.getvalue()


def _declaration_replaced(tmp_path: Path, kind: str) -> Path:
    """The complete aim-china packet with its funding declaration's pages replaced by one image page."""
    truth = _truth()
    declaration = next(s for s in truth["sections"] if s["type"] == "funding_declaration")
    reader = PdfReader(COMPLETE.with_suffix(".pdf"))
    writer = PdfWriter()
    for number, page in enumerate(reader.pages, start=1):
        if number == declaration["first_page"]:
            writer.add_page(PdfReader(io.BytesIO(_image_page(kind))).pages[0])
        elif not declaration["first_page"] < number <= declaration["last_page"]:
            writer.add_page(page)
    target = tmp_path / f"declaration-is-{kind}.pdf"
    with open(target, "wb") as handle:
        writer.write(handle)
    return target


def _check(path: Path, ocr: str = "auto", track: str | None = "__truth__"):
    truth = _truth()
    return check_packet(path, get_programme("aim-china"), as_of=dt.date.fromisoformat(truth["as_of"]),
                        track=truth["track"] if track == "__truth__" else track, ocr=ocr)


def _assert_unverified(report, page: int) -> None:
    assert report.status == "unverified", [(f.code, f.message) for f in report.findings]
    data = report.to_dict()
    assert data["status"] == "unverified"
    assert page in data["unverified_pages"]
    assert data["unverified_documents"] == ["funding_declaration"]
    assert not [f for f in report.findings if f.severity.value == "error"]


def test_unread_scan_where_a_required_document_should_be_is_unverified_not_complete(tmp_path):
    """--ocr never (as without Tesseract): the declaration may be on the unread page, so neither missing nor complete."""
    packet = _declaration_replaced(tmp_path, "blank")
    report = _check(packet, ocr="never")
    page = _truth()["sections"][-1]["first_page"]
    _assert_unverified(report, page)


@needs_tesseract
def test_a_blank_scan_tesseract_reads_nothing_from_is_unverified(tmp_path):
    packet = _declaration_replaced(tmp_path, "blank")
    _assert_unverified(_check(packet), _truth()["sections"][-1]["first_page"])


@needs_tesseract
def test_noise_tesseract_makes_no_words_of_is_an_unread_page(tmp_path):
    """OCR of a page of specks gives a few 'words' at low confidence: that is no reading, the page stays unread
    (it does not join the document before it, and the declaration is not 'missing')."""
    packet = _declaration_replaced(tmp_path, "noise")
    report = _check(packet)
    page = _truth()["sections"][-1]["first_page"]
    _assert_unverified(report, page)
    (record,) = [p for p in report.ocr.pages if p.page == page]
    assert record.text_source == "none" and record.problem


def test_a_single_image_file_is_never_complete(tmp_path):
    single = tmp_path / "single-image.pdf"
    single.write_bytes(_image_page("blank"))
    for programme in PROGRAMMES:
        report = check_packet(single, get_programme(programme), as_of=dt.date(2025, 1, 15), ocr="never")
        assert report.status == "unverified", programme
        assert set(report.to_dict()["unverified_documents"]) == {
            d.type for d in get_programme(programme).documents if get_programme(programme).min_count(d, None) > 0}


def test_a_missing_document_with_every_page_readable_is_still_an_error(tmp_path):
    truth = _truth()
    declaration = next(s for s in truth["sections"] if s["type"] == "funding_declaration")
    reader = PdfReader(COMPLETE.with_suffix(".pdf"))
    writer = PdfWriter()
    for number, page in enumerate(reader.pages, start=1):
        if not declaration["first_page"] <= number <= declaration["last_page"]:
            writer.add_page(page)
    target = tmp_path / "no-declaration.pdf"
    with open(target, "wb") as handle:
        writer.write(handle)
    report = _check(target)
    assert report.status == "incomplete"
    assert "document.missing" in {f.code for f in report.findings}
    assert report.to_dict()["unverified_documents"] == []


def test_an_error_elsewhere_outweighs_unverified(tmp_path):
    """A packet with an error is incomplete, whatever could not be read."""
    packet = _declaration_replaced(tmp_path, "blank")
    report = check_packet(packet, get_programme("aim-china"), as_of=dt.date(2099, 1, 1), track="self-funded", ocr="never")
    assert "eligibility.age" in {f.code for f in report.findings}
    assert report.status == "incomplete"


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "esorcheck", "check", *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200", "PYTHONPATH": str(ROOT)}, timeout=300)


def test_exit_code_4_and_what_the_report_says(tmp_path):
    packet = _declaration_replaced(tmp_path, "blank")
    truth = _truth()
    result = _cli(str(packet), "-p", "aim-china", "--track", truth["track"], "--as-of", truth["as_of"], "--ocr", "never")
    assert result.returncode == ExitCode.UNVERIFIED == 4, result.stdout + result.stderr
    assert "UNVERIFIED" in result.stdout
    page = truth["sections"][-1]["first_page"]
    assert f"could not be fully checked: page {page} could not be read" in result.stdout
    assert "the funding declaration (self-funding or need for sponsorship) may be among them" in result.stdout
    quiet = _cli(str(packet), "-p", "aim-china", "--track", truth["track"], "--as-of", truth["as_of"], "--ocr", "never", "-q")
    assert quiet.returncode == 4 and quiet.stdout.startswith("UNVERIFIED")


def test_batch_exit_code_precedence(tmp_path):
    """A batch exits with the first that applies of 1 (incomplete), 3 (unreadable), 4 (unverified), 0."""
    truth = _truth()
    complete = tmp_path / "complete.pdf"
    shutil.copyfile(COMPLETE.with_suffix(".pdf"), complete)
    unverified = _declaration_replaced(tmp_path, "blank")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 nothing else")
    incomplete = SAMPLES / "aim-china" / "wrong-order.pdf"
    common = ["-p", "aim-china", "--track", truth["track"], "--as-of", truth["as_of"], "--ocr", "never", "--format", "jsonl"]

    def run(*files: Path) -> int:
        folder = tmp_path / f"batch-{len(list(tmp_path.iterdir()))}"
        folder.mkdir()
        for f in files:
            shutil.copyfile(f, folder / f.name)
        return _cli(str(folder), *common).returncode

    assert run(complete) == 0
    assert run(complete, unverified) == 4
    assert run(complete, unverified, broken) == 3
    assert run(complete, unverified, broken, incomplete) == 1


# ------------------------------------------------------------------ the hostile corpus
def _status(job: tuple[str, str]) -> tuple[str, str, str]:
    path, programme = job
    report = check_packet(Path(path), get_programme(programme), as_of=dt.date(2025, 1, 15), ocr="never")
    return path, programme, report.status


@pytest.mark.skipif(not HOSTILE.is_dir(), reason=f"hostile corpus not found at {HOSTILE}")
def test_no_hostile_file_is_complete_for_any_programme():
    """None of the 500 files is an ESOR packet. Run with --ocr never to keep it fast (OCR of the corpus' image
    pages would add minutes): its image pages stay unread, which must give 'unverified', never 'complete'."""
    with open(HOSTILE / "INDEX.tsv", encoding="utf-8") as handle:
        files = [str(HOSTILE / row["path"]) for row in csv.DictReader(handle, delimiter="\t")]
    jobs = [(f, p) for p in PROGRAMMES for f in files]
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        results = pool.map(_status, jobs, chunksize=25)
    complete = [(Path(f).name, p) for f, p, status in results if status == "complete"]
    assert complete == [], f"{len(complete)} hostile runs complete, e.g. {complete[:5]}"
    assert {s for _, _, s in results} <= {"incomplete", "unreadable", "unverified"}
    assert json.dumps(sorted({s for _, _, s in results}))
