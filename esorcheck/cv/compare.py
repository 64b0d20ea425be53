"""Compare a read CV with the template: is it the template, what is missing, reordered, blank; what it says.

The result is computed once per packet (checker.py) and kept on the Packet;
the cv checks phrase its problems as findings and the report shows its
values. Nothing here prints or decides severities.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from esorcheck.cv.reader import (
    LABEL_SIMILARITY,
    CvReading,
    SectionRead,
    matches,
    other_headings,
    own_headings,
    read_cv,
)
from esorcheck.cv.values import parse_value
from esorcheck.pdf.pages import Page, layout_of
from esorcheck.schema.cv import EXTRACT_KEYS, CvTemplate, SectionSpec, other_cvs, shapes
from esorcheck.text import normalize

# Fewer than this share of the template's required sections: not the template but another CV.
MIN_SECTION_SHARE = 0.5


@dataclass(frozen=True)
class OtherFormat:
    """A CV written in another format than the ESOR template, and the headings that show it."""
    label: str | None  # "Europass", or None for a free-form CV
    headings: list[str]  # what was recognised instead


@dataclass(frozen=True)
class Misplaced:
    """A template section found on the wrong side of a neighbour."""
    section: SectionSpec
    page: int
    other: SectionSpec  # the neighbour it is on the wrong side of
    comes_after: bool  # found after ``other``, which the template puts later (else: before one it puts earlier)
    position: int  # 1-based place in the template


@dataclass(frozen=True)
class EmptyField:
    """A template field that is blank or missing from its section."""
    section: SectionSpec
    label: str
    page: int
    problem: str  # "blank", "absent" (label not in the section), "no_rows", "value_missing", "statement_missing"


@dataclass(frozen=True)
class Unparsed:
    """A value that does not have the shape its field asks for (a date, a level, a number)."""
    key: str  # the field key (section.field)
    label: str
    value: str
    page: int
    expected: str

    def to_dict(self) -> dict:
        return {"field": self.key, "label": self.label, "value": self.value, "page": self.page, "expected": self.expected}


@dataclass
class CvComparison:
    """A CV's reading set against the ESOR template: what is missing, misplaced, empty or unreadable."""
    template: CvTemplate
    reading: CvReading
    readable: bool = True
    other_format: OtherFormat | None = None
    missing: list[SectionSpec] = field(default_factory=list)
    misplaced: list[Misplaced] = field(default_factory=list)
    empty: list[EmptyField] = field(default_factory=list)
    values: dict[str, object] = field(default_factory=dict)
    unparsed: list[Unparsed] = field(default_factory=list)

    @property
    def is_template(self) -> bool:
        return self.readable and self.other_format is None

    @property
    def pages(self) -> list[int]:
        return self.reading.pages

    @property
    def found(self) -> list[SectionRead]:
        return self.reading.sections

    @property
    def applicant(self) -> str | None:
        """The applicant's name as the CV gives it ("Yuqing Wang"); None when the CV is not the template."""
        if not self.is_template:
            return None
        surname, first = self.values.get("surname"), self.values.get("first_names")
        if not isinstance(surname, str) or not surname.strip():
            return None
        return f"{first.strip()} {surname.strip()}" if isinstance(first, str) and first.strip() else surname.strip()

    def value(self, key: str) -> tuple[object, int | None]:
        """A value the comparison extracted (``date_of_birth``, ``languages``...) and the page it is on."""
        if not self.is_template:
            return None, None
        value = self.values.get(key)
        for section in self.found:
            if section.spec.rows is not None and section.spec.rows.extract == key:
                return value, section.page
            for read in section.fields.values():
                if read.spec.extract == key:
                    return value, read.page or section.page
        return value, None

    def field_text(self, section_key: str, field_key: str) -> tuple[str | None, int | None]:
        """A field's text as written (fields not extracted, such as the current position's place), and its page."""
        if not self.is_template:
            return None, None
        section = self.reading.section(section_key)
        read = section.fields.get(field_key) if section is not None else None
        if read is None or not read.found or read.blank:
            return None, None
        return read.text, read.page or section.page

    @property
    def format(self) -> str:
        """"esor", "unreadable" (no text), "free-form" or another format's name ("europass")."""
        if not self.readable:
            return "unreadable"
        if self.other_format is None:
            return "esor"
        return normalize(self.other_format.label or "free-form").replace(" ", "-")

    def to_dict(self) -> dict:
        """The report's "cv" object (a public contract: additions only)."""
        data: dict[str, object] = {
            "template": self.template.id,
            "pages": self.pages,
            "esor_template": self.is_template,
            "format": self.format,
            "title": self.reading.title,
            "sections_found": [s.spec.key for s in self.found],
            "sections_expected": [s.key for s in self.template.sections],
        }
        for key in EXTRACT_KEYS:
            data[key] = self.values.get(key)
        data.update({k: v for k, v in self.values.items() if k not in data})
        data["unparsed"] = [u.to_dict() for u in self.unparsed]
        return data


def _order(found: list[SectionRead], template: CvTemplate) -> list[Misplaced]:
    """Sections out of the template's order: those outside the longest run in order."""
    rank = {s.key: i for i, s in enumerate(template.sections)}
    ranks = [rank[s.spec.key] for s in found]
    best: list[list[int]] = []  # best[i]: longest increasing subsequence (indices) ending at i
    for i, r in enumerate(ranks):
        best.append(max((best[j] for j in range(i) if ranks[j] < r), key=len, default=[]) + [i])
    keep = set(max(best, key=len, default=[]))
    misplaced = []
    for i, section in enumerate(found):
        if i in keep:
            continue
        after = next((found[j] for j in range(i - 1, -1, -1) if ranks[j] > ranks[i]), None)
        if after is not None:
            misplaced.append(Misplaced(section.spec, section.page, after.spec, True, ranks[i] + 1))
        else:  # it stands before a section the template puts earlier: name that one
            before = next(found[j] for j in range(i + 1, len(found)) if ranks[j] < ranks[i])
            misplaced.append(Misplaced(section.spec, section.page, before.spec, False, ranks[i] + 1))
    return misplaced


def _empty_fields(section: SectionRead) -> list[EmptyField]:
    spec, problems = section.spec, []
    for read in section.fields.values():
        if not read.spec.required:
            continue
        if not read.found:
            problems.append(EmptyField(spec, read.spec.label, section.page, "absent"))
        elif read.blank:
            problems.append(EmptyField(spec, read.spec.label, read.page or section.page, "blank"))
    if spec.rows:
        if len(section.rows) < spec.rows.min_rows:
            label = " / ".join(c.label for c in spec.rows.columns)
            problems.append(EmptyField(spec, label, section.page, "no_rows"))
        else:
            first = spec.rows.columns[0].key
            for wanted in spec.rows.required_values:
                name = normalize(wanted)
                if not any(matches(word, [name], LABEL_SIMILARITY) for row in section.rows for word in normalize(row.get(first, "")).split()):
                    problems.append(EmptyField(spec, wanted, section.page, "value_missing"))
    if spec.text and spec.required and shapes().is_blank(section.text):
        problems.append(EmptyField(spec, spec.heading, section.page, "blank"))
    if spec.statement and not section.statement_found:
        problems.append(EmptyField(spec, spec.statement, section.page, "statement_missing"))
    return problems


def _extract(section: SectionRead, result: CvComparison) -> None:
    names = shapes()
    for read in section.fields.values():
        spec = read.spec
        if not read.found or read.blank or read.drawing:
            continue
        text = read.text
        for flag, words in spec.flags.items():
            result.values[flag] = any(f" {normalize(w)} " in f" {normalize(text)} " for w in words)
        value: object = text
        if spec.shape:
            shape = names.shapes[spec.shape]
            parsed = parse_value(shape, text, names)
            if not parsed.ok:
                result.unparsed.append(Unparsed(f"{section.spec.key}.{spec.key}", spec.label, text, read.page, shape.describe))
            value = parsed.value
        if spec.extract:
            result.values[spec.extract] = value
    rows = section.spec.rows
    if rows is None:
        return
    entries = []
    for n, row in enumerate(section.rows, start=1):
        entry: dict[str, object] = {}
        for column in rows.columns:
            text = row.get(column.key, "")
            entry[column.key] = text or None
            if column.shape and text:
                parsed = parse_value(names.shapes[column.shape], text, names)
                if parsed.ok:
                    entry[column.key] = parsed.value
                else:
                    describe = names.shapes[column.shape].describe
                    result.unparsed.append(Unparsed(f"{section.spec.key}.{column.key}", f"{column.label} (row {n})", text, section.page, describe))
                    entry[column.key] = None
                    entry[f"{column.key}_as_written"] = text
        entries.append(entry)
    if rows.extract:
        result.values[rows.extract] = entries


def _other_format(reading: CvReading, template: CvTemplate) -> OtherFormat:
    for key, headings in other_headings(reading).items():
        fmt = other_cvs().formats[key]
        if len(headings) >= fmt.min_headings:
            return OtherFormat(fmt.label, headings)
    return OtherFormat(None, own_headings(reading, template))


def compare(reading: CvReading, template: CvTemplate, *, readable: bool = True) -> CvComparison:
    result = CvComparison(template, reading, readable=readable)
    if not readable:
        return result
    found = {s.spec.key for s in reading.sections}
    required = template.required_sections
    shared = sum(1 for s in required if s.key in found)
    if shared < MIN_SECTION_SHARE * len(required):
        result.other_format = _other_format(reading, template)
        return result
    result.missing = [s for s in required if s.key not in found]
    result.misplaced = _order(reading.sections, template)
    for section in reading.sections:
        result.empty += _empty_fields(section)
        _extract(section, result)
    return result


def compare_cv(pages: Iterable[Page], template: CvTemplate) -> CvComparison:
    """Read the CV on these pages (as read from their text layer or by OCR) and compare it with the template."""
    layout = layout_of(pages)
    return compare(read_cv(layout, template), template, readable=bool(layout.segments))
