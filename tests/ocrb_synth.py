"""Passport zones rendered as a poor copy would show them, for the OCR-B reader: made the same way every run.

Each zone is drawn at a high resolution in a monospaced font (the shipped
OCR-B, or a font close to it: DejaVu Sans Mono, Liberation Mono), its lines
set as ICAO sets them (a pitch of 2.54 mm, the lines about 4 mm apart), then
scaled down to 5–9 pixels per character, tilted slightly, blurred, given
noise and low contrast, and saved as a JPEG; line 2 (or 1) is cropped as
``ocr/zone.py`` crops a band (with margins) and scaled up as pdfium renders it
for reading. A line may also be drawn as photographed at an angle (``angled``).
Run as a script for the reader's character accuracy per font and pitch::

    PYTHONPATH=. python tests/ocrb_synth.py [zones per cell of the table]
"""

from __future__ import annotations

import io
import json
import random
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from esorcheck.ocr import ocrb
from esorcheck.ocr.render import Image as Grey

ROOT = Path(__file__).resolve().parent.parent
VECTORS = ROOT.parent / "shared" / "corpus" / "mrz" / "vectors.json"
FONTS = {"OCR-B": str(ocrb.FONT), "DejaVu Sans Mono": "DejaVuSansMono.ttf",
         "Liberation Mono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf"}
PITCHES = (5, 6, 7, 8, 9)  # pixels per character in the copy
DRAW_PITCH = 60  # pixels per character when drawn, before the copy is made
LINE_SPACING = 1.6  # line pitch over character pitch (4.2 mm over 2.54 mm)
MARGIN, SIDE_MARGIN = 0.45, 1.0  # line heights around a band, as the zone's reader crops it
LINE_PX = 46  # a crop's line height once scaled up, as the zone's reader renders it
# Two zones of the shared vectors' kind, for when the shared corpus is absent (ICAO 9303's specimen and one more).
FALLBACK_ZONES = [("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"),
                  ("P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<", "C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4")]


def zones() -> list[tuple[str, str]]:
    """TD3 zones of the shared vectors (or two built in, where the shared corpus is absent)."""
    if not VECTORS.exists():
        return FALLBACK_ZONES
    found = json.loads(VECTORS.read_text(encoding="utf-8"))["td3"]
    return [tuple(v["lines"]) for v in found if len(v["lines"]) == 2 and all(len(x) == 44 for x in v["lines"])]


def _font(name: str) -> ImageFont.FreeTypeFont:
    """The font at the size whose advance is ``DRAW_PITCH``."""
    probe = ImageFont.truetype(FONTS[name], 100)
    return ImageFont.truetype(FONTS[name], round(100 * DRAW_PITCH / probe.getlength("0")))


def copy(lines: tuple[str, str], font: str, pitch: float, rng: random.Random) -> tuple[Image.Image, list[tuple]]:
    """The zone as a poor copy: the image and each line's band (left, top, right, bottom) on it."""
    face = _font(font)
    line_pitch = LINE_SPACING * DRAW_PITCH
    _, top, _, bottom = face.getbbox("H")
    width, height = round(48 * DRAW_PITCH), round(2 * line_pitch + 2 * DRAW_PITCH)
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    bands = []
    for number, line in enumerate(lines):
        y = DRAW_PITCH + number * line_pitch
        for k, ch in enumerate(line):
            draw.text((2 * DRAW_PITCH + k * DRAW_PITCH, y), ch, font=face, fill=0)
        bands.append((2 * DRAW_PITCH, y + top, 2 * DRAW_PITCH + 44 * DRAW_PITCH, y + bottom))
    scale = pitch / DRAW_PITCH
    small = page.resize((round(width * scale), round(height * scale)), Image.BOX)
    tilt = rng.uniform(-0.6, 0.6)
    small = small.rotate(tilt, Image.BICUBIC, fillcolor=255)
    small = small.filter(ImageFilter.GaussianBlur(rng.uniform(0.2, 0.8)))
    paper, ink = rng.randint(180, 245), rng.randint(20, 100)
    noise = rng.uniform(2, 12)
    pixels = bytes(min(max(round(ink + (paper - ink) * v / 255 + rng.gauss(0, noise)), 0), 255) for v in small.tobytes())
    noisy = Image.frombytes("L", small.size, pixels)
    stored = io.BytesIO()
    noisy.save(stored, "JPEG", quality=rng.randint(35, 85))
    stored.seek(0)
    return Image.open(stored).convert("L"), [tuple(v * scale for v in band) for band in bands]


def angled(line: str, pitch: float, stretch: float) -> tuple[Image.Image, tuple]:
    """One zone line photographed at an angle: drawn in OCR-B, then seen in perspective (the paper turned about
    an upright axis), its first character ``pitch`` pixels wide and each next one larger, the last ``1 + stretch``
    times as tall as the first (and that squared as wide); slightly blurred. The picture and the line's band on
    it (left, top, right, bottom)."""
    face = _font("OCR-B")
    _, top, _, bottom = face.getbbox("H")
    margin = 2 * DRAW_PITCH
    length = len(line) * DRAW_PITCH
    drawn = Image.new("L", (2 * margin + length, 2 * margin + bottom), 255)
    for k, ch in enumerate(line):
        ImageDraw.Draw(drawn).text((margin + k * DRAW_PITCH, margin), ch, font=face, fill=0)
    # A point w pixels along the picture's line stands w / (s + g w) along the drawn one, as far from its middle
    # height: the scale is s at the line's start and s (1 + stretch) at its end, the line s L (1 + stretch) long.
    start = pitch / DRAW_PITCH
    growth = stretch / (length * (1 + stretch))
    seen_length = start * length * (1 + stretch)
    outer = margin * start
    size = (round(2 * outer + seen_length), round(drawn.height * start * (1 + stretch)))
    drawn_middle, seen_middle = margin + (top + bottom) / 2, size[1] / 2
    # Pillow's coefficients map a picture pixel (u, v) to the drawing: x = (a u + b v + c) / (g u + h v + 1), y alike.
    norm = start - growth * outer  # the map's denominator at the picture's left edge, scaled to 1
    coefficients = ((1 + margin * growth) / norm, 0, (margin * norm - outer) / norm, drawn_middle * growth / norm,
                    1 / norm, (drawn_middle * norm - seen_middle) / norm, growth / norm, 0)
    picture = drawn.transform(size, Image.PERSPECTIVE, coefficients, Image.BICUBIC, fillcolor=255)
    half = (bottom - top) / 2 * start * (1 + stretch)
    return picture.filter(ImageFilter.GaussianBlur(0.5)), (outer, seen_middle - half, outer + seen_length, seen_middle + half)


def crop(picture: Image.Image, band: tuple) -> Grey:
    """A line's band with the zone reader's margins, scaled up so that the line is ``LINE_PX`` high."""
    left, top, right, bottom = band
    h = bottom - top
    box = (left - SIDE_MARGIN * h, top - MARGIN * h, right + SIDE_MARGIN * h, bottom + MARGIN * h)
    factor = LINE_PX / h
    size = (round((box[2] - box[0]) * factor), round((box[3] - box[1]) * factor))
    scaled = picture.resize(size, Image.BICUBIC, box=box)
    return Grey(scaled.width, scaled.height, 300.0, scaled.tobytes())


def accuracy(font: str, pitch: float, count: int, seed: int = 0) -> tuple[int, int, int]:
    """(characters right, characters, lines entirely right) over ``count`` zones' two lines."""
    rng = random.Random(f"{seed}-{font}-{pitch}")
    chosen = rng.sample(zones(), min(count, len(zones())))
    right = total = whole = 0
    for lines in chosen:
        picture, bands = copy(lines, font, pitch, rng)
        for line, band in zip(lines, bands):
            reading = ocrb.read_line(crop(picture, band))
            text = reading.text if reading else ""
            hits = sum(a == b for a, b in zip(text, line))
            right, total, whole = right + hits, total + len(line), whole + (text == line)
    return right, total, whole


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    for name in FONTS:
        cells = []
        for pitch in PITCHES:
            right, total, whole = accuracy(name, pitch, count)
            cells.append(f"{pitch}px {100 * right / total:5.1f}% ({whole}/{2 * min(count, len(zones()))} lines)")
        print(f"{name:18}", "  ".join(cells))
