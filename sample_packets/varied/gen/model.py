"""What a varied packet is: documents, each with the tool that makes it and the truth it carries."""
from __future__ import annotations

from dataclasses import dataclass, field

from builder import model as m
from gen.blocks import Extras

CLASSES = ["cv-any-make", "letter-any-language", "language-every-section", "multi-page", "publication-shape",
           "content-over-order", "cover-page"]


@dataclass
class Part:
    doc: m.Document
    maker: str = "reportlab"      # reportlab | libreoffice | pandoc-docx | pandoc-odt | pandoc-html | chromium |
                                  # groff | typst | fpdf2 | word-header
    paper: str = ""               # "" | scan | photo: printed, then scanned or photographed (no text layer)
    extras: Extras = field(default_factory=Extras)
    pages: int | None = None      # the page count the build must see
    acceptable_types: list[str] = field(default_factory=list)
    acceptable_languages: list[str] = field(default_factory=list)
    page_has: dict[int, str] = field(default_factory=dict)   # words that must be on a page (1-based) of the document
    page_lacks: dict[int, str] = field(default_factory=dict)  # words that must not be there


@dataclass
class Packet:
    programme: str
    name: str
    classes: list[str]
    description: str
    parts: list[Part]
    status: str = "complete"
    expected: list[str] = field(default_factory=list)
    track: str = ""

    def __post_init__(self):
        unknown = set(self.classes) - set(CLASSES)
        if unknown:
            raise ValueError(f"{self.name}: unknown classes {unknown}")
        if any(code for code in self.expected if code in ERROR_CODES) and self.status != "incomplete":
            raise ValueError(f"{self.name}: an error-level finding is expected, so the status must be incomplete")

    @property
    def producers(self) -> list[str]:
        return sorted({p.maker + (f"+{p.paper}" if p.paper else "") for p in self.parts})


ERROR_CODES = {"document.missing", "document.too_few", "document.order", "language.not_english", "cv.not_esor_template",
               "cv.section_missing", "eligibility.age", "eligibility.certification", "eligibility.residence",
               "eligibility.language_level", "eligibility.membership", "recommendation.same_author",
               "funding.track_mismatch", "passport.mrz_invalid", "passport.expired"}
