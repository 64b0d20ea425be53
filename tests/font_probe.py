"""What pdfium reads and draws on a PDF's first page, printed as JSON, for tests/test_fonts.py.

A script, run in a fresh process because pdfium's font info is process-wide
and a test may want the machine's fonts (``--machine-fonts``: pdfium's default
font info, the state before esorcheck.pdf.fonts) or hide the font folders
from the process first:

    python tests/font_probe.py PDF [--machine-fonts]
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import sys

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from esorcheck.pdf import fonts

RENDER_SCALE = 3


def char_boxes(textpage: pdfium.PdfTextPage) -> list[list]:
    """Each character with its glyph box (left, right, bottom, top), as pdfium reports it."""
    boxes = []
    for index in range(textpage.count_chars()):
        left, right, bottom, top = (ctypes.c_double() for _ in range(4))
        pdfium_c.FPDFText_GetCharBox(textpage.raw, index, left, right, bottom, top)
        char = chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, index))
        boxes.append([char, left.value, right.value, bottom.value, top.value])
    return boxes


def probe(path: str) -> dict:
    document = pdfium.PdfDocument(path)
    page = document[0]
    textpage = page.get_textpage()
    pixels = page.render(scale=RENDER_SCALE, grayscale=True).to_pil().tobytes()
    return {
        "text": textpage.get_text_range(),
        "chars": char_boxes(textpage),
        "render_sha256": hashlib.sha256(pixels).hexdigest(),
        "font_requests": [[face, charset, served] for (face, charset), served in fonts.font_requests().items()],
    }


def main(argv: list[str]) -> int:
    if "--machine-fonts" not in argv:
        fonts.use_bundled_fonts()
    print(json.dumps(probe(argv[0])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
