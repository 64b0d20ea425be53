"""The file's structure: encryption permissions (as pdfium, which opened the file, reads them), and scripts,
attachments, forms and damage as pypdf reads them.

Nothing the PDF contains is ever run: actions and scripts are only looked at
as dictionary entries. Importing pypdf costs about 0.08 s, a fifth of a
30-page check, so a file is parsed only when it may hold something pypdf
would report: when its bytes name an action, a script, an attachment or a
form, hide their dictionaries (compressed object streams, encryption), or
do not lead to their cross-reference table from where the file says it is
(a structure pypdf would have to repair, and may fail on). Any other file
has, by a look at its bytes, nothing to report; a name spelt with ``#``
escapes (``/Encr#79pt`` is ``/Encrypt``) is parsed too. What this leaves
unsaid: a page tree that loops or is malformed in a file otherwise intact,
which pdfium reads anyway.

The permissions an owner password withholds are not read with pypdf: they are
stored in clear (``/P``), pdfium reads them whatever the cipher, whereas pypdf
needs the optional ``cryptography`` package to decrypt AES files (qpdf's and
Acrobat's default) and would leave a restricted file unflagged without it.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from dataclasses import dataclass

ACTIVE_ACTIONS = {"/JavaScript", "/Launch", "/ImportData", "/SubmitForm"}
# Names pypdf looks for, and names of what can hide them from a look at the bytes.
_STRUCTURE_NAMES = re.compile(
    rb"/(?:JavaScript|JS|Launch|OpenAction|AA|SubmitForm|ImportData|EmbeddedFiles|FileAttachment|AcroForm|XFA|ObjStm|Encrypt)"
    rb"(?![A-Za-z0-9#])"
)
# A name with #xx escapes may be one of the names above in disguise ("/Encr#79pt" is "/Encrypt").
_ESCAPED_NAME = re.compile(rb"/[A-Za-z0-9]*#[0-9A-Fa-f]{2}[A-Za-z0-9#]*")
_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_XREF_AT = re.compile(rb"\s*(?:xref|\d+\s+\d+\s+obj)")
XREF_TAIL = 1024  # bytes at the end of the file where startxref stands
# Permission bits of the /P entry (ISO 32000-1, table 22), 1-based bit n has value 2**(n-1).
PERMIT_PRINT = 1 << 2
PERMIT_COPY = 1 << 4
PERMIT_HIGH_QUALITY_PRINT = 1 << 11  # security handler revision 3 and later


@dataclass(frozen=True)
class Structure:
    """What the file's structure says before any page is read: restrictions, active content, forms."""
    restricted: tuple[str, ...] = ()  # permissions the owner withheld
    active_content: tuple[str, ...] = ()
    form_fields: int = 0
    has_xfa: bool = False
    problem: str | None = None  # pypdf could not read the structure


def needs_parsing(data: bytes) -> bool:
    """Whether pypdf could find anything in this file (see the module's docstring)."""
    if _STRUCTURE_NAMES.search(data) or any(
        _STRUCTURE_NAMES.fullmatch(_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), name.group()))
        for name in _ESCAPED_NAME.finditer(data)
    ):
        return True
    tail = _STARTXREF.search(data[-XREF_TAIL:])
    return tail is None or _XREF_AT.match(data, int(tail.group(1))) is None


def withheld_permissions(document) -> tuple[str, ...]:
    """What the owner of an open pypdfium2 document withheld: printing, high-quality printing, copying text."""
    import pypdfium2.raw as pdfium_c

    if pdfium_c.FPDF_GetSecurityHandlerRevision(document.raw) < 0:
        return ()  # not encrypted
    read = getattr(pdfium_c, "FPDF_GetDocUserPermissions", pdfium_c.FPDF_GetDocPermissions)
    permissions = read(document.raw) & 0xFFFFFFFF
    withheld = []
    if not permissions & PERMIT_PRINT:
        withheld.append("printing")
    elif pdfium_c.FPDF_GetSecurityHandlerRevision(document.raw) >= 3 and not permissions & PERMIT_HIGH_QUALITY_PRINT:
        withheld.append("high-quality printing")
    if not permissions & PERMIT_COPY:
        withheld.append("copying text")
    return tuple(withheld)


def read_structure(data: bytes, restricted: tuple[str, ...] = ()) -> Structure:
    """The structural facts (``restricted``: the permissions withheld, as pdfium read them); a structure pypdf
    cannot parse is noted, not fatal."""
    if not needs_parsing(data):
        return Structure(restricted)
    import pypdf

    # pypdf logs its repairs of broken files; the report says what matters.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                return Structure(restricted)  # pdfium opened it: an owner password only
            catalog = reader.trailer["/Root"]
            active = tuple(sorted(set(_active_content(reader, catalog))))
            acroform = catalog.get("/AcroForm")
            fields, xfa = 0, False
            if acroform is not None:
                acroform = acroform.get_object()
                fields = len(_array(acroform.get("/Fields")))
                xfa = "/XFA" in acroform
            return Structure(restricted, active, fields, xfa)
        except pypdf.errors.DependencyError:
            # AES without the optional ``cryptography`` package: pypdf cannot read the objects, which says
            # nothing about the file (pdfium decrypted it); its scripts and forms go unchecked.
            return Structure(restricted)
        except Exception as exc:  # noqa: BLE001 - any parser failure on hostile input is a fact, not a crash
            return Structure(restricted, problem=f"{type(exc).__name__}: {exc}"[:200])


def _array(value) -> list:
    """A PDF array, or empty where a broken file puts null or a non-array."""
    from pypdf.generic import ArrayObject

    value = value.get_object() if value is not None else None
    return list(value) if isinstance(value, ArrayObject) else []


def _action_kind(action) -> str | None:
    try:
        action = action.get_object()
        kind = action.get("/S")
    except Exception:  # noqa: BLE001
        return None
    return str(kind) if kind in ACTIVE_ACTIONS else None


def _active_content(reader, catalog) -> list[str]:
    """Names of scripts, launch actions and embedded files, found without executing anything."""
    from pypdf.generic import DictionaryObject

    found = []
    names = catalog.get("/Names")
    if names is not None:
        names = names.get_object()
        if "/JavaScript" in names:
            found.append("document-level JavaScript")
        if "/EmbeddedFiles" in names:
            found.append("embedded files")
    open_action = catalog.get("/OpenAction")
    if open_action is not None and isinstance(open_action.get_object(), DictionaryObject):
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
            if not isinstance(annot, DictionaryObject):
                continue
            if annot.get("/Subtype") == "/FileAttachment":
                found.append(f"attached file (page {number})")
            kind = _action_kind(annot["/A"]) if "/A" in annot else None
            if kind:
                found.append(f"{kind[1:]} link (page {number})")
            triggers = annot.get("/AA")
            triggers = triggers.get_object() if triggers is not None else {}
            if isinstance(triggers, DictionaryObject) and any(_action_kind(a) for a in triggers.values()):
                found.append(f"form field scripts (page {number})")
    return found
