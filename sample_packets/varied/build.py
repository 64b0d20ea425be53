#!/usr/bin/env python3
"""Build the VARIED application packets: documents of other makes, languages and shapes, with their truth.

Usage:  python sample_packets/varied/build.py [--only NAME] [--keep-work]

Each packet is written to ``sample_packets/varied/{dev,heldback}/<programme>/<name>.pdf`` with a
``<name>.truth.json`` in the format of ``sample_packets/`` plus ``classes`` (which recognition
problems it exercises) and, per section, ``acceptable_types`` / ``acceptable_languages`` where a
reviewer could fairly accept another answer. About one third of the packets of each class is held
back by a seeded draw (``SPLIT_SEED``); the draw is written to ``split.json`` and must not be changed
after tuning has begun.

Documents come from the builder's reportlab producer and, for what this set is about, from pandoc
(→ DOCX/ODT → LibreOffice, or → HTML → Chromium), groff -ms → ps2pdf, typst, fpdf2, python-docx with
the letterhead in the page header (→ LibreOffice), Chromium, and Pillow + img2pdf for scans and phone
photos. Needs: LibreOffice, Chromium, pandoc, groff, Ghostscript, the Noto/DejaVu/Liberation fonts,
and the Python packages reportlab, python-docx, pypdf, pypdfium2, Pillow, typst, fpdf2, img2pdf.

The build is deterministic for given tools and fonts: random choices are seeded by packet name, PDF
dates and file identifiers are fixed, and the embedded TrueType subsets lose their hinting and layout
tables (as in ``sample_packets/holdout``) to keep the whole set small.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import random
import shutil
import sys
import tempfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent
sys.path[:0] = [str(HERE), str(SAMPLES)]
sys.dont_write_bytecode = True

from pypdf import PdfReader, PdfWriter  # noqa: E402
from pypdf.generic import ArrayObject, ByteStringObject  # noqa: E402

from builder.docx_producer import convert_all, to_docx  # noqa: E402
from builder.rl_producer import render as reportlab_pdf, use_slim_fonts  # noqa: E402
from gen import paper, producers  # noqa: E402
from gen.catalogue import all_packets  # noqa: E402
from gen.model import CLASSES, Packet, Part  # noqa: E402

SPLIT_SEED = 20261205
HELD_BACK_SHARE = 1 / 3
FIXED_DATE = "D:20250110090000+01'00'"
LIBREOFFICE_MAKERS = {"libreoffice", "pandoc-docx", "pandoc-odt", "word-header"}
MAX_TOTAL_BYTES = 8_000_000


def _holdout_slim():
    """The held-out set's font slimmer (its package shares this one's name, so it is loaded from its file)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("holdout_slim", SAMPLES / "holdout" / "gen" / "slim.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.slim_pdf_fonts


slim_pdf_fonts = _holdout_slim()


def draw_split(packets: list[Packet]) -> dict[str, list[str]]:
    """Hold back about a third of each class, by a seeded draw over the packets whose first class it is."""
    rng = random.Random(SPLIT_SEED)
    held = []
    for cls in CLASSES:
        names = sorted(f"{p.programme}/{p.name}" for p in packets if p.classes[0] == cls)
        k = max(1, round(len(names) * HELD_BACK_SHARE)) if names else 0
        held += rng.sample(names, k)
    everyone = sorted(f"{p.programme}/{p.name}" for p in packets)
    return {"seed": SPLIT_SEED, "heldback": sorted(held), "dev": [n for n in everyone if n not in held]}


class Renderer:
    """Turns each part into PDF bytes; LibreOffice jobs are converted together, in one office run."""

    def __init__(self, work: Path):
        self.work = work
        self.lo_sources: dict[str, Path] = {}
        use_slim_fonts(work / "fonts")

    def lo_key(self, part: Part) -> str:
        return producers.digest(part.maker, repr(part.doc))

    def stage_libreoffice(self, parts: list[Part]) -> None:
        src = self.work / "lo-src"
        src.mkdir(parents=True, exist_ok=True)
        for part in parts:
            key = self.lo_key(part)
            if key in self.lo_sources:
                continue
            if part.maker == "libreoffice":
                path = src / f"{key}.docx"
                path.write_bytes(to_docx(part.doc))
            elif part.maker == "word-header":
                path = src / f"{key}.docx"
                path.write_bytes(producers.word_letter_docx(part.doc, closing_on_new_page=True))
            else:
                path = producers.pandoc_file(part.doc, "docx" if part.maker == "pandoc-docx" else "odt", src / key, key)
            self.lo_sources[key] = path
        paths = list(self.lo_sources.values())
        print(f"converting {len(paths)} Word/ODT files with LibreOffice ...", file=sys.stderr)
        convert_all(paths, self.work / "lo-pdf", self.work / "lo-profile")

    def text_pdf(self, part: Part) -> bytes:
        doc, maker = part.doc, part.maker
        if maker in LIBREOFFICE_MAKERS:
            return (self.work / "lo-pdf" / (self.lo_sources[self.lo_key(part)].stem + ".pdf")).read_bytes()
        if maker == "reportlab":
            return reportlab_pdf(doc)
        if maker == "chromium":
            return producers.chromium(producers.to_html(doc, part.extras))
        if maker == "pandoc-html":
            css = producers.to_html(doc).split("<style>")[1].split("</style>")[0]
            return producers.chromium(producers.pandoc_html(doc, css))
        if maker == "groff":
            return producers.groff_pdf(doc)
        if maker == "typst":
            return producers.typst_pdf(doc, part.extras)
        if maker == "fpdf2":
            return producers.fpdf2_pdf(doc)
        raise ValueError(f"unknown maker {maker}")

    def pdf(self, part: Part, seed: int) -> bytes:
        data = self.text_pdf(part)
        if part.paper == "scan":
            return paper.scanner_run(data, seed)
        if part.paper == "photo":
            return paper.phone_photos(data, seed)
        return data


def page_texts(data: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages]


def build_packet(pk: Packet, renderer: Renderer, out_dir: Path) -> tuple[dict, list[str]]:
    """Render, check and merge one packet; returns its truth and the problems found."""
    problems: list[str] = []
    rendered: list[bytes | None] = [None] * len(pk.parts)
    for i, part in enumerate(pk.parts):
        if not callable(part.doc):
            rendered[i] = renderer.pdf(part, zlib.crc32(f"{pk.programme}/{pk.name}/{i}".encode()))
    for i, part in enumerate(pk.parts):          # a table of contents names the pages of what follows it
        if callable(part.doc):
            counts = [len(PdfReader(io.BytesIO(r)).pages) for r in rendered if r is not None]
            starts, page = [], 2
            for n in counts:
                starts.append(str(page))
                page += n
            part.doc = part.doc(starts)
            rendered[i] = renderer.pdf(part, 0)
    writer = PdfWriter()
    sections = []
    for part, data in zip(pk.parts, rendered):
        reader = PdfReader(io.BytesIO(data))
        n = len(reader.pages)
        where = f"{pk.programme}/{pk.name}: {part.doc.name} ({part.maker})"
        if part.pages is not None and n != part.pages:
            problems.append(f"{where}: {n} pages, the packet expects {part.pages}")
        if not part.paper:
            texts = page_texts(data)
            for k, words in part.page_has.items():
                if k > n or words not in texts[k - 1]:
                    problems.append(f"{where}: {words!r} is not on page {k}")
            if not any(t.strip() for t in texts):
                problems.append(f"{where}: no text layer")
        first = len(writer.pages) + 1
        for page in reader.pages:
            writer.add_page(page)
        section = {"type": part.doc.type, "first_page": first, "last_page": first + n - 1,
                   "scanned": bool(part.paper), "language": part.doc.language}
        if part.acceptable_types:
            section["acceptable_types"] = [part.doc.type] + part.acceptable_types
        if part.acceptable_languages:
            section["acceptable_languages"] = [part.doc.language] + part.acceptable_languages
        section["producer"] = part.maker + (f"+{part.paper}" if part.paper else "")
        sections.append(section)
    slim_pdf_fonts(writer)
    writer.compress_identical_objects()
    writer.add_metadata({"/Producer": "pypdf", "/Creator": "PDF merge", "/CreationDate": FIXED_DATE, "/ModDate": FIXED_DATE})
    ident = hashlib.md5(f"varied/{pk.programme}/{pk.name}".encode()).digest()
    writer._ID = ArrayObject([ByteStringObject(ident), ByteStringObject(ident)])
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / f"{pk.name}.pdf", "wb") as handle:
        writer.write(handle)
    from builder.packets import WHEN
    truth = {"programme": pk.programme}
    if pk.track:
        truth["track"] = pk.track
    truth.update({"as_of": WHEN[pk.programme].isoformat(), "producer": "mixed" if len(pk.producers) > 1 else pk.producers[0],
                  "description": pk.description, "status": pk.status, "classes": pk.classes,
                  "sections": sections, "expected_findings": pk.expected})
    (out_dir / f"{pk.name}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return truth, problems


def readme(rows: list[tuple[str, Packet, dict]], split: dict) -> str:
    from collections import Counter
    lines = [
        "# Varied application packets",
        "",
        "Packets whose documents were made the ways applicants make them and the project's own samples do not:",
        "CVs that are not the ESOR template (free-form, two-column with a photo placeholder, Europass-like) in",
        "English, Chinese, Spanish, German, Italian, Polish and Portuguese; motivation letters and recommendations",
        "in thirteen languages; letters over two and three pages, scanned in one scanner run or photographed with a",
        "phone, with running headers, 'Page x of y' footers, or a Word letterhead repeated on a page holding only the",
        "closing; publication lists under other headings and in other citation shapes; certificates worded as",
        "letters 'To whom it may concern'; packets in the wrong order; cover sheets and tables of contents at the",
        "front; pages in Chinese or with Lorem-ipsum bodies.",
        "",
        "Each `<part>/<programme>/<name>.pdf` has a `<name>.truth.json` in the format of `sample_packets/` (type,",
        "pages, scanned, language of every section; status; expected findings) plus `classes`, the recognition",
        "problems the packet exercises, and per section `producer` and, where a reviewer could fairly accept another",
        "answer, `acceptable_types` / `acceptable_languages`. Section languages are ISO 639-1, `la` for Lorem ipsum.",
        "",
        "**Held back.** `heldback/` holds about a third of the packets of every class, drawn with the seed in",
        "`split.json`. Do not open, print, check or score the held-back packets while tuning the splitter: measure",
        "on `dev/`, and run `heldback/` only to report a result. Do not redraw the split.",
        "",
        "All people, institutions, numbers and publications are invented; the applicants, referees and standard",
        "documents are those of `sample_packets/builder/`, so each applicant is eligible for the call on its",
        "application date (`as_of`) and the listed findings are the only ones a careful clerk would raise.",
        "Rebuild with `python sample_packets/varied/build.py` (deterministic; needs LibreOffice, Chromium, pandoc,",
        "groff, Ghostscript, the Noto, DejaVu and Liberation fonts, and the Python packages reportlab, python-docx,",
        "pypdf, pypdfium2, Pillow, and the build-only tools typst, fpdf2 and img2pdf: `pip install typst fpdf2 img2pdf`).",
        "",
        "Score the splitter with `python tools/score_split.py [samples|holdout|varied-dev|varied-heldback|real]`",
        "(per set and per class). The `real` set merges the shared real corpus (real LaTeX CVs, letters, passport",
        "scans) with generated packets at test time (`tests/realpackets.py`); those files are never copied here.",
        "",
        "Classes: `cv-any-make` (CVs of any make are one `cv` across all their pages), `letter-any-language`",
        "(motivation vs recommendation by form and speaker, in any language), `language-every-section`,",
        "`multi-page` (multi-page documents stay whole), `publication-shape` (lists recognised by entry shape),",
        "`content-over-order` (content beats the order prior), `cover-page` (cover sheets and contents pages).",
        "",
        "| part | file | track | pages | classes | producers | status | expected findings | what it shows |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for part, pk, truth in rows:
        pages = truth["sections"][-1]["last_page"]
        findings = ", ".join(f"`{c}`" for c in pk.expected) or "–"
        lines.append(f"| {part} | `{pk.programme}/{pk.name}.pdf` | {pk.track or '–'} | {pages} | {', '.join(pk.classes)} | "
                     f"{', '.join(pk.producers)} | {pk.status} | {findings} | {pk.description} |")
    per_class = Counter(c for _, pk, _ in rows for c in pk.classes)
    held = Counter(c for part, pk, _ in rows if part == "heldback" for c in pk.classes)
    lines += ["", "| class | packets | held back |", "|---|---|---|"]
    lines += [f"| {c} | {per_class[c]} | {held[c]} |" for c in CLASSES]
    lines += ["", "## Baseline", "", "BASELINE", ""]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="build only this packet (programme/name)")
    ap.add_argument("--keep-work", action="store_true")
    args = ap.parse_args()

    packets = all_packets()
    names = [f"{p.programme}/{p.name}" for p in packets]
    if len(set(names)) != len(names):
        raise SystemExit("two packets share a name")
    split = draw_split(packets)
    held = set(split["heldback"])
    chosen = [p for p in packets if not args.only or f"{p.programme}/{p.name}" == args.only]
    work = Path(tempfile.mkdtemp(prefix="varied-build-"))
    staging = work / "out"
    try:
        renderer = Renderer(work)
        renderer.stage_libreoffice([part for p in chosen for part in p.parts
                                    if part.maker in LIBREOFFICE_MAKERS and not callable(part.doc)])
        rows, problems = [], []
        for pk in chosen:
            part = "heldback" if f"{pk.programme}/{pk.name}" in held else "dev"
            truth, found = build_packet(pk, renderer, staging / part / pk.programme)
            problems += found
            rows.append((part, pk, truth))
            size = (staging / part / pk.programme / f"{pk.name}.pdf").stat().st_size
            print(f"{part}/{pk.programme}/{pk.name}.pdf: {truth['sections'][-1]['last_page']} pages, {size // 1024} KB",
                  file=sys.stderr)
        if problems:
            print("\n".join(problems), file=sys.stderr)
            print("build.py: nothing was replaced", file=sys.stderr)
            return 1
        total = sum(f.stat().st_size for f in staging.rglob("*.pdf"))
        if not args.only:
            if total > MAX_TOTAL_BYTES:
                print(f"build.py: {total} bytes of PDF, over the {MAX_TOTAL_BYTES} the set may take", file=sys.stderr)
                return 1
            for part in ("dev", "heldback"):
                shutil.rmtree(HERE / part, ignore_errors=True)
                shutil.move(str(staging / part), str(HERE / part))
            (HERE / "split.json").write_text(json.dumps(split, indent=2) + "\n", encoding="utf-8")
            old = (HERE / "README.md").read_text(encoding="utf-8") if (HERE / "README.md").exists() else ""
            text = readme(rows, split)
            if "## Baseline" in old:          # the measured figures are kept across rebuilds
                text = text.split("## Baseline")[0] + "## Baseline" + old.split("## Baseline", 1)[1]
            (HERE / "README.md").write_text(text, encoding="utf-8")
        else:
            for pdf in staging.rglob("*"):
                if pdf.is_file():
                    target = HERE / pdf.relative_to(staging)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy(pdf, target)
        print(f"built {len(rows)} packets, {total / 1e6:.2f} MB of PDF", file=sys.stderr)
        return 0
    finally:
        if args.keep_work:
            print(f"work files kept in {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
