"""Speed and memory of `esorcheck check` on a 30-page text packet, against pdfplumber's text extraction.

Run from the project root:  python benchmarks/run.py

Targets (from issue 2): at most 1.0 s wall for the whole command, interpreter
start included, and at least 3x faster than pdfplumber's plain full-text
extraction of the same file measured in the same run. The packet is made by
concatenating the text pages of the shipped complete sample packets, so the
figures speak of realistic pages.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader, PdfWriter

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_packets"
WALL_TARGET_S = 1.0
PDFPLUMBER_RATIO_TARGET = 3.0


def build_text_packet(pages: int, out: Path) -> Path:
    """Concatenate text pages of the complete sample packets until ``pages`` pages."""
    writer = PdfWriter()
    for truth_path in sorted(SAMPLES.glob("*/*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        if truth["status"] != "complete" or any(s.get("scanned") for s in truth["sections"]):
            continue
        reader = PdfReader(truth_path.with_name(truth_path.name.replace(".truth.json", ".pdf")))
        for page in reader.pages:
            writer.add_page(page)
            if len(writer.pages) == pages:
                with open(out, "wb") as handle:
                    writer.write(handle)
                return out
    raise SystemExit(f"the sample packets hold fewer than {pages} text pages; run sample_packets/build.py")


def time_command(packet: Path, runs: int) -> tuple[list[float], float]:
    """Wall times of the whole CLI (a fresh interpreter each run) and its peak RSS in MB."""
    command = [sys.executable, "-m", "esorcheck", "check", str(packet), "--programme", "aim-china", "--format", "json"]
    walls = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        walls.append(time.perf_counter() - start)
        if result.returncode not in (0, 1):
            raise SystemExit(f"esorcheck failed: {result.stderr}")
    # The children are the only processes this script waits for, so this is their peak.
    return walls, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def time_pdfplumber(packet: Path, runs: int) -> list[float]:
    import pdfplumber

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        with pdfplumber.open(packet) as pdf:
            for page in pdf.pages:
                page.extract_text()
        times.append(time.perf_counter() - start)
    return times


def time_core(packet: Path, runs: int) -> list[float]:
    """The checker core in-process, without interpreter start and imports."""
    import datetime as dt

    from esorcheck.checker import check_packet
    from esorcheck.programmes import get_programme

    programme = get_programme("aim-china")
    check_packet(packet, programme, as_of=dt.date.today())  # warm: loads langdetect profiles once
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        check_packet(packet, programme, as_of=dt.date.today())
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        packet = build_text_packet(args.pages, Path(tmp) / "benchmark-packet.pdf")
        walls, peak_mb = time_command(packet, args.runs)
        core = time_core(packet, args.runs)
        plumber = time_pdfplumber(packet, max(2, args.runs // 2))

    wall = statistics.median(walls)
    plumber_s = statistics.median(plumber)
    ratio = plumber_s / wall
    print(f"packet: {args.pages} text pages from sample_packets/, median of {args.runs} runs")
    print(f"esorcheck check (whole command, interpreter start included): {wall:.3f} s wall   target <= {WALL_TARGET_S} s   {'PASS' if wall <= WALL_TARGET_S else 'FAIL'}")
    print(f"  pages/second (whole command):        {args.pages / wall:8.1f}")
    print(f"  checker core in-process:             {statistics.median(core):.3f} s  ({args.pages / statistics.median(core):.0f} pages/s)")
    print(f"  peak memory (max RSS of the command): {peak_mb:.0f} MB")
    print(f"pdfplumber full-text extraction alone: {plumber_s:.3f} s")
    print(f"  esorcheck is {ratio:.1f}x faster       target >= {PDFPLUMBER_RATIO_TARGET}x   {'PASS' if ratio >= PDFPLUMBER_RATIO_TARGET else 'FAIL'}")
    return 0 if wall <= WALL_TARGET_S and ratio >= PDFPLUMBER_RATIO_TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
