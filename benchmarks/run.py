"""Speed and memory of esorcheck beside the alternatives, each target met or not, in one run.

Run from the project root:  python benchmarks/run.py   (about a minute; --scanned-runs 0 skips OCR)

Whole processes, as a user runs them: esorcheck is installed from a wheel of
this checkout into a virtual environment kept in the user cache folder
(compiled bytecode, no editable-install hooks; falls back to this
interpreter, and says so, where the wheel cannot be installed). The packets
are made by concatenating the text pages of the shipped complete sample
packets, so the figures speak of realistic pages.

Targets: the whole `esorcheck check` command on a 30-page text packet in at
most 0.4 s, on 300 pages in at most 1.2 s with at most 150 MB peak memory;
at least 4x faster than pdfplumber's plain text extraction of the same 30
pages as a whole process, and within 8x of pdftotext's. Scanned pages: at
most 1.5 s per scanned A4 page for the whole check of a packet of scans
(every scanned page of sample_packets/ and tests/ocr_fixtures/, OCR'd in
parallel), with the OCR word accuracy on the fixture scans, whose words
before scanning are in tests/ocr_fixtures/*.words.json. A batch of 60
packets: at least 1.8x faster with --jobs 2 than with --jobs 1, and a second
run (from the result cache) in at most 10 % of the first; and the time and
peak memory of every resource case of ../shared/corpus/resource/build.py
(--batch-only runs just these).
HTML report: page
thumbnails at most 10 ms and 15 KB a page (text pages, and the packet of
scans), the whole report of a 30-page packet at most 600 KB.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader, PdfWriter

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_packets"
OCR_FIXTURES = ROOT / "tests" / "ocr_fixtures"
TARGET_30_S = 0.4
TARGET_300_S = 1.2
TARGET_300_MB = 150
PDFPLUMBER_RATIO_TARGET = 4.0
PDFTOTEXT_RATIO_TARGET = 8.0
SCANNED_PAGE_TARGET_S = 1.5
BATCH_PACKETS = 60
BATCH_SPEEDUP_TARGET = 1.8
CACHED_RUN_TARGET = 0.10
RESOURCE_BUILD = ROOT.parent / "shared" / "corpus" / "resource" / "build.py"
THUMBNAIL_MS_TARGET = 10.0  # the HTML report's page pictures: time to render and encode one
THUMBNAIL_KB_TARGET = 15.0  # and its weight in the file (base64 included)
HTML_30_KB_TARGET = 600.0  # the whole HTML report of a 30-page packet
# Bytecode is written and read as in an installed package (some shells set PYTHONDONTWRITEBYTECODE); and
# ``python -m esorcheck`` run from the project root would import the checkout's sources, not the installed
# wheel, but for PYTHONSAFEPATH (Python 3.11 and later), which keeps the working folder off the path.
CHILD_ENV = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "PYTHONSAFEPATH": "1"}


def build_text_packet(pages: int, out: Path) -> Path:
    """Concatenate text pages of the complete sample packets (again and again) until ``pages`` pages."""
    sources = []
    for truth_path in sorted(SAMPLES.glob("*/*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        if truth["status"] == "complete" and not any(s.get("scanned") for s in truth["sections"]):
            sources.append(PdfReader(truth_path.with_name(truth_path.name.replace(".truth.json", ".pdf"))))
    if not sources:
        raise SystemExit("no complete text sample packets; run sample_packets/build.py")
    writer = PdfWriter()
    while len(writer.pages) < pages:
        for reader in sources:
            for page in reader.pages:
                if len(writer.pages) < pages:
                    writer.add_page(page)
    with open(out, "wb") as handle:
        writer.write(handle)
    return out


def user_install() -> tuple[list[str], str]:
    """The command that runs esorcheck as a user has it, and how it was installed."""
    from esorcheck.cachefiles import cache_dir

    venv = cache_dir() / "benchmark-venv"
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    try:
        with tempfile.TemporaryDirectory() as wheels:
            subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", wheels, str(ROOT)],
                           check=True, capture_output=True)
            if not python.exists():
                subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
            (wheel,) = Path(wheels).glob("esorcheck-*.whl")
            subprocess.run([str(python), "-m", "pip", "install", "-q", "--force-reinstall", str(wheel)], check=True,
                           capture_output=True, env=CHILD_ENV)
        return [str(python), "-m", "esorcheck"], f"a wheel of this checkout in {venv}"
    except (subprocess.CalledProcessError, OSError, ValueError) as exc:
        return [sys.executable, "-m", "esorcheck"], f"this interpreter (the wheel could not be installed: {type(exc).__name__})"


# Runs a command and prints its wall seconds and peak memory: a small parent, so that the child's peak is
# its own (a child forked from this benchmark would start as large as the benchmark).
_TIMER = """
import os, resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, code)
"""


def run_process(command: list[str], exits: tuple[int, ...] = (0, 1)) -> tuple[float, float]:
    """Wall seconds and peak memory (MB) of one whole process (of its largest process, for a batch's workers)."""
    timed = subprocess.run([sys.executable, "-c", _TIMER, *command], capture_output=True, text=True, env=CHILD_ENV, check=True)
    wall, peak, code = timed.stdout.split()
    if int(code) not in exits:
        raise SystemExit(f"{' '.join(command)} failed with exit {code}")
    return float(wall), float(peak)


def measure_in_turns(commands: dict[str, tuple[list[str], int]]) -> dict[str, tuple[float, float, float]]:
    """Per command (name: command and number of runs): median and best wall seconds of its whole processes,
    and their peak memory. Each is run once to warm up, then the commands take turns, run after run, so
    that a machine whose speed drifts (a shared host) weighs on each alike and their ratios hold."""
    for command, _ in commands.values():
        run_process(command)  # warm-up: disk cache, and esorcheck's own caches (schemas, language profiles)
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for turn in range(max(runs for _, runs in commands.values())):
        for name, (command, runs) in commands.items():
            if turn < runs:
                results[name].append(run_process(command))
    return {name: (statistics.median(w for w, _ in done), min(w for w, _ in done), max(mb for _, mb in done))
            for name, done in results.items()}


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def text_figures(runs: int) -> bool:
    """Print the whole-process figures of esorcheck, pdfplumber and pdftotext; True when every target is met."""
    esorcheck, installed = user_install()
    python = esorcheck[0]
    with tempfile.TemporaryDirectory() as tmp:
        p30, p300 = build_text_packet(30, Path(tmp) / "p30.pdf"), build_text_packet(300, Path(tmp) / "p300.pdf")
        check = [*esorcheck, "check", "--programme", "aim-china", "--format", "json", "--no-cache"]  # a re-run would be a cache hit
        extract = "import pdfplumber, sys\nwith pdfplumber.open(sys.argv[1]) as pdf:\n    [page.extract_text() for page in pdf.pages]"
        pdftotext = shutil.which("pdftotext")
        commands = {
            "bare": ([python, "-c", "pass"], runs),
            # Loaded as the command loads it (esorcheck.__main__), with the checker and the schemas.
            "startup": ([python, "-c", "from esorcheck.__main__ import load_command; load_command(); import esorcheck.checker; "
                                       "from esorcheck.schema import shipped; shipped()"], runs),
            "e30": ([*check, str(p30)], runs),
            "e300": ([*check, str(p300)], max(2, runs // 2)),
            "plumber": ([sys.executable, "-c", extract, str(p30)], max(2, runs // 2)),
        }
        if pdftotext:
            commands["poppler"] = ([pdftotext, str(p30), os.devnull], runs)
        figures = measure_in_turns(commands)
    bare, startup, e30, e300, plumber = (figures[name] for name in ("bare", "startup", "e30", "e300", "plumber"))
    poppler = figures.get("poppler")
    per_page = (e300[0] - e30[0]) / 270 * 1000
    plumber_ratio = plumber[0] / e30[0]
    poppler_ratio = e30[0] / poppler[0] if poppler else None
    print(f"Whole processes, median (best) of {runs} runs, the commands taking turns; esorcheck from {installed}")
    print(f"  {'':44} {'median':>8} {'best':>8} {'peak':>8}   target")
    rows = [
        ("python start alone (python -c pass)", bare, ""),
        ("esorcheck start-up (imports, schemas)", startup, ""),
        ("esorcheck check, 30 text pages", e30, f"<= {TARGET_30_S} s   {verdict(e30[0] <= TARGET_30_S)}"),
        ("esorcheck check, 300 text pages", e300,
         f"<= {TARGET_300_S} s, <= {TARGET_300_MB} MB   {verdict(e300[0] <= TARGET_300_S and e300[2] <= TARGET_300_MB)}"),
        ("pdfplumber text extraction, 30 pages", plumber, f"esorcheck {plumber_ratio:.1f}x faster (>= {PDFPLUMBER_RATIO_TARGET:g}x)   "
                                                            f"{verdict(plumber_ratio >= PDFPLUMBER_RATIO_TARGET)}"),
    ]
    if poppler:
        rows.append(("pdftotext, 30 pages", poppler, f"esorcheck {poppler_ratio:.1f}x slower (<= {PDFTOTEXT_RATIO_TARGET:g}x)   "
                                                     f"{verdict(poppler_ratio <= PDFTOTEXT_RATIO_TARGET)}"))
    for label, (median, best, peak), target in rows:
        print(f"  {label:44} {median:7.3f}s {best:7.3f}s {peak:6.0f}MB   {target}")
    print(f"  esorcheck per page (300 pages against 30): {per_page:.1f} ms")
    if not poppler:
        print("  pdftotext: not installed (poppler-utils); not compared")
    return (e30[0] <= TARGET_30_S and e300[0] <= TARGET_300_S and e300[2] <= TARGET_300_MB
            and plumber_ratio >= PDFPLUMBER_RATIO_TARGET and (poppler_ratio is None or poppler_ratio <= PDFTOTEXT_RATIO_TARGET))


def cv_ms_per_page() -> tuple[float, int]:
    """The CV comparison alone (layout, labels, values), per page, over every CV with ground truth."""
    import pypdfium2 as pdfium

    from esorcheck.cv import compare_cv, reference_template
    from esorcheck.pdf.pages import read_page
    from esorcheck.pdf.fonts import use_bundled_fonts

    use_bundled_fonts()
    template = reference_template()
    elapsed, pages = 0.0, 0
    for truth_path in sorted(SAMPLES.glob("*/*.truth.json")) + sorted(SAMPLES.glob("holdout/*/*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        cv = [s for s in truth["sections"] if s["type"] == "cv" and not s.get("scanned")]
        if truth["status"] == "unreadable" or not cv:
            continue
        numbers = list(range(cv[0]["first_page"], cv[0]["last_page"] + 1))
        document = pdfium.PdfDocument(truth_path.with_name(truth_path.name.replace(".truth.json", ".pdf")))
        start = time.perf_counter()
        compare_cv([read_page(document, n - 1) for n in numbers], template)
        elapsed += time.perf_counter() - start
        pages += len(numbers)
        document.close()
    return elapsed / pages * 1000, pages


def _truths() -> list[tuple[Path, dict]]:
    paths = sorted(SAMPLES.glob("*/*.truth.json")) + sorted(OCR_FIXTURES.glob("*.truth.json"))
    return [(p.with_name(p.name.replace(".truth.json", ".pdf")), json.loads(p.read_text(encoding="utf-8"))) for p in paths]


def build_scanned_packet(out: Path) -> tuple[Path, int]:
    """Every scanned page of the sample packets and the OCR fixtures, in one packet."""
    writer = PdfWriter()
    for pdf, truth in _truths():
        if truth["status"] == "unreadable":
            continue
        reader = PdfReader(pdf)
        for section in truth["sections"]:
            if section.get("scanned"):
                for number in range(section["first_page"], section["last_page"] + 1):
                    writer.add_page(reader.pages[number - 1])
    with open(out, "wb") as handle:
        writer.write(handle)
    return out, len(writer.pages)


def time_scanned(packet: Path, runs: int) -> tuple[list[float], float]:
    """Wall times of the whole check of the packet of scans, in-process; and the median time of its OCR."""
    import datetime as dt

    from esorcheck.checker import check_packet
    from esorcheck.schema.programmes import get_programme

    programme = get_programme("icm-oncologic-imaging")
    times, ocr_times = [], []
    for _ in range(runs):
        start = time.perf_counter()
        report = check_packet(packet, programme, as_of=dt.date.today())
        times.append(time.perf_counter() - start)
        ocr_times.append(report.ocr.seconds)
    return times, statistics.median(ocr_times)


def ocr_word_accuracy() -> tuple[int, int, int, int]:
    """Words of the fixture scans read right and all (passports apart); passport zones valid and read."""
    import collections
    import datetime as dt

    from esorcheck.checker import check_packet
    from esorcheck.text import normalize
    from esorcheck.schema.programmes import get_programme

    right = total = zones_valid = passports = 0
    for pdf, truth in _truths():
        words_file = pdf.with_name(pdf.name.replace(".pdf", ".words.json"))
        if not words_file.exists():
            continue
        report = check_packet(pdf, get_programme(truth["programme"]), as_of=dt.date(2023, 2, 10))
        pages = {p.number: p for s in report.sections for p in s.pages}
        passport_pages = {s["first_page"] for s in truth["sections"] if s["type"] == "passport_copy"}
        for number, words in json.loads(words_file.read_text(encoding="utf-8")).items():
            if int(number) in passport_pages:
                continue
            expected = collections.Counter(normalize(" ".join(words)).split())
            got = collections.Counter(normalize(pages[int(number)].text).split())
            right += sum((expected & got).values())
            total += sum(expected.values())
        if passport_pages:
            passports += 1
            zones_valid += bool(report.passport and report.passport.zone and report.passport.zone.valid == (truth["status"] == "complete"))
    return right, total, zones_valid, passports


def scanned_figures(runs: int) -> bool:
    """Print the scanned-packet figures; True when the target is met (or Tesseract is absent: not judged)."""
    from esorcheck.ocr.pool import worker_count
    from esorcheck.ocr.tesseract import OcrUnavailable, find_engine

    try:
        engine = find_engine()
    except OcrUnavailable as exc:
        print(f"scanned pages: not measured: {exc.message} ({exc.hint})")
        return True
    with tempfile.TemporaryDirectory() as tmp:
        packet, pages = build_scanned_packet(Path(tmp) / "scanned-packet.pdf")
        walls, ocr_s = time_scanned(packet, runs)
    per_page = statistics.median(walls) / pages
    right, total, zones_valid, passports = ocr_word_accuracy()
    print(f"packet of scans: {pages} scanned pages from sample_packets/ and tests/ocr_fixtures/, {engine.name} "
          f"({'+'.join(engine.languages)}), {worker_count()} workers, median of {runs} runs")
    print(f"  seconds per scanned page (whole check): {per_page:.2f} s   target <= {SCANNED_PAGE_TARGET_S} s   "
          f"{'PASS' if per_page <= SCANNED_PAGE_TARGET_S else 'FAIL'}")
    print(f"  of which OCR (render + Tesseract):      {ocr_s / pages:.2f} s")
    print(f"  OCR word accuracy on the fixture scans:  {right / total:.1%} of {total} words (passport pages apart)")
    print(f"  passport zones read as they are:        {zones_valid} of {passports}")
    return per_page <= SCANNED_PAGE_TARGET_S


def build_batch_folder(count: int, out: Path) -> Path:
    """``count`` distinct text sample packets in one folder, and a manifest giving each one's call, track and date."""
    rows = ["file,programme,track,as_of"]
    for packet, truth in _truths():
        if len(rows) > count:
            break
        if any(s.get("scanned") for s in truth["sections"]):
            continue
        name = f"{len(rows):03d}-{packet.name}"
        shutil.copy(packet, out / name)
        rows.append(f"{name},{truth['programme']},{truth.get('track') or ''},{truth.get('as_of', '')}")
    (out / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return out


def batch_figures(esorcheck: list[str]) -> bool:
    """A folder of BATCH_PACKETS packets: --jobs 2 against --jobs 1, the time per packet against a single-file
    check, and a second run from the result cache against the first; True when the targets are met."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = build_batch_folder(BATCH_PACKETS, Path(tmp))
        batch = [*esorcheck, "check", str(folder), "--manifest", str(folder / "manifest.csv"), "--format", "jsonl"]
        exits = (0, 1, 3, 4)
        run_process([*batch, "--no-cache", "--jobs", "1"], exits)  # warm-up
        one = statistics.median(run_process([*batch, "--no-cache", "--jobs", "1"], exits)[0] for _ in range(2))
        two = statistics.median(run_process([*batch, "--no-cache", "--jobs", "2"], exits)[0] for _ in range(2))
        singles = [run_process([*esorcheck, "check", str(p), "-p", "aim-china", "--format", "json", "--no-cache"], exits)[0]
                   for p in sorted(folder.glob("*.pdf"))[:5]]
        cache = ["--cache-dir", str(Path(tmp) / "cache"), "--jobs", "2"]
        first, _ = run_process([*batch, *cache], exits)
        second, _ = run_process([*batch, *cache], exits)
    speedup, cached = one / two, second / first
    print(f"Batch of {BATCH_PACKETS} text packets (with a manifest), whole command:")
    print(f"  --jobs 1: {one:.1f} s   --jobs 2: {two:.1f} s   speed-up {speedup:.2f}x   target >= {BATCH_SPEEDUP_TARGET}x   "
          f"{verdict(speedup >= BATCH_SPEEDUP_TARGET)}")
    print(f"  per packet: {two / BATCH_PACKETS:.2f} s with --jobs 2, {one / BATCH_PACKETS:.2f} s with --jobs 1; "
          f"a single-file check (whole command): {statistics.median(singles):.2f} s")
    print(f"  result cache: first run {first:.1f} s, second {second:.2f} s = {cached:.1%} of the first   "
          f"target <= {CACHED_RUN_TARGET:.0%}   {verdict(cached <= CACHED_RUN_TARGET)}")
    return speedup >= BATCH_SPEEDUP_TARGET and cached <= CACHED_RUN_TARGET


def resource_figures(esorcheck: list[str]) -> None:
    """Each resource case of the shared corpus's build.py, checked alone: wall seconds, peak memory, the verdict."""
    if not RESOURCE_BUILD.exists():
        print(f"resource cases: {RESOURCE_BUILD} is not there; skipped")
        return
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(RESOURCE_BUILD), tmp, "content-bomb", "content-bomb-3g", "image-bomb", "bigpage",
                        "tinytext", "bigimage", "loops"], check=True, capture_output=True)
        print("Resource cases, each a whole single-file check:")
        for packet in sorted(Path(tmp).glob("*.pdf")):
            check = [*esorcheck, "check", str(packet), "-p", "aim-china", "--format", "json", "--no-cache"]
            wall, peak = run_process(check, (0, 1, 3, 4))
            report = json.loads(subprocess.run(check, capture_output=True, text=True, env=CHILD_ENV).stdout)
            reason = report["findings"][0]["message"][:70] if report["status"] == "unreadable" else ""
            print(f"  {packet.name:34} {wall:6.2f} s {peak:7.0f} MB  {report['status']:10} {reason}")
def thumbnail_cost(packet: Path, runs: int) -> tuple[float, float, int]:
    """Best ms per page over ``runs`` renderings of every page's thumbnail, KB per page in the file, pages."""
    from esorcheck.render.thumbnails import page_thumbnails

    best, thumbnails = float("inf"), {}
    for _ in range(runs):
        start = time.perf_counter()
        thumbnails = page_thumbnails(packet)
        best = min(best, time.perf_counter() - start)
    pages = len(thumbnails)
    return best / pages * 1000, sum(len(uri) for uri in thumbnails.values()) / pages / 1000, pages


def html_figures(runs: int) -> bool:
    """Print the HTML report's figures; True when every target is met."""
    import datetime as dt

    from esorcheck.checker import check_packet
    from esorcheck.render.html import render_html
    from esorcheck.schema.programmes import get_programme

    ok = True
    print("HTML report (thumbnails 160 px JPEG, best of runs)")
    with tempfile.TemporaryDirectory() as tmp:
        text_packet = build_text_packet(30, Path(tmp) / "text-30.pdf")
        scanned_packet, _ = build_scanned_packet(Path(tmp) / "scanned.pdf")
        for name, packet in (("30 text pages", text_packet), ("scanned pages", scanned_packet)):
            ms, kb, pages = thumbnail_cost(packet, runs)
            met = ms <= THUMBNAIL_MS_TARGET and kb <= THUMBNAIL_KB_TARGET
            ok &= met
            print(f"  thumbnails, {name} ({pages}): {ms:5.1f} ms/page (<= {THUMBNAIL_MS_TARGET:.0f})  "
                  f"{kb:5.1f} KB/page (<= {THUMBNAIL_KB_TARGET:.0f})   {verdict(met)}")
        report = check_packet(text_packet, get_programme("aim-china"), as_of=dt.date.today(), ocr="never")
        size = len(render_html(report).encode("utf-8")) / 1000
        ok &= size <= HTML_30_KB_TARGET
        print(f"  report of a 30-page packet: {size:.0f} KB (<= {HTML_30_KB_TARGET:.0f})   {verdict(size <= HTML_30_KB_TARGET)}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scanned-runs", type=int, default=2, help="runs of the packet of scans (about 10 s each)")
    parser.add_argument("--batch-only", action="store_true", help="only the batch and the resource cases")
    args = parser.parse_args()
    if args.batch_only:
        esorcheck, installed = user_install()
        print(f"esorcheck from {installed}")
        batch_ok = batch_figures(esorcheck)
        resource_figures(esorcheck)
        return 0 if batch_ok else 1
    text_ok = text_figures(args.runs)
    cv_ms, cv_pages = cv_ms_per_page()
    print(f"CV comparison with the template: {cv_ms:.1f} ms a page over {cv_pages} CV pages (three producers)")
    scanned_ok = scanned_figures(args.scanned_runs) if args.scanned_runs > 0 else True
    html_ok = html_figures(args.runs)
    esorcheck, _ = user_install()
    batch_ok = batch_figures(esorcheck)
    resource_figures(esorcheck)
    return 0 if text_ok and scanned_ok and html_ok and batch_ok else 1


if __name__ == "__main__":
    sys.exit(main())
