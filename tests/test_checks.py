"""Each check against sample packets that pass it and packets that fail it.

Every sample packet's ground truth names the findings it must produce; a
complete packet must produce no error and no warning beyond those.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil

import pytest
from conftest import (
    AS_OF,
    HOSTILE,
    expects,
    find_sample,
    find_truth,
    is_complete,
    load_truth,
    packet_for,
)
from pypdf import PdfReader, PdfWriter

from esorcheck.checker import check_packet
from esorcheck.errors import InputError
from esorcheck.findings import INTERNAL_ERROR, Severity
from esorcheck.rules import registry
from esorcheck.schema.programmes import get_programme

PROGRAMMES = [
    "aim-china", "exchange-fellowship", "icm-oncologic-imaging", "gustave-roussy-hybrid-imaging",
    "lille-neuroinflammatory", "visiting-scholarship-europe", "bracco-fellowship",
]


def codes(report) -> set[str]:
    return {f.code for f in report.findings}


def only(report, code: str):
    found = [f for f in report.findings if f.code == code]
    assert found, f"{code} not reported; findings: {sorted(codes(report))}"
    return found


def implemented_codes() -> set[str]:
    """Every finding code a rule declares in its CODES, the codes of files refused at intake, and the internal error."""
    return set(registry()) | {error.code for error in InputError.__subclasses__()} | {INTERNAL_ERROR}


def test_expected_findings_and_status(sample):
    truth, report = sample
    missing = set(truth["expected_findings"]) - codes(report)
    if missing and not missing & implemented_codes():
        pytest.xfail(f"rule not implemented yet: {', '.join(sorted(missing))}")
    assert not missing, f"{truth['description']}: {missing} not reported; got {[f.message for f in report.findings]}"
    assert report.status == truth["status"], [f.message for f in report.findings]


def test_no_findings_beyond_the_expected(sample):
    truth, report = sample
    extra = [f"{f.code}: {f.message}" for f in report.findings
             if f.severity is not Severity.INFO and f.code not in truth["expected_findings"]]
    assert extra == [], truth["description"]


@pytest.mark.parametrize("programme", PROGRAMMES)
def test_complete_packet_of_every_programme_passes(programme):
    truth, report = find_sample(programme, is_complete)
    assert report.status == "complete"
    assert all(item.ok for item in report.checklist)


def test_document_missing():
    truth, report = find_sample("aim-china", expects("document.missing"))
    missing = only(report, "document.missing")
    truly_present = {s["type"] for s in truth["sections"]}
    for finding in missing:
        assert finding.severity is Severity.ERROR
        assert finding.document not in truly_present
        assert finding.hint


def test_document_too_few_one_letter_instead_of_two():
    _, report = find_sample("aim-china", expects("document.too_few"))
    (finding,) = only(report, "document.too_few")
    assert finding.document == "recommendation_letter"
    assert "1 found, at least 2 required" in finding.message
    assert finding.pages


def test_document_order():
    _, report = find_sample("aim-china", expects("document.order"))
    finding = only(report, "document.order")[0]
    assert finding.severity is Severity.ERROR and "comes after" in finding.message
    assert "→" in finding.hint


def test_additional_documents_not_at_the_bottom():
    _, report = find_sample("aim-china", expects("document.unexpected"))
    finding = only(report, "document.unexpected")[0]
    assert finding.severity is Severity.WARNING


def test_unclassified_pages_are_never_absorbed():
    truth, report = find_sample("aim-china", expects("document.unclassified"))
    finding = only(report, "document.unclassified")[0]
    unrelated = [s for s in truth["sections"] if s["type"] == "unknown"]
    assert unrelated, "the ground truth marks the unrelated page as unknown"
    assert finding.pages[0] == unrelated[0]["first_page"]
    assert finding.evidence


def test_french_letter_is_not_english():
    _, report = find_sample("aim-china", expects("language.not_english"))
    finding = only(report, "language.not_english")[0]
    assert "French" in finding.message and finding.severity is Severity.ERROR


def test_french_language_certificate_is_accepted_for_gustave_roussy():
    truth, report = find_sample(
        "gustave-roussy-hybrid-imaging",
        lambda t: is_complete(t) and any(s["type"] == "language_certificate" and s.get("language") == "fr" for s in t["sections"]),
    )
    french = [s for s in report.sections if s.type == "language_certificate" and s.language == "fr"]
    assert french
    assert "language.not_english" not in codes(report)


def test_blank_page_does_not_break_a_document():
    truth, report = find_sample("aim-china", lambda t: any(word in t["description"].lower() for word in ("blank", "empty page")))
    assert report.status == "complete"
    assert [(s.type, s.first_page, s.last_page) for s in report.sections] == [
        (s["type"], s["first_page"], s["last_page"]) for s in truth["sections"]
    ]


def test_scanned_pages_are_named_and_not_guessed():
    """Scans that are not read (--ocr never, or no Tesseract) are named, never guessed at (OCR: test_ocr.py)."""
    truth_path = find_truth("aim-china", expects("pdf.scanned_pages"))
    truth = load_truth(truth_path)
    report = check_packet(packet_for(truth_path), get_programme("aim-china"), as_of=AS_OF, track=truth.get("track"), ocr="never")
    (finding,) = only(report, "pdf.scanned_pages")
    scanned = [n for s in truth["sections"] if s.get("scanned") for n in range(s["first_page"], s["last_page"] + 1)]
    assert list(finding.pages) == scanned
    assert list(report.unverified_pages) == scanned
    assert all(s.type == "unknown" for s in report.sections if s.scanned)


@pytest.mark.parametrize("code", ["pdf.encrypted", "pdf.unreadable"])
def test_unreadable_samples(code):
    _, report = find_sample("aim-china", lambda t: t["status"] == "unreadable" and code in t["expected_findings"])
    assert report.status == "unreadable"
    (finding,) = report.findings
    assert finding.code == code and finding.hint


def test_too_large_uses_the_schema_limit():
    truth_path = find_truth("aim-china", is_complete)
    truth = load_truth(truth_path)
    tight = dataclasses.replace(get_programme("aim-china"), max_size_mb=0.001)
    report = check_packet(packet_for(truth_path), tight, as_of=AS_OF, track=truth["track"])
    finding = only(report, "pdf.too_large")[0]
    assert "over the 0.001 MB the call accepts" in finding.message
    normal = check_packet(packet_for(truth_path), get_programme("aim-china"), as_of=AS_OF, track=truth["track"])
    assert "pdf.too_large" not in codes(normal)


def test_copy_restricted_pdf_is_flagged(tmp_path):
    truth_path = find_truth("aim-china", is_complete)
    writer = PdfWriter(clone_from=PdfReader(packet_for(truth_path)))
    writer.encrypt(user_password="", owner_password="office-only", permissions_flag=0)
    restricted = tmp_path / "restricted.pdf"
    with open(restricted, "wb") as handle:
        writer.write(handle)
    report = check_packet(restricted, get_programme("aim-china"), as_of=AS_OF, track=load_truth(truth_path)["track"])
    finding = only(report, "pdf.encrypted")[0]
    assert "printing" in finding.message and "print it to a new PDF" in finding.hint and "qpdf" not in finding.hint
    assert report.status == "incomplete"


def test_input_file_is_not_modified(tmp_path):
    truth_path = find_truth("aim-china", is_complete)
    copy = tmp_path / "packet.pdf"
    shutil.copyfile(packet_for(truth_path), copy)
    before = copy.read_bytes(), copy.stat().st_mtime_ns
    check_packet(copy, get_programme("aim-china"), as_of=dt.date.today())
    assert (copy.read_bytes(), copy.stat().st_mtime_ns) == before


needs_corpus = pytest.mark.skipif(not HOSTILE.is_dir(), reason="hostile corpus not found")


@needs_corpus
def test_active_content_and_form_fields_on_a_real_form():
    report = check_packet(HOSTILE / "pdf.js/test/pdfs/160F-2019.pdf", get_programme("aim-china"), as_of=AS_OF)
    active = only(report, "pdf.active_content")[0]
    assert "JavaScript" in active.message
    assert "9 fillable form fields" in only(report, "pdf.form_fields")[0].message


@needs_corpus
def test_attached_file_is_active_content():
    report = check_packet(HOSTILE / "pdf.js/test/pdfs/annotation-fileattachment.pdf", get_programme("aim-china"), as_of=AS_OF)
    assert "attached file" in only(report, "pdf.active_content")[0].message


@needs_corpus
def test_damaged_structure_is_a_warning_not_a_failure():
    report = check_packet(HOSTILE / "pdf.js/test/pdfs/issue6069.pdf", get_programme("aim-china"), as_of=AS_OF)
    assert report.status != "unreadable"
    assert only(report, "pdf.damaged")[0].severity is Severity.WARNING


def test_structure_is_parsed_only_where_pypdf_could_find_something(tmp_path):
    """A plain file skips pypdf; one that names an action, hides its objects or misplaces its xref does not."""
    from esorcheck.pdf.structure import needs_parsing

    plain = packet_for(find_truth("aim-china", is_complete)).read_bytes()
    assert not needs_parsing(plain)
    assert needs_parsing(plain.replace(b"/Type /Catalog", b"/Type /Catalog /OpenAction 3 0 R", 1))
    assert needs_parsing(plain.replace(b"/Type /Catalog", b"/Type /Catalog /Names << /JavaScript 3 0 R >>", 1))
    assert needs_parsing(b"%PDF-1.7\n1 0 obj << /Type /ObjStm >> endobj\nstartxref\n9\n%%EOF\n")
    assert needs_parsing(plain[:-30])  # cut short: the xref is not where the file says
