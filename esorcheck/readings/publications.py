"""A publication list: how many entries it holds (numbered items, else DOIs and PMIDs; never lines)."""

from __future__ import annotations

from dataclasses import dataclass

from esorcheck.schema.rules import rule_words
from esorcheck.split.section import Section


@dataclass
class PublicationFacts:
    """How many entries a publication list has, and how they were counted."""
    section: Section
    entries: int
    how: str  # "numbered 1–5" or "5 DOI/PMID"



def read_publications(section: Section) -> PublicationFacts:
    cues = rule_words().publications
    text = section.text
    numbers = [int(n) for n in cues.numbered.findall(text)]
    run = 0
    for n in numbers:
        if n == run + 1:
            run = n
    if run:
        return PublicationFacts(section, run, f"numbered 1–{run}" if run > 1 else "numbered 1")
    identifiers = {m.group(0).lower() for pattern in cues.identifiers for m in pattern.finditer(text)}
    return PublicationFacts(section, len(identifiers), f"{len(identifiers)} DOI/PMID")
