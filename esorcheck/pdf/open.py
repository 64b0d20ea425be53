"""Open a packet and collect the facts about the file itself (not its documents).

pdfium reads the pages and the permissions an owner password withholds;
``structure`` reads JavaScript, attachments, form fields and damage. The input file is opened read-only
and never written.
"""

from __future__ import annotations

import hashlib
import logging
import re
import stat
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

from esorcheck.errors import EncryptedPdf, UnreadablePdf, UsageError
from esorcheck.pdf.filetypes import describe, identify
from esorcheck.pdf.fonts import use_bundled_fonts
from esorcheck.pdf.inflation import MAX_INFLATED_BYTES, inflated_size
from esorcheck.pdf.structure import Structure, read_structure, withheld_permissions

# A PDF header may follow some junk bytes; readers accept it within the first KiB.
HEADER_WINDOW = 1024
# A whole file ends with %%EOF, perhaps followed by a little padding a mail program or portal added.
END_WINDOW = 2048
# Streams compressed with Brotli (PDF 2.0's newest filter), which pdfium cannot decode: their pages come out blank.
_BROTLI = re.compile(rb"/BrotliDecode(?![A-Za-z0-9#])")
# Bounds on what is read at all. The calls accept 8 MB (pdf.too_large reports a packet over it); a file many
# times that is not a packet. A packet is a CV, letters, certificates and a passport: a few dozen pages.
MAX_FILE_BYTES = 100 * 10**6
MAX_PAGES = 500
_ENCRYPT = re.compile(rb"/Encrypt(?![A-Za-z0-9#])")

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
        # pdfium may fail on a file's encryption without a reason ("Success"): the file says it is encrypted.
        if "password" in reason or ("success" in reason and _ENCRYPT.search(data)):
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
    data = read_regular_file(path)
    other = None if data.startswith(b"%PDF-") else identify(data)  # a ZIP may hold a PDF, stored in clear
    if other or b"%PDF-" not in data[:HEADER_WINDOW]:
        what, fix = other or describe(data)
        raise UnreadablePdf(f"{path.name} is {what}, not a PDF", hint=fix)
    if inflated_size(data) > MAX_INFLATED_BYTES:
        raise UnreadablePdf(
            f"its compressed content inflates to more than {MAX_INFLATED_BYTES >> 20} MB, far beyond any packet of documents",
            hint="print the packet to a new PDF from the original documents",
        )
    if _BROTLI.search(data):
        raise UnreadablePdf(
            "the PDF compresses its content with Brotli, a PDF 2.0 feature esorcheck (like many PDF readers) cannot read",
            hint="export or print the packet again as a standard PDF (PDF 1.7 or PDF/A), and check the new file",
        )
    document = _open_pdfium(data)
    try:
        page_count = len(document)
    except pdfium.PdfiumError:  # pragma: no cover - pdfium reports page trees at open
        document.close()
        raise UnreadablePdf("the PDF's page tree is damaged", hint="export the packet to PDF again") from None
    if page_count == 0:
        document.close()
        raise UnreadablePdf("the PDF has no pages", hint="export the packet to PDF again")
    if page_count > MAX_PAGES:
        document.close()
        raise UnreadablePdf(f"the PDF has {page_count} pages; esorcheck reads at most {MAX_PAGES}, far more than any call asks for",
                            hint="submit the documents the call asks for, one packet per applicant")
    return PacketFile(path, len(data), hashlib.sha256(data).hexdigest(), document, page_count,
                      tuple(_outline(document)), read_structure(data, withheld_permissions(document)))


def read_regular_file(path: Path) -> bytes:
    """The bytes of ``path`` if it is a regular file of a size a packet can have: its type and size are taken from
    ``stat`` first, so a device, a pipe or a huge file is refused without reading (or blocking on) it."""
    try:
        status = path.stat()
    except OSError as exc:
        raise UnreadablePdf(f"cannot read the file ({exc.strerror})", hint="check the file's permissions") from None
    if not stat.S_ISREG(status.st_mode):
        raise UnreadablePdf(f"{path.name} is not a regular file (it is {special_file_kind(status.st_mode)})",
                            hint="give the PDF file itself")
    if status.st_size > MAX_FILE_BYTES:
        raise UnreadablePdf(f"the file is {status.st_size / 1e6:.0f} MB; esorcheck reads files up to {MAX_FILE_BYTES // 10**6} MB",
                            hint="a packet is a few MB (the calls accept 8 MB): export it again with compressed images")
    try:
        with open(path, "rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise UnreadablePdf(f"cannot read the file ({exc.strerror})", hint="check the file's permissions") from None


def special_file_kind(mode: int) -> str:
    """'a named pipe (FIFO)', 'a device', 'a socket': what a path that is not a regular file or folder is."""
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


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
