"""The command keeps the code Python compiles at every start (dataclass methods, regular expressions) across
runs; what comes back from the file is what Python makes, and a bad file only costs time.

Each case runs in a fresh interpreter: the cache changes how ``dataclasses`` and ``re`` compile for the whole
process, which the command's process may do and the test process must not.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_packets" / "aim-china" / "complete-reportlab.pdf"

# Loads what the command loads, then says what the run compiled that the file did not hold.
LOAD = """
import json, sys
from esorcheck.compiled import keep_across_runs
keep_across_runs()
import esorcheck.cli, esorcheck.checker
from esorcheck.schema import shipped
shipped()
import esorcheck.compiled as compiled
print(json.dumps({"methods": len(compiled._methods), "patterns": len(compiled._patterns), "changed": compiled._changed}))
"""

# Every kept pattern against the same pattern compiled afresh; a dataclass behaves as one, and says whether
# its methods came from the file.
SAME = """
import json, re
from dataclasses import FrozenInstanceError, dataclass
from esorcheck.compiled import keep_across_runs
keep_across_runs()
import esorcheck.cli, esorcheck.checker
import esorcheck.compiled as compiled
for (pattern, flags), arguments in compiled._patterns.items():
    assert compiled._compile_pattern(pattern, flags) == compiled._python_compile(pattern, flags), pattern

@dataclass(frozen=True)
class Span:
    first: int
    last: int = 0

assert Span(1, 2) == Span(1, 2) and Span(1, 2) != Span(1, 3) and repr(Span(4)) == "Span(first=4, last=0)"
assert hash(Span(1, 2)) == hash(Span(1, 2))
try:
    Span(1).first = 3
except FrozenInstanceError:
    pass
else:
    raise AssertionError("frozen")
assert re.compile(r"(?P<day>\\d{1,2})\\.(?P<month>\\d{1,2})").match("12.07").groupdict() == {"day": "12", "month": "07"}
print(json.dumps({"changed": compiled._changed}))
"""


def _python(code: str, cache: Path) -> str:
    env = {**os.environ, "ESORCHECK_CACHE_DIR": str(cache)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _kept(cache: Path) -> list[Path]:
    return sorted(cache.glob("compiled-*.marshal"))


def _settled(cache: Path) -> dict:
    """Two starts: the first validates the schemas and writes their cache, the second loads them from it (whose
    patterns come back with the flags they were compiled with): from then on a start has nothing new."""
    first = json.loads(_python(LOAD, cache))
    assert first["changed"] and first["methods"] > 100 and first["patterns"] > 100
    return json.loads(_python(LOAD, cache))


def test_a_start_compiles_nothing_earlier_starts_did(tmp_path):
    before = _settled(tmp_path)
    (kept,) = _kept(tmp_path)
    written = kept.stat().st_mtime_ns
    after = json.loads(_python(LOAD, tmp_path))
    assert not after["changed"] and (after["methods"], after["patterns"]) == (before["methods"], before["patterns"])
    assert kept.stat().st_mtime_ns == written  # nothing new: not written again


def test_what_comes_back_is_what_python_compiles(tmp_path):
    _settled(tmp_path)
    assert json.loads(_python(SAME, tmp_path))["changed"]  # the new dataclass, compiled afresh
    assert not json.loads(_python(SAME, tmp_path))["changed"]  # now from the file, and it behaves the same


def test_a_damaged_file_is_compiled_afresh_and_written_whole_again(tmp_path):
    _settled(tmp_path)
    (kept,) = _kept(tmp_path)
    for damaged in (kept.read_bytes()[: kept.stat().st_size // 2], b"\x00not marshal"):
        kept.write_bytes(damaged)
        assert json.loads(_python(LOAD, tmp_path))["changed"]
        assert not json.loads(_python(LOAD, tmp_path))["changed"]  # written whole: read back entire


def test_the_command_reports_the_same_with_and_without_kept_code(tmp_path):
    """The whole command on a sample, first compiling everything, then from the file: the same report."""
    command = [sys.executable, "-m", "esorcheck", "check", str(SAMPLE), "--programme", "aim-china",
               "--track", "self-funded", "--as-of", "2025-09-15", "--format", "json", "--no-cache"]
    env = {**os.environ, "ESORCHECK_CACHE_DIR": str(tmp_path)}
    reports = []
    for _ in range(2):
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        reports.append(json.loads(done.stdout))
        assert _kept(tmp_path)
    for report in reports:
        report.pop("seconds", None)
        for packet in report.get("packets", []):
            packet.pop("seconds", None)
    assert reports[0] == reports[1]
