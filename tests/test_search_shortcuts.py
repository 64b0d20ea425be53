"""Shortcuts that skip a regular-expression search must never change what it finds."""

from __future__ import annotations

import random
import re

import pytest
from conftest import SAMPLES

from esorcheck.errors import InputError
from esorcheck.pdf.open import open_packet
from esorcheck.pdf.pages import read_pages
from esorcheck.schema.documents import vocabulary
from esorcheck.schema.rules import rule_words
from esorcheck.split import language
from esorcheck.text import required_text


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"\bCCT\b", "CCT"),
        (r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", "@"),
        (r"\b(?:19|20)\d{2};\s*\d+", ";"),
        (r"(?m)\.{5,}\s*\d{1,3}\s*$", "....."),
        (r"\bdoi:\s*10\.\d{4,}", "doi:"),
        (r"ab?c", "a"),  # b may be absent: a and c are not adjacent in every match
        (r"(?i)\bdoi:", ""),  # case-insensitive: "DOI:" matches too
        (r"\b(?:level|niveau)\s+[ABC][12]\b", ""),  # alternatives share no text
        (r"[☐☑☒]", ""),
    ],
)
def test_the_text_a_pattern_needs(pattern, needs):
    assert required_text(re.compile(pattern)) == needs


def _sample_texts() -> list[str]:
    texts = []
    for path in sorted(SAMPLES.glob("*/*.pdf"))[:24]:
        try:
            file = open_packet(path)
        except InputError:  # an encrypted or broken sample: no text to search
            continue
        try:
            texts.extend(page.text for page in read_pages(file))
        finally:
            file.close()
    return texts


def test_every_match_of_a_shipped_pattern_holds_what_it_needs():
    """A page (or a line) without a pattern's needed text is not searched: no match may lack that text."""
    texts = _sample_texts()
    publications = rule_words().publications
    patterns = [p.regex for entry in vocabulary().types.values() for p in entry.patterns]
    patterns += [*publications.entry_marks, *publications.locators, *publications.identifiers]
    assert sum(bool(required_text(p)) for p in patterns) >= 8
    checked = 0
    for pattern in patterns:
        needs = required_text(pattern)
        for text in texts:
            for match in pattern.finditer(text):
                assert needs in match.group(0), (pattern.pattern, match.group(0))
                checked += bool(needs)
    assert checked > 20


def test_noise_is_taken_out_as_the_plain_pattern_takes_it_out():
    """The word-start form of the noise pattern removes exactly what the plain form removes."""
    plain = re.compile(r"\S*[<@/]\S*|\b10\.\d{4,}\S*")
    pieces = ["ab", "<", "@", "/", " ", "\n", "\u00a0", "10.1234", ".", "(", "x1"]
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert language._NOISE.sub(" ", text) == plain.sub(" ", text), repr(text)


def test_a_line_not_ending_in_a_digit_holds_no_page_reference():
    """The cover sheet's lines are searched for a page reference ("..... 9") only where they end in a digit."""
    from esorcheck.split.cues import _PAGE_REFERENCE

    pieces = ["Passport", " ", "  ", "....", "p.", "pp", "pages", "s", "S", "1", "23", "-", "–", "²", "\u00a0", "\t"]
    rng = random.Random(3)
    for _ in range(20000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        if not line.rstrip()[-1:].isdigit():
            assert _PAGE_REFERENCE.sub("", line) == line, repr(line)


def test_titles_found_by_their_shortcuts_are_the_titles_every_comparison_finds():
    """A title looked up, or ruled out by its length and by the characters it shares with a line (counted from
    bits), is the title that comparing the line with every title finds: on every short line of the sample
    pages and on slips of every title (a letter dropped, added or changed)."""
    import difflib

    from esorcheck.split import cues
    from esorcheck.text import normalize_heading

    vocab = vocabulary()
    decided = object()  # an exact title, or a title and more words: found before any comparison

    def plain(heading: str):
        if any(heading == title or (" " in title and heading.startswith(title + " ")) for title, _ in vocab.titles):
            return decided
        ratios = []
        for title, type_ in vocab.titles:
            matcher = difflib.SequenceMatcher(None, heading, title, autojunk=False)
            if len(title) >= cues.MIN_FUZZY_TITLE and matcher.quick_ratio() >= cues.TITLE_SIMILARITY:  # difflib's bound
                ratios.append((matcher.ratio(), type_))
        ratio, type_ = max(ratios, default=(0.0, None))
        return type_ if ratio >= cues.TITLE_SIMILARITY else None

    lines = {normalize_heading(line) for text in _sample_texts()[:24] for line in text.splitlines()
             if 0 < len(line.split()) <= 8}
    rng = random.Random(5)
    for title, _ in vocab.titles:
        for _ in range(3):
            i = rng.randrange(len(title))
            lines |= {title[:i] + title[i + 1 :], title[:i] + "x" + title[i:], title[:i] + "e" + title[i + 1 :]}
    compared = slips = 0
    for line in sorted(lines):
        heading = normalize_heading(line)  # as _match_title reads the line
        if not heading or heading.split()[0] in vocab.letters.title_prefixes:
            continue
        expected = plain(heading)
        if expected is not decided:
            assert cues._match_title(line, vocab) == expected, line
            compared += 1
            slips += expected is not None
    assert compared > 1000 and slips > 100


def test_accents_are_dropped_as_testing_each_character_drops_them():
    """normalize drops combining characters through a translation table; on random text from the first 12,000
    code points (Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari… with their accents) it gives what testing
    each character of the decomposed text gives."""
    import unicodedata

    from esorcheck.text import normalize

    def plain(text: str) -> str:
        folded = text.casefold()
        folded = "".join(ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch))
        return " ".join(re.sub(r"[^\w<]+", " ", folded).split())

    rng = random.Random(7)
    letters = [chr(code) for code in range(0x20, 0x3000) if unicodedata.category(chr(code))[0] != "C"]
    texts = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 30))) for _ in range(5000)]
    texts += ["CURRICULUM VITÆ", "Lebenslauf – Ärztin für Radiologie", "Ελληνικά", "Şirin Çelik", "ﬁnance ½"]
    assert [normalize(text) for text in texts] == [plain(text) for text in texts]
