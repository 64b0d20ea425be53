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

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from esorcheck.findings import Finding, Severity, pages_phrase
from esorcheck.schema.documents import vocabulary

# "Could not determine": the packet lacks the data for an eligibility rule (info, never a guess).
UNDETERMINED = "eligibility.undetermined"
# The same for the content rules (letters, recommendations, publications, names).
CONTENT_UNDETERMINED = "content.undetermined"

Status = Literal["ok", "failed", "undetermined"]


@dataclass(frozen=True)
class Verdict:
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
