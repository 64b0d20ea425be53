"""document.order (error): required documents stand out of the prescribed order.

Passes: exchange-fellowship packet ordered motivation letter, CV, board
certificate, recommendation. Fails: the CV before the motivation letter.
Reported with the fewest moves: the documents that already stand in order
(the longest run of them, in the prescribed order, not necessarily next to
each other) stay, and each other document draws one finding saying where it
belongs; one document moved to the top is one finding, not one for each
document that then follows it. Documents the call asks for "at the bottom"
are checked by document.unexpected; cover sheets, unknown and unlisted
documents are ignored here.
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity, pages_phrase
from esorcheck.packet import Packet
from esorcheck.schema.programmes import Programme
from esorcheck.split.section import Section

ID = "document.order"
CODES = {ID: Severity.ERROR}
SCOPES = ("packet",)


def in_order(ranks: list[int]) -> set[int]:
    """The places of a longest non-decreasing subsequence of ``ranks``: what can stay where it is.

    Among equally long runs, the one keeping the documents nearer the top of
    the file: a clerk reads from the first page, so with two documents
    swapped it is the second that is out of place.
    """
    count = len(ranks)
    return {count - 1 - place for place in _longest_non_decreasing([-rank for rank in reversed(ranks)])}


def _longest_non_decreasing(ranks: list[int]) -> set[int]:
    """Patience sorting; among equally long runs, the one with the smallest last ranks."""
    ends: list[int] = []  # ends[k]: the place ending the best run of length k + 1 found so far
    before: list[int | None] = []
    for place, rank in enumerate(ranks):
        low, high = 0, len(ends)
        while low < high:  # the first run whose last rank is greater than this one
            middle = (low + high) // 2
            if ranks[ends[middle]] <= rank:
                low = middle + 1
            else:
                high = middle
        before.append(ends[low - 1] if low else None)
        if low == len(ends):
            ends.append(place)
        else:
            ends[low] = place
    kept: set[int] = set()
    place = ends[-1] if ends else None
    while place is not None:
        kept.add(place)
        place = before[place]
    return kept


def check(packet: Packet) -> Iterator[Finding]:
    programme = packet.programme
    order = [d.type for d in programme.documents if d.position == "in_order"]
    listed = [section for section in packet.sections if section.type in order]
    ranks = [order.index(section.type) for section in listed]
    kept = in_order(ranks)
    for place, section in enumerate(listed):
        if place in kept:
            continue
        after = next((listed[p] for p in sorted(kept, reverse=True) if ranks[p] <= ranks[place]), None)
        ahead = next((listed[p] for p in sorted(kept) if ranks[p] > ranks[place]), None)
        yield Finding(
            ID,
            Severity.ERROR,
            f"{programme.document(section.type).label} ({pages_phrase(section.page_numbers)}) is out of the "
            f"prescribed order: {_where(programme, section, after, ahead)}",
            hint="reorder the documents: " + " → ".join(programme.document(t).label.split(",")[0] for t in order),
            document=section.type,
            pages=tuple(section.page_numbers),
        )


def _where(programme: Programme, section: Section, after: Section | None, ahead: Section | None) -> str:
    """Where the call puts it, named by the documents in order around that place."""
    if ahead is not None and (after is None or ahead.first_page < section.first_page):
        return (f"it comes after {programme.document(ahead.type).label} (from page {ahead.first_page}); "
                "the call lists it before")
    return (f"it comes before {programme.document(after.type).label} (from page {after.first_page}); "
            "the call lists it after")
