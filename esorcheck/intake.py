"""Open a packet and collect the facts about the file itself (not its documents).

pdfium reads the pages; pypdf reads the structure (encryption permissions,
JavaScript, attachments, form fields). Nothing the PDF contains is ever run:
actions and scripts are only looked at as dictionary entries. The input file
is opened read-only and never written.
"""

from __future__ import annotations

import hashlib
import io
import logging
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
from pypdf.constants import UserAccessPermissions

from esorcheck.errors import EncryptedPdf, UnreadablePdf, UsageError
from esorcheck.pdf.fonts import use_bundled_fonts

# A PDF header may follow some junk bytes; readers accept it within the first KiB.
HEADER_WINDOW = 1024
ACTIVE_ACTIONS = {"/JavaScript", "/Launch", "/ImportData", "/SubmitForm"}

# Both libraries log their repairs of broken files; the report says what matters.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)
logging.getLogger("pypdfium2").setLevel(logging.CRITICAL)


@dataclass
class PacketFile:
    """What intake learned about the file; the checks turn these facts into findings."""

    path: Path
    size_bytes: int
    sha256: str
    document: pdfium.PdfDocument
    page_count: int
    outline: list[tuple[str, int]] = field(default_factory=list)  # (title, 1-based page)
    restricted: list[str] = field(default_factory=list)  # permissions the owner withheld
    active_content: list[str] = field(default_factory=list)
    form_fields: int = 0
    has_xfa: bool = False
    structure_problem: str | None = None  # pypdf could not read the structure

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
                hint="remove the password (e.g. qpdf --decrypt --password=PASSWORD in.pdf out.pdf) and submit the unprotected file",
            ) from None
        raise UnreadablePdf(
            f"the PDF is damaged and cannot be read ({exc})",
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
    if b"%PDF-" not in data[:HEADER_WINDOW]:
        what = "an empty file" if not data else f"not a PDF (it starts with {data[:8]!r})"
        raise UnreadablePdf(f"{path.name} is {what}", hint="save or export the packet as PDF")
    document = _open_pdfium(data)
    try:
        page_count = len(document)
    except pdfium.PdfiumError as exc:  # pragma: no cover - pdfium reports page trees at open
        document.close()
        raise UnreadablePdf(f"the page tree is damaged ({exc})", hint="export the packet to PDF again") from None
    if page_count == 0:
        document.close()
        raise UnreadablePdf("the PDF has no pages", hint="export the packet to PDF again")
    packet = PacketFile(path, len(data), hashlib.sha256(data).hexdigest(), document, page_count)
    packet.outline = _outline(document)
    _inspect_structure(packet, data)
    return packet


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


def _inspect_structure(packet: PacketFile, data: bytes) -> None:
    """Fill the structural facts with pypdf; a structure pypdf cannot parse is noted, not fatal."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                if not reader.decrypt(""):
                    return  # pdfium opened it, so an owner password only; nothing more to read
                packet.restricted = _withheld_permissions(reader)
            catalog = reader.trailer["/Root"]
            packet.active_content = sorted(set(_active_content(reader, catalog)))
            acroform = catalog.get("/AcroForm")
            if acroform is not None:
                acroform = acroform.get_object()
                packet.form_fields = len(_array(acroform.get("/Fields")))
                packet.has_xfa = "/XFA" in acroform
        except Exception as exc:  # noqa: BLE001 - any parser failure on hostile input is a fact, not a crash
            packet.structure_problem = f"{type(exc).__name__}: {exc}"[:200]


def _array(value) -> list:
    """A PDF array, or empty where a broken file puts null or a non-array."""
    value = value.get_object() if value is not None else None
    return list(value) if isinstance(value, pypdf.generic.ArrayObject) else []


def _withheld_permissions(reader: pypdf.PdfReader) -> list[str]:
    permissions = reader.user_access_permissions
    if permissions is None:
        return []
    withheld = []
    if not permissions & UserAccessPermissions.PRINT:
        withheld.append("printing")
    if not permissions & UserAccessPermissions.EXTRACT:
        withheld.append("copying text")
    return withheld


def _action_kind(action) -> str | None:
    try:
        action = action.get_object()
        kind = action.get("/S")
    except Exception:  # noqa: BLE001
        return None
    return str(kind) if kind in ACTIVE_ACTIONS else None


def _active_content(reader: pypdf.PdfReader, catalog) -> list[str]:
    """Names of scripts, launch actions and embedded files, found without executing anything."""
    found = []
    names = catalog.get("/Names")
    if names is not None:
        names = names.get_object()
        if "/JavaScript" in names:
            found.append("document-level JavaScript")
        if "/EmbeddedFiles" in names:
            found.append("embedded files")
    open_action = catalog.get("/OpenAction")
    if open_action is not None and isinstance(open_action.get_object(), pypdf.generic.DictionaryObject):
        kind = _action_kind(open_action)
        if kind:
            found.append(f"{kind[1:]} action when the file opens")
    if "/AA" in catalog:
        found.append("document additional actions")
    for number, page in enumerate(reader.pages, start=1):
        if "/AA" in page:
            found.append(f"page actions (page {number})")
        for annot in _array(page.get("/Annots")):
            annot = annot.get_object()
            if not isinstance(annot, pypdf.generic.DictionaryObject):
                continue
            if annot.get("/Subtype") == "/FileAttachment":
                found.append(f"attached file (page {number})")
            kind = _action_kind(annot["/A"]) if "/A" in annot else None
            if kind:
                found.append(f"{kind[1:]} link (page {number})")
            triggers = annot.get("/AA")
            triggers = triggers.get_object() if triggers is not None else {}
            if isinstance(triggers, pypdf.generic.DictionaryObject) and any(_action_kind(a) for a in triggers.values()):
                found.append(f"form field scripts (page {number})")
    return found
