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
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from esorcheck.readings import mrz

if TYPE_CHECKING:
    from esorcheck.ocr.tesseract import OcrPage

# A page with fewer printable characters than this carries no real text layer.
MIN_TEXT_CHARS = 20
# Share of the page an image must cover for a text-less page to count as a scan.
SCAN_IMAGE_COVERAGE = 0.3
# pdfium reports weights on the CSS scale; 600 and above reads as bold.
BOLD_WEIGHT = 600
# A scanner's stamp or a few words over a full-page image are no text layer: such pages are OCR'd too.
FULL_PAGE_IMAGE = 0.8
FEW_CHARS = 100
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
    text_source: str = "text-layer"  # "text-layer", "ocr", or "none" (a scan that could not be read)
    body_size: float = 0.0
    errors: list[str] = field(default_factory=list)
    ocr_confidence: float | None = None  # mean word confidence (0–1) when the text is Tesseract's
    ocr_error: str | None = None  # why OCR could not read the page (Tesseract missing, failed, no text)
    ocr: OcrPage | None = field(default=None, repr=False)  # the words with their boxes (CV layout)

    @property
    def printable_chars(self) -> int:
        return len("".join(self.text.split()))

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
    return Page(index + 1, text, lines, coverage, body_size=body_size(lines))


def body_size(lines: list[Line]) -> float:
    """The size most of the text is set in: the median over characters, not over lines."""
    sized = sorted((line.size, len(line.text)) for line in lines if line.size > 0)
    half, seen = sum(n for _, n in sized) / 2, 0
    for size, n in sized:
        seen += n
        if seen >= half:
            return size
    return 0.0


def needs_ocr(page: Page, mode: str) -> bool:
    """Whether ``--ocr`` mode (auto, always, never) reads this page with OCR.

    auto: pages without usable text — a scan (no characters over an image),
    or only a few characters over a full-page image.
    """
    if mode == "never" or page.errors:
        return False
    if mode == "always":
        return True
    few_over_image = page.image_coverage >= FULL_PAGE_IMAGE and page.printable_chars < FEW_CHARS
    return page.kind == "scanned" or few_over_image


def apply_ocr(page: Page, result: OcrPage, *, replace_text: bool = False) -> None:
    """Give the page Tesseract's text and lines, or note why it stays unread.

    Lines are built from the word boxes: the line's height gives its size
    (OCR knows no weight, so no line is bold), its top its position; a
    passport zone's lines are written as the 44 characters they stand for.
    A page whose own text layer says more than OCR keeps its text layer,
    unless ``replace_text`` (--ocr always).
    """
    page.ocr = result
    if result.error is None and not result.words:
        result.error = "OCR found no text on it"
    if result.error is not None:
        page.ocr_error = result.error
        if page.kind == "scanned":
            page.text_source = "none"
        return
    ocr_lines = result.lines()
    texts = [line.text for line in ocr_lines]
    zone = mrz.find(texts)
    if zone is not None:
        parsed = mrz.parse(*zone)
        first = texts.index(zone[0])
        texts[first], texts[texts.index(zone[1], first + 1)] = parsed.lines
    text = "\n".join(texts)
    if len("".join(text.split())) < max(MIN_TEXT_CHARS, 0 if replace_text else page.printable_chars):
        if page.kind == "scanned":
            page.ocr_error, page.text_source = "OCR found too little text on it", "none"
        return
    height = result.height or 1
    lines = [Line(t, line.size, False, round(line.top / height, 3)) for t, line in zip(texts, ocr_lines)]
    lines.sort(key=lambda line: line.top)
    page.text, page.lines, page.text_source = text, lines, "ocr"
    page.body_size = body_size(lines)
    page.ocr_confidence = result.confidence


def text_source_of(pages: list[Page]) -> str:
    """A run of pages' text source: "text-layer", "ocr", "mixed" or "none" (nothing readable)."""
    sources = {p.text_source for p in pages if p.kind == "text"}
    if not sources:
        return "none" if any(p.kind == "scanned" for p in pages) else "text-layer"
    return sources.pop() if len(sources) == 1 else "mixed"


def ocr_confidence_of(pages: list[Page]) -> float | None:
    """Mean OCR confidence of the pages read by OCR, weighted by their text; None when none was."""
    read = [(p.ocr_confidence, p.printable_chars) for p in pages if p.text_source == "ocr" and p.ocr_confidence is not None]
    chars = sum(n for _, n in read)
    return round(sum(c * n for c, n in read) / chars, 2) if chars else None
