"""Reading a field's value with its shape: dates to ISO, CEFR levels, numbers.

A value that does not fit its shape is kept as written and marked, never
dropped: the report shows what the applicant wrote and what was expected.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from esorcheck.schema.cv import Shape, Shapes


@dataclass(frozen=True)
class Parsed:
    """A field value checked against the shape its field asks for."""
    value: object | None  # the normalised value (ISO date, level, int, match); None when it does not fit
    ok: bool


def _date(shape: Shape, text: str, names: Shapes) -> Parsed:
    for pattern in shape.patterns:
        for match in pattern.finditer(text):
            parts = match.groupdict()
            month_text = parts.get("month") or ""
            month = int(month_text) if month_text.isdigit() else names.month(month_text)
            year = int(parts["year"])
            if month is None or not 1 <= month <= 12:
                continue
            if parts.get("day") is None:
                return Parsed(f"{year:04d}-{month:02d}", True)
            try:
                return Parsed(dt.date(year, month, int(parts["day"])).isoformat(), True)
            except ValueError:
                return Parsed(None, False)  # 31/02/1990: written as a date, but none
    return Parsed(None, False)


def parse_value(shape: Shape, text: str, names: Shapes) -> Parsed:
    """The value of ``text`` read as ``shape``."""
    if shape.kind == "date":
        return _date(shape, text, names)
    if shape.kind == "choice":
        for value, patterns in shape.values.items():
            if any(p.search(text) for p in patterns):
                return Parsed(value, True)
        return Parsed(None, False)
    if shape.kind == "integer":
        digits = next((w for w in text.replace(",", " ").split() if w.isdigit()), None)
        return Parsed(int(digits), True) if digits is not None else Parsed(None, False)
    match = shape.pattern.search(text)
    return Parsed(match.group(0).strip(), True) if match else Parsed(None, False)
