"""eligibility.certification (error): the board certification is older than the call allows, or has no date.

The limit is the programme's ``eligibility.certification_max_years`` (3 for
the one-year fellowships, 4 for exchange-fellowship). The date is the CV's
"Board Certification in Radiology"; without one there, the board
certificate's (the date after "date of completion", "since", "met ingang
van"…, else the latest date on it that is not a date of birth). Passes:
certified exactly N years before the reference date (``--as-of``), or less.
Fails: one day more; a certification only "expected" (a resident) or dated
after the reference date; no date in the CV nor on the certificate (its own
message). When the CV cannot be read and the certificate is a scan, the rule
says it could not determine the date (eligibility.undetermined, info).

A failure resting on a date read by OCR with little confidence, on only the latest date printed on
a certificate, or on a date absent from pages OCR read or could not read, is eligibility.undetermined.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from esorcheck.findings import Severity
from esorcheck.packet import Packet
from esorcheck.rules.verdicts import (
    UNDETERMINED,
    Verdict,
    absence_doubt,
    anniversary,
    ocr_doubt,
    parse_iso,
    shown,
    unshown_because,
    unsure,
    years_and_months,
)

ID = "eligibility.certification"
LABEL = "Board certification"
HINT = "give the date of your board certification in the CV (Education) and add the certificate that shows it"
CODES = {ID: Severity.ERROR, UNDETERMINED: Severity.INFO}
SCOPES = ("packet",)


@dataclass(frozen=True)
class CertificationDate:
    """The range the board certification date falls in, and where it was read."""
    earliest: dt.date
    latest: dt.date
    source: str  # "CV, page 2", "board certificate, page 5"
    written: str
    page: int | None


def decide(max_years: int, as_of: dt.date, date: CertificationDate | None, *, expected: bool = False,
           unreadable: str | None = None, evidence: tuple[str, ...] = (), asked: str = "the date of board certification") -> Verdict:
    """The verdict for this certification date (a pure function: the boundary tests call it directly).

    ``unreadable``: why nothing in the packet could show the date, where nothing could ("the CV is not ...");
    ``asked``: how the CV form asks for the certification date, for the hints.
    """
    requirement = f"certified at most {max_years} years before {shown(as_of)}"
    if expected:
        return Verdict(ID, LABEL, requirement, "failed", "not yet certified (expected)",
                       message="the CV gives the board certification as only expected; this call is for board-certified radiologists",
                       hint="this call requires a completed board certification in radiology", evidence=evidence)
    if date is None:
        if unreadable:
            return Verdict(ID, LABEL, requirement, "undetermined", "no readable date",
                           message=unreadable, hint=HINT, evidence=evidence)
        return Verdict(ID, LABEL, requirement, "failed", "no date",
                       message="no date of board certification: none in the CV's Education section nor on a board certificate",
                       hint=HINT, evidence=evidence)
    pages = (date.page,) if date.page else ()
    limit_ok = anniversary(date.earliest, max_years) >= as_of  # certified on the earliest day: still recent?
    limit_bad = anniversary(date.latest, max_years) < as_of
    value = f"{date.written} ({date.source})"
    if date.earliest > as_of:
        return Verdict(ID, LABEL, requirement, "failed", value,
                       message=f"the board certification date {date.written} ({date.source}) is after the reference date {shown(as_of)}",
                       hint=HINT, pages=pages, evidence=evidence)
    if limit_bad:
        ago = years_and_months(date.latest, as_of)
        return Verdict(ID, LABEL, requirement, "failed", f"{value}, {ago} before {shown(as_of)}",
                       message=f"board certification on {date.written} ({date.source}) is {ago} before {shown(as_of)}; "
                               f"this call accepts at most {max_years} years",
                       hint=f"this call is for radiologists within {max_years} years of their board certification",
                       pages=pages, evidence=evidence)
    if limit_ok:
        return Verdict(ID, LABEL, requirement, "ok", f"{value}, {years_and_months(date.earliest, as_of)} before {shown(as_of)}",
                       pages=pages, evidence=evidence)
    return Verdict(ID, LABEL, requirement, "undetermined", value,
                   message=f"the board certification month {date.written} ({date.source}) straddles the {max_years}-year limit",
                   hint=f"give the full date of board certification in the ESOR CV: {asked}", pages=pages, evidence=evidence)


def assess(packet: Packet) -> list[Verdict]:
    max_years = packet.programme.eligibility.certification_max_years
    if max_years is None:
        return []
    value, page = packet.cv_value("board_certification_date")
    expected = bool(packet.cv and packet.cv.values.get("board_certification_expected"))
    evidence = []
    date = None
    span = parse_iso(value)
    if span:
        date = CertificationDate(span[0], span[1], f"CV, page {page}" if page else "CV", str(value), page)
        evidence.append(f"CV: {value}" + (f" (page {page})" if page else ""))
    for certificate in packet.readings.board_certificates:
        found = certificate.date
        if found is None:
            evidence.append(f"board certificate (page {certificate.section.first_page}): no date read")
            continue
        evidence.append(f"board certificate: {found.day.isoformat()} as '{found.text}' (page {found.page}, {found.why})")
        if date is None or date.earliest != date.latest:
            date = CertificationDate(found.day, found.day, f"board certificate, page {found.page}", found.day.isoformat(), found.page)
    asked = packet.cv_template.asked_for("board_certification_date", "the date of board certification")
    unreadable = unshown_because(packet, "board_certificate", bool(packet.readings.board_certificates))
    verdict = decide(max_years, packet.as_of, date, expected=expected, unreadable=unreadable,
                     evidence=tuple(evidence), asked=asked)
    return [unsure(verdict, _doubt(packet, date, expected))]


def _doubt(packet: Packet, date: CertificationDate | None, expected: bool) -> str | None:
    """Why the date (or its absence) a failure rests on is not sure: read by OCR with little confidence, only
    the latest date printed on a certificate, or absent from pages OCR read or could not read."""
    cv_pages = packet.cv.pages if packet.cv is not None else []
    if expected:
        return ocr_doubt(packet, cv_pages, "the CV's board certification")
    if date is None:
        pages = [*cv_pages, *(n for c in packet.readings.board_certificates for n in c.section.page_numbers)]
        return absence_doubt(packet, pages, "the date of board certification")
    if date.source.startswith("CV"):
        return ocr_doubt(packet, cv_pages, "the CV's date of board certification")
    found = next((c.date for c in packet.readings.board_certificates if c.date and c.date.page == date.page), None)
    if found is not None and not found.why.startswith("after"):
        return f"{date.written} is only the latest date printed on the certificate (page {date.page}), not one it names as the certification's"
    return ocr_doubt(packet, [date.page] if date.page else [], "the certificate's date")

