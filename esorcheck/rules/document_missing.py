"""document.missing (error): a document the call requires is not in the packet.

Passes: aim-china packet with CV, motivation letter, two recommendations and a
funding declaration. Fails: the same packet without the funding declaration.
When some pages could not be read (scans without Tesseract or with --ocr
never, pages OCR could make nothing usable of, OCR'd pages that fit no
document), the document may be among them: not proven missing, so
document.unverified (info) naming those pages instead — and not proven there
either: the packet's status is then "unverified" (exit 4), never "complete".
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity, pages_phrase
from esorcheck.packet import Packet
from esorcheck.rules.funding_track_mismatch import describe_track

ID = "document.missing"
UNVERIFIED = "document.unverified"
CODES = {ID: Severity.ERROR, UNVERIFIED: Severity.INFO}
SCOPES = ("packet",)


def check(packet: Packet) -> Iterator[Finding]:
    programme = packet.programme
    unread = packet.unread_pages
    for doc in programme.documents:
        if programme.min_count(doc, packet.track) == 0 or packet.sections_of(doc.type):
            continue
        if unread:
            yield Finding(
                UNVERIFIED,
                Severity.INFO,
                f"{doc.label}: not found in the readable pages; it may be on the scanned "
                f"{pages_phrase(unread)}, which could not be read",
                hint="make sure this document is in the packet; a text PDF instead of a scan lets it be verified",
                document=doc.type,
                pages=tuple(unread),
            )
        else:
            yield Finding(ID, Severity.ERROR, f"{doc.label}: not found in the packet", hint=_hint(packet, doc), document=doc.type)


def _hint(packet: Packet, doc) -> str | None:
    """The call's hint; for the funding declaration with --track, only the declaration that track needs."""
    rule = packet.programme.funding.get(packet.track) if packet.track else None
    if doc.type == "funding_declaration" and rule is not None:
        return f"add the declaration of your track, {describe_track(packet.track, rule)}"
    return doc.hint
