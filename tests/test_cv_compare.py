"""The CV against the ESOR template: each fixture gives exactly its findings, with page and label.

The fixtures in tests/cv_fixtures/ are real PDFs from three producers (a DOCX
with table cells converted by LibreOffice, reportlab layouts with columns or
"Label: value" lines), built once by tests/cv_fixtures/build.py, and one
pdflatex table (latex-justified-labels.pdf: the template's labels set justified
in a narrow column, written by someone who never saw esorcheck's code).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from esorcheck.checker import check_cv
from esorcheck.findings import Severity

FIXTURES = Path(__file__).resolve().parent / "cv_fixtures"
TODAY = dt.date(2025, 1, 15)

# fixture -> the findings it must give, exactly: (code, words the message must hold, pages)
EXPECTED = {
    "good-docx": [],
    "good-rl-columns": [],
    "good-rl-inline": [],
    "latex-justified-labels": [],
    "ocr-slips": [],
    "filled-by-editor": [],
    "unparsed-values": [],
    "missing-section": [("cv.section_missing", "section 9 'Previous ESOR Programmes Attended' is missing", (1, 2))],
    "section-order": [("cv.section_order", "'Fields of Interest / Subspecialty' (page 1) comes after 'Language Skills'", (1,))],
    "field-empty-docx": [
        ("cv.field_empty", "Personal Details: 'Date of Birth' is left blank (page 1)", (1,)),
        ("cv.field_empty", "Personal Details: 'ESR Membership Number' is left blank (page 1)", (1,)),
    ],
    "field-empty-inline": [("cv.field_empty", "Personal Details: 'Nationality' is left blank (page 1)", (1,))],
    "unsigned": [("cv.field_empty", "Declaration: 'Signature' is left blank (page 2)", (2,))],
    "europass": [("cv.not_esor_template", "Europass headings found: Europass Curriculum Vitae, Personal information, Work experience, Education and training", (1,))],
    "free-form": [("cv.not_esor_template", "a free-form CV (its headings: ", (1,))],
}
SEVERITY = {
    "cv.not_esor_template": Severity.ERROR,
    "cv.section_missing": Severity.ERROR,
    "cv.section_order": Severity.WARNING,
    "cv.field_empty": Severity.WARNING,
}


def report(name: str):
    return check_cv(FIXTURES / f"{name}.pdf", as_of=TODAY)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_exactly_the_expected_findings(name):
    findings = report(name).findings
    got = sorted((f.code, f.pages) for f in findings)
    assert got == sorted((code, pages) for code, _, pages in EXPECTED[name]), [f.message for f in findings]
    for code, words, _ in EXPECTED[name]:
        finding = next(f for f in findings if f.code == code and words in f.message)
        assert finding.severity is SEVERITY[code]
        assert finding.document == "cv" and finding.hint


@pytest.mark.parametrize("name", [n for n, found in EXPECTED.items() if not found])
def test_a_correct_template_cv_is_complete(name):
    r = report(name)
    assert r.status == "complete" and not r.findings
    assert r.to_dict()["cv"]["esor_template"] is True


def test_values_from_libreoffice_table_cells_accented_names_over_two_pages():
    cv = report("good-docx").to_dict()["cv"]
    assert cv["pages"] == [1, 2] and cv["format"] == "esor" and cv["title"] == "ESOR CURRICULUM VITAE"
    assert (cv["surname"], cv["first_names"]) == ("Dvořáková", "Zuzana Běla")
    assert cv["date_of_birth"] == "1990-11-04"
    assert (cv["nationality"], cv["country_of_residence"]) == ("Czech", "Czech Republic")
    assert cv["esr_membership_number"] == "M-0458812"
    assert cv["board_certification_date"] == "2021-05-12" and cv["board_certification_expected"] is False
    assert cv["languages"] == [
        {"language": "Czech", "level": "mother tongue"},
        {"language": "English", "level": "C1"},
        {"language": "German", "level": "B1"},
    ]
    assert cv["publications"] == 7 and cv["unparsed"] == []


def test_values_from_reportlab_columns_with_chinese_names():
    cv = report("good-rl-columns").to_dict()["cv"]
    assert (cv["surname"], cv["first_names"]) == ("Wang (王)", "Yuqing (雨晴)")
    assert (cv["date_of_birth"], cv["board_certification_date"]) == ("1989-03-14", "2019-07-15")
    assert cv["languages"] == [{"language": "Chinese (Mandarin)", "level": "mother tongue"}, {"language": "English", "level": "C1"}]
    assert cv["publications"] == 9 and cv["country_of_residence"] == "China"


def test_values_from_inline_labels_with_headings_in_capitals_without_numbers():
    cv = report("good-rl-inline").to_dict()["cv"]
    assert (cv["surname"], cv["first_names"], cv["nationality"]) == ("Lefèvre-Nuñez", "Hélène Agnès", "French")
    assert cv["languages"][1] == {"language": "English", "level": "C1"}


def test_values_from_a_latex_table_whose_labels_are_set_justified():
    """pdflatex justifies a label in a narrow column ('Date        of      Birth', 'Medical  Degree  (univer-'):
    each word stands so far from the next that it is a segment of its own. The label is read whole from its row,
    the value beside it is its own (it was read into the field above: First Name(s) 'Lei Date of Birth...')."""
    cv = report("latex-justified-labels").to_dict()["cv"]
    assert (cv["surname"], cv["first_names"], cv["date_of_birth"]) == ("Huang", "Lei", "1982-06-30")
    assert cv["board_certification_date"] == "2012-06-30"


def test_small_slips_in_headings_and_labels_still_match():
    cv = report("ocr-slips").to_dict()["cv"]
    assert len(cv["sections_found"]) == 10
    assert (cv["nationality"], cv["country_of_residence"], cv["esr_membership_number"]) == ("French", "France", "F-2290417")


def test_values_a_pdf_editor_wrote_after_the_form_are_paired_by_position():
    cv = report("filled-by-editor").to_dict()["cv"]
    assert (cv["surname"], cv["date_of_birth"], cv["publications"]) == ("Dvořáková", "1990-11-04", 7)


def test_unparseable_values_are_reported_as_written_not_dropped():
    cv = report("unparsed-values").to_dict()["cv"]
    assert cv["date_of_birth"] is None
    assert cv["unparsed"] == [{
        "field": "personal_details.date_of_birth", "label": "Date of Birth", "value": "spring 1991",
        "page": 1, "expected": "a date (DD/MM/YYYY)",
    }]
    # A resident: "expected 06/2026" is a month, and flagged as expected.
    assert cv["board_certification_date"] == "2026-06" and cv["board_certification_expected"] is True


def test_another_format_names_what_it_is_instead():
    europass = report("europass")
    assert europass.to_dict()["cv"]["format"] == "europass"
    assert "only 0 of the template's 9 required sections" in europass.findings[0].message
    free = report("free-form").findings[0].message
    assert "Career" in free and "Skills" in free and "(Education)" in free


def test_a_label_wrapped_in_a_narrow_column_is_read_whole_though_its_value_comes_between():
    """'Board Certification in' / 'Radiology' in the label column, the value on the first line to the right, given
    by the producer before the label's second line: the label is read whole and the value is its own."""
    from esorcheck.cv.reader import _label_start
    from esorcheck.pdf.geometry import Segment
    from esorcheck.schema.cv import load_template

    education = next(s for s in load_template().sections if s.key == "education")
    segs = [Segment(2, 0, "Board Certification in", 58, 131, 404, 414),
            Segment(2, 1, "expected 03/2026 (Croatian Ministry of Health)", 233, 479, 404, 414),
            Segment(2, 2, "Radiology", 58, 115, 417, 427)]
    spec, inline, cell = _label_start(segs, 0, list(education.fields))
    assert spec.key == "board_certification" and inline == "" and cell == [0, 2]
    below = [segs[0], Segment(2, 1, "Radiology", 233, 283, 417, 427)]  # a value below, in another column
    assert _label_start(below, 0, list(education.fields)) is None


def test_the_characters_of_a_ligature_stay_in_their_word():
    """LibreOffice's 'fi' ligature gives two characters with one glyph's box; the second is no new run."""
    import pypdfium2 as pdfium

    from esorcheck.pdf.geometry import read_segments

    packet = FIXTURES.parent.parent / "sample_packets" / "trust" / "dev" / "visiting-scholarship-europe" / "predstojnik-libreoffice.pdf"
    document = pdfium.PdfDocument(packet)
    try:
        page = document[1]
        texts = [s.text for s in read_segments(page.get_textpage(), 2, page.get_height())]
    finally:
        document.close()
    assert "Board Certification in" in texts and "ication in" not in texts
