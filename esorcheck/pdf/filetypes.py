"""What a file that is not a PDF is, by its first bytes, said as an applicant would say it, with what to do.

Applicants upload a photo of a page, the Word file of their CV, a ZIP of
everything, or the web page a portal saved in place of the PDF; naming it
("this is a Word document") tells them the fix, where its bytes would not.
"""

from __future__ import annotations

import re

EXPORT = "save or export the packet as one PDF and check that file"

# (first bytes, what it is, what to do); checked in order.
SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"\xff\xd8\xff", "a JPEG photo", "put the photo into the packet as a PDF page (scan it to PDF, or print it to PDF)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "put the image into the packet as a PDF page (print it to PDF)"),
    (b"GIF8", "a GIF image", "put the image into the packet as a PDF page (print it to PDF)"),
    (b"II*\x00", "a TIFF image (a scanner's file)", "scan to PDF instead, or print the image to PDF"),
    (b"MM\x00*", "a TIFF image (a scanner's file)", "scan to PDF instead, or print the image to PDF"),
    (b"\xd0\xcf\x11\xe0", "an older Word or Office document (.doc, .xls)", "open it and save it as PDF (File > Save As > PDF)"),
    (b"{\\rtf", "an RTF text document", "open it and save it as PDF (File > Save As > PDF)"),
    (b"Rar!", "a RAR archive", "unpack it and merge the PDFs inside into one PDF"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "unpack it and merge the PDFs inside into one PDF"),
    (b"\x1f\x8b", "a compressed (gzip) file", "unpack it and check the PDF inside"),
)
# ZIP containers, told apart by the names of the parts inside (stored in clear in the archive).
ZIP_PARTS: tuple[tuple[bytes, str, str], ...] = (
    (b"word/", "a Word document (.docx)", "open it in Word and save it as PDF (File > Save As > PDF)"),
    (b"xl/", "an Excel workbook (.xlsx)", "open it and save it as PDF"),
    (b"ppt/", "a PowerPoint presentation (.pptx)", "open it and save it as PDF"),
    (b"application/vnd.oasis.opendocument", "an OpenDocument file (LibreOffice)", "open it in LibreOffice and export it as PDF"),
)
ZIP = (b"PK\x03\x04", "a ZIP archive", "unpack it and merge the PDFs inside into one PDF")
_HEIC = re.compile(rb"^....ftyp(?:heic|heix|mif1|hevc)", re.DOTALL)
_HTML = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<\?xml[^>]*>\s*<html)", re.IGNORECASE)


def identify(data: bytes) -> tuple[str, str] | None:
    """(what the file is, the fix) when its first bytes are those of another kind of file; else None."""
    for magic, what, fix in SIGNATURES:
        if data.startswith(magic):
            return what, fix
    if _HEIC.match(data):
        return "an iPhone photo (HEIC)", "put the photo into the packet as a PDF page (scan it to PDF, or print it to PDF)"
    if data.startswith(ZIP[0]):
        for part, what, fix in ZIP_PARTS:
            if part in data[:65536]:
                return what, fix
        return ZIP[1], ZIP[2]
    if _HTML.match(data[:1024]):
        return "a web page (HTML)", "the browser or portal saved a page in place of the file: download the PDF again"
    return None


def describe(data: bytes) -> tuple[str, str]:
    """(what the file is, the fix) for bytes with no PDF header."""
    if not data:
        return "an empty file (0 bytes)", "the download or the copy failed: download or save the packet again"
    return identify(data) or (("a text file" if _is_text(data[:1024]) else "a file of an unknown kind"), EXPORT)


def _is_text(head: bytes) -> bool:
    """Readable text (UTF-8, so ASCII too), a character cut at the end of the window allowed."""
    try:
        head.decode("utf-8") if len(head) < 1024 else head[:1020].decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\x00" not in head
