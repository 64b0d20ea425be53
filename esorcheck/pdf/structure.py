"""The file's structure as pypdf reads it: encryption permissions, scripts, attachments, forms, damage.

Nothing the PDF contains is ever run: actions and scripts are only looked at
as dictionary entries. Importing pypdf costs about 0.08 s, a fifth of a
30-page check, so a file is parsed only when it may hold something pypdf
would report: when its bytes name an action, a script, an attachment or a
form, hide their dictionaries (compressed object streams, encryption), or
do not lead to their cross-reference table from where the file says it is
(a structure pypdf would have to repair, and may fail on). Any other file
has, by a look at its bytes, nothing to report. What this leaves unsaid: a
page tree that loops or is malformed in a file otherwise intact, which pdfium
reads anyway.
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
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_XREF_AT = re.compile(rb"\s*(?:xref|\d+\s+\d+\s+obj)")
XREF_TAIL = 1024  # bytes at the end of the file where startxref stands


@dataclass(frozen=True)
class Structure:
    restricted: tuple[str, ...] = ()  # permissions the owner withheld
    active_content: tuple[str, ...] = ()
    form_fields: int = 0
    has_xfa: bool = False
    problem: str | None = None  # pypdf could not read the structure


def needs_parsing(data: bytes) -> bool:
    """Whether pypdf could find anything in this file (see the module's docstring)."""
    if _STRUCTURE_NAMES.search(data):
        return True
    tail = _STARTXREF.search(data[-XREF_TAIL:])
    return tail is None or _XREF_AT.match(data, int(tail.group(1))) is None


def read_structure(data: bytes) -> Structure:
    """The structural facts; a structure pypdf cannot parse is noted, not fatal."""
    if not needs_parsing(data):
        return Structure()
    import pypdf

    # pypdf logs its repairs of broken files; the report says what matters.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
            restricted: tuple[str, ...] = ()
            if reader.is_encrypted:
                if not reader.decrypt(""):
                    return Structure()  # pdfium opened it, so an owner password only; nothing more to read
                restricted = tuple(_withheld_permissions(reader))
            catalog = reader.trailer["/Root"]
            active = tuple(sorted(set(_active_content(reader, catalog))))
            acroform = catalog.get("/AcroForm")
            fields, xfa = 0, False
            if acroform is not None:
                acroform = acroform.get_object()
                fields = len(_array(acroform.get("/Fields")))
                xfa = "/XFA" in acroform
            return Structure(restricted, active, fields, xfa)
        except Exception as exc:  # noqa: BLE001 - any parser failure on hostile input is a fact, not a crash
            return Structure(problem=f"{type(exc).__name__}: {exc}"[:200])


def _array(value) -> list:
    """A PDF array, or empty where a broken file puts null or a non-array."""
    from pypdf.generic import ArrayObject

    value = value.get_object() if value is not None else None
    return list(value) if isinstance(value, ArrayObject) else []


def _withheld_permissions(reader) -> list[str]:
    from pypdf.constants import UserAccessPermissions

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
