"""pdf.encrypted (error): the PDF withholds printing or copying behind an owner password.

A PDF that needs a password to open never gets this far: intake refuses it as
unreadable with the same code. This check covers files that open but are
encrypted with restrictions, which the portal refuses and the office cannot
print or excerpt. The permissions are pdfium's reading of the file (whatever
the cipher, AES included), not pypdf's.

Passes: an unencrypted PDF, or one encrypted that allows printing and copying
(only editing withheld). Fails: a PDF that may be opened but not printed, only
printed at low resolution, or not copied from.
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity
from esorcheck.packet import Packet

ID = "pdf.encrypted"
CODES = {ID: Severity.ERROR}
SCOPES = ("packet", "cv")


def check(packet: Packet) -> Iterator[Finding]:
    if packet.file.structure.restricted:
        yield Finding(
            ID,
            Severity.ERROR,
            f"the PDF is encrypted and forbids {' and '.join(packet.file.structure.restricted)}",
            hint="open the file and print it to a new PDF (with no password), then submit the new file",
        )
