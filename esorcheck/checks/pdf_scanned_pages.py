"""pdf.scanned_pages (warning): pages that are images without a text layer.

Their content cannot be checked (which document they belong to, its
language), so they are named, never guessed at and never held against the
applicant. Passes: every page has text. Fails: a scanned passport page.
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity, page_span
from esorcheck.packet import Packet

CODE = "pdf.scanned_pages"


def check(packet: Packet) -> Iterator[Finding]:
    pages = packet.unread_pages
    if pages:
        yield Finding(
            CODE,
            Severity.WARNING,
            f"page{'s' if len(pages) > 1 else ''} {page_span(pages)} "
            f"{'are scans' if len(pages) > 1 else 'is a scan'} without a text layer; "
            "their content could not be verified",
            hint="where you have the original, export it to PDF instead of scanning; otherwise run OCR on the scan",
            pages=tuple(pages),
        )
