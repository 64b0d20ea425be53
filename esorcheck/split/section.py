"""A document found in the packet: its pages, its type, how sure, why, and its language."""

from __future__ import annotations

from dataclasses import dataclass

from esorcheck.pdf.pages import Page, ocr_confidence_of, text_source_of


@dataclass(frozen=True)
class Section:
    """A page range the splitter took as one document, its type, confidence and evidence."""
    type: str
    pages: tuple[Page, ...]
    confidence: float
    evidence: tuple[str, ...]
    title: str | None = None
    language: str | None = None
    language_note: str | None = None  # why the language is undetermined

    @property
    def first_page(self) -> int:
        return self.pages[0].number

    @property
    def last_page(self) -> int:
        return self.pages[-1].number

    @property
    def page_numbers(self) -> list[int]:
        return [p.number for p in self.pages]

    @property
    def text_source(self) -> str:
        """"text-layer", "ocr", "mixed", or "none" (scans nothing could read)."""
        return text_source_of(self.pages)

    @property
    def scanned(self) -> bool:
        return self.text_source == "none"

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.pages)

    def to_dict(self) -> dict:
        return {
            "type": self.type,
            "first_page": self.first_page,
            "last_page": self.last_page,
            "confidence": round(self.confidence, 2),
            "language": self.language,
            "title": self.title,
            "evidence": list(self.evidence),
            "text_source": self.text_source,
            "ocr_confidence": ocr_confidence_of(self.pages),
        }
