"""A tilted page or passport zone turned level, for a photo taken at an angle; a page turned upright.

Tilted by a few degrees, a zone's two lines run into each other in the
rows of the page, so no band reads as a line; tilted further, a page's
paragraphs are read in part or dropped by Tesseract's layout analysis. The
tilt is the angle that, once the image is turned by it, gives the sharpest
profile of its rows: lines of text then fall into dark rows and light gaps.
Pillow (already a dependency, for the HTML report's thumbnails) turns the
image; it is loaded only when a straight reading found the text tilted or
failed.
"""

from __future__ import annotations

import itertools

from esorcheck.ocr.render import Image

MAX_DEGREES = 8  # a page or zone tilted further is not a photo of a page laid flat
COARSE_STEP, FINE_STEP = 1.0, 0.25
MIN_DEGREES = 1.0  # less tilt than this the straight reading copes with
CLEARER = 1.2  # the profile at the tilt found is this much sharper than at none, or the tilt is none
MAX_PROFILE_WIDTH = 600  # pixels: the profile of a narrower copy is as sharp, and faster to take


def _pil(image: Image):
    from PIL import Image as Pil

    return Pil.frombytes("L", (image.width, image.height), image.pixels)


def _sharpness(picture, degrees: float, paper: int) -> float:
    """How sharply the rows of the picture turned by ``degrees`` part into dark and light; the corners turning
    brings in are of the ``paper``'s grey, so that they add no edge of their own."""
    from PIL import Image as Pil

    turned = picture.rotate(degrees, resample=Pil.BILINEAR, fillcolor=paper)
    rows = turned.resize((1, turned.height), Pil.BOX).tobytes()
    return sum((a - b) ** 2 for a, b in itertools.pairwise(rows))


def tilt(image: Image) -> float:
    """The angle (degrees, counter-clockwise) that levels the lines of text in the image, within ``MAX_DEGREES``."""
    from PIL import Image as Pil

    picture = _pil(image)
    if picture.width > MAX_PROFILE_WIDTH:
        scale = MAX_PROFILE_WIDTH / picture.width
        picture = picture.resize((MAX_PROFILE_WIDTH, max(1, round(picture.height * scale))), Pil.BILINEAR)
    histogram = picture.histogram()
    paper = histogram.index(max(histogram))  # the commonest grey
    sharpness = {d * COARSE_STEP: _sharpness(picture, d * COARSE_STEP, paper) for d in range(-MAX_DEGREES, MAX_DEGREES + 1)}
    coarse = max(sharpness, key=sharpness.get)
    if sharpness[coarse] <= CLEARER * sharpness[0.0]:
        return 0.0  # no angle parts the rows more clearly than none: a blank page, a picture, text already level
    steps = round(COARSE_STEP / FINE_STEP)
    return max((coarse + n * FINE_STEP for n in range(-steps + 1, steps)), key=lambda d: _sharpness(picture, d, paper))


def levelled(image: Image, degrees: float) -> Image:
    """The image turned by ``degrees`` (counter-clockwise), grown to hold it all, its new corners white."""
    from PIL import Image as Pil

    turned = _pil(image).rotate(degrees, resample=Pil.BICUBIC, expand=True, fillcolor=255)
    return Image(turned.width, turned.height, image.dpi, turned.tobytes())


def upright(image: Image, clockwise: int) -> Image:
    """The image turned clockwise by a quarter turn or more (90, 180, 270 degrees): its pixels moved, none resampled."""
    from PIL import Image as Pil

    turn = {90: Pil.Transpose.ROTATE_270, 180: Pil.Transpose.ROTATE_180, 270: Pil.Transpose.ROTATE_90}[clockwise]
    picture = _pil(image).transpose(turn)
    return Image(picture.width, picture.height, image.dpi, picture.tobytes())


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
