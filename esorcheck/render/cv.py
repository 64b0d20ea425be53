"""The CV block of the report for people: what was read from the CV, under the template's own labels."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from esorcheck.cv import CvComparison
from esorcheck.findings import pages_phrase


CONCERN_STYLE = {"warning": "yellow", "error": "red"}


def _shown(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(" ".join(str(v) for v in entry.values() if v) if isinstance(entry, dict) else str(entry) for entry in value) or "—"
    return "—" if value is None else str(value)


def cv_rows(cv: CvComparison) -> list[tuple[str, str, str | None]]:
    """The CV's extracted values as (label, value shown, concern: None, "warning" or "error"), under the
    template's labels: the format recognised first, unparsed values as written. Every renderer lays out these rows."""
    template = cv.template
    if not cv.readable:
        return [("Format", "no text layer: not compared", "warning")]
    if not cv.is_template:
        return [("Format", f"not the ESOR template ({cv.format})", "error")]
    rows = [("Format", f"ESOR template, {len(cv.found)} of {len(template.sections)} sections found", None)]
    unparsed = {u.key: u for u in cv.unparsed}
    for section in template.sections:
        for field in section.fields:
            if field.extract:
                problem = unparsed.get(f"{section.key}.{field.key}")
                if problem:
                    rows.append((field.label, f"as written: '{problem.value}' (expected {problem.expected})", "warning"))
                    continue
                value = _shown(cv.values.get(field.extract))
                for flag in field.flags:
                    if cv.values.get(flag):
                        value += f" ({flag.replace('_', ' ')})"
                rows.append((field.label, value, None))
        if section.rows and section.rows.extract:
            rows.append((section.heading, _shown(cv.values.get(section.rows.extract)), None))
    for problem in cv.unparsed:
        if not any(f"{s.key}.{f.key}" == problem.key and f.extract for s in template.sections for f in s.fields):
            rows.append((problem.label, f"as written: '{problem.value}' (expected {problem.expected})", "warning"))
    return rows


def cv_title(cv: CvComparison) -> str:
    return f"CV ({pages_phrase(cv.pages)}) against the template '{cv.template.id}'"


def cv_block(cv: CvComparison) -> Table:
    """The template, the format recognised and the extracted values; unparsed values as written, in yellow."""
    table = Table(title=cv_title(cv), title_justify="left", box=None, show_header=False, padding=(0, 1))
    table.add_column("Field", style="bold", no_wrap=True)
    table.add_column("Value")
    for label, value, concern in cv_rows(cv):
        table.add_row(label, Text(value, style=CONCERN_STYLE.get(concern, "")))
    return table
