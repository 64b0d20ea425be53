"""Pages rendered to 8-bit grey images for OCR, with pypdfium2 (from one thread: pdfium is not thread-safe)."""

from __future__ import annotations

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

    def pgm(self, box: tuple[int, int, int, int] | None = None) -> bytes:
        """The image (or the box left, top, right, bottom of it) as a binary PGM file."""
        left, top, right, bottom = box or (0, 0, self.width, self.height)
        if box is None:
            rows = self.pixels
        else:
            rows = b"".join(self.pixels[y * self.width + left : y * self.width + right] for y in range(top, bottom))
        return b"P5\n%d %d\n255\n" % (right - left, bottom - top) + rows


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
