"""Scanned pages: which pages OCR reads (``--ocr auto|always|never``), reading them, and the record of it.

auto reads the pages without usable text (pages.needs_ocr); always reads
every page; never reads none. The pages then carry Tesseract's text and
lines (text source "ocr") and the splitter, the language and the CV checks
read them like a text layer. A scan that cannot be read — Tesseract missing
or failing, OCR turned off, nothing legible — keeps text source "none": the
splitter leaves it unread and no check holds it against the applicant; the
run records why, for the report.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass, field

from esorcheck.findings import Finding, Severity
from esorcheck.pdf.pages import Page, apply_ocr, needs_ocr

MODES = ("auto", "always", "never")
OFF = "OCR was turned off (--ocr never)"
# What OCR text lacks is no proof that the page lacks it (a heading or value misread): such
# findings on OCR'd pages become notes. What OCR finds (a Europass heading, French text) stands.
ABSENCE_CODES = ("cv.section_missing", "cv.section_order", "cv.field_empty")


@dataclass(frozen=True)
class PageOcr:
    """One page given to OCR (or a scan left unread), as the report shows it."""

    page: int
    scan: bool  # the page had no usable text layer
    text_source: str  # "ocr", "text-layer" (kept its own) or "none" (unread)
    confidence: float | None
    words: int
    problem: str | None

    def to_dict(self) -> dict:
        return {
            "page": self.page,
            "scan": self.scan,
            "text_source": self.text_source,
            "confidence": None if self.confidence is None else round(self.confidence, 2),
            "words": self.words,
            "problem": self.problem,
        }


@dataclass
class OcrRun:
    mode: str
    engine: str | None = None  # "tesseract 5.3.0"
    languages: tuple[str, ...] = ()
    available: bool | None = None  # Tesseract found (True), missing (False), not looked for (None)
    unavailable: str | None = None  # why Tesseract could not run at all
    hint: str | None = None
    pages: list[PageOcr] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def scans(self) -> list[PageOcr]:
        return [p for p in self.pages if p.scan]

    def to_dict(self) -> dict:
        """The report's "ocr" object (additive to the contract)."""
        read = [p for p in self.pages if p.text_source == "ocr"]
        return {
            "mode": self.mode,
            "engine": self.engine,
            "languages": list(self.languages),
            "available": self.available,
            "problem": self.unavailable,
            "hint": self.hint,
            "pages": [p.to_dict() for p in self.pages],
            "seconds": round(self.seconds, 2),
            "seconds_per_page": round(self.seconds / len(read), 2) if read else None,
        }


def _record(page: Page, scan: bool) -> PageOcr:
    words = len(page.ocr.words) if page.ocr is not None else 0
    return PageOcr(page.number, scan, page.text_source, page.ocr_confidence, words, page.ocr_error)


def read_scans(document, pages: list[Page], mode: str = "auto") -> OcrRun:
    """OCR the pages ``mode`` asks for (in place) and return the record; never raises for want of Tesseract."""
    run = OcrRun(mode)
    scans = {p.number for p in pages if needs_ocr(p, "auto")}
    targets = [p for p in pages if needs_ocr(p, mode)]
    if mode == "never":
        for page in pages:
            if page.kind == "scanned":
                page.text_source, page.ocr_error = "none", OFF
        run.pages = [_record(p, True) for p in pages if p.number in scans]
        return run
    if not targets:
        return run
    from esorcheck.ocr import tesseract as ocr  # subprocess and thread pools, loaded only when a page needs them

    try:
        engine = ocr.find_engine()
    except ocr.OcrUnavailable as exc:
        run.available, run.unavailable, run.hint = False, exc.message, exc.hint
        for page in targets:
            page.ocr_error = exc.message
            if page.kind == "scanned":
                page.text_source = "none"
        run.pages = [_record(p, p.number in scans) for p in targets]
        return run
    run.available, run.engine, run.languages = True, engine.name, engine.languages
    start = time.perf_counter()
    results = ocr.read_pages(document, [p.number - 1 for p in targets], engine)
    run.seconds = time.perf_counter() - start
    for page in targets:
        apply_ocr(page, results[page.number - 1], replace_text=mode == "always")
    run.pages = [_record(p, p.number in scans) for p in targets]
    return run


def ocr_caveat(findings: list[Finding], pages: list[Page]) -> list[Finding]:
    """Findings of something absent on pages read by OCR, as notes (info) saying OCR may have missed it."""
    read = {p.number for p in pages if p.text_source == "ocr"}
    softened = []
    for finding in findings:
        if finding.code in ABSENCE_CODES and finding.severity is not Severity.INFO and read & set(finding.pages):
            finding = dataclasses.replace(
                finding, severity=Severity.INFO, message=f"{finding.message} (the page was read by OCR, which may have missed it)"
            )
        softened.append(finding)
    return softened
