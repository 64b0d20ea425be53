"""pdf.damaged (warning): the file's structure is broken, though its pages could be read.

pdfium repairs many broken files silently; the portal or the office's viewer
may not. Passes: a file pypdf parses. Fails: a file whose cross-reference
table or object structure pypdf cannot parse even in lenient mode.
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity
from esorcheck.packet import Packet

ID = "pdf.damaged"
CODES = {ID: Severity.WARNING}
SCOPES = ("packet",)


def check(packet: Packet) -> Iterator[Finding]:
    if packet.file.structure.problem:
        yield Finding(
            ID,
            Severity.WARNING,
            "the PDF's structure is damaged; it was repaired to be read, other readers may fail",
            hint="export or print the packet to PDF again",
            evidence=(packet.file.structure.problem,),
        )
