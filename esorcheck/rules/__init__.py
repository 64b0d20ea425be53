"""The checks, one module each, run in this order.

Every module has a ``CODE`` (or codes) from report-contract.md, a docstring
saying what passes and what fails, and ``check(packet)`` yielding findings.
Checks never print and never read programme facts from anywhere but the
packet's programme schema.
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.rules import (
    consistency_name_mismatch,
    cv_fields,
    cv_format,
    cv_sections,
    document_missing,
    document_order,
    document_too_few,
    document_unclassified,
    document_unexpected,
    eligibility_age,
    eligibility_certification,
    eligibility_deadline,
    eligibility_language_level,
    eligibility_membership,
    eligibility_residence,
    funding_track_mismatch,
    language,
    letter_addressee,
    letter_unsigned,
    passport_expiry,
    passport_mrz,
    pdf_active_content,
    pdf_damaged,
    pdf_form_fields,
    pdf_restricted,
    pdf_scanned_pages,
    pdf_too_large,
    publications_count,
    recommendation_author_role,
    recommendation_same_author,
)
from esorcheck.rules.verdicts import Verdict
from esorcheck.findings import Finding
from esorcheck.packet import Packet

# The rules whose verdicts form the report's eligibility block (each has ``assess(packet)``).
ELIGIBILITY_CHECKS = (
    eligibility_age,
    eligibility_certification,
    eligibility_residence,
    eligibility_language_level,
    eligibility_membership,
    eligibility_deadline,
    funding_track_mismatch,
)

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
    passport_mrz,
    passport_expiry,
    *ELIGIBILITY_CHECKS,
    letter_addressee,
    letter_unsigned,
    recommendation_same_author,
    recommendation_author_role,
    publications_count,
    consistency_name_mismatch,
)

# 'esorcheck cv': a CV on its own, before it is merged into a packet.
CV_CHECKS = (pdf_restricted, pdf_scanned_pages, cv_format, cv_sections, cv_fields)


def run_checks(packet: Packet, checks: tuple = ALL_CHECKS) -> Iterator[Finding]:
    for check in checks:
        yield from check.check(packet)


def assess_eligibility(packet: Packet) -> list[Verdict]:
    """The eligibility block: one verdict per rule the call states (the checks phrase the same verdicts as findings)."""
    return [verdict for rule in ELIGIBILITY_CHECKS for verdict in rule.assess(packet)]
