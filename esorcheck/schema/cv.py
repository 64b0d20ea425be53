"""The ESOR CV template as validated data (``schemas/cv/``), and the files that hold it.

``esor-cv.yaml`` is the template itself (title, sections in order, fields,
which are required, value shapes, what is extracted), ``shapes.yaml`` the
value shapes it names, ``other-cvs.yaml`` the headings of CV formats that are
not the template (Europass). This module knows their *shape* only: every
heading, label and pattern is data, so that the office can re-import its form
(``esorcheck template import``) instead of waiting for a release.
"""

from __future__ import annotations

import re
from functools import cache, cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator

from esorcheck.errors import SchemaError, UsageError
from esorcheck.schema.files import StrictModel, schema_root, validate
from esorcheck.text import normalize, normalize_heading

# Keys of the report's "cv" object that a template may fill (report-contract.md: additions only).
EXTRACT_KEYS = (
    "surname",
    "first_names",
    "date_of_birth",
    "nationality",
    "country_of_residence",
    "esr_membership_number",
    "board_certification_date",
    "languages",
    "publications",
)
_KEY = re.compile(r"^[a-z][a-z0-9_]*$")


def _compile(value: str, flags: int = re.IGNORECASE) -> re.Pattern:
    try:
        return re.compile(value, flags)
    except re.error as exc:
        raise ValueError(f"bad regular expression {value!r}: {exc}") from None


class _Keyed(StrictModel):
    key: str

    @field_validator("key")
    @classmethod
    def _identifier(cls, key: str) -> str:
        if not _KEY.match(key):
            raise ValueError(f"{key!r} is not a key (lower case letters, digits and _)")
        return key


class FieldSpec(_Keyed):
    """A labelled field: the label as printed, and what its value must be."""

    label: str
    aliases: list[str] = []
    hint: str | None = Field(None, description="What the form prints after the label, e.g. DD/MM/YYYY.")
    required: bool = True
    shape: str | None = None
    extract: str | None = None
    flags: dict[str, list[str]] = {}
    graphics: bool = Field(False, description="A drawing or image beside the label counts as a value (signatures).")

    @cached_property
    def names(self) -> list[str]:
        """The label and its aliases, normalised for matching."""
        return [normalize(n) for n in [self.label, *self.aliases] if normalize(n)]

    @cached_property
    def printed(self) -> str:
        """The label as a blank form prints it, hint included: wrapped lines of it are not values."""
        return normalize(f"{self.label} {self.hint or ''}")


class ColumnSpec(_Keyed):
    label: str
    aliases: list[str] = []
    hint: str | None = None
    shape: str | None = None

    @cached_property
    def names(self) -> list[str]:
        return [normalize(n) for n in [self.label, *self.aliases] if normalize(n)]


class RowsSpec(StrictModel):
    """A table of entries under the heading (experience, languages)."""

    columns: list[ColumnSpec] = Field(min_length=1)
    min_rows: int = Field(1, ge=0)
    extract: str | None = None
    required_values: list[str] = Field([], description="Entries the first column must hold (English).")


class SectionSpec(_Keyed):
    heading: str
    aliases: list[str] = []
    required: bool = True
    fields: list[FieldSpec] = []
    rows: RowsSpec | None = None
    text: bool = Field(False, description="Free text under the heading.")
    statement: str | None = Field(None, description="A sentence the section must print.")

    @cached_property
    def names(self) -> list[str]:
        return [normalize_heading(n) for n in [self.heading, *self.aliases] if normalize_heading(n)]

    @property
    def labels(self) -> list[str]:
        """What the section's form prints: every label, column label and statement (for import and reading)."""
        found = [f.label for f in self.fields]
        if self.rows:
            found += [c.label for c in self.rows.columns]
        return found + ([self.statement] if self.statement else [])

    @model_validator(mode="after")
    def _has_content(self) -> SectionSpec:
        keys = [f.key for f in self.fields]
        if len(set(keys)) != len(keys):
            raise ValueError(f"section {self.key}: field keys listed twice")
        if self.rows and self.fields:
            raise ValueError(f"section {self.key}: give either fields or rows, not both")
        return self


class CvTemplate(StrictModel):
    id: str
    title: list[str] = []
    source: str | None = None
    notes: list[str] = []
    sections: list[SectionSpec] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> CvTemplate:
        keys = [s.key for s in self.sections]
        twice = {k for k in keys if keys.count(k) > 1}
        if twice:
            raise ValueError(f"section keys listed twice: {', '.join(sorted(twice))}")
        extracts = [f.extract for s in self.sections for f in s.fields if f.extract]
        extracts += [s.rows.extract for s in self.sections if s.rows and s.rows.extract]
        for key in extracts:
            if key not in EXTRACT_KEYS:
                raise ValueError(f"extract: unknown key {key!r}; known: {', '.join(EXTRACT_KEYS)}")
        if len(set(extracts)) != len(extracts):
            raise ValueError("an extract key is given to two fields")
        unknown = {f.shape for s in self.sections for f in s.fields if f.shape}
        unknown |= {c.shape for s in self.sections if s.rows for c in s.rows.columns if c.shape}
        unknown -= set(shapes().shapes)
        if unknown:
            raise ValueError(f"unknown shapes {sorted(unknown)}; known: {', '.join(shapes().shapes)}")
        return self

    @property
    def required_sections(self) -> list[SectionSpec]:
        return [s for s in self.sections if s.required]


class Shape(StrictModel):
    kind: Literal["date", "choice", "integer", "regex"]
    describe: str
    patterns: list[re.Pattern] = []
    pattern: re.Pattern | None = None
    values: dict[str, list[re.Pattern]] = {}

    @field_validator("patterns", mode="before")
    @classmethod
    def _compile_all(cls, values: list[str]) -> list[re.Pattern]:
        return [_compile(v) for v in values]

    @field_validator("pattern", mode="before")
    @classmethod
    def _compile_one(cls, value: str | None) -> re.Pattern | None:
        return _compile(value) if value is not None else None

    @field_validator("values", mode="before")
    @classmethod
    def _compile_values(cls, values: dict[str, list[str]]) -> dict[str, list[re.Pattern]]:
        return {k: [_compile(v) for v in vs] for k, vs in values.items()}

    @model_validator(mode="after")
    def _complete(self) -> Shape:
        needs = {"date": self.patterns, "choice": self.values, "regex": self.pattern, "integer": True}
        if not needs[self.kind]:
            raise ValueError(f"a {self.kind} shape needs {'patterns' if self.kind == 'date' else 'values' if self.kind == 'choice' else 'pattern'}")
        return self


class Shapes(StrictModel):
    shapes: dict[str, Shape]
    month_names: dict[int, list[str]]
    blank_values: list[re.Pattern]
    hint_shapes: dict[str, list[re.Pattern]] = {}

    @field_validator("blank_values", mode="before")
    @classmethod
    def _whole(cls, values: list[str]) -> list[re.Pattern]:
        return [_compile(rf"(?:{v})") for v in values]

    @field_validator("hint_shapes", mode="before")
    @classmethod
    def _compile_hints(cls, values: dict[str, list[str]]) -> dict[str, list[re.Pattern]]:
        return {k: [_compile(v) for v in vs] for k, vs in values.items()}

    @field_validator("month_names", mode="after")
    @classmethod
    def _months(cls, names: dict[int, list[str]]) -> dict[int, list[str]]:
        if sorted(names) != list(range(1, 13)):
            raise ValueError("month_names must list months 1 to 12")
        return {m: [normalize(n) for n in ns] for m, ns in names.items()}

    def month(self, name: str) -> int | None:
        word = normalize(name)
        return next((m for m, ns in self.month_names.items() if word in ns), None)

    def is_blank(self, value: str) -> bool:
        return any(p.fullmatch(value.strip()) for p in self.blank_values)


class OtherFormat(StrictModel):
    label: str
    min_headings: int = 2
    headings: list[str]

    @cached_property
    def names(self) -> dict[str, str]:
        return {normalize_heading(h): h for h in self.headings}


class OtherCvs(StrictModel):
    formats: dict[str, OtherFormat]


class ImportCues(StrictModel):
    """How the importer reads a blank form (schemas/cv/import.yaml)."""

    heading_numbering: re.Pattern
    optional_markers: list[str]
    statement_min_words: int = Field(7, ge=2)

    @field_validator("heading_numbering", mode="before")
    @classmethod
    def _compile_numbering(cls, value: str) -> re.Pattern:
        return _compile(value)


def _read(name: str, model):
    return validate(model, f"schemas/cv/{name}", (schema_root() / "cv" / name).read_text(encoding="utf-8"))


@cache
def shapes() -> Shapes:
    return _read("shapes.yaml", Shapes)


@cache
def other_cvs() -> OtherCvs:
    return _read("other-cvs.yaml", OtherCvs)


@cache
def import_cues() -> ImportCues:
    return _read("import.yaml", ImportCues)


@cache
def reference_template() -> CvTemplate:
    """The shipped reference rendition (schemas/cv/esor-cv.yaml)."""
    return _read("esor-cv.yaml", CvTemplate)


def parse_template(path: Path | str, text: str) -> CvTemplate:
    return validate(CvTemplate, path, text)


def load_template(path: Path | None = None) -> CvTemplate:
    """The template given with --cv-template, or the shipped one."""
    if path is None:
        return reference_template()
    if not path.is_file():
        raise UsageError(f"--cv-template {path}: no such file", hint="give a YAML file written by 'esorcheck template import'")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SchemaError(f"{path}: cannot be read as a YAML text file ({exc})", hint="give a YAML file written by 'esorcheck template import'") from None
    return parse_template(path, text)
