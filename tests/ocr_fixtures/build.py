#!/usr/bin/env python3
"""Build the OCR test packets: complete packets whose passport, certificates and a letter are scans.

Usage:  python tests/ocr_fixtures/build.py

Reuses the sample-packet builder (sample_packets/builder: documents, people,
reportlab producer, scans.py's grey, noisy, tilted rasterisation, the MRZ
maker) without changing it, and writes beside this script, for each packet:

- ``<name>.pdf``: the packet (reportlab text pages and image-only scans);
- ``<name>.truth.json``: its ground truth, in the format of sample_packets/;
- ``<name>.words.json``: the words each scanned page held before it was
  scanned (from its text layer), to measure OCR word accuracy;

and ``cv-scanned.pdf`` (+ ``.words.json``): an ESOR CV alone, every page a scan,
for ``esorcheck cv``.

Not built here: ``garbled-text-layer.pdf``, the first page of an ESOR CV printed
by Chromium and then through PostScript by Ghostscript (``pdf2ps``, ``ps2pdf``),
whose text layer maps every glyph to a dingbat ("✁✂✄ ☎✆✄✄✝☎✆✞✆✟").

The build is deterministic (fixed seeds, invariant PDFs). Needs what
sample_packets/build.py needs (reportlab, pypdf, pypdfium2, Pillow; LibreOffice
on PATH, though these packets have no LibreOffice document); the tests only
read the files it wrote.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import shutil
import sys
import tempfile
import zlib
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "sample_packets"))

PROGRAMME = "icm-oncologic-imaging"
WHEN = date(2023, 1, 30)  # the ICM call closes on 2023-02-15
MEMBERSHIP_YEAR = 2023
WORD = re.compile(r"[^\W_]+|<+", re.UNICODE)


def _ctx(name: str):
    from builder import documents as D

    return D.Ctx(PROGRAMME, WHEN, random.Random(zlib.crc32(f"ocr-fixtures/{name}".encode())))


def _icm_parts(a, c, board: str, lang: str, scanned: set[str], passport=None):
    """The ICM call's documents in its order, the ``scanned`` ones as scans."""
    from builder import documents as D
    from builder.assemble import Part

    docs = [
        ("motivation", D.motivation(a, c)),
        ("cv", D.cv(a, c)),
        ("rec0", D.recommendation(a, a.referees[0], c, voice=0)),
        ("rec1", D.recommendation(a, a.referees[1], c, voice=3)),
        ("board", D.board_certificate(a, c, board)),
        ("lang", D.language_certificate(a, c, lang)),
        ("pubs", D.publication_list(a, c)),
        ("refs", D.reference_list(a, c)),
        ("membership", D.membership_proof(a, c, year=MEMBERSHIP_YEAR)),
        ("passport", passport or D.passport_copy(a, c, heading=False)),
    ]
    return [Part(doc, "rl", scanned=key in scanned) for key, doc in docs]


def _broken_passport(a, c):
    """The passport page with the check digit of the date of birth wrong (line 2, position 20)."""
    from builder import documents as D
    from builder.model import Drawing

    doc = D.passport_copy(a, c, heading=False)
    drawing = next(b for b in doc.blocks if isinstance(b, Drawing))
    line1, line2 = drawing.data["mrz"]
    wrong = str((int(line2[19]) + 3) % 10)
    drawing.data["mrz"] = [line1, line2[:19] + wrong + line2[20:]]
    return doc


def packets():
    from builder import people as P
    from builder.assemble import Packet

    c = _ctx("complete-scanned")
    yield Packet(
        PROGRAMME, "complete-scanned",
        "Complete ICM packet whose board certificate, language certificate, second recommendation letter and "
        "passport are scans (the passport's MRZ is valid); the rest is reportlab text.",
        "complete", ["pdf.scanned_pages"],
        _icm_parts(P.NUNEZ, c, "es", "toefl", {"board", "lang", "rec1", "passport"}), WHEN,
    )
    c = _ctx("passport-bad-check-digit")
    yield Packet(
        PROGRAMME, "passport-bad-check-digit",
        "Complete ICM packet whose scanned passport has a wrong check digit for the date of birth in its MRZ.",
        "incomplete", ["pdf.scanned_pages", "passport.mrz_invalid"],
        _icm_parts(P.MUELLER, c, "de", "ielts", {"passport"}, passport=_broken_passport(P.MUELLER, c)), WHEN,
    )


def _text_words(pdf: bytes) -> list[list[str]]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        pages = []
        for i in range(len(document)):
            textpage = document[i].get_textpage()
            pages.append(WORD.findall(textpage.get_text_range()))
            textpage.close()
        return pages
    finally:
        document.close()


def _sample_build():
    """sample_packets/build.py as a module (its render_all draws, converts and scans a packet's documents)."""
    spec = importlib.util.spec_from_file_location("sample_packets_build", ROOT / "sample_packets" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(packet, work: Path) -> None:
    from builder.assemble import merge, truth
    from builder.rl_producer import render

    pages = _sample_build().render_all([packet], work)[0]
    words = {j: _text_words(render(part.doc)) for j, part in enumerate(packet.parts) if part.scanned}
    data, sections = merge(packet, pages)
    by_page = {}
    for j, section in enumerate(sections):
        for k, page_words in enumerate(words.get(j, [])):
            by_page[str(section["first_page"] + k)] = page_words
    (HERE / f"{packet.name}.pdf").write_bytes(data)
    (HERE / f"{packet.name}.truth.json").write_text(json.dumps(truth(packet, sections), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / f"{packet.name}.words.json").write_text(json.dumps(by_page, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{packet.name}.pdf: {len(data) / 1e6:.2f} MB, scanned pages {sorted(by_page, key=int)}", file=sys.stderr)


def build_cv() -> None:
    """The ESOR CV of one applicant, alone and scanned."""
    from builder import documents as D
    from builder import people as P
    from builder.rl_producer import render
    from builder.scans import scan_pdf

    original = render(D.cv(P.ZIELINSKA, _ctx("cv-scanned")))
    data = scan_pdf(original, zlib.crc32(b"cv-scanned"))
    words = {str(n): page for n, page in enumerate(_text_words(original), start=1)}
    (HERE / "cv-scanned.pdf").write_bytes(data)
    (HERE / "cv-scanned.words.json").write_text(json.dumps(words, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"cv-scanned.pdf: {len(data) / 1e6:.2f} MB, scanned pages {sorted(words, key=int)}", file=sys.stderr)


def main() -> int:
    from builder.rl_producer import use_slim_fonts

    work = Path(tempfile.mkdtemp(prefix="esorcheck-ocr-fixtures-"))
    try:
        use_slim_fonts(work / "fonts")  # render_all does the same for the packets; build_cv needs it too
        for packet in packets():
            build(packet, work)
        build_cv()
    finally:
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
