"""Where things sit on a page: text segments built from characters, and the images and drawings.

The splitter needs lines; a form needs more: where each piece of text
sits, so that a label is paired with the value in the next table cell, and a
wrapped label is told from a wrapped value; a letter's signature needs the
drawings near its last lines. Segments are text runs built from
pdfium's characters by geometry: characters on one baseline with no gap wider
than a word space make one segment (a table cell's line, a label, a value),
whatever pieces the producer cut the text into (Chromium writes every glyph
apart). They come in the order the producer wrote them, which for Word,
LibreOffice, reportlab and Chromium is reading order: label, then its value,
then the next label. At a few milliseconds a page this costs far less than
pdfplumber's word geometry (~0.12 s a page), which it makes unnecessary.
``pages.read_page`` calls these readers once per page, in the same pass as
its lines.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Sequence
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

# A path with a curve or this many segments is a drawing (a signature), not a rule or a cell.
DRAWING_MIN_SEGMENTS = 8
DRAWING_MIN_SIZE = 6.0  # points, both ways: rules and underlines are thinner
_DRAWN = (pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_PATH)
FORM_MAX_DEPTH = 4  # Form XObjects nested deeper are not looked into
TOUCHING = 0.2  # a gap under this share of the line height is no space
# Characters make one segment (a text run) when they share a baseline and stand close, in font sizes (em):
RUN_GAP = 0.85  # a word space is at most 0.6 (monospace); table cells and tab stops stand 1.1 and more apart
RUN_LINE = (0.35, 0.85)  # a character's ink centre below / above the baseline: on the line (",", "_", "’", "²")
RUN_BACKSTEP = 0.5  # kerning and italics may step back a little; more is a new line or overprinted text
NO_EXTENT = 0.01  # points: a character box narrower or lower than this draws nothing
TURNED = 0.01  # sine of the angle beyond which text is turned on the page
TURNED_LINE = 0.25  # em: turned text further off the run's baseline is another line


# pdfium reports weights on the CSS scale; 600 and above reads as bold.
BOLD_WEIGHT = 600


def font_is_bold(textpage, index: int) -> bool:
    """Whether the character at ``index`` is set in a bold font (by weight, else by the font's name)."""
    weight = pdfium_c.FPDFText_GetFontWeight(textpage, index)
    if weight >= BOLD_WEIGHT:
        return True
    if weight > 0:
        return False
    flags = ctypes.c_int()
    size = pdfium_c.FPDFText_GetFontInfo(textpage, index, None, 0, ctypes.byref(flags))
    if size <= 0 or size > 512:
        return False
    buffer = ctypes.create_string_buffer(size)
    pdfium_c.FPDFText_GetFontInfo(textpage, index, buffer, size, ctypes.byref(flags))
    name = buffer.value.decode("latin-1", "replace").lower()
    return "bold" in name or "black" in name or "heavy" in name


@dataclass(frozen=True)
class Segment:
    """A run of text on a page with its box and font, as the CV and signature readers see it."""
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
    """The segments of a document's pages with the boxes around them and its body text size."""
    segments: list[Segment]  # pages in order, each page in the producer's order
    boxes: list[Box]
    body_size: float
    page_width: dict[int, float]
    page_height: dict[int, float]

    @property
    def pages(self) -> list[int]:
        return sorted(self.page_width)


def _is_drawing(obj, kind: int) -> bool:
    if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
        return True
    count = pdfium_c.FPDFPath_CountSegments(obj)
    if count >= DRAWING_MIN_SEGMENTS:
        return True
    return any(
        pdfium_c.FPDFPathSegment_GetType(pdfium_c.FPDFPath_GetPathSegment(obj, i)) == pdfium_c.FPDF_SEGMENT_BEZIERTO
        for i in range(max(count, 0))
    )


def _images_and_paths(parent, form: bool = False, level: int = 0):
    """(raw object, type) of the images and paths on a page, inside Form XObjects too.

    Read through pdfium's raw calls: a page printed by Chromium holds a text
    object per glyph, and wrapping each in a ``PdfObject`` only to skip it
    would cost more than reading the whole page's text.
    """
    count, get = (
        (pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject)
        if form
        else (pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject)
    )
    for i in range(max(count(parent), 0)):
        obj = get(parent, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj) if obj else None
        if kind in _DRAWN:
            yield obj, kind
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and level < FORM_MAX_DEPTH - 1:
            yield from _images_and_paths(obj, True, level + 1)


def read_marks(page: pdfium.PdfPage, number: int, width: float, height: float) -> tuple[list[Box], float]:
    """The page's drawings and images large enough to be a signature or stamp, and the share of the page images cover.

    One walk over the page's objects (inside Form XObjects too) gives both:
    the coverage tells a scan from a text page, the boxes tell a signed letter.
    """
    boxes, covered = [], 0.0
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for obj, kind in _images_and_paths(page.raw):
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            w = min(right.value, width) - max(left.value, 0)
            h = min(top.value, height) - max(bottom.value, 0)
            if w > 0 and h > 0:
                covered += w * h
        if right.value - left.value < DRAWING_MIN_SIZE or top.value - bottom.value < DRAWING_MIN_SIZE or not _is_drawing(obj, kind):
            continue
        boxes.append(Box(number, left.value, right.value, height - top.value, height - bottom.value))
    area = width * height
    return boxes, (min(covered / area, 1.0) if area > 0 else 0.0)


HIDDEN_SAMPLE = 64  # characters looked at to tell whether a page's text is drawn or hidden


def hidden_share(textpage: pdfium.PdfTextPage) -> float:
    """The share of the page's characters drawn invisibly (text render mode 3), on an even sample of them: the
    text layer another program's OCR lays under a scan's image, so that it can be searched."""
    raw = textpage.raw
    count = textpage.count_chars()
    if count <= 0:
        return 0.0
    step = max(1, count // HIDDEN_SAMPLE)
    modes = [pdfium_c.FPDFTextObj_GetTextRenderMode(obj) for i in range(0, count, step)
             if (obj := pdfium_c.FPDFText_GetTextObject(raw, i))]
    return sum(mode == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE for mode in modes) / len(modes) if modes else 0.0


_LINE_END_HYPHEN = {0x02: "-", 0xFFFE: "-"}  # how pdfium marks a hyphen that ends a line (as code, as text)


def _page_text(textpage: pdfium.PdfTextPage) -> Sequence[str]:
    """One entry per entry of pdfium's character list, the spaces and line breaks pdfium adds included.

    pdfium lists a character outside the BMP (mathematical italic letters,
    emoji) as its two UTF-16 halves: the pair becomes the character, in the
    first entry, and the second entry is left empty, so that the entries keep
    pdfium's indices and no lone surrogate reaches a report.
    """
    count = textpage.count_chars()
    text = textpage.get_text_range()
    if len(text) == count:
        return text.translate(_LINE_END_HYPHEN)
    entries = [chr(code) if 0 < code < 0x110000 else " "
               for code in (pdfium_c.FPDFText_GetUnicode(textpage.raw, i) for i in range(count))]
    for i in range(count):
        code = ord(entries[i]) if entries[i] else 0
        if 0xD800 <= code < 0xDC00 and i + 1 < count and 0xDC00 <= ord(entries[i + 1]) < 0xE000:
            entries[i] = chr(0x10000 + ((code - 0xD800) << 10) + ord(entries[i + 1]) - 0xDC00)
            entries[i + 1] = ""
        elif 0xD800 <= code < 0xE000:
            entries[i] = "\ufffd"
    return [_LINE_END_HYPHEN.get(ord(entry), entry) if entry else entry for entry in entries]


def _em_and_direction(raw, index: int, matrix: pdfium_c.FS_MATRIX) -> tuple[float, float, float]:
    """The character's font size on the page (scaled by the text and page matrices) and its writing direction."""
    size = pdfium_c.FPDFText_GetFontSize(raw, index)
    if not pdfium_c.FPDFText_GetMatrix(raw, index, matrix):
        return size, 1.0, 0.0
    length = math.hypot(matrix.a, matrix.b)
    size *= math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c))
    return (size, matrix.a / length, matrix.b / length) if length else (size, 1.0, 0.0)


def _advance_gap(raw, before: int, after: int, loose: pdfium_c.FS_RECTF) -> float:
    """The space between two characters' advance boxes (pen position to pen position), side bearings left out."""
    pdfium_c.FPDFText_GetLooseCharBox(raw, before, loose)
    end = loose.right
    pdfium_c.FPDFText_GetLooseCharBox(raw, after, loose)
    return loose.left - end


def read_segments(textpage: pdfium.PdfTextPage, number: int, height: float) -> list[Segment]:
    """The page's text runs: characters in the producer's order, on one line, with no gap wider than a word space.

    Built from characters rather than from pdfium's text rectangles (one per
    text object), since producers cut text into objects differently: a whole
    line (Word, LibreOffice, reportlab) or every glyph (Chromium). A character
    is on the run's line when its ink centres between a little below the
    run's baseline and most of a font size above it. The gap that ends a run
    is measured between advance boxes, where a word space is at most 0.6 of
    the font size (monospace) and table cells or tab stops stand further
    apart; the ink gap, which adds the side bearings, settles it without
    them when it is already small, or far too wide. Text turned on the page
    (a stamp, a margin note) is followed along its own direction, from pen
    position to pen position.
    """
    raw = textpage.raw
    text = _page_text(textpage)
    char_box = pdfium_c.FPDFText_GetCharBox
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    loose, matrix = pdfium_c.FS_RECTF(), pdfium_c.FS_MATRIX()
    runs: list[tuple] = []  # (first char, last char, x0, x1, bottom, top, loose height of the first char)
    first = last = -1
    run_x0 = run_x1 = run_y0 = run_y1 = last_x0 = last_x1 = ox = oy = em = lo = hi = near = far = backstep = size = 0.0
    turned, ux, uy = False, 1.0, 0.0
    for i, char in enumerate(text):
        if not char or char.isspace():  # (empty: the second half of a character outside the BMP)
            continue
        char_box(raw, i, left, right, bottom, top)
        x0, x1, y0, y1 = left.value, right.value, bottom.value, top.value
        if x1 - x0 < NO_EXTENT or y1 - y0 < NO_EXTENT:  # draws nothing (or no box): its text goes with the run around it
            continue
        if first >= 0:
            if turned:  # from pen position to pen position: the next character, a word space on
                pdfium_c.FPDFText_GetCharOrigin(raw, i, origin_x, origin_y)
                dx, dy = origin_x.value - ox, origin_y.value - oy
                step, across = dx * ux + dy * uy, dy * ux - dx * uy
                joins = abs(across) <= TURNED_LINE * em and 0 < step <= near + em
                if joins:
                    ox, oy = origin_x.value, origin_y.value
            elif x0 == last_x0 and x1 == last_x1:  # a ligature ("fi"): its characters share one glyph's box
                joins = True
            else:
                gap = x0 - run_x1
                joins = lo <= (y0 + y1) / 2 - oy <= hi and gap >= backstep and (
                    gap <= near or (gap <= far and _advance_gap(raw, last, i, loose) <= near)
                )
            last_x0, last_x1 = x0, x1
            if joins:
                last = i  # (conditional expressions rather than min/max: this runs for every character)
                run_x0, run_x1 = (x0 if x0 < run_x0 else run_x0), (x1 if x1 > run_x1 else run_x1)
                run_y0, run_y1 = (y0 if y0 < run_y0 else run_y0), (y1 if y1 > run_y1 else run_y1)
                continue
            runs.append((first, last, run_x0, run_x1, run_y0, run_y1, size))
        first = last = i
        run_x0, run_x1, run_y0, run_y1 = x0, x1, y0, y1
        last_x0, last_x1 = x0, x1
        pdfium_c.FPDFText_GetCharOrigin(raw, i, origin_x, origin_y)
        pdfium_c.FPDFText_GetLooseCharBox(raw, i, loose)
        em, ux, uy = _em_and_direction(raw, i, matrix)
        em = em or y1 - y0
        ox, oy, size = origin_x.value, origin_y.value, loose.top - loose.bottom
        turned = abs(uy) > TURNED or ux < 0
        lo, hi = -RUN_LINE[0] * em, RUN_LINE[1] * em
        near, far, backstep = RUN_GAP * em, 2 * RUN_GAP * em, -RUN_BACKSTEP * em
    if first >= 0:
        runs.append((first, last, run_x0, run_x1, run_y0, run_y1, size))
    found = []
    for first, last, x0, x1, y0, y1, size in runs:
        words = " ".join("".join(text[first : last + 1]).split())
        if words:
            bold = font_is_bold(raw, first)
            found.append(Segment(number, len(found), words, x0, x1, height - y1, height - y0, bold, round(size, 1)))
    return found


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
