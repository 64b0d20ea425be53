"""Small JPEG pictures of a packet's pages, for the HTML report: rendered by pdfium, encoded by Pillow.

A thumbnail shows which page a finding means; it is not for reading. At 160 px
wide and JPEG quality 55 a text page costs a few KB, a photographed page a
dozen, which keeps a 30-page report near half a megabyte.
"""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pypdfium2 as pdfium

WIDTH = 160  # pixels
QUALITY = 55  # JPEG quality: text stays recognisable as text, photos as photos
MAX_HEIGHT_RATIO = 4  # a strip of a page (1 pt wide, metres tall) is drawn at most four widths tall


def page_thumbnails(path: Path, width: int = WIDTH) -> dict[int, str]:
    """Page number (1-based) → a ``data:image/jpeg;base64,…`` URI; empty when pdfium cannot open the file
    (damaged, encrypted): the report then shows page numbers without pictures."""
    try:
        document = pdfium.PdfDocument(path)
    except (pdfium.PdfiumError, OSError):
        return {}
    try:
        thumbnails = {}
        for index in range(len(document)):
            try:
                thumbnails[index + 1] = _data_uri(_jpeg(document, index, width))
            except pdfium.PdfiumError:
                continue
        return thumbnails
    finally:
        document.close()


def _jpeg(document: pdfium.PdfDocument, index: int, width: int) -> bytes:
    page = document[index]
    try:
        shown_width, shown_height = page.get_size()  # the page as shown, after its /Rotate
        scale = min(width / max(shown_width, 1.0), width * MAX_HEIGHT_RATIO / max(shown_height, 1.0))
        # unsmoothed images: a scan draws in about half the time, and at 160 px the difference does not show
        bitmap = page.render(scale=scale, no_smoothimage=True)
        try:
            picture = bitmap.to_pil().convert("RGB")
        finally:
            bitmap.close()
    finally:
        page.close()
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=QUALITY, optimize=True)
    return out.getvalue()


def _data_uri(jpeg: bytes) -> str:
    return "data:image/jpeg;base64," + base64.b64encode(jpeg).decode("ascii")
