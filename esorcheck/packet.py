"""Everything a check may read about one packet, gathered once by the checker."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from esorcheck.pdf.open import PacketFile
from esorcheck.pdf.pages import Page
from esorcheck.schema.programmes import Programme
from esorcheck.split import Section, unread_pages

if TYPE_CHECKING:
    from esorcheck.cv import CvComparison
    from esorcheck.readings.facts import PacketFacts
    from esorcheck.readings.passport import Passport
    from esorcheck.ocr import OcrRun


@dataclass
class Packet:
    file: PacketFile
    pages: list[Page]
    sections: list[Section]
    programme: Programme | None  # None: a CV checked on its own ('esorcheck cv')
    track: str | None
    as_of: dt.date
    cv: CvComparison | None = None  # the CV compared with the template, once (checker.py)
    ocr: OcrRun | None = None  # which pages OCR read, or why it could not (checker.py)
    passport: Passport | None = None  # the passport copy's machine-readable zone, read once (checker.py)
    facts: PacketFacts | None = None  # what the letters, certificates and lists say, read once (checker.py)

    def sections_of(self, type_: str) -> list[Section]:
        return [s for s in self.sections if s.type == type_]

    @property
    def unread_pages(self) -> list[int]:
        """Pages whose content could not be read (scans without OCR): nothing can be said of them.

        Scans that OCR read but that fit no document count too: a poor scan's
        OCR text is no proof that a document is absent.
        """
        unfit = {n for s in self.sections if s.type == "unknown" and s.text_source == "ocr" for n in s.page_numbers}
        return sorted(set(unread_pages(self.sections)) | unfit)
