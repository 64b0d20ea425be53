"""The result of checking one packet, built once at the end from the packet and the rules' results, and its
JSON form (a public contract: see the README's "The JSON report").

Result collection is kept apart from rendering: the renderers only format
what is decided here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from esorcheck import __version__
from esorcheck.findings import Finding, Severity, pages_phrase
from esorcheck.packet import Packet, Request
from esorcheck.rules.verdicts import Verdict
from esorcheck.schema.programmes import Programme

if TYPE_CHECKING:
    from esorcheck.cv import CvComparison
    from esorcheck.ocr import OcrRun
    from esorcheck.pdf.open import PacketFile
    from esorcheck.readings.funding import TrackInference
    from esorcheck.readings.passport import Passport
    from esorcheck.rules import RuleResults
    from esorcheck.split.section import Section

SCHEMA_VERSION = 1
# The note a required document gets when it was not found but unread pages may hold it (rules/document_missing.py).
UNVERIFIED_DOCUMENT = "document.unverified"


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


@dataclass(frozen=True)
class PacketReport:
    """Everything known about one checked packet, built once at the end of the pipeline."""
    file: Path
    request: Request
    sha256: str | None = None
    size_bytes: int | None = None
    pages: int = 0
    sections: tuple[Section, ...] = ()
    findings: tuple[Finding, ...] = ()
    checklist: tuple[ChecklistItem, ...] = ()
    unreadable: bool = False
    unverified_pages: tuple[int, ...] = ()  # pages whose content could not be read: the verdict does not cover them
    cv: CvComparison | None = None
    ocr: OcrRun | None = None
    passport: Passport | None = None
    eligibility: tuple[Verdict, ...] = ()  # one verdict per eligibility rule the call states
    track_inference: TrackInference | None = None  # the track the packet shows, where the call has funding tracks
    duplicates: tuple[Path, ...] = ()  # in a batch: other paths of the same file (same path, or same sha256)

    @classmethod
    def from_packet(cls, path: Path, packet: Packet, results: RuleResults) -> PacketReport:
        programme = packet.programme
        return cls(
            path,
            packet.request,
            packet.file.sha256,
            packet.file.size_bytes,
            packet.file.page_count,
            packet.sections,
            results.findings,
            build_checklist(programme, packet.track, packet.sections, results.findings) if programme else (),
            unverified_pages=tuple(packet.unread_pages),
            cv=packet.cv,
            ocr=packet.ocr,
            passport=packet.passport,
            eligibility=results.verdicts,
            track_inference=packet.track_inference,
        )

    def __getstate__(self) -> dict:
        """A report crosses processes and is kept in the result cache as a pickle: its pages go as summaries
        (``Page.summary``), a tenth of their size, with every figure the report and its renderers give."""
        sections = tuple(dataclasses.replace(s, pages=tuple(p.summary() for p in s.pages)) for s in self.sections)
        return {**self.__dict__, "sections": sections}

    @classmethod
    def refused(cls, path: Path, request: Request, finding: Finding, file: PacketFile | None = None) -> PacketReport:
        """The report of a file that could not be checked at all ('unreadable'), with the one finding saying why."""
        if file is None:
            return cls(path, request, findings=(finding,), unreadable=True)
        return cls(path, request, file.sha256, file.size_bytes, file.page_count, findings=(finding,), unreadable=True)

    @property
    def programme(self) -> Programme | None:
        return self.request.programme

    @property
    def track(self) -> str | None:
        return self.request.track

    @property
    def as_of(self) -> dt.date:
        return self.request.as_of

    @property
    def strict(self) -> bool:
        return self.request.strict

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    @property
    def unverified_documents(self) -> tuple[str, ...]:
        """Required documents not found while some pages could not be read: they may be on those pages."""
        return tuple(dict.fromkeys(f.document for f in self.findings if f.code == UNVERIFIED_DOCUMENT and f.document))

    @property
    def status(self) -> str:
        """unreadable (the file could not be checked), incomplete (an error), unverified (no error, but a required
        document was not found while some pages could not be read), else complete: every required document found."""
        if self.unreadable:
            return "unreadable"
        blocking = self.count(Severity.ERROR) + (self.count(Severity.WARNING) if self.strict else 0)
        if blocking:
            return "incomplete"
        return "unverified" if self.unverified_documents else "complete"

    @property
    def unverified_reason(self) -> str | None:
        """'could not be fully checked: pages 4–6 could not be read; the funding declaration may be among them'."""
        if self.status != "unverified":
            return None
        from esorcheck.schema.documents import vocabulary

        labels = [vocabulary().label(d) for d in self.unverified_documents]
        names = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " or " + labels[-1]
        return (f"could not be fully checked: {pages_phrase(self.unverified_pages)} could not be read; "
                f"the {names} may be among them")

    def to_dict(self) -> dict:
        return {
            "schema_version": SCHEMA_VERSION,
            "esorcheck_version": __version__,
            "file": str(self.file),
            "duplicates": [str(path) for path in self.duplicates],
            "sha256": self.sha256,
            "size_bytes": self.size_bytes,
            "programme": self.programme.id if self.programme else None,
            "track": self.track,
            "inferred_track": self.track_inference.track if self.track_inference else None,
            "track_evidence": list(self.track_inference.evidence) if self.track_inference else [],
            "as_of": self.as_of.isoformat(),
            "strict": self.strict,
            "status": self.status,
            "pages": self.pages,
            "unverified_pages": list(self.unverified_pages),
            "unverified_documents": list(self.unverified_documents),
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


def build_checklist(programme: Programme, track: str | None, sections: tuple[Section, ...], findings: tuple[Finding, ...]) -> tuple[ChecklistItem, ...]:
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
    return tuple(items)
