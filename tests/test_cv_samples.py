"""Every sample packet's CV (the reference rendition from both producers) reads as a clean template."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from conftest import checked, load_truth, packet_for, truth_files

from esorcheck.cv import compare_cv, reference_template
from esorcheck.pdf.pages import read_page

READABLE = [p for p in truth_files() if load_truth(p)["status"] != "unreadable"]


def _ids(paths):
    return [f"{p.parent.name}/{p.name.removesuffix('.truth.json')}" for p in paths]


@pytest.mark.parametrize("truth_path", READABLE, ids=_ids(READABLE))
def test_sample_cv_pages_compare_clean(truth_path):
    truth = load_truth(truth_path)
    cv = next(s for s in truth["sections"] if s["type"] == "cv")
    document = pdfium.PdfDocument(packet_for(truth_path))
    try:
        result = compare_cv([read_page(document, n - 1) for n in range(cv["first_page"], cv["last_page"] + 1)], reference_template())
    finally:
        document.close()
    assert result.is_template and not result.missing and not result.misplaced and not result.empty, (
        [s.key for s in result.missing], [m.section.key for m in result.misplaced], [(e.label, e.problem) for e in result.empty])
    assert not result.unparsed
    values = result.values
    assert values["surname"] and values["first_names"] and values["date_of_birth"]
    assert any(entry["language"].lower().startswith("english") for entry in values["languages"])


COMPLETE = [p for p in READABLE if load_truth(p)["status"] == "complete" and not load_truth(p)["expected_findings"]]


@pytest.mark.parametrize("truth_path", COMPLETE, ids=_ids(COMPLETE))
def test_complete_sample_packets_have_no_cv_finding(truth_path):
    report = checked(truth_path)
    assert not [f.message for f in report.findings if f.code.startswith("cv.")]
