"""'esorcheck cv' and 'check --cv-template': the same report, the contract's exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "cv_fixtures"


def esorcheck(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "250"}  # rich wraps piped output at the terminal width
    return subprocess.run([sys.executable, "-m", "esorcheck", *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def test_cv_json_is_the_packet_report_with_the_cv_object():
    result = esorcheck("cv", str(FIXTURES / "good-docx.pdf"), "--format", "json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["status"] == "complete" and data["programme"] is None and data["findings"] == []
    assert data["sections"][0]["type"] == "cv" and data["cv"]["surname"] == "Dvořáková"
    for key in ("surname", "first_names", "date_of_birth", "nationality", "country_of_residence",
                "esr_membership_number", "board_certification_date", "languages", "publications", "unparsed"):
        assert key in data["cv"]


def test_cv_with_an_error_exits_1_and_a_warning_only_with_strict():
    assert esorcheck("cv", str(FIXTURES / "missing-section.pdf"), "-q").returncode == 1
    assert esorcheck("cv", str(FIXTURES / "field-empty-docx.pdf"), "-q").returncode == 0
    assert esorcheck("cv", str(FIXTURES / "field-empty-docx.pdf"), "-q", "--strict").returncode == 1


def test_cv_rich_report_shows_the_values_under_the_template_labels():
    result = esorcheck("cv", str(FIXTURES / "unparsed-values.pdf"))
    assert result.returncode == 0
    out = result.stdout
    assert "against the template 'esor-cv'" in out and "Lefèvre-Nuñez" in out
    assert "as written: 'spring 1991'" in out


def test_cv_of_another_format_says_so():
    result = esorcheck("cv", str(FIXTURES / "europass.pdf"))
    assert result.returncode == 1 and "cv.not_esor_template" in result.stdout and "Europass headings found" in result.stdout


def test_cv_usage_errors_are_one_line():
    missing = esorcheck("cv", "nowhere.pdf")
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    bad = esorcheck("cv", str(FIXTURES / "good-docx.pdf"), "--cv-template", "nowhere.yaml")
    assert bad.returncode == 2 and "--cv-template" in bad.stderr and "hint:" in bad.stderr


def test_check_accepts_cv_template(tmp_path):
    template = tmp_path / "t.yaml"
    assert esorcheck("template", "import", str(FIXTURES / "blank-reference.docx"), "-o", str(template)).returncode == 0
    packet = next((ROOT / "sample_packets" / "aim-china").glob("complete-reportlab.pdf"), None)
    target = packet or FIXTURES / "good-docx.pdf"
    result = esorcheck("check", str(target), "-p", "aim-china", "--cv-template", str(template), "--format", "json", "--as-of", "2025-01-15")
    data = json.loads(result.stdout)
    assert data["cv"] is None or data["cv"]["template"] == "blank-reference"
