"""Every held-out packet's CV (HTML printed to PDF by Chromium) reads as a clean template with its printed values.

Chromium writes every glyph as a text object of its own, so these CVs test that
the layout reader assembles text runs by geometry rather than trusting the
producer's pieces; they also show the template in forms the sample packets do
not: "Section 1 — Personal Details" headings, a two-column grid, "label: value"
lines in a monospace font. The values a CV must give are read from the page's
plain text, on the line of the template's own label, so the test does not
repeat the reader's pairing of labels and values.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from conftest import AS_OF, ROOT
from pypdf import PdfReader, PdfWriter

from esorcheck.checker import check_cv
from esorcheck.cv import compare_cv, reference_template
from esorcheck.pdf.pages import read_page

HOLDOUT = ROOT / "sample_packets" / "holdout"
TRUTHS = sorted(HOLDOUT.glob("*/*.truth.json"))
pytestmark = pytest.mark.skipif(not TRUTHS, reason="sample_packets/holdout/ (the held-out Chromium packets) is not in this checkout")
_DATE = re.compile(r"\b(\d{2})/(\d{2})/(\d{4})\b")


def _ids(paths: list[Path]) -> list[str]:
    return [f"{p.parent.name}/{p.name.removesuffix('.truth.json')}" for p in paths]


def _cv_of(truth_path: Path) -> tuple[Path, list[int], set[str]]:
    """The packet, the pages of its (first) CV and the cv.* findings its sidecar expects."""
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    cv = next(s for s in truth["sections"] if s["type"] == "cv")
    expected = {code for code in truth["expected_findings"] if code.startswith("cv.")}
    return truth_path.with_name(truth_path.name.replace(".truth.json", ".pdf")), list(range(cv["first_page"], cv["last_page"] + 1)), expected


def _label(extract: str) -> str:
    template = reference_template()
    return next(f.label for s in template.sections for f in s.fields if f.extract == extract)


def _printed(document: pdfium.PdfDocument, pages: list[int], label: str) -> str | None:
    """What follows the label on its line of pdfium's plain text ("Surname Lyu", "Surname: Zhou")."""
    line = re.compile(rf"^\s*{re.escape(label)}\s*(?:\([^)]*\))?\s*:?\s+(\S.*?)\s*$", re.IGNORECASE | re.MULTILINE)
    for number in pages:
        textpage = document[number - 1].get_textpage()
        try:
            found = line.search(textpage.get_text_range())
        finally:
            textpage.close()
        if found:
            return found.group(1)
    return None


@pytest.mark.parametrize("truth_path", TRUTHS, ids=_ids(TRUTHS))
def test_holdout_cv_compares_clean_with_the_printed_values(truth_path):
    packet, pages, expected = _cv_of(truth_path)
    if expected:
        pytest.skip(f"the sidecar expects {sorted(expected)}")
    document = pdfium.PdfDocument(packet)
    try:
        result = compare_cv([read_page(document, n - 1) for n in pages], reference_template())
        printed = {key: _printed(document, pages, _label(key)) for key in ("surname", "first_names", "date_of_birth")}
    finally:
        document.close()
    assert result.is_template, result.other_format
    assert not result.missing and not result.misplaced and not result.empty and not result.unparsed, (
        [s.key for s in result.missing], [m.section.key for m in result.misplaced],
        [(e.label, e.problem) for e in result.empty], [u.to_dict() for u in result.unparsed])
    values = result.values
    assert printed["surname"] and values["surname"] == printed["surname"]
    assert printed["first_names"] and values["first_names"] == printed["first_names"]
    day, month, year = _DATE.search(printed["date_of_birth"] or "").groups()
    assert values["date_of_birth"] == f"{year}-{month}-{day}"
    assert any(entry["language"].lower().startswith("english") for entry in values["languages"])
    assert isinstance(values["publications"], int) and values["esr_membership_number"]


@pytest.mark.parametrize("truth_path", TRUTHS, ids=_ids(TRUTHS))
def test_holdout_cv_on_its_own_gives_no_cv_finding(truth_path, tmp_path):
    """`esorcheck cv` on the CV's pages alone, as an applicant checks it before merging the packet."""
    packet, pages, expected = _cv_of(truth_path)
    reader, writer = PdfReader(packet), PdfWriter()
    for number in pages:
        writer.add_page(reader.pages[number - 1])
    cv_only = tmp_path / "cv.pdf"
    with cv_only.open("wb") as out:
        writer.write(out)
    report = check_cv(cv_only, as_of=AS_OF)
    assert {f.code for f in report.findings if f.code.startswith("cv.")} == expected, [f.message for f in report.findings]
    assert expected or report.to_dict()["cv"]["format"] == "esor"
