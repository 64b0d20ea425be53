"""Per-page facts read with pypdfium2: text, lines with font size and weight, images.

pypdfium2 costs about 2 ms a page here, fifty times less than pdfplumber, so
every page of every packet goes through this module and nothing else reads
page content. Font facts are sampled per line (not per character) because
the splitter only needs to know which lines stand out as headings.
"""

from __future__ import annotations

import ctypes
import math
import re
import statistics
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

# A page with fewer printable characters than this carries no real text layer.
MIN_TEXT_CHARS = 20
# Share of the page an image must cover for a text-less page to count as a scan.
SCAN_IMAGE_COVERAGE = 0.3
# pdfium reports weights on the CSS scale; 600 and above reads as bold.
BOLD_WEIGHT = 600
# A line: a run of characters between pdfium's generated line breaks (leading spaces skipped).
_LINE = re.compile(r"[^\r\n]*\S[^\r\n]*")


@dataclass(frozen=True)
class Line:
    text: str
    size: float  # printed font size of the line's first character, in points
    bold: bool
    top: float  # distance of the line's top from the page top, as a share of page height (0..1)


@dataclass
class Page:
    number: int  # 1-based
    text: str
    lines: list[Line]
    image_coverage: float
    text_source: str = "text-layer"
    body_size: float = 0.0
    errors: list[str] = field(default_factory=list)

    @property
    def printable_chars(self) -> int:
        return sum(1 for ch in self.text if not ch.isspace())

    @property
    def kind(self) -> str:
        """'text', 'scanned' (an image without a text layer) or 'blank'."""
        if self.printable_chars >= MIN_TEXT_CHARS:
            return "text"
        if self.image_coverage >= SCAN_IMAGE_COVERAGE:
            return "scanned"
        return "blank"

    def prominent_lines(self, top_share: float = 0.45, limit: int = 6) -> list[Line]:
        """Lines that look like headings: larger or bolder than body text, near the top."""
        found = []
        for line in self.lines:
            if line.top > top_share:
                break
            words = len(line.text.split())
            if not 0 < words <= 12:
                continue
            larger = self.body_size and line.size >= self.body_size * 1.15
            if larger or line.bold:
                found.append(line)
                if len(found) == limit:
                    break
        return found


def _font_is_bold(textpage, index: int) -> bool:
    weight = pdfium_c.FPDFText_GetFontWeight(textpage, index)
    if weight >= BOLD_WEIGHT:
        return True
    if weight > 0:
        return False
    # Some fonts carry no weight; fall back to the font name.
    flags = ctypes.c_int()
    size = pdfium_c.FPDFText_GetFontInfo(textpage, index, None, 0, ctypes.byref(flags))
    if size <= 0 or size > 512:
        return False
    buffer = ctypes.create_string_buffer(size)
    pdfium_c.FPDFText_GetFontInfo(textpage, index, buffer, size, ctypes.byref(flags))
    name = buffer.value.decode("latin-1", "replace").lower()
    return "bold" in name or "black" in name or "heavy" in name


def _read_lines(textpage: pdfium.PdfTextPage, raw_text: str, page_height: float) -> list[Line]:
    """Lines of the page, each with the size, weight and position of its first character."""
    raw = textpage.raw
    char_count = textpage.count_chars()
    lines = []
    for match in _LINE.finditer(raw_text):
        char_index = pdfium_c.FPDFText_GetCharIndexFromTextIndex(raw, match.start())
        text = " ".join(match.group().split())
        if not 0 <= char_index < char_count:
            lines.append(Line(text, 0.0, False, 1.0))
            continue
        # The font size times the text matrix's vertical scale is the printed
        # size, also where the size is 1 and the matrix scales (scanner output).
        matrix = pdfium_c.FS_MATRIX()
        pdfium_c.FPDFText_GetMatrix(raw, char_index, matrix)
        size = pdfium_c.FPDFText_GetFontSize(raw, char_index) * math.hypot(matrix.c, matrix.d)
        box = pdfium_c.FS_RECTF()
        pdfium_c.FPDFText_GetLooseCharBox(raw, char_index, box)
        top = min(max(1.0 - box.top / page_height, 0.0), 1.0) if page_height > 0 else 1.0
        lines.append(Line(text, round(size, 1), _font_is_bold(raw, char_index), round(top, 3)))
    # pdfium yields lines in content-stream order; headings are judged by position.
    lines.sort(key=lambda line: line.top)
    return lines


def _image_coverage(page: pdfium.PdfPage, width: float, height: float) -> float:
    area = width * height
    if area <= 0:
        return 0.0
    covered = 0.0
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=4):
        left, bottom, right, top = obj.get_bounds()
        w = min(right, width) - max(left, 0)
        h = min(top, height) - max(bottom, 0)
        if w > 0 and h > 0:
            covered += w * h
    return min(covered / area, 1.0)


def read_page(document: pdfium.PdfDocument, index: int) -> Page:
    """Read one page; a page pdfium cannot parse becomes an empty page with an error."""
    try:
        page = document[index]
    except pdfium.PdfiumError as exc:
        return Page(index + 1, "", [], 0.0, errors=[f"page could not be loaded ({exc})"])
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            raw_text = textpage.get_text_range()
            lines = _read_lines(textpage, raw_text, height)
            text = raw_text.replace("\r\n", "\n").replace("\r", "\n")
        finally:
            textpage.close()
        coverage = _image_coverage(page, width, height)
    finally:
        page.close()
    sizes = [line.size for line in lines for _ in range(len(line.text)) if line.size > 0]
    body = statistics.median(sizes) if sizes else 0.0
    return Page(index + 1, text, lines, coverage, body_size=body)
