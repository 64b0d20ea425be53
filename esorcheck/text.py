"""How all matching sees text: case, accents, punctuation and section numbers folded away.

The splitter, the CV reader, the readings and the schema loaders compare
words in this one normalised form, so a vocabulary written once in
``schemas/`` matches "Curriculum Vitae", "CURRICULUM VITÆ" and "3. curriculum vitae".
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import cache, lru_cache

_NUMBERING = re.compile(r"^\s*(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]?\s+")
_NON_WORD = re.compile(r"[^\w<]+")


@lru_cache(maxsize=1 << 16)
def normalize(text: str) -> str:
    """Casefold, drop accents and punctuation, collapse spaces: the form all matching uses.

    Cached: the splitter, the CV reader and the letter readings normalise the same lines.
    """
    folded = text.casefold()
    if not folded.isascii():
        folded = "".join(ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", folded).split())


@lru_cache(maxsize=1 << 14)
def normalize_heading(text: str) -> str:
    """Like normalize(), also dropping a leading section number ("3.", "IV)", "b.")."""
    return normalize(_NUMBERING.sub("", text.strip()))


@lru_cache(maxsize=1 << 10)
def _matcher(b: str) -> difflib.SequenceMatcher:
    """A matcher holding ``b``: its index of b's characters, the costly part, is built once per ``b`` (a
    vocabulary's titles are compared with every candidate line of every page)."""
    return difflib.SequenceMatcher(None, "", b, autojunk=False)


@cache
def similarity(a: str, b: str, bound: float = 0.0) -> float:
    """difflib's ratio of two normalised strings, or 0 as soon as cheap upper bounds show it stays below ``bound``."""
    if not a or not b or 2 * min(len(a), len(b)) / (len(a) + len(b)) < bound:
        return 0.0
    matcher = _matcher(b)
    matcher.set_seq1(a)
    if matcher.real_quick_ratio() < bound or matcher.quick_ratio() < bound:
        return 0.0
    return matcher.ratio()
