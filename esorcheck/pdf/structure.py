"""The file's structure as pypdf reads it: encryption permissions, scripts, attachments, forms, damage.

Nothing the PDF contains is ever run: actions and scripts are only looked at
as dictionary entries. pdfium reads the pages but does not say what a
structure holds beyond them, nor when it had to repair one (a page tree that
loops, say): pypdf does, so every file is parsed here too.
"""

from __future__ import annotations

import io
import logging
import warnings
from dataclasses import dataclass

ACTIVE_ACTIONS = {"/JavaScript", "/Launch", "/ImportData", "/SubmitForm"}


@dataclass(frozen=True)
class Structure:
    restricted: tuple[str, ...] = ()  # permissions the owner withheld
    active_content: tuple[str, ...] = ()
    form_fields: int = 0
    has_xfa: bool = False
    problem: str | None = None  # pypdf could not read the structure


def read_structure(data: bytes) -> Structure:
    """The structural facts; a structure pypdf cannot parse is noted, not fatal."""
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
