"""What was asked (the call, the options) and what the stages found: the one value every rule reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from esorcheck.pdf.open import PacketFile
from esorcheck.pdf.pages import Page

# Tesseract's mean word confidence (0–1) below which what OCR read on a page proves nothing absent from it.
POOR_OCR = 0.5

if TYPE_CHECKING:
    from esorcheck.cv import CvComparison, CvTemplate
    from esorcheck.ocr import OcrRun
    from esorcheck.readings import Readings
    from esorcheck.readings.funding import TrackInference
    from esorcheck.readings.letters import LetterFacts
    from esorcheck.readings.passport import Passport
    from esorcheck.schema.programmes import Programme, RequiredDocument
    from esorcheck.split.section import Section


@dataclass(frozen=True)
class Request:
    """The check asked for: against which call (None: a CV on its own, 'esorcheck cv') and how."""

    programme: Programme | None
    as_of: dt.date
    track: str | None = None
    strict: bool = False
    ocr: str = "auto"  # --ocr: auto, always, never
    cv_template: CvTemplate | None = None  # --cv-template; None: the shipped ESOR template


@dataclass(frozen=True)
class Packet:
    """One packet as the stages read it: its file, pages, the OCR run, its documents and what they say."""

    request: Request
    file: PacketFile
    pages: tuple[Page, ...]
    ocr: OcrRun
    sections: tuple[Section, ...]
    readings: Readings

    @property
    def programme(self) -> Programme | None:
        return self.request.programme

    @property
    def track(self) -> str | None:
        return self.request.track

    @property
    def as_of(self) -> dt.date:
        return self.request.as_of

    @property
    def cv_template(self) -> CvTemplate:
        """The CV template of this check (--cv-template, else the shipped ESOR one)."""
        from esorcheck.schema.cv import reference_template

        return self.request.cv_template or reference_template()

    @property
    def cv(self) -> CvComparison | None:
        return self.readings.cv

    @property
    def passport(self) -> Passport | None:
        return self.readings.passport

    def sections_of(self, type_: str) -> list[Section]:
        return [s for s in self.sections if s.type == type_]

    def marked_letters(self, flag: str) -> Iterator[tuple[RequiredDocument, Section, LetterFacts | None]]:
        """Each section of the documents the call marks with ``flag`` ("signed", "addressed_to_committee"),
        with what was read of it (None: a scan that could not be read)."""
        for doc in self.programme.documents:
            if getattr(doc, flag):
                for section in self.sections_of(doc.type):
                    yield doc, section, self.readings.letter_at(section)

    def read_by_ocr(self, pages: Iterable[int]) -> bool:
        """Whether any of these pages' text is Tesseract's."""
        wanted = set(pages)
        return any(p.text_source == "ocr" for p in self.pages if p.number in wanted)

    def cv_value(self, key: str) -> tuple[object, int | None]:
        """A value the CV comparison extracted and its page; (None, None) without a CV in the template."""
        return self.cv.value(key) if self.cv is not None else (None, None)

    @cached_property
    def track_inference(self) -> TrackInference | None:
        """The track the packet shows (its funding declaration and motivation letter), where the call has
        funding tracks; None elsewhere. Read whether or not --track was given, to compare."""
        if self.programme is None or not self.programme.funding:
            return None
        from esorcheck.readings.funding import infer_track

        readings = self.readings
        return infer_track(self.programme.funding, readings.funding, readings.funding_statement, readings.applicant)

    @cached_property
    def unread_pages(self) -> list[int]:
        """Pages whose content could not be read: scans nothing could read; scans OCR read that fit no document
        (a poor scan's OCR text is no proof that a document is absent; nor is the text another program's OCR hid
        under a scan, or a text layer that is no text, where Tesseract could not read it again); scans OCR read
        that were taken into a
        document begun on another page, in the middle of text pages (a separate document poorly read), and scans
        read with little confidence (below ``POOR_OCR``) outside a passport copy. The rules, the JSON
        ``unverified_pages`` and the terminal all use this one list."""
        unread = set()
        for s in self.sections:
            ocr_text = all(p.text_source == "ocr" or p.hidden_text or p.garbled_text for p in s.pages)
            if s.scanned or (s.type == "unknown" and ocr_text):
                unread.update(s.page_numbers)
                continue
            for n, page in enumerate(s.pages):
                if page.text_source != "ocr":
                    continue
                joined = n > 0 and s.text_source == "mixed"
                poor = page.ocr_confidence is not None and page.ocr_confidence < POOR_OCR and s.type != "passport_copy"
                if joined or poor:
                    unread.add(page.number)
        return sorted(unread)
