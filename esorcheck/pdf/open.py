"""Open a packet and collect the facts about the file itself (not its documents).

pdfium reads the pages and the permissions an owner password withholds;
``structure`` reads JavaScript, attachments, form fields and damage. The input file is opened read-only
and never written.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

from esorcheck.errors import EncryptedPdf, UnreadablePdf, UsageError
from esorcheck.pdf.filetypes import describe, identify
from esorcheck.pdf.fonts import use_bundled_fonts
from esorcheck.pdf.structure import Structure, read_structure, withheld_permissions

# A PDF header may follow some junk bytes; readers accept it within the first KiB.
HEADER_WINDOW = 1024
# A whole file ends with %%EOF, perhaps followed by a little padding a mail program or portal added.
END_WINDOW = 2048
# Streams compressed with Brotli (PDF 2.0's newest filter), which pdfium cannot decode: their pages come out blank.
_BROTLI = re.compile(rb"/BrotliDecode(?![A-Za-z0-9#])")

# pdfium's wrapper logs its repairs of broken files; the report says what matters.
logging.getLogger("pypdfium2").setLevel(logging.CRITICAL)


@dataclass(frozen=True)
class PacketFile:
    """What intake learned about the file; the rules turn these facts into findings."""

    path: Path
    size_bytes: int
    sha256: str
    document: pdfium.PdfDocument
    page_count: int
    outline: tuple[tuple[str, int], ...] = ()  # (title, 1-based page)
    structure: Structure = Structure()

    def close(self) -> None:
        self.document.close()


def _open_pdfium(data: bytes) -> pdfium.PdfDocument:
    use_bundled_fonts()
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        reason = str(exc).lower()
        if "password" in reason:
            raise EncryptedPdf(
                "the PDF is protected by a password",
                hint="open the file with its password and print it to a new PDF (with no password), then submit the new file",
            ) from None
        if b"%%EOF" not in data[-END_WINDOW:]:
            raise UnreadablePdf(
                "the file is cut short (an interrupted download or upload?)",
                hint="download or export the packet again, and check the new file",
            ) from None
        raise UnreadablePdf(
            "the PDF is damaged and cannot be read",
            hint="export or print the packet to PDF again from the original documents",
        ) from None


def open_packet(path: Path) -> PacketFile:
    """Open ``path`` for checking, or raise the InputError that explains why not."""
    if not path.exists():
        raise UsageError(f"{path}: no such file", hint="check the path")
    if path.is_dir():
        raise UsageError(f"{path} is a folder", hint="give a PDF file, or several")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadablePdf(f"cannot read the file ({exc.strerror})", hint="check the file's permissions") from None
    other = None if data.startswith(b"%PDF-") else identify(data)  # a ZIP may hold a PDF, stored in clear
    if other or b"%PDF-" not in data[:HEADER_WINDOW]:
        what, fix = other or describe(data)
        raise UnreadablePdf(f"{path.name} is {what}, not a PDF", hint=fix)
    if _BROTLI.search(data):
        raise UnreadablePdf(
            "the PDF compresses its content with Brotli, a PDF 2.0 feature esorcheck (like many PDF readers) cannot read",
            hint="export or print the packet again as a standard PDF (PDF 1.7 or PDF/A), and check the new file",
        )
    document = _open_pdfium(data)
    try:
        page_count = len(document)
    except pdfium.PdfiumError as exc:  # pragma: no cover - pdfium reports page trees at open
        document.close()
        raise UnreadablePdf("the PDF's page tree is damaged", hint="export the packet to PDF again") from None
    if page_count == 0:
        document.close()
        raise UnreadablePdf("the PDF has no pages", hint="export the packet to PDF again")
    return PacketFile(path, len(data), hashlib.sha256(data).hexdigest(), document, page_count,
                      tuple(_outline(document)), read_structure(data, withheld_permissions(document)))


def _outline(document: pdfium.PdfDocument) -> list[tuple[str, int]]:
    entries = []
    try:
        for bookmark in document.get_toc(max_depth=2):
            title, dest = bookmark.get_title().strip(), bookmark.get_dest()
            index = dest.get_index() if dest is not None else None
            if title and index is not None and index >= 0:
                entries.append((title, index + 1))
    except pdfium.PdfiumError:
        return []
    return entries
