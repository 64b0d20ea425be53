"""The HTML report: one self-contained page (no network, CSS and script inline, thumbnails as data URIs).

Rendered from Jinja2 templates with autoescaping on, so that every value read
from a PDF (titles, names, evidence) reaches the page as text, never as markup.
Like every renderer this only lays out what the report decided; the one thing
it reads besides the report is the PDF again, for the pictures of its pages.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

import jinja2
from markupsafe import Markup

from esorcheck import __version__
from esorcheck.findings import Finding, Severity, page_span, pages_phrase
from esorcheck.pdf.pages import ocr_confidence_of
from esorcheck.render.cv import cv_rows, cv_title
from esorcheck.render.thumbnails import page_thumbnails
from esorcheck.report import PacketReport
from esorcheck.schema.documents import vocabulary

# Marks said in symbols and words as well as colour: colour is never the only signal.
SEVERITY_MARK = {Severity.ERROR: "✘", Severity.WARNING: "⚠", Severity.INFO: "ℹ"}
STATUS_WORDS = {
    "complete": "every required document was found and no error stands",
    "incomplete": "at least one error must be fixed before submitting",
    "unverified": "some pages could not be read, so the packet could not be fully checked",
    "unreadable": "the file itself could not be checked",
}
STATUS_MARK = {"complete": "✔", "incomplete": "✘", "unverified": "?", "unreadable": "✘"}
ELIGIBILITY_MARK = {"ok": ("✔", "met"), "failed": ("✘", "not met"), "undetermined": ("?", "could not determine")}

Thumbnails = Callable[[Path], dict[int, str]]


@dataclass(frozen=True)
class PageView:
    """One page of the HTML report: its picture and the findings that name it."""
    number: int
    thumbnail: str | None  # a data URI, None where the page could not be pictured
    findings: tuple[Finding, ...]  # the errors and warnings that name this page

    @property
    def worst(self) -> Severity | None:
        return min((f.severity for f in self.findings), key=list(Severity).index, default=None)


@dataclass(frozen=True)
class DocumentView:
    """One section of the packet as the strip shows it: a label and its pages."""

    label: str
    type: str
    language: str | None
    confidence: float | None  # None: a scan nothing could read
    read_by: str  # "text layer", "OCR, 81%", "not read"
    evidence: tuple[str, ...]
    pages: tuple[PageView, ...]


@dataclass(frozen=True)
class PacketView:
    """What the template needs of one report, besides the report itself."""

    anchor: str  # the id of its section in the page
    report: PacketReport
    documents: tuple[DocumentView, ...]
    cv_title: str | None
    cv_rows: tuple[tuple[str, str, str | None], ...]

    @property
    def applicant(self) -> str | None:
        return self.report.cv.applicant if self.report.cv else None

    @property
    def first_error(self) -> Finding | None:
        return next((f for f in self.report.findings if f.severity is Severity.ERROR), None)

    @property
    def needs_action(self) -> bool:
        return self.report.status != "complete"


def render_html(report: PacketReport, thumbnails: Thumbnails = page_thumbnails) -> str:
    """One packet's report as a self-contained HTML page."""
    view = packet_view(report, "packet", thumbnails)
    return _template("packet.html.j2").render(packet=view, **_page_context(f"esorcheck: {report.file.name}"))


def render_batch(reports: Sequence[PacketReport], thumbnails: Thumbnails = page_thumbnails) -> str:
    """Several packets in one page: an overview table (sortable, filterable to those needing action) linking to
    each packet's own section below it."""
    views = [packet_view(report, f"packet-{n}", thumbnails) for n, report in enumerate(reports, 1)]
    counts = {s: sum(1 for v in views if v.report.status == s) for s in STATUS_WORDS}
    return _template("batch.html.j2").render(
        packets=views, counts=counts, **_page_context(f"esorcheck: {len(views)} packets"))


def packet_view(report: PacketReport, anchor: str, thumbnails: Thumbnails = page_thumbnails) -> PacketView:
    pictures = thumbnails(report.file) if report.sections else {}
    marks: dict[int, list[Finding]] = {}
    for finding in report.findings:
        if finding.severity is not Severity.INFO:
            for page in finding.pages:
                marks.setdefault(page, []).append(finding)
    vocab = vocabulary()
    documents = []
    for section in report.sections:
        if section.scanned:
            read_by, confidence = "not read (a scan without text)", None
        elif section.text_source in ("ocr", "mixed"):
            ocr = ocr_confidence_of(section.pages)
            read_by, confidence = "OCR" + (f", {ocr:.0%}" if ocr is not None else ""), section.confidence
        else:
            read_by, confidence = "text layer", section.confidence
        label = vocab.label(section.type) if section.type != "unknown" else "Unknown pages"
        pages = tuple(PageView(n, pictures.get(n), tuple(marks.get(n, ()))) for n in section.page_numbers)
        documents.append(DocumentView(label, section.type, section.language, confidence, read_by, section.evidence, pages))
    cv = report.cv
    return PacketView(anchor, report, tuple(documents), cv_title(cv) if cv else None, tuple(cv_rows(cv)) if cv else ())


def _page_context(title: str) -> dict:
    script = _static("report.js")
    return {
        "title": title,
        "version": __version__,
        "style": Markup(_static("report.css")),
        "script": Markup(script),
        # Only this page's own script and styles run, and nothing is fetched: the report works offline and a
        # value that slipped through escaping could still not load or run anything.
        "csp": f"default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src '{_sha256(script)}'",
        "severity_mark": SEVERITY_MARK,
        "status_words": STATUS_WORDS,
        "status_mark": STATUS_MARK,
        "Severity": Severity,
        "eligibility_mark": ELIGIBILITY_MARK,
        "pages_phrase": pages_phrase,
        "page_span": page_span,
        "label": vocabulary().label,
    }


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


@cache
def _static(name: str) -> str:
    return files("esorcheck.render").joinpath("templates", name).read_text(encoding="utf-8")


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("esorcheck.render", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _template(name: str) -> jinja2.Template:
    return _environment().get_template(name)
