"""What OCR read on a page: words with their boxes and confidences, grouped into lines.

Tesseract numbers every word's line (block, paragraph, line); ``by_line`` is
the one place words are grouped by it. A line's font size is estimated from
its words' height, straightened by the scan's tilt.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass

from esorcheck.ocr.render import DPI

# Share of the em a word's ink spans, by the letters it holds (Helvetica/Times-like fonts):
# from the baseline up to the cap or ascender height, or the x-height; below it, the descenders.
CAP_SHARE, X_SHARE, DESCENDER_SHARE = 0.72, 0.52, 0.21
_TALL = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789bdfhklt")
_DESCENDING = set("gjpqyQ")


@dataclass(frozen=True)
class Word:
    """One word Tesseract read, with its confidence and its box on the page image."""
    text: str
    confidence: float  # Tesseract's, 0–100
    left: int  # pixels
    top: int
    width: int
    height: int
    line: tuple[int, int, int]  # (block, paragraph, line): words of one line share it

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height


def by_line(words: Iterable[Word]) -> dict[tuple[int, int, int], list[Word]]:
    """Words grouped by the line Tesseract put them on, lines in reading order."""
    grouped: dict[tuple[int, int, int], list[Word]] = {}
    for word in words:
        grouped.setdefault(word.line, []).append(word)
    return grouped


@dataclass(frozen=True)
class OcrLine:
    """OCR words that share a line of the page, with the font size they suggest."""
    words: tuple[Word, ...]
    size: float  # estimated font size, in points

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def top(self) -> int:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> int:
        return max(w.bottom for w in self.words)

    @property
    def left(self) -> int:
        return min(w.left for w in self.words)


@dataclass(frozen=True)
class OcrPage:
    """What Tesseract read on one page, or why it could not."""

    words: tuple[Word, ...] = ()
    width: int = 0
    height: int = 0
    dpi: float = DPI
    seconds: float = 0.0
    error: str | None = None
    noise: tuple[Word, ...] = ()  # words dropped for low confidence: specks, signatures, stamps
    zone_bands: tuple = ()  # where a passport's zone may be (ocr.zone.Band), for the zone's own reading
    zone: object = None  # the zone's own reading (ocr.zone.ZoneReading), when one was made

    @property
    def slope(self) -> float:
        """The scan's tilt: how far the text falls per pixel across (negative: rises)."""
        return text_slope(self.words) or 0.0

    @property
    def confidence(self) -> float | None:
        """Mean word confidence (0–1), weighted by word length; None without words."""
        letters = sum(len(w.text) for w in self.words)
        if not letters:
            return None
        return sum(w.confidence * len(w.text) for w in self.words) / letters / 100

    def lines(self) -> list[OcrLine]:
        """The lines in Tesseract's reading order, each with a font size estimated from its words' height."""
        slope = self.slope
        points = 72 / self.dpi
        lines = []
        for words in by_line(self.words).values():
            sizes = [_em(w, slope) * points for w in words if sum(ch.isalnum() for ch in w.text) >= 2]
            lines.append(OcrLine(tuple(words), round(statistics.median(sizes), 1) if sizes else 0.0))
        return lines

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines())


def text_slope(words: Iterable[Word]) -> float | None:
    """How much the text rises or falls per pixel across the page (a scan's tilt), from the word centres of its
    lines of three words or more; None without such a line."""
    slopes = []
    for line in by_line(words).values():
        if len(line) < 3:
            continue
        xs = [w.left + w.width / 2 for w in line]
        ys = [w.top + w.height / 2 for w in line]
        mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
        spread = sum((x - mean_x) ** 2 for x in xs)
        if spread:
            slopes.append(sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / spread)
    return statistics.median(slopes) if slopes else None


def _em(word: Word, slope: float) -> float:
    """The font size of a word in pixels: its box height, less the tilt, over the share of the em its letters span."""
    letters = [ch for ch in word.text if ch.isalnum()]
    height = max(word.height - word.width * abs(slope), 1.0)
    up = CAP_SHARE if any(ch in _TALL or ch.isupper() for ch in letters) else X_SHARE
    down = DESCENDER_SHARE if any(ch in _DESCENDING for ch in letters) else 0.0
    return height / (up + down)
