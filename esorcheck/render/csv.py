"""``--format csv``: one row per packet, for the office's spreadsheet.

Written with the ``csv`` module as UTF-8 with a byte-order mark, so that
Excel and LibreOffice open it with accents intact. A cell that a spreadsheet
would take for a formula (it starts with ``=``, ``+``, ``-`` or ``@``: a file
name, or a name read from a CV) is written with a leading apostrophe.
"""

from __future__ import annotations

import csv
from typing import TextIO

from esorcheck.batch.jobs import Result
from esorcheck.findings import Severity

COLUMNS = ("file", "surname", "first_names", "programme", "track", "status", "errors", "warnings", "findings",
           "pages", "sha256", "seconds", "duplicates", "manifest_applicant")
BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class CsvWriter:
    """Writes the header first, then a row per result as it comes."""

    def __init__(self, out: TextIO):
        self.out = out
        self.writer = csv.writer(out)
        out.write(BOM)
        self.writer.writerow(COLUMNS)

    def write(self, result: Result) -> None:
        self.writer.writerow([_cell(value) for value in row(result)])
        self.out.flush()


def row(result: Result) -> list[object]:
    report = result.report
    surname, _ = report.cv.value("surname") if report.cv else (None, None)
    first_names, _ = report.cv.value("first_names") if report.cv else (None, None)
    inferred = report.track_inference.track if report.track_inference else None
    codes = dict.fromkeys(f.code for f in report.findings if f.severity in (Severity.ERROR, Severity.WARNING))
    return [
        report.file, surname, first_names, report.programme.id if report.programme else "", report.track or inferred,
        report.status, report.count(Severity.ERROR), report.count(Severity.WARNING), " ".join(codes),
        report.pages, report.sha256, f"{result.seconds:.2f}", " ".join(map(str, report.duplicates)), result.job.applicant,
    ]


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text
