"""document.unclassified (warning): pages with text that fit no known document.

Such pages are never silently absorbed into a neighbour: they are shown as an
``unknown`` section with the reason. Scanned pages are reported by
pdf.scanned_pages instead. Passes: every text page attributed. Fails: a
page of a hospital menu between two letters.
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity, pages_phrase
from esorcheck.packet import Packet

ID = "document.unclassified"
CODES = {ID: Severity.WARNING}
SCOPES = ("packet",)


def check(packet: Packet) -> Iterator[Finding]:
    for section in packet.sections:
        if section.type == "unknown" and not section.scanned:
            span = pages_phrase(section.page_numbers)
            yield Finding(
                ID,
                Severity.WARNING,
                f"{span}: could not be attributed to any document the call asks for",
                hint="remove pages that do not belong, or give the document a clear title",
                document="unknown",
                pages=tuple(section.page_numbers),
                evidence=tuple(section.evidence),
            )
