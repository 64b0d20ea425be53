"""cv.field_empty (warning): a required field of the ESOR CV template left blank.

Each required label must have a value beside it or in the next cell (a
drawing or image counts for a signature); tables need their rows (Language
Skills must list English); the declaration must print its sentence. One
finding per field, naming the section, the label and the page; on a page
read by OCR only a note, since OCR may have misread the value. Passes: every
required field filled ("none" is a value). Fails: "Date of Birth" with an
empty cell; a label removed from the form. Optional fields (Phone) never fail.
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity, absence
from esorcheck.packet import Packet

ID = "cv.field_empty"
CODES = {ID: Severity.WARNING}
SCOPES = ("packet", "cv")

MESSAGES = {
    "blank": "'{label}' is left blank",
    "absent": "the field '{label}' is missing from the section",
    "no_rows": "no entry in the table ({label})",
    "value_missing": "no row for {label}",
    "statement_missing": "the sentence '{label}' is missing",
}
HINTS = {
    "blank": "fill it in: the template requires it (write 'none' only in a section where nothing applies, such as previous ESOR programmes)",
    "absent": "use the template's fields as they are: add the field back and fill it in",
    "no_rows": "list at least one entry",
    "value_missing": "add a row for it, with its level",
    "statement_missing": "keep the template's declaration sentence, then date and sign it",
}


def check(packet: Packet) -> Iterator[Finding]:
    cv = packet.cv
    if cv is None or not cv.is_template:
        return
    for empty in cv.empty:
        yield absence(
            ID,
            Severity.WARNING,
            f"ESOR CV, {empty.section.heading}: {MESSAGES[empty.problem].format(label=empty.label)} (page {empty.page})",
            read_by_ocr=packet.read_by_ocr([empty.page]),
            hint=HINTS[empty.problem],
            document="cv",
            pages=(empty.page,),
        )
