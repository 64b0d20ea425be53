"""The OCR stage: which pages Tesseract reads (``--ocr auto|always|never``), and the pages as it read them.

auto reads the pages without usable text (``needs_ocr``); always reads every
page; never reads none. A page read by OCR comes back as a new page whose
text, lines and segments are Tesseract's (text source "ocr"), so the
splitter, the language, the CV and letter readings read it like a text
layer. A scan that cannot be read — Tesseract missing or failing, OCR turned
off, nothing legible (no words, or only specks and fragments read at low
confidence, as OCR makes of a photo or a fax of noise) — keeps text source "none": the splitter leaves it
unread and no check holds it against the applicant; the run records why,
for the report.
"""

from __future__ import annotations

import dataclasses
import re
import statistics
import time
from dataclasses import dataclass, field
from functools import partial

from esorcheck.pdf.geometry import Box, Segment, reading_order
from esorcheck.pdf.pages import MIN_TEXT_CHARS, Line, Page
from esorcheck.readings import mrz

OFF = "OCR was turned off (--ocr never)"
# The OCR budget of one packet: at about a second a page, more would outlast the per-packet time bound
# (--timeout); the pages past it stay unread, so the verdict does not cover them.
MAX_OCR_PAGES = 60
OVER_BUDGET = f"not read: OCR reads at most {MAX_OCR_PAGES} pages of a packet"
# A scanner's stamp or a few words over a full-page image are no text layer, nor is a caption over a photo
# placed on the page (a phone picture of a passport on an A4 page): such pages are OCR'd too.
FULL_PAGE_IMAGE = 0.15
FEW_CHARS = 100
SEGMENT_GAP = 1.2  # line heights: a wider gap between two words starts a new segment
# What OCR makes of specks, a photo or a fax of noise is a few dozen 'words' at low confidence: a scan is read
# only when Tesseract is sure of a few real words (three letters or more), or found a passport zone.
LEGIBLE_CONFIDENCE = 60  # Tesseract's 0–100
MIN_LEGIBLE_WORDS = 3
_LEGIBLE = re.compile(r"[^\W\d_]{3,}")
_WORD_EDGES = ".,;:!?()[]{}'\"«»“”‘’-–—/"


@dataclass(frozen=True)
class PageOcr:
    """One page given to OCR (or a scan left unread), as the report shows it."""

    page: int
    scan: bool  # the page had no usable text layer
    text_source: str  # "ocr", "text-layer" (kept its own) or "none" (unread)
    confidence: float | None
    words: int
    problem: str | None

    def to_dict(self) -> dict:
        return {
            "page": self.page,
            "scan": self.scan,
            "text_source": self.text_source,
            "confidence": None if self.confidence is None else round(self.confidence, 2),
            "words": self.words,
            "problem": self.problem,
        }


@dataclass(frozen=True)
class OcrRun:
    """How OCR ran on a packet: the mode asked for, the engine and languages used, the pages read."""
    mode: str
    engine: str | None = None  # "tesseract 5.3.0"
    languages: tuple[str, ...] = ()
    available: bool | None = None  # Tesseract found (True), missing (False), not looked for (None)
    unavailable: str | None = None  # why Tesseract could not run at all
    hint: str | None = None
    pages: tuple[PageOcr, ...] = field(default=())
    seconds: float = 0.0

    @property
    def scans(self) -> list[PageOcr]:
        return [p for p in self.pages if p.scan]

    def to_dict(self) -> dict:
        """The report's "ocr" object."""
        read = [p for p in self.pages if p.text_source == "ocr"]
        return {
            "mode": self.mode,
            "engine": self.engine,
            "languages": list(self.languages),
            "available": self.available,
            "problem": self.unavailable,
            "hint": self.hint,
            "pages": [p.to_dict() for p in self.pages],
            "seconds": round(self.seconds, 2),
            "seconds_per_page": round(self.seconds / len(read), 2) if read else None,
        }


def needs_ocr(page: Page, mode: str) -> bool:
    """Whether ``--ocr`` mode (auto, always, never) reads this page with OCR.

    auto: pages without usable text — a scan (no characters over an image),
    only a few characters over a full-page image, a scan whose text another
    program's OCR hid under its image (read again: esorcheck vouches only for
    what it read itself, with its confidence and a passport's zone), or a
    page whose text layer is no text (glyphs mapped to symbols or codes).
    """
    if mode == "never" or page.errors:
        return False
    if mode == "always":
        return True
    few_over_image = page.image_coverage >= FULL_PAGE_IMAGE and page.printable_chars < FEW_CHARS
    return page.kind == "scanned" or few_over_image or page.hidden_text or page.garbled_text


def _unread(page: Page, why: str) -> Page:
    """The page, noted as not read by OCR (and as unreadable if it is a scan)."""
    return dataclasses.replace(page, ocr_error=why, text_source="none" if page.kind == "scanned" else page.text_source)


def _segments(page: Page, result) -> tuple[list[Segment], list[Box]]:
    """The words as text segments in points from the page's top left, straightened by the scan's tilt, and the
    words Tesseract could not read with confidence (a signature, a stamp) as marks, as a text page's drawings.

    A line's words are cut into segments where a gap wider than a line height
    or so separates them (a table's cells, a label and its value).
    """
    scale, slope = 72 / result.dpi, result.slope
    segments: list[Segment] = []
    for line in result.lines():
        words = sorted(line.words, key=lambda w: w.left)
        gap = SEGMENT_GAP * statistics.median(w.height for w in words)
        groups = [[words[0]]]
        for word in words[1:]:
            if word.left - groups[-1][-1].right > gap:
                groups.append([word])
            else:
                groups[-1].append(word)
        for group in groups:
            shift = slope * statistics.fmean(w.left + w.width / 2 for w in group)
            top = min(w.top for w in group) - shift
            bottom = max(w.bottom for w in group) - shift
            text = " ".join(w.text for w in group)
            segments.append(Segment(page.number, len(segments), text, group[0].left * scale, group[-1].right * scale,
                                    top * scale, bottom * scale, False, line.size))
    marks = [Box(page.number, w.left * scale, w.right * scale, w.top * scale, w.bottom * scale) for w in result.noise]
    return reading_order(segments), marks


def legible_words(result) -> int:
    """How many words Tesseract read with confidence that are words (three letters or more)."""
    return sum(1 for w in result.words if w.confidence >= LEGIBLE_CONFIDENCE and _LEGIBLE.fullmatch(w.text.strip(_WORD_EDGES)))


def read_by_ocr(page: Page, result, *, replace_text: bool = False) -> Page:
    """The page with Tesseract's text, lines and segments, or noted as unread with the reason.

    Lines are built from the word boxes: the line's height gives its size
    (OCR knows no weight, so no line is bold), its top its position; a
    passport zone's lines are written as the 44 characters they stand for.
    A page whose own text layer says more than OCR keeps its text layer,
    unless ``replace_text`` (--ocr always), or the layer is hidden OCR text or no text.
    """
    replace_text = replace_text or page.hidden_text or page.garbled_text
    error = result.error or (None if result.words else "OCR found no text on it")
    if error is not None:
        return dataclasses.replace(_unread(page, error), ocr=result)
    ocr_lines = result.lines()
    texts = [line.text for line in ocr_lines]
    zone = mrz.find(texts)
    if zone is not None:
        parsed = mrz.parse(*zone)
        first = texts.index(zone[0])
        texts[first], texts[texts.index(zone[1], first + 1)] = parsed.lines
    text = "\n".join(texts)
    if page.kind == "scanned" and zone is None and (legible := legible_words(result)) < MIN_LEGIBLE_WORDS:
        return dataclasses.replace(_unread(page, f"OCR could read no words on it ({legible} legible)"
                                          if legible else "OCR could read no words on it, only specks"), ocr=result)
    if len("".join(text.split())) < max(MIN_TEXT_CHARS, 0 if replace_text else page.printable_chars):
        page = dataclasses.replace(page, ocr=result)
        return _unread(page, "OCR found too little text on it") if page.kind == "scanned" else page
    height = result.height or 1
    lines = sorted((Line(t, line.size, False, round(line.top / height, 3)) for t, line in zip(texts, ocr_lines)), key=lambda line: line.top)
    segments, marks = _segments(page, result)
    return dataclasses.replace(
        page, text=text, lines=tuple(lines), drawings=tuple(marks), text_source="ocr",
        ocr_confidence=result.confidence, ocr=result, segment_reader=partial(tuple, segments),
    )


def _record(page: Page, scan: bool) -> PageOcr:
    words = len(page.ocr.words) if page.ocr is not None else 0
    return PageOcr(page.number, scan, page.text_source, page.ocr_confidence, words, page.ocr_error)


def read_scans(packet_file, pages: list[Page], mode: str = "auto") -> tuple[list[Page], OcrRun]:
    """The pages with those ``mode`` asks for read by OCR, and the record of it; never raises for want of Tesseract."""
    scans = {p.number for p in pages if needs_ocr(p, "auto") and not p.garbled_text}  # images, read or not
    wanted = sorted(p.number for p in pages if needs_ocr(p, mode))
    targets = set(wanted[:MAX_OCR_PAGES])
    pages = [_unread(p, OVER_BUDGET) if p.number in wanted and p.number not in targets else p for p in pages]
    if mode == "never":
        pages = [_unread(p, OFF) if p.kind == "scanned" else p for p in pages]
        return pages, OcrRun(mode, pages=tuple(_record(p, True) for p in pages if p.number in scans))
    if not targets:
        return pages, OcrRun(mode)
    from esorcheck.ocr import (  # subprocesses and thread pools, loaded only when a page needs them
        pool,
        tesseract,
    )

    try:
        engine = tesseract.find_engine()
    except tesseract.OcrUnavailable as exc:
        pages = [_unread(p, exc.message) if p.number in targets else p for p in pages]
        records = tuple(_record(p, p.number in scans) for p in pages if p.number in wanted)
        return pages, OcrRun(mode, available=False, unavailable=exc.message, hint=exc.hint, pages=records)
    start = time.perf_counter()
    results = pool.read_pages(packet_file.document, sorted(n - 1 for n in targets), engine)
    seconds = time.perf_counter() - start
    pages = [read_by_ocr(p, results[p.number - 1], replace_text=mode == "always") if p.number in targets else p for p in pages]
    records = tuple(_record(p, p.number in scans) for p in pages if p.number in wanted)
    return pages, OcrRun(mode, engine.name, engine.languages, True, pages=records, seconds=seconds)
