"""The report for people: header, section map, the call's checklist, eligibility, findings, and the verdict last.

The verdict ends the report, as pytest and ruff end with their summary: at
80x24 the last screen holds the findings and the verdict. rich drops colour
when output is piped or NO_COLOR is set; we also switch to ASCII table borders
then, and to ASCII marks where the output's encoding lacks ✔ and ✘. In a file
or a pipe lines are never wrapped nor padded: a viewer or a mail wraps them.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from typing import TextIO

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from esorcheck import __version__
from esorcheck.findings import Finding, Severity, pages_phrase
from esorcheck.pdf.pages import ocr_confidence_of
from esorcheck.render.cv import cv_block
from esorcheck.render.eligibility import eligibility_block
from esorcheck.render.fallback import is_utf
from esorcheck.render.passport import ocr_lines, passport_line
from esorcheck.report import PacketReport
from esorcheck.schema.documents import vocabulary
from esorcheck.split.language import language_name

VERDICT_STYLE = {"complete": "bold green", "incomplete": "bold red", "unverified": "bold yellow", "unreadable": "bold magenta"}
SEVERITY_STYLE = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
CV_VERDICT = {"complete": "the CV matches the ESOR template", "incomplete": "the CV does not match the ESOR template"}
SEVERITY_TITLE = {Severity.ERROR: "Errors", Severity.WARNING: "Warnings", Severity.INFO: "Notes"}
# Width for a file or a pipe: wide enough that no message is wrapped (the reader's viewer wraps).
UNWRAPPED = 4000
_TRAILING_SPACES = re.compile(r"[ \t]+((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)


class _Unpadded:
    """A text stream that writes lines without the spaces rich pads table cells with."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(_TRAILING_SPACES.sub(r"\1", text))

    def flush(self) -> None:
        self.stream.flush()

    def __getattr__(self, name):
        return getattr(self.stream, name)


def report_console(color: str = "auto", file: TextIO | None = None) -> Console:
    """The console the report is printed on, stdout unless ``file`` (--output): --color auto (rich's own test,
    NO_COLOR, FORCE_COLOR), always, never. Not on a terminal, lines are neither wrapped nor padded; in a file,
    without colours."""
    options = {"always": {"force_terminal": True}, "never": {"no_color": True}}.get(color, {})
    if file is not None:
        return Console(highlight=False, file=_Unpadded(file), width=UNWRAPPED, no_color=True)
    if sys.stdout.isatty():
        return Console(highlight=False, **options)
    return Console(highlight=False, file=_Unpadded(sys.stdout), width=UNWRAPPED, **options)


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _pages(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"


def _header(report: PacketReport) -> Group:
    programme = report.programme
    facts = [f"checked as of {report.as_of.isoformat()}{_as_of_reason(report)}"]
    if report.pages:
        facts.append(plural(report.pages, "page"))
    if report.size_bytes is not None:
        facts.append(f"{report.size_bytes / 1_000_000:.2f} MB")
    track = f", track {report.track}" if report.track else ""
    lines = [
        Text.assemble((f"{report.file}", "bold"), f"  (esorcheck {__version__})"),
        Text(f"Programme: {programme.title} ({programme.id}{track})" if programme else "CV checked on its own (esorcheck cv)"),
        Text(" · ".join(facts), style="dim"),
    ]
    if report.duplicates:
        lines.append(Text(f"Same file as: {', '.join(map(str, report.duplicates))} (checked once)", style="dim"))
    inference = report.track_inference
    if inference is not None and (inference.track or inference.contradiction):
        if inference.contradiction:
            said = "Track: the packet shows two tracks"
        elif report.track and inference.track != report.track:
            said = f"Track: the packet shows {inference.track}, not the chosen {report.track}"
        elif report.track:
            said = f"Track: {report.track}, as the packet shows"
        else:
            said = f"Track (no --track given): {inference.track}, inferred from the packet"
        lines.append(Text(f"{said} — {'; '.join(inference.evidence)}", style="dim" if inference.track == (report.track or inference.track) and not inference.contradiction else "yellow"))
    if report.unverified_reason:
        lines.append(Text(f"The packet {report.unverified_reason}", style="yellow"))
    elif report.unverified_pages:
        pages = report.unverified_pages
        lines.append(Text(f"Not verified: {pages_phrase(pages)} (scans without a text layer)", style="yellow"))
    lines += ocr_lines(report)
    return Group(*lines)


def _as_of_reason(report: PacketReport) -> str:
    """Why this reference date: the call's closing date once it has closed (the default), today, or --as-of."""
    closes = report.programme.dates.closes if report.programme else None
    if closes is not None and report.as_of == closes:
        return ", the call's closing date; use --as-of to change"
    return ", today" if report.as_of == dt.date.today() else ""


def _section_map(report: PacketReport, verbose: bool, ascii_only: bool) -> Table:
    """Each document found, by pages; --verbose adds how sure and why (the evidence), which a reader checks, not needs."""
    table = Table(title="Documents found", title_justify="left", box=box.ASCII if ascii_only else box.SIMPLE_HEAD)
    table.add_column("Pages", no_wrap=True)
    table.add_column("Document")
    table.add_column("Language", no_wrap=True)
    if verbose:
        table.add_column("Sure", justify="right", no_wrap=True)
        table.add_column("Why (the evidence)")
    vocab = vocabulary()
    for section in report.sections:
        if section.scanned:
            name, lang, conf = Text("scanned page(s), not read", style="yellow"), "—", "—"
        else:
            style = "yellow" if section.type == "unknown" else ""
            name = Text(vocab.label(section.type) if section.type != "unknown" else "unknown", style=style)
            if section.text_source in ("ocr", "mixed"):
                confidence = ocr_confidence_of(section.pages)
                name.append(f"\n(read by OCR{f', {confidence:.0%}' if confidence is not None else ''})", style="dim")
            lang = language_name(section.language) if section.language else "?"
            conf = f"{section.confidence:.2f}"
        row = [_pages(section.first_page, section.last_page), name, lang]
        if verbose:
            row += [conf, "\n".join(section.evidence)]
        table.add_row(*row)
    return table


def _checklist(report: PacketReport, ascii_only: bool) -> Table:
    table = Table(title="What the call asks for", title_justify="left", box=None, show_header=False, padding=(0, 1))
    table.add_column("")
    table.add_column("Document")
    table.add_column("Found")
    for item in report.checklist:
        if item.required == 0 and item.found == 0:
            mark, style = ("-" if ascii_only else "○"), "dim"
        elif item.ok:
            mark, style = ("OK" if ascii_only else "✔"), "green"
        else:
            mark, style = ("XX" if ascii_only else "✘"), "red"
        if not item.found:
            found = "not found (optional)" if item.required == 0 else "not found"
        else:
            found = pages_phrase(item.pages)
            if item.required > 1 or item.found > 1:
                found = f"{item.found} found ({item.required} required) — {found}"
        label = Text(item.label)
        for finding in item.problems:
            if finding.severity is not Severity.INFO:
                said = finding.message.removeprefix(f"{item.label}: ")
                label.append(f"\n  {said}", style=SEVERITY_STYLE[finding.severity])
        table.add_row(Text(mark, style=style), label, found)
    return table


def _hanging(lead: Text | str, text: Text) -> Table:
    """``lead`` then ``text``, whose wrapped lines keep the indent of its first line."""
    grid = Table.grid()
    grid.add_column(no_wrap=True)
    grid.add_column()
    grid.add_row(lead, text)
    return grid


def _finding_block(finding: Finding, verbose: bool, ascii_only: bool) -> Group:
    """Plain words first, where, and the code last in brackets; then the fix, the brightest line."""
    style = SEVERITY_STYLE[finding.severity]
    mark = {Severity.ERROR: ("✘", "XX"), Severity.WARNING: ("!", "!"), Severity.INFO: ("i", "i")}[finding.severity]
    said = Text(finding.message)
    if finding.pages and pages_phrase(finding.pages) not in finding.message:
        said.append(f" ({pages_phrase(finding.pages)})")
    said.append(f"  [{finding.code}]", style="dim")
    parts = [_hanging(Text(f"  {mark[1] if ascii_only else mark[0]} ", style=f"bold {style}"), said)]
    if finding.hint:
        parts.append(_hanging(Text("    fix: ", style="bold"), Text(finding.hint, style="bold")))
    if verbose:
        parts += [_hanging("    evidence: ", Text(item, style="dim")) for item in finding.evidence]
    return Group(*parts)


def _findings(report: PacketReport, verbose: bool, ascii_only: bool) -> list:
    """Errors, warnings, and with --verbose the notes; a blank line between blocks."""
    blocks: list = []
    for severity in Severity:
        if severity is Severity.INFO and not verbose:
            continue
        found = [f for f in report.findings if f.severity is severity]
        if not found:
            continue
        blocks.append(Text(f"{SEVERITY_TITLE[severity]} ({len(found)})", style=f"bold {SEVERITY_STYLE[severity]}"))
        for finding in found:
            blocks += [_finding_block(finding, verbose, ascii_only), Text()]
    return blocks


def verdict_line(report: PacketReport) -> Text:
    """'Verdict: INCOMPLETE — 1 error: the funding declaration is missing; 0 warnings': the last line, the reason in it."""
    status = report.status
    errors, warnings = report.count(Severity.ERROR), report.count(Severity.WARNING)
    first_error = next((f for f in report.findings if f.severity is Severity.ERROR), None)
    if status == "unreadable" and first_error:
        reason = first_error.message
    elif status == "unverified":
        reason = f"{report.unverified_reason}; {plural(warnings, 'warning')}"
    elif errors:
        reason = f"{plural(errors, 'error')}{':' if errors == 1 else ', the first:'} {first_error.message}; {plural(warnings, 'warning')}"
    elif status == "incomplete":  # --strict: the warnings block
        reason = f"{plural(warnings, 'warning')}, which count as errors with --strict"
    elif report.programme is None:
        reason = f"no error; {plural(warnings, 'warning')}"
    else:
        reason = f"every required document found, no error; {plural(warnings, 'warning')}"
    if report.programme is None and status in CV_VERDICT:  # esorcheck cv: a CV alone is not "complete"
        return Text.assemble(("Verdict: ", "bold"), (CV_VERDICT[status], VERDICT_STYLE[status]), f" — {reason}")
    return Text.assemble(("Verdict: ", "bold"), (status.upper(), VERDICT_STYLE[status]), f" — {reason}")


def render_terminal(report: PacketReport, console: Console, *, verbose: bool = False, quiet: bool = False) -> None:
    ascii_only = not console.is_terminal or console.no_color or not is_utf(console.file)
    if quiet:
        status = report.status
        why = report.unverified_reason or (report.findings[0].message if report.unreadable and report.findings else None)
        console.print(Text.assemble((status.upper(), VERDICT_STYLE[status]), f"  {report.file}", f" ({why})" if why else ""))
        return
    console.print(_header(report))
    if report.sections and report.programme:
        console.print()
        console.print(_section_map(report, verbose, ascii_only))
    if report.checklist:
        console.print(_checklist(report, ascii_only))
    if report.eligibility:
        console.print(eligibility_block(report.eligibility, ascii_only))
    if report.cv:
        console.print(cv_block(report.cv))
    if report.passport:
        console.print(passport_line(report.passport))
    console.print()
    for block in _findings(report, verbose, ascii_only):
        console.print(block)
    info = report.count(Severity.INFO)
    if info and not verbose:
        console.print(Text(f"({plural(info, 'note')} not shown; --verbose shows {'it' if info == 1 else 'them'})", style="dim"))
    console.print(verdict_line(report))
