"""Image-only pages: passports as scanners and phones capture them, and pages nothing can be read from.

Every page is a one-page PDF holding a single JPEG and no text layer, as a scanner
app or a phone writes it. Randomness comes only from the generator passed in, so a
rebuild gives the same bytes.
"""
from __future__ import annotations

import io
import math
import random

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageOps
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas

from builder.images import stamp as stamp_png
from builder.scans import degrade

MM = 72 / 25.4


def rasterise(pdf: bytes, dpi: float, page: int = 0) -> Image.Image:
    """One page of a PDF as an RGB image."""
    doc = pdfium.PdfDocument(pdf)
    try:
        return doc[page].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        doc.close()


def _jpeg(img: Image.Image, quality: int) -> io.BytesIO:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=True)
    buf.seek(0)
    return buf


def page_pdf(img: Image.Image, *, quality: int, box_mm: tuple[float, float, float] | None = None,
             page_size=A4) -> bytes:
    """A one-page PDF showing ``img``: the whole page (a scan) or a box (x, y from top-left, width in mm)."""
    out = io.BytesIO()
    c = rl_canvas.Canvas(out, pagesize=page_size, invariant=1)
    c.setCreator("")
    w, h = page_size
    if box_mm is None:
        c.drawImage(ImageReader(_jpeg(img, quality)), 0, 0, width=w, height=h)
    else:
        x, y, width = (v * MM for v in box_mm)
        height = width * img.height / img.width
        c.drawImage(ImageReader(_jpeg(img, quality)), x, h - y - height, width=width, height=height)
    c.showPage()
    c.save()
    return out.getvalue()


# ---------------------------------------------------------------- passports
def data_page(passport_pdf: bytes, dpi: int = 300) -> Image.Image:
    """The lower (data) page of the passport drawing, cropped to its edges."""
    img = rasterise(passport_pdf, dpi)
    grey = ImageOps.grayscale(img).point(lambda v: 255 if v > 245 else 0)
    left, top, right, bottom = ImageOps.invert(grey).getbbox()
    middle = top + (bottom - top) // 2
    return img.crop((left, middle + int(3 * dpi / 25.4), right, bottom))


def scanned_page(passport_pdf: bytes, dpi: int, rng: random.Random) -> bytes:
    """The open passport on the scanner glass at ``dpi``, cropped by the scan app: grey, tilted, noisy."""
    img = rasterise(passport_pdf, dpi)
    grey = ImageOps.grayscale(img).point(lambda v: 255 if v > 245 else 0)
    left, top, right, bottom = ImageOps.invert(grey).getbbox()
    pad = int(6 * dpi / 25.4)
    crop = img.crop((max(0, left - pad), max(0, top - pad), min(img.width, right + pad), min(img.height, bottom + pad)))
    width_mm = crop.width / dpi * 25.4
    return page_pdf(degrade(crop, rng), quality=rng.choice([40, 45, 50]), box_mm=((210 - width_mm) / 2, 20, width_mm))


def _desk(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A dark wooden desk top under uneven light."""
    w, h = size
    base = Image.new("RGB", size)
    px = base.load()
    phase = rng.uniform(0, 6.3)
    tone = (rng.randrange(70, 100), rng.randrange(45, 65), rng.randrange(25, 40))
    for y in range(h):
        for x in range(0, w, 2):
            grain = 0.5 + 0.5 * math.sin(y / 9.0 + 3 * math.sin(x / 80.0 + phase))
            light = 0.75 + 0.35 * (1 - ((x - w * 0.4) ** 2 + (y - h * 0.3) ** 2) / (w * w))
            k = (0.75 + 0.25 * grain) * light
            col = tuple(max(0, min(255, int(v * k))) for v in tone)
            px[x, y] = col
            if x + 1 < w:
                px[x + 1, y] = col
    return base.filter(ImageFilter.GaussianBlur(1.2))


def photographed(card: Image.Image, rng: random.Random, width_px: int = 880) -> Image.Image:
    """The data page photographed at an angle on a desk: perspective, soft focus, shade."""
    card = card.resize((width_px, int(width_px * card.height / card.width)), Image.LANCZOS)
    cw, ch = card.size
    margin = int(cw * 0.12)
    W, H = cw + 2 * margin, ch + 2 * margin
    # where the card's corners land in the photo (top-left, top-right, bottom-right, bottom-left)
    j = lambda s: rng.uniform(-s, s) * cw  # noqa: E731
    skew = rng.uniform(0.04, 0.08) * cw
    quad = [(margin + skew + j(0.01), margin + j(0.01)), (margin + cw - skew + j(0.01), margin + j(0.01)),
            (margin + cw + j(0.015), margin + ch + j(0.01)), (margin + j(0.015), margin + ch + j(0.01))]
    coeffs = _perspective_coeffs(quad, [(0, 0), (cw, 0), (cw, ch), (0, ch)])
    warped = card.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", card.size, 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=0)
    photo = _desk((W, H), rng)
    photo.paste(warped, (0, 0), mask)
    shade = Image.linear_gradient("L").resize((W, H)).rotate(rng.choice([0, 90, 180, 270]))
    photo = Image.composite(photo, ImageOps.colorize(shade, (40, 35, 30), (255, 250, 240)).convert("RGB"),
                            shade.point(lambda v: 255 - v // 5))
    return photo.filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 1.3)))


def _perspective_coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """PIL's 8 perspective coefficients mapping output points ``dst`` to input points ``src``."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return _solve(rows, rhs)


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
    return [m[i][n] / m[i][i] for i in range(n)]


def phone_small(card: Image.Image, width_px: int, rng: random.Random) -> Image.Image:
    """A small phone picture of the data page, as a messenger app shrinks it (450-600 px wide)."""
    img = card.resize((width_px, int(width_px * card.height / card.width)), Image.LANCZOS)
    img = img.rotate(rng.uniform(-2.0, 2.0), resample=Image.BICUBIC, expand=True, fillcolor=(60, 55, 50))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.6)))
    return img


# ---------------------------------------------------------------- pages nothing can be read from
def blank_scan(rng: random.Random, dpi: int = 75) -> bytes:
    """A scanner pass with the lid closed on nothing: grey paper, lid shadow, noise."""
    w, h = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    return page_pdf(degrade(Image.new("RGB", (w, h), "white"), rng), quality=40)


def desk_photo(rng: random.Random) -> bytes:
    """A phone photo of a desk top, taken by mistake instead of the document."""
    return page_pdf(_desk((600, 846), rng).filter(ImageFilter.GaussianBlur(2)), quality=50)


def wall_photo(rng: random.Random) -> bytes:
    """A phone photo of a plastered wall: low-contrast blotches, no writing."""
    w, h = 450, 635
    small = Image.frombytes("L", (w // 15, h // 15), rng.randbytes((w // 15) * (h // 15)))
    blotch = small.resize((w, h), Image.BICUBIC).filter(ImageFilter.GaussianBlur(6))
    wall = ImageOps.colorize(blotch.point(lambda v: 150 + v // 5), (170, 160, 140), (235, 228, 210))
    grain = Image.frombytes("L", (w, h), rng.randbytes(w * h)).convert("RGB")
    return page_pdf(Image.blend(wall, grain, 0.04), quality=45)


def heavy_noise(rng: random.Random, dpi: int = 45) -> bytes:
    """A fax-like page of heavy noise with no trace of text."""
    w, h = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    noise = Image.frombytes("L", (w, h), rng.randbytes(w * h))
    return page_pdf(noise.filter(ImageFilter.GaussianBlur(0.7)).point(lambda v: 0 if v < 110 else 255), quality=35)


def stamp_only(lines: list[str], rng: random.Random, dpi: int = 80) -> bytes:
    """A white page scanned with nothing on it but an institution's round stamp."""
    w, h = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    page = Image.new("RGB", (w, h), "white")
    mark = Image.open(io.BytesIO(stamp_png(lines, rng.randrange(10**6), px=170))).convert("RGBA")
    page.paste(mark, (int(w * rng.uniform(0.5, 0.65)), int(h * rng.uniform(0.6, 0.75))), mark)
    return page_pdf(degrade(page, rng), quality=45)


UNREADABLE = {"blank-scan": blank_scan, "desk-photo": desk_photo, "wall-photo": wall_photo,
              "heavy-noise": heavy_noise}
