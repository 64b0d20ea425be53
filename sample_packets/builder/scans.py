"""Turn PDF pages into 'scanned' pages: a greyed, noisy, slightly tilted JPEG, no text layer."""
from __future__ import annotations

import io
import random

import pypdfium2 as pdfium
from PIL import Image, ImageFilter, ImageOps
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas

DPI = 100


def degrade(img: Image.Image, rng: random.Random) -> Image.Image:
    """Grey, tilt, blur, noise and an uneven scanner background."""
    g = ImageOps.grayscale(img)
    # photocopy look: lower contrast, slightly dark paper
    g = g.point(lambda v: int(30 + v * rng.uniform(0.78, 0.86)))
    angle = rng.choice([-1, 1]) * rng.uniform(0.5, 1.6)
    g = g.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=int(rng.uniform(95, 130)))
    # a dark band along one edge, where the lid did not close
    w, h = g.size
    band = Image.new("L", (int(w * rng.uniform(0.01, 0.025)), h), int(rng.uniform(60, 100)))
    g.paste(band, (0, 0) if rng.random() < 0.5 else (w - band.width, 0))
    g = g.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.7)))
    noise = Image.frombytes("L", g.size, rng.randbytes(w * h))
    g = Image.blend(g, noise, rng.uniform(0.05, 0.08))
    return g


def scan_pdf(pdf: bytes, seed: int) -> bytes:
    """Return a PDF of the same pages as image-only scans."""
    rng = random.Random(seed)
    src = pdfium.PdfDocument(pdf)
    out = io.BytesIO()
    c = rl_canvas.Canvas(out, invariant=1)
    c.setCreator("")
    for i in range(len(src)):
        page = src[i]
        w, h = page.get_size()
        c.setPageSize((w, h))
        img = page.render(scale=DPI / 72).to_pil()
        g = degrade(img, rng)
        buf = io.BytesIO()
        g.save(buf, "JPEG", quality=rng.choice([55, 60, 65]), optimize=True)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=w, height=h)
        c.showPage()
    c.save()
    src.close()
    return out.getvalue()
