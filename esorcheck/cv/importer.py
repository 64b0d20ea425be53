"""Derive a CV template schema from the office's own blank form (DOCX or PDF).

``esorcheck template import BLANK.docx`` reads the form's title, its headings
in order, each section's labels (with the hint printed after them, e.g.
"(DD/MM/YYYY)"), table column headers and declaration sentences. What a blank
form cannot say (which value is extracted for the report, its shape, whether
it is required) is carried over from the shipped template wherever a heading
or label matches it; everything new is marked in the output's notes for the
office to review. The result validates as a template before it is written.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from esorcheck.cv.reader import heading_of, match_label
from esorcheck.errors import InputError, UsageError
from esorcheck.pdf.geometry import rows_of
from esorcheck.pdf.open import open_packet
from esorcheck.pdf.pages import read_pages
from esorcheck.schema.cv import (
    CvTemplate,
    SectionSpec,
    import_cues,
    reference_template,
    shapes,
)
from esorcheck.schema.files import validate
from esorcheck.schema.model import dump
from esorcheck.text import normalize

HEADING_MAX_WORDS = 10
COLUMN_MAX_WORDS = 6
_HINT = re.compile(r"^(?P<label>.*?)\s*\((?P<hint>[^()]{3,})\)?\s*$")
_BLANK_RUN = re.compile(r"[_.…]{3,}")


@dataclass
class FormItem:
    """A piece of text of the template's form (a label, a column heading), grown as lines are joined."""
    text: str

    def extend(self, more: str) -> None:
        self.text = f"{self.text} {more}".strip()


@dataclass
class FormSection:
    """One section of the template's form: its heading, labels, table columns and sentences."""
    heading: str
    labels: list[FormItem] = field(default_factory=list)
    columns: list[FormItem] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)


@dataclass
class FormOutline:
    """The template's form as read from a document, before it is written as schema data."""
    title: list[str] = field(default_factory=list)
    sections: list[FormSection] = field(default_factory=list)


def _strip_number(text: str) -> str | None:
    """The heading without its number, or None when the line is not numbered."""
    match = import_cues().heading_numbering.match(text)
    return text[match.end() :].strip() if match else None


def _labels_in(text: str) -> list[str]:
    """'Place: ______  Date: ______' -> ['Place', 'Date']."""
    return [p.strip(" :\t") for p in _BLANK_RUN.split(text) if p.strip(" :\t")]


def _add_line(outline: FormOutline, text: str, *, heading: str | None) -> None:
    if heading:
        outline.sections.append(FormSection(heading))
    elif not outline.sections:
        outline.title.append(text)
    elif len(text.split()) >= import_cues().statement_min_words:
        outline.sections[-1].sentences.append(text)
    elif _BLANK_RUN.search(text) or text.rstrip().endswith(":"):
        outline.sections[-1].labels += [FormItem(t) for t in _labels_in(text)]
    else:
        outline.sections[-1].sentences.append(text)


# ------------------------------------------------------------------ DOCX
def _docx_heading(paragraph, text: str, numbered_form: bool) -> str | None:
    """A heading: numbered, where the form numbers its headings; else bold, listed or in a heading style."""
    numbered = _strip_number(text)
    if numbered or numbered_form:
        return numbered
    if len(text.split()) > HEADING_MAX_WORDS or text.endswith((".", ":")):
        return None
    style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
    runs = [r for r in paragraph.runs if r.text.strip()]
    listed = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
    if style.startswith("heading") or listed or (runs and all(r.bold for r in runs)):
        return text
    return None


def _docx_table(outline: FormOutline, table) -> None:
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) not in seen:  # merged cells repeat
                seen.add(id(cell._tc))
                cells.append(" ".join(cell.text.split()))
        rows.append(cells)
    if not rows or not outline.sections:
        return
    section = outline.sections[-1]
    first = [c for c in rows[0] if c]
    if len(first) >= 2 and all(not any(r) for r in rows[1:]):
        section.columns += [FormItem(c) for c in first]
        return
    for cells in rows:
        for i, cell in enumerate(cells):
            if cell and (i + 1 >= len(cells) or not cells[i + 1] or i % 2 == 0):
                section.labels += [FormItem(t) for t in _labels_in(cell)]
                break


def read_docx(path: Path) -> FormOutline:
    try:
        from docx import Document
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise UsageError("reading a DOCX form needs python-docx", hint="pip install python-docx") from None
    try:
        document = Document(str(path))
    except Exception as exc:  # noqa: BLE001 - any parser failure means: not a DOCX we can read
        raise InputError(f"{path.name} cannot be read as a DOCX file ({type(exc).__name__})", hint="save the form as .docx (Word 2007 or later), or export it to PDF") from None
    outline = FormOutline()
    blocks = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            blocks.append((paragraph, " ".join(paragraph.text.split())))
        elif tag == "tbl":
            blocks.append((Table(child, document), None))
    numbered_form = any(text and _strip_number(text) for _, text in blocks)
    for block, text in blocks:
        if text is None:
            _docx_table(outline, block)
        elif text:
            _add_line(outline, text, heading=_docx_heading(block, text, numbered_form))
    return outline


# ------------------------------------------------------------------- PDF
def _continues(text: str, last: FormItem | None) -> bool:
    """A wrapped line of the previous label or column header."""
    if last is None:
        return False
    return text.startswith("(") or text[:1].islower() or last.text.count("(") > last.text.count(")")


def read_pdf(path: Path) -> FormOutline:
    packet = open_packet(path)
    try:
        segments = [segment for page in read_pages(packet) for segment in page.segments]
    finally:
        packet.close()
    outline = FormOutline()
    last: FormItem | None = None
    for row in rows_of(segments):
        text = " ".join(s.text for s in row)
        heading = _strip_number(text)
        if heading and len(text.split()) <= HEADING_MAX_WORDS:
            _add_line(outline, text, heading=heading)
            last = None
            continue
        if not outline.sections:
            _add_line(outline, text, heading=None)
            continue
        section = outline.sections[-1]
        if len(row) >= 2 and all(len(s.text.split()) <= COLUMN_MAX_WORDS for s in row) and not section.labels and not section.columns:
            section.columns += [FormItem(s.text) for s in row]
            last = section.columns[-1]
            continue
        for seg in row:
            if _continues(seg.text, last) and len(seg.text.split()) < import_cues().statement_min_words:
                last.extend(seg.text)
                continue
            before = len(section.labels)
            _add_line(outline, seg.text, heading=None)
            if len(section.labels) == before and len(seg.text.split()) < import_cues().statement_min_words and not section.columns:
                section.labels.append(FormItem(seg.text))
            last = section.labels[-1] if len(section.labels) > before else None
    if not outline.sections:
        raise InputError(f"{path.name}: no numbered section headings found", hint="is this the blank ESOR CV form? Headings are read as numbered lines ('1. …', 'IV) …')")
    return outline


# --------------------------------------------------------------- schema
def _split_hint(text: str) -> tuple[str, str | None]:
    match = _HINT.match(text)
    if match and match.group("label"):
        return match.group("label").strip(" :"), match.group("hint").strip()
    return text.strip(" :"), None


def _key(text: str, taken: set[str]) -> str:
    base = (normalize(text).replace(" ", "_")[:40].strip("_") or "field")
    if not base[0].isalpha():
        base = f"f_{base}"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    taken.add(key)
    return key


def _shape_from_hint(hint: str | None) -> str | None:
    for shape, patterns in shapes().hint_shapes.items():
        if hint and any(p.search(hint) for p in patterns):
            return shape
    return None


def _optional(text: str) -> bool:
    lowered = f" {text.lower()} "
    return any(marker.lower() in lowered for marker in import_cues().optional_markers)


class _Builder:
    def __init__(self, reference: CvTemplate):
        self.reference = reference
        self.notes: list[str] = []
        self.extracts: set[str] = set()

    def field(self, item: FormItem, ref: SectionSpec | None, taken: set[str]) -> dict:
        label, hint = _split_hint(item.text)
        candidates = list(ref.fields) if ref else []
        candidates += [f for s in self.reference.sections if s is not ref for f in s.fields]
        found = match_label(label, candidates)
        if found and not found[1]:
            spec = found[0]
            data = dump(spec, exclude_defaults=True)
            data.update(key=_key(spec.key, taken), label=label)
            if hint:
                data["hint"] = hint
            if spec.extract in self.extracts:
                data.pop("extract", None)
            elif spec.extract:
                self.extracts.add(spec.extract)
            return data
        data = {"key": _key(label, taken), "label": label}
        if hint:
            data["hint"] = hint
        shape = _shape_from_hint(hint) or _shape_from_hint(label)
        if shape:
            data["shape"] = shape
        data["required"] = not _optional(item.text)
        self.notes.append(f"new field '{label}': required: {str(data['required']).lower()}{f', shape: {shape}' if shape else ''} assumed")
        return data

    def column(self, item: FormItem, ref: SectionSpec | None, taken: set[str]) -> dict:
        label, hint = _split_hint(item.text)
        columns = list(ref.rows.columns) if ref and ref.rows else []
        found = match_label(label, columns)
        if found and not found[1]:
            data = dump(found[0], exclude_defaults=True)
            data.update(key=_key(found[0].key, taken), label=label)
        else:
            data = {"key": _key(label, taken), "label": label}
            shape = _shape_from_hint(hint)
            if shape:
                data["shape"] = shape
        if hint:
            data["hint"] = hint
        return data

    def section(self, form: FormSection, taken_sections: set[str]) -> dict:
        ref = heading_of(form.heading, self.reference, taken_sections)
        data: dict = {"key": _key(ref.key if ref else form.heading, taken_sections), "heading": form.heading}
        if ref:
            if ref.aliases:
                data["aliases"] = list(ref.aliases)
            data["required"] = ref.required
        else:
            data["required"] = not _optional(form.heading)
            self.notes.append(f"new section '{form.heading}': required: {str(data['required']).lower()} assumed")
        taken: set[str] = set()
        if form.columns:
            rows = {k: v for k, v in dump(ref.rows, exclude_defaults=True).items() if k != "columns"} if ref and ref.rows else {}
            if rows.get("extract") in self.extracts:
                rows.pop("extract")
            elif rows.get("extract"):
                self.extracts.add(rows["extract"])
            data["rows"] = {"columns": [self.column(c, ref, taken) for c in form.columns], **rows}
        elif form.labels:
            data["fields"] = [self.field(item, ref, taken) for item in form.labels]
        else:
            data["text"] = True
        statement = self.statement(form, ref)
        if statement:
            data["statement"] = statement
        return data

    def statement(self, form: FormSection, ref: SectionSpec | None) -> str | None:
        long = [s for s in form.sentences if len(s.split()) >= import_cues().statement_min_words]
        if not long:
            return None
        if ref and ref.statement:
            return long[0]
        self.notes.append(f"sentence under '{form.heading}' kept as instructions, not required: {long[0][:60]!r}")
        return None


# Values only a filled-in CV holds: two of them read from the file say it is an applicant's CV, not the blank form.
FILLED_IN_SIGNS = {"surname": "surname", "date_of_birth": "born", "esr_membership_number": "ESR number", "nationality": "nationality"}


def _refuse_filled_in(path: Path) -> None:
    """A filled-in CV imported as the form would make its values the template's labels: refused, with what was read."""
    from esorcheck.checker import check_cv

    report = check_cv(path, as_of=dt.date.today(), ocr="never")
    values = report.cv.values if report.cv is not None else {}
    read = [f"{said} {values[key]}" for key, said in FILLED_IN_SIGNS.items() if values.get(key)]
    if len(read) >= 2:
        raise InputError(f"{path.name} is a filled-in CV ({', '.join(read)}), not the blank form",
                         hint="import the office's blank ESOR CV form; to check a filled-in CV use 'esorcheck cv'")


def import_form(path: Path, *, reference: CvTemplate | None = None) -> tuple[CvTemplate, str]:
    """The template read from a blank form, and its YAML text (validated)."""
    if not path.is_file():
        raise UsageError(f"{path}: no such file", hint="give the blank ESOR CV form as .docx or .pdf")
    suffix = path.suffix.lower()
    if suffix == ".docx":
        outline = read_docx(path)
    elif suffix == ".pdf":
        _refuse_filled_in(path)
        outline = read_pdf(path)
    else:
        raise UsageError(f"{path.name}: cannot import a {suffix or 'extension-less'} file", hint="save the form as .docx or export it to .pdf (a .doc must be saved as .docx first)")
    if not outline.sections:
        raise InputError(f"{path.name}: no section headings found", hint="headings are read as numbered lines ('1. …') or bold paragraphs")
    builder = _Builder(reference or reference_template())
    taken: set[str] = set()
    sections = [builder.section(s, taken) for s in outline.sections]
    stamp = dt.date.today().isoformat()
    data = {
        "id": _key(path.stem, set()).replace("_", "-"),
        "title": outline.title[:2],
        "source": f"imported from {path.name} on {stamp} by esorcheck template import",
        "notes": builder.notes or ["every heading and label matched the shipped template"],
        "sections": sections,
    }
    header = (
        f"# ESOR CV template imported from {path.name} on {stamp}.\n"
        "# Review 'notes' (guesses for what a blank form cannot say), then use it with\n"
        "#   esorcheck check PACKET.pdf -p PROGRAMME --cv-template THIS.yaml\n"
    )
    text = header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110)
    return validate(CvTemplate, path.with_suffix(".yaml").name, text), text
