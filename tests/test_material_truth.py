"""The test material is well formed: truth files that tile their PDFs, use the contract's ids, and a
held-back split that covers every class. Nothing here runs or scores the checker."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from realpackets import ERROR_CODES, real_packets_or_skip

ROOT = Path(__file__).resolve().parent.parent
VARIED = ROOT / "sample_packets" / "varied"
TYPES = {"cv", "motivation_letter", "recommendation_letter", "funding_declaration", "board_certificate",
         "medical_degree", "language_certificate", "publication_list", "reference_list", "membership_proof",
         "passport_copy", "additional_document", "resident_confirmation", "application_form", "confirmation_letter",
         "checklist", "cover_page", "unknown"}
CLASSES = {"cv-any-make", "letter-any-language", "language-every-section", "multi-page", "publication-shape",
           "content-over-order", "cover-page"}
LANGUAGE = re.compile(r"^[a-z]{2}$")


def varied_truths() -> list[Path]:
    return sorted(VARIED.glob("*/*/*.truth.json"))


def assert_well_formed(pdf: Path, truth: dict) -> None:
    pages = len(PdfReader(pdf).pages)
    expected_first = 1
    for s in truth["sections"]:
        assert s["first_page"] == expected_first and s["last_page"] >= s["first_page"], s
        expected_first = s["last_page"] + 1
        assert s["type"] in TYPES and set(s.get("acceptable_types", [])) <= TYPES, s
        for code in [s["language"], *s.get("acceptable_languages", [])]:
            assert code is None or LANGUAGE.match(code), s
    assert expected_first - 1 == pages, f"{pdf.name}: truth ends at page {expected_first - 1} of {pages}"
    assert set(truth.get("classes", [])) <= CLASSES
    assert (truth["status"] == "incomplete") == bool(ERROR_CODES & set(truth["expected_findings"])), pdf.name


@pytest.mark.parametrize("truth_path", varied_truths(), ids=lambda p: str(p.relative_to(VARIED)))
def test_varied_truth_is_well_formed(truth_path):
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    assert truth["classes"], "every varied packet names the classes it exercises"
    assert_well_formed(truth_path.with_name(truth_path.name.replace(".truth.json", ".pdf")), truth)


def test_every_class_has_held_back_packets():
    split = json.loads((VARIED / "split.json").read_text(encoding="utf-8"))
    held = {str(p.relative_to(VARIED / "heldback")).removesuffix(".truth.json") for p in VARIED.glob("heldback/*/*.truth.json")}
    assert held == set(split["heldback"])
    classes_held = {c for p in VARIED.glob("heldback/*/*.truth.json") for c in json.loads(p.read_text())["classes"]}
    assert classes_held == CLASSES


def test_varied_set_stays_small():
    assert sum(p.stat().st_size for p in VARIED.rglob("*.pdf")) < 8_000_000


def test_real_packets_are_well_formed(tmp_path):
    for pdf, truth in real_packets_or_skip(tmp_path):
        assert_well_formed(pdf, truth)
