"""Merge rendered documents into one packet PDF and write its ground-truth sidecar."""
from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject

from .model import Document

PRODUCER_NAMES = {"rl": "reportlab", "lo": "libreoffice"}
META = {
    "reportlab": ("ReportLab PDF Library - www.reportlab.com", "(unspecified)"),
    "libreoffice": ("LibreOffice 7.4", "Writer"),
    "mixed": ("pypdf", "PDF merge"),
}


@dataclass
class Part:
    """One document of a packet and how it is produced."""
    doc: Document
    producer: str = "rl"          # rl | lo
    scanned: bool = False         # rendered, then replaced by an image-only scan (made with reportlab)


@dataclass
class Packet:
    programme: str
    name: str
    description: str
    status: str                   # complete | incomplete | unreadable
    expected: list[str]
    parts: list[Part]
    when: date
    track: str = ""
    mode: str = ""                # "" | encrypt | truncate
    title: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def producer(self) -> str:
        kinds = {"rl" if p.scanned else p.producer for p in self.parts}
        return PRODUCER_NAMES[kinds.pop()] if len(kinds) == 1 else "mixed"


def pages_of(pdf: bytes) -> list:
    return list(PdfReader(io.BytesIO(pdf)).pages)


def merge(packet: Packet, part_pages: list[list]) -> tuple[bytes, list[dict]]:
    """Concatenate the pages of every part; returns the PDF bytes and the true sections."""
    writer = PdfWriter()
    sections = []
    page = 1
    for part, pages in zip(packet.parts, part_pages):
        n = len(pages)
        for p in pages:
            writer.add_page(p)
        sections.append({"type": part.doc.type, "first_page": page, "last_page": page + n - 1,
                         "scanned": part.scanned, "language": part.doc.language})
        page += n
    producer, creator = META[packet.producer]
    stamp = packet.when.strftime("D:%Y%m%d093000+01'00'")
    meta = {"/Producer": producer, "/Creator": creator, "/CreationDate": stamp, "/ModDate": stamp}
    if packet.title:
        meta["/Title"] = packet.title
    writer.add_metadata(meta)
    if packet.mode == "encrypt":
        # pypdf draws random file IDs (the RC4 key depends on the first): fix both for byte-identical rebuilds
        fixed = ByteStringObject(bytes.fromhex("5a3c9e01b27f44d8a6e1c0f3d9b85e27"))
        writer._ID = ArrayObject([fixed, fixed])
        writer.encrypt(user_password="ESOR-2024", owner_password="owner-" + packet.name, algorithm="RC4-128")
        writer._ID = ArrayObject([fixed, fixed])
    buf = io.BytesIO()
    writer.write(buf)
    data = buf.getvalue()
    if packet.mode == "truncate":
        data = data[: int(len(data) * 0.6)]
    return data, sections


def truth(packet: Packet, sections: list[dict]) -> dict:
    t: dict = {"programme": packet.programme}
    if packet.track:
        t["track"] = packet.track
    # The date the applicant assembled the packet: the reference date its date rules are checked at.
    t["as_of"] = packet.when.isoformat()
    t.update({
        "producer": packet.producer,
        "description": packet.description,
        "status": packet.status,
        "sections": [] if packet.mode else sections,
        "expected_findings": packet.expected,
    })
    return t


def write(packet: Packet, pdf: bytes, sections: list[dict], outdir: Path) -> None:
    d = outdir / packet.programme
    d.mkdir(parents=True, exist_ok=True)
    (d / f"{packet.name}.pdf").write_bytes(pdf)
    (d / f"{packet.name}.truth.json").write_text(json.dumps(truth(packet, sections), indent=2, ensure_ascii=False) + "\n",
                                                 encoding="utf-8")
