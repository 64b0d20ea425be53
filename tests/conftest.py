"""Shared test data: the shipped sample packets with their ground truth, and the hostile corpus."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from functools import cache
from pathlib import Path

import pytest

from esorcheck.checker import check_packet
from esorcheck.pdf.fonts import use_bundled_fonts
from esorcheck.report import PacketReport
from esorcheck.schema.programmes import get_programme

# The tests' own cache (schemas, reports of earlier runs), for them and for the commands they start: a report the
# user's cache kept from another run, or kept by one test for another, must never stand in for a check.
os.environ["ESORCHECK_CACHE_DIR"] = tempfile.mkdtemp(prefix="esorcheck-test-cache-")

# Tests that open PDFs with pypdfium2 themselves read them as the checker does, whatever ran first.
use_bundled_fonts()

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_packets"
HOSTILE = ROOT.parent / "shared" / "corpus" / "hostile"
# A fixed reference date for checks that are not about dates (the sample packets' own
# application dates are in their sidecars: see ``as_of``).
AS_OF = dt.date(2025, 1, 15)


def truth_files() -> list[Path]:
    """Every packet with a ground truth: the samples (reportlab, LibreOffice, scans) and the
    held-out set printed by Chromium (sample_packets/holdout/), which the splitter was not built on."""
    return sorted(SAMPLES.glob("*/*.truth.json")) + sorted(SAMPLES.glob("holdout/*/*.truth.json"))


def load_truth(truth_path: Path) -> dict:
    return json.loads(truth_path.read_text(encoding="utf-8"))


def packet_for(truth_path: Path) -> Path:
    return truth_path.with_name(truth_path.name.replace(".truth.json", ".pdf"))


def as_of(truth: dict) -> dt.date:
    """The date the sample packet was assembled (before its call closed): its date rules are judged then."""
    return dt.date.fromisoformat(truth["as_of"]) if "as_of" in truth else AS_OF


@cache
def checked(truth_path: Path) -> PacketReport:
    """Each sample packet is checked once per test session, whatever number of tests read it."""
    truth = load_truth(truth_path)
    return check_packet(packet_for(truth_path), get_programme(truth["programme"]), as_of=as_of(truth), track=truth.get("track"))


def sample_ids() -> list[str]:
    return [str(p.relative_to(SAMPLES)).removesuffix(".truth.json") for p in truth_files()]


# Packets the checker still gets wrong, with why. strict: the day one passes, the test says so.
KNOWN_MISSES = {
    "holdout/icm-oncologic-imaging/invoice-page": (
        "an invoice for translating the certificate it follows shares that certificate's words "
        "(residency, certificate) and has no other start cue, so it is absorbed into it"
    ),
}


@pytest.fixture(params=truth_files(), ids=sample_ids())
def sample(request) -> tuple[dict, PacketReport]:
    reason = KNOWN_MISSES.get(request.node.callspec.id)
    if reason and request.node.originalname == "test_expected_findings_and_status":
        request.applymarker(pytest.mark.xfail(strict=True, reason=reason))
    truth = load_truth(request.param)
    if shutil.which("tesseract") is None and any(s.get("scanned") for s in truth["sections"]):
        # Its truth is what OCR reads; without Tesseract its scans stay unread and it is 'unverified' (test_ocr.py).
        pytest.skip("Tesseract is not installed: this packet's scanned pages need it (apt-get install tesseract-ocr)")
    return truth, checked(request.param)


def find_truth(programme: str, predicate) -> Path:
    """The ground truth of the first sample packet of a programme that satisfies ``predicate``."""
    for path in truth_files():
        truth = load_truth(path)
        if truth["programme"] == programme and predicate(truth):
            return path
    pytest.fail(f"no sample packet of {programme} matches; rebuild sample_packets/")


def find_sample(programme: str, predicate) -> tuple[dict, PacketReport]:
    path = find_truth(programme, predicate)
    return load_truth(path), checked(path)


def is_complete(truth: dict) -> bool:
    return truth["status"] == "complete" and not truth["expected_findings"]


def expects(code: str):
    """Predicate: the packet's ground truth says this finding must appear."""
    return lambda truth: code in truth["expected_findings"]
