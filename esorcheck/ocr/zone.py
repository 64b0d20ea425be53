"""A passport's machine-readable zone, read on its own.

The page's first read often makes nothing of the zone (a phone photo, a
low-resolution scan: the layout analysis takes the data page for a picture),
so the zone is read again on its own, whatever the first read made of it:

1. **Locate** the two-line band on the page's image: rows are profiled by how
   often they turn from light to dark (binarised at Otsu's threshold and at a
   darker one, for photos on dark backgrounds); a zone is two such bands of
   one height, one above the other, far wider than high. Zone lines the first
   read found are tried first.
2. **Read** line 2 alone, cropped and rendered again by pdfium at the resolution its characters need (never
   below the image's own), first against OCR-B's glyphs (``ocr/ocrb.py``: the line as a grid of 44 cells, each
   compared with the shipped font's characters, in a few hundredths of a second), line 1 with it; where that
   line 2 holds every check digit with nothing doubted and the page's own read gave the same line, it is the
   zone, and Tesseract reads no crop. Else the crops are read with Tesseract, the templates' readings counted
   beside its own (on the specimens, Tesseract loses the grid of a 272-pixel photo and reads OCR-B's '3' as
   '5', where the templates read both), limited to ``A-Z 0-9 <``, its dictionaries off, in single-line mode;
   line 1 with it (grey and binarised, the crops as the pages of one TIFF, one Tesseract run) where the page's
   first read saw a zone. Where these readings, with the page's own read of the zone, give a line 2 whose
   check digits all hold with nothing doubted, that is the zone; else line 2 is read again at two more
   scales, binarised, by its end alone, and the two lines together in single-block mode. The known OCR-B
   confusions are the parser's to undo (``readings/mrz.py``).
3. **Judge**: line 1 is Tesseract's (by votes where three or more readings keep the grid), with a filler where
   it reads a look-alike letter ('K' for '<') and the templates a filler. The reading of line 2 whose five
   check digits all hold is taken; the readings' votes per character, and their repair where check digits
   single one out (``ocr/vote.py``), are two more readings.
   A zone whose digits fail is only *confirmed* — the ground for ``passport.mrz_invalid`` — when
   independent readings (never the votes) agree on the same line and the same failing digits with good
   confidence; otherwise it is "not read reliably".
4. **Turn level**: the first band is measured for a tilt (``ocr/deskew.py``); tilted more than the straight
   reading copes with, it is rendered finer, turned level and read as a page (steps 1–3) before any straight
   reading. Else, where the straight reading fails and something of a zone was read, or a band may hold both
   lines run together, the next bands are measured and read so too.

Of the bands tried, one the templates read as a line 2 whose dates hold their check digits is read first.

Locating is plain Python on bytes (thresholds by ``bytes.translate``,
transitions by ``bytes.count``): a page is profiled in a few hundredths of a
second; only a tilted zone needs Pillow, to be turned.
"""

from __future__ import annotations

import collections
import dataclasses
import functools
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from esorcheck.ocr import deskew, ocrb, vote
from esorcheck.ocr.render import Image, otsu
from esorcheck.ocr.tesseract import Engine, recognise, recognise_each
from esorcheck.ocr.words import Word, by_line
from esorcheck.readings import mrz

ZONE_LINE_KEY = 10_000  # block numbers of the zone's lines as read on their own, apart from the page's own

# Locating: a zone line is a band of rows at least this high (pixels of the 200-dpi page), far wider than high,
# and its two lines are alike.
MIN_BAND_PX = 5
MIN_LINE_RATIO = 18  # width / height of a zone line (44 characters of OCR-B)
MIN_PAIR_RATIO = 8  # width / height of a band holding both lines (set close, or a tilted photo)
DARKER_THRESHOLD = 0.7  # a second binarisation, at this share of Otsu's threshold
PAIR_HEIGHTS = (0.7, 1.45)  # the lower line's height over the upper's
PAIR_GAP = 2.2  # line heights between the two lines, at most
BUSY = 0.4  # a candidate band changes from light to dark at least this share as often as the busiest
MAX_TRIES = 4  # candidate bands tried as line 2 where the page's first read found no zone line
MAX_TRIES_HINTED = 6
# Before the page is read (``printed_zone``): bands read against the templates on the page's image, and how well
# a zone line's glyphs fit them there (0–100; a zone's line 2 fits at 25 to 50 on the specimens and sample scans,
# lines of letters, CVs and certificates at 12 or less).
PROBE_TRIES = 2
PROBE_CONFIDENCE = 25
# A band the page's read made out as this many words of running text, each read this surely with at least two
# lower-case letters, is a line of text: a zone's characters are capitals, digits and fillers.
TEXT_WORDS = 2
TEXT_WORD_CONFIDENCE = 80
# Reading: a line is rendered so that its band is this many pixels high, within these resolutions.
LINE_PX = 46
MIN_DPI, MAX_DPI = 150, 1200
SECOND_SCALE = 1.35
CROPS_PER_RUN = 3  # single-line crops read in one Tesseract run (its start-up costs about as much as three)
MARGIN = 0.45  # line heights above and below a line's band
SIDE_MARGIN = 1.0
END = "line 2, its end"
LINE1_GREY, LINE1_BW = "line 1, grey", "line 1, black and white"
VOTED, REPAIRED = "votes per character", "votes per character, repaired where check digits tell"
PAGE_READ = "the page's own read"
LINE2_TEMPLATES, LINE1_TEMPLATES = "line 2, OCR-B templates", "line 1, OCR-B templates"
END_CHARACTERS = 7
MAX_INSERTED = 3  # characters a reading of line 2 may hold beyond 44 and still be put back on the templates' grid
SETTINGS = {"load_system_dawg": "0", "load_freq_dawg": "0"}  # a zone is no language: no dictionary
# Turning a tilted zone level: the first bands measured, with this many band heights around each, rendered (wider)
# at this many times the page's resolution (or the image's own, if finer) before they are turned.
TILT_TRIES = 2
TILT_CANDIDATES = 2  # bands of a region turned level read as line 2 (the lowest first: a zone is the foot of a page)
TILT_MARGIN = 1.0
TILT_REACH = 1.0  # band widths on each side where the band's line may go on (it may be a third of it)
ZONE_HEIGHT = 1 / 12  # of its width: a TD3 zone is two lines of 44 characters, about 112 by 9 mm
TILT_RESOLUTION = 2
READ_VERIFIED = (True, True, True)  # a reading's rank (``_rank``) when nothing more is to be had
# Judging: how many readings must agree, and how sure each, for a failing check digit to be an error.
AGREEING = 2
CONFIDENT = 60.0  # Tesseract's mean word confidence (0–100) of a reading
AGREEING_ANYHOW = 3  # readings that agree whatever their confidence (a line read whole, with no dictionary,
                     # often gets a low word confidence though every character is right)
DATES = ("date_of_birth", "expiry")  # the check digits that tell a band is line 2 before Tesseract reads it
# Each checked field of line 2 with its check digit (positions), for comparing readings.
FIELDS = {"document_number": (0, 10), "date_of_birth": (13, 20), "expiry": (21, 28), "personal_number": (28, 43),
          "composite": (0, 44)}


@dataclass(frozen=True)
class Band:
    """A run of text-like rows of the page's image (pixels), as wide as its dark pixels reach."""

    top: int
    bottom: int
    left: int
    right: int
    transitions: int  # light-to-dark changes along its busiest row

    @property
    def height(self) -> int:
        return self.bottom - self.top

    @property
    def width(self) -> int:
        return self.right - self.left


@dataclass(frozen=True)
class Reading:
    """One pass's reading of a zone line (or of both): the text as Tesseract gave it, and how sure it was."""

    lines: tuple[str, ...]
    confidence: float  # Tesseract's mean word confidence, 0–100
    how: str  # "line 2, grey, 300 dpi"


@dataclass(frozen=True)
class ZoneReading:
    """The zone read on its own: the lines taken, and how far the readings bear them out."""

    lines: tuple[str, str]
    valid: bool  # every check digit holds on the lines taken
    confirmed: bool  # valid, or independent readings agree on the same line 2 and the same failing digits
    readings: tuple[Reading, ...]
    agreeing: int  # readings of line 2 that gave the lines taken
    box: tuple[int, int, int, int]  # the zone on the page's image (pixels)
    notes: tuple[str, ...] = ()
    # Document numbers other readings give where they agree with the lines taken on everything else, where the one
    # taken was fitted from a line of another length and no second reading gave it: its check digit holding may be
    # chance (the composite weighs the number alike).
    other_numbers: tuple[str, ...] = ()

    @property
    def confidence(self) -> float:
        return max((r.confidence for r in self.readings), default=0.0) / 100

    def describe(self) -> str:
        """'5 readings, 3 agree' — for the report's evidence."""
        return f"{len(self.readings)} readings of the zone alone, {self.agreeing} agreeing on line 2"


# ---------------------------------------------------------------- the first read's zone lines
def zone_lines(words: list[Word]) -> list[tuple[int, int, int]]:
    """Line keys of lines that look like a machine-readable zone."""
    return [key for key, line in by_line(words).items() if mrz.looks_like_zone("".join(w.text for w in line))]


def _splice(words: list[Word], replaced, new: list[Word]) -> list[Word]:
    """``words`` with those ``replaced`` says are replaced by ``new``, where the first of them stood."""
    first = next((i for i, w in enumerate(words) if replaced(w)), len(words))
    kept = [w for w in words if not replaced(w)]
    return kept[:first] + new + kept[first:]


# ---------------------------------------------------------------- locating the zone on the image
def binarised(image: Image, threshold: int | None = None) -> Image:
    """The image in black (0) and white (255) at ``threshold`` (Otsu's by default)."""
    cut = otsu(image.pixels) if threshold is None else threshold
    return Image(image.width, image.height, image.dpi, image.pixels.translate(bytes(0 if v <= cut else 255 for v in range(256))))


def _bands_at(image: Image, threshold: int) -> list[Band]:
    width = image.width
    dark = image.pixels.translate(bytes(1 if v <= threshold else 0 for v in range(256)))
    counts = [dark.count(b"\x00\x01", y * width, (y + 1) * width) for y in range(image.height)]
    busiest = sorted(counts)[-max(1, image.height // 50)]
    cut = max(12, 0.35 * busiest)
    runs, start = [], None
    for y, n in enumerate([*counts, 0]):
        if n >= cut and start is None:
            start = y
        elif n < cut and start is not None:
            runs.append((start, y))
            start = None
    found = []
    for run_top, run_bottom in runs:
        for top, bottom in _split(counts, run_top, run_bottom):
            if bottom - top < MIN_BAND_PX:
                continue
            reach = 0
            for y in range(top, bottom):
                reach |= int.from_bytes(dark[y * width : (y + 1) * width], "big")
            left, right = _widest_run(reach.to_bytes(width, "big"), 2 * (bottom - top))
            found.append(Band(top, bottom, left, right, max(counts[top:bottom])))
    return found


def _widest_run(columns: bytes, gap: int) -> tuple[int, int]:
    """The widest stretch of columns holding dark pixels with no blank gap wider than ``gap`` (a line of text,
    not the page's edge or a frame beside it)."""
    best, start, last = (0, 0), None, None
    position = columns.find(b"\x01")
    while position >= 0:
        if start is None or position - last > gap:
            if start is not None and last + 1 - start > best[1] - best[0]:
                best = (start, last + 1)
            start = position
        end = columns.find(b"\x00", position)
        last = (len(columns) if end < 0 else end) - 1
        position = columns.find(b"\x01", last + 1)
    if start is not None and last + 1 - start > best[1] - best[0]:
        best = (start, last + 1)
    return best


def _split(counts: list[int], top: int, bottom: int) -> list[tuple[int, int]]:
    """A run of rows cut where its profile sinks under half its peak (two lines set close together)."""
    peak = max(counts[top:bottom])
    parts, start = [], top
    for y in range(top + 1, bottom - 1):
        if counts[y] < 0.5 * peak and counts[y - 1] >= 0.5 * peak:
            parts.append((start, y))
            start = y + 1
    parts.append((start, bottom))
    return [(a, b) for a, b in parts if b > a]


@functools.lru_cache(maxsize=2)
def bands(image: Image) -> tuple[Band, ...]:
    """Text-like bands of rows wide enough to be zone lines, from two binarisations, top to bottom (kept for the
    last pages profiled: the zone's reader looks at the page again for the band above line 2)."""
    threshold = otsu(image.pixels)
    found = {}
    for cut in (threshold, int(threshold * DARKER_THRESHOLD)):
        for band in _bands_at(image, cut):
            if band.width >= MIN_PAIR_RATIO * band.height:
                found.setdefault((band.top // 3, band.bottom // 3), band)
    return tuple(sorted(found.values(), key=lambda b: (b.top, b.bottom)))


def _read_as_text(band: Band, words: list[Word]) -> bool:
    """Whether the page's read made out running text across the band: no zone line, which the page's read either
    garbles or reads as capitals, digits and fillers. Most bands of a page of text are alike and busy enough to
    be tried as a zone; reading each on its own would cost a Tesseract run per band."""
    text = sum(1 for w in words if w.top < band.bottom and w.bottom > band.top and w.left < band.right
               and w.right > band.left and w.confidence >= TEXT_WORD_CONFIDENCE and sum(ch.islower() for ch in w.text) >= 2)
    return text >= TEXT_WORDS


def _pair_above(band: Band, found: tuple[Band, ...]) -> Band | None:
    """The band that would be line 1 above ``band`` as line 2: of like height, close above, similarly wide."""
    best = None
    for other in found:
        gap = band.top - other.bottom
        if other is band or other.top >= band.top - band.height // 2 or gap < -band.height // 3 or gap > PAIR_GAP * band.height:
            continue
        if not PAIR_HEIGHTS[0] <= band.height / max(other.height, 1) <= PAIR_HEIGHTS[1]:
            continue
        if abs(other.left - band.left) > 2 * band.height or other.width < 0.6 * band.width:
            continue
        if best is None or other.bottom > best.bottom:
            best = other
    return best


def _runs_together(band: Band) -> bool:
    """Too high for its width to be one zone line: both lines, close or run together by a tilt."""
    return band.width < MIN_LINE_RATIO * band.height


def candidates(image: Image, words: list[Word]) -> tuple[Band, ...]:
    """Bands that may hold the zone's line 2, the likeliest first: the lower of the first read's zone lines (or the
    band below it that pairs with it), then the busy bands from the bottom up (a zone is the foot of its page), those with a like band above first."""
    found = bands(image)
    hinted = []
    keys = zone_lines(words)
    if keys:
        lines = by_line(words)
        lowest = max(keys, key=lambda k: max(w.bottom for w in lines[k]))
        line = lines[lowest]
        top, bottom = min(w.top for w in line), max(w.bottom for w in line)
        hinted = [b for b in found if b.top < bottom and b.bottom > top] or [
            Band(top, bottom, min(w.left for w in line), max(w.right for w in line), 0)]
        # The first read may have seen line 1 only: a band below that pairs with it as line 2 comes first.
        hinted = [*(b for b in found if b.top >= bottom and _pair_above(b, found) in hinted), *hinted]
    busiest = max((b.transitions for b in found), default=0)
    busy = [b for b in found if b.transitions >= BUSY * busiest and not _read_as_text(b, words)]
    ordered = sorted(busy, key=lambda b: (-b.bottom, _pair_above(b, found) is None))
    if not hinted and not any(_pair_above(b, found) or _runs_together(b) for b in busy):
        return ()  # no two lines alike, nor a band that may hold both: no zone here
    return tuple(dict.fromkeys([*hinted, *ordered]))[: MAX_TRIES_HINTED if hinted else MAX_TRIES]


def printed_zone(image: Image) -> bool:
    """Whether the page shows a passport's zone, told before Tesseract reads it: the lowest bands that pair with
    a band above are read against OCR-B's glyphs on the page's image as it is (about 0.05 s a band), and one
    reads as a line 2 whose glyphs fit OCR-B's far better than any other print's do. A miss costs nothing but
    time: the page is then read as any page."""
    for band in candidates(image, [])[:PROBE_TRIES]:
        margin = round(MARGIN * band.height)
        crop = image.crop((band.left - band.height, band.top - margin, band.right + band.height, band.bottom + margin))
        line = ocrb.read_line(crop, ocrb.LINE2_ALLOWED, ocrb.LINE2_STATE)
        if line is not None and line.confidence >= PROBE_CONFIDENCE and _looks_like_line2(line.text):
            return True
    return False


# ---------------------------------------------------------------- reading the zone
Render = Callable[[tuple[float, float, float, float], float], Image]  # (box in points, dpi) -> image
Run = Callable[[list[Callable[[], list[Reading]]]], list[list[Reading]]]  # runs the passes, possibly at once


def _box_points(image: Image, band: Band, margin: float = MARGIN) -> tuple[float, float, float, float]:
    """A band of the page's image, with margins, as a box in points."""
    scale = 72 / image.dpi
    h = band.height
    return ((band.left - SIDE_MARGIN * h) * scale, (band.top - margin * h) * scale,
            (band.right + SIDE_MARGIN * h) * scale, (band.bottom + margin * h) * scale)


def _dpi_for(image: Image, band: Band, native: float | None, factor: float = 1.0) -> float:
    """The resolution at which the band's characters are ``LINE_PX`` high, never below the image's own."""
    dpi = image.dpi * LINE_PX / max(band.height, 1) * factor
    return min(max(dpi, MIN_DPI, native or 0.0), MAX_DPI)


def _reading(words: list[Word], how: str) -> Reading:
    lines = ["".join(w.text for w in line) for line in by_line(words).values()]
    letters = sum(len(w.text) for w in words)
    confidence = sum(w.confidence * len(w.text) for w in words) / letters if letters else 0.0
    return Reading(tuple(line for line in lines if line), confidence, how)


def _read(engine: Engine, crop: Image, psm: int, how: str) -> Reading:
    return _reading(recognise(engine, crop, psm=psm, characters=mrz.MRZ_CHARS, languages=["eng"], settings=SETTINGS), how)


def _read_together(engine: Engine, crops: dict[str, Image], psm: int) -> list[Reading]:
    """The crops (by how each was made) read in one Tesseract run."""
    found = recognise_each(engine, list(crops.values()), psm=psm, characters=mrz.MRZ_CHARS, languages=["eng"],
                           settings=SETTINGS)
    return [_reading(words, how) for how, words in zip(crops, found)]


def _looks_like_line2(text: str) -> bool:
    line = mrz.clean_line(text)  # OCR may drop part of the run of fillers: a line 2 may read short
    return 28 <= len(line) <= 50 and all(ch in mrz.MRZ_CHARS for ch in line) and sum(ch.isdigit() for ch in line) >= 12


def _looks_like_line1(text: str) -> bool:
    line = mrz.clean_line(text)
    # OCR often drops the run of fillers at its end: a line 1 may read short.
    return 20 <= len(line) <= 52 and line[:1] == "P" and line.count("<") >= 2 and sum(ch.isdigit() for ch in line) < 8


def page_reading(words: list[Word]) -> Reading | None:
    """The zone's lines as the page's own read gave them: one more independent reading (the whole page is read
    at another scale, in context, and sometimes gets a character every crop misses)."""
    lines = by_line(words)
    keys = sorted(zone_lines(words), key=lambda key: min(w.top for w in lines[key]))
    zone_words = [w for key in keys for w in lines[key]]
    letters = sum(len(w.text) for w in zone_words)
    if not letters:
        return None
    confidence = sum(w.confidence * len(w.text) for w in zone_words) / letters
    return Reading(tuple("".join(w.text for w in lines[key]) for key in keys), confidence, PAGE_READ)


def read_zone(engine: Engine, image: Image, found: tuple[Band, ...], render: Render, run: Run,
              native_dpi: float | None = None, page: Reading | None = None) -> ZoneReading | None:
    """The zone read on its own (see the module's docstring), or None where no band reads as its line 2;
    ``page``: the page's own reading of the zone, if it made one, counted with the others. Where the straight
    reading fails and something of a zone was read (by the page's read or a band's), or a band may hold two lines
    run together (as a tilted zone's do), the first bands are measured for a tilt and read again turned level.
    Where the first band's lines are tilted more than the straight reading copes with (``deskew.MIN_DEGREES``:
    a zone line is some 45 times as wide as high, so its ends then lie most of a line's height apart), it is
    read turned level first, and straight only if that fails."""
    tilts: dict[Band, float] = {}  # measured once per band
    steep = bool(found) and abs(_tilt_of(tilts, image, found[0])) >= deskew.MIN_DEGREES
    tilted = _read_tilted(engine, image, found, render, run, native_dpi, page, tilts) if steep else None
    if _rank(tilted) == READ_VERIFIED:
        return tilted
    straight, zone_like = _read_straight(engine, image, found, render, run, native_dpi, page)
    if _rank(straight) == READ_VERIFIED:
        return straight
    if not steep:
        if not (straight or zone_like or page or any(_runs_together(band) for band in found[:TILT_TRIES])):
            return None
        tilted = _read_tilted(engine, image, found, render, run, native_dpi, page, tilts)
    return tilted if _rank(tilted) > _rank(straight) else straight


def _templates_read(crop: Image, allowed: tuple[str, ...], state_cells: tuple[int, ...], how: str) -> Reading | None:
    """A zone line read against OCR-B's glyphs (``ocr/ocrb.py``), where the crop holds a line of 44 cells whose
    glyphs the templates fit (on any other band of text, some template is always nearest)."""
    line = ocrb.read_line(crop, allowed, state_cells)
    return None if line is None or line.confidence < ocrb.MIN_CONFIDENCE else Reading((line.text,), line.confidence, how)


def _borne_out(own: list[Reading], page: Reading | None, line2: Band, line1: Band) -> ZoneReading | None:
    """The zone from the templates' reading alone, where it holds every check digit with nothing doubted and the
    page's own read (an independent reading) gave the same line 2; else None (Tesseract reads the crops)."""
    if page is None or not _looks_like_line2(own[0].lines[0]):
        return None
    # Line 1 has no check digit: where the two readings of it differ, the passes' votes are wanted to choose.
    if len({_fitted_line1(line) for r in (*own, page) for line in r.lines if _looks_like_line1(line)}) > 1:
        return None
    found = _decide([*own, page], _box_of(line2, line1))
    return found if found.agreeing >= AGREEING and _rank(found) == READ_VERIFIED else None


def _box_of(line2: Band, line1: Band) -> tuple[int, int, int, int]:
    """The zone's box on the page's image: both lines."""
    return (min(line1.left, line2.left), line1.top, max(line1.right, line2.right), line2.bottom)


def _tilt_of(tilts: dict[Band, float], image: Image, band: Band) -> float:
    """The tilt (degrees) of the lines of text in and around a band, measured once (kept in ``tilts``)."""
    if band not in tilts:
        pad = round(TILT_MARGIN * band.height)
        tilts[band] = deskew.tilt(image.crop((band.left - pad, band.top - pad, band.right + pad, band.bottom + pad)))
    return tilts[band]


def _rank(reading: ZoneReading | None) -> tuple[bool, bool, bool]:
    """How far a reading of the zone went: read at all, its check digits holding, nothing doubted."""
    if reading is None:
        return (False, False, False)
    return (True, reading.valid, reading.valid and mrz.parse(*reading.lines).verified)


def _read_straight(engine: Engine, image: Image, found: tuple[Band, ...], render: Render, run: Run,
                   native_dpi: float | None, page: Reading | None) -> tuple[ZoneReading | None, bool]:
    """The zone read from the first band whose line reads as its line 2, and whether any band read looked like a
    zone line. Line 1 is read with the first band only where the page's read saw a zone or the templates read a
    line 2 in the band (it is likely line 2): on a page of text, most bands are not. Line 1 has no check digit,
    so it is never left to one reader."""
    all_bands = bands(image) if found else ()
    zone_like = False
    for band, line2_crop, own in _fitting_first(image, found, render, native_dpi):
        if line2_crop is None:  # both lines in one band: read it whole, then halve it
            half = band.height // 2
            line1 = Band(band.top, band.top + half, band.left, band.right, 0)
            line2 = Band(band.top + half, band.bottom, band.left, band.right, 0)
            dpi = _dpi_for(image, line2, native_dpi)
            first = [_read(engine, render(_box_points(image, band, 0.3), dpi), 6, f"both lines, grey, {dpi:.0f} dpi")]
        else:
            line2 = band
            line1 = _pair_above(band, all_bands) or Band(band.top - 2 * band.height, band.top - band.height // 3,
                                                         band.left, band.right, 0)
            crops = {f"line 2, grey, {line2_crop.dpi:.0f} dpi": line2_crop}
            line1_makers = _line1_crops(image, line1, render, native_dpi)
            if own is not None:  # line 1 by the templates too, and the zone taken where the page's read bears it out
                line1_grey = line1_makers[LINE1_GREY]()
                own = [own, *filter(None, [_templates_read(line1_grey, ocrb.LINE1_ALLOWED, ocrb.LINE1_STATE, LINE1_TEMPLATES)])]
                if (found := _borne_out(own, page, line2, line1)) is not None:
                    return found, True
                line1_makers[LINE1_GREY] = lambda line1_grey=line1_grey: line1_grey
            if page is not None or own is not None and _looks_like_line2(own[0].lines[0]):
                crops |= {how: make() for how, make in line1_makers.items()}
            first = [*(own or []), *_read_together(engine, crops, 7)]
        lines = [line for reading in first for line in reading.lines]
        if any(_looks_like_line2(line) for line in lines):
            return _judge(engine, image, line2, line1, first, render, run, native_dpi, page), True
        zone_like = zone_like or any(mrz.looks_like_zone(line) for line in lines)
    return None, zone_like


def _fitting_first(image: Image, found: tuple[Band, ...], render: Render, native_dpi: float | None
                   ) -> Iterator[tuple[Band, Image | None, Reading | None]]:
    """The bands in turn, each with its crop as line 2 and the templates' reading of it (None, None for a band
    holding both lines). A band the templates read as no line of OCR-B glyphs waits for the next band they do
    read, which goes before it where its dates hold their check digits: Tesseract then reads a photo's edges
    and stripes (a third of a second each) only if that line fails. Two check digits hold by chance once in a
    hundred times: a line 1 read against line 2's glyphs gives digits where the dates stand, seldom dates
    whose digits hold."""
    waiting = []
    for band in found:
        if _runs_together(band):
            waiting.append((band, None, None))
            continue
        crop = render(_box_points(image, band), _dpi_for(image, band, native_dpi))
        own = _templates_read(crop, ocrb.LINE2_ALLOWED, ocrb.LINE2_STATE, LINE2_TEMPLATES)
        if own is None:
            waiting.append((band, crop, own))
            continue
        if mrz.check_digits_hold(own.lines[0], DATES):
            yield band, crop, own
            yield from waiting
        else:
            yield from waiting
            yield band, crop, own
        waiting = []
    yield from waiting


def _read_tilted(engine: Engine, image: Image, found: tuple[Band, ...], render: Render, run: Run,
                 native_dpi: float | None, page: Reading | None, tilts: dict[Band, float]) -> ZoneReading | None:
    """The zone read from a band turned level, where a band of the first few is tilted; None where none is, or
    none turned level reads as a zone. The band is rendered afresh (finer than the page) and turned, and the
    zone located and read on that image as on a page."""
    measured: list[Band] = []
    for band in found:
        if len(measured) == TILT_TRIES:
            break
        if any(other.top <= (band.top + band.bottom) / 2 <= other.bottom for other in measured):
            continue  # the same rows, found at the other threshold
        measured.append(band)
        degrees = _tilt_of(tilts, image, band)
        if abs(degrees) < deskew.MIN_DEGREES:
            continue
        # A tilted line falls out of the rows of its band: the band may be a stretch of it, whose ends lie further
        # out, higher or lower as the tilt has it, and the other line may lie a zone's height away.
        pad = round(TILT_MARGIN * band.height)
        reach = round(TILT_REACH * band.width) + pad
        span = min(band.width + 2 * reach, image.width)
        rise = pad + round(span * (abs(math.tan(math.radians(degrees))) / 2 + ZONE_HEIGHT))
        box = (band.left - reach, band.top - rise, band.right + reach, band.bottom + rise)
        scale = 72 / image.dpi
        region = render((box[0] * scale, box[1] * scale, box[2] * scale, box[3] * scale),
                        min(max(TILT_RESOLUTION * image.dpi, native_dpi or 0.0), MAX_DPI))
        level = deskew.levelled(region, degrees)
        reading, _ = _read_straight(engine, level, candidates(level, [])[:TILT_CANDIDATES],
                                    lambda points, dpi, level=level: deskew.scaled(level, points, dpi), run, None, page)
        if reading is not None:
            return dataclasses.replace(reading, box=(band.left, band.top, band.right, band.bottom),
                                       notes=(*reading.notes, f"the zone read turned level by {degrees:g}°"))
    return None


def _line1_crops(image: Image, line1: Band, render: Render, native_dpi: float | None) -> dict[str, Callable[[], Image]]:
    """Line 1's crops, grey and black-and-white, by how each is made (rendered when called)."""
    dpi = _dpi_for(image, line1, native_dpi)
    return {LINE1_GREY: lambda: render(_box_points(image, line1), dpi),
            LINE1_BW: lambda: binarised(render(_box_points(image, line1), dpi))}


def _judge(engine: Engine, image: Image, line2: Band, line1: Band, first: list[Reading], render: Render, run: Run,
           native_dpi: float | None, page: Reading | None) -> ZoneReading:
    """The zone from the first readings where one of them holds every check digit with nothing doubted (the
    other passes would add nothing), else from the readings of every pass."""
    box = _box_of(line2, line1)
    both = Band(box[1], box[3], box[0], box[2], 0)
    readings = [*first, *([page] if page is not None else [])]
    found = _decide(readings, box)
    if _rank(found) == READ_VERIFIED:
        return found
    dpi2 = _dpi_for(image, line2, native_dpi)
    makers = {  # rendered here, in this thread (pdfium is not thread-safe); read at once by ``run``
        **_line1_crops(image, line1, render, native_dpi),
        "line 2, finer": lambda: render(_box_points(image, line2), dpi2 * SECOND_SCALE),
        "line 2, coarser, black and white": lambda: binarised(render(_box_points(image, line2), dpi2 / SECOND_SCALE)),
        # OCR shortens runs of fillers and may lose the digits after them: line 2's last characters alone.
        END: lambda: render(_box_points(image, _end_of(line2)), dpi2),
    }
    done = {reading.how for reading in first}
    crops = {how: make() for how, make in makers.items() if how not in done}
    dpi1 = _dpi_for(image, line1, native_dpi)
    both_lines = {"both lines": render(_box_points(image, both, 0.3), (dpi1 + dpi2) / 2)}
    # The single lines in a few Tesseract runs (one start-up each), beside the two lines read as a block.
    runs = -(-len(crops) // CROPS_PER_RUN)
    batches = [dict(list(crops.items())[i::runs]) for i in range(runs)]
    passes = [lambda batch=batch: _read_together(engine, batch, 7) for batch in batches]
    passes.append(lambda: _read_together(engine, both_lines, 6))
    read = {reading.how: reading for readings in run(passes) for reading in readings}
    return _decide([*readings, *(read[how] for how in [*crops, *both_lines])], box)


def _decide(readings: list[Reading], box: tuple[int, int, int, int]) -> ZoneReading:
    """The zone from its readings: a line 2 whose check digits all hold (read so, or from the readings' votes per
    character), else the failing line independent readings agree on, confirmed where enough of them do."""
    seconds_lines = [line for r in readings for line in r.lines if _looks_like_line2(line)]
    # Tesseract's line 1 before the templates': where both keep the grid, its letters are the surer (on a tilted
    # photo the templates take E for B), but not its fillers ('K' for '<'); the templates' is taken where
    # Tesseract's has lost the grid.
    by_tesseract_first = sorted(readings, key=lambda r: r.how == LINE1_TEMPLATES)
    line1 = _best_line1([line for r in by_tesseract_first for line in r.lines if _looks_like_line1(line)])
    templates_line1 = next((r.lines[0] for r in readings if r.how == LINE1_TEMPLATES), None)
    if templates_line1 is not None:
        line1 = _fillers_by_templates(line1, templates_line1)
    parsed = []  # (reading, its line 2 as the parser fitted it, the zone)
    end = next((r for r in readings if r.how == END), None)
    tail = mrz.clean_line(end.lines[-1])[-2:] if end is not None and end.lines else ""
    grid = next((r.lines[0] for r in readings if r.how == LINE2_TEMPLATES and len(r.lines[0]) == mrz.LENGTH), None)
    for reading in readings:
        if reading.how == END:
            continue
        for line in reading.lines:
            if _looks_like_line2(line):
                zone = _fitted_zone(line1, line, grid)
                parsed.append((reading, zone.lines[1], zone))
                if len(tail) == 2 and tail[1].isdigit() and zone.lines[1][42:] != tail and len(mrz.clean_line(line)) < mrz.LENGTH:
                    ended = mrz.parse(line1, zone.lines[1][:42] + tail)
                    parsed.append((Reading(reading.lines, reading.confidence, f"{reading.how}, its end read alone"),
                                   ended.lines[1], ended))
    notes = []
    weighed = [(fitted, reading.confidence) for reading, fitted, _ in parsed]
    lowest = min((r.confidence for r, _, _ in parsed), default=0.0)
    voted = "line 2 voted character by character"
    for how, line, note in ((VOTED, vote.majority(weighed), voted),
                            (REPAIRED, vote.repaired(weighed),
                             f"{voted}, its dates and check digits chosen among the readings' characters")):
        if line is not None and line not in {fitted for _, fitted, _ in parsed}:
            parsed.append((Reading((line,), lowest, how), line, mrz.parse(line1, line)))
            notes.append(f"{note} over {len(seconds_lines)} readings")
    valid = [(r, fitted, zone) for r, fitted, zone in parsed if zone.valid]
    if valid:
        # Where readings whose check digits all hold differ, the one more readings gave.
        agreeing_with = collections.Counter(fitted for _, fitted, _ in parsed)
        reading, fitted, zone = max(valid, key=lambda item: (item[2].verified, agreeing_with[item[1]], item[0].confidence))
        agreeing = agreeing_with[fitted]
        # A number fitted from a line read too long or short, which no second reading gives, is doubted where one
        # that agrees on everything else reads it otherwise: the fitting may have kept characters the print lacks.
        refitted = any(len(mrz.clean_line(line)) != mrz.LENGTH for line in reading.lines if _looks_like_line2(line))
        others = sorted({other[:9] for r, other, _ in parsed if r.how not in (VOTED, REPAIRED) and len(other) == mrz.LENGTH
                         and other[10:] == fitted[10:] and _rival(other, fitted)}) if agreeing < AGREEING and refitted else []
        return ZoneReading((line1, fitted), True, True, tuple(readings), agreeing, box, tuple(notes), tuple(others))
    # A failing zone is confirmed where independent readings agree on the digits that fail: the same fields,
    # read alike with their check digits (the composite counts only where nothing else fails).
    groups = collections.defaultdict(list)
    for reading, fitted, zone in parsed:
        if reading.how in (VOTED, REPAIRED) or len(fitted) != mrz.LENGTH:
            continue  # votes are no independent reading; a line not fitted to 44 has no check digit in its place
        failed = [name for name in zone.failed_checks if name != "composite"] or list(zone.failed_checks)
        if any(not fitted[FIELDS[name][1] - 1].isdigit() for name in failed if name != "personal_number"):
            continue  # a check digit lost (read as a filler) is a digit not read, not one that fails
        groups[tuple((name, fitted[slice(*FIELDS[name])]) for name in failed)].append((reading, fitted))
    if not groups:
        return ZoneReading((line1, seconds_lines[0] if seconds_lines else ""), False, False, tuple(readings), 0, box,
                           tuple(notes))
    key, members = max(groups.items(), key=lambda item: (len(item[1]), max(r.confidence for r, _ in item[1])))
    fitted = max(members, key=lambda member: member[0].confidence)[1]
    sure = len(members) >= AGREEING_ANYHOW or (
        len(members) >= AGREEING and min(r.confidence for r, _ in members) >= CONFIDENT)
    return ZoneReading((line1, fitted), False, bool(key) and sure, tuple(readings), len(members), box, tuple(notes))


def _rival(other: str, taken: str) -> bool:
    """Whether another reading's document number may be the printed one rather than the taken one's. Not where it
    differs only by glyphs OCR-B prints alike ('5998527' beside 'S998527') and its own check digit fails: that is
    the same print misread, which the taken number's holding digit decides."""
    if other[:9] == taken[:9]:
        return False
    alike = all(mrz.printed_alike(a, b) for a, b in zip(other[:9], taken[:9]))
    return not alike or mrz.check_digits_hold(other, ("document_number",))


def _fitted_zone(line1: str, line2: str, grid: str | None) -> mrz.Mrz:
    """The zone with a reading of line 2 fitted to 44 characters: by the parser, or laid on the templates' grid
    (``_on_grid``) where that makes more check digits hold (the parser's fitting knows no other reading)."""
    zone = mrz.parse(line1, line2)
    if grid is None or len(mrz.clean_line(line2)) <= mrz.LENGTH:
        return zone
    on_grid = mrz.parse(line1, _on_grid(line2, grid))
    return on_grid if len(on_grid.failed_checks) < len(zone.failed_checks) else zone


def _on_grid(line: str, grid: str) -> str:
    """A line 2 read with characters inserted ('SI998527' for 'S998527': one glyph read as two), put back on the
    44 cells of the templates' reading ``grid``: the characters dropped are those whose dropping leaves the
    fewest cells differing from it, so that every character after an insertion stands in its own cell again.
    A line of 44 or fewer, or with more than ``MAX_INSERTED`` extra, is left as read."""
    line = mrz.clean_line(line)
    extra = len(line) - len(grid)
    if not 0 < extra <= MAX_INSERTED:
        return line
    # differing[i][d]: the fewest cells differing with line[:i] laid on the grid, d of its characters dropped.
    differing = [[0] + [None] * extra]
    for i, ch in enumerate(line, 1):
        row = []
        for dropped in range(extra + 1):
            cell = i - 1 - dropped  # the grid cell line[i-1] stands in when kept
            before = differing[i - 1][dropped]
            options = [before + (ch != grid[cell])] if before is not None and 0 <= cell < len(grid) else []
            if dropped and differing[i - 1][dropped - 1] is not None:
                options.append(differing[i - 1][dropped - 1])
            row.append(min(options) if options else None)
        differing.append(row)
    kept, dropped = [], extra
    for i in range(len(line), 0, -1):  # back from the end: the characters kept
        if dropped and differing[i][dropped] == differing[i - 1][dropped - 1]:
            dropped -= 1
        else:
            kept.append(line[i - 1])
    return "".join(reversed(kept))


def _end_of(line: Band) -> Band:
    """The last characters of a zone line (a line's 44 characters are as wide as it; OCR-B is monospaced)."""
    pitch = line.width / mrz.LENGTH
    return Band(line.top, line.bottom, max(line.right - int(END_CHARACTERS * pitch), line.left), line.right, 0)


def _fitted_line1(line: str) -> str:
    """A reading of line 1 as the parser fits it to 44 characters."""
    return mrz.parse(line, "<" * mrz.LENGTH).lines[0]


def _best_line1(lines: list[str]) -> str:
    """Line 1 from its readings: by votes per character where three or more keep the grid, else the longest that
    keeps it (of zone characters only). A reading longer than 44 characters has one inserted somewhere (a filler
    read as two letters, 'XK'), which shifts every character after it: it has lost the grid, and votes only
    where no reading keeps it."""
    kept = [line for line in lines if len(mrz.clean_line(line)) <= mrz.LENGTH] or lines
    fitted = [(_fitted_line1(line), 0.0) for line in kept]
    return vote.majority(fitted) or (max(kept, key=lambda line: (
        all(ch in mrz.MRZ_CHARS for ch in mrz.clean_line(line)), len(mrz.clean_line(line)) <= 46, len(line))) if kept else "P<")


def _fillers_by_templates(line: str, templates: str) -> str:
    """Line 1 (as taken from Tesseract's readings) with a filler wherever it reads a letter Tesseract makes of one
    ('K', 'S', 'C'...: ``mrz.FILLER_LOOK_ALIKES``) and the templates read a filler: to them OCR-B's chevron is
    like no letter (on the specimens and their photographed variants they never took one for the other), so
    their filler is a second reader's evidence, not a guess. Only where the two readings part letters from
    fillers alike everywhere else: a reading that lost the grid is left as it is."""
    fitted = _fitted_line1(line)
    if len(templates) != mrz.LENGTH or len(fitted) != mrz.LENGTH:
        return line
    slips = {k for k, (ours, theirs) in enumerate(zip(fitted, templates))
             if theirs == "<" and ours in mrz.FILLER_LOOK_ALIKES}
    same_grid = all((ours == "<") == (theirs == "<")
                    for k, (ours, theirs) in enumerate(zip(fitted, templates)) if k not in slips)
    if not slips or not same_grid:
        return line
    return "".join("<" if k in slips else ch for k, ch in enumerate(fitted))


def zone_words(reading: ZoneReading) -> list[Word]:
    """The zone's two lines as the page's words (one word a line), where the zone lies on the page's image."""
    left, top, right, bottom = reading.box
    half = (bottom - top) // 2
    confidence = reading.confidence * 100
    return [Word(reading.lines[0], confidence, left, top, right - left, half, (ZONE_LINE_KEY, 0, 0)),
            Word(reading.lines[1], confidence, left, top + half, right - left, bottom - top - half, (ZONE_LINE_KEY, 0, 1))]


def with_zone(words: list[Word], reading: ZoneReading) -> list[Word]:
    """The page's words with whatever the first read made of the zone replaced by the zone's own reading."""
    left, top, right, bottom = reading.box
    pad = (bottom - top) // 2
    inside = lambda w: left - pad <= w.left + w.width / 2 <= right + pad and top - pad <= w.top + w.height / 2 <= bottom + pad
    return _splice(words, lambda w: inside(w) or w.line in set(zone_lines(words)), zone_words(reading))
