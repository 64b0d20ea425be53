"""The checks, one module each, run in this order.

Every module has a ``CODE`` (or codes) from report-contract.md, a docstring
saying what passes and what fails, and ``check(packet)`` yielding findings.
Checks never print and never read programme facts from anywhere but the
packet's programme schema.
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.checks import (
    cv_fields,
    cv_format,
    cv_sections,
    document_missing,
    document_order,
    document_too_few,
    document_unclassified,
    document_unexpected,
    language,
    pdf_active_content,
    pdf_damaged,
    pdf_form_fields,
    pdf_restricted,
    pdf_scanned_pages,
    pdf_too_large,
)
from esorcheck.findings import Finding
from esorcheck.packet import Packet

ALL_CHECKS = (
    pdf_too_large,
    pdf_restricted,
    pdf_damaged,
    pdf_active_content,
    pdf_form_fields,
    pdf_scanned_pages,
    document_missing,
    document_too_few,
    document_order,
    document_unexpected,
    document_unclassified,
    language,
    cv_format,
    cv_sections,
    cv_fields,
)

# 'esorcheck cv': a CV on its own, before it is merged into a packet.
CV_CHECKS = (pdf_restricted, pdf_scanned_pages, cv_format, cv_sections, cv_fields)


def run_checks(packet: Packet, checks: tuple = ALL_CHECKS) -> Iterator[Finding]:
    for check in checks:
        yield from check.check(packet)
