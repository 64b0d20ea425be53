"""Small raster images for the DOCX producer: logos, signature scribbles, stamps."""
from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def _rgb(hex_color: str) -> tuple[int, int, int]:
    h = hex_color.lstrip("#")
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


def logo(kind: str, color: str, px: int = 120) -> bytes:
    img = Image.new("RGBA", (px, px), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    c = _rgb(color)
    s = px
    if kind == "cross":
        d.rounded_rectangle([0, 0, s - 1, s - 1], radius=s // 7, fill=c)
        d.rectangle([s * 0.4, s * 0.15, s * 0.6, s * 0.85], fill="white")
        d.rectangle([s * 0.15, s * 0.4, s * 0.85, s * 0.6], fill="white")
    elif kind == "circle":
        d.ellipse([2, 2, s - 3, s - 3], outline=c, width=max(3, s // 30))
        d.ellipse([s * 0.18, s * 0.18, s * 0.82, s * 0.82], fill=c)
        d.ellipse([s * 0.38, s * 0.38, s * 0.62, s * 0.62], fill="white")
    elif kind == "shield":
        d.polygon([(0, 0), (s - 1, 0), (s - 1, s * 0.55), (s / 2, s - 1), (0, s * 0.55)], fill=c)
        d.line([(s * 0.2, s * 0.3), (s * 0.8, s * 0.3)], fill="white", width=max(2, s // 25))
        d.line([(s / 2, s * 0.1), (s / 2, s * 0.75)], fill="white", width=max(2, s // 25))
    else:  # bars
        for i, h in enumerate((0.55, 0.85, 0.7)):
            x = i * s * 0.36
            d.rectangle([x, s * (1 - h), x + s * 0.26, s - 1], fill=c)
    return _png(img)


def scribble(seed: int, w: int = 360, h: int = 90) -> bytes:
    rng = random.Random(seed)
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    pts = []
    steps = rng.randrange(6, 10)
    anchors = [(w * 0.03, h * 0.55)] + [(w * 0.05 + w * 0.9 * (i + 1) / steps, h * rng.uniform(0.15, 0.8))
                                        for i in range(steps)]
    for (x0, y0), (x1, y1) in zip(anchors, anchors[1:]):
        bulge = rng.uniform(-0.5, 0.5) * h
        for t in range(12):
            u = t / 12
            pts.append((x0 + (x1 - x0) * u, y0 + (y1 - y0) * u + bulge * math.sin(math.pi * u)))
    d.line(pts, fill=(20, 30, 115, 255), width=3, joint="curve")
    d.line([(w * 0.06, h * 0.92), (w * rng.uniform(0.5, 0.9), h * 0.88)], fill=(20, 30, 115, 255), width=2)
    return _png(img)


def stamp(lines: list[str], seed: int, px: int = 150) -> bytes:
    rng = random.Random(seed)
    img = Image.new("RGBA", (px, px), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    col = (70, 55, 160, 200)
    d.ellipse([3, 3, px - 4, px - 4], outline=col, width=4)
    d.ellipse([15, 15, px - 16, px - 16], outline=col, width=2)
    for i, t in enumerate(lines[:3]):
        size = 14
        font = ImageFont.truetype(FONT, size)
        while size > 7 and d.textlength(t, font=font) > px * 0.72:
            size -= 1
            font = ImageFont.truetype(FONT, size)
        d.text((px / 2, px * 0.45 + i * 18), t, font=font, fill=col, anchor="mm")
    return _png(img.rotate(rng.uniform(-12, 12), resample=Image.BICUBIC))
