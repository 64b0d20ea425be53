"""Scanned pages read with Tesseract: classification, the passport's zone, the report, and life without Tesseract.

The packets in tests/ocr_fixtures/ (made by its build.py from the sample-packet
builder) are complete ICM packets whose certificates, a letter and the passport
are grey, noisy, slightly tilted scans; each is OCR'd once per test session.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from conftest import HOSTILE, ROOT

from esorcheck.checker import check_cv, check_packet
from esorcheck.findings import Severity
from esorcheck.ocr import needs_ocr, pool, read_by_ocr, tesseract
from esorcheck.ocr.words import OcrPage
from esorcheck.pdf.pages import Page
from esorcheck.readings import mrz
from esorcheck.schema.programmes import get_programme
from esorcheck.text import normalize

FIXTURES = ROOT / "tests" / "ocr_fixtures"
PROGRAMME = "icm-oncologic-imaging"
AS_OF = dt.date(2023, 2, 10)  # within the ICM call
# Words of the scanned documents read right (grey, noisy, tilted 100-dpi scans, Spanish accents with
# no Spanish language data); a passport's 5-point labels are left out: its zone is what is read.
MIN_WORD_ACCURACY = 0.80

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-fra tesseract-ocr-deu)")


def fixture(name: str) -> Path:
    return FIXTURES / f"{name}.pdf"


def truth(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.truth.json").read_text(encoding="utf-8"))


@cache
def checked(name: str, mode: str = "auto"):
    """Each fixture is checked once per session and mode."""
    return check_packet(fixture(name), get_programme(PROGRAMME), as_of=AS_OF, ocr=mode)


def codes(report, severity: Severity | None = None) -> set[str]:
    return {f.code for f in report.findings if severity is None or f.severity is severity}


@pytest.fixture
def no_tesseract(monkeypatch, tmp_path):
    """PATH without Tesseract: an empty folder."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    path = str(bin_dir)  # subprocesses are started as sys.executable, which needs no PATH
    monkeypatch.setenv("PATH", path)
    assert shutil.which("tesseract") is None
    return path


# ------------------------------------------------------------------ with Tesseract
@needs_tesseract
def test_complete_packet_with_scanned_passport_certificates_and_letter_checks_clean():
    expected = truth("complete-scanned")
    report = checked("complete-scanned")
    assert report.status == "complete", [f.message for f in report.findings]
    assert codes(report, Severity.ERROR) == set()
    assert codes(report, Severity.WARNING) <= set(expected["expected_findings"])
    assert [(s.type, s.first_page, s.last_page) for s in report.sections] == [
        (s["type"], s["first_page"], s["last_page"]) for s in expected["sections"]
    ]
    for section, true in zip(report.sections, expected["sections"]):
        if true["scanned"]:
            assert section.text_source == "ocr"
            assert 0.5 <= section.pages[0].ocr_confidence <= 1.0
        else:
            assert section.text_source == "text-layer"
    letter = next(s for s, t in zip(report.sections, expected["sections"]) if t["scanned"] and t["type"] == "recommendation_letter")
    assert letter.language == "en"  # the language rule reads the OCR text


@needs_tesseract
def test_scanned_passport_values_are_in_the_json_report():
    data = checked("complete-scanned").to_dict()
    passport = data["passport"]
    assert passport["text_source"] == "ocr" and passport["mrz_found"] and passport["valid"]
    assert passport["surname"] == "NUNEZ CASTILLO" and passport["given_names"] == "JOSE ANGEL"
    assert (passport["nationality"], passport["sex"]) == ("ESP", "M")
    assert passport["date_of_birth"] == "1989-10-04" and passport["expiry"] == "2029-11-13"
    assert passport["document_number"] == "PAH491827"
    assert all(passport["checks"].values())
    scanned = [s for s in data["sections"] if s["text_source"] == "ocr"]
    assert scanned and all(0 < s["ocr_confidence"] <= 1 for s in scanned)
    assert {p["page"] for p in data["ocr"]["pages"]} == {s["first_page"] for s in scanned}
    assert data["ocr"]["engine"].startswith("tesseract")
    finding = next(f for f in data["findings"] if f["code"] == "pdf.scanned_pages")
    assert "read by OCR" in finding["message"]


@needs_tesseract
def test_broken_check_digit_is_an_error_naming_the_digit():
    report = checked("passport-bad-check-digit")
    (finding,) = [f for f in report.findings if f.code == "passport.mrz_invalid"]
    assert finding.severity is Severity.ERROR and "date of birth" in finding.message
    assert finding.pages == (truth("passport-bad-check-digit")["sections"][-1]["first_page"],)
    assert report.status == "incomplete"
    assert report.passport.zone.failed_checks == ["date_of_birth", "composite"]


def _expiry_findings(programme, as_of: dt.date):
    """passport.expired / passport.expiry_undetermined for the NUNEZ passport (expires 2029-11-13), no OCR needed."""
    from esorcheck.ocr import OcrRun
    from esorcheck.packet import Packet, Request
    from esorcheck.readings import Readings
    from esorcheck.readings.passport import Passport
    from esorcheck.rules import passport_expired

    zone = mrz.parse("P<ESPNUNEZ<CASTILLO<<JOSE<ANGEL<<<<<<<<<<<<<", "PAH4918277ESP8910048M291113551218403K<<<<<46", today=as_of)
    readings = Readings(passport=Passport([11], "ocr", zone))
    packet = Packet(Request(programme, as_of), None, (), OcrRun("never"), (), readings)
    return list(passport_expired.check(packet))


def test_passport_expiring_before_the_fellowship_ends():
    programme = get_programme(PROGRAMME)
    later = dataclasses.replace(programme, dates=dataclasses.replace(programme.dates, fellowship_end=dt.date(2030, 6, 30)))
    (finding,) = _expiry_findings(later, AS_OF)
    assert finding.code == "passport.expired" and finding.severity is Severity.ERROR
    assert "2029-11-13" in finding.message and "2030-06-30" in finding.message and finding.pages == (11,)
    assert _expiry_findings(programme, AS_OF) == []  # valid beyond 2024-10-31


def test_passport_expiry_without_fellowship_dates_is_undetermined_or_judged_at_the_reference_date():
    programme = get_programme(PROGRAMME)
    undated = dataclasses.replace(programme, dates=dataclasses.replace(programme.dates, fellowship_start=None, fellowship_end=None))
    (note,) = _expiry_findings(undated, AS_OF)
    assert note.code == "passport.expiry_undetermined" and note.severity is Severity.INFO
    (expired,) = _expiry_findings(undated, dt.date(2030, 1, 1))
    assert expired.code == "passport.expired" and "2029-11-13" in expired.message


@needs_tesseract
def test_scanned_valid_passport_is_neither_invalid_nor_expired():
    assert not codes(checked("complete-scanned")) & {"passport.mrz_invalid", "passport.expired", "passport.mrz_unread"}


def word_accuracy(pages: dict[int, Page], truth_words: dict[str, list[str]]) -> tuple[int, int]:
    """Words of the scans read right (as the checker compares words: case, accents and punctuation aside), and all."""
    right = total = 0
    for number, words in truth_words.items():
        expected = collections.Counter(normalize(" ".join(words)).split())
        got = collections.Counter(normalize(pages[int(number)].text).split())
        right += sum((expected & got).values())
        total += sum(expected.values())
    return right, total


@needs_tesseract
def test_ocr_word_accuracy_on_the_fixture_scans():
    """Documents (letters, certificates) are read to MIN_WORD_ACCURACY; a passport's 5-point labels are not counted."""
    right = total = 0
    seconds, pages = 0.0, 0
    for name in ("complete-scanned", "passport-bad-check-digit"):
        expected = truth(name)
        passport_pages = {str(s["first_page"]) for s in expected["sections"] if s["type"] == "passport_copy"}
        words = json.loads((FIXTURES / f"{name}.words.json").read_text(encoding="utf-8"))
        report = checked(name)
        by_number = {p.number: p for s in report.sections for p in s.pages}
        r, t = word_accuracy(by_number, {n: w for n, w in words.items() if n not in passport_pages})
        right, total = right + r, total + t
        seconds += report.ocr.seconds
        pages += len(report.ocr.pages)
    accuracy, per_page = right / total, seconds / pages
    print(f"OCR word accuracy {accuracy:.3f} over {total} words of scanned documents; {per_page:.2f} s per scanned page")
    assert accuracy >= MIN_WORD_ACCURACY  # speed is benchmarks/run.py's to judge, on a quiet machine


@needs_tesseract
def test_ocr_never_leaves_scans_unread():
    report = checked("complete-scanned", "never")
    scanned = [s["first_page"] for s in truth("complete-scanned")["sections"] if s["scanned"]]
    assert list(report.unverified_pages) == scanned
    # The documents on the scans were not seen: not complete, and not missing either.
    sections = truth("complete-scanned")["sections"]
    documents = {s["type"] for s in sections if s["scanned"]} - {s["type"] for s in sections if not s["scanned"]}
    assert report.passport is None and report.status == "unverified"
    assert set(report.unverified_documents) == set(documents) and "document.missing" not in codes(report)
    finding = next(f for f in report.findings if f.code == "pdf.scanned_pages")
    assert "--ocr never" in finding.message


@needs_tesseract
def test_ocr_always_reads_text_pages_too(tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.add_page(PdfReader(fixture("complete-scanned")).pages[0])  # the motivation letter, a text page
    one = tmp_path / "letter.pdf"
    with open(one, "wb") as handle:
        writer.write(handle)
    report = check_packet(one, get_programme(PROGRAMME), as_of=AS_OF, ocr="always")
    (section,) = report.sections
    assert section.type == "motivation_letter" and section.text_source == "ocr"
    assert not report.ocr.scans  # a text page read by OCR is no scan


@needs_tesseract
def test_scanned_cv_is_compared_with_the_template():
    """A CV that is a scan is read by OCR and compared like a text one; what OCR misses is only noted."""
    report = check_cv(fixture("cv-scanned"), as_of=AS_OF)
    assert report.sections[0].text_source == "ocr"
    assert report.cv is not None and report.cv.is_template
    assert report.cv.values["surname"] == "Zielinska" and report.cv.values["esr_membership_number"] == "M-0141856"
    assert report.status == "complete", [f.message for f in report.findings]
    assert all(f.severity is Severity.INFO for f in report.findings if f.code.startswith("cv."))


@needs_tesseract
@pytest.mark.skipif(not HOSTILE.is_dir(), reason=f"hostile corpus not found at {HOSTILE}")
def test_ocr_of_hostile_image_pages_ends_in_reports():
    """Every tenth real-world PDF with pages to OCR (JBIG2, halftones, odd sizes): a report each, no internal error."""
    from esorcheck.pdf.open import open_packet
    from esorcheck.pdf.pages import read_page

    with_scans = []
    for path in sorted(HOSTILE.rglob("*.pdf")):
        try:
            packet = open_packet(path)
        except Exception:  # noqa: BLE001, S112 - unreadable files are test_hostile_corpus.py's
            continue
        try:
            if any(needs_ocr(read_page(packet.document, i), "auto") for i in range(min(packet.page_count, 50))):
                with_scans.append(path)
        finally:
            packet.close()
    assert with_scans
    for path in with_scans[::10]:
        report = check_packet(path, get_programme("aim-china"), as_of=AS_OF)
        assert "esorcheck.internal_error" not in codes(report), path
        assert report.unreadable or report.ocr.pages, path


# ------------------------------------------------------------------ without Tesseract
def test_without_tesseract_scans_are_named_with_the_install_hint_and_the_rest_is_checked(no_tesseract):
    report = check_packet(fixture("complete-scanned"), get_programme(PROGRAMME), as_of=AS_OF)
    scanned = [s["first_page"] for s in truth("complete-scanned")["sections"] if s["scanned"]]
    assert report.status == "unverified", [f.message for f in report.findings]
    assert codes(report, Severity.ERROR) == set()
    (finding,) = [f for f in report.findings if f.code == "pdf.scanned_pages"]
    assert list(finding.pages) == scanned
    assert "Tesseract (OCR) is not installed" in finding.message
    assert "apt-get install tesseract-ocr tesseract-ocr-fra tesseract-ocr-deu" in finding.hint
    assert list(report.unverified_pages) == scanned
    assert all(s.type == "unknown" and s.text_source == "none" for s in report.sections if s.first_page in scanned)
    data = report.to_dict()
    assert data["ocr"]["available"] is False and "apt-get install" in data["ocr"]["hint"]
    assert [p["text_source"] for p in data["ocr"]["pages"]] == ["none"] * len(scanned)


def test_without_tesseract_the_cli_says_so_and_exits_4(no_tesseract):
    result = subprocess.run(
        [sys.executable, "-m", "esorcheck", "check", str(fixture("complete-scanned")), "-p", PROGRAMME, "--as-of", AS_OF.isoformat()],
        capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PATH": no_tesseract, "NO_COLOR": "1", "COLUMNS": "200"}, timeout=120, check=False,
    )
    assert result.returncode == 4, result.stdout + result.stderr  # not fully checked: the scans hold required documents
    assert "UNVERIFIED" in result.stdout and "could not be fully checked" in result.stdout
    assert "Tesseract (OCR) is not installed" in result.stdout
    assert "apt-get install tesseract-ocr" in result.stdout
    assert "Traceback" not in result.stderr


def test_cv_command_takes_the_ocr_option():
    result = subprocess.run(
        [sys.executable, "-m", "esorcheck", "cv", str(fixture("cv-scanned")), "--ocr", "never", "--format", "json"],
        capture_output=True, text=True, cwd=ROOT, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["sections"][0]["text_source"] == "none" and data["sections"][0]["ocr_confidence"] is None
    assert data["ocr"]["mode"] == "never" and data["cv"] is None


def test_find_engine_explains_what_is_missing(no_tesseract):
    with pytest.raises(tesseract.OcrUnavailable) as caught:
        tesseract.find_engine()
    assert caught.value.hint == tesseract.INSTALL_HINT


# ------------------------------------------------------------------ units (no Tesseract needed)
TSV = "\n".join(  # noqa: FLY002 - one row of Tesseract's output a line
    [
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
        "1\t1\t0\t0\t0\t0\t0\t0\t1654\t2339\t-1\t",
        "5\t1\t1\t1\t1\t1\t200\t100\t300\t40\t96.5\tCERTIFICATE",
        "5\t1\t2\t1\t1\t1\t200\t300\t120\t28\t95.0\tDear",
        "5\t1\t2\t1\t1\t2\t330\t300\t160\t28\t91.0\tMembers",
        "5\t1\t2\t1\t2\t1\t200\t345\t60\t20\t10.0\tzzx",
    ]
)


def test_tsv_words_lines_and_sizes():
    words = tesseract.parse_tsv(TSV)
    assert [w.text for w in words] == ["CERTIFICATE", "Dear", "Members", "zzx"]
    result = OcrPage(tuple(words[:3]), 1654, 2339, 200.0)
    lines = result.lines()
    assert [line.text for line in lines] == ["CERTIFICATE", "Dear Members"]
    title, body = (line.size for line in lines)
    assert title > 1.15 * body  # capitals 40 px high read larger than 28 px mixed case
    assert result.confidence == pytest.approx((96.5 * 11 + 95.0 * 4 + 91.0 * 7) / 22 / 100)  # weighted by length


def test_ocr_text_and_lines_go_to_the_page():
    page = Page(3, "", (), 1.0)
    assert page.kind == "scanned" and needs_ocr(page, "auto") and not needs_ocr(page, "never")
    page = read_by_ocr(page, OcrPage(tuple(tesseract.parse_tsv(TSV)[:3]), 1654, 2339, 200.0))
    assert page.kind == "text" and page.text_source == "ocr" and page.ocr_confidence > 0.9
    assert page.text == "CERTIFICATE\nDear Members"
    assert page.prominent_lines()[0].text == "CERTIFICATE"  # the larger line is a heading, as in a text layer


def test_a_failed_or_empty_read_leaves_the_scan_unread():
    page = read_by_ocr(Page(1, "", (), 1.0), OcrPage(error="Tesseract failed (exit 1)"))
    assert page.kind == "scanned" and page.text_source == "none" and "exit 1" in page.ocr_error
    empty = read_by_ocr(Page(2, "", (), 1.0), OcrPage((), 100, 100))
    assert empty.text_source == "none" and empty.ocr_error


def test_a_text_page_is_not_ocrd_in_auto_mode():
    text = Page(1, "Dear Members of the Evaluation Committee, " * 5, (), 0.0)
    stamp = Page(2, "Scanned with CamScanner", (), 1.0)
    assert not needs_ocr(text, "auto") and needs_ocr(text, "always")
    assert needs_ocr(stamp, "auto")  # a few characters over a full-page image


def test_worker_count_is_bounded():
    assert 1 <= pool.worker_count() <= pool.MAX_WORKERS


def test_images_become_the_pages_of_one_tiff():
    """Several crops go to one Tesseract run as the pages of a TIFF, each page with its size and resolution."""
    import struct

    from esorcheck.ocr.render import Image, tiff

    images = [Image(3, 2, 300.0, bytes(range(6))), Image(2, 1, 450.0, b"\x07\x08")]
    data = tiff(images)
    assert data[:4] == b"II*\x00"
    found, link = [], struct.unpack_from("<I", data, 4)[0]
    while link:
        count = struct.unpack_from("<H", data, link)[0]
        tags = {tag: value for tag, _, _, value in (struct.unpack_from("<HHII", data, link + 2 + 12 * i) for i in range(count))}
        numerator, denominator = struct.unpack_from("<II", data, tags[282])
        found.append((tags[256] & 0xFFFF, tags[257] & 0xFFFF, numerator / denominator,
                      data[tags[273] : tags[273] + tags[279]]))
        link = struct.unpack_from("<I", data, link + 2 + 12 * count)[0]
    assert found == [(3, 2, 300.0, bytes(range(6))), (2, 1, 450.0, b"\x07\x08")]


@needs_tesseract
def test_several_images_read_in_one_run_as_each_alone():
    import pypdfium2

    from esorcheck.ocr import render

    document = pypdfium2.PdfDocument(fixture("passport-bad-check-digit"))
    crops = [render.render_box(document, 0, (0, 0, 600, 300), 150), render.render_box(document, 0, (0, 300, 600, 850), 200)]
    engine = tesseract.find_engine()
    together = tesseract.recognise_each(engine, crops, psm=6)
    alone = [tesseract.recognise(engine, crop, psm=6) for crop in crops]
    assert [[w.text for w in words] for words in together] == [[w.text for w in words] for words in alone]
    assert any(together) and tesseract.recognise_each(engine, []) == []


def test_a_page_of_few_words_with_a_zone_band_is_read_again_only_if_no_zone_is_read(monkeypatch):
    """A passport page read as almost no words has its zone read first; the whole page is read a second time
    (black and white, darker) only when no zone is found on it, as any page of few words is."""
    from esorcheck.ocr import zone as zones
    from esorcheck.ocr.render import Image

    reads = []
    monkeypatch.setattr(pool, "recognise", lambda engine, image, **options: reads.append(image) or [])
    monkeypatch.setattr(pool, "upright_turn", lambda engine, image: None)  # a blank image: no way is up
    image = Image(40, 20, 200.0, bytes([200]) * 800)
    band = zones.Band(10, 15, 2, 38, 20)
    monkeypatch.setattr(zones, "candidates", lambda image, words: (band,))
    result = pool.read_image(None, image)
    assert len(reads) == 1 and result.zone_bands == (band,)
    monkeypatch.setattr(zones, "candidates", lambda image, words: ())
    assert pool.read_image(None, image).zone_bands == () and len(reads) == 3

    class Document:  # one page, its image given, the rest stubbed below
        pass

    monkeypatch.setattr(pool, "image_dpi", lambda document, index, box: None)
    monkeypatch.setattr(zones, "read_zone", lambda *args: None)
    with pool.ThreadPoolExecutor(max_workers=1) as workers:
        pool._read_zone(Document(), 0, image, OcrPage((), 40, 20, 200.0, zone_bands=(band,)), None, workers)
    assert len(reads) == 4


def _photo_of_page(source: Path, index: int, degrees: float, out: Path) -> Path:
    """A PDF of one page photographed askew: the page rendered at 150 dpi, turned by ``degrees``, on a dark desk."""
    import pypdfium2 as pdfium
    from PIL import Image as Pil

    picture = pdfium.PdfDocument(source)[index].render(scale=150 / 72).to_pil().convert("L")
    turned = picture.rotate(degrees, expand=True, fillcolor=90, resample=Pil.BICUBIC)
    desk = Pil.new("L", (turned.width + 120, turned.height + 120), 90)
    desk.paste(turned, (60, 60))
    desk.save(out, resolution=150)
    return out


@needs_tesseract
@pytest.mark.parametrize("degrees", [7, 8])
def test_a_page_photographed_askew_is_turned_level_and_read_whole(tmp_path, degrees):
    """Tilted 7 or 8 degrees, a letter's paragraphs are read in part or not at all by Tesseract's layout analysis
    (a motivation letter was read as 102 words and typed a board certificate, or as none); turned level, it is
    read whole and typed right."""
    letter = ROOT / "sample_packets" / "aim-china" / "complete-libreoffice.pdf"
    photo = _photo_of_page(letter, 2, degrees, tmp_path / "photo.pdf")
    report = check_packet(photo, get_programme(PROGRAMME), as_of=AS_OF)
    assert [s.type for s in report.sections] == ["motivation_letter"]
    assert report.ocr.pages[0].words >= 300 and report.ocr.pages[0].confidence >= 0.9


def test_a_blank_or_level_page_has_no_tilt():
    """Turning a page with no text, or with level text, sharpens no row profile: the tilt is none, and no page is
    read again for it. The corners a turn brings in are of the paper's grey, not edges of their own."""
    from esorcheck.ocr import deskew
    from esorcheck.ocr.render import Image

    grey_paper = Image(400, 500, 200.0, bytes([215]) * 200_000)
    assert deskew.tilt(grey_paper) == 0.0
    stripes = bytes(b for row in range(500) for b in [40 if row % 20 < 6 else 230] * 400)
    assert deskew.tilt(Image(400, 500, 200.0, stripes)) == 0.0


def _searchable_scan(source: Path, index: int, hidden: list[str], out: Path, mode: int = 3) -> Path:
    """A scanned page as a scanner's "searchable PDF" has it: the page's image, and over it ``hidden`` lines of
    text in render mode 3 (invisible), as another program's OCR lays them; ``mode`` 0 draws them instead."""
    import io

    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    picture = pdfium.PdfDocument(source)[index].render(scale=150 / 72).to_pil().convert("L")
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    page = canvas.Canvas(str(out), pagesize=A4)
    page.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, *A4)
    text = page.beginText(40, 200)
    text.setTextRenderMode(mode)
    text.setFont("Courier", 9)
    for line in hidden:
        text.textLine(line)
    page.drawText(text)
    page.save()
    return out


# What another program's OCR made of the passport page's zone: a stray quote, fillers read as 'c'.
GARBLED_ZONE = ["REINO DE ESPANA tanov2019 MINISTERIO DEL INTERIOR 43NOV 2029",
                "'P<ESPNUNEZ<CASTILLO<<JOSE<ANGEL<<<<<<c<<cc<<", "PAH4918277ESP8910048M291113551218403K<<<<<46"]


def test_text_drawn_invisibly_over_a_scan_is_a_hidden_ocr_layer(tmp_path):
    """The same text over the same scan: hidden (render mode 3), it is another program's OCR and the page is read
    again; drawn, it is the page's own text."""
    from esorcheck.pdf.open import open_packet
    from esorcheck.pdf.pages import read_pages

    passport = fixture("complete-scanned")
    for mode, hidden in ((3, True), (0, False)):
        path = _searchable_scan(passport, 10, GARBLED_ZONE, tmp_path / f"mode{mode}.pdf", mode)
        packet = open_packet(path)
        try:
            (page,) = read_pages(packet)
        finally:
            packet.close()
        assert page.kind == "text" and page.hidden_text is hidden
        assert needs_ocr(page, "auto") is hidden and needs_ocr(page, "never") is False


@needs_tesseract
def test_a_scan_another_programs_ocr_made_searchable_is_read_again(tmp_path):
    """A passport scan whose hidden OCR text garbles the zone (a stray quote, fillers read as 'c') was no passport
    copy: its text was taken as it is. Read again from its image, its zone is read and verified."""
    path = _searchable_scan(fixture("complete-scanned"), 10, GARBLED_ZONE, tmp_path / "searchable.pdf")
    report = check_packet(path, get_programme(PROGRAMME), as_of=AS_OF)
    assert [s.type for s in report.sections] == ["passport_copy"]
    passport = report.to_dict()["passport"]
    assert passport["text_source"] == "ocr" and passport["valid"] and passport["document_number"] == "PAH491827"
    assert report.ocr.pages[0].text_source == "ocr"
    assert not [f for f in report.findings if f.code == "pdf.scanned_pages"]  # it has a text layer, hidden


def test_without_tesseract_hidden_ocr_text_that_fits_no_document_is_unverified(no_tesseract, tmp_path):
    """Without Tesseract the hidden text is all there is; where it fits no document, it proves nothing absent:
    the packet is unverified, not incomplete."""
    path = _searchable_scan(fixture("complete-scanned"), 10, GARBLED_ZONE, tmp_path / "searchable.pdf")
    report = check_packet(path, get_programme(PROGRAMME), as_of=AS_OF)
    assert report.status == "unverified" and 1 in report.unverified_pages
    assert not [f for f in report.findings if f.code == "document.missing" and "passport" in f.message.lower()]


@needs_tesseract
@pytest.mark.parametrize("degrees", [90, 180])
def test_a_page_scanned_sideways_or_upside_down_is_turned_upright(tmp_path, degrees):
    """A certificate fed sideways or upside down was read as a few garbled words (confidence about 0.5) and typed
    nothing; Tesseract's orientation detection says which way is up, and the page turned upright is read whole."""
    import pypdfium2 as pdfium

    if not tesseract.find_engine().orientation:
        pytest.skip("Tesseract's orientation data (osd) is not installed")
    picture = pdfium.PdfDocument(fixture("complete-scanned"))[5].render(scale=150 / 72).to_pil().convert("L")
    picture.rotate(degrees, expand=True).save(tmp_path / "turned.pdf", resolution=150)
    report = check_packet(tmp_path / "turned.pdf", get_programme(PROGRAMME), as_of=AS_OF)
    assert [s.type for s in report.sections] == ["board_certificate"]
    assert report.ocr.pages[0].confidence >= 0.85


def test_a_text_layer_of_symbols_is_no_text():
    """A PDF printed through PostScript may map every glyph to a dingbat: its text layer is no text (a quarter of
    its characters are letters, digits or punctuation; pages of text hold 85 % or more), and the page is read as
    a scan; the text pages of the samples are not."""
    from esorcheck.pdf.open import open_packet
    from esorcheck.pdf.pages import read_pages

    for path, garbled in ((fixture("garbled-text-layer"), True), (ROOT / "sample_packets" / "aim-china" / "complete-libreoffice.pdf", False)):
        packet = open_packet(path)
        try:
            pages = read_pages(packet)
        finally:
            packet.close()
        assert all(p.kind == "text" and p.garbled_text is garbled and needs_ocr(p, "auto") is garbled for p in pages)


@needs_tesseract
def test_a_page_whose_text_layer_is_no_text_is_read_by_ocr():
    """Its dingbats were the page's text: the CV was 'unknown' and missing. Read by OCR, it is the CV; it is no
    scan, so it draws no pdf.scanned_pages."""
    report = check_packet(fixture("garbled-text-layer"), get_programme("exchange-fellowship"), as_of=dt.date(2024, 3, 1))
    assert [(s.type, s.text_source) for s in report.sections] == [("cv", "ocr")]
    assert not [f for f in report.findings if f.code == "pdf.scanned_pages"]


def test_without_tesseract_a_text_layer_that_is_no_text_proves_nothing_absent(no_tesseract):
    report = check_packet(fixture("garbled-text-layer"), get_programme("exchange-fellowship"), as_of=dt.date(2024, 3, 1))
    assert report.status == "unverified" and report.unverified_pages == (1,)
