"""What each run of pages is: the type whose vocabulary scores highest, how sure, and why.

Where two types are close, the programme's prescribed order breaks the tie.
"""

from __future__ import annotations

import math

from esorcheck.schema.documents import vocabulary
from esorcheck.schema.programmes import Programme
from esorcheck.split.boundaries import MIN_TYPE_SCORE, Run, leading_type, totals_of
from esorcheck.split.section import Section

ORDER_PRIOR_SCORE = 2.0
CONFIDENCE_TEMPERATURE = 2.0
AMBIGUOUS_CONFIDENCE = 0.8


def _evidence_for(run: Run, type_: str) -> list[str]:
    """Why this run is this type (first), then why it starts where it does."""
    vocab = vocabulary()
    evidence = []
    first = run.cues[0]
    if first.title and first.title[0] == type_:
        evidence.append(f"heading '{first.title[1]}' on page {first.page.number}")
    words: dict[str, int] = {}
    for cues in run.cues:
        for word in cues.matched.get(type_, []):
            words.setdefault(word, cues.page.number)
    if words:
        strongest = sorted(words, key=lambda w: -vocab.types[type_].phrases.get(w, 1.0))[:3]
        evidence.append("words " + ", ".join(f"'{w}' (p. {words[w]})" for w in strongest))
    evidence += [e for e in run.start_evidence if e not in evidence]
    if vocab.types[type_].letter:
        closing = next((c for c in run.cues if c.closing), None)
        if closing:
            evidence.append(f"closing '{closing.closing}' on page {closing.page.number}")
    return evidence


def _confidence(totals: dict[str, float], chosen: str) -> float:
    """Softmax share of the chosen type: near 1 when it stands well clear of the others."""
    if not totals:
        return 0.0
    top = max(totals.values())
    weights = {t: math.exp((s - top) / CONFIDENCE_TEMPERATURE) for t, s in totals.items()}
    return weights.get(chosen, 0.0) / sum(weights.values())


def _order_candidates(labels: list[str | None], index: int, programme: Programme) -> list[str]:
    """Types the prescribed order expects between the nearest classified neighbours."""
    order = [d.type for d in programme.documents]
    before = [order.index(t) for t in labels[:index] if t in order]
    after = [order.index(t) for t in labels[index + 1 :] if t in order]
    low = before[-1] if before else 0
    high = after[0] if after else len(order) - 1
    return order[min(low, high) : max(low, high) + 1]


def classify(runs: list[Run], programme: Programme | None) -> list[Section]:
    sections: list[Section] = []
    labels: list[str | None] = []
    scores: list[dict[str, float]] = []
    for run in runs:
        totals = totals_of(run)
        scores.append(totals)
        labels.append(None if run.scanned else leading_type(totals))

    # The prescribed order as a prior: settle close calls and weak letters by position.
    for i, run in enumerate(runs):
        if run.scanned or programme is None:
            continue
        totals = scores[i]
        confident = labels[i] is not None and _confidence(totals, labels[i]) >= AMBIGUOUS_CONFIDENCE
        if confident or not totals:
            continue
        expected = _order_candidates(labels, i, programme)
        boosted = {t: s + (ORDER_PRIOR_SCORE if t in expected else 0.0) for t, s in totals.items()}
        best = max(boosted, key=boosted.get)
        if boosted[best] >= MIN_TYPE_SCORE and best != labels[i]:
            labels[i] = best
            scores[i] = boosted
            run.start_evidence.append(f"the prescribed order expects a {vocabulary().label(best)} here")

    for run, label, totals in zip(runs, labels, scores):
        pages = tuple(run.pages)
        if run.scanned:
            sections.append(Section("unknown", pages, 0.0, tuple(run.start_evidence)))
            continue
        title = run.cues[0].title[1] if run.cues[0].title else None
        if label is None:
            guess = max(totals, key=totals.get) if totals else None
            why = f"no document's words found (closest: {vocabulary().label(guess)}, score {totals[guess]:.1f})" if guess else "no document's words found"
            sections.append(Section("unknown", pages, 0.0, (*run.start_evidence, why), title=title))
            continue
        sections.append(Section(label, pages, _confidence(totals, label), tuple(_evidence_for(run, label)), title=title))
    return sections
