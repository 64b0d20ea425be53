"""Is this the same person's name? Tolerant of order, accents, transliteration, initials and hyphens.

"Wang Yuqing" is "Yuqing Wang" (order); "Zoë Müller-Łukasiewicz" is
"ZOE MUELLER LUKASIEWICZ" (accents, ICAO transliteration, hyphen) and
"Dr. Z. Müller-Łukasiewicz" (title, initial); "Mengyao" is "Meng-Yao" (a
given name written in one or two parts). Titles, spellings and letters are
data (``schemas/rules.yaml`` names:).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from esorcheck.schema.rules import rule_words
from esorcheck.text import normalize

_SPLIT = re.compile(r"[\s<\-‐‑–—_/,;:()]+")


def _spell(word: str, table: dict[str, str]) -> str:
    return "".join(table.get(ch, ch) for ch in word)


@lru_cache(maxsize=4096)
def spellings(word: str) -> frozenset[str]:
    """The forms a written name part may be compared in: plain ASCII, and with ICAO's ä→ae, ü→ue..."""
    names = rule_words().names
    lower = unicodedata.normalize("NFC", word.casefold())
    forms = {normalize(_spell(_spell(lower, names.letters), {})), normalize(_spell(_spell(lower, names.alternatives), names.letters))}
    return frozenset(f.replace(" ", "") for f in forms if f)


def name_parts(text: str) -> list[str]:
    """The parts of a written name, titles dropped ("Prof. Dr. med. Anna-Lena Weber" -> anna, lena, weber)."""
    titles = rule_words().name_titles
    parts = []
    for raw in _SPLIT.split(text):
        word = raw.strip(".'’`\"")
        if not word:
            continue
        plain = normalize(word).replace(" ", "")
        if not plain or plain in titles or plain.isdigit():
            continue
        parts.append(word)
    return parts


def _is_initial(word: str) -> bool:
    plain = normalize(word).replace(" ", "")
    return len(plain) == 1


def _part_matches(a: str, b: str) -> bool:
    if _is_initial(a) or _is_initial(b):
        return normalize(a)[:1] == normalize(b)[:1]
    return bool(spellings(a) & spellings(b))


def _joined(parts: list[str]) -> list[tuple[str, tuple[int, ...]]]:
    """Each part, and each two neighbours written as one ("Meng Yao" -> "MengYao"), with the parts they use."""
    found = [(p, (i,)) for i, p in enumerate(parts)]
    found += [(parts[i] + parts[i + 1], (i, i + 1)) for i in range(len(parts) - 1)]
    return found


def _covers(short: list[str], long: list[str]) -> bool:
    """Every part of ``short`` matches its own part (or two joined parts) of ``long``; one at least in full."""
    candidates = _joined(long)
    used: set[int] = set()
    full = False
    for part in short:
        for text, indices in candidates:
            if used & set(indices) or not _part_matches(part, text):
                continue
            used |= set(indices)
            full = full or not _is_initial(part) and not _is_initial(text)
            break
        else:
            return False
    return full


def same_name(a: str, b: str) -> bool:
    """Do two written names name the same person (as far as names can tell)?"""
    pa, pb = name_parts(a), name_parts(b)
    if not pa or not pb:
        return False
    short, long = (pa, pb) if len(pa) <= len(pb) else (pb, pa)
    return _covers(short, long)
