"""pdf.form_fields (warning): the PDF still holds fillable form fields.

Unflattened fields may show different values in different viewers, or none.
Passes: a packet without an interactive form. Fails: a packet whose form
(AcroForm or XFA) still has fields.
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity
from esorcheck.packet import Packet

ID = "pdf.form_fields"
CODES = {ID: Severity.WARNING}
SCOPES = ("packet",)


def check(packet: Packet) -> Iterator[Finding]:
    fields = packet.file.structure.form_fields
    if fields or packet.file.structure.has_xfa:
        what = f"{fields} fillable form field{'s' if fields != 1 else ''}" if fields else "an XFA form"
        yield Finding(
            ID,
            Severity.WARNING,
            f"the PDF contains {what}; their values may not show everywhere",
            hint="flatten the form (Print → Save as PDF) before merging it into the packet",
        )
