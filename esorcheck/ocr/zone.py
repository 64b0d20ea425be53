"""A passport's data page and machine-readable zone, read again where a page's first OCR read found them.

The automatic layout analysis takes a passport's data page for a picture, so
the card is read again as sparse text; the zone itself is read a third time,
cropped and with Tesseract limited to the zone's characters, which undoes
most of what a full-page read gets wrong in it (fillers read as ``c`` or ``e``).
"""

from __future__ import annotations

from esorcheck.ocr.render import Image
from esorcheck.ocr.tesseract import Engine, recognise
from esorcheck.ocr.words import Word, by_line
from esorcheck.readings import mrz

# ICAO 9303's TD3 page is 125 x 88 mm with a zone about 114 mm wide at its foot, so the card rises about
# 0.8 zone widths above the zone. English alone there: its labels are English (and French), its names
# are in the zone; twice as fast.
CARD_SEGMENTATION = 11
CARD_HEIGHT = 0.85  # zone widths above the zone's foot
CARD_LINE_KEY = 5_000  # block numbers of the card's re-read lines
ZONE_MARGIN = 1.0  # line heights of margin around the zone's lines
ZONE_LINE_KEY = 10_000  # block numbers of re-read lines, apart from the page's own


def zone_lines(words: list[Word]) -> list[tuple[int, int, int]]:
    """Line keys of lines that look like a machine-readable zone."""
    return [key for key, line in by_line(words).items() if mrz.looks_like_zone("".join(w.text for w in line))]


def _splice(words: list[Word], replaced, new: list[Word]) -> list[Word]:
    """``words`` with those ``replaced`` says are replaced by ``new``, where the first of them stood."""
    first = next((i for i, w in enumerate(words) if replaced(w)), len(words))
    kept = [w for w in words if not replaced(w)]
    return kept[:first] + new + kept[first:]


def _zone_box(image: Image, zone: list[Word], above: float) -> tuple[int, int, int, int]:
    """The zone's box with a line's margin, reaching ``above`` zone widths above its foot."""
    margin = int(ZONE_MARGIN * max(w.height for w in zone))
    left, right, bottom = min(w.left for w in zone), max(w.right for w in zone), max(w.bottom for w in zone)
    top = min(w.top for w in zone) if not above else bottom - int(above * (right - left))
    return (max(left - margin, 0), max(top - margin, 0), min(right + margin, image.width), min(bottom + margin, image.height))


def read_card(engine: Engine, image: Image, words: list[Word]) -> list[Word]:
    """The page's words with a passport's data page read again as sparse text (kept if it finds the zone too)."""
    keys = set(zone_lines(words))
    if not keys:
        return words
    left, top, right, bottom = box = _zone_box(image, [w for w in words if w.line in keys], CARD_HEIGHT)
    card = recognise(engine, image, box=box, psm=CARD_SEGMENTATION, languages=["eng"], block_base=CARD_LINE_KEY)
    if not zone_lines(card):
        return words
    return _splice(words, lambda w: left <= w.left + w.width / 2 <= right and top <= w.top + w.height / 2 <= bottom, card)


def reread_zone(engine: Engine, image: Image, words: list[Word]) -> list[Word]:
    """The page's words with a machine-readable zone read again, cropped and limited to its characters."""
    keys = set(zone_lines(words))
    if not keys:
        return words
    box = _zone_box(image, [w for w in words if w.line in keys], 0.0)
    reread = recognise(engine, image, box=box, psm=6, characters=mrz.MRZ_CHARS, languages=["eng"], block_base=ZONE_LINE_KEY)
    if not any(mrz.is_candidate("".join(w.text for w in line)) for line in by_line(reread).values()):
        return words
    return _splice(words, lambda w: w.line in keys, reread)
