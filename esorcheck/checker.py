"""The checker core: one packet in, one PacketReport out, as a straight line of named stages. No printing here.

    open_packet → read_pages → read_scans (OCR) → split_packet (with language)
    → read_documents (CV, passport, letters, certificates…) → run_rules → PacketReport.from_packet

Each stage takes values and returns new ones; nothing an earlier stage
returned is changed later. ``esorcheck cv`` is the same line with a split
that makes the whole file one CV, and the rules of the "cv" scope.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from esorcheck.collector import on_for_work
from esorcheck.cv import CvTemplate
from esorcheck.errors import InputError
from esorcheck.findings import INTERNAL_ERROR, Finding, Severity
from esorcheck.ocr import read_scans
from esorcheck.packet import Packet, Request
from esorcheck.pdf.open import open_packet
from esorcheck.pdf.pages import Page, read_pages
from esorcheck.readings import read_documents
from esorcheck.report import PacketReport
from esorcheck.rules import run_rules
from esorcheck.schema.programmes import Programme
from esorcheck.split import split_packet, whole_as_cv
from esorcheck.split.section import Section

Splitter = Callable[[list[Page], list[tuple[str, int]], Programme | None], list[Section]]


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
    return check_scoped(path, Request(programme, as_of, track, strict, ocr, cv_template), "packet")


def check_cv(
    path: Path, *, as_of: dt.date, cv_template: CvTemplate | None = None, strict: bool = False, ocr: str = "auto"
) -> PacketReport:
    """Check a CV on its own ('esorcheck cv'): every page is the CV; the rules of the "cv" scope."""
    return check_scoped(path, Request(None, as_of, None, strict, ocr, cv_template), "cv")


def check_scoped(path: Path, request: Request, scope: str) -> PacketReport:
    """A packet ("packet": split into its documents) or a CV on its own ("cv": every page is the CV)."""
    return check(path, request, whole_as_cv if scope == "cv" else split_packet, scope)


def check(path: Path, request: Request, split: Splitter, scope: str) -> PacketReport:
    """The stages, one after the other; any failure becomes the report's finding."""
    on_for_work()  # a packet checked in the command's own process ('esorcheck split', 'assemble', 'reorder')
    try:
        file = open_packet(path)
    except InputError as exc:
        return PacketReport.refused(path, request, Finding(exc.code, Severity.ERROR, exc.message, hint=exc.hint))
    except Exception as exc:  # noqa: BLE001 - a bug on one hostile file must not stop a batch
        return PacketReport.refused(path, request, internal_failure(exc))
    try:
        pages = read_pages(file)
        pages, ocr = read_scans(file, pages, request.ocr)
        sections = split(pages, file.outline, request.programme)
        readings = read_documents(sections, request.as_of, request.cv_template)
        packet = Packet(request, file, tuple(pages), ocr, tuple(sections), readings)
        return PacketReport.from_packet(path, packet, run_rules(packet, scope))
    except MemoryError:
        raise  # not a bug: the packet outgrew the memory bound its worker runs under (batch.workers)
    except Exception as exc:  # noqa: BLE001 - a bug on one hostile file must not stop a batch
        return PacketReport.refused(path, request, internal_failure(exc), file)
    finally:
        file.close()


def internal_failure(exc: BaseException) -> Finding:
    """The finding of a file esorcheck itself failed on: the report is 'unreadable', never 'incomplete'."""
    return Finding(
        INTERNAL_ERROR,
        Severity.ERROR,
        f"esorcheck failed on this file ({type(exc).__name__}: {str(exc)[:160]})",
        hint="this is a bug in esorcheck, not a problem of your packet; please report it (esorcheck --version) with the file if you may share it",
    )
