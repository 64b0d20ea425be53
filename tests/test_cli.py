"""The command line as scripts and people use it: stdout, stderr, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ROOT, find_truth, is_complete, load_truth, packet_for


def esorcheck(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "esorcheck", *args], capture_output=True, text=True, cwd=ROOT,
        env={**os.environ, **(env or {})}, timeout=120,
    )


def _complete_aim_china():
    truth_path = find_truth("aim-china", is_complete)
    return load_truth(truth_path), packet_for(truth_path)


def test_json_output_is_only_the_report():
    truth, packet = _complete_aim_china()
    result = esorcheck("check", str(packet), "-p", "aim-china", "--track", truth["track"], "--format", "json", "--as-of", "2025-01-15")
    report = json.loads(result.stdout)  # nothing but JSON on stdout
    assert result.returncode == 0, result.stdout + result.stderr
    assert report["schema_version"] == 1
    assert report["status"] == "complete"
    assert report["as_of"] == "2025-01-15"
    assert report["programme"] == "aim-china"
    assert report["summary"]["errors"] == 0
    assert {"type", "first_page", "last_page", "confidence", "language", "title", "evidence"} <= set(report["sections"][0])


def test_the_command_flushes_and_runs_its_exit_handlers_before_it_leaves(tmp_path):
    """The command leaves without the interpreter's teardown: what it wrote, and what atexit holds, still happen."""
    _, packet = _complete_aim_china()
    marker = tmp_path / "atexit-ran"
    code = ("import atexit, pathlib, sys; atexit.register(pathlib.Path(sys.argv.pop()).touch); "
            "from esorcheck.cli import entry; sys.argv[0] = 'esorcheck'; entry()")
    with open(tmp_path / "out.json", "w") as out:  # a file: block-buffered, nothing written until flushed
        result = subprocess.run([sys.executable, "-c", code, "check", str(packet), "-p", "aim-china", "--format", "json",
                                 "--no-cache", str(marker)], stdout=out, stderr=subprocess.PIPE, text=True, cwd=ROOT, timeout=120)
    report = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert result.returncode == {"complete": 0, "incomplete": 1, "unverified": 4}[report["status"]], result.stderr
    assert marker.exists()


def test_a_reader_that_stops_early_gets_no_traceback():
    _, packet = _complete_aim_china()
    with subprocess.Popen([sys.executable, "-m", "esorcheck", "check", str(packet), "-p", "aim-china", "--format", "json",
                           "--no-cache"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT) as process:
        process.stdout.close()  # before the report is written: its writing meets a closed pipe
        error = process.stderr.read().decode()
    assert process.returncode in (0, 1, 4) and "Traceback" not in error and "Exception ignored" not in error


def test_incomplete_packet_exits_1():
    truth_path = find_truth("aim-china", lambda t: "document.missing" in t["expected_findings"])
    truth = load_truth(truth_path)
    result = esorcheck("check", str(packet_for(truth_path)), "-p", "aim-china", "--track", truth["track"], "--format", "json")
    assert result.returncode == 1
    assert json.loads(result.stdout)["status"] == "incomplete"


def test_unreadable_packet_exits_3_with_a_reason():
    truth_path = find_truth("aim-china", lambda t: t["status"] == "unreadable")
    result = esorcheck("check", str(packet_for(truth_path)), "-p", "aim-china", "--format", "json")
    assert result.returncode == 3
    report = json.loads(result.stdout)
    assert report["status"] == "unreadable"
    assert report["findings"][0]["hint"]


def test_folder_gives_one_json_line_per_packet_and_exit_1():
    folder = ROOT / "sample_packets" / "aim-china"
    result = esorcheck("check", str(folder), "-p", "aim-china", "--format", "jsonl")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == len(list(folder.glob("*.pdf")))
    statuses = {line["status"] for line in lines}
    assert statuses == {"complete", "incomplete", "unreadable"}
    assert result.returncode == 1  # incomplete beats unreadable


def test_piped_rich_output_is_plain_text():
    truth, packet = _complete_aim_china()
    result = esorcheck("check", str(packet), "-p", "aim-china", "--track", truth["track"], env={"NO_COLOR": "1"})
    assert result.returncode == 0
    assert "\x1b[" not in result.stdout
    assert "Verdict: COMPLETE" in result.stdout
    assert "What the call asks for" in result.stdout


def test_quiet_prints_one_line_per_packet():
    truth, packet = _complete_aim_china()
    result = esorcheck("check", str(packet), "-p", "aim-china", "--track", truth["track"], "--quiet")
    assert result.stdout.split() == ["COMPLETE", str(packet), "0", "errors", "0", "warnings"]


def test_strict_turns_warnings_into_failure():
    truth_path = find_truth("aim-china", lambda t: t["status"] == "complete" and "pdf.scanned_pages" in t["expected_findings"])
    truth = load_truth(truth_path)
    args = ["check", str(packet_for(truth_path)), "-p", "aim-china", "--track", truth["track"], "--format", "json"]
    assert esorcheck(*args).returncode == 0
    strict = esorcheck(*args, "--strict")
    assert strict.returncode == 1
    assert json.loads(strict.stdout)["status"] == "incomplete"


def test_unknown_programme_is_a_usage_error():
    _, packet = _complete_aim_china()
    result = esorcheck("check", str(packet), "-p", "aim-japan")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "unknown programme 'aim-japan'" in result.stderr and "aim-china" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_path_is_a_usage_error():
    result = esorcheck("check", "no/such/packet.pdf", "-p", "aim-china")
    assert result.returncode == 2
    assert "no such file or folder" in result.stderr


def test_bad_date_and_track_are_usage_errors():
    _, packet = _complete_aim_china()
    assert esorcheck("check", str(packet), "-p", "aim-china", "--as-of", "15/01/2025").returncode == 2
    wrong_track = esorcheck("check", str(packet), "-p", "aim-china", "--track", "clinical")
    assert wrong_track.returncode == 2 and "self-funded" in wrong_track.stderr


def test_json_with_several_packets_points_to_jsonl():
    result = esorcheck("check", "sample_packets/aim-china", "-p", "aim-china", "--format", "json")
    assert result.returncode == 2 and "--format jsonl" in result.stderr


def test_not_a_pdf_is_refused_with_exit_3(tmp_path):
    letter = tmp_path / "letter.pdf"
    letter.write_text("Dear Members of the Evaluation Committee", encoding="utf-8")
    result = esorcheck("check", str(letter), "-p", "aim-china", "--format", "json")
    assert result.returncode == 3
    finding = json.loads(result.stdout)["findings"][0]
    assert finding["code"] == "pdf.unreadable" and "not a PDF" in finding["message"]


def test_programmes_list_and_show():
    listing = esorcheck("programmes")
    assert listing.returncode == 0 and "gustave-roussy-hybrid-imaging" in listing.stdout
    shown = esorcheck("programmes", "show", "aim-china")
    assert shown.returncode == 0
    assert "at least 2" in shown.stdout and "at the bottom of the PDF" in shown.stdout
    assert "at most 40 years old" in shown.stdout and "You live in China." in shown.stdout  # a country's name, not CN
    assert "dates.closes" not in shown.stdout


def test_help_has_examples():
    result = esorcheck("check", "--help")
    assert result.returncode == 0 and "Examples" in result.stdout and "--format jsonl" in result.stdout
