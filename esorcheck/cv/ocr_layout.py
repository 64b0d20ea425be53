"""CV pages read by OCR as layout segments, so that the template comparison reads a scanned CV like a text one.

Tesseract gives words with boxes, line by line. A line's words are cut into
segments where a gap wider than a line height or so separates them (a
table's cells, a label and its value), positions are turned into points
and straightened by the scan's tilt (else a label and its value a page
apart would not sit on one row), and the words Tesseract could not read
with confidence — a signature, a stamp — become drawings, as a text PDF's
images and paths do.
"""

from __future__ import annotations

import statistics

import pypdfium2 as pdfium

from esorcheck.cv.compare import CvComparison, compare
from esorcheck.pdf.geometry import Box, Layout, Segment, read_layout, reading_order
from esorcheck.cv.reader import read_cv
from esorcheck.schema.cv import CvTemplate
from esorcheck.pdf.pages import Page

SEGMENT_GAP = 1.2  # line heights: a wider gap between two words starts a new segment


def ocr_layout(page: Page) -> Layout:
    """The segments and drawings of one page read by OCR, in points from the page's top left."""
    result = page.ocr
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
    boxes = [Box(page.number, w.left * scale, w.right * scale, w.top * scale, w.bottom * scale) for w in result.noise]
    return Layout(reading_order(segments), boxes, page.body_size, {page.number: result.width * scale},
                  {page.number: result.height * scale})


def compare_pages(document: pdfium.PdfDocument, pages: list[Page], template: CvTemplate) -> CvComparison:
    """The CV on these pages compared with the template: text-layer pages from the PDF, the others from OCR."""
    parts = [ocr_layout(p) if p.text_source == "ocr" and p.ocr is not None else read_layout(document, [p.number]) for p in pages]
    segments = [s for part in parts for s in part.segments]
    sizes = [s.size for s in segments for _ in s.text if s.size > 0]
    layout = Layout(
        segments,
        [b for part in parts for b in part.boxes],
        statistics.median(sizes) if sizes else 0.0,
        {k: v for part in parts for k, v in part.page_width.items()},
        {k: v for part in parts for k, v in part.page_height.items()},
    )
    return compare(read_cv(layout, template), template, readable=bool(segments))
