"""Certificates: the date of a board certification, the language and CEFR level of a language certificate."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from esorcheck.schema.cv import shapes
from esorcheck.schema.rules import rule_words
from esorcheck.split.section import Section
from esorcheck.text import normalize

_LEVEL = re.compile(r"\b([ABC][12])\b")
_LEVEL_RANGE = re.compile(r"\b[ABC][12]\s*(?:[–—-]|to|bis|a|à)\s*[ABC][12]\b")


@dataclass(frozen=True)
class FoundDate:
    """A date read on a certificate, and why it was taken as the one that counts."""
    day: dt.date
    text: str
    page: int
    why: str  # "after 'date of completion'", "latest date on the certificate"


@dataclass
class CertificateFacts:
    """The dates read on a board certificate."""
    section: Section
    date: FoundDate | None
    dates: list[FoundDate]


@dataclass
class LanguageCertificateFacts:
    """What a language certificate says: the language, the test and the level."""
    section: Section
    language: str | None  # ISO 639-1
    test: str | None  # the word that named the test ("ielts")
    level: str | None
    levels: list[str]  # every level printed



def find_dates(text: str) -> list[tuple[dt.date, int, int, str]]:
    """Every full date in ``text`` (numbers or month names of several languages), as (date, start, end, as written)."""
    names = shapes()
    found: list[tuple[dt.date, int, int, str]] = []
    for pattern in names.shapes["date"].patterns:
        if "day" not in pattern.groupindex:
            continue
        for match in pattern.finditer(text):
            parts = match.groupdict()
            month = int(parts["month"]) if parts["month"].isdigit() else names.month(parts["month"])
            if month is None:
                continue
            try:
                day = dt.date(int(parts["year"]), month, int(parts["day"]))
            except ValueError:
                continue
            if any(s < match.end() and match.start() < e for _, s, e, _ in found):
                continue
            found.append((day, match.start(), match.end(), match.group(0)))
    return sorted(found, key=lambda item: item[1])


def _after_words(text: str, start: int, words: list[str]) -> str | None:
    """The cue among ``words`` that ends shortly before ``start`` in ``text``."""
    reach = rule_words().certificates.reach
    before = f" {normalize(text[max(0, start - reach - 30) : start])} "
    tail = before[-(reach + 2) :]
    return next((w for w in words if f" {w} " in tail), None)


def read_certificate(section: Section, as_of: dt.date, born: dt.date | None) -> CertificateFacts:
    """The certification date: the one after 'date of completion', 'since'...; else the latest that is no birth date."""
    cues = rule_words().certificates
    dates, cued = [], []
    for page in section.pages:
        for day, start, _, written in find_dates(page.text):
            if day == born or _after_words(page.text, start, cues.birth_words):
                continue
            cue = _after_words(page.text, start, cues.date_words)
            found = FoundDate(day, written, page.number, f"after '{cue}'" if cue else "latest date on the certificate")
            dates.append(found)
            if cue:
                cued.append(found)
    usable = [d for d in dates if d.day <= as_of]
    date = cued[0] if cued else max(usable, key=lambda d: d.day, default=None)
    return CertificateFacts(section, date, dates)


def _levels(text: str) -> tuple[str | None, list[str]]:
    """The certificate's overall CEFR level (or the lowest it prints), and every level printed."""
    overall_words = rule_words().cefr.overall_words
    cefr = rule_words().cefr
    overall, every = [], []
    for line in text.splitlines():
        line = _LEVEL_RANGE.sub(" ", line)
        levels = _LEVEL.findall(line)
        every += levels
        padded = f" {normalize(line)} "
        if levels and any(f" {w} " in padded for w in overall_words):
            overall += levels
    every = sorted(set(every), key=cefr.rank)
    if overall:
        return overall[0], every
    return (every[0] if every else None), every


def read_language_certificate(section: Section) -> LanguageCertificateFacts:
    words = rule_words()
    text = section.text
    tests = words.named_in(words.language_tests, text)
    test_word = None
    if len(tests) == 1:
        padded = f" {normalize(text)} "
        test_word = next(w for w in words.language_tests[tests[0]] if f" {w} " in padded)
        language = tests[0]
    else:
        # The language its title names ("Test of Academic English"), else the one language its text names: a
        # score report names the candidate's native language too.
        title = "\n".join(line.text for line in section.pages[0].prominent_lines()) if section.pages else ""
        named = words.named_in(words.languages, title) or words.named_in(words.languages, text)
        language = named[0] if len(named) == 1 else None
    level, levels = _levels(text)
    return LanguageCertificateFacts(section, language, test_word, level, levels)
