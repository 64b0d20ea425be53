"""Offline OCR with Tesseract: the one module that knows how to run it.

Like OCRmyPDF's wrappers, this module finds the binary on PATH, runs it as a
subprocess (never through a shell, with ``OMP_THREAD_LIMIT=1`` and a
timeout) and parses its TSV output into words with boxes and confidences.
Pages are rendered with pypdfium2 (in the calling thread: pdfium is not
thread-safe) to 8-bit grey images that reach Tesseract on its standard
input, so no file is ever written and no file name comes from a PDF; the
Tesseract processes run in a thread pool sized to the machine's cores.

A page with a passport's machine-readable zone is read again as sparse text
(the automatic layout analysis takes a passport's data page for a picture),
and the zone itself a third time, cropped and with Tesseract limited to the
zone's characters, which undoes most of what a full-page read gets wrong in
it (fillers read as ``c`` or ``e``).

Nothing here decides what a page is: pages.py turns the words into lines and
text, and the splitter reads them like a text layer.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import time
from collections.abc import Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from functools import cache

from esorcheck.readings import mrz

INSTALL_HINT = "install it: apt-get install tesseract-ocr tesseract-ocr-fra tesseract-ocr-deu"
LANGUAGES = ("eng", "fra", "deu")  # used where installed; English at least
DPI = 200
MAX_PIXELS = 25_000_000  # a poster-sized page is rendered at a lower resolution, not at 200 dpi
PAGE_TIMEOUT_S = 120
PROBE_TIMEOUT_S = 15
MAX_WORKERS = 8
# A passport's data page (found by its machine-readable zone) is read again as sparse text: the
# automatic layout analysis takes the card's fields for a picture. ICAO 9303's TD3 page is 125 x 88 mm
# with a zone about 114 mm wide at its foot, so the card rises about 0.8 zone widths above the zone.
# English alone there: its labels are English (and French), its names are in the zone; twice as fast.
CARD_SEGMENTATION = 11
CARD_HEIGHT = 0.85  # zone widths above the zone's foot
CARD_LINE_KEY = 5_000  # block numbers of the card's re-read lines
# Words read with less confidence than this (0–100) are noise: specks, stamps, signatures.
MIN_WORD_CONFIDENCE = 20
# A second, cropped read of the machine-readable zone, with Tesseract limited to its characters.
ZONE_MARGIN = 1.0  # line heights of margin around the zone's lines
ZONE_LINE_KEY = 10_000  # block numbers of re-read lines, apart from the page's own

# Share of the em a word's ink spans, by the letters it holds (Helvetica/Times-like fonts):
# from the baseline up to the cap or ascender height, or the x-height; below it, the descenders.
CAP_SHARE, X_SHARE, DESCENDER_SHARE = 0.72, 0.52, 0.21
_TALL = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789bdfhklt")
_DESCENDING = set("gjpqyQ")


class OcrUnavailable(Exception):
    """Tesseract cannot be run here; ``message`` says why, ``hint`` how to fix it."""

    def __init__(self, message: str, hint: str = INSTALL_HINT):
        super().__init__(message)
        self.message = message
        self.hint = hint


@dataclass(frozen=True)
class Engine:
    path: str
    version: str
    languages: tuple[str, ...]

    @property
    def name(self) -> str:
        return f"tesseract {self.version}"


def _run(args: list[str], *, data: bytes | None = None, timeout: float) -> subprocess.CompletedProcess:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    return subprocess.run(args, input=data, capture_output=True, timeout=timeout, env=env, check=False)


@cache
def _probe(path: str) -> Engine:
    try:
        version = _run([path, "--version"], timeout=PROBE_TIMEOUT_S)
        listing = _run([path, "--list-langs"], timeout=PROBE_TIMEOUT_S)
    except (OSError, subprocess.SubprocessError) as exc:
        raise OcrUnavailable(f"Tesseract at {path} cannot be run ({exc})") from None
    words = (version.stdout or version.stderr).decode("utf-8", "replace").split()
    number = words[1] if len(words) > 1 and words[0] == "tesseract" else "?"
    installed = set(listing.stdout.decode("utf-8", "replace").split()[1:])  # after the "List of …" line's words
    languages = tuple(code for code in LANGUAGES if code in installed)
    if "eng" not in languages:
        raise OcrUnavailable("Tesseract is installed without its English language data")
    return Engine(path, number, languages)


def find_engine() -> Engine:
    """Tesseract as found on PATH now; raises OcrUnavailable (with the install hint) when it is not there."""
    path = shutil.which("tesseract")
    if path is None:
        raise OcrUnavailable("Tesseract (OCR) is not installed")
    return _probe(path)


def worker_count() -> int:
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_WORKERS))


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


@dataclass(frozen=True)
class Word:
    text: str
    confidence: float  # Tesseract's, 0–100
    left: int  # pixels
    top: int
    width: int
    height: int
    line: tuple[int, int, int]  # (block, paragraph, line): words of one line share it

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height


def parse_tsv(tsv: str, offset: tuple[int, int] = (0, 0), block_base: int = 0) -> list[Word]:
    """The words of Tesseract's TSV output (level 5 rows), in its reading order."""
    words = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) != 12 or cells[0] != "5" or not cells[11].strip():
            continue
        try:
            block, par, line = int(cells[2]) + block_base, int(cells[3]), int(cells[4])
            left, top, width, height = (int(v) for v in cells[6:10])
            confidence = float(cells[10])
        except ValueError:
            continue
        words.append(Word(cells[11].strip(), confidence, left + offset[0], top + offset[1], width, height, (block, par, line)))
    return words


def recognise(
    engine: Engine,
    image: Image,
    *,
    box: tuple[int, int, int, int] | None = None,
    psm: int | None = None,
    characters: str | None = None,
    languages: Iterable[str] | None = None,
    block_base: int = 0,
) -> list[Word]:
    """Tesseract's words on the image (or a box of it), in the image's pixel coordinates."""
    args = [engine.path, "stdin", "stdout", "-l", "+".join(languages or engine.languages), "--dpi", str(round(image.dpi))]
    if psm is not None:
        args += ["--psm", str(psm)]
    if characters:
        args += ["-c", f"tessedit_char_whitelist={characters}"]
    args.append("tsv")
    result = _run(args, data=image.pgm(box), timeout=PAGE_TIMEOUT_S)
    if result.returncode != 0:
        reason = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(f"Tesseract failed (exit {result.returncode}{': ' + reason[-1][:120] if reason else ''})")
    offset = (box[0], box[1]) if box else (0, 0)
    return parse_tsv(result.stdout.decode("utf-8", "replace"), offset, block_base)


@dataclass(frozen=True)
class OcrLine:
    words: tuple[Word, ...]
    size: float  # estimated font size, in points

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def top(self) -> int:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> int:
        return max(w.bottom for w in self.words)

    @property
    def left(self) -> int:
        return min(w.left for w in self.words)


@dataclass
class OcrPage:
    """What Tesseract read on one page, or why it could not."""

    words: list[Word] = field(default_factory=list)
    width: int = 0
    height: int = 0
    dpi: float = DPI
    seconds: float = 0.0
    error: str | None = None
    noise: list[Word] = field(default_factory=list)  # words dropped for low confidence: specks, signatures, stamps

    @property
    def slope(self) -> float:
        """The scan's tilt: how far the text falls per pixel across (negative: rises)."""
        grouped: dict[tuple[int, int, int], list[Word]] = {}
        for word in self.words:
            grouped.setdefault(word.line, []).append(word)
        return _page_slope(list(grouped.values()))

    @property
    def confidence(self) -> float | None:
        """Mean word confidence (0–1), weighted by word length; None without words."""
        letters = sum(len(w.text) for w in self.words)
        if not letters:
            return None
        return sum(w.confidence * len(w.text) for w in self.words) / letters / 100

    def lines(self) -> list[OcrLine]:
        """The lines in Tesseract's reading order, each with a font size estimated from its words' height."""
        grouped: dict[tuple[int, int, int], list[Word]] = {}
        for word in self.words:
            grouped.setdefault(word.line, []).append(word)
        slope = self.slope
        points = 72 / self.dpi
        lines = []
        for words in grouped.values():
            sizes = [_em(w, slope) * points for w in words if sum(ch.isalnum() for ch in w.text) >= 2]
            lines.append(OcrLine(tuple(words), round(statistics.median(sizes), 1) if sizes else 0.0))
        return lines

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines())


def _page_slope(lines: list[list[Word]]) -> float:
    """How much the text rises or falls per pixel across the page (a scan's tilt), from the lines' word centres."""
    slopes = []
    for words in lines:
        if len(words) < 3:
            continue
        xs = [w.left + w.width / 2 for w in words]
        ys = [w.top + w.height / 2 for w in words]
        mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
        spread = sum((x - mean_x) ** 2 for x in xs)
        if spread:
            slopes.append(sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / spread)
    return statistics.median(slopes) if slopes else 0.0


def _em(word: Word, slope: float) -> float:
    """The font size of a word in pixels: its box height, less the tilt, over the share of the em its letters span."""
    letters = [ch for ch in word.text if ch.isalnum()]
    height = max(word.height - word.width * abs(slope), 1.0)
    up = CAP_SHARE if any(ch in _TALL or ch.isupper() for ch in letters) else X_SHARE
    down = DESCENDER_SHARE if any(ch in _DESCENDING for ch in letters) else 0.0
    return height / (up + down)


def _zone_lines(words: list[Word]) -> list[tuple[int, int, int]]:
    """Line keys of lines that look like a machine-readable zone."""
    grouped: dict[tuple[int, int, int], list[str]] = {}
    for word in words:
        grouped.setdefault(word.line, []).append(word.text)
    return [key for key, texts in grouped.items() if mrz.looks_like_zone("".join(texts))]


def _splice(words: list[Word], replaced, new: list[Word]) -> list[Word]:
    """``words`` with those ``replaced`` says are replaced by ``new``, where the first of them stood."""
    first = next((i for i, w in enumerate(words) if replaced(w)), len(words))
    kept = [w for w in words if not replaced(w)]
    return kept[:first] + new + kept[first:]


def _zone_box(image: Image, zone: list[Word], above: float) -> tuple[int, int, int, int]:
    """The zone's box with a line's margin, reaching ``above`` zone widths above its foot."""
    margin = int(ZONE_MARGIN * max(w.height for w in zone))
    left, right, bottom = min(w.left for w in zone), max(w.right for w in zone), max(w.bottom for w in zone)
    top = min(w.top for w in zone) if not above else bottom - int(above * (right - left))
    return (max(left - margin, 0), max(top - margin, 0), min(right + margin, image.width), min(bottom + margin, image.height))


def _read_card(engine: Engine, image: Image, words: list[Word]) -> list[Word]:
    """The page's words with a passport's data page read again as sparse text (kept if it finds the zone too)."""
    keys = set(_zone_lines(words))
    if not keys:
        return words
    left, top, right, bottom = box = _zone_box(image, [w for w in words if w.line in keys], CARD_HEIGHT)
    card = recognise(engine, image, box=box, psm=CARD_SEGMENTATION, languages=["eng"], block_base=CARD_LINE_KEY)
    if not _zone_lines(card):
        return words
    return _splice(words, lambda w: left <= w.left + w.width / 2 <= right and top <= w.top + w.height / 2 <= bottom, card)


def _reread_zone(engine: Engine, image: Image, words: list[Word]) -> list[Word]:
    """The page's words with a machine-readable zone read again, cropped and limited to its characters."""
    keys = set(_zone_lines(words))
    if not keys:
        return words
    box = _zone_box(image, [w for w in words if w.line in keys], 0.0)
    reread = recognise(engine, image, box=box, psm=6, characters=mrz.MRZ_CHARS, languages=["eng"], block_base=ZONE_LINE_KEY)
    if not any(mrz.is_candidate(text) for text in _texts_by_line(reread)):
        return words
    return _splice(words, lambda w: w.line in keys, reread)


def _texts_by_line(words: list[Word]) -> list[str]:
    grouped: dict[tuple[int, int, int], list[str]] = {}
    for word in words:
        grouped.setdefault(word.line, []).append(word.text)
    return ["".join(texts) for texts in grouped.values()]


def read_image(engine: Engine, image: Image) -> OcrPage:
    """OCR one rendered page (in a worker thread); a failure becomes the page's error, never an exception."""
    start = time.perf_counter()
    try:
        words = recognise(engine, image)
        words = _read_card(engine, image, words)
        words = _reread_zone(engine, image, words)
    except subprocess.TimeoutExpired:
        return OcrPage(width=image.width, height=image.height, dpi=image.dpi, seconds=time.perf_counter() - start,
                       error=f"OCR took longer than {PAGE_TIMEOUT_S} s and was stopped")
    except (OSError, RuntimeError) as exc:
        return OcrPage(width=image.width, height=image.height, dpi=image.dpi, seconds=time.perf_counter() - start, error=str(exc))
    zone = {w.line for w in words if w.line[0] >= ZONE_LINE_KEY} | set(_zone_lines(words))
    kept = [w for w in words if w.confidence >= MIN_WORD_CONFIDENCE or w.line in zone]
    noise = [w for w in words if w.confidence < MIN_WORD_CONFIDENCE and w.line not in zone]
    return OcrPage(kept, image.width, image.height, image.dpi, time.perf_counter() - start, noise=noise)


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
