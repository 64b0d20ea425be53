"""OCR of a packet's pages: rendered one after the other, read by several Tesseract processes at once."""

from __future__ import annotations

import os
import subprocess
import time
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

from esorcheck.ocr.render import DPI, Image, render
from esorcheck.ocr.tesseract import PAGE_TIMEOUT_S, Engine, recognise
from esorcheck.ocr.words import OcrPage
from esorcheck.ocr.zone import ZONE_LINE_KEY, read_card, reread_zone, zone_lines

MAX_WORKERS = 8
# Words read with less confidence than this (0–100) are noise: specks, stamps, signatures.
MIN_WORD_CONFIDENCE = 20


def worker_count() -> int:
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_WORKERS))


def read_image(engine: Engine, image: Image) -> OcrPage:
    """OCR one rendered page (in a worker thread); a failure becomes the page's error, never an exception."""
    start = time.perf_counter()
    try:
        words = recognise(engine, image)
        words = read_card(engine, image, words)
        words = reread_zone(engine, image, words)
    except subprocess.TimeoutExpired:
        return OcrPage(width=image.width, height=image.height, dpi=image.dpi, seconds=time.perf_counter() - start,
                       error=f"OCR took longer than {PAGE_TIMEOUT_S} s and was stopped")
    except (OSError, RuntimeError) as exc:
        return OcrPage(width=image.width, height=image.height, dpi=image.dpi, seconds=time.perf_counter() - start, error=str(exc))
    zone = {w.line for w in words if w.line[0] >= ZONE_LINE_KEY} | set(zone_lines(words))
    kept = [w for w in words if w.confidence >= MIN_WORD_CONFIDENCE or w.line in zone]
    noise = [w for w in words if w.confidence < MIN_WORD_CONFIDENCE and w.line not in zone]
    return OcrPage(tuple(kept), image.width, image.height, image.dpi, time.perf_counter() - start, noise=tuple(noise))


def read_pages(document, indices: list[int], engine: Engine, *, dpi: float = DPI) -> dict[int, OcrPage]:
    """OCR the given pages (0-based) of an open pypdfium2 document, several at a time.

    Pages are rendered here, one after the other (pdfium is not thread-safe),
    while up to ``worker_count()`` Tesseract processes read the pages already
    rendered; at most twice that many images wait in memory.
    """
    workers = worker_count()
    results: dict[int, OcrPage] = {}
    pending: dict[Future, int] = {}

    def collect(futures) -> None:
        for future in futures:
            results[pending.pop(future)] = future.result()

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
            pending[pool.submit(read_image, engine, image)] = index
        collect(list(pending))
    return results
