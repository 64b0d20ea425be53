"""What a packet is: documents in order, each with its true type, language and expected page count."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Doc:
    type: str                 # document type of the report contract (or "unknown")
    html: str                 # the whole HTML page set that Chromium prints
    lang: str = "en"          # main language of the text (ISO 639-1)
    pages: int | None = None  # expected page count; the build fails if Chromium prints another number
    label: str = ""           # short human description, for the log
    last_page_has: str = ""   # text that must be on the document's last page (a signature that overflowed)
    empty_pages: tuple = ()   # 1-based pages inside this document that must carry no text at all


@dataclass
class Packet:
    programme: str
    name: str
    description: str
    docs: list
    status: str = "complete"
    expected_findings: list = field(default_factory=list)
    track: str | None = None
