"""Cut a checked packet into its documents, or put its documents in the call's order: pages copied with pypdf as
they are (never re-rendered), the input never written to.

Output file names come from document types and numbers only (``03-recommendation_letter-1.pdf``), never
from the PDF's content (titles, bookmarks), and are only ever written inside the folder asked for.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError

from esorcheck.errors import InputError, UsageError
from esorcheck.report import PacketReport
from esorcheck.schema.documents import vocabulary
from esorcheck.schema.programmes import Programme
from esorcheck.split.section import Section

MANIFEST = "manifest.json"
SAFE_TYPE = re.compile(r"[a-z][a-z_]{0,39}")


@dataclass(frozen=True)
class Part:
    """One document of the packet and the file it goes to."""

    name: str  # "03-recommendation_letter-1.pdf"
    section: Section

    @property
    def kind(self) -> str:
        """The section's type, "unread" for scans nothing could read."""
        return _kind(self.section)

    def to_dict(self) -> dict:
        section = self.section
        return {
            "file": self.name,
            "type": self.kind,
            "first_page": section.first_page,
            "last_page": section.last_page,
            "pages": section.page_numbers,
            "confidence": None if section.scanned else round(section.confidence, 2),
            "text_source": section.text_source,
        }


def _kind(section: Section) -> str:
    kind = "unread" if section.scanned else section.type
    if not SAFE_TYPE.fullmatch(kind):  # types come from schemas/documents.yaml; a bad one must not make a path
        raise ValueError(f"document type {kind!r} cannot name a file")
    return kind


def parts_of(report: PacketReport) -> list[Part]:
    """The packet's documents with their file names: place, type, and a number where a type comes back."""
    _require_sections(report)
    totals = Counter(_kind(s) for s in report.sections)
    seen: Counter[str] = Counter()
    parts = []
    for place, section in enumerate(report.sections, 1):
        kind = _kind(section)
        seen[kind] += 1
        number = f"-{seen[kind]}" if totals[kind] > 1 else ""
        parts.append(Part(f"{place:02d}-{kind}{number}.pdf", section))
    return parts


def split_into_files(report: PacketReport, folder: Path, *, force: bool = False) -> list[Part]:
    """Each document of the packet as its own PDF in ``folder`` (made if missing), with a manifest.json;
    refuses to replace a file already there unless ``force``."""
    parts = parts_of(report)
    targets = [_inside(folder, p.name) for p in parts] + [_inside(folder, MANIFEST)]
    existing = [t.name for t in targets if t.exists()]
    if existing and not force:
        raise UsageError(f"{folder} already holds {', '.join(existing[:3])}{' …' if len(existing) > 3 else ''}",
                         hint="choose an empty folder, or add --force to replace them")
    reader = _reader(report.file)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot make {folder} ({exc.strerror})", hint="check the path is writable") from None
    for part, target in zip(parts, targets):
        writer = PdfWriter()
        # import_outline keeps the bookmarks that fall inside these pages, and only those
        writer.append(reader, pages=(part.section.first_page - 1, part.section.last_page))
        _write(writer, target)
    manifest = {
        "source": str(report.file),
        "sha256": report.sha256,
        "programme": report.programme.id if report.programme else None,
        "documents": [p.to_dict() for p in parts],
    }
    try:
        targets[-1].write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {targets[-1]} ({exc.strerror})", hint="check the folder is writable") from None
    return parts


def prescribed_order(programme: Programme, sections: tuple[Section, ...]) -> list[Section]:
    """The sections in the call's order: the documents it lists in order first, then those it does not list,
    then those it wants at the bottom (additional documents); documents of one type keep their order."""
    in_order = [d.type for d in programme.documents if d.position == "in_order"]
    last = {d.type for d in programme.documents if d.position == "last"}

    def place(section: Section) -> tuple[int, int]:
        if section.type in in_order:
            return (0, in_order.index(section.type))
        return (2, 0) if section.type in last else (1, 0)

    return sorted(sections, key=place)


def reorder(report: PacketReport, output: Path, *, force: bool = False) -> list[Section]:
    """The packet's documents in the call's order, in one new PDF with a bookmark per document; refuses
    when a section was not identified (its place cannot be known)."""
    _require_sections(report)
    unknown = [s for s in report.sections if s.type == "unknown"]
    if unknown:
        pages = ", ".join(f"{s.first_page}–{s.last_page}" if s.last_page != s.first_page else str(s.first_page) for s in unknown)
        raise UsageError(f"pages {pages} could not be identified, so their place in the order is unknown",
                         hint="split the packet (esorcheck split), then put it together with esorcheck assemble --as TYPE=FILE")
    if output.resolve() == report.file.resolve():
        raise UsageError("the output would replace the packet itself", hint="write to another file: -o fixed.pdf")
    if output.exists() and not force:
        raise UsageError(f"{output} already exists", hint="choose another name, or add --force to replace it")
    ordered = prescribed_order(report.programme, report.sections)
    reader = _reader(report.file)
    writer = PdfWriter()
    vocab = vocabulary()
    for section in ordered:
        start = len(writer.pages)
        writer.append(reader, pages=(section.first_page - 1, section.last_page), import_outline=False)
        label = vocab.label(section.type)
        writer.add_outline_item(title=label[:1].upper() + label[1:], page_number=start)
    _write(writer, output)
    return ordered


def _require_sections(report: PacketReport) -> None:
    if report.unreadable or not report.sections:
        reason = report.findings[0].message if report.findings else "it could not be read"
        raise InputError(f"{report.file}: {reason}", hint=report.findings[0].hint if report.findings else None)


def _reader(path: Path) -> PdfReader:
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            reader.decrypt("")  # an owner password only: the pages open without one
        return reader
    except (PdfReadError, OSError, ValueError) as exc:
        raise InputError(f"{path}: pypdf cannot copy its pages ({exc})", hint="print the packet to a new PDF, then try again") from None


def _inside(folder: Path, name: str) -> Path:
    target = folder / name
    if target.resolve().parent != folder.resolve():  # a link planted in the folder
        raise UsageError(f"{target} leads outside {folder}", hint="remove it, or choose an empty folder")
    return target


def _write(writer: PdfWriter, target: Path) -> None:
    try:
        with open(target, "wb") as out:
            writer.write(out)
    except OSError as exc:
        raise UsageError(f"cannot write {target} ({exc.strerror})", hint="check the folder is writable") from None
