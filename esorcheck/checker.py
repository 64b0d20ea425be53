"""The checker core: one packet in, one PacketReport out. No printing here.

intake (open, file facts) → pages (text, fonts, images) → sections (split and
classify) → language per section → checks → report.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from esorcheck.checks import run_checks
from esorcheck.errors import InputError
from esorcheck.findings import Finding, Severity
from esorcheck.intake import open_packet
from esorcheck.language import detect
from esorcheck.packet import Packet
from esorcheck.pages import read_page
from esorcheck.programmes import Programme
from esorcheck.report import PacketReport, build_checklist
from esorcheck.sections import split_packet

# Not an applicant's error: esorcheck itself failed. Tests assert it never appears.
INTERNAL_ERROR = "esorcheck.internal_error"


def check_packet(
    path: Path,
    programme: Programme,
    *,
    as_of: dt.date,
    track: str | None = None,
    strict: bool = False,
) -> PacketReport:
    """Check one packet; an input that cannot be read gives an 'unreadable' report, not an exception.

    A missing path is the caller's mistake and raises UsageError.
    """
    report = PacketReport(path, programme, as_of, track=track, strict=strict)
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
        sections = split_packet(pages, packet_file.outline, programme)
        for section in sections:
            if not section.scanned:
                guess = detect(section.text)
                section.language, section.language_note = guess.code, guess.note
        packet = Packet(packet_file, pages, sections, programme, track, as_of)
        report.sections = sections
        report.findings = list(run_checks(packet))
        report.checklist = build_checklist(programme, track, sections, report.findings)
    except Exception as exc:  # noqa: BLE001 - a bug on one hostile file must not stop a batch
        report.unreadable = True
        report.sections, report.checklist = [], []
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
