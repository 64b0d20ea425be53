"""eligibility.membership (error): no evidence of ESR membership, or a membership category the call excludes.

Runs where the programme's ``eligibility.esr_membership_required`` is set
(every shipped call). Evidence is the CV's ESR Membership Number or a
membership proof in the packet. Where the call restricts the category
(``esr_membership_categories``: [full] for icm-oncologic-imaging and
gustave-roussy-hybrid-imaging, [full, corresponding] for
lille-neuroinflammatory), the category named on the membership proof must be
one of them (category words: ``schemas/rules.yaml`` membership:). Passes: a
membership number in the CV; a proof naming a Full Member for icm. Fails: no
number and no proof; a proof naming a Corresponding Member for icm. When the
category cannot be read (no proof, a scanned proof, a proof that names none),
eligibility.undetermined (info) says so.

No number in a CV read by OCR (or while some pages could not be read), or a category read by OCR
with little confidence, is eligibility.undetermined, not a failure.
"""

from __future__ import annotations

from esorcheck.findings import Severity
from esorcheck.packet import Packet
from esorcheck.rules.verdicts import (
    UNDETERMINED,
    Verdict,
    absence_doubt,
    ocr_doubt,
    unshown_because,
    unsure,
)
from esorcheck.schema.rules import rule_words

ID = "eligibility.membership"
LABEL = "ESR membership"
CODES = {ID: Severity.ERROR, UNDETERMINED: Severity.INFO}
SCOPES = ("packet",)


def assess(packet: Packet) -> list[Verdict]:
    rules = packet.programme.eligibility
    if not rules.esr_membership_required:
        return []
    words = rule_words()
    categories = words.membership.categories
    allowed = rules.esr_membership_categories
    requirement = "active ESR member" + (f" ({' or '.join(categories[c].label for c in allowed)})" if allowed else "")
    number, page = packet.cv_value("esr_membership_number")
    evidence, pages = [], set()
    if isinstance(number, str) and number:
        evidence.append(f"number {number} (CV, page {page})" if page else f"number {number} (CV)")
        pages.add(page)
    named: list[tuple[str, int]] = []
    for proof in packet.readings.memberships:
        first = proof.section.first_page
        pages.add(first)
        found = ", ".join(categories[c].label for c in proof.categories) or "no category named"
        evidence.append(f"membership proof, page {first}: {found}" + (f", number {proof.number}" if proof.number else ""))
        named += [(c, first) for c in proof.categories]
    pages = tuple(sorted(p for p in pages if p))
    value = "; ".join(evidence) or "no evidence"
    hint = f"give your ESR membership number in the CV and add {packet.programme.membership_proof_source}"

    def verdict(status: str, message: str = "") -> list[Verdict]:
        return [Verdict(ID, LABEL, requirement, status, value, message=message, hint=hint, pages=pages)]

    if not evidence:
        unshown = unshown_because(packet, "membership_proof", bool(packet.readings.memberships))
        if unshown:
            return verdict("undetermined", f"nothing shows the ESR membership: {unshown}")
        where = packet.cv.pages if packet.cv is not None else []
        return [unsure(v, absence_doubt(packet, where, "the ESR membership number"))
                for v in verdict("failed", "no evidence of ESR membership: no membership number in the CV and no membership proof")]
    if not allowed:
        return verdict("ok")
    if any(c in allowed for c, _ in named):
        return verdict("ok")
    if named:
        shown = ", ".join(f"{categories[c].label} (page {p})" for c, p in named)
        doubt = ocr_doubt(packet, [p for _, p in named], "the membership category")
        return [unsure(v, doubt) for v in verdict("failed", f"the membership proof names {shown}; this call requires a "
                                                            f"{' or '.join(categories[c].label for c in allowed)}")]
    return verdict("undetermined", "no membership proof names the membership category this call requires")

