"""How well the splitter cuts and labels the sample packets, against their ground truth.

The packets come from three producers (reportlab layouts, LibreOffice exports
of Word documents, and Chromium-printed HTML written separately as a held-out
set) with varied wording, fonts, layouts and certificate languages, so these
figures say how the splitter generalises, not how well it fits one generator.
Scanned pages have no text layer: with Tesseract installed they are read by
OCR and must get their true type; without it the right answer is 'unknown'.
"""

from __future__ import annotations

import shutil

from conftest import checked, load_truth, truth_files

MIN_ACCURACY = 0.98
# The checks run with --ocr auto: scans are read where Tesseract is installed.
OCR = shutil.which("tesseract") is not None


def _readable():
    for path in truth_files():
        truth = load_truth(path)
        if truth["status"] != "unreadable":
            yield path, truth, checked(path)


def _true_pages(truth: dict) -> list[tuple[str, bool]]:
    return [(s["type"], s.get("scanned", False)) for s in truth["sections"] for _ in range(s["first_page"], s["last_page"] + 1)]


def _predicted_pages(report) -> list[str]:
    return [s.type for s in report.sections for _ in s.pages]


def test_page_type_accuracy():
    right = total = 0
    wrong = []
    for path, truth, report in _readable():
        predicted = _predicted_pages(report)
        for number, ((true_type, scanned), got) in enumerate(zip(_true_pages(truth), predicted), start=1):
            expected = "unknown" if scanned and not OCR else true_type
            total += 1
            if got == expected:
                right += 1
            else:
                wrong.append(f"{path.parent.name}/{path.name} p.{number}: {got} instead of {expected}")
    accuracy = right / total
    print(f"page-type accuracy {accuracy:.4f} over {total} pages ({'scans read by OCR' if OCR else 'no OCR: scans unknown'})")
    assert accuracy >= MIN_ACCURACY, "\n".join(wrong)


def test_boundary_accuracy():
    """Precision and recall of document starts (page 1 excluded; without OCR, transitions inside a scanned run can't be seen)."""
    true_positive = false_positive = false_negative = 0
    misses = []
    for path, truth, report in _readable():
        scanned = {n for s in truth["sections"] if s.get("scanned") for n in range(s["first_page"], s["last_page"] + 1)}
        true_starts = {s["first_page"] for s in truth["sections"][1:]}
        got_starts = {s.first_page for s in report.sections[1:]}
        blind = set() if OCR else {n for n in true_starts if n in scanned and n - 1 in scanned}
        true_starts -= blind
        got_starts -= blind
        true_positive += len(true_starts & got_starts)
        false_positive += len(got_starts - true_starts)
        false_negative += len(true_starts - got_starts)
        for n in sorted(true_starts ^ got_starts):
            misses.append(f"{path.parent.name}/{path.name}: {'missed' if n in true_starts else 'spurious'} start at page {n}")
    precision = true_positive / (true_positive + false_positive)
    recall = true_positive / (true_positive + false_negative)
    print(f"boundary precision {precision:.4f}, recall {recall:.4f} over {true_positive + false_negative} true starts")
    assert precision >= MIN_ACCURACY and recall >= MIN_ACCURACY, "\n".join(misses)


def test_sections_cover_every_page_once(sample):
    truth, report = sample
    if truth["status"] == "unreadable":
        assert not report.sections
        return
    pages = [p.number for s in report.sections for p in s.pages]
    assert pages == list(range(1, report.pages + 1))


def test_every_decision_carries_evidence(sample):
    _, report = sample
    for section in report.sections:
        assert section.evidence, f"pages {section.first_page}-{section.last_page} have no evidence"
        assert 0.0 <= section.confidence <= 1.0


def test_pdf_bookmarks_are_used_as_evidence(tmp_path):
    """A packet whose author bookmarked each document: the bookmarks show up as evidence."""
    from conftest import AS_OF, find_truth, is_complete, packet_for
    from pypdf import PdfReader, PdfWriter

    from esorcheck.checker import check_packet
    from esorcheck.schema.programmes import get_programme

    truth_path = find_truth("icm-oncologic-imaging", is_complete)
    truth = load_truth(truth_path)
    writer = PdfWriter(clone_from=PdfReader(packet_for(truth_path)))
    for section in truth["sections"]:
        writer.add_outline_item(title=section["type"].replace("_", " ").title(), page_number=section["first_page"] - 1)
    bookmarked = tmp_path / "bookmarked.pdf"
    with open(bookmarked, "wb") as handle:
        writer.write(handle)

    report = check_packet(bookmarked, get_programme("icm-oncologic-imaging"), as_of=AS_OF)
    assert [(s.type, s.first_page, s.last_page) for s in report.sections] == [
        (s["type"], s["first_page"], s["last_page"]) for s in truth["sections"]
    ]
    for section in report.sections[1:]:
        assert any("PDF bookmark" in e for e in section.evidence), section.evidence
