"""document.too_few (error): fewer copies of a document than the call requires.

Passes: two recommendation letters where aim-china asks for at least two.
Fails: one recommendation letter for aim-china. A document entirely absent is
document.missing, not this.
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity
from esorcheck.packet import Packet

ID = "document.too_few"
CODES = {ID: Severity.ERROR}
SCOPES = ("packet",)


def check(packet: Packet) -> Iterator[Finding]:
    for doc in packet.programme.documents:
        found = packet.sections_of(doc.type)
        needed = packet.programme.min_count(doc, packet.track)
        if 0 < len(found) < needed:
            pages = tuple(n for s in found for n in s.page_numbers)
            yield Finding(
                ID,
                Severity.ERROR,
                f"{doc.label}: {len(found)} found, at least {needed} required",
                hint=doc.hint,
                document=doc.type,
                pages=pages,
            )
