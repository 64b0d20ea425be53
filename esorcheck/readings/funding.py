"""Funding (AIM China): which kind a declaration is (self-funding or need for sponsorship), by its title or its
words; what the motivation letter says of its funding; and the track the packet shows from both."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from esorcheck.findings import pages_phrase
from esorcheck.readings.signatures import SignatureBlock
from esorcheck.schema.rules import rule_words
from esorcheck.split.section import Section
from esorcheck.text import normalize


@dataclass
class FundingFacts:
    """What a funding declaration says: its kind, why it was taken as that kind, and who signed it."""
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


# ---------------------------------------------------------------- what the motivation letter says of funding
_SENTENCES = re.compile(r"(?<=[.;!?:])\s+|\n\s*\n")


@dataclass(frozen=True)
class FundingStatement:
    """What a motivation letter says of its funding: the declaration kind it stands for, and the phrases."""

    section: Section
    kind: str | None  # "self_funding" | "need_for_sponsorship" | None: says nothing clear
    phrases: tuple[str, ...]  # as found, "not …" for a negated one

    @property
    def where(self) -> str:
        return f"the motivation letter ({pages_phrase(self.section.page_numbers)})"


def _negated(tokens: list[str], at: int) -> bool:
    words = rule_words().track_statements
    window = " " + " ".join(tokens[max(0, at - words.negation_span) : at]) + " "
    return any(f" {n} " in window for n in words.negations)


def read_funding_statement(section: Section) -> FundingStatement:
    """Which kind of funding the letter asks for or states (phrases of schemas/rules.yaml track_statements:)."""
    words = rule_words().track_statements
    kinds = words.kinds
    scores = dict.fromkeys(kinds, 0.0)
    found: dict[str, list[str]] = {k: [] for k in kinds}
    for sentence in _SENTENCES.split(" ".join(section.text.split("\n"))):
        tokens = normalize(sentence).split()
        padded = " " + " ".join(tokens) + " "
        for kind, phrases in kinds.items():
            for phrase, weight in phrases.items():
                start = padded.find(f" {phrase} ")
                if start < 0:
                    continue
                at = padded[:start].count(" ")
                if _negated(tokens, at):
                    other = next(k for k in kinds if k != kind)
                    scores[other] += weight
                    found[other].append(f"not … '{phrase}'")
                else:
                    scores[kind] += weight
                    found[kind].append(f"'{phrase}'")
    ranked = sorted(scores, key=lambda k: -scores[k])
    best, runner = ranked[0], ranked[1]
    if scores[best] == 0 or scores[best] <= scores[runner]:
        return FundingStatement(section, None, tuple(p for k in ranked for p in found[k]))
    return FundingStatement(section, best, tuple(found[best]))


# ---------------------------------------------------------------- the track a packet shows
@dataclass(frozen=True)
class TrackInference:
    """The track the packet itself shows (without or beside --track), and why; or what contradicts what."""

    track: str | None  # None: the packet does not tell, or contradicts itself
    evidence: tuple[str, ...] = ()
    contradiction: str | None = None  # the packet says two tracks: how
    pages: tuple[int, ...] = ()

    def to_dict(self) -> dict:
        return {"track": self.track, "evidence": list(self.evidence), "contradiction": self.contradiction}


def _signer_track(facts: FundingFacts, funding: dict, applicant: str | None) -> str | None:
    """The one track whose signers include the declaration's signer (a role, or the candidate by name)."""
    from esorcheck.readings.names import same_name

    signature = facts.signature
    if signature.name is None:
        return None
    candidate = rule_words().funding_declarations.candidate
    is_candidate = bool(applicant) and same_name(signature.name, applicant)
    tracks = [t for t, rule in funding.items()
              if (is_candidate and candidate in rule.signed_by) or (not is_candidate and set(signature.roles) & set(rule.signed_by))]
    return tracks[0] if len(tracks) == 1 else None


def infer_track(funding: dict, declarations: Iterable[FundingFacts], statement: FundingStatement | None,
                applicant: str | None) -> TrackInference:
    """The track a packet shows: from its funding declaration (its kind, else who signed it) and from what its
    motivation letter asks for or states. ``funding``: the call's tracks (schemas/programmes/*.yaml funding:)."""
    kinds = rule_words().funding_declarations.kinds
    by_kind = {rule.declaration: track for track, rule in funding.items()}
    evidence, pages, said = [], [], {}
    declaration = next(iter(declarations), None)
    if declaration is not None:
        where = f"the declaration ({pages_phrase(declaration.section.page_numbers)})"
        pages += declaration.section.page_numbers
        if declaration.kind is not None and declaration.kind in by_kind:
            said["declaration"] = by_kind[declaration.kind]
            evidence.append(f"{where} is a {kinds[declaration.kind].label} ({declaration.why}), signed by "
                            f"{declaration.signature.describe()}")
        elif (track := _signer_track(declaration, funding, applicant)) is not None:
            said["declaration"] = track
            evidence.append(f"{where} is signed by {declaration.signature.describe()}, as the {track} track asks")
    if statement is not None and statement.kind in by_kind:
        said["letter"] = by_kind[statement.kind]
        pages += statement.section.page_numbers
        verb = "asks for sponsorship" if statement.kind == "need_for_sponsorship" else "states self-funding"
        evidence.append(f"{statement.where} {verb}: {', '.join(statement.phrases[:3])}")
    tracks = set(said.values())
    if len(tracks) > 1:
        return TrackInference(None, tuple(evidence), "; ".join(evidence), tuple(pages))
    return TrackInference(tracks.pop() if tracks else None, tuple(evidence), None, tuple(pages))
