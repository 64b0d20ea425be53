"""The CV block of the report for people: what was read from the CV, under the template's own labels."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from esorcheck.cv import CvComparison
from esorcheck.findings import pages_phrase


def _shown(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(" ".join(str(v) for v in entry.values() if v) if isinstance(entry, dict) else str(entry) for entry in value) or "—"
    return "—" if value is None else str(value)


def cv_block(cv: CvComparison) -> Table:
    """The template, the format recognised and the extracted values; unparsed values as written, in yellow."""
    template = cv.template
    found, expected = len(cv.found), len(template.sections)
    title = f"CV ({pages_phrase(cv.pages)}) against the template '{template.id}'"
    table = Table(title=title, title_justify="left", box=None, show_header=False, padding=(0, 1))
    table.add_column("Field", style="bold", no_wrap=True)
    table.add_column("Value")
    if not cv.readable:
        table.add_row("Format", Text("no text layer: not compared", style="yellow"))
        return table
    if not cv.is_template:
        table.add_row("Format", Text(f"not the ESOR template ({cv.format})", style="red"))
        return table
    table.add_row("Format", f"ESOR template, {found} of {expected} sections found")
    unparsed = {u.key: u for u in cv.unparsed}
    for section in template.sections:
        for field in section.fields:
            if field.extract:
                problem = unparsed.get(f"{section.key}.{field.key}")
                value = _shown(cv.values.get(field.extract))
                if problem:
                    table.add_row(field.label, Text(f"as written: '{problem.value}' (expected {problem.expected})", style="yellow"))
                    continue
                for flag in field.flags:
                    if cv.values.get(flag):
                        value += f" ({flag.replace('_', ' ')})"
                table.add_row(field.label, value)
        if section.rows and section.rows.extract:
            table.add_row(section.heading, _shown(cv.values.get(section.rows.extract)))
    for problem in cv.unparsed:
        if not any(f"{s.key}.{f.key}" == problem.key and f.extract for s in template.sections for f in s.fields):
            table.add_row(problem.label, Text(f"as written: '{problem.value}' (expected {problem.expected})", style="yellow"))
    return table
