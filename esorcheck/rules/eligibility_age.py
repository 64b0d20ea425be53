"""eligibility.age (error): the applicant is over the call's age limit on the reference date.

The limit is the programme's ``eligibility.max_age`` (aim-china 40,
bracco-fellowship 35: "age up to N at the time of application"). The age is
counted in completed years on the reference date (``--as-of``, default
today) from the CV's date of birth and, when the passport's machine-readable
zone was read with a valid check digit, the passport's; a birthday on
29 February is reached on 1 March in a common year. Passes: exactly 40 on the
reference date for a limit of 40 (the 40th birthday that day included).
Fails: 41, from either date of birth. Without a date of birth (no readable
CV, a blank field, a month only that straddles the birthday), the rule says
it could not determine the age (eligibility.undetermined, info) instead of
guessing.

A failure resting on the CV's date of birth read by OCR with little confidence (rules/verdicts.py
CONFIDENT_OCR) is eligibility.undetermined; the passport's date counts only from a zone whose every check
digit holds.
"""

from __future__ import annotations

import datetime as dt

from esorcheck.findings import Severity
from esorcheck.packet import Packet
from esorcheck.rules.verdicts import UNDETERMINED, Verdict, age_on, ocr_doubt, parse_iso, shown, unsure

ID = "eligibility.age"
CODES = {ID: Severity.ERROR, UNDETERMINED: Severity.INFO}
SCOPES = ("packet",)


def _birth_dates(packet: Packet) -> list[tuple[str, tuple[dt.date, dt.date], int | None, str]]:
    """(source, (earliest, latest) birth day, page, as found) from the CV and the passport."""
    found = []
    value, page = packet.cv_value("date_of_birth")
    span = parse_iso(value)
    if span:
        found.append(("CV", span, page, str(value)))
    zone = packet.passport.zone if packet.passport is not None else None  # the machine-readable zone
    # Only a zone whose every check digit holds, nothing doubted: one digit alone is right by chance once in ten misreadings.
    if zone is not None and zone.date_of_birth is not None and packet.passport.trusted:
        page = packet.passport.pages[0] if packet.passport.pages else None
        found.append(("passport", (zone.date_of_birth, zone.date_of_birth), page, zone.date_of_birth.isoformat()))
    return found


def decide(limit: int, as_of: dt.date, births: list[tuple[str, tuple[dt.date, dt.date], int | None, str]],
           asked: str = "the date of birth", unshown: str = "no date of birth in the CV nor a readable passport zone") -> Verdict:
    """The verdict for these birth dates (a pure function: the boundary tests call it directly).

    ``asked``: how the CV form asks for the date of birth, for the hints; ``unshown``: why none was found.
    """
    requirement = f"at most {limit} years old on {shown(as_of)}"
    if not births:
        return Verdict(ID, "Age", requirement, "undetermined", "no date of birth", message=unshown,
                       hint=f"fill in {asked} in the ESOR CV")
    ages = []
    for source, (earliest, latest), page, written in births:
        oldest, youngest = age_on(earliest, as_of), age_on(latest, as_of)
        where = f"{source}, page {page}" if page else source
        ages.append((source, oldest, youngest, written, where, page))
    pages = tuple(sorted({a[5] for a in ages if a[5]}))
    evidence = tuple(f"born {a[3]} ({a[4]}): {a[1] if a[1] == a[2] else f'{a[2]}–{a[1]}'} on {shown(as_of)}" for a in ages)
    if len({a[3] for a in ages}) > 1:
        evidence += ("the CV and the passport give different dates of birth",)
    value = "; ".join(f"{a[1] if a[1] == a[2] else f'{a[2]}–{a[1]}'} (born {a[3]}, {a[4]})" for a in ages)
    over = [a for a in ages if a[2] > limit]
    if over:
        source, oldest, youngest, written, where, page = over[0]
        return Verdict(ID, "Age", requirement, "failed", value,
                       message=f"the applicant is {youngest} on {shown(as_of)} (born {written}, {where}); "
                               f"this call accepts applicants aged at most {limit}",
                       hint="the call is open to applicants up to the age limit at the time of application; check the "
                            "date of birth, or choose a programme without this limit",
                       pages=pages, evidence=evidence)
    if all(a[1] <= limit for a in ages):
        return Verdict(ID, "Age", requirement, "ok", value, pages=pages, evidence=evidence)
    return Verdict(ID, "Age", requirement, "undetermined", value,
                   message=f"the date of birth ({ages[0][3]}) gives no single age on {shown(as_of)}",
                   hint=f"write the full date of birth in the ESOR CV: {asked}", pages=pages, evidence=evidence)


def assess(packet: Packet) -> list[Verdict]:
    limit = packet.programme.eligibility.max_age
    if limit is None:
        return []
    asked = packet.cv_template.asked_for("date_of_birth", "the date of birth")
    births = _birth_dates(packet)
    verdict = decide(limit, packet.as_of, births, asked, _unshown(packet))
    over = [source for source, (_, latest), _, _ in births if age_on(latest, packet.as_of) > limit]
    if over and set(over) == {"CV"} and packet.cv is not None:  # the passport's, check digits holding, is sure
        verdict = unsure(verdict, ocr_doubt(packet, packet.cv.pages, "the CV's date of birth"))
    return [verdict]


def _unshown(packet: Packet) -> str:
    """Why no date of birth was found, as it is: a CV in another format is read, but has no such field."""
    cv = ("no CV was found" if packet.cv is None
          else "the CV is not the ESOR template, whose fields would show it" if not packet.cv.is_template
          else "no date of birth in the CV")
    passport = ("no passport copy was found" if packet.passport is None
                else "the passport's zone could not be read reliably")
    return f"{cv}, and {passport}"
