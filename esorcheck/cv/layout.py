"""Text segments with their place on the page, for pairing a form's labels with values.

``pages.Page`` keeps lines only; a form needs more: where each piece of text
sits, so that a label is paired with the value in the next table cell, and a
wrapped label is told from a wrapped value. pdfium's text rectangles give
exactly that, one per run of text on a line (a table cell's line, a label, a
value), in the order the producer wrote them, which for Word, LibreOffice and
reportlab is reading order: label, then its value, then the next label. At
about a millisecond a page this costs far less than pdfplumber's word
geometry (~0.12 s a page), which it makes unnecessary.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from esorcheck.pages import _font_is_bold

# A path with a curve or this many segments is a drawing (a signature), not a rule or a cell.
DRAWING_MIN_SEGMENTS = 8
DRAWING_MIN_SIZE = 6.0
TOUCHING = 0.2  # a gap under this share of the line height is no space  # points, both ways: rules and underlines are thinner


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


def _segments(textpage: pdfium.PdfTextPage, number: int, height: float) -> list[Segment]:
    found = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = " ".join(textpage.get_text_bounded(left, bottom, right, top).split())
        if not text:
            continue
        bold, size = False, top - bottom
        char = textpage.get_index(left + 1, (top + bottom) / 2, 2, 2)
        if char is not None and char >= 0:
            bold = _font_is_bold(textpage.raw, char)
            box = pdfium_c.FS_RECTF()
            if pdfium_c.FPDFText_GetLooseCharBox(textpage.raw, char, box):
                size = box.top - box.bottom
        found.append(Segment(number, len(found), text, left, right, height - top, height - bottom, bold, round(size, 1)))
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
