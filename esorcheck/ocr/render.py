"""Pages rendered to 8-bit grey images for OCR, with pypdfium2 (from one thread: pdfium is not thread-safe).

A whole page is rendered at 200 dpi; a box of it (a passport's machine-readable
zone) may be rendered again alone, at the resolution its characters need and
never below that of the image it is printed from (a phone photo placed on the
page is read at its own pixels, or finer, resampled by pdfium).
"""

from __future__ import annotations

import collections
import struct
from dataclasses import dataclass

DPI = 200
MAX_PIXELS = 25_000_000  # a poster-sized page is rendered at a lower resolution, not at 200 dpi


@dataclass(frozen=True)
class Image:
    """An 8-bit grey rendering of one page, rows without padding."""

    width: int
    height: int
    dpi: float
    pixels: bytes

    def crop(self, box: tuple[int, int, int, int]) -> Image:
        """The box (left, top, right, bottom, in pixels; clipped to the image) as an image of its own."""
        left, top, right, bottom = max(box[0], 0), max(box[1], 0), min(box[2], self.width), min(box[3], self.height)
        rows = b"".join(self.pixels[y * self.width + left : y * self.width + right] for y in range(top, bottom))
        return Image(max(right - left, 0), max(bottom - top, 0), self.dpi, rows)

    def pgm(self, box: tuple[int, int, int, int] | None = None) -> bytes:
        """The image (or the box left, top, right, bottom of it) as a binary PGM file."""
        left, top, right, bottom = box or (0, 0, self.width, self.height)
        if box is None:
            rows = self.pixels
        else:
            rows = b"".join(self.pixels[y * self.width + left : y * self.width + right] for y in range(top, bottom))
        return b"P5\n%d %d\n255\n" % (right - left, bottom - top) + rows


def otsu(pixels: bytes) -> int:
    """Otsu's threshold of grey pixels (every seventh sampled: the same threshold, seven times faster)."""
    sample = pixels[::7]
    counts = collections.Counter(sample)
    total, weighted = len(sample), sum(value * n for value, n in counts.items())
    below = below_sum = 0
    best, threshold = -1.0, 128
    for value in range(256):
        n = counts.get(value, 0)
        below, below_sum = below + n, below_sum + value * n
        if not below or below == total:
            continue
        spread = below * (total - below) * (below_sum / below - (weighted - below_sum) / (total - below)) ** 2
        if spread > best:
            best, threshold = spread, value
    return threshold


def tiff(images: list[Image]) -> bytes:
    """The images as the pages of one uncompressed 8-bit grey TIFF, each page with its own resolution: several
    images for one Tesseract run."""
    data = bytearray(b"II*\x00\x00\x00\x00\x00")
    link = 4  # where the offset of the next page's directory goes
    for image in images:
        pixels = len(data)
        data += image.pixels + b"\x00" * (len(image.pixels) % 2)
        resolution = len(data)
        data += struct.pack("<II", round(image.dpi * 100), 100)
        entries = [(256, 4, image.width), (257, 4, image.height), (258, 3, 8), (259, 3, 1), (262, 3, 1),
                   (273, 4, pixels), (277, 3, 1), (278, 4, image.height), (279, 4, len(image.pixels)),
                   (282, 5, resolution), (283, 5, resolution), (296, 3, 2)]  # 296: resolution in inches
        struct.pack_into("<I", data, link, len(data))
        data += struct.pack("<H", len(entries))
        for tag, kind, value in entries:
            value_field = struct.pack("<HH", value, 0) if kind == 3 else struct.pack("<I", value)  # 3: short, else long
            data += struct.pack("<HHI", tag, kind, 1) + value_field
        link = len(data)
        data += b"\x00\x00\x00\x00"
    return bytes(data)


def render(document, index: int, dpi: float = DPI) -> Image:
    """Page ``index`` (0-based) of an open pypdfium2 document, in grey; call from one thread only."""
    page = document[index]
    try:
        width, height = page.get_size()
        scale = dpi / 72
        if width * height * scale * scale > MAX_PIXELS:
            scale = (MAX_PIXELS / max(width * height, 1.0)) ** 0.5
        bitmap = page.render(scale=scale, grayscale=True)
        try:
            w, h, stride = bitmap.width, bitmap.height, bitmap.stride
            raw = bytes(bitmap.buffer)
        finally:
            bitmap.close()
    finally:
        page.close()
    pixels = raw if stride == w else b"".join(raw[y * stride : y * stride + w] for y in range(h))
    return Image(w, h, scale * 72, pixels)


def render_box(document, index: int, box: tuple[float, float, float, float], dpi: float) -> Image:
    """A box of page ``index`` (left, top, right, bottom in points from the page's top left corner) at ``dpi``,
    in grey; call from one thread only."""
    page = document[index]
    try:
        width, height = page.get_size()
        left, top, right, bottom = max(box[0], 0.0), max(box[1], 0.0), min(box[2], width), min(box[3], height)
        scale = dpi / 72
        if (right - left) * (bottom - top) * scale * scale > MAX_PIXELS:
            scale = (MAX_PIXELS / max((right - left) * (bottom - top), 1.0)) ** 0.5
        bitmap = page.render(scale=scale, grayscale=True, crop=(left, height - bottom, width - right, top))
        try:
            w, h, stride = bitmap.width, bitmap.height, bitmap.stride
            raw = bytes(bitmap.buffer)
        finally:
            bitmap.close()
    finally:
        page.close()
    pixels = raw if stride == w else b"".join(raw[y * stride : y * stride + w] for y in range(h))
    return Image(w, h, scale * 72, pixels)


def image_dpi(document, index: int, box: tuple[float, float, float, float]) -> float | None:
    """The resolution (pixels per inch on the page) of the image printed under this box of page ``index``
    (points from the top left), the finest if several; None where no image lies under it."""
    import pypdfium2.raw as pdfium_c

    page = document[index]
    try:
        height = page.get_size()[1]
        found = []
        for image in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=2):
            left, bottom, right, top = image.get_bounds()
            if right <= box[0] or left >= box[2] or height - top >= box[3] or height - bottom <= box[1]:
                continue
            pixels_wide, _ = image.get_px_size()
            if right > left:
                found.append(pixels_wide / (right - left) * 72)
        return max(found) if found else None
    except Exception:  # noqa: BLE001 - a broken image object only loses the hint
        return None
    finally:
        page.close()
