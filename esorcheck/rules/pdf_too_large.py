"""pdf.too_large (error): the file is over the programme's upload limit.

Passes: a 2 MB packet for a call whose schema says ``max_size_mb: 8``.
Fails: a 9 MB packet for the same call (the MyESR portal refuses it); the message names what makes the
weight where one part holds a third of it (a file attached inside the PDF, one high-resolution scan).
A programme without ``max_size_mb`` has no limit.
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity
from esorcheck.packet import Packet

ID = "pdf.too_large"
CODES = {ID: Severity.ERROR}
SCOPES = ("packet",)


GENERIC = "export the packet again with images at 150 dpi (enough to read a scan), or use your PDF program's 'reduce file size'"


def check(packet: Packet) -> Iterator[Finding]:
    limit = packet.programme.max_size_mb
    size_mb = packet.file.size_bytes / 1_000_000
    if limit is not None and size_mb > limit:
        heavy = _heaviest(packet.file.document, packet.file.size_bytes)
        cause = "; most of it is " + " and ".join(f"{what} ({size / 1_000_000:.1f} MB)" for size, what, _ in heavy) if heavy else ""
        yield Finding(
            ID,
            Severity.ERROR,
            f"the file is {size_mb:.1f} MB, over the {limit:g} MB the call accepts (submission: {packet.programme.submission}){cause}",
            hint="; ".join(fix for _, _, fix in heavy) or GENERIC,
        )


def _heaviest(document, total: int) -> list[tuple[int, str, str]]:
    """What makes the weight, where one part holds a third of it or more: (bytes, what it is, the fix)."""
    import pypdfium2.raw as pdfium_c

    parts = []
    for index in range(document.count_attachments()):
        attachment = document.get_attachment(index)
        name = attachment.get_name()
        parts.append((len(bytes(attachment.get_data() or b"")), f"the file {name} attached inside the PDF",
                      f"make the packet again without the attached file {name}"))
    for index in range(len(document)):
        page = document[index]
        images = sum(pdfium_c.FPDFImageObj_GetImageDataRaw(o.raw, None, 0)
                     for o in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3))
        page.close()
        parts.append((images, f"the image on page {index + 1}",
                      f"scan page {index + 1} again at 150 dpi (enough to read), or save its image as JPEG before putting it in the PDF"))
    return [part for part in sorted(parts, key=lambda p: -p[0])[:3] if part[0] >= total / 3]
