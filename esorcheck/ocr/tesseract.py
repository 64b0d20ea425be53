"""Tesseract, offline: the one module that runs it.

Like OCRmyPDF's wrappers, this module finds the binary on PATH, runs it as a
subprocess (never through a shell, with ``OMP_THREAD_LIMIT=1`` and a
timeout) and parses its TSV output into words with boxes and confidences.
Images reach Tesseract on its standard input, so no file is ever written and
no file name comes from a PDF. Nothing here decides what a page is.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from esorcheck.ocr.render import Image, tiff
from esorcheck.ocr.words import Word

# How to install Tesseract on the machine at hand (the README's set-up gives the same steps).
INSTALL_HINTS = {
    "win32": "install it with the UB Mannheim installer (github.com/UB-Mannheim/tesseract/wiki), tick French and German, "
             "and add its folder (C:\\Program Files\\Tesseract-OCR) to PATH",
    "darwin": "install it: brew install tesseract tesseract-lang",
}
INSTALL_HINT = INSTALL_HINTS.get(sys.platform, "install it: apt-get install tesseract-ocr tesseract-ocr-fra tesseract-ocr-deu")
LANGUAGES = ("eng", "fra", "deu")  # used where installed; English at least
PAGE_TIMEOUT_S = 120
PROBE_TIMEOUT_S = 15
# What orientation detection (--psm 0) says: the clockwise turn that stands the page upright, and how sure it is.
_ROTATE = re.compile(r"Rotate:\s*(\d+)")
_ORIENTATION_CONFIDENCE = re.compile(r"Orientation confidence:\s*([\d.]+)")


class OcrUnavailable(Exception):
    """Tesseract cannot be run here; ``message`` says why, ``hint`` how to fix it."""

    def __init__(self, message: str, hint: str = INSTALL_HINT):
        super().__init__(message)
        self.message = message
        self.hint = hint


@dataclass(frozen=True)
class Engine:
    """The Tesseract found on this machine: where, which version, which languages."""
    path: str
    version: str
    languages: tuple[str, ...]
    orientation: bool = False  # its orientation data (osd) is installed: it can tell a page turned sideways

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
    return Engine(path, number, languages, "osd" in installed)


def find_engine() -> Engine:
    """Tesseract as found on PATH now; raises OcrUnavailable (with the install hint) when it is not there."""
    path = shutil.which("tesseract")
    if path is None:
        raise OcrUnavailable("Tesseract (OCR) is not installed")
    return _probe(path)


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


def _arguments(engine: Engine, dpi: float | None, psm: int | None, characters: str | None,
               languages: Iterable[str] | None, settings: dict[str, str] | None) -> list[str]:
    args = [engine.path, "stdin", "stdout", "-l", "+".join(languages or engine.languages)]
    if dpi is not None:
        args += ["--dpi", str(round(dpi))]
    if psm is not None:
        args += ["--psm", str(psm)]
    if characters:
        args += ["-c", f"tessedit_char_whitelist={characters}"]
    for name, value in (settings or {}).items():
        args += ["-c", f"{name}={value}"]
    return [*args, "tsv"]


def _tsv_of(args: list[str], data: bytes) -> str:
    result = _run(args, data=data, timeout=PAGE_TIMEOUT_S)
    if result.returncode != 0:
        reason = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(f"Tesseract failed (exit {result.returncode}{': ' + reason[-1][:120] if reason else ''})")
    return result.stdout.decode("utf-8", "replace")


def recognise(
    engine: Engine,
    image: Image,
    *,
    box: tuple[int, int, int, int] | None = None,
    psm: int | None = None,
    characters: str | None = None,
    languages: Iterable[str] | None = None,
    block_base: int = 0,
    settings: dict[str, str] | None = None,
) -> list[Word]:
    """Tesseract's words on the image (or a box of it), in the image's pixel coordinates; ``settings``: more
    Tesseract variables (``-c name=value``)."""
    tsv = _tsv_of(_arguments(engine, image.dpi, psm, characters, languages, settings), image.pgm(box))
    offset = (box[0], box[1]) if box else (0, 0)
    return parse_tsv(tsv, offset, block_base)


def upright_turn(engine: Engine, image: Image) -> tuple[int, float] | None:
    """How far the image must be turned clockwise (0, 90, 180 or 270 degrees) for its text to stand upright, and
    Tesseract's confidence in it (orientation detection, ``--psm 0``); None where it cannot tell (no orientation
    data installed, too little text)."""
    if not engine.orientation:
        return None
    result = _run([engine.path, "stdin", "stdout", "--psm", "0", "--dpi", str(round(image.dpi))], data=image.pgm(),
                  timeout=PAGE_TIMEOUT_S)
    said = result.stdout.decode("utf-8", "replace")
    turn, sure = _ROTATE.search(said), _ORIENTATION_CONFIDENCE.search(said)
    if result.returncode != 0 or turn is None or sure is None or int(turn.group(1)) not in (0, 90, 180, 270):
        return None
    return int(turn.group(1)), float(sure.group(1))


def recognise_each(
    engine: Engine,
    images: list[Image],
    *,
    psm: int | None = None,
    characters: str | None = None,
    languages: Iterable[str] | None = None,
    settings: dict[str, str] | None = None,
) -> list[list[Word]]:
    """Tesseract's words on each image, all read in one run, as the pages of one TIFF (each with its own
    resolution): Tesseract's start-up, about a sixth of a second, is most of what a small image costs."""
    if not images:
        return []
    header, *rows = _tsv_of(_arguments(engine, None, psm, characters, languages, settings), tiff(images)).splitlines() or [""]
    pages: list[list[str]] = [[] for _ in images]
    for row in rows:
        number = row.split("\t", 2)[1] if "\t" in row else ""
        if number.isdigit() and 1 <= int(number) <= len(images):
            pages[int(number) - 1].append(row)
    return [parse_tsv("\n".join([header, *page])) for page in pages]
