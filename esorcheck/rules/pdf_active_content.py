"""pdf.active_content (warning): JavaScript, launch actions or embedded files.

Nothing is run: intake only notes that such entries exist. Portals and mail
filters often reject these files.

Passes: a packet of plain pages. Fails: a packet with document-level
JavaScript, an action that runs when the file opens, or an attached file.
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity
from esorcheck.packet import Packet

ID = "pdf.active_content"
CODES = {ID: Severity.WARNING}
SCOPES = ("packet",)


def check(packet: Packet) -> Iterator[Finding]:
    if packet.file.structure.active_content:
        yield Finding(
            ID,
            Severity.WARNING,
            f"the PDF contains active content: {', '.join(packet.file.structure.active_content)}",
            hint="print the packet to a new PDF (Print → Save as PDF), which drops scripts and attachments",
            evidence=tuple(packet.file.structure.active_content),
        )
