"""A document's lines in reading order, as the letter and certificate readings go through them."""

from __future__ import annotations

from dataclasses import dataclass

from esorcheck.pdf.pages import Line
from esorcheck.schema.documents import vocabulary
from esorcheck.split.section import Section

# Lines this low on a page, and this short, are running footers ("Page 1 of 2", "- 1 -").
FOOTER_TOP = 0.92
FOOTER_WORDS = 8


@dataclass(frozen=True)
class TextLine:
    """A printed line with the page it is on."""
    page: int
    line: Line

    @property
    def text(self) -> str:
        return self.line.text



def text_lines(section: Section) -> list[TextLine]:
    """The section's lines in reading order, running footers and page numbers left out."""
    numbering = vocabulary().page_numbering
    found = []
    for page in section.pages:
        for line in page.lines:
            if line.top >= FOOTER_TOP and len(line.text.split()) <= FOOTER_WORDS:
                continue
            if len(line.text.split()) <= FOOTER_WORDS and any(p.regex.search(line.text) for p in numbering):
                continue
            found.append(TextLine(page.number, line))
    return found
