"""Read every page with pypdfium2: its text, lines, drawings and images, and on demand its text segments.

pypdfium2 costs a few milliseconds a page here, fifty times less than
pdfplumber, so every page of every packet goes through this module and
nothing else reads page content: the splitter reads the lines, the letter
readings the lines and drawings, the CV reader the segments. Font facts are
sampled per line (not per character) because the splitter only needs to
know which lines stand out as headings. Segments are built from every
character's box, which costs as much as the rest of the page; only a CV's
pages need them, so a page reads them the first time they are asked for, by
the same reader, and keeps them.
"""

from __future__ import annotations

import dataclasses
import math
import re
import statistics
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, partial
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from esorcheck.cores import PAGES_PER_SHARE, shared_out
from esorcheck.pdf.geometry import (
    Box,
    Layout,
    Segment,
    font_is_bold,
    hidden_share,
    read_marks,
    read_segments,
)

if TYPE_CHECKING:
    from esorcheck.ocr.words import OcrPage
    from esorcheck.pdf.open import PacketFile

# A page with fewer printable characters than this carries no real text layer.
MIN_TEXT_CHARS = 20
# Share of the page an image must cover for a text-less page to count as a scan.
SCAN_IMAGE_COVERAGE = 0.15  # a photo placed on a page (a phone picture of a passport) is a scan too
# Share of a page's characters drawn invisibly, over an image, for its text to be a hidden OCR layer.
HIDDEN_TEXT_SHARE = 0.9
# Share of a text layer's characters that are letters, digits or punctuation, below which it is no text: glyphs
# its fonts map to symbols or codes, not to letters (a PDF printed through PostScript). Pages of text hold 85 %
# or more (the samples, the shared corpus, two batches of strangers' documents); such a layer, a quarter.
READABLE_SHARE = 0.5
_NOT_WORD = re.compile(r"\W")
# A line: a run of characters between pdfium's generated line breaks (leading spaces skipped).
_LINE = re.compile(r"[^\r\n]*\S[^\r\n]*")


@dataclass(frozen=True)
class Line:
    """One printed line of a page, with the size, weight and place that the splitter's cues read."""
    text: str
    size: float  # printed font size of the line's first character, in points
    bold: bool
    top: float  # distance of the line's top from the page top, as a share of page height (0..1)


@dataclass(frozen=True)
class Page:
    """One page as read: by pdfium from its text layer, or (``text_source`` "ocr") by Tesseract from its image."""

    number: int  # 1-based
    text: str
    lines: tuple[Line, ...]
    image_coverage: float
    drawings: tuple[Box, ...] = ()  # images and drawings (a signature, a stamp); on a page read by OCR, the marks it could not read
    width: float = 0.0  # points
    height: float = 0.0
    text_source: str = "text-layer"  # "text-layer", "ocr", or "none" (a scan that could not be read)
    errors: tuple[str, ...] = ()
    ocr_confidence: float | None = None  # mean word confidence (0–1) when the text is Tesseract's
    ocr_error: str | None = None  # why OCR could not read the page (Tesseract missing, failed, no text)
    ocr: OcrPage | None = None  # the words Tesseract read, with their boxes
    # Its text is drawn invisibly over an image: a scan that another program's OCR made searchable. That text is
    # as good as the program that read it, and says nothing of how sure it was; the page is read as a scan.
    hidden_text: bool = False
    # Its text layer is no text (``READABLE_SHARE``): the page is read as a scan.
    garbled_text: bool = False
    segment_reader: Callable[[], tuple[Segment, ...]] | None = field(default=None, repr=False)

    def __getstate__(self) -> dict:
        """A report crosses processes and is cached as a pickle: the segment reader, bound to a document that is
        closed once the check ends, stays behind (segments already read go along)."""
        return {**self.__dict__, "segment_reader": None}

    def summary(self) -> Page:
        """The page as a finished report keeps it: what it is and how it was read, without its text, lines, marks
        or OCR words, which nothing reads once the rules have run (a report crosses processes and is cached)."""
        summary = dataclasses.replace(self, text="", lines=(), drawings=(), ocr=None, segment_reader=None)
        summary.__dict__["printable_chars"] = self.printable_chars  # its kind stays what its text made it
        return summary

    @cached_property
    def segments(self) -> tuple[Segment, ...]:
        """The text runs with their place on the page, in the producer's order (read on first use, then kept)."""
        return self.segment_reader() if self.segment_reader is not None else ()

    @cached_property
    def body_size(self) -> float:
        return body_size(self.lines)

    @cached_property
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
        body = self.body_size
        for line in self.lines:
            if line.top > top_share:
                break
            words = len(line.text.split())
            if not 0 < words <= 12:
                continue
            larger = body and line.size >= body * 1.15
            if larger or line.bold:
                found.append(line)
                if len(found) == limit:
                    break
        return found


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
        lines.append(Line(text, round(size, 1), font_is_bold(raw, char_index), round(top, 3)))
    # pdfium yields lines in content-stream order; headings are judged by position.
    lines.sort(key=lambda line: line.top)
    return lines


def read_page(document: pdfium.PdfDocument, index: int) -> Page:
    """Read one page; a page pdfium cannot parse becomes an empty page with an error."""
    number = index + 1
    try:
        page = document[index]
    except pdfium.PdfiumError as exc:
        return Page(number, "", (), 0.0, errors=(f"page could not be loaded ({exc})",))
    try:
        width, height = page.get_size()
        drawings, coverage = read_marks(page, number, width, height)
        textpage = page.get_textpage()
        try:
            raw_text = textpage.get_text_range()
            lines = _read_lines(textpage, raw_text, height)
            text = raw_text.replace("\r\n", "\n").replace("\r", "\n")
            hidden = (coverage >= SCAN_IMAGE_COVERAGE and len("".join(text.split())) >= MIN_TEXT_CHARS
                      and hidden_share(textpage) >= HIDDEN_TEXT_SHARE)
        finally:
            textpage.close()
    finally:
        page.close()
    return Page(number, text, tuple(lines), coverage, tuple(drawings), width, height, hidden_text=hidden,
                garbled_text=is_garbled(text), segment_reader=partial(_page_segments, document, index))


def is_garbled(text: str) -> bool:
    """Whether a text layer of some length is no text: fewer than ``READABLE_SHARE`` of its characters are
    letters, digits or punctuation (dingbats, control codes, private-use glyphs stand for its letters)."""
    chars = "".join(text.split())
    if len(chars) < MIN_TEXT_CHARS:
        return False
    # Letters and digits found by the regular-expression engine (\w), the rest looked up: on a page of text, few.
    others = _NOT_WORD.findall(chars)
    readable = len(chars) - len(others) + sum(1 for ch in others if unicodedata.category(ch)[0] == "P")
    return readable < READABLE_SHARE * len(chars)


def _page_segments(document: pdfium.PdfDocument, index: int) -> tuple[Segment, ...]:
    """The text segments of one page of an open document."""
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            return tuple(read_segments(textpage, index + 1, page.get_height()))
        finally:
            textpage.close()
    finally:
        page.close()


def read_pages(packet_file: PacketFile) -> list[Page]:
    """Every page of the packet, read once (a long packet's pages shared among the cores)."""
    document = packet_file.document

    def read(indices: Sequence[int]) -> list[Page]:
        return [read_page(document, i) for i in indices]

    pages = shared_out(read, range(packet_file.page_count), min_share=PAGES_PER_SHARE)
    # A page read in another process comes without its segment reader (bound to that process's document).
    return [page if page.segment_reader else dataclasses.replace(page, segment_reader=partial(_page_segments, document, i))
            for i, page in enumerate(pages)]


def body_size(lines: Iterable[Line]) -> float:
    """The size most of the text is set in: the median over characters, not over lines."""
    sized = sorted((line.size, len(line.text)) for line in lines if line.size > 0)
    half, seen = sum(n for _, n in sized) / 2, 0
    for size, n in sized:
        seen += n
        if seen >= half:
            return size
    return 0.0


def layout_of(pages: Iterable[Page]) -> Layout:
    """The segments and drawings of these pages as one layout (a CV, a letter's last pages)."""
    pages = [p for p in pages if not p.errors]
    segments = [s for p in pages for s in p.segments]
    sizes = [s.size for s in segments for _ in s.text if s.size > 0]
    return Layout(
        segments,
        [b for p in pages for b in p.drawings],
        statistics.median(sizes) if sizes else 0.0,
        {p.number: p.width for p in pages},
        {p.number: p.height for p in pages},
    )


def text_source_of(pages: Iterable[Page]) -> str:
    """A run of pages' text source: "text-layer", "ocr", "mixed" or "none" (nothing readable)."""
    pages = list(pages)
    sources = {p.text_source for p in pages if p.kind == "text"}
    if not sources:
        return "none" if any(p.kind == "scanned" for p in pages) else "text-layer"
    return sources.pop() if len(sources) == 1 else "mixed"


def ocr_confidence_of(pages: Iterable[Page]) -> float | None:
    """Mean OCR confidence of the pages read by OCR, weighted by their text; None when none was."""
    read = [(p.ocr_confidence, p.printable_chars) for p in pages if p.text_source == "ocr" and p.ocr_confidence is not None]
    chars = sum(n for _, n in read)
    return round(sum(c * n for c, n in read) / chars, 2) if chars else None
