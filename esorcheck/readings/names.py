"""Is this the same person's name? Tolerant of order, accents, transliteration, initials and hyphens.

"Wang Yuqing" is "Yuqing Wang" (order); "Zoë Müller-Łukasiewicz" is
"ZOE MUELLER LUKASIEWICZ" (accents, ICAO transliteration, hyphen) and
"Dr. Z. Müller-Łukasiewicz" (title, initial); "Mengyao" is "Meng-Yao" (a
given name written in one or two parts). Titles, spellings and letters are
data (``schemas/rules.yaml`` names:).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from esorcheck.readings.mrz import FILLER_LOOK_ALIKES
from esorcheck.schema.rules import rule_words
from esorcheck.text import normalize

_SPLIT = re.compile(r"[\s<\-‐‑–—_/,;:()]+")
# A character a PDF maps to no letter (a font without a Unicode map): pdfium gives its code, a control character.
_UNMAPPED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")
INITIAL = re.compile(r"^[^\W\d_]\.$")
MENTION_MAX_PARTS = 4
FILLER_LETTERS = frozenset(FILLER_LOOK_ALIKES.lower())  # compared in normalize()'s lower case
STRAY_FILLER = 0.25  # what a filler read as a letter costs where the written name has nothing
# The slips a zone's name may hold: two fillers read as letters, and one more slip for every 12 letters.
FILLER_SLIPS, LETTERS_PER_SLIP = 0.5, 12


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
    return bool(spellings(a) & spellings(b)) or _unmapped_may_be(a, b) or _unmapped_may_be(b, a)


def _unmapped_may_be(word: str, other: str) -> bool:
    """Whether ``word``, holding characters its PDF maps to no letter ('Petrovi\x01' for 'Petrović'), may be
    ``other``: each such character stands for one or two letters of any kind (ć, or the 'zh' of ž)."""
    pieces = [normalize(piece).replace(" ", "") for piece in _UNMAPPED.split(word)]
    if len(pieces) < 2 or not "".join(pieces):
        return False
    pattern = re.compile("[^\\W\\d_]{0,2}".join(map(re.escape, pieces)))
    return any(pattern.fullmatch(form) for form in spellings(other))


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


def may_be_read_as(name: str, zone_name: str) -> bool:
    """Could OCR have read ``name`` as ``zone_name`` in line 1 of a passport zone, where every name part is
    followed by a filler and no check digit tells a filler misread as a letter ('JUN<' read 'JUNK',
    'ANNA<MARIA<' read 'ANNAXMARIAS')? Yes when the names are the same (``same_name``), when each word of
    the zone is the written name's parts, each used once, each followed by at most one stray letter, or
    when the zone reads the written name with few slips (``_within_slips``)."""
    if same_name(name, zone_name):
        return True
    forms = [spellings(part) for part in name_parts(name) if len(normalize(part).replace(" ", "")) > 1]
    words = [normalize(word).replace(" ", "") for word in name_parts(zone_name)]
    return bool(forms) and bool(words) and (_explained(words, forms, frozenset()) or _within_slips(forms, words))


def _within_slips(forms: list[frozenset[str]], words: list[str]) -> bool:
    """Whether the zone's words read the written name's parts (``forms``: each part's spellings, the given names
    and surname in either order) with few slips: a letter misread or missing costs one, a filler read as one of
    the letters its chevron resembles (``FILLER_LETTERS``) a quarter beside a part and nothing between two; a
    word of such letters alone that is no part of the name is a run of fillers ('KKKKEKE'). A long name may
    hold more slips than a short one, where one letter tells two names apart ('Li Wei', 'Li Wen')."""
    written = {form for spelt in forms for form in spelt}
    words = [w for w in words if w in written or len(w) < 2 or not set(w) <= FILLER_LETTERS]
    if not words:
        return False
    zone = " ".join(words)
    orders = [forms[k:] + forms[:k] for k in range(len(forms))]  # given names first, or the surname
    for order in orders:
        for parts in itertools.product(*order):
            allowed = FILLER_SLIPS + sum(map(len, parts)) / LETTERS_PER_SLIP
            if _slips(" ".join(parts), zone) <= allowed:
                return True
    return False


def _slips(written: str, zone: str) -> float:
    """The weighted edit distance of ``_within_slips`` between a written name and a zone's (words one space apart)."""
    previous = list(itertools.accumulate([0.0, *map(_inserted, zone)]))
    for expected in written:
        current = [previous[0] + (0.0 if expected == " " else 1.0)]
        for j, read in enumerate(zone, 1):
            same = expected == read or (expected == " " and read in FILLER_LETTERS)
            current.append(min(previous[j - 1] + (0.0 if same else 1.0),  # read as written, or misread
                               previous[j] + (0.0 if expected == " " else 1.0),  # not read at all
                               current[j - 1] + _inserted(read)))  # read where nothing is written
        previous = current
    return previous[-1]


def _inserted(read: str) -> float:
    """What a character read where the written name has none costs: nothing for a space, a quarter for a filler
    read as a letter, one for any other letter."""
    return 0.0 if read == " " else STRAY_FILLER if read in FILLER_LETTERS else 1.0


def _explained(words: list[str], forms: list[frozenset[str]], used: frozenset[int]) -> bool:
    """Whether ``words`` are, one after the other, made of parts not ``used`` yet (``forms``: each part's
    spellings), each part followed by at most one stray letter."""
    return not words or _explained_from(words, forms, used, 0)


def _explained_from(words: list[str], forms: list[frozenset[str]], used: frozenset[int], start: int) -> bool:
    """``_explained``, the first word read from ``start`` on."""
    word = words[0]
    for index, spelt in enumerate(forms):
        if index in used:
            continue
        for form in spelt:
            if not form or not word.startswith(form, start):
                continue
            end = start + len(form)
            for after in (end, end + 1):  # the part alone, or with one stray letter after it
                if after == len(word) and _explained(words[1:], forms, used | {index}):
                    return True
                if after < len(word) and _explained_from(words, forms, used | {index}, after):
                    return True
    return False


def titled_mentions(lines: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
    """Names a text introduces with a title ("Dr. Wang Yuqing", "Ms Aoife Brennan"), with their page, from
    its lines as (text, page)."""
    names = rule_words().names
    titles = {t.rstrip(".") for t in names.mention_titles}
    # (word, page, last word of its line?): a name runs on to the next line only right after its title.
    tokens = [(word, page, n == len(words) - 1) for text, page in lines
              for words in [text.split()] for n, word in enumerate(words)]
    found = []
    for i, (word, page, _) in enumerate(tokens):
        if word.rstrip(".") not in titles:
            continue
        j = i + 1
        while j < len(tokens) and normalize(tokens[j][0]) in names.mention_skip:
            j += 1
        parts = []
        while j < len(tokens) and len(parts) < MENTION_MAX_PARTS:
            if parts and tokens[j - 1][2]:
                break
            raw = tokens[j][0]
            token = raw.strip("\"“”‘'(")
            for suffix in ("'s", "’s"):
                token = token.removesuffix(suffix)
            core = token.rstrip(",.;:!?)")
            if not core or not core[:1].isupper() or core.rstrip(".") in titles or (len(core) == 1 and not token.endswith(".")):
                break
            parts.append(core)
            j += 1
            if token != core and not INITIAL.match(token):
                break
        if parts:
            found.append((" ".join(parts), page))
    return found
