"""cv.not_esor_template (error): the CV is another format, not the ESOR CV template.

The call says "any application with another CV will not be considered". The
CV shares too few of the template's required sections (under half): a
Europass CV (its headings are named), a free-form CV (its own headings are
named) or another form. Passes: the ESOR template, even with sections missing
or reordered (those are cv.section_missing / cv.section_order). A CV without
a text layer is not judged here (pdf.scanned_pages).

A free-form verdict on a CV read by OCR is a note (info): OCR may have missed the template's headings.
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity, absence, pages_phrase
from esorcheck.packet import Packet

ID = "cv.not_esor_template"
NAMED = 8  # headings quoted in the message
CODES = {ID: Severity.ERROR}
SCOPES = ("packet", "cv")


def check(packet: Packet) -> Iterator[Finding]:
    cv = packet.cv
    if cv is None or not cv.readable or cv.is_template:
        return
    other = cv.other_format
    if other.label:
        instead = f"{other.label} headings found: {', '.join(other.headings[:NAMED])}"
    else:
        instead = "a free-form CV" + (f" (its headings: {', '.join(other.headings[:NAMED])})" if other.headings else "")
    required = cv.template.required_sections
    shared = [s.spec.heading for s in cv.found if s.spec.required]
    of = f"only {len(shared)} of the template's {len(required)} required sections" + (f" ({', '.join(shared)})" if shared else "")
    # Checked on its own, a file with none of the template's sections may be no CV at all (a letter, a certificate).
    if packet.programme is None and not shared and not other.label:
        headings = f" (its headings: {', '.join(other.headings[:NAMED])})" if other.headings else ""
        message = f"this file does not look like a CV in the ESOR template: none of its {len(required)} required sections found{headings}"
    else:
        message = f"the CV ({pages_phrase(cv.pages)}) is not the ESOR CV template: {instead}; {of}"
    # Headings of another format are evidence; a free-form verdict rests on template headings not found, and
    # what OCR text lacks is no proof that the page lacks it.
    yield absence(
        ID,
        Severity.ERROR,
        message,
        read_by_ocr=not other.label and packet.read_by_ocr(cv.pages),
        hint="fill in the ESOR CV template and replace this CV: applications with another CV are not considered",
        document="cv",
        pages=tuple(cv.pages),
        evidence=tuple(f"template section not found: {s.heading}" for s in required if s.heading not in shared),
    )
