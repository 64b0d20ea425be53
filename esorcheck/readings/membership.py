"""A membership proof: the ESR membership categories it names and the membership number."""

from __future__ import annotations

from dataclasses import dataclass

from esorcheck.schema.rules import rule_words
from esorcheck.split.section import Section
from esorcheck.text import normalize


@dataclass
class MembershipFacts:
    """What a proof of membership says: the categories it names and the member number."""
    section: Section
    categories: list[str]  # category keys named (schemas/rules.yaml membership:)
    number: str | None



def read_membership(section: Section) -> MembershipFacts:
    words = rule_words()
    membership = words.membership
    number = None
    for line in section.text.splitlines():
        padded = f" {normalize(line)} "
        if any(f" {w} " in padded for w in membership.number_words):
            match = membership.number.search(line)
            if match:
                number = match.group(0).strip()
                break
    return MembershipFacts(section, words.categories_in(section.text), number)
