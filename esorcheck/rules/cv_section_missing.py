"""cv.section_missing (error) and cv.section_order (warning): the template's sections, all and in order.

Compares the headings found in the CV with the template (schemas/cv/, or the
form imported with --cv-template), tolerating numbering, case and small
slips. Passes: every required section, in the template's order. Fails: a CV
without "Previous ESOR Programmes Attended" (missing, error); a CV with
"Language Skills" before "Fields of Interest / Subspecialty" (order, warning,
one finding per section out of place). Not judged when the CV is another
format altogether (cv.not_esor_template). On pages read by OCR a missing or
misplaced heading is only a note: OCR may have misread it.
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity, absence, pages_phrase
from esorcheck.packet import Packet

ID = "cv.section_missing"
ORDER = "cv.section_order"
CODES = {ID: Severity.ERROR, ORDER: Severity.WARNING}
SCOPES = ("packet", "cv")


def check(packet: Packet) -> Iterator[Finding]:
    cv = packet.cv
    if cv is None or not cv.is_template:
        return
    sections = cv.template.sections
    number = {s.key: n for n, s in enumerate(sections, start=1)}
    for spec in cv.missing:
        before = [s.heading for s in sections[: number[spec.key] - 1] if s.key in {f.spec.key for f in cv.found}]
        where = f" after '{before[-1]}'" if before else " at the start"
        yield absence(
            ID,
            Severity.ERROR,
            f"ESOR CV ({pages_phrase(cv.pages)}): section {number[spec.key]} '{spec.heading}' is missing",
            read_by_ocr=packet.read_by_ocr(cv.pages),
            hint=f"add the section '{spec.heading}'{where}, with its heading as in the template",
            document="cv",
            pages=tuple(cv.pages),
        )
    for moved in cv.misplaced:
        yield absence(
            ORDER,
            Severity.WARNING,
            f"ESOR CV: section '{moved.section.heading}' (page {moved.page}) comes "
            f"{'after' if moved.comes_after else 'before'} '{moved.other.heading}'; "
            f"the template has it {'before' if moved.comes_after else 'after'} (section {moved.position} of {len(sections)})",
            read_by_ocr=packet.read_by_ocr([moved.page]),
            hint="keep the template's order: " + ", ".join(f"{n}. {s.heading}" for n, s in enumerate(sections, start=1)),
            document="cv",
            pages=(moved.page,),
        )
