"""Document types (a public contract) and the vocabulary that recognises them (data).

The type ids are fixed by report-contract.md, so they are listed here; the
words that identify each type live in ``schemas/documents.yaml``.
"""

from __future__ import annotations

import re
from functools import cache, cached_property

from pydantic import Field, field_validator

from esorcheck.schema.files import StrictModel, schema_root, validate
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
    "unknown",
)

class Pattern(StrictModel):
    regex: re.Pattern
    weight: float
    name: str = "pattern"  # what the report calls a match, e.g. "DOI"

    @field_validator("regex", mode="before")
    @classmethod
    def _compile(cls, value: str) -> re.Pattern:
        try:
            return re.compile(value)
        except re.error as exc:
            raise ValueError(f"bad regular expression {value!r}: {exc}") from None


class TypeVocabulary(StrictModel):
    label: str
    letter: bool = False
    titles: list[str]
    phrases: dict[str, float]
    stems: dict[str, float] = {}
    patterns: list[Pattern] = []

    @field_validator("titles", mode="after")
    @classmethod
    def _normalize_titles(cls, titles: list[str]) -> list[str]:
        return [normalize_heading(t) for t in titles]

    @field_validator("phrases", "stems", mode="after")
    @classmethod
    def _normalize_phrases(cls, phrases: dict[str, float]) -> dict[str, float]:
        return {normalize(k): v for k, v in phrases.items()}


class LetterCues(StrictModel):
    title_prefixes: list[str]
    salutations: list[str]
    closings: list[str]
    committee_addressees: list[str]

    @field_validator("title_prefixes", "salutations", "closings", "committee_addressees", mode="after")
    @classmethod
    def _normalize(cls, words: list[str]) -> list[str]:
        return [normalize(w) for w in words]


class Vocabulary(StrictModel):
    types: dict[str, TypeVocabulary]
    letters: LetterCues
    page_numbering: list[Pattern] = Field(default_factory=list)
    letterhead_words: list[str] = Field(default_factory=list)
    date_lines: list[Pattern] = Field(default_factory=list)

    @field_validator("letterhead_words", mode="after")
    @classmethod
    def _normalize_words(cls, words: list[str]) -> list[str]:
        return [normalize(w) for w in words]

    @field_validator("types", mode="after")
    @classmethod
    def _known_types(cls, types: dict[str, TypeVocabulary]) -> dict[str, TypeVocabulary]:
        unknown = set(types) - set(DOCUMENT_TYPES)
        if unknown:
            raise ValueError(f"unknown document types {sorted(unknown)}; known: {', '.join(DOCUMENT_TYPES)}")
        return types

    @field_validator("page_numbering", "date_lines", mode="before")
    @classmethod
    def _wrap(cls, regexes: list[str]) -> list[dict]:
        return [{"regex": r, "weight": 1.0} for r in regexes]

    @cached_property
    def stem_regexes(self) -> dict[str, re.Pattern]:
        """One alternation of each type's stems, matched at word starts in normalised text."""
        return {
            type_: re.compile(r"(?<!\w)(" + "|".join(map(re.escape, sorted(entry.stems, key=len, reverse=True))) + ")")
            for type_, entry in self.types.items()
            if entry.stems
        }

    def label(self, type_: str) -> str:
        if type_ in self.types:
            return self.types[type_].label
        return type_.replace("_", " ")


@cache
def vocabulary() -> Vocabulary:
    text = (schema_root() / "documents.yaml").read_text(encoding="utf-8")
    return validate(Vocabulary, "schemas/documents.yaml", text)
