"""The result of checking one packet, and its JSON form (a public contract: report-contract.md).

Result collection is kept apart from rendering: the renderers only format
what is decided here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from esorcheck import __version__
from esorcheck.rules.verdicts import Verdict
from esorcheck.findings import Finding, Severity
from esorcheck.schema.programmes import Programme
from esorcheck.split import Section, unread_pages

if TYPE_CHECKING:
    from esorcheck.cv import CvComparison
    from esorcheck.readings.passport import Passport
    from esorcheck.ocr import OcrRun

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class ChecklistItem:
    """One line of the programme's checklist: is this required document there and right?"""

    document: str
    label: str
    required: int
    found: int
    pages: tuple[int, ...]
    problems: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        return self.found >= self.required and not any(f.severity is Severity.ERROR for f in self.problems)

    def to_dict(self) -> dict:
        return {
            "document": self.document,
            "label": self.label,
            "required": self.required,
            "found": self.found,
            "pages": list(self.pages),
            "ok": self.ok,
            "findings": [f.code for f in self.problems],
        }


@dataclass
class PacketReport:
    file: Path
    programme: Programme | None  # None: a CV checked on its own ('esorcheck cv')
    as_of: dt.date
    track: str | None = None
    strict: bool = False
    sha256: str | None = None
    size_bytes: int | None = None
    pages: int = 0
    sections: list[Section] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    checklist: list[ChecklistItem] = field(default_factory=list)
    unreadable: bool = False
    cv: CvComparison | None = None
    ocr: OcrRun | None = None
    passport: Passport | None = None
    eligibility: list[Verdict] = field(default_factory=list)  # one verdict per eligibility rule the call states

    @property
    def unverified_pages(self) -> list[int]:
        """Pages whose content could not be read (scans without OCR); the verdict does not cover them."""
        return unread_pages(self.sections)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    @property
    def status(self) -> str:
        if self.unreadable:
            return "unreadable"
        blocking = self.count(Severity.ERROR) + (self.count(Severity.WARNING) if self.strict else 0)
        return "incomplete" if blocking else "complete"

    def to_dict(self) -> dict:
        return {
            "schema_version": SCHEMA_VERSION,
            "esorcheck_version": __version__,
            "file": str(self.file),
            "sha256": self.sha256,
            "size_bytes": self.size_bytes,
            "programme": self.programme.id if self.programme else None,
            "track": self.track,
            "as_of": self.as_of.isoformat(),
            "strict": self.strict,
            "status": self.status,
            "pages": self.pages,
            "unverified_pages": self.unverified_pages,
            "sections": [s.to_dict() for s in self.sections],
            "checklist": [item.to_dict() for item in self.checklist],
            "findings": [f.to_dict() for f in self.findings],
            "cv": self.cv.to_dict() if self.cv else None,
            "passport": self.passport.to_dict() if self.passport else None,
            "eligibility": [verdict.to_dict() for verdict in self.eligibility],
            "ocr": self.ocr.to_dict() if self.ocr else None,
            "summary": {
                "errors": self.count(Severity.ERROR),
                "warnings": self.count(Severity.WARNING),
                "info": self.count(Severity.INFO),
            },
        }


def build_checklist(programme: Programme, track: str | None, sections: list[Section], findings: list[Finding]) -> list[ChecklistItem]:
    items = []
    for doc in programme.documents:
        found = [s for s in sections if s.type == doc.type]
        items.append(
            ChecklistItem(
                document=doc.type,
                label=doc.label,
                required=programme.min_count(doc, track),
                found=len(found),
                pages=tuple(n for s in found for n in s.page_numbers),
                problems=tuple(f for f in findings if f.document == doc.type),
            )
        )
    return items
