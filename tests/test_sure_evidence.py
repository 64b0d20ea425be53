"""An error only on evidence read with confidence: what a poor scan's OCR text lacks, or a value it read with little
confidence, gives 'could not determine' (info), never an error; what was read well still gives the error.

The packets are shipped text packets with some pages replaced here by scans of themselves (rendered, blurred,
specked and saved as JPEG), so that Tesseract reads them at a known quality.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import shutil

import pytest
from conftest import SAMPLES, load_truth
from pypdf import PdfReader, PdfWriter

from esorcheck.checker import check_packet
from esorcheck.findings import Severity
from esorcheck.rules.verdicts import Verdict, unsure
from esorcheck.schema.programmes import get_programme

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed (apt-get install tesseract-ocr)")


def _scan_of(source, index: int, dpi: float, blur: float, quality: int):
    """Page ``index`` of ``source`` as a grey scan: rendered at ``dpi``, blurred, specked, saved as JPEG."""
    import pypdfium2 as pdfium
    from PIL import ImageFilter
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    document = pdfium.PdfDocument(str(source))
    image = document[index].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    document.close()
    if blur:
        image = image.filter(ImageFilter.GaussianBlur(blur))
    rng, pixels = random.Random(3), image.load()
    for _ in range(image.width * image.height // 60):
        pixels[rng.randrange(image.width), rng.randrange(image.height)] = rng.randrange(60, 200)
    jpeg = io.BytesIO()
    image.save(jpeg, "JPEG", quality=quality)
    jpeg.seek(0)
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.drawImage(ImageReader(jpeg), 0, 0, *A4)
    page.showPage()
    page.save()
    return PdfReader(io.BytesIO(out.getvalue())).pages[0]


def _with_scans(tmp_path, sample: str, pages: set[int], dpi: float, blur: float, quality: int):
    source = SAMPLES / f"{sample}.pdf"
    writer = PdfWriter()
    for number, page in enumerate(PdfReader(source).pages, start=1):
        writer.add_page(_scan_of(source, number - 1, dpi, blur, quality) if number in pages else page)
    target = tmp_path / "scanned.pdf"
    with open(target, "wb") as handle:
        writer.write(handle)
    truth = load_truth(SAMPLES / f"{sample}.truth.json")
    return check_packet(target, get_programme(truth["programme"]), as_of=dt.date.fromisoformat(truth["as_of"]),
                        track=truth.get("track"))


def _errors(report) -> set[str]:
    return {f.code for f in report.findings if f.severity is Severity.ERROR}


@needs_tesseract
def test_a_membership_number_a_poor_scan_of_the_cv_hides_is_no_error(tmp_path):
    """The CV's pages scanned poorly (OCR confidence about 60 %): the ESR number is there, OCR misses it."""
    report = _with_scans(tmp_path, "aim-china/resides-outside-china", {1, 2}, 100, 0.5, 40)
    assert "eligibility.membership" not in _errors(report)
    note = next(f for f in report.findings if f.code == "eligibility.undetermined" and "eligibility.membership" in f.message)
    assert "read by OCR" in note.message


@needs_tesseract
def test_a_country_read_well_from_a_scanned_cv_is_still_an_error(tmp_path):
    """The same CV scanned well (confidence 85 % or more): residence in Germany is read, and is an error."""
    report = _with_scans(tmp_path, "aim-china/resides-outside-china", {1, 2}, 150, 0, 60)
    assert "eligibility.residence" in _errors(report)


@needs_tesseract
def test_a_poorly_read_scan_taken_into_the_letter_before_it_does_not_make_a_document_missing(tmp_path):
    """The funding declaration scanned badly (OCR confidence under 50 %) joins the recommendation before it; the
    declaration is then not found, but it may well be on that page: unverified, not missing."""
    truth = load_truth(SAMPLES / "aim-china" / "complete-reportlab.truth.json")
    page = next(s["first_page"] for s in truth["sections"] if s["type"] == "funding_declaration")
    report = _with_scans(tmp_path, "aim-china/complete-reportlab", {page}, 70, 0.8, 30)
    assert "document.missing" not in _errors(report)
    assert report.status == "unverified" and page in report.unverified_pages


def test_unsure_turns_only_a_failure_into_could_not_determine():
    failed = Verdict("eligibility.residence", "Residence", "resides in China", "failed", "resides in Germany",
                     message="the applicant resides in Germany (CV)")
    doubted = unsure(failed, "the CV's country was read by OCR on page 1 with 60% confidence")
    assert doubted.status == "undetermined" and "not certain" in doubted.message
    finding = doubted.finding()
    assert finding.severity is Severity.INFO and finding.code == "eligibility.undetermined"
    assert unsure(failed, None) is failed
    ok = Verdict("eligibility.residence", "Residence", "resides in China", "ok", "resides in China")
    assert unsure(ok, "anything") is ok
