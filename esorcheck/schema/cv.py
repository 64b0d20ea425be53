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
from functools import cached_property
from pathlib import Path
from typing import Literal, TypeVar

from esorcheck.errors import SchemaError, UsageError
from esorcheck.schema.files import validate
from esorcheck.schema.model import model, spec
from esorcheck.text import normalize, normalize_heading

# Keys of the report's "cv" object that a template may fill (a public contract: additions only).
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
T = TypeVar("T")


def _compile(value: str, flags: int = re.IGNORECASE) -> re.Pattern:
    """A shape's pattern: matched regardless of case, as forms are filled in."""
    if not isinstance(value, str):
        raise ValueError(f"expected a regular expression, not {value!r}")
    try:
        return re.compile(value, flags)
    except re.error as exc:
        raise ValueError(f"bad regular expression {value!r}: {exc}") from None


def _compile_all(values: list[str]) -> list[re.Pattern]:
    return [_compile(v) for v in values]


def _compile_each(values: dict[str, list[str]]) -> dict[str, list[re.Pattern]]:
    return {k: _compile_all(vs) for k, vs in values.items()}


def _months(names: dict[int, list[str]]) -> dict[int, list[str]]:
    if sorted(names) != list(range(1, 13)):
        raise ValueError("month_names must list months 1 to 12")
    return {m: [normalize(n) for n in ns] for m, ns in names.items()}


def _identifier(key: str) -> str:
    if not _KEY.match(key):
        raise ValueError(f"{key!r} is not a key (lower case letters, digits and _)")
    return key


@model
class _Keyed:
    key: str = spec(after=_identifier)


@model
class FieldSpec(_Keyed):
    """A labelled field: the label as printed, and what its value must be."""

    label: str
    aliases: list[str] = spec([])
    hint: str | None = spec(None, doc="What the form prints after the label, e.g. DD/MM/YYYY.")
    required: bool = True
    shape: str | None = None
    extract: str | None = None
    flags: dict[str, list[str]] = spec({})
    graphics: bool = spec(False, doc="A drawing or image beside the label counts as a value (signatures).")

    @cached_property
    def names(self) -> list[str]:
        """The label and its aliases, normalised for matching."""
        return [normalize(n) for n in [self.label, *self.aliases] if normalize(n)]

    @cached_property
    def printed(self) -> str:
        """The label as a blank form prints it, hint included: wrapped lines of it are not values."""
        return normalize(f"{self.label} {self.hint or ''}")


@model
class ColumnSpec(_Keyed):
    label: str
    aliases: list[str] = spec([])
    hint: str | None = None
    shape: str | None = None

    @cached_property
    def names(self) -> list[str]:
        return [normalize(n) for n in [self.label, *self.aliases] if normalize(n)]


@model
class RowsSpec:
    """A table of entries under the heading (experience, languages)."""

    columns: list[ColumnSpec] = spec(min_length=1)
    min_rows: int = spec(1, ge=0)
    extract: str | None = None
    required_values: list[str] = spec([], doc="Entries the first column must hold (English).")


@model
class SectionSpec(_Keyed):
    heading: str
    aliases: list[str] = spec([])
    required: bool = True
    fields: list[FieldSpec] = spec([])
    rows: RowsSpec | None = None
    text: bool = spec(False, doc="Free text under the heading.")
    statement: str | None = spec(None, doc="A sentence the section must print.")

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

    def check(self) -> None:
        keys = [f.key for f in self.fields]
        if len(set(keys)) != len(keys):
            raise ValueError(f"section {self.key}: field keys listed twice")
        if self.rows and self.fields:
            raise ValueError(f"section {self.key}: give either fields or rows, not both")


@model
class CvTemplate:
    id: str
    title: list[str] = spec([])
    source: str | None = None
    notes: list[str] = spec([])
    sections: list[SectionSpec] = spec(min_length=1)

    def check(self) -> None:
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

    def field_extracting(self, key: str) -> FieldSpec | None:
        """The field whose value becomes ``key`` of the report (date_of_birth...), if the template has one."""
        return next((f for s in self.sections for f in s.fields if f.extract == key), None)

    def asked_for(self, key: str, fallback: str) -> str:
        """How the form asks for ``key``: "'Date of Birth' (DD/MM/YYYY)" (else ``fallback``), for hints."""
        found = self.field_extracting(key)
        if found is None:
            return fallback
        return f"'{found.label}'" + (f" ({found.hint})" if found.hint else "")

    def check_shapes(self, known: Shapes) -> None:
        """Every shape the template names is in shapes.yaml (checked once both files are loaded)."""
        unknown = {f.shape for s in self.sections for f in s.fields if f.shape}
        unknown |= {c.shape for s in self.sections if s.rows for c in s.rows.columns if c.shape}
        unknown -= set(known.shapes)
        if unknown:
            raise ValueError(f"unknown shapes {sorted(unknown)}; known: {', '.join(known.shapes)}")

    @property
    def required_sections(self) -> list[SectionSpec]:
        return [s for s in self.sections if s.required]


@model
class Shape:
    kind: Literal["date", "choice", "integer", "regex"]
    describe: str
    patterns: list[re.Pattern] = spec([], before=_compile_all)
    pattern: re.Pattern | None = spec(None, before=lambda value: _compile(value) if value is not None else None)
    values: dict[str, list[re.Pattern]] = spec({}, before=_compile_each)

    def check(self) -> None:
        needs = {"date": self.patterns, "choice": self.values, "regex": self.pattern, "integer": True}
        if not needs[self.kind]:
            raise ValueError(f"a {self.kind} shape needs {'patterns' if self.kind == 'date' else 'values' if self.kind == 'choice' else 'pattern'}")


@model
class Shapes:
    shapes: dict[str, Shape]
    month_names: dict[int, list[str]] = spec(after=_months)
    blank_values: list[re.Pattern] = spec(before=lambda values: [_compile(rf"(?:{v})") for v in values])
    hint_shapes: dict[str, list[re.Pattern]] = spec({}, before=_compile_each)

    def month(self, name: str) -> int | None:
        word = normalize(name)
        return next((m for m, ns in self.month_names.items() if word in ns), None)

    def is_blank(self, value: str) -> bool:
        return any(p.fullmatch(value.strip()) for p in self.blank_values)


@model
class OtherFormat:
    label: str
    min_headings: int = 2
    headings: list[str]

    @cached_property
    def names(self) -> dict[str, str]:
        return {normalize_heading(h): h for h in self.headings}


@model
class OtherCvs:
    formats: dict[str, OtherFormat]


@model
class ImportCues:
    """How the importer reads a blank form (schemas/cv/import.yaml)."""

    heading_numbering: re.Pattern = spec(before=_compile)
    optional_markers: list[str]
    statement_min_words: int = spec(7, ge=2)


def read_cv_file(root: Path, name: str, kind: type[T]) -> T:
    return validate(kind, f"schemas/cv/{name}", (root / "cv" / name).read_text(encoding="utf-8"))


def shapes() -> Shapes:
    """The shipped value shapes (validated once, cached: see esorcheck.schema)."""
    from esorcheck.schema import shipped

    return shipped().shapes


def other_cvs() -> OtherCvs:
    from esorcheck.schema import shipped

    return shipped().other_cvs


def import_cues() -> ImportCues:
    from esorcheck.schema import shipped

    return shipped().import_cues


def reference_template() -> CvTemplate:
    """The shipped reference rendition (schemas/cv/esor-cv.yaml)."""
    from esorcheck.schema import shipped

    return shipped().cv_template


def parse_template(path: Path | str, text: str, known: Shapes | None = None) -> CvTemplate:
    """A template file, validated on its own and against the value shapes (the shipped ones by default)."""
    template = validate(CvTemplate, path, text)
    try:
        template.check_shapes(known or shapes())
    except ValueError as exc:
        raise SchemaError(f"{path}: sections: {exc}") from None
    return template


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
