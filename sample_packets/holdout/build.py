"""Build the HELD-OUT ESOR application packets: a test set the splitter was never tuned on.

Every document is written as HTML + CSS (gen/p_*.py, with fresh texts and invented people)
and printed to PDF by headless Chromium; the documents of a packet are then concatenated
with pypdf into one PDF, exactly as an applicant merging files would do. Beside each
``<programme>/<name>.pdf`` a ``<name>.truth.json`` gives the ground truth in the format
of ``sample_packets/`` (document type of every page range, scanned or not, language,
packet status and the finding codes a checker must report), and README.md lists them.

Needs: Chromium (Debian: ``apt-get install chromium``), fonts (``fonts-noto-core``,
``fonts-noto-cjk``, ``fonts-dejavu-core``, ``fonts-liberation``) and pypdf.

    python sample_packets/holdout/build.py            # build all packets, verify, write README.md
    python sample_packets/holdout/build.py --only icm-oncologic-imaging
    python sample_packets/holdout/build.py --html-dir /tmp/html   # also keep the HTML sources

The build is deterministic for a given Chromium and font set: identical HTML is printed
once, PDF dates and file identifiers are fixed, and nothing random is left unseeded.
To keep the whole set under 4 MB, the TrueType subsets Chromium embeds lose their hinting
programs and OpenType layout tables (gen/slim.py); outlines, widths, ToUnicode maps and
content streams are kept exactly as Chromium wrote them.
The build checks itself: every document must print on the number of pages its
definition expects, overflowing signatures must land on the last page, stray empty pages
must be empty, and every passport MRZ must pass its ICAO 9303 check digits.
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # keep the folder free of __pycache__

from gen.model import Packet  # noqa: E402
from gen.mrz import verify as mrz_ok  # noqa: E402
from gen.slim import slim_pdf_fonts  # noqa: E402
from gen.packets import all_packets  # noqa: E402

TRACKED_PROGRAMMES = {"aim-china", "bracco-fellowship"}
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--no-pdf-header-footer",
                  "--disable-extensions", "--hide-scrollbars"]
FIXED_DATE = "D:20250110090000+01'00'"


def chromium_binary() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    raise SystemExit("Chromium not found: apt-get install -y chromium")


def print_html(binary: str, html: str, workdir: Path) -> Path:
    """Print one HTML document to PDF with headless Chromium; identical HTML is printed once."""
    digest = hashlib.sha256(html.encode()).hexdigest()[:20]
    pdf = workdir / f"{digest}.pdf"
    if pdf.exists():
        return pdf
    src = workdir / f"{digest}.html"
    src.write_text(html, encoding="utf-8")
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    try:
        cmd = [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={pdf}.part", src.as_uri()]
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if result.returncode != 0 or not Path(f"{pdf}.part").exists():
            raise RuntimeError(f"chromium failed on {src}: {result.stderr[-800:]}")
        os.replace(f"{pdf}.part", pdf)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return pdf


def page_text(page) -> str:
    return page.extract_text() or ""


def assemble(packet: Packet, pdfs: list[Path], out: Path) -> list[dict]:
    """Concatenate the printed documents; check each one; return the truth sections."""
    writer = PdfWriter()
    sections = []
    first_info = None
    for doc, pdf in zip(packet.docs, pdfs):
        reader = PdfReader(pdf)
        if first_info is None:
            first_info = reader.metadata or {}
        n = len(reader.pages)
        where = f"{packet.programme}/{packet.name}: {doc.label or doc.type}"
        if doc.pages is not None and n != doc.pages:
            raise SystemExit(f"{where}: Chromium printed {n} pages, the definition expects {doc.pages}")
        if doc.last_page_has and doc.last_page_has not in page_text(reader.pages[-1]):
            raise SystemExit(f"{where}: {doc.last_page_has!r} is not on the last page")
        for k in doc.empty_pages:
            if page_text(reader.pages[k - 1]).strip():
                raise SystemExit(f"{where}: page {k} should be empty")
        start = len(writer.pages) + 1
        for page in reader.pages:
            writer.add_page(page)
        sections.append({"type": doc.type, "first_page": start, "last_page": start + n - 1,
                         "scanned": False, "language": doc.lang})
    slim_pdf_fonts(writer)
    writer.compress_identical_objects()
    writer.add_metadata({
        "/Producer": str(first_info.get("/Producer", "Skia/PDF")),
        "/Creator": str(first_info.get("/Creator", "Chromium")),
        "/CreationDate": FIXED_DATE,
        "/ModDate": FIXED_DATE,
    })
    ident = hashlib.md5(f"{packet.programme}/{packet.name}".encode()).digest()
    writer._ID = ArrayObject([ByteStringObject(ident), ByteStringObject(ident)])
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as handle:
        writer.write(handle)
    return sections


MRZ_LINE = re.compile(r"[A-Z0-9<]{44}")


def verify_packet(pdf: Path, truth: dict, packet: Packet) -> list[str]:
    problems = []
    reader = PdfReader(pdf)
    pages = len(reader.pages)
    last = truth["sections"][-1]["last_page"] if truth["sections"] else 0
    if pages != last:
        problems.append(f"{pdf.name}: {pages} pages, sidecar ends at {last}")
    expected = 1
    for s in truth["sections"]:
        if s["first_page"] != expected or s["last_page"] < s["first_page"]:
            problems.append(f"{pdf.name}: sections do not tile the pages at {s}")
        expected = s["last_page"] + 1
    for s in truth["sections"]:
        if s["type"] != "passport_copy":
            continue
        text = "\n".join(page_text(reader.pages[i - 1]) for i in range(s["first_page"], s["last_page"] + 1))
        lines = MRZ_LINE.findall(text.replace(" ", ""))
        second = [x for x in lines if not x.startswith("P<")]
        if not any(x.startswith("P<") for x in lines) or not second:
            problems.append(f"{pdf.name}: no extractable MRZ on the passport page")
        elif not all(mrz_ok(x) for x in second):
            problems.append(f"{pdf.name}: MRZ check digits fail")
    return problems


# The date each packet is judged at (--as-of): before its call closed, as an applicant would check it.
AS_OF = {
    "aim-china": "2025-01-15", "bracco-fellowship": "2025-01-15", "visiting-scholarship-europe": "2025-01-15",
    "exchange-fellowship": "2024-03-01", "icm-oncologic-imaging": "2023-02-01",
    "gustave-roussy-hybrid-imaging": "2021-03-15", "lille-neuroinflammatory": "2020-06-30",
}


def truth_for(packet: Packet, sections: list[dict]) -> dict:
    truth = {"programme": packet.programme, "as_of": AS_OF[packet.programme]}
    if packet.programme in TRACKED_PROGRAMMES:
        truth["track"] = packet.track
    truth.update({"producer": "chromium", "description": packet.description, "status": packet.status,
                  "sections": sections, "expected_findings": list(packet.expected_findings)})
    return truth


def write_readme(rows: list[tuple[Packet, dict]]) -> None:
    lines = [
        "# Held-out application packets",
        "",
        "A test set that `esorcheck`'s splitter was never tuned on. The documents were written afresh (different",
        "applicants, hospitals, letter phrasings, certificate languages and layouts from `sample_packets/`) as HTML + CSS",
        "and printed with headless **Chromium**; each packet is the concatenation of its documents with pypdf.",
        "Use it to measure how the splitter generalises; do not tune on it.",
        "",
        "Each `<programme>/<name>.pdf` has a `<name>.truth.json` in the format of `sample_packets/` (type, pages, scanned,",
        "language of every document; packet status; the finding codes a checker must report). All people, institutions'",
        "staff, numbers and publications are invented. Rebuild with `python sample_packets/holdout/build.py` (needs Chromium:",
        "`apt-get install chromium fonts-noto-core fonts-noto-cjk fonts-dejavu-core fonts-liberation`, and pypdf); the",
        "build is deterministic and verifies page counts, overflowing signatures, empty pages and passport MRZ check",
        "digits (ICAO 9303 TD3, weights 7-3-1). To stay under 4 MB the embedded TrueType subsets lose their hinting and",
        "OpenType layout tables (`gen/slim.py`); text, widths, ToUnicode maps and content streams are Chromium's own.",
        "",
        "The applicants are meant to be eligible, so the only findings are the listed ones: ages, board-certification",
        "dates, CEFR levels (English C1, French B2 for Gustave Roussy), residence, ESR membership category, passport",
        "validity and addressees were chosen against each call's dates, judged as in the sample tests (`--as-of",
        "2025-01-15`, call dates from the schema). Letters name their signer's role (Head of Department / Academic Tutor)",
        "where the call asks for one. Scanned pages, encrypted and truncated files are not part of this set (they test",
        "the PDF layer, not the splitter); `sample_packets/` has them.",
        "",
        "| file | track | pages | status | expected findings | what it shows |",
        "|---|---|---|---|---|---|",
    ]
    for packet, truth in rows:
        pages = truth["sections"][-1]["last_page"] if truth["sections"] else 0
        findings = ", ".join(f"`{c}`" for c in truth["expected_findings"]) or "–"
        lines.append(f"| `{packet.programme}/{packet.name}.pdf` | {packet.track or '–'} | {pages} | {truth['status']} | {findings} | {packet.description} |")
    lines += ["", "Producer of every packet: `chromium` (Chromium's Skia/PDF output, CID TrueType fonts, HTML text order);",
              "the tagged structure of the single documents is not kept by the concatenation, as with most merge tools.", ""]
    (HERE / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="build only the packets of this programme (or programme/name)")
    parser.add_argument("--html-dir", type=Path, help="also keep the HTML sources and single-document PDFs here")
    parser.add_argument("--jobs", type=int, default=max(1, min(4, os.cpu_count() or 1)))
    args = parser.parse_args()

    packets = all_packets()
    names = [f"{p.programme}/{p.name}" for p in packets]
    if len(set(names)) != len(names):
        raise SystemExit("two packets share a name")
    if args.only:
        packets = [p for p in packets if f"{p.programme}/{p.name}" == args.only or p.programme == args.only]
    binary = chromium_binary()
    workdir = Path(tempfile.mkdtemp(prefix="holdout-html-")) if not args.html_dir else args.html_dir
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        unique = {}
        for p in packets:
            for d in p.docs:
                unique.setdefault(hashlib.sha256(d.html.encode()).hexdigest(), d.html)
        print(f"printing {len(unique)} distinct documents with {binary} ({args.jobs} at a time)", file=sys.stderr)
        printed = {}
        with cf.ThreadPoolExecutor(args.jobs) as pool:
            futures = {pool.submit(print_html, binary, html, workdir): key for key, html in unique.items()}
            for fut in cf.as_completed(futures):
                printed[futures[fut]] = fut.result()
        rows, problems = [], []
        for p in packets:
            pdfs = [printed[hashlib.sha256(d.html.encode()).hexdigest()] for d in p.docs]
            out = HERE / p.programme / f"{p.name}.pdf"
            sections = assemble(p, pdfs, out)
            truth = truth_for(p, sections)
            (HERE / p.programme / f"{p.name}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            problems += verify_packet(out, truth, p)
            rows.append((p, truth))
            print(f"{p.programme}/{p.name}.pdf: {sections[-1]['last_page']} pages, {out.stat().st_size // 1024} KB", file=sys.stderr)
        if not args.only:
            write_readme(rows)
    finally:
        if not args.html_dir:
            shutil.rmtree(workdir, ignore_errors=True)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
