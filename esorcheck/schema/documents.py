"""Document types (a public contract) and the vocabulary that recognises them (data).

The type ids are a public contract (the README's JSON report), so they are listed here; the
words that identify each type live in ``schemas/documents.yaml``.
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import Literal

from esorcheck.schema import shipped
from esorcheck.schema.files import validate
from esorcheck.schema.model import model, spec
from esorcheck.text import normalize, normalize_heading

DOCUMENT_TYPES = (
    "cv",
    "motivation_letter",
    "recommendation_letter",
    "funding_declaration",
    "board_certificate",
    "medical_degree",
    "language_certificate",
    "publication_list",
    "reference_list",
    "membership_proof",
    "passport_copy",
    "additional_document",
    "resident_confirmation",
    "application_form",
    "confirmation_letter",
    "checklist",
    "cover_page",
    "unknown",
)


@model
class Pattern:
    """A shape of text that speaks for a type, counted on a page (dates in a CV, a DOI in a publication list)."""

    regex: re.Pattern
    weight: float
    name: str = "pattern"  # what the report calls a match, e.g. "DOI"


def _headings(titles: list[str]) -> list[str]:
    return [normalize_heading(t) for t in titles]


def _phrases(phrases: dict[str, float]) -> dict[str, float]:
    return {normalize(k): v for k, v in phrases.items()}


def _words(words: list[str]) -> list[str]:
    return [normalize(w) for w in words]


def _known_types(types: dict[str, TypeVocabulary]) -> dict[str, TypeVocabulary]:
    unknown = set(types) - set(DOCUMENT_TYPES)
    if unknown:
        raise ValueError(f"unknown document types {sorted(unknown)}; known: {', '.join(DOCUMENT_TYPES)}")
    kinds = {kind for entry in types.values() for kind in entry.sections}
    for type_, entry in types.items():
        if entry.cv_section is not None and entry.cv_section not in kinds:
            raise ValueError(f"{type_}: cv_section {entry.cv_section!r} is no kind of section; known: {', '.join(sorted(kinds))}")
    return types


def _weighted(regexes: list[str]) -> list[dict]:
    """Plain regular expressions as patterns of weight 1."""
    return [{"regex": r, "weight": 1.0} for r in regexes]


def _section_headings(kinds: dict[str, list[str]]) -> dict[str, list[str]]:
    return {kind: _headings(names) for kind, names in kinds.items()}


@model
class TypeVocabulary:
    label: str
    letter: bool = False
    titles: list[str] = spec(after=_headings)
    phrases: dict[str, float] = spec(after=_phrases)
    stems: dict[str, float] = spec({}, after=_phrases)
    patterns: list[Pattern] = spec([])
    sections: dict[str, list[str]] = spec({}, after=_section_headings)
    large_name: float = spec(0.0, ge=0, doc="What a person's name set large at the top of a page says for the type.")
    speaker: Literal["first", "third"] | None = spec(None, doc="Who speaks in such a letter: its writer about "
                                                           "themselves (first), or about someone else (third).")
    lists_documents: int = spec(0, ge=0, doc="A page naming this many document types, one a line, is of this type "
                                             "(a cover sheet); 0: no such rule.")
    front_matter: bool = spec(False, doc="May stand at the top of any packet, whatever the call lists.")
    letter_form: bool = spec(False, doc="Often written as a letter or an e-mail (a confirmation of membership): "
                                        "salutations and closings speak for it as for a letter, though it is read "
                                        "as the document it is.")
    cv_section: str | None = spec(None, doc="The kind of section (``sections``) a CV holds such a document as (a list "
                                             "of publications): on a page whose headings name other kinds of section "
                                             "too, its words count for less.")

    @property
    def letter_shaped(self) -> bool:
        """A letter, or often written as one: its salutation and closing speak for it."""
        return self.letter or self.letter_form

    @cached_property
    def phrase_probes(self) -> list[tuple[str, str, str | None, str, float]]:
        """Each phrase as (what to look for, where, a word the page must hold first, phrase, weight), where is
        "words" (a one-word phrase is one of the normalised text's words: a set look-up), "padded" (a longer
        phrase stands between spaces in the space-padded text, once its first word is among the page's) or
        "text" (a CJK phrase anywhere: those languages put no spaces between words)."""
        probes = []
        for phrase, weight in self.phrases.items():
            if is_cjk(phrase):
                probes.append((phrase, "text", None, phrase, weight))
            elif " " in phrase:
                probes.append((f" {phrase} ", "padded", phrase.split(" ")[0], phrase, weight))
            else:
                probes.append((phrase, "words", None, phrase, weight))
        return probes

    @cached_property
    def section_kinds(self) -> dict[str, str]:
        """Each section heading (normalised) and the kind of section it names."""
        return {name: kind for kind, names in self.sections.items() for name in names}


@model
class Speakers:
    """Who speaks in a letter: first-person and third-person words per language (ISO 639-1)."""

    first: dict[str, list[str]]
    third: dict[str, list[str]]


def is_cjk(text: str) -> bool:
    """Written in Chinese or Japanese characters, which separate no words by spaces.

    Tested character by character: a regular expression of these ranges takes milliseconds to compile, longer
    than every phrase of the vocabulary takes to test."""
    return any("\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


class LineStart:
    """Which of some phrases a normalised line opens with: the phrase alone or followed by a space (a CJK
    phrase: followed by anything), the first in the list's order that does.

    Looked up by the line's first word: a regular expression of every salutation took milliseconds to
    compile at every run, longer than all the look-ups of a packet.
    """

    def __init__(self, phrases: list[str]):
        self.by_first_word: dict[str, list[tuple[int, str]]] = {}
        self.cjk_by_first_character: dict[str, list[tuple[int, str]]] = {}
        for order, phrase in enumerate(p for p in phrases if p):
            if is_cjk(phrase):
                self.cjk_by_first_character.setdefault(phrase[0], []).append((order, phrase))
            else:
                self.by_first_word.setdefault(phrase.split(" ", 1)[0], []).append((order, phrase))

    def match(self, line: str) -> str | None:
        """The phrase ``line`` opens with, or None (most lines: two look-ups)."""
        words = self.by_first_word.get(line.split(" ", 1)[0])
        cjk = self.cjk_by_first_character.get(line[:1])
        if words is None and cjk is None:
            return None
        found = [(order, phrase) for order, phrase in words or () if line == phrase or line.startswith(phrase + " ")]
        found += [(order, phrase) for order, phrase in cjk or () if line.startswith(phrase)]
        return min(found)[1] if found else None


@model
class LetterCues:
    title_prefixes: list[str] = spec(after=_words)
    salutations: list[str] = spec(after=_words)
    generic_salutations: list[str] = spec([], after=_words)
    closings: list[str] = spec(after=_words)
    committee_addressees: list[str] = spec(after=_words)

    @cached_property
    def committee_pattern(self) -> re.Pattern:
        """Any committee addressee, each of its words the start of a word of the text, so that one phrase covers a
        language's cases ("оцінювальн комітет": "Оцінювального комітету", "Оцінювальному комітету")."""
        phrases = (r"\w*\s+".join(re.escape(word) for word in phrase.split()) for phrase in self.committee_addressees)
        return re.compile(rf"(?<!\w)(?:{'|'.join(phrases)})\w*")

    def committee_in(self, normalized: str) -> str | None:
        """The committee addressee a normalised line names, as the line writes it; None if it names none."""
        found = self.committee_pattern.search(normalized)
        return found.group(0) if found else None

    @cached_property
    def generic_salutation_start(self) -> LineStart:
        return LineStart(self.generic_salutations)

    @cached_property
    def salutation_start(self) -> LineStart:
        return LineStart(self.salutations)

    @cached_property
    def closing_start(self) -> LineStart:
        return LineStart(self.closings)


@model
class Vocabulary:
    types: dict[str, TypeVocabulary] = spec(after=_known_types)
    letters: LetterCues
    speakers: Speakers
    page_numbering: list[Pattern] = spec([], before=_weighted)
    letterhead_words: list[str] = spec([], after=_words)
    date_lines: list[Pattern] = spec([], before=_weighted)

    @cached_property
    def titles(self) -> list[tuple[str, str]]:
        """Every type's titles (normalised) as (title, type), in the file's order."""
        return [(title, type_) for type_, entry in self.types.items() for title in entry.titles]

    @cached_property
    def titles_by_first_word(self) -> dict[str, list[tuple[str, str]]]:
        """The titles of two words or more, by their first word: those a line can start with."""
        found: dict[str, list[tuple[str, str]]] = {}
        for title, type_ in self.titles:
            if len(title.split()) >= 2:
                found.setdefault(title.split()[0], []).append((title, type_))
        return found

    @cached_property
    def title_types(self) -> dict[str, str]:
        """Each title's type (the first in the file's order): a line that is exactly a title is found at once."""
        found: dict[str, str] = {}
        for title, type_ in self.titles:
            found.setdefault(title, type_)
        return found

    @cached_property
    def title_alphabet(self) -> dict[str, tuple[int, ...]]:
        """Per character the titles use, a bit for each of its occurrences, up to the most a title holds."""
        most: dict[str, int] = {}
        for title, _ in self.titles:
            for ch in set(title):
                most[ch] = max(most.get(ch, 0), title.count(ch))
        bits: dict[str, tuple[int, ...]] = {}
        for ch in sorted(most):
            start = sum(len(b) for b in bits.values())
            bits[ch] = tuple(1 << i for i in range(start, start + most[ch]))
        return bits

    def character_bits(self, text: str) -> int:
        """The characters of ``text`` that a title could match, counted with their repeats, as one integer: the
        characters a line and a title have in common (difflib's ``quick_ratio``) are then counted at once, for
        ruling out a line too unlike a title to be a slip of it."""
        bits, seen = 0, {}
        alphabet = self.title_alphabet
        for ch in text:
            repeats = alphabet.get(ch)
            if repeats is not None:
                count = seen.get(ch, 0)
                if count < len(repeats):
                    bits |= repeats[count]
                    seen[ch] = count + 1
        return bits

    @cached_property
    def titles_of_length(self) -> dict[int, list[tuple[str, str, int]]]:
        """The titles by their length, as (title, type, its characters' bits): a line can only be a slip of a title
        of about its own length, and these are looked up length by length instead of tried one by one."""
        found: dict[int, list[tuple[str, str, int]]] = {}
        for title, type_ in self.titles:
            found.setdefault(len(title), []).append((title, type_, self.character_bits(title)))
        return found

    @cached_property
    def stem_regexes(self) -> dict[str, re.Pattern]:
        """One alternation of each type's stems, matched at word starts in normalised text."""
        def alternation(stems: list[str]) -> str:
            return "|".join(re.escape(stem) for stem in sorted(stems, key=len, reverse=True))

        def regex(stems: list[str]) -> re.Pattern:
            # The word-start test once before all the alphabetic stems, not once per stem: the engine then
            # tries the stems only where a word starts (five times faster on a page of prose).
            words = [stem for stem in stems if not is_cjk(stem)]
            cjk = [stem for stem in stems if is_cjk(stem)]
            parts = ([rf"(?<!\w)(?:{alternation(words)})"] if words else []) + ([alternation(cjk)] if cjk else [])
            return re.compile("(" + "|".join(parts) + ")")

        return {type_: regex(list(entry.stems)) for type_, entry in self.types.items() if entry.stems}

    def label(self, type_: str) -> str:
        if type_ in self.types:
            return self.types[type_].label
        return type_.replace("_", " ")


def read_vocabulary(root: Path) -> Vocabulary:
    return validate(Vocabulary, "schemas/documents.yaml", (root / "documents.yaml").read_text(encoding="utf-8"))


def vocabulary() -> Vocabulary:
    """The shipped vocabulary (validated once, cached: see esorcheck.schema)."""
    return shipped().vocabulary
