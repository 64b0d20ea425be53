"""The checker core: one packet in, one PacketReport out. No printing here.

intake (open, file facts) → pages (text, fonts, images) → OCR of the scanned
pages (--ocr) → sections (split and classify) → language per section → the
CV compared with its template and the passport's zone read (once each) →
checks → report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from esorcheck.rules import CV_CHECKS, assess_eligibility, run_checks
from esorcheck.cv import CvComparison, CvTemplate, compare_cv, reference_template
from esorcheck.errors import InputError
from esorcheck.readings.facts import read_facts
from esorcheck.findings import Finding, Severity
from esorcheck.pdf.open import PacketFile, open_packet
from esorcheck.split.language import detect
from esorcheck.packet import Packet
from esorcheck.pdf.pages import Page, read_page
from esorcheck.readings.passport import read_passport
from esorcheck.schema.programmes import Programme
from esorcheck.report import PacketReport, build_checklist
from esorcheck.ocr import ocr_caveat, read_scans
from esorcheck.split import Section, split_packet

# Not an applicant's error: esorcheck itself failed. Tests assert it never appears.
INTERNAL_ERROR = "esorcheck.internal_error"


def check_packet(
    path: Path,
    programme: Programme,
    *,
    as_of: dt.date,
    track: str | None = None,
    strict: bool = False,
    cv_template: CvTemplate | None = None,
    ocr: str = "auto",
) -> PacketReport:
    """Check one packet; an input that cannot be read gives an 'unreadable' report, not an exception.

    A missing path is the caller's mistake and raises UsageError. ``cv_template``
    (from --cv-template) replaces the shipped ESOR CV template; ``ocr`` is
    the --ocr mode (auto, always, never).
    """
    report = PacketReport(path, programme, as_of, track=track, strict=strict)

    def examine(packet_file: PacketFile, pages: list[Page]) -> None:
        report.ocr = read_scans(packet_file.document, pages, ocr)
        sections = split_packet(pages, packet_file.outline, programme)
        for section in sections:
            if not section.scanned:
                guess = detect(section.text)
                section.language, section.language_note = guess.code, guess.note
        packet = Packet(packet_file, pages, sections, programme, track, as_of, cv=_compare_cv(packet_file, sections, cv_template))
        packet.ocr, packet.passport = report.ocr, read_passport(sections, as_of)
        packet.facts = read_facts(packet)
        report.sections = sections
        report.cv, report.passport = packet.cv, packet.passport
        report.findings = ocr_caveat(list(run_checks(packet)), pages)
        report.checklist = build_checklist(programme, track, sections, report.findings)
        report.eligibility = assess_eligibility(packet)

    return _checked(path, report, examine)


def check_cv(
    path: Path, *, as_of: dt.date, cv_template: CvTemplate | None = None, strict: bool = False, ocr: str = "auto"
) -> PacketReport:
    """Check a CV on its own ('esorcheck cv'): every page is the CV; the CV checks only."""
    report = PacketReport(path, None, as_of, strict=strict)

    def examine(packet_file: PacketFile, pages: list[Page]) -> None:
        report.ocr = read_scans(packet_file.document, pages, ocr)
        readable = any(p.kind == "text" for p in pages)
        section = Section("cv", pages, 1.0, ["checked on its own (esorcheck cv)"])
        if readable:
            guess = detect(section.text)
            section.language, section.language_note = guess.code, guess.note
        packet = Packet(packet_file, pages, [section], None, None, as_of, cv=_compare_cv(packet_file, [section], cv_template))
        packet.ocr = report.ocr
        report.sections = [section]
        report.cv = packet.cv
        report.findings = ocr_caveat(list(run_checks(packet, CV_CHECKS)), pages)

    return _checked(path, report, examine)


def _compare_cv(packet_file: PacketFile, sections: list[Section], template: CvTemplate | None) -> CvComparison | None:
    """The first CV section compared with the template, computed once for every cv check."""
    cv = next((s for s in sections if s.type == "cv" and not s.scanned), None)
    if cv is None:
        return None
    if any(p.text_source == "ocr" for p in cv.pages):
        from esorcheck.cv.ocr_layout import compare_pages

        return compare_pages(packet_file.document, cv.pages, template or reference_template())
    return compare_cv(packet_file.document, cv.page_numbers, template or reference_template())


def _checked(path: Path, report: PacketReport, examine: Callable[[PacketFile, list[Page]], None]) -> PacketReport:
    """Open the file, read its pages and ``examine`` them; any failure becomes the report's finding."""
    try:
        packet_file = open_packet(path)
    except InputError as exc:
        report.unreadable = True
        report.findings.append(Finding(exc.code, Severity.ERROR, exc.message, hint=exc.hint))
        return report
    try:
        report.sha256 = packet_file.sha256
        report.size_bytes = packet_file.size_bytes
        report.pages = packet_file.page_count
        pages = [read_page(packet_file.document, i) for i in range(packet_file.page_count)]
        examine(packet_file, pages)
    except Exception as exc:  # noqa: BLE001 - a bug on one hostile file must not stop a batch
        report.unreadable = True
        report.sections, report.checklist, report.cv, report.eligibility = [], [], None, []
        report.passport = None
        report.findings = [
            Finding(
                INTERNAL_ERROR,
                Severity.ERROR,
                f"esorcheck failed on this file ({type(exc).__name__}: {str(exc)[:160]})",
                hint="this is a bug in esorcheck; please report it with the file if you may share it",
            )
        ]
    finally:
        packet_file.close()
    return report
