"""Output that never fails on a stream that is not UTF-8 (a Windows console or a file redirected in cp1252).

Each character the stream's encoding cannot hold is written as its nearest
ASCII (a dash for '–', 'OK' for '✔', 'e' for 'é') or as '?'; the rest of the
line is written as it is, so a Chinese file name costs two question marks,
not the report.
"""

from __future__ import annotations

import codecs
import io
import sys
import unicodedata

ERRORS = "esorcheck-ascii"

# What a person would type in place of the characters the report uses.
ASCII = {
    "–": "-", "—": "-", "→": "->", "←": "<-", "…": "...", "·": "-", "•": "*", "×": "x",
    "‘": "'", "’": "'", "“": '"', "”": '"', "«": '"', "»": '"',
    "✔": "OK", "✘": "XX", "○": "-", "≥": ">=", "≤": "<=", "\u00a0": " ",
}


def ascii_for(char: str) -> str:
    """The character's ASCII stand-in: from the table, else its letter without accents, else '?'."""
    if char in ASCII:
        return ASCII[char]
    plain = "".join(c for c in unicodedata.normalize("NFKD", char) if c.isascii())
    return plain or "?"


def _fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return "".join(ascii_for(c) for c in error.object[error.start:error.end]), error.end


codecs.register_error(ERRORS, _fallback)


def is_utf(stream) -> bool:
    """Whether the stream writes UTF-8 (or UTF-16/32), which holds every character."""
    return (getattr(stream, "encoding", None) or "utf-8").lower().replace("-", "").replace("_", "").startswith("utf")


def tolerate_any_encoding() -> None:
    """Make stdout and stderr write what they cannot encode character by character in ASCII, never raise."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):  # also UTF-8: a file name with undecodable bytes holds surrogates
            stream.reconfigure(errors=ERRORS)
