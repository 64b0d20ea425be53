"""The report for people: header, section map, the call's checklist, findings by severity.

rich drops colour by itself when output is piped or NO_COLOR is set; we also
switch to ASCII table borders then, so that the text reads in any viewer.
"""

from __future__ import annotations

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from esorcheck import __version__
from esorcheck.findings import Severity, page_span, pages_phrase
from esorcheck.pdf.pages import ocr_confidence_of
from esorcheck.render.cv import cv_block
from esorcheck.render.eligibility import eligibility_block
from esorcheck.render.passport import ocr_lines, passport_line
from esorcheck.report import PacketReport
from esorcheck.schema.documents import vocabulary

VERDICT_STYLE = {"complete": "bold green", "incomplete": "bold red", "unverified": "bold yellow", "unreadable": "bold magenta"}
SEVERITY_STYLE = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _pages(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"


def _header(report: PacketReport) -> Group:
    programme = report.programme
    status = report.status
    errors, warnings = report.count(Severity.ERROR), report.count(Severity.WARNING)
    verdict = Text.assemble(
        ("Verdict: ", "bold"),
        (status.upper(), VERDICT_STYLE[status]),
        f" — {errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}",
        " (--strict: warnings count)" if report.strict else "",
    )
    facts = [f"checked as of {report.as_of.isoformat()}"]
    if report.pages:
        facts.append(f"{report.pages} page{'s' if report.pages != 1 else ''}")
    if report.size_bytes is not None:
        facts.append(f"{report.size_bytes / 1_000_000:.2f} MB")
    track = f", track {report.track}" if report.track else ""
    lines = [
        Text.assemble((f"{report.file}", "bold"), f"  (esorcheck {__version__})"),
        Text(f"Programme: {programme.title} ({programme.id}{track})" if programme else "CV checked on its own (esorcheck cv)"),
        Text(" · ".join(facts), style="dim"),
        verdict,
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
        lines.insert(2, Text(f"{said} — {'; '.join(inference.evidence)}", style="dim" if inference.track == (report.track or inference.track) and not inference.contradiction else "yellow"))
    if report.unverified_reason:
        lines.append(Text(f"The packet {report.unverified_reason}", style="yellow"))
    elif report.unverified_pages:
        pages = report.unverified_pages
        lines.append(Text(f"Not verified: {pages_phrase(pages)} (scans without a text layer)", style="yellow"))
    lines += ocr_lines(report)
    return Group(*lines)


def _section_map(report: PacketReport, verbose: bool, ascii_only: bool) -> Table:
    table = Table(title="Documents found", title_justify="left", box=box.ASCII if ascii_only else box.SIMPLE_HEAD, expand=True)
    table.add_column("Pages", no_wrap=True)
    table.add_column("Document", ratio=2)
    table.add_column("Lang", no_wrap=True)
    table.add_column("Conf.", justify="right", no_wrap=True)
    table.add_column("Why", ratio=3)
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
            lang = section.language or "?"
            conf = f"{section.confidence:.2f}"
        evidence = section.evidence if verbose else section.evidence[:1]
        table.add_row(_pages(section.first_page, section.last_page), name, lang, conf, "\n".join(evidence))
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
                label.append(f"\n  {finding.message}", style=SEVERITY_STYLE[finding.severity])
        table.add_row(Text(mark, style=style), label, found)
    return table


def _findings(report: PacketReport, verbose: bool) -> list[Text]:
    lines: list[Text] = []
    for severity in Severity:
        if severity is Severity.INFO and not verbose:
            continue
        found = [f for f in report.findings if f.severity is severity]
        if not found:
            continue
        lines.append(Text(f"{severity.value.upper()}S ({len(found)})", style=f"bold {SEVERITY_STYLE[severity]}"))
        for finding in found:
            where = f" [p. {page_span(finding.pages)}]" if finding.pages else ""
            lines.append(Text.assemble("  ", (finding.code, SEVERITY_STYLE[severity]), f"  {finding.message}{where}"))
            if finding.hint:
                lines.append(Text(f"      fix: {finding.hint}", style="dim"))
            if verbose:
                for item in finding.evidence:
                    lines.append(Text(f"      evidence: {item}", style="dim"))
    return lines


def render_terminal(report: PacketReport, console: Console, *, verbose: bool = False, quiet: bool = False) -> None:
    ascii_only = not console.is_terminal or console.no_color
    if quiet:
        status = report.status
        reason = f" ({report.unverified_reason})" if report.unverified_reason else ""
        console.print(Text.assemble((status.upper(), VERDICT_STYLE[status]), f"  {report.file}{reason}"))
        return
    console.print(_header(report))
    if report.sections:
        console.print()
        console.print(_section_map(report, verbose, ascii_only))
    if report.checklist:
        console.print(_checklist(report, ascii_only))
    if report.eligibility:
        console.print(eligibility_block(report.eligibility, ascii_only))
    if report.cv:
        console.print(cv_block(report.cv, ascii_only))
    if report.passport:
        console.print(passport_line(report.passport))
    findings = _findings(report, verbose)
    if findings:
        console.print()
        for line in findings:
            console.print(line)
    info = report.count(Severity.INFO)
    if info and not verbose:
        console.print(Text(f"({info} informational note{'s' if info != 1 else ''}; --verbose shows them)", style="dim"))
    console.print()
