"""Cut a checked packet into its documents, put its documents in the call's order, or assemble an applicant's
separate files into one packet: pages copied with pypdf as they are (never re-rendered), the inputs never
written to. A JPEG is placed on an A4 page as it is (its bytes embedded); a PNG's pixels are embedded losslessly.

Output file names come from document types and numbers only (``03-recommendation_letter-1.pdf``), never
from the PDF's content (titles, bookmarks), and are only ever written inside the folder asked for.
"""

from __future__ import annotations

import io
import json
import re
import shlex
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from esorcheck.errors import InputError, UsageError
from esorcheck.findings import pages_phrase
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
    reader = _reader(report.file, report.pages)
    # every copy is made before anything is written: a file pypdf fails on leaves nothing half done
    documents = [_copied(report.file, _pages_of(reader, part.section)) for part in parts]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot make {folder} ({exc.strerror})", hint="check the path is writable") from None
    for document, target in zip(documents, targets):
        _write(document, target)
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


def place_in_call(programme: Programme, type_: str) -> tuple[int, int]:
    """A sort key: the documents the call lists in order first, then those it does not list, then those it
    wants at the bottom (additional documents). Sorting is stable: documents of one type keep their order."""
    in_order = [d.type for d in programme.documents if d.position == "in_order"]
    if type_ in in_order:
        return (0, in_order.index(type_))
    last = {d.type for d in programme.documents if d.position == "last"}
    return (2, 0) if type_ in last else (1, 0)


def _pages_of(reader: PdfReader, section: Section):
    """What fills a new PDF with the section's pages, keeping the bookmarks that fall inside them."""
    return lambda writer: writer.append(reader, pages=(section.first_page - 1, section.last_page))


def prescribed_order(programme: Programme, sections: tuple[Section, ...]) -> list[Section]:
    """The sections in the call's order (see place_in_call)."""
    return sorted(sections, key=lambda s: place_in_call(programme, s.type))


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
    reader = _reader(report.file, report.pages)

    def documents_in_order(writer: PdfWriter) -> None:
        for section in ordered:
            _append_document(writer, reader, section.type, (section.first_page - 1, section.last_page))

    _write(_copied(report.file, documents_in_order), output)
    return ordered


def _append_document(writer: PdfWriter, reader: PdfReader, type_: str, pages: tuple[int, int] | None = None) -> None:
    """The pages (0-based start, stop; None: all) added as they are, under one bookmark titled in English."""
    start = len(writer.pages)
    writer.append(reader, pages=pages, import_outline=False)
    label = vocabulary().label(type_)
    writer.add_outline_item(title=label[:1].upper() + label[1:], page_number=start)


def _require_sections(report: PacketReport) -> None:
    if report.unreadable or not report.sections:
        reason = report.findings[0].message if report.findings else "it could not be read"
        raise InputError(f"{report.file}: {reason}", hint=report.findings[0].hint if report.findings else None)


def _reader(path: Path, pages: int | None = None) -> PdfReader:
    """pypdf's reading of a file the checker read with pdfium; refused where pypdf cannot open it or counts
    other pages than the checker did (a damaged file each repairs its own way)."""

    def read() -> PdfReader:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):  # an owner password only: the pages open without one
            raise InputError(f"{path}: the PDF needs a password", hint="open it and print it to a new PDF, with no password")
        if pages is not None and len(reader.pages) != pages:
            raise InputError(f"{path}: pypdf finds {len(reader.pages)} pages where the check read {pages}",
                             hint="print the packet to a new PDF, then try again")
        return reader

    return _guarded(path, read)


def _copied(path: Path, fill) -> bytes:
    """A new PDF that ``fill(writer)`` makes of pages of ``path``, as bytes."""

    def copy() -> bytes:
        writer = PdfWriter()
        fill(writer)
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()

    return _guarded(path, copy)


def _guarded(path: Path, action):
    """``action()``, with any failure of pypdf on a damaged file made one InputError (exit 3, a reason, a fix)."""
    try:
        return action()
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf fails on hostile files in many ways (cycles, bad trees, limits)
        raise InputError(f"{path}: its pages cannot be copied ({type(exc).__name__}: {str(exc)[:120]})",
                         hint="print the packet to a new PDF, then try again") from None


def _inside(folder: Path, name: str) -> Path:
    target = folder / name
    if target.resolve().parent != folder.resolve():  # a link planted in the folder
        raise UsageError(f"{target} leads outside {folder}", hint="remove it, or choose an empty folder")
    return target


def _write(document: bytes, target: Path) -> None:
    try:
        target.write_bytes(document)
    except OSError as exc:
        raise UsageError(f"cannot write {target} ({exc.strerror})", hint="check the folder is writable") from None


# ---------------------------------------------------------------------- assemble
IMAGE_SUFFIXES = {".jpg": "jpeg", ".jpeg": "jpeg", ".png": "png"}
A4 = (595.28, 841.89)  # points
MARGIN = 36.0  # points: half an inch around a placed scan
SURE = 0.6  # the confidence from which a file's type is taken without --as


@dataclass(frozen=True)
class Piece:
    """One of the applicant's files, as a PDF, and what it was taken for."""

    path: Path  # the file given
    pdf: Path  # the file itself, or the A4 page made for an image
    type: str
    stated: bool  # the applicant said so (--as), rather than the classification


def image_page(image: Path, out: Path) -> Path:
    """A one-page A4 PDF showing the image at its own size (its dpi; 150 where it does not say), shrunk to fit
    inside the margins where it is larger, centred. A JPEG's bytes are embedded as they are."""
    import pypdfium2 as pdfium
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(image) as picture:
            picture.load()
            width_px, height_px = picture.size
            dpi = float((picture.info.get("dpi") or (150, 150))[0]) or 150.0
            pixels = None if IMAGE_SUFFIXES[image.suffix.lower()] == "jpeg" and picture.format == "JPEG" else picture.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise InputError(f"{image}: not a readable image ({exc})", hint="give a JPEG or PNG file, or a PDF") from None
    width, height = width_px / dpi * 72, height_px / dpi * 72
    shrink = min(1.0, (A4[0] - 2 * MARGIN) / width, (A4[1] - 2 * MARGIN) / height)
    width, height = width * shrink, height * shrink
    document = pdfium.PdfDocument.new()
    try:
        page = document.new_page(*A4)
        placed = pdfium.PdfImage.new(document)
        if pixels is None:
            placed.load_jpeg(image, inline=True)
        else:
            placed.set_bitmap(pdfium.PdfBitmap.from_pil(pixels))
        placed.set_matrix(pdfium.PdfMatrix().scale(width, height).translate((A4[0] - width) / 2, (A4[1] - height) / 2))
        page.insert_obj(placed)
        page.gen_content()
        document.save(out)
    finally:
        document.close()
    return out


def classify_files(files: list[Path], programme: Programme, stated: dict[Path, str], workdir: Path,
                   check_one) -> list[Piece]:
    """Each file's document type, from --as where the applicant stated it, else from its check; refuses (with
    the reason) a file whose type is not sure, a file holding several kinds of document, and two files
    claiming a document the call wants once."""
    pieces, refusals, guesses = [], [], []
    for n, path in enumerate(files):
        pdf = image_page(path, workdir / f"{n:03d}-image.pdf") if path.suffix.lower() in IMAGE_SUFFIXES else path
        if path in stated:
            pieces.append(Piece(path, pdf, stated[path], True))
            continue
        report = check_one(pdf)
        if report.unreadable:
            raise InputError(f"{path}: {report.findings[0].message}", hint=report.findings[0].hint)
        kinds = {s.type for s in report.sections}
        if len(kinds) > 1:
            found = ", ".join(f"{s.type} ({pages_phrase(s.page_numbers)})" for s in report.sections)
            refusals.append(f"{path.name} holds several documents: {found}; give them as separate files, or state its type")
            continue
        section = min(report.sections, key=lambda s: s.confidence)
        if section.type == "unknown" or section.scanned or section.confidence < SURE:
            if section.scanned or section.type == "unknown":
                refusals.append(f"{path.name} {'could not be read' if section.scanned else 'fits no document'}")
            else:
                refusals.append(f"{path.name} may be the {vocabulary().label(section.type)}, but not surely enough "
                                f"(confidence {section.confidence:.2f}; {SURE} needed)")
                guesses.append(f"--as {shlex.quote(f'{section.type}={path.name}')}")
            continue
        pieces.append(Piece(path, pdf, section.type, False))
    for doc in programme.documents:
        claims = [p for p in pieces if p.type == doc.type]
        if doc.max is not None and len(claims) > doc.max:
            names = " and ".join(p.path.name for p in claims)
            refusals.append(f"{names} all claim the {doc.label.split(',')[0]}, which the call wants "
                            f"{'once' if doc.max == 1 else f'at most {doc.max} times'}")
    if refusals:
        types = f"--as TYPE=FILE (types: 'esorcheck programmes show {programme.id}')"
        hint = (f"if it is what it seems, say so: {' '.join(guesses)}; otherwise state what a file is with {types}"
                if guesses else f"state what a file is with {types}, e.g. --as passport_copy=passport.jpg")
        raise UsageError("cannot assemble: " + "; ".join(refusals), hint=hint)
    return pieces



def assemble(pieces: list[Piece], programme: Programme, output: Path) -> list[Piece]:
    """The pieces in the call's order, merged into ``output`` with a bookmark per document."""
    ordered = sorted(pieces, key=lambda p: place_in_call(programme, p.type))
    readers = [_reader(piece.pdf) for piece in ordered]

    def documents_in_order(writer: PdfWriter) -> None:
        for piece, reader in zip(ordered, readers):
            _append_document(writer, reader, piece.type)

    _write(_copied(output, documents_in_order), output)
    return ordered


def heaviest(pieces: list[Piece]) -> tuple[Piece, int]:
    """The piece that weighs most in the packet, and its bytes (an image's page as embedded)."""
    weights = [(piece, piece.pdf.stat().st_size) for piece in pieces]
    return max(weights, key=lambda pair: pair[1])
