#!/usr/bin/env python3
"""Build the esorcheck sample application packets and their ground truth.

Usage:  python sample_packets/build.py [--keep-work]

Writes, for each of the 7 ESOR programmes, ``sample_packets/<programme>/<name>.pdf``
(one application packet: several documents concatenated into one PDF) and
``<name>.truth.json`` (what each page range really is, and which findings a
checker must report), plus ``sample_packets/README.md`` listing them.

The packets are built twice over: documents drawn with reportlab, and documents
written as DOCX with python-docx and converted to PDF by LibreOffice (real Word
tables in the ESOR CV). Some pages are turned into image-only "scans".

Needs: Python 3.10+, reportlab, python-docx, pypdf, pypdfium2, Pillow, and
LibreOffice (``soffice`` on PATH) with fonts-dejavu, fonts-liberation and
fonts-noto-cjk. Without any of these the script stops with a message and exit
code 2 before writing anything.

The build is deterministic: every random choice comes from a generator seeded
with the packet's name, and all PDF dates and IDs are fixed, so a rebuild gives
byte-identical files. Intermediate files go to ``sample_packets/_work/``
(git-ignored; removed at the end unless --keep-work).
"""
from __future__ import annotations

import argparse
import shutil
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

REQUIRED_MODULES = {"reportlab": "reportlab", "docx": "python-docx", "pypdf": "pypdf",
                    "pypdfium2": "pypdfium2", "PIL": "Pillow"}
REQUIRED_FONTS = ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                  "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"]


def check_tools() -> list[str]:
    """Everything the build needs; returns the problems found (empty when all is there)."""
    problems = []
    for module, package in REQUIRED_MODULES.items():
        try:
            __import__(module)
        except ImportError:
            problems.append(f"Python package '{package}' is not installed (pip install {package})")
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        problems.append("LibreOffice is not installed: 'soffice' is not on PATH "
                        "(apt-get install libreoffice-writer); it converts the DOCX documents to PDF")
    for font in REQUIRED_FONTS:
        if not Path(font).exists():
            problems.append(f"font file {font} is missing (apt-get install fonts-dejavu fonts-liberation)")
    return problems


def render_all(packets, work: Path) -> list[list[list]]:
    """The pages (pypdf page objects) of every document of every packet, in packet order.

    LibreOffice documents are converted one file each (as an applicant exports
    them); the reportlab documents of a packet are drawn in one PDF so that they
    share font subsets, which keeps the packets small; scans are separate images.
    """
    from builder.assemble import pages_of
    from builder.docx_producer import convert_all, to_docx
    from builder.rl_producer import render, render_together, use_slim_fonts
    from builder.scans import scan_pdf

    use_slim_fonts(work / "fonts")

    docx_dir, lo_pdf_dir = work / "docx", work / "lo-pdf"
    docx_dir.mkdir(parents=True, exist_ok=True)
    jobs = []                                     # (packet index, part index, docx path)
    for i, pk in enumerate(packets):
        for j, part in enumerate(pk.parts):
            if part.producer == "lo" and not part.scanned:
                path = docx_dir / f"{pk.programme}--{pk.name}--{j:02d}-{part.doc.type}.docx"
                path.write_bytes(to_docx(part.doc))
                jobs.append((i, j, path))
    print(f"converting {len(jobs)} DOCX files with LibreOffice ...", file=sys.stderr)
    convert_all([p for _, _, p in jobs], lo_pdf_dir, work / "lo-profile")
    lo_pdfs = {(i, j): (lo_pdf_dir / (p.stem + ".pdf")).read_bytes() for i, j, p in jobs}

    result = []
    for i, pk in enumerate(packets):
        pages: list[list] = [[] for _ in pk.parts]
        drawn = [j for j, part in enumerate(pk.parts) if (i, j) not in lo_pdfs and not part.scanned]
        for j, part in enumerate(pk.parts):
            if (i, j) in lo_pdfs:
                pages[j] = pages_of(lo_pdfs[(i, j)])
            elif part.scanned:
                seed = zlib.crc32(f"{pk.programme}/{pk.name}/{j}".encode())
                pages[j] = pages_of(scan_pdf(render(part.doc), seed))
        if drawn:
            counts = [len(pages_of(render(pk.parts[j].doc))) for j in drawn]
            together = pages_of(render_together([pk.parts[j].doc for j in drawn], counts))
            start = 0
            for j, n in zip(drawn, counts):
                pages[j] = together[start:start + n]
                start += n
        result.append(pages)
    return result


def readme(packets) -> str:
    lines = ["# Sample application packets",
             "",
             "Test data and ground truth for `esorcheck`. Each `<programme>/<name>.pdf` is one application "
             "packet (one PDF holding several documents); `<name>.truth.json` beside it gives the true document "
             "type of every page range, whether it is scanned, its language, the packet status and the finding "
             "codes a checker must report.",
             "",
             "All people, institutions, numbers and publications are invented. Rebuild with "
             "`python sample_packets/build.py` (needs reportlab, python-docx, pypdf, pypdfium2, Pillow and "
             "LibreOffice; the build is deterministic). Do not edit the PDFs by hand.",
             "",
             "| file | producer | status | expected findings | what it shows |",
             "|---|---|---|---|---|"]
    for pk in packets:
        findings = ", ".join(f"`{f}`" for f in pk.expected) or "–"
        lines.append(f"| `{pk.programme}/{pk.name}.pdf` | {pk.producer} | {pk.status} | {findings} | {pk.description} |")
    lines += ["", "Producers: *reportlab* = drawn directly with reportlab; *libreoffice* = written as DOCX with "
              "python-docx and converted by LibreOffice; *mixed* = documents from both, or scanned pages "
              "(image-only, no text layer) inside a packet.", ""]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep-work", action="store_true", help="keep the intermediate DOCX/PDF files in _work/")
    ap.add_argument("--check", action="store_true", help="only check the committed packets against their sidecars")
    args = ap.parse_args()

    if args.check:
        from builder.verify import check_all
        problems = check_all(HERE)
        for p in problems:
            print(p, file=sys.stderr)
        print(f"{len(list(HERE.glob('*/*.pdf')))} packets checked, {len(problems)} problems", file=sys.stderr)
        return 1 if problems else 0

    problems = check_tools()
    if problems:
        print("build.py: cannot build the sample packets:", file=sys.stderr)
        for p in problems:
            print(f"  - {p}", file=sys.stderr)
        print("Nothing was written.", file=sys.stderr)
        return 2

    from builder.assemble import merge, write
    from builder.packets import all_packets
    from builder.verify import check_all

    work = HERE / "_work"
    if work.exists():
        shutil.rmtree(work)
    staging = work / "out"
    packets = all_packets()
    try:
        rendered = render_all(packets, work)
        for pk, part_pages in zip(packets, rendered):
            data, sections = merge(pk, part_pages)
            write(pk, data, sections, staging)
    except Exception as exc:   # leave the committed packets untouched
        print(f"build.py: build failed, nothing was replaced: {exc}", file=sys.stderr)
        return 1
    problems = check_all(staging)
    if problems:
        print("build.py: the built packets do not match their truth files, nothing was replaced:", file=sys.stderr)
        for p in problems:
            print(f"  - {p}", file=sys.stderr)
        return 1

    # Everything built: replace the programme folders and the README in one go.
    for prog in sorted({pk.programme for pk in packets}):
        target = HERE / prog
        if target.exists():
            shutil.rmtree(target)
        shutil.move(str(staging / prog), str(target))
    (HERE / "README.md").write_text(readme(packets), encoding="utf-8")
    if not args.keep_work:
        shutil.rmtree(work)
    total = sum(f.stat().st_size for f in HERE.glob("*/*.pdf"))
    print(f"built {len(packets)} packets, {total / 1e6:.1f} MB of PDF", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
