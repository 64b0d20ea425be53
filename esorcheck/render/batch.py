"""A batch for people: one aligned line per packet (``--quiet``) and the summary at the end (on stderr)."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.text import Text

from esorcheck.batch.jobs import Result
from esorcheck.findings import Severity
from esorcheck.render.terminal import VERDICT_STYLE

STATUSES = ("complete", "incomplete", "unverified", "unreadable")
STATUS_WIDTH = max(map(len, STATUSES))
SHOWN_NEEDING_ACTION = 20
SHOWN_FINDINGS = 5


def first_error(result: Result) -> tuple[str, str] | None:
    """The code and message of the report's first error."""
    error = next((f for f in result.report.findings if f.severity is Severity.ERROR), None)
    return (error.code, error.message) if error else None


def quiet_line(result: Result, file_width: int) -> Text:
    """'INCOMPLETE  received/a.pdf    2 errors   1 warning   document.missing', columns aligned over a batch."""
    report = result.report
    errors, warnings = report.count(Severity.ERROR), report.count(Severity.WARNING)
    error = first_error(result)
    tail = error[0] if error else (report.unverified_reason or "")
    line = Text.assemble(
        (f"{report.status.upper():<{STATUS_WIDTH}}", VERDICT_STYLE[report.status]),
        f"  {str(report.file):<{file_width}}",
        f"  {errors:>3} error{'s' if errors != 1 else ' '}  {warnings:>3} warning{'s' if warnings != 1 else ' '}",
        f"  {tail}",
    )
    line.rstrip()
    return line


def summary(results: list[Result], notices: int, skipped: int, seconds: float, noun: str, console: Console) -> None:
    """Counts, time taken, what needs action with its first error, the most frequent findings, how many not checked."""
    statuses = Counter(r.report.status for r in results)
    cached = sum(r.cached for r in results)
    counts = ", ".join(f"{statuses[s]} {s}" for s in STATUSES if statuses[s] or s != "unverified")
    from_cache = f"; {cached} from the cache" if cached else ""
    console.print(f"{len(results)} {noun} in {seconds:.1f} s{from_cache}: {counts}", highlight=False, soft_wrap=True)
    needing = [r for r in results if r.report.status != "complete"]
    if needing:
        console.print("Need action:", style="bold")
        for result in needing[:SHOWN_NEEDING_ACTION]:
            error = first_error(result)
            why = f"{error[0]}: {error[1]}" if error else (result.report.unverified_reason or "")
            console.print(Text.assemble("  ", (result.report.status.upper(), VERDICT_STYLE[result.report.status]),
                                        f"  {result.report.file}  {why}"), soft_wrap=True)
        if len(needing) > SHOWN_NEEDING_ACTION:
            console.print(f"  … and {len(needing) - SHOWN_NEEDING_ACTION} more", highlight=False)
    frequent = Counter(code for r in results for code in
                       dict.fromkeys(f.code for f in r.report.findings if f.severity is not Severity.INFO))
    if frequent:
        console.print(f"Most frequent findings ({noun} with each):", style="bold")
        for code, count in frequent.most_common(SHOWN_FINDINGS):
            console.print(f"  {count:>4}  {code}", highlight=False)
    if notices:
        console.print(f"{len(notices)} more not checked (listed above)", highlight=False)
    if skipped:
        console.print(f"skipped {skipped} hidden file{'s' if skipped != 1 else ''} or folder{'s' if skipped != 1 else ''} "
                      "(names starting with '.', __MACOSX)", style="dim", highlight=False)
