"""A funding declaration: which kind it is (self-funding or need for sponsorship), by its title or its words."""

from __future__ import annotations

from dataclasses import dataclass

from esorcheck.readings.signatures import SignatureBlock
from esorcheck.schema.rules import rule_words
from esorcheck.split.section import Section
from esorcheck.text import normalize


@dataclass
class FundingFacts:
    section: Section
    kind: str | None  # "self_funding" | "need_for_sponsorship"
    why: str
    signature: SignatureBlock



def read_funding(section: Section, signature: SignatureBlock) -> FundingFacts:
    kinds = rule_words().funding_declarations.kinds
    title = normalize(section.title or "")
    for key, kind in kinds.items():
        if title and any(t in title for t in kind.titles):
            return FundingFacts(section, key, f"title '{section.title}'", signature)
    padded = f" {normalize(section.text)} "
    scores = {}
    for key, kind in kinds.items():
        hits = [w for w in kind.words if f" {w} " in padded]
        scores[key] = (sum(kind.words[w] for w in hits), hits)
    ranked = sorted(scores, key=lambda k: -scores[k][0])
    best, runner = ranked[0], ranked[1]
    if scores[best][0] == 0 or scores[best][0] == scores[runner][0]:
        return FundingFacts(section, None, "neither kind's words stand out", signature)
    return FundingFacts(section, best, "words " + ", ".join(f"'{w}'" for w in scores[best][1][:3]), signature)
