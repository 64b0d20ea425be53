"""A batch as ``esorcheck check`` and ``esorcheck cv`` run it: where each report goes, the progress bar, the
summary, the exit code.

Machine formats (json, jsonl, csv) go to stdout or ``--output`` and nothing
else does. The progress bar is shown on a terminal only where it cannot mix
with the reports: the rich reports are printed through the bar's own
console (it moves the bar below each report), and with a machine format on
a terminal's stdout there is no bar. It never captures stdout.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from contextlib import ExitStack, closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import typer

from esorcheck.batch.cache import ResultCache
from esorcheck.batch.folder import ReportFolder
from esorcheck.batch.jobs import Job, Result, run_jobs
from esorcheck.batch.workers import Bounds
from esorcheck.errors import ExitCode, UsageError

if TYPE_CHECKING:
    from rich.console import Console

FORMATS_BY_SUFFIX = {".json": "json", ".jsonl": "jsonl", ".csv": "csv", ".txt": "rich", ".html": "html", ".htm": "html"}
# A batch exits with the first of these that applies, else 0.
EXIT_ORDER = (("incomplete", ExitCode.INCOMPLETE), ("unreadable", ExitCode.UNREADABLE), ("unverified", ExitCode.UNVERIFIED))


@dataclass(frozen=True)
class Settings:
    """How a batch's reports are written: the options of the command line that every packet shares."""
    output_format: str | None  # None: from --output's extension, else rich
    output: Path | None
    report_dir: Path | None
    force: bool
    quiet: bool
    verbose: bool
    workers: int
    bounds: Bounds
    cache_dir: Path | None
    no_cache: bool
    noun: str  # "packets" or "CVs"
    color: str = "auto"  # --color: auto, always, never


def output_format(settings: Settings) -> str:
    if settings.output_format:
        return settings.output_format
    if settings.output is None:
        return "rich"
    try:
        return FORMATS_BY_SUFFIX[settings.output.suffix.lower()]
    except KeyError:
        raise UsageError(f"--output {settings.output}: cannot tell the format from its extension",
                         hint="name it .csv, .jsonl, .json, .html or .txt, or give --format") from None


def run_batch(jobs: list[Job], notices: list[str], skipped: int, settings: Settings, stderr: Callable[[], Console]) -> None:
    """Check the jobs, write each report as it comes, summarise, and exit with the contract's code.

    ``stderr`` gives rich's console on stderr when something is to be said there: rich is not even imported
    for a report a script reads (JSON, CSV)."""
    fmt = output_format(settings)
    if settings.output and any(settings.output.resolve() == job.input.path.resolve() for job in jobs):
        raise UsageError(f"--output {settings.output} is a file being checked; esorcheck never writes over its input",
                         hint="write the reports to another file, e.g. -o report.html")
    if fmt == "json" and len(jobs) > 1:
        raise UsageError(f"--format json prints one {settings.noun[:-1]}, but {len(jobs)} were given",
                         hint=f"use --format jsonl (or csv) for several {settings.noun}")
    for notice in notices:
        stderr().print(f"esorcheck: not checked: {notice}", highlight=False, soft_wrap=True)
    folder = ReportFolder(settings.report_dir, [j.input.path for j in jobs], force=settings.force) if settings.report_dir else None
    cache = None if settings.no_cache else ResultCache(settings.cache_dir or default_cache_dir())
    results: list[Result] = []
    start = time.perf_counter()
    with ExitStack() as stack:
        out = stack.enter_context(_open_output(settings.output, fmt)) if settings.output else sys.stdout
        to_terminal = settings.output is None and sys.stdout.isatty()
        console = None
        if fmt == "rich":
            from esorcheck.render.terminal import report_console

            console = report_console(settings.color, None if settings.output is None else out)
        write = _writer(fmt, out, console, settings, jobs)
        progress = None
        if len(jobs) > 1 and not settings.quiet and stderr().is_terminal and (not to_terminal or fmt == "rich"):
            progress = stack.enter_context(_progress(len(jobs), console if to_terminal else stderr()))
        # Closed on the way out, also on Ctrl-C: the workers still running are killed with what they started.
        for result in stack.enter_context(closing(run_jobs(jobs, workers=settings.workers, bounds=settings.bounds, cache=cache))):
            results.append(result)
            write(result)
            if folder:
                folder.write(result.report, result.job.input.path, _terminal_renderer(settings.verbose))
            if progress:
                progress.advance(progress.task_ids[0])
        if isinstance(write, HtmlPage):
            write.finish()
    if len(jobs) > 1 and not (fmt != "rich" and settings.output is None):  # not when a script reads stdout
        from esorcheck.render.batch import summary

        summary(results, len(notices), skipped, time.perf_counter() - start, settings.noun, stderr())
    statuses = {r.report.status for r in results} | ({"unreadable"} if notices else set())
    for status, code in EXIT_ORDER:
        if status in statuses:
            raise typer.Exit(int(code))


def default_cache_dir() -> Path:
    from esorcheck.cachefiles import cache_dir

    return cache_dir() / "reports"


def _open_output(path: Path, fmt: str) -> TextIO:
    try:
        return open(path, "w", encoding="utf-8", newline="" if fmt == "csv" else None)
    except OSError as exc:
        raise UsageError(f"--output {path}: cannot write it ({exc.strerror})", hint="check the folder exists and is writable") from None


def _writer(fmt: str, out: TextIO, console: Console | None, settings: Settings, jobs: list[Job]):
    """The function that writes one result in ``fmt``."""
    if fmt == "html":
        return HtmlPage(out)
    if fmt == "csv":
        from esorcheck.render.csv import CsvWriter

        return CsvWriter(out).write
    if fmt in ("json", "jsonl"):
        from esorcheck.render.json import render_json, render_jsonl

        render = render_json if fmt == "json" else render_jsonl
        return lambda result: render(result.report, out)
    if settings.quiet:
        from esorcheck.render.batch import quiet_line

        width = max(len(str(job.input.path)) for job in jobs)
        return lambda result: console.print(quiet_line(result, width), soft_wrap=True)
    render = _terminal_renderer(settings.verbose)
    return lambda result: render(result.report, console)


def _terminal_renderer(verbose: bool):
    """render_terminal(report, console) at the chosen verbosity (rich imported on first use)."""
    from esorcheck.render.terminal import render_terminal

    return lambda report, console: render_terminal(report, console, verbose=verbose)


class HtmlPage:
    """--format html: one self-contained page, written once every report is in (one packet's page, or the batch's
    with its overview); the pictures of the pages come from the files checked."""

    def __init__(self, out: TextIO):
        self.out = out
        self.results: list[Result] = []

    def __call__(self, result: Result) -> None:
        self.results.append(result)

    def finish(self) -> None:
        from esorcheck.render.html import render_batch, render_html
        from esorcheck.render.thumbnails import page_thumbnails

        if not self.results:
            return
        files = {result.report.file: result.job.input.path for result in self.results}

        def thumbnails(file: Path) -> dict[int, str]:
            return page_thumbnails(files.get(file, file))

        reports = [result.report for result in self.results]
        self.out.write(render_html(reports[0], thumbnails) if len(reports) == 1 else render_batch(reports, thumbnails))
        self.out.flush()


def _progress(total: int, console: Console):
    """A transient progress bar on ``console``; it leaves stdout and stderr alone (no redirection)."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    progress = Progress(
        TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=True, redirect_stdout=False, redirect_stderr=False,
    )
    progress.add_task("checking", total=total)
    return progress
