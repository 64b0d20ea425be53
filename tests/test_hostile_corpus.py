"""The 500 hostile real-world PDFs: every one ends in a report or a one-line reason, none in a traceback.

They go through the command line as one batch, as office staff would run a
folder of received files: one bad file must never stop the others.
"""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
import sys

import pytest
from conftest import HOSTILE

pytestmark = pytest.mark.skipif(not HOSTILE.is_dir(), reason=f"hostile corpus not found at {HOSTILE}")

# A hang guard, not a speed target (benchmarks/ holds those): the batch takes ~15 s here.
BATCH_TIMEOUT_S = 900


def _index() -> dict[str, dict]:
    with open(HOSTILE / "INDEX.tsv", encoding="utf-8") as handle:
        return {row["path"]: row for row in csv.DictReader(handle, delimiter="\t")}


def _digests() -> dict[str, str]:
    return {path: hashlib.sha256((HOSTILE / path).read_bytes()).hexdigest() for path in _index()}


@pytest.fixture(scope="module")
def batch():
    before = _digests()
    # --ocr never: OCR of the corpus' 133 image pages would add minutes; test_ocr.py OCRs a sample of them.
    result = subprocess.run(
        [sys.executable, "-m", "esorcheck", "check", str(HOSTILE), "--programme", "aim-china", "--format", "jsonl", "--ocr", "never"],
        capture_output=True, text=True, timeout=BATCH_TIMEOUT_S,
    )
    reports = {}
    for line in result.stdout.splitlines():
        report = json.loads(line)
        # A file with the same bytes as another is checked once; the report names it among its duplicates.
        for path in [report["file"], *report["duplicates"]]:
            reports[str(path).split("hostile/", 1)[1]] = report
    return result, reports, before


def test_every_file_gets_exactly_one_report(batch):
    result, reports, _ = batch
    assert "Traceback" not in result.stderr
    assert set(reports) == set(_index()), "a file produced no report line"
    assert result.returncode == 1  # some packets are incomplete, so the batch exits 1 (contract)


def test_no_internal_errors(batch):
    _, reports, _ = batch
    failures = {path: r["findings"] for path, r in reports.items() if any(f["code"] == "esorcheck.internal_error" for f in r["findings"])}
    assert failures == {}


def test_unreadable_files_give_a_one_line_reason_and_a_hint(batch):
    _, reports, _ = batch
    unreadable = [r for r in reports.values() if r["status"] == "unreadable"]
    assert len(unreadable) >= 20  # the corpus holds truncated, junk and password-protected files
    for report in unreadable:
        (finding,) = report["findings"]
        assert finding["code"] in {"pdf.unreadable", "pdf.encrypted"}
        assert finding["message"] and "\n" not in finding["message"]
        assert finding["hint"]
        assert report["sections"] == []


def test_password_protected_files_are_reported_as_encrypted(batch):
    _, reports, _ = batch
    index = _index()
    protected = [p for p, r in reports.items() if "encrypted" in index[p]["flags"] and r["status"] == "unreadable"]
    assert protected
    encrypted = [p for p in protected if reports[p]["findings"][0]["code"] == "pdf.encrypted"]
    assert len(encrypted) >= 0.9 * len(protected)
    assert "print it to a new PDF" in reports[encrypted[0]]["findings"][0]["hint"]


def test_active_content_and_forms_are_noticed(batch):
    _, reports, _ = batch
    index = _index()

    def share(flag: str, code: str) -> float:
        flagged = [p for p, r in reports.items() if flag in index[p]["flags"] and r["status"] != "unreadable"]
        return sum(any(f["code"] == code for f in reports[p]["findings"]) for p in flagged) / len(flagged)

    assert share("javascript", "pdf.active_content") >= 0.85
    assert share("attachment", "pdf.active_content") >= 0.75


def test_sections_cover_every_page_once_in_order(batch):
    _, reports, _ = batch
    for path, report in reports.items():
        if report["status"] == "unreadable":
            continue
        pages = [n for s in report["sections"] for n in range(s["first_page"], s["last_page"] + 1)]
        assert pages == list(range(1, report["pages"] + 1)), path


def test_image_only_files_are_reported_as_scans(batch):
    _, reports, _ = batch
    index = _index()
    scans = [p for p, r in reports.items() if "image-only" in index[p]["flags"] and r["status"] != "unreadable"]
    reported = [p for p in scans if any(f["code"] == "pdf.scanned_pages" for f in reports[p]["findings"])]
    assert len(reported) >= 0.85 * len(scans)
    for path in reported:
        assert not any(f["code"] == "document.missing" and f["severity"] == "error" for f in reports[path]["findings"]), (
            "a document that may be on an unread scan is not the applicant's error"
        )


def test_input_files_are_never_modified(batch):
    _, reports, before = batch
    assert _digests() == before
    for path, report in reports.items():
        if report["sha256"] is not None:
            assert report["sha256"] == before[path]
