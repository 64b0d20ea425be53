"""pdf.too_large (error): the file is over the programme's upload limit.

Passes: a 2 MB packet for a call whose schema says ``max_size_mb: 8``.
Fails: a 9 MB packet for the same call (the MyESR portal refuses it).
A programme without ``max_size_mb`` has no limit.
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity
from esorcheck.packet import Packet

ID = "pdf.too_large"
CODES = {ID: Severity.ERROR}
SCOPES = ("packet",)


def check(packet: Packet) -> Iterator[Finding]:
    limit = packet.programme.max_size_mb
    size_mb = packet.file.size_bytes / 1_000_000
    if limit is not None and size_mb > limit:
        yield Finding(
            ID,
            Severity.ERROR,
            f"the file is {size_mb:.1f} MB; the call accepts at most {limit:g} MB ({packet.programme.submission})",
            hint="reduce scan resolution (150 dpi is enough) or compress images, e.g. with qpdf or a PDF optimiser",
        )
