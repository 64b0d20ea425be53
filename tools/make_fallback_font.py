"""Build esorcheck/pdf/fallback-box.ttf, the font pdfium gets for non-embedded CJK fonts.

pdfium drops a text object whose box has no width, and a lone character of a
non-embedded CJK font has none when the substitute font lacks its glyph. The
checker therefore hands pdfium this font instead of whatever the machine has:
every Unicode code point maps (two cmap format 13 groups, the surrogates left
out) to one hollow box one em wide, so each character gets the same non-zero
box on every machine. The file stays under 2 KB.

A development tool: needs fontTools (``pip install -e .[build-font]``), which
the checker itself does not. The output is byte-for-byte reproducible; run

    python tools/make_fallback_font.py

and commit the .ttf if it changed.
"""

from __future__ import annotations

import sys
from io import BytesIO
from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import newTable
from fontTools.ttLib.tables._c_m_a_p import cmap_format_13

OUTPUT = Path(__file__).resolve().parent.parent / "esorcheck" / "pdf" / "fallback-box.ttf"

FAMILY = "Fallback Box"
POSTSCRIPT_NAME = "FallbackBox-Regular"
VERSION = "Version 1.000"
COPYRIGHT = "Copyright (c) the esorcheck authors; drawn by tools/make_fallback_font.py."
LICENCE = "MIT licence, as esorcheck. Our own work: one box glyph, no outlines taken from any other font."
LICENCE_URL = "https://opensource.org/licenses/MIT"

UNITS_PER_EM = 1000
ADVANCE = 1000  # one ideographic em, the width CJK fonts give their characters
# The ideographic em box (Adobe's CJK convention: 880 above the baseline, 120 below),
# with the box drawn inside it like the characters of a CJK font.
ASCENT, DESCENT = 880, -120
BOX = (100, -50, 900, 750)  # left, bottom, right, top
STROKE = 60

# Every code point but the surrogates, which never stand for characters.
MAPPED_RANGES = ((0x0000, 0xD7FF), (0xE000, 0x10FFFF))
FIXED_TIMESTAMP = 0x7C259DC0  # head.created/modified, seconds since 1904: 2024-01-01, so rebuilds are identical


def _box_glyph():
    left, bottom, right, top = BOX
    pen = TTGlyphPen(None)
    pen.moveTo((left, bottom))  # outer contour, clockwise (TrueType fills clockwise)
    pen.lineTo((left, top))
    pen.lineTo((right, top))
    pen.lineTo((right, bottom))
    pen.closePath()
    inset = (left + STROKE, bottom + STROKE, right - STROKE, top - STROKE)
    pen.moveTo((inset[0], inset[1]))  # inner contour, counter-clockwise: the hole
    pen.lineTo((inset[2], inset[1]))
    pen.lineTo((inset[2], inset[3]))
    pen.lineTo((inset[0], inset[3]))
    pen.closePath()
    return pen.glyph()


def _many_to_one_cmap(glyph_name: str):
    """A (3,10) format 13 subtable: each range maps to one glyph, so the table is a few groups, not a million entries."""
    subtable = cmap_format_13(13)
    subtable.platformID, subtable.platEncID, subtable.language = 3, 10, 0
    subtable.cmap = {}
    for first, last in MAPPED_RANGES:
        subtable.cmap.update(dict.fromkeys(range(first, last + 1), glyph_name))
    table = newTable("cmap")
    table.tableVersion = 0
    table.tables = [subtable]
    return table


def build() -> bytes:
    builder = FontBuilder(UNITS_PER_EM, isTTF=True)
    glyph_order = [".notdef", "box"]
    builder.setupGlyphOrder(glyph_order)
    builder.setupGlyf({name: _box_glyph() for name in glyph_order})
    builder.font["cmap"] = _many_to_one_cmap("box")
    builder.setupHorizontalMetrics({name: (ADVANCE, BOX[0]) for name in glyph_order})
    builder.setupHorizontalHeader(ascent=ASCENT, descent=DESCENT)
    builder.setupNameTable({
        "copyright": COPYRIGHT,
        "familyName": FAMILY,
        "styleName": "Regular",
        "uniqueFontIdentifier": f"{POSTSCRIPT_NAME};{VERSION}",
        "fullName": f"{FAMILY} Regular",
        "version": VERSION,
        "psName": POSTSCRIPT_NAME,
        "licenseDescription": LICENCE,
        "licenseInfoURL": LICENCE_URL,
    })
    builder.setupOS2(
        sTypoAscender=ASCENT, sTypoDescender=DESCENT, sTypoLineGap=0,
        usWinAscent=ASCENT, usWinDescent=-DESCENT,
        achVendID="NONE", fsType=0,  # installable: no embedding restrictions
        usFirstCharIndex=0, usLastCharIndex=0xFFFF,
    )
    builder.setupPost()
    builder.font["head"].created = builder.font["head"].modified = FIXED_TIMESTAMP
    builder.font["head"].fontRevision = 1.0
    out = BytesIO()
    builder.font.recalcTimestamp = False
    builder.save(out)
    return out.getvalue()


def main() -> int:
    data = build()
    changed = not OUTPUT.exists() or OUTPUT.read_bytes() != data
    if changed:
        OUTPUT.write_bytes(data)
    print(f"{OUTPUT.relative_to(Path.cwd()) if OUTPUT.is_relative_to(Path.cwd()) else OUTPUT}: "
          f"{len(data)} bytes{'' if changed else ' (unchanged)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
