"""Consistency checks of the built packets against their truth sidecars."""
from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pypdfium2 as pdfium
from pypdf import PdfReader

from .mrz import check_digit

TYPES = {"cv", "motivation_letter", "recommendation_letter", "funding_declaration", "board_certificate",
         "medical_degree", "language_certificate", "publication_list", "reference_list", "membership_proof",
         "passport_copy", "additional_document", "resident_confirmation", "application_form",
         "confirmation_letter", "checklist", "unknown"}
TRACKS = {"aim-china": {"self-funded", "sponsored"}, "bracco-fellowship": {"clinical", "management", "research"}}
# Finding codes of error severity (the others are warnings or info): a packet expecting one is incomplete.
ERROR_CODES = ("document.missing", "document.too_few", "document.order", "language.not_english", "funding.",
               "eligibility.age", "eligibility.certification", "eligibility.residence", "eligibility.language_level",
               "eligibility.membership", "recommendation.same_author")
MRZ2 = re.compile(r"^([A-Z0-9<]{9})(\d)([A-Z<]{3})(\d{6})(\d)([MF<])(\d{6})(\d)([A-Z0-9<]{14})([\d<])(\d)$")


def _mrz_ok(line: str) -> bool:
    m = MRZ2.match(line)
    if not m:
        return False
    num, c1, _, dob, c2, _, exp, c3, pers, c4, comp = m.groups()
    ok = check_digit(num) == c1 and check_digit(dob) == c2 and check_digit(exp) == c3
    ok &= (c4 == "<" and pers == "<" * 14) or check_digit(pers) == c4
    return ok and check_digit(num + c1 + dob + c2 + exp + c3 + pers + c4) == comp


def check_packet(pdf_path: Path) -> list[str]:
    problems = []
    truth = json.loads(pdf_path.with_suffix("").with_suffix(".truth.json").read_text(encoding="utf-8"))
    name = str(pdf_path)
    if truth["programme"] != pdf_path.parent.name:
        problems.append(f"{name}: programme {truth['programme']} is not its folder")
    if (truth["programme"] in TRACKS) != ("track" in truth) or \
            ("track" in truth and truth["track"] not in TRACKS[truth["programme"]]):
        problems.append(f"{name}: bad or missing track")
    data = pdf_path.read_bytes()
    if truth["status"] == "unreadable":
        if truth["sections"]:
            problems.append(f"{name}: unreadable packet with sections")
        if truth["expected_findings"] == ["pdf.encrypted"]:
            if not PdfReader(io.BytesIO(data)).is_encrypted:
                problems.append(f"{name}: not encrypted")
        elif data.rstrip().endswith(b"%%EOF"):
            problems.append(f"{name}: not truncated")
        return problems
    reader = PdfReader(io.BytesIO(data))
    n = len(reader.pages)
    expected_first = 1
    for s in truth["sections"]:
        if s["type"] not in TYPES:
            problems.append(f"{name}: unknown type {s['type']}")
        if s["first_page"] != expected_first or s["last_page"] < s["first_page"]:
            problems.append(f"{name}: sections not contiguous at page {expected_first}")
        expected_first = s["last_page"] + 1
    if expected_first - 1 != n:
        problems.append(f"{name}: sections cover {expected_first - 1} pages, the PDF has {n}")
    if (truth["status"] == "complete") != all(not f.startswith(ERROR_CODES) for f in truth["expected_findings"]):
        problems.append(f"{name}: status does not match the expected findings")
    doc = pdfium.PdfDocument(data)
    for s in truth["sections"]:
        texts = [doc[p - 1].get_textpage().get_text_range().strip() for p in range(s["first_page"], s["last_page"] + 1)]
        if s["scanned"] and any(texts):
            problems.append(f"{name}: scanned section {s['type']} has a text layer")
        if not s["scanned"] and not any(texts):
            problems.append(f"{name}: section {s['type']} has no text")
        if s["type"] == "passport_copy" and not s["scanned"]:
            lines = [ln.strip() for ln in "\n".join(texts).splitlines()]
            if not any(ln.startswith("P<") and len(ln) == 44 for ln in lines) or \
                    not any(len(ln) == 44 and _mrz_ok(ln) for ln in lines):
                problems.append(f"{name}: passport MRZ missing or invalid")
    scanned = any(s["scanned"] for s in truth["sections"])
    if scanned != ("pdf.scanned_pages" in truth["expected_findings"]):
        problems.append(f"{name}: scanned pages and pdf.scanned_pages disagree")
    doc.close()
    return problems


def check_all(root: Path) -> list[str]:
    problems = []
    for pdf in sorted(root.glob("*/*.pdf")):
        problems += check_packet(pdf)
    return problems
