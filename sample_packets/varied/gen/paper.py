"""Pages that went through paper: a scanner run over several sheets, or a phone photo of each sheet.

A scanner run keeps one tilt, one paper tone and one noise level for all the sheets of a document
(they went through the same feeder); a phone photo adds perspective, uneven light and the table
around the sheet. Pages are put into a PDF with img2pdf (JPEG passed through, no text layer).
"""
from __future__ import annotations

import io
import random

import img2pdf
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageOps

A4_PT = (595.28, 841.89)


def _pages(pdf: bytes, dpi: int) -> list[Image.Image]:
    src = pdfium.PdfDocument(pdf)
    try:
        return [src[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(src))]
    finally:
        src.close()


def _jpeg(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=True, dpi=(150, 150))
    return buf.getvalue()


def _to_pdf(jpegs: list[bytes], page_pt=A4_PT) -> bytes:
    layout = img2pdf.get_fixed_dpi_layout_fun((150, 150)) if page_pt is None else \
        img2pdf.get_layout_fun((img2pdf.in_to_pt(page_pt[0] / 72), img2pdf.in_to_pt(page_pt[1] / 72)))
    return img2pdf.convert(jpegs, layout_fun=layout, nodate=True, engine=img2pdf.Engine.internal)


def scanner_run(pdf: bytes, seed: int, *, dpi: int = 150, colour: bool = False) -> bytes:
    """Every page of ``pdf`` as a scan from the same scanner run."""
    rng = random.Random(seed)
    angle = rng.choice([-1, 1]) * rng.uniform(0.4, 1.2)
    paper = rng.randrange(232, 246)
    contrast = rng.uniform(0.80, 0.9)
    noise_level = rng.uniform(0.03, 0.05)
    quality = rng.choice([50, 55, 60])
    out = []
    for k, page in enumerate(_pages(pdf, dpi)):
        g = page if colour else ImageOps.grayscale(page)
        lut = [int(paper - (255 - v) * contrast) if v < 250 else paper for v in range(256)]
        g = g.point(lut * (3 if colour else 1))
        g = g.rotate(angle + rng.uniform(-0.08, 0.08), resample=Image.BICUBIC, expand=False,
                     fillcolor=(paper,) * 3 if colour else paper)
        g = g.filter(ImageFilter.GaussianBlur(0.5))
        w, h = g.size
        noise = Image.effect_noise((w, h), 40).point(lambda v: 128 + (v - 128) // 2)
        mono = g if not colour else ImageOps.grayscale(g)
        mono = Image.blend(mono, noise, noise_level)
        if colour:
            g = Image.merge("RGB", [Image.blend(c, noise, noise_level) for c in g.split()])
        else:
            g = mono
        # the lid's shadow along the binding edge, the same on every sheet
        edge = ImageDraw.Draw(g)
        edge.rectangle([0, 0, int(w * 0.012), h], fill=(paper - 90,) * 3 if colour else paper - 90)
        out.append(_jpeg(g, quality))
    return _to_pdf(out)


def phone_photos(pdf: bytes, seed: int, *, dpi: int = 130) -> bytes:
    """Every page photographed on a desk: keystone, light falling off to one side, a wood-coloured margin."""
    rng = random.Random(seed)
    out = []
    for page in _pages(pdf, dpi):
        w, h = page.size
        canvas_w, canvas_h = int(w * 1.1), int(h * 1.1)
        desk = Image.new("RGB", (canvas_w, canvas_h), (rng.randrange(120, 140), rng.randrange(95, 110), rng.randrange(70, 85)))
        desk = Image.blend(desk, Image.effect_noise((canvas_w, canvas_h), 30).convert("RGB"), 0.12)
        dx, dy = int(w * 0.05), int(h * 0.05)
        desk.paste(page, (dx, dy))
        # keystone: the top of the sheet further from the lens than its bottom
        squeeze = rng.uniform(0.03, 0.06) * canvas_w
        lift = rng.uniform(0.0, 0.02) * canvas_h
        quad = (squeeze, lift, -squeeze * 0.1, canvas_h, canvas_w + squeeze * 0.1, canvas_h, canvas_w - squeeze, lift * 2)
        photo = desk.transform((canvas_w, canvas_h), Image.QUAD, quad, resample=Image.BICUBIC)
        # light from one side
        shade = Image.linear_gradient("L").rotate(rng.choice([90, -90]), expand=True).resize((canvas_w, canvas_h))
        shade = shade.point(lambda v: int(185 + v * 0.27))
        photo = Image.composite(photo, Image.new("RGB", photo.size, (0, 0, 0)), shade)
        photo = photo.rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, fillcolor=(90, 70, 55))
        out.append(_jpeg(photo.filter(ImageFilter.GaussianBlur(0.6)), 55))
    return _to_pdf(out)
