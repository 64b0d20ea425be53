"""The words the eligibility and content rules read (``schemas/rules.yaml``), as validated data.

Roles of signers, membership categories, funding declarations, CEFR levels,
language and country names, name titles and spellings: this module knows the
*shape* of that file and offers the look-ups the rules need; every word is data.
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import Annotated

from esorcheck.schema import shipped
from esorcheck.schema.files import validate
from esorcheck.schema.model import After, model, spec
from esorcheck.text import normalize, required_text


def _normalized(words: list[str]) -> list[str]:
    return [n for n in (normalize(w) for w in words) if n]


# Words as the file writes them, kept in the normalised form all matching uses.
Words = Annotated[list[str], After(_normalized)]


def _single_letters(table: dict[str, str]) -> dict[str, str]:
    for key in table:
        if len(key) != 1:
            raise ValueError(f"{key!r}: give single letters")
    return table


# A range of code points as Unicode's charts write it: 0590-05FF.
_CODE_POINTS = re.compile(r"([0-9A-F]{4,5})-([0-9A-F]{4,5})")


def _character_class(letters: object) -> str:
    """Letters as the file gives them, each a range of code points ("0590-05FF") or a letter itself ("پ"), as
    the inside of a character class of a regular expression."""
    if not isinstance(letters, list) or not letters:
        raise ValueError("give a list of letters and ranges of code points (0590-05FF)")
    spans = []
    for item in letters:
        bounds = _CODE_POINTS.fullmatch(item) if isinstance(item, str) else None
        if bounds and int(bounds[1], 16) <= int(bounds[2], 16):
            spans.append(f"{re.escape(chr(int(bounds[1], 16)))}-{re.escape(chr(int(bounds[2], 16)))}")
        elif isinstance(item, str) and len(item) == 1:
            spans.append(re.escape(item))
        else:
            raise ValueError(f"{item!r}: give a letter or a range of code points (0590-05FF)")
    return "".join(spans)


def _padded_in(phrase: str, padded_text: str) -> bool:
    return f" {phrase} " in padded_text


@model
class Cefr:
    levels: list[str] = spec(min_length=2)
    mother_tongue: str
    overall_words: Words = spec([])

    def check(self) -> None:
        if self.mother_tongue not in self.levels:
            raise ValueError(f"mother_tongue: {self.mother_tongue!r} is not one of the levels {self.levels}")

    def rank(self, level: str | None) -> int | None:
        """The level's place in the order (higher is better); "mother tongue" counts as ``mother_tongue``."""
        if level is None:
            return None
        if normalize(level) == "mother tongue":
            level = self.mother_tongue
        return self.levels.index(level) if level in self.levels else None


@model
class Role:
    """A role a signer may hold: titles that name it alone, and words that name it with a department-level unit,
    before it ("Head of the Department") or, in languages that put the head last, after it ("Radyoloji Anabilim
    Dalı Başkanı", "Radiológiai Klinika igazgatója")."""

    label: str
    titles: Words = spec([])
    heads: Words = spec([])
    heads_after: Words = spec([])

    def check(self) -> None:
        if not self.titles and not self.heads and not self.heads_after:
            raise ValueError("give titles, heads or heads_after")


@model
class SignerTitles:
    """How a signature block's title line is read: '<role word> <joining words> <unit>' (see rules.yaml)."""

    field_labels: Words = spec([])
    prefixes: Words = spec([])
    conjunctions: Words = spec([])
    joining: Words = spec([])
    units: list[re.Pattern] = spec(min_length=1)
    sub_units: Words = spec([])
    specialties: Words = spec([])
    core_specialties: Words = spec([])
    max_qualifiers: int = spec(ge=0)

    def check(self) -> None:
        unknown = set(self.core_specialties) - set(self.specialties)
        if unknown:
            raise ValueError(f"core_specialties: {sorted(unknown)} are not under specialties")

    @cached_property
    def unit(self) -> re.Pattern:
        """Any of ``units``, matched from a word's start."""
        return re.compile("|".join(f"(?:{p.pattern})" for p in self.units))


@model
class Category:
    label: str
    words: Words = spec(min_length=1)


@model
class Membership:
    categories: dict[str, Category]
    number: re.Pattern
    number_words: Words = spec([])
    member_words: Words = spec([])


@model
class DeclarationKind:
    label: str
    titles: Words = spec([])
    words: dict[str, float] = spec(after=lambda words: {normalize(k): v for k, v in words.items()})


@model
class FundingDeclarations:
    self_funding: DeclarationKind
    need_for_sponsorship: DeclarationKind
    candidate: str

    @property
    def kinds(self) -> dict[str, DeclarationKind]:
        return {"self_funding": self.self_funding, "need_for_sponsorship": self.need_for_sponsorship}


@model
class TrackStatements:
    """What a motivation letter says of its funding: phrases (normalised) with weights, per declaration kind."""

    self_funding: dict[str, float] = spec(after=lambda words: {normalize(k): v for k, v in words.items()})
    need_for_sponsorship: dict[str, float] = spec(after=lambda words: {normalize(k): v for k, v in words.items()})
    negations: Words = spec([])
    negation_span: int = spec(ge=0)

    @property
    def kinds(self) -> dict[str, dict[str, float]]:
        return {"self_funding": self.self_funding, "need_for_sponsorship": self.need_for_sponsorship}


@model
class Signatures:
    max_block_lines: int = spec(ge=1)
    max_line_words: int = spec(ge=1)
    not_a_name: Words = spec([])
    image_reach_above: float = spec(ge=0)
    image_reach_below: float = spec(ge=0)


@model
class Names:
    titles: Words = spec([])
    mention_titles: list[str] = spec([])
    mention_skip: Words = spec([])
    letters: dict[str, str] = spec({}, after=_single_letters)
    alternatives: dict[str, str] = spec({}, after=_single_letters)


@model
class Certificates:
    date_words: Words = spec([])
    birth_words: Words = spec([])
    reach: int = spec(ge=1)


@model
class Publications:
    numbered: re.Pattern
    identifiers: list[re.Pattern] = spec([])
    locators: list[re.Pattern] = spec([])
    entry_marks: list[re.Pattern] = spec([])

    def entry_lines(self, lines: list[str]) -> list[bool]:
        """Per line, whether it is part of a bibliographic entry: a line with authors and initials, "et al.",
        a volume and pages or a DOI, and a line between two such lines (an entry's title runs on)."""
        patterns = [(pattern, required_text(pattern)) for pattern in (*self.entry_marks, *self.locators, *self.identifiers)]
        marked = [any(needs in line and pattern.search(line) for pattern, needs in patterns) for line in lines]
        return [mark or (0 < i < len(lines) - 1 and marked[i - 1] and marked[i + 1]) for i, mark in enumerate(marked)]


@model
class WordLanguages:
    share: float = spec(gt=0, le=1)
    words: dict[str, list[str]] = spec({})

    @cached_property
    def listed(self) -> frozenset[str]:
        """Every listed word: placeholder text is written in them, and is evidence of no document type."""
        return frozenset(word for words in self.words.values() for word in words)


@model
class FunctionWords:
    min_words: int = spec(ge=1)
    share: float = spec(gt=0.5, le=1)
    words: dict[str, Words] = spec({})

    @cached_property
    def language_by_word(self) -> dict[str, str]:
        """Each listed word -> its language."""
        return {word: code for code, words in self.words.items() for word in words}

    def check(self) -> None:
        seen: dict[str, str] = {}
        for code, words in self.words.items():
            for word in words:
                if seen.setdefault(word, code) != code:
                    raise ValueError(f"function_words: {word!r} is listed for {seen[word]} and {code}: it tells neither")


@model
class ScriptLanguage:
    """A language told by its script: the letters it writes, and those that tell it from the other languages
    of that script (Persian's پ چ ژ گ among Arabic's letters, Japanese kana beside Han characters), which
    count among its letters too."""

    letters: str = spec(before=_character_class)
    telling: str = spec("", before=_character_class)

    @cached_property
    def written(self) -> re.Pattern:
        """One of its letters or of its telling letters."""
        return re.compile(f"[{self.letters}{self.telling}]")

    @cached_property
    def told(self) -> re.Pattern | None:
        """One of its telling letters; None where it has none (its script tells it alone)."""
        return re.compile(f"[{self.telling}]") if self.telling else None


@model
class Scripts:
    """Languages told by their script (``scripts`` in rules.yaml): the share of a text's letters the script
    must hold (a majority, so that a letterhead in it leaves a page in another language alone), and the
    languages, the first that fits a text being its language."""

    share: float = spec(gt=0.5, le=1)
    languages: dict[str, ScriptLanguage] = spec({})

    @cached_property
    def written(self) -> re.Pattern:
        """A letter of any of the languages: a text with too few of them is let through after one look, not
        one per language."""
        return re.compile(f"[{''.join(language.letters + language.telling for language in self.languages.values())}]")


@model
class Addressee:
    head_share: float = spec(gt=0, le=1)


@model
class RuleWords:
    cefr: Cefr
    languages: dict[str, Words]
    detected_languages: dict[str, str]
    language_tests: dict[str, Words]
    countries: dict[str, Words]
    roles: dict[str, Role]
    signer_titles: SignerTitles
    membership: Membership
    funding_declarations: FundingDeclarations
    track_statements: TrackStatements
    signatures: Signatures
    names: Names
    certificates: Certificates
    publications: Publications
    addressee: Addressee
    word_languages: WordLanguages
    function_words: FunctionWords
    scripts: Scripts
    work_place_field: list[str] = spec(min_length=2, max_length=2)
    societies: dict[str, Words] = spec({})

    def check(self) -> None:
        if self.funding_declarations.candidate in self.roles:
            raise ValueError(f"funding_declarations.candidate: {self.funding_declarations.candidate!r} is also a role")
        unknown = set(self.language_tests) - set(self.languages)
        if unknown:
            raise ValueError(f"language_tests: languages {sorted(unknown)} are not under languages")
        unknown = set(self.detected_languages) - set(self.languages)
        if unknown:
            raise ValueError(f"detected_languages: languages {sorted(unknown)} have no names under languages")
        unknown = set(self.function_words.words) - set(self.detected_languages)
        if unknown:
            raise ValueError(f"function_words: languages {sorted(unknown)} are not under detected_languages")
        unknown = set(self.scripts.languages) - set(self.languages)
        if unknown:
            raise ValueError(f"scripts: languages {sorted(unknown)} have no names under languages")

    # ------------------------------------------------------------------ look-ups
    def named_in(self, table: dict[str, list[str]], text: str) -> list[str]:
        """Keys of ``table`` (languages, countries) whose names occur in ``text``, in the order of the table."""
        padded = f" {normalize(text)} "
        return [key for key, names in table.items() if any(_padded_in(n, padded) for n in names)]

    def language_of(self, text: str) -> str | None:
        """The one language a CV's language cell names ("Chinese (Mandarin)" -> zh)."""
        found = self.named_in(self.languages, text)
        return found[0] if len(found) == 1 else None

    def country_of(self, text: str) -> str | None:
        """The country a place names ("Chengdu / China" -> CN); None when none or several."""
        found = self.named_in(self.countries, text)
        return found[0] if len(found) == 1 else None

    def language_name(self, code: str | None) -> str:
        """A language as the report names it ("French"), from its first name under languages:."""
        names = self.languages.get(code or "")
        return names[0].title() if names else (code or "unknown")

    def country_name(self, code: str) -> str:
        names = self.countries.get(code)
        return names[0].title() if names else code

    def role_label(self, key: str) -> str:
        if key == self.funding_declarations.candidate:
            return "the candidate"
        return self.roles[key].label if key in self.roles else key

    def categories_in(self, text: str) -> list[str]:
        padded = f" {normalize(text)} "
        return [key for key, cat in self.membership.categories.items() if any(_padded_in(w, padded) for w in cat.words)]

    @cached_property
    def name_titles(self) -> frozenset[str]:
        return frozenset(self.names.titles)


def read_rule_words(root: Path) -> RuleWords:
    return validate(RuleWords, "schemas/rules.yaml", (root / "rules.yaml").read_text(encoding="utf-8"))


def rule_words() -> RuleWords:
    """The shipped rule words (validated once, cached: see esorcheck.schema)."""
    return shipped().rules
