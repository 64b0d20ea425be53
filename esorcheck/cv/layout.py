"""Text segments with their place on the page, for pairing a form's labels with values.

``pages.Page`` keeps lines only; a form needs more: where each piece of text
sits, so that a label is paired with the value in the next table cell, and a
wrapped label is told from a wrapped value. Segments are text runs built from
pdfium's characters by geometry: characters on one baseline with no gap wider
than a word space make one segment (a table cell's line, a label, a value),
whatever pieces the producer cut the text into (Chromium writes every glyph
apart). They come in the order the producer wrote them, which for Word,
LibreOffice, reportlab and Chromium is reading order: label, then its value,
then the next label. At a few milliseconds a page this costs far less than
pdfplumber's word geometry (~0.12 s a page), which it makes unnecessary.
"""

from __future__ import annotations

import ctypes
import math
import statistics
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from esorcheck.pages import _font_is_bold

# A path with a curve or this many segments is a drawing (a signature), not a rule or a cell.
DRAWING_MIN_SEGMENTS = 8
DRAWING_MIN_SIZE = 6.0  # points, both ways: rules and underlines are thinner
TOUCHING = 0.2  # a gap under this share of the line height is no space
# Characters make one segment (a text run) when they share a baseline and stand close, in font sizes (em):
RUN_GAP = 0.85  # a word space is at most 0.6 (monospace); table cells and tab stops stand 1.1 and more apart
RUN_BASELINE = 0.25  # further apart is another line (or a superscript)
RUN_BACKSTEP = 0.5  # kerning and italics may step back a little; more is a new line or overprinted text
NO_EXTENT = 0.01  # points: a character box narrower or lower than this draws nothing


@dataclass(frozen=True)
class Segment:
    page: int  # 1-based
    index: int  # position in the producer's order on its page
    text: str
    x0: float  # points from the page's left edge
    x1: float
    top: float  # points from the page's top edge
    bottom: float
    bold: bool = False
    size: float = 0.0

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)

    def same_row(self, other: Segment) -> bool:
        """Vertically overlapping by half the smaller height: one line of the page."""
        if self.page != other.page:
            return False
        overlap = min(self.bottom, other.bottom) - max(self.top, other.top)
        return overlap >= 0.5 * min(self.height, other.height)


@dataclass(frozen=True)
class Box:
    """An image or a drawing on the page (signature, stamp), in the same coordinates."""

    page: int
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass
class Layout:
    segments: list[Segment]  # pages in order, each page in the producer's order
    boxes: list[Box]
    body_size: float
    page_width: dict[int, float]
    page_height: dict[int, float]

    @property
    def pages(self) -> list[int]:
        return sorted(self.page_width)


def _is_drawing(obj: pdfium.PdfObject) -> bool:
    if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
        return True
    count = pdfium_c.FPDFPath_CountSegments(obj.raw)
    if count >= DRAWING_MIN_SEGMENTS:
        return True
    return any(
        pdfium_c.FPDFPathSegment_GetType(pdfium_c.FPDFPath_GetPathSegment(obj.raw, i)) == pdfium_c.FPDF_SEGMENT_BEZIERTO
        for i in range(max(count, 0))
    )


def _boxes(page: pdfium.PdfPage, number: int, height: float) -> list[Box]:
    boxes = []
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_PATH), max_depth=4):
        left, bottom, right, top = obj.get_bounds()
        if right - left < DRAWING_MIN_SIZE or top - bottom < DRAWING_MIN_SIZE or not _is_drawing(obj):
            continue
        boxes.append(Box(number, left, right, height - top, height - bottom))
    return boxes


def _page_text(textpage: pdfium.PdfTextPage) -> str:
    """One character per entry of pdfium's character list, the spaces and line breaks pdfium adds included."""
    count = textpage.count_chars()
    text = textpage.get_text_range()
    if len(text) != count:  # a character outside the BMP, or one pdfium's text leaves out: ask one by one
        codes = (pdfium_c.FPDFText_GetUnicode(textpage.raw, i) for i in range(count))
        text = "".join(chr(code) if 0 < code < 0x110000 else " " for code in codes)
    return text


def _em(raw, index: int, matrix: pdfium_c.FS_MATRIX) -> float:
    """The character's font size on the page (its font size scaled by the text and page matrices)."""
    size = pdfium_c.FPDFText_GetFontSize(raw, index)
    if pdfium_c.FPDFText_GetMatrix(raw, index, matrix):
        size *= math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c))
    return size


def _segments(textpage: pdfium.PdfTextPage, number: int, height: float) -> list[Segment]:
    """The page's text runs: characters in the producer's order, on one baseline, without a wide gap between them.

    Assembled from characters rather than from pdfium's text rectangles (one
    per text object), since producers differ in how they cut text into
    objects: a whole line (Word, LibreOffice, reportlab) or every glyph
    (Chromium). A gap is measured between advance boxes, so a word space is
    about a third of the font size, or 0.6 in a monospace font, and a table's
    cells or a tab stop stand further apart.
    """
    raw = textpage.raw
    text = _page_text(textpage)
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    loose, matrix = pdfium_c.FS_RECTF(), pdfium_c.FS_MATRIX()
    runs: list[list] = []  # [first, last, x0, x1, bottom, top, baseline, em, advance end, loose height]
    run: list | None = None
    for i, char in enumerate(text):
        if char.isspace() or not pdfium_c.FPDFText_GetCharBox(raw, i, left, right, bottom, top):
            continue
        x0, x1, y0, y1 = left.value, right.value, bottom.value, top.value
        if x1 - x0 < NO_EXTENT or y1 - y0 < NO_EXTENT:  # nothing drawn: its text goes with the run around it
            continue
        pdfium_c.FPDFText_GetLooseCharBox(raw, i, loose)
        pdfium_c.FPDFText_GetCharOrigin(raw, i, origin_x, origin_y)
        if run is not None:
            em, gap = run[7], loose.left - run[8]
            if abs(origin_y.value - run[6]) <= RUN_BASELINE * em and -RUN_BACKSTEP * em <= gap <= RUN_GAP * em:
                run[1] = i
                run[2], run[3] = min(run[2], x0), max(run[3], x1)
                run[4], run[5] = min(run[4], y0), max(run[5], y1)
                run[8] = max(run[8], loose.right)
                continue
        em = _em(raw, i, matrix) or y1 - y0
        run = [i, i, x0, x1, y0, y1, origin_y.value, em, loose.right, loose.top - loose.bottom]
        runs.append(run)
    found = []
    for first, last, x0, x1, y0, y1, _, _, _, size in runs:
        words = " ".join(text[first : last + 1].split())
        if words:
            bold = _font_is_bold(raw, first)
            found.append(Segment(number, len(found), words, x0, x1, height - y1, height - y0, bold, round(size, 1)))
    return found


def read_layout(document: pdfium.PdfDocument, page_numbers: list[int]) -> Layout:
    """The segments and drawings of the given pages (1-based) of an open document."""
    segments: list[Segment] = []
    boxes: list[Box] = []
    widths: dict[int, float] = {}
    heights: dict[int, float] = {}
    for number in page_numbers:
        try:
            page = document[number - 1]
        except pdfium.PdfiumError:
            continue
        try:
            width, height = page.get_size()
            widths[number], heights[number] = width, height
            textpage = page.get_textpage()
            try:
                segments += _segments(textpage, number, height)
            finally:
                textpage.close()
            boxes += _boxes(page, number, height)
        finally:
            page.close()
    sizes = [s.size for s in segments for _ in s.text if s.size > 0]
    return Layout(segments, boxes, statistics.median(sizes) if sizes else 0.0, widths, heights)


def join_text(segments: list[Segment]) -> str:
    """The segments' text; pieces that touch on one line (a font change: "Wang (" "王" ")") join without a space."""
    text, previous = "", None
    for seg in segments:
        touching = previous is not None and seg.same_row(previous) and 0 <= seg.x0 - previous.x1 < TOUCHING * seg.height
        text = f"{text}{seg.text}" if touching else f"{text} {seg.text}".strip()
        previous = seg
    return text


def reading_order(segments: list[Segment]) -> list[Segment]:
    """The segments by position (rows top to bottom, left to right), for producers that write out of order."""
    ordered: list[Segment] = []
    for page in sorted({s.page for s in segments}):
        rows: list[list[Segment]] = []
        for seg in sorted((s for s in segments if s.page == page), key=lambda s: (s.top, s.x0)):
            if rows and seg.same_row(rows[-1][0]):
                rows[-1].append(seg)
            else:
                rows.append([seg])
        for row in rows:
            ordered += sorted(row, key=lambda s: s.x0)
    return ordered


def rows_of(segments: list[Segment]) -> list[list[Segment]]:
    """Segments grouped into lines of the page, keeping the given order inside each line."""
    rows: list[list[Segment]] = []
    for seg in segments:
        row = next((r for r in reversed(rows[-4:]) if r[0].same_row(seg)), None)
        if row is None:
            rows.append([seg])
        else:
            row.append(seg)
    return rows
