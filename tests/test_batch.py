"""The office's batch: at a terminal (a real pseudo-terminal), bounded per packet, a folder as the office has it,
the manifest, the CSV, the report folder and the result cache."""

from __future__ import annotations

import csv
import datetime as dt
import gc
import io
import json
import os
import pty
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, find_truth, is_complete, load_truth, packet_for

from esorcheck.batch.folder import safe_stem
from esorcheck.batch.workers import Bounds, run_bounded
from esorcheck.collector import off_while_loading
from esorcheck.findings import Finding, Severity
from esorcheck.packet import Request
from esorcheck.report import PacketReport

RESOURCE_BUILD = ROOT.parent / "shared" / "corpus" / "resource" / "build.py"
HANG_GUARD_S = 600  # not a speed target (benchmarks/run.py has those): only so that a hang fails instead of blocking


def esorcheck(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "esorcheck", *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=HANG_GUARD_S)


def in_pty(args: list[str], *, stdout_to: Path | None = None) -> tuple[int, str]:
    """Run esorcheck with stderr (and stdout, unless ``stdout_to``) on a pseudo-terminal; what the terminal got."""
    master, slave = pty.openpty()
    stdout = open(stdout_to, "w") if stdout_to else slave
    process = subprocess.Popen([sys.executable, "-m", "esorcheck", *args], stdout=stdout, stderr=slave, cwd=ROOT,
                               env={**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "120"})
    os.close(slave)
    if stdout_to:
        stdout.close()
    received = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal's other end closed
            break
        if not chunk:
            break
        received += chunk
    os.close(master)
    return process.wait(timeout=HANG_GUARD_S), received.decode("utf-8", "replace")


def complete_packet(programme: str = "aim-china") -> tuple[dict, Path]:
    truth_path = find_truth(programme, is_complete)
    return load_truth(truth_path), packet_for(truth_path)


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


AIM_CHINA = ROOT / "sample_packets" / "aim-china"


# --- at a terminal -------------------------------------------------------------------------------------------

def test_jsonl_redirected_to_a_file_while_the_bar_shows_on_the_terminal(tmp_path):
    out = tmp_path / "results.jsonl"
    code, terminal = in_pty(["check", str(AIM_CHINA), "-p", "aim-china", "--format", "jsonl", "--no-cache"], stdout_to=out)
    assert code == 1
    assert len(jsonl(out.read_text())) == len(list(AIM_CHINA.glob("*.pdf")))
    assert '"schema_version"' not in terminal  # nothing of stdout went to the terminal


def test_cv_folder_jsonl_redirected_to_a_file_at_a_terminal(tmp_path):
    out = tmp_path / "cvs.jsonl"
    folder = ROOT / "tests" / "cv_fixtures"
    pdfs = [p for p in folder.rglob("*.pdf") if not p.name.startswith(".")]
    code, _ = in_pty(["cv", str(folder), "--format", "jsonl", "--no-cache"], stdout_to=out)
    assert code in (0, 1, 3, 4)
    assert len(jsonl(out.read_text())) == len(pdfs)


def _segments(terminal: str) -> list[str]:
    """What the terminal shows, cut where the cursor returns, a line ends or is erased; escape codes dropped."""
    parts = re.split(r"\r|\n|\x1b\[2K|\x1b\[\d*A", terminal)
    return [re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", part) for part in parts]


def test_the_bar_and_the_reports_never_share_a_line():
    code, terminal = in_pty(["check", str(AIM_CHINA), "-p", "aim-china", "--no-cache", "--as-of", "2025-01-15"])
    assert code == 1
    segments = _segments(terminal)
    bars = [s for s in segments if "━" in s]
    assert bars, "no progress bar was shown"
    glued = [s for s in bars if not re.fullmatch(r"checking [━╺╸ ]+ \d+/\d+ \d+:\d\d:\d\d", s)]
    assert glued == []
    assert sum("Verdict:" in s for s in segments) == len(list(AIM_CHINA.glob("*.pdf")))


def test_a_machine_format_on_the_terminal_gets_no_bar():
    code, terminal = in_pty(["check", str(AIM_CHINA), "-p", "aim-china", "--format", "jsonl", "--no-cache"])
    assert "━" not in terminal
    assert len([s for s in _segments(terminal) if s.startswith('{"schema_version"')]) == len(list(AIM_CHINA.glob("*.pdf")))


# --- bounds ---------------------------------------------------------------------------------------------------

def _done(task) -> PacketReport:
    """What a worker that finished sends back: a report (here, of nothing)."""
    return PacketReport.refused(Path(str(task)), Request(None, dt.date(2025, 1, 15)), Finding("test.done", Severity.INFO, "done"))


def _allocate(size: int) -> PacketReport:
    bytearray(size)
    return _done(size)


def _sleep(seconds: float) -> PacketReport:
    time.sleep(seconds)
    return _done(seconds)


def _crash(_task):
    import faulthandler

    faulthandler.disable()  # pytest's, inherited by the worker: it would print the crash
    os.kill(os.getpid(), signal.SIGSEGV)


def _refused(task, finding: Finding):
    return (task, finding)


def test_a_worker_out_of_memory_gets_a_reason_and_the_others_go_on():
    outcomes = list(run_bounded([2 << 30, 1 << 20], _allocate, _refused, jobs=2, bounds=Bounds(memory_bytes=512 << 20)))
    (task, finding), second = outcomes[0].report, outcomes[1]
    assert "needed more than 512 MiB of memory to read" in finding.message
    assert not isinstance(second.report, tuple)  # checked, not refused


def test_a_worker_that_dies_gets_a_reason():
    outcomes = list(run_bounded(["x"], _crash, _refused, jobs=1, bounds=Bounds()))
    _, finding = outcomes[0].report
    assert "SIGSEGV" in finding.message


def test_collections_resume_once_checking_starts():
    """The command loads its modules with the cyclic garbage collector off (esorcheck.__main__); checking turns it
    back on, in the command and in its workers."""
    off_while_loading()
    try:
        outcomes = list(run_bounded([0.0], _collecting, _refused, jobs=1, bounds=Bounds()))
        assert gc.isenabled() and outcomes[0].report.file == Path("collecting")  # in the worker too
    finally:
        gc.enable()
        gc.unfreeze()


def test_a_packet_checked_in_the_commands_own_process_turns_collections_back_on():
    """'esorcheck split', 'assemble' and 'reorder' check their packet in the command's process: with collections."""
    from esorcheck.checker import check_packet
    from esorcheck.schema.programmes import get_programme

    off_while_loading()
    try:
        check_packet(complete_packet()[1], get_programme("aim-china"), as_of=dt.date(2025, 1, 15))
        assert gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


def test_a_library_user_keeps_its_own_collector_setting():
    gc.disable()
    try:
        list(run_bounded([0.0], _collecting, _refused, jobs=1, bounds=Bounds()))
        assert not gc.isenabled()
    finally:
        gc.enable()


def _collecting(_task) -> PacketReport:
    return _done("collecting" if gc.isenabled() else "not collecting")


def test_results_come_in_input_order_and_a_slow_one_is_stopped():
    outcomes = list(run_bounded([3.0, 0.0, 0.2], _sleep, _refused, jobs=3, bounds=Bounds(seconds=1)))
    assert [o.task for o in outcomes] == [3.0, 0.0, 0.2]
    assert "took longer than 1 s to read" in outcomes[0].report[1].message
    assert [isinstance(o.report, tuple) for o in outcomes] == [True, False, False]  # refused, checked, checked


def test_dev_zero_and_a_fifo_are_refused_in_one_line(tmp_path):
    result = esorcheck("check", "/dev/zero", "-p", "aim-china", "--format", "json")
    assert result.returncode == 3
    assert "not a regular file" in json.loads(result.stdout)["findings"][0]["message"]
    assert "Traceback" not in result.stderr
    fifo = tmp_path / "x.pdf"
    os.mkfifo(fifo)
    result = esorcheck("check", str(fifo), "-p", "aim-china", "--format", "json")
    assert result.returncode == 3
    assert "named pipe" in json.loads(result.stdout)["findings"][0]["message"]


def test_a_packet_over_the_time_bound_is_unreadable_and_the_next_is_checked(tmp_path):
    if not RESOURCE_BUILD.exists():
        pytest.skip(f"{RESOURCE_BUILD} is not there (the shared corpus)")
    subprocess.run([sys.executable, str(RESOURCE_BUILD), str(tmp_path), "tinytext"], check=True, timeout=HANG_GUARD_S)
    _, packet = complete_packet()
    shutil.copy(packet, tmp_path / "z-complete.pdf")
    # 100,000 text objects take over a second to read on any machine.
    result = esorcheck("check", str(tmp_path), "-p", "aim-china", "--format", "jsonl", "--timeout", "1", "--jobs", "1", "--no-cache")
    reports = {Path(r["file"]).name: r for r in jsonl(result.stdout)}
    assert reports["tiny-text-100k-objects.pdf"]["status"] == "unreadable"
    assert "took longer than 1 s to read" in reports["tiny-text-100k-objects.pdf"]["findings"][0]["message"]
    assert reports["z-complete.pdf"]["status"] != "unreadable"


@pytest.fixture(scope="module")
def resource_cases(tmp_path_factory) -> Path:
    if not RESOURCE_BUILD.exists():
        pytest.skip(f"{RESOURCE_BUILD} is not there (the shared corpus)")
    folder = tmp_path_factory.mktemp("resource")
    kinds = ["content-bomb", "content-bomb-3g", "image-bomb", "bigpage", "tinytext", "loops"]
    try:
        import PIL  # noqa: F401

        kinds.append("bigimage")
    except ImportError:
        pass  # build.py needs Pillow for the big images; the others are raw bytes
    subprocess.run([sys.executable, str(RESOURCE_BUILD), str(folder), *kinds], check=True, timeout=HANG_GUARD_S)
    _, packet = complete_packet()
    shutil.copy(packet, folder / "zz-complete.pdf")
    return folder


def test_every_resource_case_ends_in_a_report_well_under_the_memory_bound(resource_cases):
    measure = (
        "import resource, subprocess, sys\n"
        "r = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "sys.stdout.write(r.stdout)\n"
        "sys.stderr.write(r.stderr + '\\nPEAK_KB=%d' % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", measure, sys.executable, "-m", "esorcheck", "check", str(resource_cases), "-p", "aim-china",
         "--format", "jsonl", "--no-cache", "--as-of", "2025-01-15"],
        capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=HANG_GUARD_S,
    )
    reports = {Path(r["file"]).name: r for r in jsonl(result.stdout)}
    assert set(reports) == {p.name for p in resource_cases.glob("*.pdf")}
    assert "Traceback" not in result.stderr
    for name in ("content-bomb-1g.pdf", "content-bomb-1g-ops.pdf", "content-bomb-3g.pdf"):
        assert reports[name]["status"] == "unreadable"
        assert "inflates to more than" in reports[name]["findings"][0]["message"]
    assert "1000 pages" in reports["pagetree-same-page-1000x.pdf"]["findings"][0]["message"]
    assert all(r["findings"][0]["code"] != "esorcheck.internal_error" for r in reports.values() if r["findings"])
    assert reports["zz-complete.pdf"]["status"] == "complete"
    peak_mb = int(re.search(r"PEAK_KB=(\d+)", result.stderr).group(1)) / 1024
    assert peak_mb < 700, f"a worker peaked at {peak_mb:.0f} MB"


def test_a_packet_with_more_pages_than_ocr_reads_leaves_the_rest_unread(monkeypatch):
    if shutil.which("tesseract") is None:
        pytest.skip("Tesseract is not installed (apt-get install tesseract-ocr)")
    import datetime as dt

    import esorcheck.ocr as ocr
    from esorcheck.checker import check_packet
    from esorcheck.schema.programmes import get_programme

    monkeypatch.setattr(ocr, "MAX_OCR_PAGES", 1)
    truth_path = ROOT / "tests" / "ocr_fixtures" / "complete-scanned.truth.json"
    truth = load_truth(truth_path)
    report = check_packet(packet_for(truth_path), get_programme(truth["programme"]), as_of=dt.date(2025, 1, 15), track=truth.get("track"))
    problems = [p.problem for p in report.ocr.pages]
    assert problems.count(ocr.OVER_BUDGET) == len(report.ocr.pages) - 1
    assert report.status != "complete"


# --- a folder as the office has it --------------------------------------------------------------------------

def test_hidden_mac_files_links_out_loops_and_special_files(tmp_path):
    _, packet = complete_packet()
    received = tmp_path / "received"
    (received / "sub").mkdir(parents=True)
    (received / "__MACOSX").mkdir()
    shutil.copy(packet, received / "a.pdf")
    shutil.copy(packet, received / "sub" / "same-bytes.pdf")
    shutil.copy(packet, received / "__MACOSX" / "a.pdf")
    (received / "._a.pdf").write_bytes(b"\x00\x05\x16\x07AppleDouble")
    (received / ".hidden.pdf").write_bytes(b"junk")
    outside = tmp_path / "outside.pdf"
    shutil.copy(packet, outside)
    (received / "link-out.pdf").symlink_to(outside)
    (received / "sub" / "loop").symlink_to(received)
    os.mkfifo(received / "pipe.pdf")
    result = esorcheck("check", str(received), "-p", "aim-china", "--format", "jsonl", "--no-cache", "--as-of", "2025-01-15")
    reports = jsonl(result.stdout)
    assert [Path(r["file"]).name for r in reports] == ["a.pdf"]
    assert reports[0]["duplicates"] == [str(received / "sub" / "same-bytes.pdf")]
    notices = [line for line in result.stderr.splitlines() if "not checked" in line]
    assert any("link-out.pdf" in n and "out of the folder" in n for n in notices)
    assert any("loop" in n and "(a loop)" in n for n in notices)
    assert any("pipe.pdf" in n and "named pipe" in n for n in notices)
    assert len(notices) == 3
    assert result.returncode == 3  # found and not checked


def test_the_same_path_twice_is_checked_once():
    _, packet = complete_packet()
    result = esorcheck("check", str(packet), str(packet), "-p", "aim-china", "--format", "jsonl", "--no-cache")
    reports = jsonl(result.stdout)
    assert len(reports) == 1
    assert reports[0]["duplicates"] == [str(packet)]


# --- manifest ------------------------------------------------------------------------------------------------

def test_a_manifest_checks_each_packet_against_its_own_call(tmp_path):
    aim_truth, aim = complete_packet("aim-china")
    icm_truth, icm = complete_packet("icm-oncologic-imaging")
    shutil.copy(aim, tmp_path / "aim.pdf")
    shutil.copy(icm, tmp_path / "icm.pdf")
    shutil.copy(aim, tmp_path / "unlisted.pdf")
    (tmp_path / "manifest.csv").write_text(
        "file,programme,track,as_of,applicant\n"
        f"aim.pdf,aim-china,{aim_truth.get('track') or ''},{aim_truth.get('as_of', '2025-01-15')},Yuqing Wang\n"
        f"icm.pdf,icm-oncologic-imaging,,{icm_truth.get('as_of', '2025-01-15')},\n"
        "other.pdf,aim-china,,,\n"
        "aim.pdf,no-such-call,,,\n",
        encoding="utf-8",
    )
    result = esorcheck("check", str(tmp_path), "--manifest", str(tmp_path / "manifest.csv"), "--format", "jsonl", "--no-cache")
    reports = {Path(r["file"]).name: r for r in jsonl(result.stdout)}
    assert set(reports) == {"aim.pdf", "icm.pdf"}
    assert reports["aim.pdf"]["programme"] == "aim-china" and reports["aim.pdf"]["status"] == "complete"
    assert reports["icm.pdf"]["programme"] == "icm-oncologic-imaging" and reports["icm.pdf"]["status"] == "complete"
    notices = [line for line in result.stderr.splitlines() if "not checked" in line]
    assert any("line 4" in n and "other.pdf" in n for n in notices)
    assert any("line 5" in n and "no-such-call" in n for n in notices)
    assert any("unlisted.pdf" in n and "not in the manifest" in n for n in notices)
    assert result.returncode == 3


def test_a_manifest_without_its_columns_is_a_usage_error(tmp_path):
    (tmp_path / "m.csv").write_text("name,call\na.pdf,aim-china\n", encoding="utf-8")
    result = esorcheck("check", "--manifest", str(tmp_path / "m.csv"))
    assert result.returncode == 2
    assert "no column file, programme, track" in " ".join(result.stderr.split())


# --- what the office gets out -------------------------------------------------------------------------------

def test_csv_output_is_utf8_with_bom_one_row_per_packet(tmp_path):
    truth, packet = complete_packet()
    shutil.copy(packet, tmp_path / "Müller-Łukasz.pdf")
    shutil.copy(AIM_CHINA / "over-age.pdf", tmp_path / "=SUM(A1).pdf")
    shutil.copy(AIM_CHINA / "truncated.pdf", tmp_path / "truncated.pdf")
    out = tmp_path / "overview.csv"
    result = esorcheck("check", "Müller-Łukasz.pdf", "=SUM(A1).pdf", "truncated.pdf", "-p", "aim-china", "-o", str(out),
                       "--no-cache", "--as-of", truth.get("as_of", "2025-01-15"), cwd=tmp_path)
    assert result.stdout == ""
    data = out.read_bytes()
    assert data.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [r["file"] for r in rows] == ["Müller-Łukasz.pdf", "'=SUM(A1).pdf", "truncated.pdf"]  # no formula
    complete, over_age, truncated = rows
    assert complete["status"] == "complete" and complete["programme"] == "aim-china" and complete["surname"]
    assert len(complete["sha256"]) == 64 and int(complete["pages"]) > 0 and float(complete["seconds"]) > 0
    assert over_age["status"] == "incomplete" and "eligibility.age" in over_age["findings"].split()
    assert truncated["status"] == "unreadable" and truncated["findings"] == "pdf.unreadable"
    assert "3 packets in" in result.stderr and "Need action" in result.stderr  # the summary, with -o


def test_report_dir_writes_safe_names_inside_and_never_overwrites_without_force(tmp_path):
    truth, packet = complete_packet()
    inputs = tmp_path / "in"
    (inputs / "x").mkdir(parents=True)
    (inputs / "y").mkdir()
    shutil.copy(packet, inputs / "x" / "CON.pdf")
    shutil.copy(ROOT / "sample_packets" / "aim-china" / "truncated.pdf", inputs / "y" / "CON.pdf")
    shutil.copy(ROOT / "sample_packets" / "aim-china" / "encrypted.pdf", inputs / "y" / "a:b?*.pdf")
    reports = tmp_path / "reports"
    date = ["--as-of", truth.get("as_of", "2025-01-15")]
    result = esorcheck("check", str(inputs), "-p", "aim-china", "--report-dir", str(reports), "--quiet", "--no-cache", *date)
    assert result.returncode == 3, result.stdout + result.stderr
    assert sorted(p.name for p in reports.iterdir()) == [f"{stem}.{suffix}" for stem in ("_CON-2", "_CON", "a_b")
                                                       for suffix in ("html", "json", "txt")]
    assert json.loads((reports / "_CON-2.json").read_text())["status"] == "unreadable"
    assert "data:image/jpeg;base64," in (reports / "_CON.html").read_text(encoding="utf-8")  # the pages pictured
    assert "Verdict: UNREADABLE" in (reports / "a_b.txt").read_text()
    before = (reports / "_CON.json").read_text()
    result = esorcheck("check", str(inputs), "-p", "aim-china", "--report-dir", str(reports), "--quiet", "--no-cache")
    assert result.returncode == 2 and "is already there" in result.stderr and "--force" in result.stderr
    # With --force, a link planted in the folder is replaced, not followed.
    victim = tmp_path / "victim.txt"
    victim.write_text("keep")
    (reports / "a_b.txt").unlink()
    (reports / "a_b.txt").symlink_to(victim)
    result = esorcheck("check", str(inputs), "-p", "aim-china", "--report-dir", str(reports), "--force", "--quiet", "--no-cache", *date)
    assert result.returncode == 3
    assert victim.read_text() == "keep" and not (reports / "a_b.txt").is_symlink()
    assert (reports / "_CON.json").read_text() == before


@pytest.mark.parametrize(("name", "stem"), [
    ("../../etc/passwd.pdf", "etc_passwd"), ("nul.txt.pdf", "_nul.txt"), ("...pdf", "packet"), ("Ünïcode name.PDF", "Ünïcode_name"),
    ("a" * 300 + ".pdf", "a" * 100), ("tab\there.pdf", "tab_here"),
])
def test_report_names_are_sanitised(name, stem):
    assert safe_stem(name) == stem


def test_quiet_lines_are_aligned_and_the_summary_goes_to_stderr():
    result = esorcheck("check", str(AIM_CHINA), "-p", "aim-china", "--quiet", "--no-cache", "--as-of", "2025-01-15")
    lines = result.stdout.splitlines()
    assert len(lines) == len(list(AIM_CHINA.glob("*.pdf")))
    assert len({line.index(" error") for line in lines}) == 1
    assert len({line.index(" warning") for line in lines}) == 1
    assert "incomplete" in result.stderr and "Need action" in result.stderr and "Most frequent findings" in result.stderr


def _untimed(path: Path) -> list[dict]:
    """The reports of a JSON Lines file without the times they took."""
    def without_times(value):
        if isinstance(value, dict):
            return {k: without_times(v) for k, v in value.items() if not k.startswith("seconds")}
        return [without_times(v) for v in value] if isinstance(value, list) else value
    return [without_times(json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_second_run_comes_from_the_cache_and_a_corrupt_entry_is_checked_again(tmp_path):
    cache = tmp_path / "cache"
    args = ["check", str(AIM_CHINA), "-p", "aim-china", "--cache-dir", str(cache), "--as-of", "2025-01-15", "-o"]
    first = esorcheck(*args, str(tmp_path / "first.jsonl"))
    second = esorcheck(*args, str(tmp_path / "second.jsonl"))
    assert (tmp_path / "first.jsonl").read_text() == (tmp_path / "second.jsonl").read_text()
    checked_files = (tmp_path / "first.jsonl").read_text().splitlines()
    assert any('"status":"unreadable"' in line for line in checked_files)  # refused for its bytes: refused again
    assert f"{len(checked_files)} from the cache" in second.stderr
    assert "from the cache" not in first.stderr
    entries = sorted(cache.rglob("*.report"))
    entries[0].write_bytes(entries[0].read_bytes()[:-10] + b"0123456789")
    third = esorcheck(*args, str(tmp_path / "third.jsonl"))
    assert f"{len(checked_files) - 1} from the cache" in third.stderr
    assert _untimed(tmp_path / "third.jsonl") == _untimed(tmp_path / "first.jsonl")  # checked again: OCR times differ
    fourth = esorcheck(*args, str(tmp_path / "fourth.jsonl"))
    assert f"{len(checked_files)} from the cache" in fourth.stderr  # the corrupt entry was written again
    other_date = esorcheck(*args[:-3], "--as-of", "2025-01-16", "-o", str(tmp_path / "fifth.jsonl"))
    assert "from the cache" not in other_date.stderr


def test_output_never_writes_over_a_packet_being_checked(tmp_path):
    _, packet = complete_packet()
    copy = tmp_path / "packet.pdf"
    shutil.copy(packet, copy)
    before = copy.read_bytes()
    result = esorcheck("check", str(copy), "-p", "aim-china", "--format", "json", "-o", str(copy), "--no-cache")
    assert result.returncode == 2 and "never writes over its input" in result.stderr
    assert copy.read_bytes() == before
