"""The rules, one module each, and the stage that runs them: every rule once, in the order of the report.

Each module is named after its primary finding code (``pdf_encrypted`` raises
``pdf.encrypted``) and declares, as data, ``ID`` (that code), ``CODES`` (every
code it may raise, with its severity) and ``SCOPES`` (``packet``: a whole
application; ``cv``: a CV checked on its own); its docstring says what
passes and what fails. A rule either yields findings (``check(packet)``) or,
for the eligibility rules, returns verdicts (``assess(packet)``) that become
both the report's eligibility block and findings. Rules never print and read
the call's facts only from the programme schema on the packet.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from esorcheck.findings import Finding, Severity
from esorcheck.packet import Packet
from esorcheck.rules import (
    consistency_name_mismatch,
    cv_field_empty,
    cv_not_esor_template,
    cv_section_missing,
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
    eligibility_society_membership,
    funding_track_mismatch,
    language_not_english,
    letter_addressee,
    letter_unsigned,
    passport_expired,
    passport_mrz_invalid,
    pdf_active_content,
    pdf_damaged,
    pdf_encrypted,
    pdf_form_fields,
    pdf_scanned_pages,
    pdf_too_large,
    publications_count,
    recommendation_author_role,
    recommendation_same_author,
)
from esorcheck.rules.verdicts import Verdict

# The order in which findings and eligibility verdicts appear in the report.
RULES: tuple[ModuleType, ...] = (
    pdf_too_large,
    pdf_encrypted,
    pdf_damaged,
    pdf_active_content,
    pdf_form_fields,
    pdf_scanned_pages,
    document_missing,
    document_too_few,
    document_order,
    document_unexpected,
    document_unclassified,
    language_not_english,
    cv_not_esor_template,
    cv_section_missing,
    cv_field_empty,
    passport_mrz_invalid,
    passport_expired,
    eligibility_age,
    eligibility_certification,
    eligibility_residence,
    eligibility_language_level,
    eligibility_membership,
    eligibility_society_membership,
    eligibility_deadline,
    funding_track_mismatch,
    letter_addressee,
    letter_unsigned,
    recommendation_same_author,
    recommendation_author_role,
    publications_count,
    consistency_name_mismatch,
)


def registry() -> dict[str, tuple[Severity, list[ModuleType]]]:
    """Every code a rule may raise: its severity and the rules that raise it (several for the 'undetermined' notes)."""
    found: dict[str, tuple[Severity, list[ModuleType]]] = {}
    for rule in RULES:
        for code, severity in rule.CODES.items():
            found.setdefault(code, (severity, []))[1].append(rule)
    return found


@dataclass(frozen=True)
class RuleResults:
    """What every rule said of a packet: the findings and the eligibility verdicts."""
    findings: tuple[Finding, ...]
    verdicts: tuple[Verdict, ...]  # the eligibility block: one verdict per eligibility rule the call states


def run_rules(packet: Packet, scope: str) -> RuleResults:
    """Run every rule of ``scope`` ("packet" or "cv") once: findings and eligibility verdicts together."""
    findings: list[Finding] = []
    verdicts: list[Verdict] = []
    for rule in RULES:
        if scope not in rule.SCOPES:
            continue
        if hasattr(rule, "assess"):
            assessed = rule.assess(packet)
            verdicts += assessed
            findings += [finding for verdict in assessed if (finding := verdict.finding()) is not None]
        else:
            findings += rule.check(packet)
    return RuleResults(tuple(findings), tuple(verdicts))
