"""OCR of a packet's pages: rendered one after the other, read by several Tesseract processes at once; then a
passport's zone, on the pages where one may be, read on its own (ocr/zone.py)."""

from __future__ import annotations

import dataclasses
import math
import subprocess
import time
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

from esorcheck.cores import available_cores
from esorcheck.ocr import deskew, legible_words
from esorcheck.ocr import zone as zones
from esorcheck.ocr.render import DPI, Image, image_dpi, render, render_box
from esorcheck.ocr.tesseract import PAGE_TIMEOUT_S, Engine, recognise, upright_turn
from esorcheck.ocr.words import OcrPage, Word, text_slope
from esorcheck.ocr.zone import ZONE_LINE_KEY, zone_lines

MAX_WORKERS = 8
# Words read with less confidence than this (0–100) are noise: specks, stamps, signatures.
MIN_WORD_CONFIDENCE = 20
# A page read as fewer words than this is read again, binarised at this share of Otsu's threshold.
RETRY_UNDER_WORDS = 5
RETRY_THRESHOLD = 0.6
PASSPORT_PAGE_LANGUAGES = ["eng"]
# Tesseract's layout analysis copes with a page tilted less than this. Tilted more (a phone photo, a page fed
# askew), it reads some paragraphs and drops others: the page is turned level and read again.
LEVEL_FROM_DEGREES = 3.0
# A page read with less confidence than this may stand sideways or upside down (a sheet fed or photographed so):
# Tesseract is asked which way is up, and the page turned if it is sure enough (its orientation confidence).
TURN_BELOW_CONFIDENCE = 0.75
MIN_TURN_CONFIDENCE = 1.5


def worker_count() -> int:
    return max(1, min(available_cores(), MAX_WORKERS))


def read_image(engine: Engine, image: Image) -> OcrPage:
    """OCR one rendered page (in a worker thread); a failure becomes the page's error, never an exception.

    A passport's page is read in English only: its data are in its zone, read on its own, and its other words
    are labels; Tesseract given several languages tries each on every word it is unsure of, and a passport's
    security print makes it unsure of most (two to three times the cost).

    A page read as almost no words is read again in black and white, a page read poorly turned upright where it
    stands sideways, a page whose text is tilted turned level (``read_again``) — unless a passport zone may be on it: then the zone is read first, on its own, and the page
    again only if no zone is found on it (``_read_zone``).
    """
    start = time.perf_counter()
    read_on = image
    try:
        words = recognise(engine, image, languages=PASSPORT_PAGE_LANGUAGES if zones.printed_zone(image) else None)
        found = zones.candidates(image, words)
        if not found:  # where a passport's zone may be, it is read first (``_read_zone``)
            words, read_on = read_again(engine, image, words)
            # A zone is read again from the page as pdfium renders it: not on a page that had to be turned.
            found = zones.candidates(image, words) if read_on is image else ()
    except subprocess.TimeoutExpired:
        return OcrPage(width=image.width, height=image.height, dpi=image.dpi, seconds=time.perf_counter() - start,
                       error=f"OCR took longer than {PAGE_TIMEOUT_S} s and was stopped")
    except (OSError, RuntimeError) as exc:
        return OcrPage(width=image.width, height=image.height, dpi=image.dpi, seconds=time.perf_counter() - start, error=str(exc))
    return _page_of(words, read_on, time.perf_counter() - start, found)


def read_again(engine: Engine, image: Image, words: list[Word]) -> tuple[list[Word], Image]:
    """The page read again where its first reading needs it: darker where it read almost no words, upright where
    it stands sideways or upside down, then level where its text is tilted. Returns the words and the image they
    were read on (the page turned upright, or ``image``); ``words`` (the same list) where nothing reads more."""
    if len(words) < RETRY_UNDER_WORDS:
        words = read_darker(engine, image, words)
    words, image = read_upright(engine, image, words)
    return read_levelled(engine, image, words), image


def read_upright(engine: Engine, image: Image, words: list[Word]) -> tuple[list[Word], Image]:
    """The page turned upright and read again, where its first reading was poor and Tesseract is sure it stands
    sideways or upside down, if that reads more legible words: those words and the turned page; else ``words``
    and ``image``."""
    confidence = _page_of(words, image, 0.0).confidence
    if confidence is not None and confidence >= TURN_BELOW_CONFIDENCE:
        return words, image
    turn = upright_turn(engine, image)
    if turn is None or turn[0] == 0 or turn[1] < MIN_TURN_CONFIDENCE:
        return words, image
    turned = deskew.upright(image, turn[0])
    again = recognise(engine, turned)
    return (again, turned) if _legible(again, turned) > _legible(words, image) else (words, image)


def read_darker(engine: Engine, image: Image, words: list[Word]) -> list[Word]:
    """The page read again in black and white at a darker threshold, where that reads more words: a textured
    background (a passport's security print, grey paper) can push Otsu's threshold so high that Tesseract
    sees only texture."""
    again = recognise(engine, zones.binarised(image, int(zones.otsu(image.pixels) * RETRY_THRESHOLD)))
    return again if len(again) > len(words) else words


def read_levelled(engine: Engine, image: Image, words: list[Word]) -> list[Word]:
    """The page turned level and read again where its text is tilted, if that reads more legible words; else
    ``words``. The words of the levelled page are placed in the page's frame, as if the page had lain straight.

    The tilt of the first reading's lines says whether to look; where no line of three words was read (text
    tilted so far that Tesseract found no line, or a blank page), the tilt is measured on the image's rows.
    """
    slope = text_slope(words)
    if slope is not None and abs(math.degrees(math.atan(slope))) < LEVEL_FROM_DEGREES:
        return words
    degrees = deskew.tilt(image)
    if abs(degrees) < LEVEL_FROM_DEGREES:
        return words
    levelled = deskew.levelled(image, degrees)
    again = recognise(engine, levelled)
    if _legible(again, levelled) <= _legible(words, image):
        return words
    shift_x, shift_y = (levelled.width - image.width) // 2, (levelled.height - image.height) // 2
    return [dataclasses.replace(w, left=w.left - shift_x, top=w.top - shift_y) for w in again]


def _legible(words: list[Word], image: Image) -> int:
    return legible_words(_page_of(words, image, 0.0))


def _page_of(words: list[Word], image: Image, seconds: float, found: tuple = ()) -> OcrPage:
    """The page's result: words read with too little confidence are noise, but for a passport zone's."""
    zone = {w.line for w in words if w.line[0] >= ZONE_LINE_KEY} | set(zone_lines(words))
    kept = [w for w in words if w.confidence >= MIN_WORD_CONFIDENCE or w.line in zone]
    noise = [w for w in words if w.confidence < MIN_WORD_CONFIDENCE and w.line not in zone]
    return OcrPage(tuple(kept), image.width, image.height, image.dpi, seconds, noise=tuple(noise), zone_bands=found)


def read_pages(document, indices: list[int], engine: Engine, *, dpi: float = DPI) -> dict[int, OcrPage]:
    """OCR the given pages (0-based) of an open pypdfium2 document, several at a time.

    Pages are rendered here, one after the other (pdfium is not thread-safe),
    while up to ``worker_count()`` Tesseract processes read the pages already
    rendered; at most twice that many images wait in memory.
    """
    workers = worker_count()
    results: dict[int, OcrPage] = {}
    pending: dict[Future, tuple[int, Image]] = {}

    def collect(futures) -> None:
        """The pages read, each with its zone read on its own where one may be (on the image just read)."""
        for future in futures:
            index, image = pending.pop(future)
            result = future.result()
            if result.zone_bands and result.error is None:
                result = _read_zone(document, index, image, result, engine, pool)
            results[index] = result

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="esorcheck-ocr") as pool:
        for index in indices:
            if len(pending) >= 2 * workers:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                collect(done)
            try:
                image = render(document, index, dpi)
            except Exception as exc:  # noqa: BLE001 - pdfium fails in many ways on hostile pages
                results[index] = OcrPage(error=f"the page could not be rendered for OCR ({type(exc).__name__})")
                continue
            pending[pool.submit(read_image, engine, image)] = (index, image)
        collect(list(pending))
    return results


def _read_zone(document, index: int, image: Image, result: OcrPage, engine: Engine, pool: ThreadPoolExecutor) -> OcrPage:
    """The page's result with its passport zone read on its own, where a band reads as one (else unchanged);
    ``image``: the page as its first read saw it, to locate the zone on.

    Crops are rendered here (pdfium, one thread); their readings run in the pool at once.
    """
    start = time.perf_counter()
    native = image_dpi(document, index, (0, 0, image.width * 72 / image.dpi, image.height * 72 / image.dpi))
    try:
        reading = zones.read_zone(engine, image, result.zone_bands,
                                  lambda box, dpi: render_box(document, index, box, dpi),
                                  lambda passes: list(pool.map(lambda run: run(), passes)), native,
                                  zones.page_reading(list(result.words)))
    except (OSError, RuntimeError, subprocess.TimeoutExpired):
        reading = None
    if reading is None:  # no zone after all: the page read again as any other, where it needs it
        read = [*result.words, *result.noise]
        try:
            words, read_on = pool.submit(read_again, engine, image, read).result()
        except (OSError, RuntimeError, subprocess.TimeoutExpired):
            words, read_on = read, image
        seconds = result.seconds + time.perf_counter() - start
        return dataclasses.replace(result, seconds=seconds) if words is read else _page_of(words, read_on, seconds)
    seconds = result.seconds + time.perf_counter() - start
    return dataclasses.replace(result, words=tuple(zones.with_zone(list(result.words), reading)), zone=reading,
                               seconds=seconds)
