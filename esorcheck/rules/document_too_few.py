"""document.too_few (error): fewer copies of a document than the call requires.

Passes: two recommendation letters where aim-china asks for at least two.
Fails: one recommendation letter for aim-china. A document entirely absent is
document.missing, not this. When some pages could not be read, the other
copies may be on them: document.unverified (info) naming those pages, and the
packet is "unverified", not complete.
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity, pages_phrase
from esorcheck.packet import Packet
from esorcheck.rules.document_missing import UNVERIFIED

ID = "document.too_few"
CODES = {ID: Severity.ERROR, UNVERIFIED: Severity.INFO}
SCOPES = ("packet",)


def check(packet: Packet) -> Iterator[Finding]:
    for doc in packet.programme.documents:
        found = packet.sections_of(doc.type)
        needed = packet.programme.min_count(doc, packet.track)
        if 0 < len(found) < needed:
            pages = tuple(n for s in found for n in s.page_numbers)
            if packet.unread_pages:
                yield Finding(
                    UNVERIFIED,
                    Severity.INFO,
                    f"{doc.label}: {len(found)} found in the readable pages, at least {needed} required; the others may "
                    f"be on the {pages_phrase(packet.unread_pages)}, which could not be read",
                    hint="make sure every copy is in the packet; a text PDF instead of a scan lets it be verified",
                    document=doc.type,
                    pages=tuple(packet.unread_pages),
                )
                continue
            yield Finding(
                ID,
                Severity.ERROR,
                f"{doc.label}: {len(found)} found, at least {needed} required",
                hint=f"add {_number(needed - len(found))} more (the call asks for at least {_number(needed)}; "
                     f"{_number(len(found))} {'is' if len(found) == 1 else 'are'} in the packet)",
                document=doc.type,
                pages=pages,
            )


def _number(count: int) -> str:
    """'two' for 2: counts as a person writes them in a sentence."""
    return ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")[count] if count <= 10 else str(count)
