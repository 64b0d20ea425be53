"""document.order (error): required documents stand out of the prescribed order.

Passes: exchange-fellowship packet ordered motivation letter, CV, board
certificate, recommendation. Fails: the CV before the motivation letter.
Documents the call asks for "at the bottom" are checked by
document.unexpected; unknown and unlisted documents are ignored here.
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity, pages_phrase
from esorcheck.packet import Packet

ID = "document.order"
CODES = {ID: Severity.ERROR}
SCOPES = ("packet",)


def check(packet: Packet) -> Iterator[Finding]:
    programme = packet.programme
    order = [d.type for d in programme.documents if d.position == "in_order"]
    latest = None  # the section furthest along the prescribed order so far
    for section in packet.sections:
        if section.type not in order:
            continue
        if latest is not None and order.index(section.type) < order.index(latest.type):
            doc = programme.document(section.type)
            ahead = programme.document(latest.type)
            yield Finding(
                ID,
                Severity.ERROR,
                f"{doc.label} ({pages_phrase(section.page_numbers)}) comes after "
                f"{ahead.label} (from page {latest.first_page}); the call lists it before",
                hint="reorder the documents: " + " → ".join(programme.document(t).label.split(",")[0] for t in order),
                document=section.type,
                pages=tuple(section.page_numbers),
            )
        else:
            latest = section
