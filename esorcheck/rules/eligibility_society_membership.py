"""eligibility.society_membership (never an error): membership of a partner society, shown in the packet or not.

Runs where the programme lists ``eligibility.society_membership`` (the
exchange fellowships: one of ESGAR, EUSOBI, ESCR, … as the applicant chose).
The call names no document that proves it, so the packet can only show it:
a line that names one of those societies (``schemas/rules.yaml``
societies:) and a member word (member, membership, Mitglied, membre,
miembro…), in the CV, a letter or any other document read as text.
Passes: "Memberships: ESR, ESGAR (since 2021)" in the CV. Fails: never —
a packet that does not mention the membership gets eligibility.undetermined
(info): nothing in it says the applicant is not a member.
"""

from __future__ import annotations

from esorcheck.findings import Severity
from esorcheck.packet import Packet
from esorcheck.rules.verdicts import UNDETERMINED, Verdict
from esorcheck.schema.rules import rule_words
from esorcheck.text import normalize

ID = "eligibility.society_membership"
LABEL = "Society membership"
CODES = {UNDETERMINED: Severity.INFO}  # nothing in a packet shows that someone is not a member
SCOPES = ("packet",)


def assess(packet: Packet) -> list[Verdict]:
    wanted = packet.programme.eligibility.society_membership
    if not wanted:
        return []
    words = rule_words()
    requirement = f"member of the chosen society (one of {', '.join(wanted)})"
    for section in packet.sections:
        for page in section.pages:
            for line in page.lines:
                padded = f" {normalize(line.text)} "
                if not any(f" {w} " in padded for w in words.membership.member_words):
                    continue
                named = [s for s in wanted if any(f" {name} " in padded for name in words.societies[s])]
                if named:
                    return [Verdict(ID, LABEL, requirement, "ok", f"{', '.join(named)} member (page {page.number}: '{line.text}')",
                                    pages=(page.number,))]
    return [Verdict(ID, LABEL, requirement, "undetermined", "not mentioned in the packet",
                    message="the packet does not mention membership of a partner society; the call requires it "
                            "but names no document for it",
                    hint="mention your membership of the chosen society in the CV, e.g. under Research Activities")]
