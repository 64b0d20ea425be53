"""A tilted passport zone turned level, for a photo taken at a slight angle.

Tilted by a few degrees, the zone's two lines run into each other in the
rows of the page, so no band reads as a line. The tilt is the angle that,
once the crop is turned by it, gives the sharpest profile of its rows: lines
of text then fall into dark rows and light gaps. Pillow (already a
dependency, for the HTML report's thumbnails) turns the image; it is loaded
only when a zone's straight reading failed.
"""

from __future__ import annotations

import itertools

from esorcheck.ocr.render import Image

MAX_DEGREES = 8  # a zone tilted further is not a photo of a page laid flat
COARSE_STEP, FINE_STEP = 1.0, 0.25
MIN_DEGREES = 1.0  # less tilt than this the straight reading copes with
MAX_PROFILE_WIDTH = 600  # pixels: the profile of a narrower copy is as sharp, and faster to take


def _pil(image: Image):
    from PIL import Image as Pil

    return Pil.frombytes("L", (image.width, image.height), image.pixels)


def _sharpness(picture, degrees: float) -> float:
    """How sharply the rows of the picture turned by ``degrees`` part into dark and light."""
    from PIL import Image as Pil

    turned = picture.rotate(degrees, resample=Pil.BILINEAR, fillcolor=255)
    rows = turned.resize((1, turned.height), Pil.BOX).tobytes()
    return sum((a - b) ** 2 for a, b in itertools.pairwise(rows))


def tilt(image: Image) -> float:
    """The angle (degrees, counter-clockwise) that levels the lines of text in the image, within ``MAX_DEGREES``."""
    from PIL import Image as Pil

    picture = _pil(image)
    if picture.width > MAX_PROFILE_WIDTH:
        scale = MAX_PROFILE_WIDTH / picture.width
        picture = picture.resize((MAX_PROFILE_WIDTH, max(1, round(picture.height * scale))), Pil.BILINEAR)
    coarse = max(range(-MAX_DEGREES, MAX_DEGREES + 1), key=lambda d: _sharpness(picture, d * COARSE_STEP)) * COARSE_STEP
    steps = round(COARSE_STEP / FINE_STEP)
    return max((coarse + n * FINE_STEP for n in range(-steps + 1, steps)), key=lambda d: _sharpness(picture, d))


def levelled(image: Image, degrees: float) -> Image:
    """The image turned by ``degrees`` (counter-clockwise), grown to hold it all, its new corners white."""
    from PIL import Image as Pil

    turned = _pil(image).rotate(degrees, resample=Pil.BICUBIC, expand=True, fillcolor=255)
    return Image(turned.width, turned.height, image.dpi, turned.tobytes())


def scaled(image: Image, box: tuple[float, float, float, float], dpi: float) -> Image:
    """The box (left, top, right, bottom in points from the image's top left) of the image, resampled (Lanczos)
    to ``dpi``: the image stands for a page where a render of the page is wanted."""
    from PIL import Image as Pil

    pixels = image.dpi / 72
    part = image.crop(tuple(round(v * pixels) for v in box))
    factor = dpi / image.dpi
    size = (max(1, round(part.width * factor)), max(1, round(part.height * factor)))
    picture = _pil(part).resize(size, Pil.LANCZOS)
    return Image(picture.width, picture.height, dpi, picture.tobytes())
