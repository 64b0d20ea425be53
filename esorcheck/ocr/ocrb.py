"""A passport zone line read against OCR-B glyph templates, beside Tesseract.

Tesseract's models are not trained on OCR-B, the machine-readable zone's
typeface: on a phone photo it loses the line's grid of 44 characters, and
slips between shapes OCR-B keeps apart ('3' and '5', '1' and '4'). The zone is
printed on a fixed pitch, so its line is a grid of 44 cells: the grid's pitch
and offset are the ones whose cell boundaries fall on the least ink (the
first and last cells are always inked: line 1 starts with 'P' and ends with a
filler or a name, line 2 ends with a digit). A photo taken at an angle prints
the line's nearer end larger: where no even grid keeps off the ink, grids
whose cells widen (or narrow) evenly along the line are tried too, their
boundaries kept to the middle of the gaps between characters. Each cell,
scaled to a fixed size, is compared (mean absolute difference) with the 37
characters of the free OCR-B font shipped beside this module, rendered once
per process and blurred to the line's sharpness, at small shifts. Each cell
keeps its candidates ranked by that distance.

Plain Pillow: the cells of a line side by side make one strip, compared with
each character's template repeated along it, so a line costs a few hundred
Pillow calls, a few hundredths of a second.
"""

from __future__ import annotations

import functools
import itertools
import operator
import statistics
from dataclasses import dataclass
from pathlib import Path

from esorcheck.ocr.render import Image, otsu
from esorcheck.readings import mrz

FONT = Path(__file__).with_name("OCRB.otf")  # Norbert Schwarz's OCR-B in Matthew Skala's conversion (OCRB-LICENCE.txt)
TEMPLATE_PX = 120  # the font's size for rendering the templates, before they are scaled to a cell
CELL_W, CELL_H = 16, 24  # a cell and a template, scaled to this size (pixels) to be compared
TALL_SHAPE = "H"  # the filler '<' is placed in its cell as it stands beside a capital, whose height frames it
VERTICAL_MARGIN = 0.12  # of the characters' height, above and below, in cells and templates alike
BLURS = (0.0, 0.7, 1.4)  # Gaussian radii (cell pixels) the templates are blurred to
WEIGHTS = (0, 3, 6)  # pixels (at TEMPLATE_PX) the glyphs' strokes are thickened by: prints are bolder than the font
SHIFTS = (-1, 0, 1)  # cell pixels a cell is moved by, across and down, to meet a template
PITCH_STEPS = 48  # pitches tried between the narrowest and the widest the line's ink allows
OFFSET_STEP = 0.25  # of a pixel: the grid's offsets tried
COARSE_STEPS = 4  # the coarse search tries every fourth pitch, at whole pixels, the fine one the rest near its best
# A photo taken at an angle prints the zone's nearer end larger: grids whose last cell is wider (or narrower) than the
# first by these shares of the pitch, each cell wider than the one before by the same amount.
STRETCHES = (-0.2, -0.15, -0.1, -0.05, 0.05, 0.1, 0.15, 0.2)
STRETCH_GAIN = 0.5  # inked columns (the line's inkiest as a unit) a stretched grid must cut fewer of than the even
                    # grid to be taken: on a flat print many grids fall on nothing but paper, the even one as well
GAP_REACH = 0.15  # of a pitch: the columns on either side of a stretched grid's boundary that count as its own
INK_SHARE = 0.5  # a row of the crop is in the line when its ink reaches this share of the inkiest row's
TALL_SHARE = 0.8  # a cell's ink is a full-height character's when it is this share of the tallest cells' height
MIN_TALL_CELLS = 6  # fewer full-height characters: the line's top and bottom are taken flat, not fitted to a tilt
EDGE_REACH = 0.3  # line heights above and below the line where an edge's column is still inked, a character's not
MAX_GAP = 1.2  # line heights: no two neighbours of a zone line stand further apart (a mark beside it may)
DARK_SHARE = 0.5  # a pixel is ink when darker than halfway between the line's paper and its ink
MIN_CONFIDENCE = 18  # a line whose cells' best templates stand out less than this (0–100) is no zone line: on copies
                    # of zones at 6-9 pixels a character the reader gives 25-60, on other bands of text under 15
PAPER_PERCENTILE, INK_PERCENTILE = 0.9, 0.03  # of the line's pixels: its paper and its ink levels


# What ICAO 9303 allows in each cell of a TD3 zone's lines: a cell's reading is the best template among these.
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ<"
DIGITS = "0123456789"
LINE1_ALLOWED = ("P", LETTERS, *[LETTERS] * 42)  # the document code's 'P', then its kind, the state and the names
LINE2_ALLOWED = (*[mrz.MRZ_CHARS] * 9, DIGITS, *[LETTERS] * 3, *[DIGITS] * 7, "MFX<", *[DIGITS] * 7,
                 *[mrz.MRZ_CHARS] * 14, DIGITS + "<", DIGITS)  # number, nationality, dates, sex, personal number
LINE1_STATE, LINE2_STATE = (2, 3, 4), (10, 11, 12)  # the issuing state's cells, the nationality's
NEAR = 1.15  # a candidate within this factor of its cell's best distance is a reading of the cell too


@dataclass(frozen=True)
class LineReading:
    """A zone line read cell by cell: per cell the characters ranked by distance to their templates (0–255)."""

    ranked: tuple[tuple[tuple[str, float], ...], ...]  # 44 cells, each (character, distance) best first

    @property
    def text(self) -> str:
        return "".join(cell[0][0] for cell in self.ranked)

    @property
    def confidences(self) -> tuple[float, ...]:
        """Per cell with a choice, 0–1: how far the best template stands out from the next."""
        return tuple(max(1 - cell[0][1] / max(cell[1][1], 1e-6), 0.0) for cell in self.ranked if len(cell) > 1)

    @property
    def confidence(self) -> float:
        """The line's confidence on Tesseract's scale (0–100): the mean of its cells'."""
        return 100 * statistics.fmean(self.confidences)


def _pil(image: Image):
    from PIL import Image as Pil

    return Pil.frombytes("L", (image.width, image.height), image.pixels)


@functools.cache
def templates() -> dict[tuple[int, float], dict[str, object]]:
    """Per stroke weight and blur radius, each character's template (CELL_W × CELL_H, ink dark) repeated ``mrz.LENGTH`` times
    side by side, to be compared with a line's cells in one Pillow call."""
    from PIL import Image as Pil
    from PIL import ImageDraw, ImageFilter, ImageFont

    font = ImageFont.truetype(str(FONT), TEMPLATE_PX)
    advance = font.getlength(TALL_SHAPE)
    canvas_size = (round(advance) * 2, TEMPLATE_PX * 2)
    origin = (round(advance) // 2, TEMPLATE_PX // 2)

    def drawn(ch: str, weight: int = 0):
        canvas = Pil.new("L", canvas_size, 255)
        ImageDraw.Draw(canvas).text(origin, ch, font=font, fill=0, stroke_width=weight, stroke_fill=0)
        return canvas

    def ink_rows(canvas) -> tuple[int, int]:
        _, top, _, bottom = canvas.point(lambda v: 255 - v).getbbox()
        return top, bottom

    tall = ink_rows(drawn(TALL_SHAPE))
    found: dict[tuple[int, float], dict[str, object]] = {}
    for ch in mrz.MRZ_CHARS:
        top, bottom = tall if ch == "<" else ink_rows(drawn(ch))
        margin = VERTICAL_MARGIN * (bottom - top)
        for weight in WEIGHTS:
            # Thickened strokes reach out by the weight on every side: the box grows with them.
            box = (origin[0] - weight / 2, top - margin - weight, origin[0] + advance + weight / 2, bottom + margin + weight)
            cell = drawn(ch, weight).resize((CELL_W, CELL_H), Pil.BILINEAR, box=box)
            for blur in BLURS:
                shape = cell.filter(ImageFilter.GaussianBlur(blur)) if blur else cell
                strip = Pil.new("L", (CELL_W * mrz.LENGTH, CELL_H))
                for position in range(mrz.LENGTH):
                    strip.paste(shape, (position * CELL_W, 0))
                found.setdefault((weight, blur), {})[ch] = strip
    return found


def _levels(picture) -> tuple[int, int]:
    """The line's paper and ink grey levels."""
    histogram = picture.histogram()
    total = sum(histogram)

    def level(share: float) -> int:
        seen = 0
        for value, n in enumerate(histogram):
            seen += n
            if seen >= share * total:
                return value
        return 255

    return level(PAPER_PERCENTILE), level(INK_PERCENTILE)


def _line_rows(dark: list[list[int]]) -> tuple[int, int]:
    """The rows of the crop the line is in: the run of inky rows around the inkiest."""
    counts = [sum(row) for row in dark]
    peak = max(range(len(counts)), key=counts.__getitem__)
    cut = INK_SHARE * counts[peak]
    top = bottom = peak
    while top > 0 and counts[top - 1] >= cut:
        top -= 1
    while bottom < len(counts) - 1 and counts[bottom + 1] >= cut:
        bottom += 1
    return top, bottom + 1


def _ink_span(columns: list[int], gap: int) -> tuple[int, int]:
    """The widest stretch of inked columns with no blank gap wider than ``gap``."""
    best, start, last = (0, 0), None, None
    for x, n in enumerate(columns):
        if not n:
            continue
        if start is None or x - last > gap:
            if start is not None and last + 1 - start > best[1] - best[0]:
                best = (start, last + 1)
            start = x
        last = x
    if start is not None and last + 1 - start > best[1] - best[0]:
        best = (start, last + 1)
    return best


def _centred(darkness: list[float], reach: int) -> list[float]:
    """Each column's darkness summed with its neighbours' ``reach`` columns to either side: a boundary costs less
    the further it lies from ink, in the middle of the gap between two characters."""
    totals = list(itertools.accumulate(darkness, initial=0.0))
    last = len(darkness)
    return [totals[min(x + reach + 1, last)] - totals[max(x - reach, 0)] for x in range(last)]


def grid(darkness: list[float], left: int, right: int) -> tuple[float, ...]:
    """The 45 boundaries of the line's 44 cells: of the grids whose first cell holds the first inked column and
    whose last holds the last, the one whose inner boundaries fall on the least ink (``darkness`` per column).
    Searched coarse (every COARSE_STEPS-th pitch, whole pixels), then fine around the coarse best: an even grid
    first, then, where it cuts through ink, grids stretched along the line (``STRETCHES``) with their boundaries
    in the middle of the gaps (``_centred``); the least inked of these is taken where it cuts ``STRETCH_GAIN``
    of an inked column less than the even grid."""
    span = right - left
    # The ink spans 43 pitches and the last character's width, which is at most a pitch.
    narrowest, widest = span / mrz.LENGTH, span / (mrz.LENGTH - 1)
    last_column = len(darkness) - 1
    # How far each boundary moves when each cell is one pixel wider than the one before: the line's ends stay.
    bends = [k * (k - mrz.LENGTH) / 2 for k in range(mrz.LENGTH + 1)]

    def pitch_of(step: int) -> float:
        return narrowest + (widest - narrowest) * step / PITCH_STEPS

    def lowest_of(pitch: float) -> float:
        return right - mrz.LENGTH * pitch  # the offset whose last cell ends on the last inked column

    def inner(pitch: float, stretch: float) -> list[float]:
        """The inner boundaries, from the grid's offset."""
        growth = stretch * pitch / mrz.LENGTH  # pixels each cell is wider than the one before
        return [k * pitch + growth * bends[k] for k in range(1, mrz.LENGTH)]

    def cost(profile: list[float], start: float, boundaries: list[float]) -> float:
        return sum(profile[min(max(round(start + x), 0), last_column)] for x in boundaries)

    def coarse(profile: list[float], steps: range, stretch: float) -> tuple[float, int, float]:
        """The least inked grid among these pitches at whole-pixel shifts from their leftmost offsets: the costs
        of every shift at once, each boundary's columns added as a run (a few hundred Python steps a pitch)."""
        best = (float("inf"), 0, 0.0)
        for step in steps:
            pitch = pitch_of(step)
            lowest = lowest_of(pitch)
            shifts = int(left - lowest) + 1 if left >= lowest else 0
            costs = [0.0] * shifts
            for x in inner(pitch, stretch):
                first = round(lowest + x)
                run = (profile[first : first + shifts] if first >= 0 and first + shifts <= last_column + 1
                       else [profile[min(max(first + shift, 0), last_column)] for shift in range(shifts)])
                costs = list(map(operator.add, costs, run))
            if costs:
                shift = min(range(shifts), key=costs.__getitem__)
                if costs[shift] < best[0]:
                    best = (costs[shift], step, float(shift))
        return best

    def fine(profile: list[float], step: int, shift: float, stretch: float) -> tuple[float, int, float]:
        """The least inked grid at the pitches near ``step``, at quarter-pixel shifts near ``shift``."""
        best = (float("inf"), 0, 0.0)
        for near in range(max(step - COARSE_STEPS, 0), min(step + COARSE_STEPS, PITCH_STEPS) + 1):
            pitch = pitch_of(near)
            lowest = lowest_of(pitch)
            boundaries = inner(pitch, stretch)
            most = left - lowest
            tried = max(shift - 1.0, 0.0)
            while tried <= min(shift + 1.0, most):
                found = cost(profile, lowest + tried, boundaries)
                if found < best[0]:
                    best = (found, near, tried)
                tried += OFFSET_STEP
        return best

    every_coarse = range(0, PITCH_STEPS + 1, COARSE_STEPS)
    inked, step, shift = fine(darkness, *coarse(darkness, every_coarse, 0.0)[1:], 0.0)
    stretch = 0.0
    gain = STRETCH_GAIN * max(darkness)
    if inked > gain:
        centred = _centred(darkness, max(1, round(GAP_REACH * span / mrz.LENGTH)))
        tried = {stretch: coarse(centred, every_coarse, stretch) for stretch in STRETCHES}
        best = min(tried, key=lambda stretch: tried[stretch][0])
        _, stretched_step, stretched_shift = fine(centred, *tried[best][1:], best)
        pitch = pitch_of(stretched_step)
        if cost(darkness, lowest_of(pitch) + stretched_shift, inner(pitch, best)) <= inked - gain:
            step, shift, stretch = stretched_step, stretched_shift, best
    pitch = pitch_of(step)
    offset = lowest_of(pitch) + shift
    return (offset, *(offset + x for x in inner(pitch, stretch)), offset + mrz.LENGTH * pitch)


def _fit(points: list[tuple[float, float]], fallback: float) -> tuple[float, float]:
    """A straight line (intercept, slope) through the points by least squares; flat where too few."""
    if len(points) < MIN_TALL_CELLS:
        values = [y for _, y in points]
        return (statistics.median(values) if values else fallback), 0.0
    mean_x = statistics.fmean(x for x, _ in points)
    mean_y = statistics.fmean(y for _, y in points)
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in points) / spread if spread else 0.0
    return mean_y - slope * mean_x, slope


def read_line(crop: Image, allowed: tuple[str, ...] = (mrz.MRZ_CHARS,) * mrz.LENGTH,
              state_cells: tuple[int, ...] = ()) -> LineReading | None:
    """One zone line in a crop (the line with some margin) read cell by cell, each cell's candidates among the
    characters ``allowed`` there (``LINE1_ALLOWED``, ``LINE2_ALLOWED``), its state code's ``state_cells``
    (``LINE1_STATE``, ``LINE2_STATE``) judged by ICAO's list; None where no line of ink is found."""
    from PIL import Image as Pil
    from PIL import ImageChops

    picture = _pil(crop)
    if crop.width < mrz.LENGTH or crop.height < 4:
        return None
    paper, ink = _levels(picture)
    if paper - ink < 16:
        return None
    # Ink dark (0), paper light (255), whatever the copy's contrast; a light pattern printed behind the zone (a
    # guilloche) is paper too: everything lighter than halfway from Otsu's threshold to the paper is white.
    light = (otsu(crop.pixels) + paper) / 2
    scale = 255 / max(light - ink, 1)
    picture = picture.point(lambda v: min(max(round((v - ink) * scale), 0), 255))
    cut = round(255 * DARK_SHARE)
    raw = picture.tobytes()
    width = crop.width
    dark = [[1 if v < cut else 0 for v in raw[y * width : (y + 1) * width]] for y in range(crop.height)]
    top, bottom = _line_rows(dark)
    height = bottom - top
    # A column inked in the line's rows and also clear above and below it is the line's; one inked through (the
    # edge of a photo, a frame) is not.
    reach = max(1, round(EDGE_REACH * height))
    above, below = dark[max(top - reach, 0)], dark[min(bottom - 1 + reach, crop.height - 1)]
    columns = [0 if above[x] and below[x] else sum(dark[y][x] for y in range(top, bottom)) for x in range(width)]
    left, right = _ink_span(columns, round(MAX_GAP * height))
    if right - left < 10 * height:
        return None
    darkness = [sum(255 - raw[y * width + x] for y in range(top, bottom)) for x in range(width)]
    bounds = grid(darkness, left, right)
    centres = [(bounds[k] + bounds[k + 1]) / 2 for k in range(mrz.LENGTH)]
    # The line's top and bottom, fitted through its full-height characters (a slight tilt).
    spans = []
    for k in range(mrz.LENGTH):
        a, b = round(bounds[k]), round(bounds[k + 1])
        inked = [any(row[a:b]) for row in dark]
        middle = (top + bottom) // 2
        if any(inked[top:bottom]):
            # The run of inked rows nearest the line's middle: not the other zone line's ink above or below.
            centre = min((y for y in range(top, bottom) if inked[y]), key=lambda y: abs(y - middle))
            upper, lower = centre, centre
            while upper > 0 and inked[upper - 1]:
                upper -= 1
            while lower < crop.height - 1 and inked[lower + 1]:
                lower += 1
            spans.append((centres[k], upper, lower + 1))
    tallest = sorted(b - t for _, t, b in spans)[-max(1, len(spans) // 4)] if spans else height
    tall = [(x, t, b) for x, t, b in spans if b - t >= TALL_SHARE * tallest]
    top_line = _fit([(x, t) for x, t, _ in tall], top)
    bottom_line = _fit([(x, b) for x, _, b in tall], bottom)
    if any(bottom_line[0] + bottom_line[1] * x - top_line[0] - top_line[1] * x < 2 for x in centres):
        return None  # the fitted top and bottom cross: ink of no one line (specks, a photo's edge)
    # Paper around the crop, so that a cell at its edge may be moved and framed.
    pad = height
    framed = Pil.new("L", (width + 2 * pad, crop.height + 2 * pad), 255)
    framed.paste(picture, (pad, pad))
    strips = {}
    for dx in SHIFTS:
        for dy in SHIFTS:
            strip = Pil.new("L", (CELL_W * mrz.LENGTH, CELL_H))
            for k in range(mrz.LENGTH):
                x, pitch = centres[k], bounds[k + 1] - bounds[k]
                upper = top_line[0] + top_line[1] * x
                lower = bottom_line[0] + bottom_line[1] * x
                margin = VERTICAL_MARGIN * (lower - upper)
                sx, sy = dx * pitch / CELL_W, dy * (lower - upper + 2 * margin) / CELL_H
                box = (min(max(x - pitch / 2 + sx + pad, 0), framed.width - 1),
                       min(max(upper - margin + sy + pad, 0), framed.height - 1),
                       min(max(x + pitch / 2 + sx + pad, 1), framed.width),
                       min(max(lower + margin + sy + pad, 1), framed.height))
                strip.paste(framed.resize((CELL_W, CELL_H), Pil.BILINEAR, box=box), (k * CELL_W, 0))
            strips[dx, dy] = strip
    def distances(shapes, shifted) -> dict[str, list[int]]:
        """Per character, each cell's distance to its template at the best of the shifts."""
        per_char = {}
        for ch, shape in shapes.items():
            best = None
            for strip in shifted:
                means = ImageChops.difference(strip, shape).resize((mrz.LENGTH, 1), Pil.BOX).tobytes()
                best = list(means) if best is None else [min(a, b) for a, b in zip(best, means)]
            per_char[ch] = best
        return per_char

    # The templates as bold and as blurred as the print: those whose best fits are closest over the line (unshifted).
    every = templates()
    fitting = min(every, key=lambda style: sum(min(column) for column in zip(*distances(every[style], [strips[0, 0]]).values())))
    chosen = distances(every[fitting], strips.values())
    ranked = tuple(tuple(sorted(((ch, float(chosen[ch][k])) for ch in allowed[k]), key=lambda item: item[1]))
                   for k in range(mrz.LENGTH))
    return with_state_code(LineReading(ranked), state_cells)


def with_state_code(line: LineReading, cells: tuple[int, ...]) -> LineReading:
    """The line with its state code (issuing state, nationality: ``cells``) taken among its cells' near candidates,
    where the best templates spell no code ICAO lists and exactly one near combination does: a state code has no
    check digit, the list is its check ('GOR' with 'B' a near second in its middle cell is 'GBR')."""
    if not cells or mrz.is_state_code("".join(line.ranked[k][0][0] for k in cells)):
        return line
    near = [[ch for ch, distance in line.ranked[k] if distance <= NEAR * max(line.ranked[k][0][1], 1.0)] for k in cells]
    codes = {code for code in map("".join, itertools.product(*near)) if mrz.is_state_code(code)}
    if len(codes) != 1:
        return line
    ranked = list(line.ranked)
    for k, ch in zip(cells, codes.pop()):
        ranked[k] = tuple(sorted(ranked[k], key=lambda item: item[0] != ch))  # the chosen character first
    return LineReading(tuple(ranked))
