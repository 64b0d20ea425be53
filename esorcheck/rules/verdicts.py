"""What the eligibility rules decide, and the date arithmetic they share.

Each eligibility rule (``checks/eligibility_*.py``, ``checks/funding_track_mismatch.py``)
turns the packet's facts into a ``Verdict``: the rule, what the call requires,
the value it used (with the date and the page), and ✔ / ✘ / ? . The checks
turn verdicts into findings; the report shows them as its eligibility block.
Nothing here prints.

Dates: a birthday or anniversary on 29 February falls on 1 March in a year
without one (the age is reached on 1 March), which is how most European civil
codes count it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from esorcheck.findings import Finding, Severity, pages_phrase
from esorcheck.schema.documents import vocabulary

if TYPE_CHECKING:
    from esorcheck.packet import Packet

# "Could not determine": the packet lacks the data for an eligibility rule (info, never a guess).
UNDETERMINED = "eligibility.undetermined"
# The same for the content rules (letters, recommendations, publications, names).
CONTENT_UNDETERMINED = "content.undetermined"

Status = Literal["ok", "failed", "undetermined"]


@dataclass(frozen=True)
class Verdict:
    """One eligibility rule's answer, with the evidence it rests on."""
    code: str  # the rule's finding code, e.g. "eligibility.age"
    label: str  # the rule in a few words, e.g. "Age"
    requirement: str  # what the call asks, e.g. "at most 40 at the reference date"
    status: Status
    value: str  # the value used, with its source and the date used
    message: str = ""  # the finding's message when failed or undetermined
    hint: str | None = None
    severity: Severity = Severity.ERROR  # of the finding when failed
    # The document the finding is about, where a document (not the applicant) fails: eligibility findings
    # name none, so that an ineligible applicant does not mark a correct document ✘ in the checklist.
    document: str | None = None
    pages: tuple[int, ...] = ()
    evidence: tuple[str, ...] = field(default=())

    def finding(self) -> Finding | None:
        if self.status == "ok":
            return None
        evidence = (f"{self.label}, value used: {self.value}", *self.evidence)
        if self.status == "failed":
            return Finding(self.code, self.severity, self.message, self.hint, self.document, self.pages, evidence)
        return Finding(UNDETERMINED, Severity.INFO, f"{self.code}: could not determine — {self.message}", self.hint,
                       self.document, self.pages, evidence)

    def to_dict(self) -> dict:
        return {
            "rule": self.code,
            "label": self.label,
            "requirement": self.requirement,
            "status": self.status,
            "value": self.value,
            "pages": list(self.pages),
        }


def content_undetermined(rule: str, message: str, *, document: str | None = None, pages: tuple[int, ...] = (),
                         hint: str | None = None) -> Finding:
    """A content rule could not tell (a scanned letter, no signature block to read): said, not guessed."""
    return Finding(CONTENT_UNDETERMINED, Severity.INFO, f"{rule}: could not determine — {message}", hint, document, pages)


# ---------------------------------------------------------------------- dates
def anniversary(start: dt.date, years: int) -> dt.date:
    """``start`` moved ``years`` later; 29 February becomes 1 March in a year without it."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:  # 29 February in a common year
        return dt.date(start.year + years, 3, 1)


def age_on(born: dt.date, on: dt.date) -> int:
    """Completed years of life on ``on`` (the age is reached on the birthday; 29 Feb: on 1 March)."""
    years = on.year - born.year
    if anniversary(born, years) > on:
        years -= 1
    return years


def years_and_months(start: dt.date, end: dt.date) -> str:
    """'2 years 4 months': how long before ``end`` ``start`` lies (for messages)."""
    months = (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)
    years, months = divmod(max(months, 0), 12)
    parts = []
    if years:
        parts.append(f"{years} year{'s' if years != 1 else ''}")
    if months or not years:
        parts.append(f"{months} month{'s' if months != 1 else ''}")
    return " ".join(parts)


def parse_iso(value: object) -> tuple[dt.date, dt.date] | None:
    """The earliest and latest day an ISO value may mean: '1989-03-14' one day, '2026-06' a whole month."""
    if isinstance(value, dt.date):
        return value, value
    if not isinstance(value, str):
        return None
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            return day, day
        if len(value) == 7:
            first = dt.date.fromisoformat(f"{value}-01")
            following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - dt.timedelta(days=1)
    except ValueError:
        return None
    return None


def shown(day: dt.date) -> str:
    """A date as the report prints it."""
    return day.isoformat()


def unread_scan(rule: str, document: str, pages: tuple[int, ...]) -> Finding:
    """A content rule meets a scanned document it cannot read (content.undetermined)."""
    return content_undetermined(rule, f"the {vocabulary().label(document)} ({pages_phrase(pages)}) is a scan and could not be read",
                                document=document, pages=pages)


def unshown_because(packet: Packet, document: str, read: bool, label: str | None = None) -> str | None:
    """Why neither the CV nor a document of this type could show a value, each said as it is ("the CV is not
    the ESOR template, whose fields would show it, and no language certificate was found"); None where one
    could. ``read``: a document of the type that could show it was read; ``label``: what such a document is
    called, where not every document of the type could ("language certificate in English")."""
    scanned = any(s.scanned for s in packet.sections_of(document))
    cv_read = packet.cv is not None and packet.cv.is_template
    if (cv_read or read) and not scanned:
        return None
    label = label or vocabulary().label(document)
    if packet.cv is None and not read and not scanned:
        return f"neither a CV nor a {label} was found"
    cv = ("no CV was found" if packet.cv is None
          else "the CV is not the ESOR template, whose fields would show it" if not cv_read else None)
    other = (f"the {label} is a scan with no readable text" if scanned
             else f"no {label} was found" if not read else None)
    return ", and ".join(part for part in (cv, other) if part)


# ---------------------------------------------------------------------- how sure the evidence is
# Tesseract's mean word confidence (0–1) from which a value it read (a date, a level, a country) may ground an
# error; below it the value is noted, not held against the applicant.
CONFIDENT_OCR = 0.85


def ocr_doubt(packet: Packet, pages: Iterable[int], what: str) -> str | None:
    """Why a value read on these pages is not sure enough for an error (read by OCR with little confidence)."""
    wanted = set(pages)
    read = [p for p in packet.pages if p.number in wanted and p.text_source == "ocr"]
    poor = [p for p in read if p.ocr_confidence is None or p.ocr_confidence < CONFIDENT_OCR]
    if not poor:
        return None
    worst = min((p.ocr_confidence or 0.0) for p in poor)
    return f"{what} was read by OCR on {pages_phrase(p.number for p in poor)} with {worst:.0%} confidence"


def absence_doubt(packet: Packet, pages: Iterable[int], what: str) -> str | None:
    """Why the absence of something from these pages (where it would be) proves nothing: they were read by
    OCR, which may have missed it, or some pages of the packet could not be read at all."""
    wanted = set(pages)
    read = sorted(p.number for p in packet.pages if p.number in wanted and p.text_source == "ocr")
    if read:
        return f"{what} was read by OCR ({pages_phrase(read)}), which may have missed it"
    if packet.unread_pages:
        return f"{pages_phrase(packet.unread_pages)} could not be read and may hold it"
    return None


def unsure(verdict: Verdict, reason: str | None) -> Verdict:
    """A failed verdict whose evidence was not read with confidence: 'could not determine' (info), saying why."""
    if verdict.status != "failed" or not reason:
        return verdict
    return dataclasses.replace(verdict, status="undetermined", message=f"{verdict.message}; but {reason}, so this is not certain",
                               evidence=(*verdict.evidence, f"not certain: {reason}"))
