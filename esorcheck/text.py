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


class _WithoutAccents(dict):
    """A ``str.translate`` table deleting combining characters (the accents NFKD splits off), each character's
    fate looked up once: translating runs in C, where a test per character in Python cost a tenth of splitting."""

    def __missing__(self, code: int) -> int | None:
        self[code] = kept = None if unicodedata.combining(chr(code)) else code
        return kept


_WITHOUT_ACCENTS = _WithoutAccents()


@lru_cache(maxsize=1 << 16)
def normalize(text: str) -> str:
    """Casefold, drop accents and punctuation, collapse spaces: the form all matching uses.

    Cached: the splitter, the CV reader and the letter readings normalise the same lines.
    """
    folded = text.casefold()
    if not folded.isascii():
        folded = unicodedata.normalize("NFKD", folded).translate(_WITHOUT_ACCENTS)
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


@cache
def required_text(regex: re.Pattern) -> str:
    """The longest run of characters that every match of ``regex`` contains, "" when there is none to tell.

    ``"@"`` for an e-mail address, ``"CCT"`` for ``\\bCCT\\b``: a substring test for them costs a fraction
    of the search, and most pages lack them. Read from the parsed pattern's top level (literals, anchors
    between them, a literal repeated at least n times); a case-insensitive pattern, or one Python's parser
    (an internal module) cannot give, needs nothing, so it is always searched.
    """
    if regex.flags & re.IGNORECASE:
        return ""
    try:
        from re import _constants as sre
        from re import _parser

        items = list(_parser.parse(regex.pattern, regex.flags))
    except Exception:  # noqa: BLE001 - another Python's parser: search every page, as without the shortcut
        return ""
    best = run = ""
    for op, arg in items:
        if op == sre.LITERAL:
            run += chr(arg)
        elif op == sre.AT:
            continue  # an anchor or word boundary takes no characters: the literals around it stay adjacent
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and len(arg[2]) == 1 and arg[2][0][0] == sre.LITERAL:
            repeated = chr(arg[2][0][1]) * arg[0]
            best = max(best, run + repeated, key=len)
            run = repeated  # the last of the repeats stand right before what follows
        else:
            best, run = max(best, run, key=len), ""
    return max(best, run, key=len)
