"""The command line: a thin layer that parses options, calls the checker core and renders.

Exit codes (the README's contract): 0 complete, 1 incomplete, 2 usage error,
3 could not be checked at all, 4 not fully checked (unverified); a batch exits
with the first that applies of 1, 3, 4, 0.
"""

from __future__ import annotations

import datetime as dt
import sys
from contextlib import nullcontext
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Annotated, Optional

import typer

from esorcheck import __version__
from esorcheck.errors import EsorcheckError, ExitCode, UsageError
from esorcheck.schema.programmes import Programme, all_programmes, get_programme

app = typer.Typer(
    help="Check an ESOR fellowship application packet (one PDF) before it is submitted. Runs fully offline.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode="rich",
)
programmes_app = typer.Typer(help="The ESOR calls esorcheck knows, and what each one asks for.", invoke_without_command=True)
app.add_typer(programmes_app, name="programmes")
template_app = typer.Typer(help="The ESOR CV template: import the office's own blank form.", no_args_is_help=True)
app.add_typer(template_app, name="template")



@cache
def _stderr():
    """rich's console on stderr, for messages and progress; rich is imported only where people read the output."""
    from rich.console import Console

    return Console(stderr=True)


class OutputFormat(str, Enum):
    rich = "rich"
    json = "json"
    jsonl = "jsonl"
    html = "html"


class OcrMode(str, Enum):
    """--ocr: which pages Tesseract reads (scanned.MODES)."""

    auto = "auto"
    always = "always"
    never = "never"


OcrOption = Annotated[
    OcrMode,
    typer.Option("--ocr", help="OCR with Tesseract, offline: auto reads pages without usable text (scans); always every page; never none."),
]


def _collect_pdfs(paths: list[Path]) -> list[Path]:
    """The files to check: each file as given, each folder's PDFs (recursively, sorted)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf")
            if not found:
                raise UsageError(f"{path}: the folder holds no PDF files", hint="give a folder of .pdf files")
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            raise UsageError(f"{path}: no such file or folder", hint="check the path")
    return files


def _parse_date(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--as-of {value!r} is not a date", hint="write it as YYYY-MM-DD, e.g. --as-of 2026-03-01") from None


def _check_track(programme: Programme, track: str | None) -> None:
    if track is None:
        return
    if not programme.tracks:
        raise UsageError(f"{programme.id} has no tracks, but --track {track} was given", hint="leave out --track")
    if track not in programme.tracks:
        raise UsageError(f"{programme.id} has no track {track!r}", hint=f"choose one of: {', '.join(programme.tracks)}")


EXAMPLES = """
[bold]Examples[/]

  esorcheck check my-application.pdf --programme aim-china --track self-funded

  esorcheck check received/ --programme exchange-fellowship --format jsonl > results.jsonl

  esorcheck check packet.pdf -p icm-oncologic-imaging --format json --as-of 2023-02-10 | jq .status

Exit codes: 0 complete, 1 incomplete (an error found), 2 usage error, 3 could not be read, 4 not fully checked (unread pages may hold a required document).
"""


@app.command(epilog=EXAMPLES)
def check(
    paths: Annotated[list[Path], typer.Argument(help="Packet PDF(s), or folders of them.", show_default=False)],
    programme_id: Annotated[
        str, typer.Option("--programme", "-p", help="The call applied to (see 'esorcheck programmes').", show_default=False)
    ],
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="rich: for people; json: one object; jsonl: one object per line, per packet; html: one self-contained page.")] = OutputFormat.rich,
    output: OutputOption = None,
    track: Annotated[Optional[str], typer.Option(help="The track chosen, where the call has tracks (e.g. self-funded, sponsored).")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Warnings count as errors (exit 1).")] = False,
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="Reference date for date rules, YYYY-MM-DD.", show_default="today")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="One verdict line per packet.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="All evidence and informational notes.")] = False,
    cv_template: CvTemplateOption = None,
    ocr: OcrOption = OcrMode.auto,
) -> None:
    """Check packet PDFs against a programme's rules and print a report."""
    from esorcheck.checker import check_packet
    from esorcheck.cv import load_template

    programme = get_programme(programme_id)
    _check_track(programme, track)
    reference_date = _parse_date(as_of)
    template = load_template(cv_template) if cv_template else None
    files = _collect_pdfs(paths)
    _check_files(
        files, output_format, quiet=quiet, verbose=verbose, noun="packets", output=output,
        check_one=lambda path: check_packet(path, programme, as_of=reference_date, track=track, strict=strict, cv_template=template, ocr=ocr.value),
    )


OutputOption = Annotated[
    Optional[Path],
    typer.Option("--output", "-o", help="Write the report to this file instead of stdout (e.g. -o report.html).", show_default=False),
]

CvTemplateOption = Annotated[
    Optional[Path],
    typer.Option("--cv-template", help="A CV template imported with 'esorcheck template import' (default: the shipped ESOR template).", show_default=False),
]


def _progress(total: int):
    """A progress bar on stderr for a batch (rich, imported only then)."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    progress = Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=_stderr(), transient=True,
    )
    progress.add_task("checking", total=total)
    return progress


def _check_files(files: list[Path], output_format: OutputFormat, *, quiet: bool, verbose: bool, noun: str, check_one,
                 output: Path | None = None) -> None:
    """Check each file, render its report, and exit with the contract's code."""
    from esorcheck.render.json import render_json, render_jsonl

    if output_format is OutputFormat.json and len(files) > 1:
        raise UsageError(f"--format json prints one {noun[:-1]}, but {len(files)} were given", hint=f"use --format jsonl for several {noun}")
    if output is not None and output_format is not OutputFormat.html:
        raise UsageError("--output writes the HTML report", hint="add --format html, or redirect the output with >")
    stdout = None
    if output_format is OutputFormat.rich:
        from rich.console import Console

        stdout = Console(highlight=False)
    statuses = []
    reports = []
    show_progress = len(files) > 1 and sys.stderr.isatty() and not quiet
    with _progress(len(files)) if show_progress else nullcontext() as progress:
        for path in files:
            if progress:
                progress.update(progress.task_ids[0], description=f"checking {path.name[:40]}")
            report = check_one(path)
            statuses.append(report.status)
            if output_format is OutputFormat.json:
                render_json(report, sys.stdout)
            elif output_format is OutputFormat.jsonl:
                render_jsonl(report, sys.stdout)
            elif output_format is OutputFormat.html:
                reports.append(report)
            else:
                from esorcheck.render.terminal import render_terminal

                render_terminal(report, stdout, verbose=verbose, quiet=quiet)
            if progress:
                progress.advance(progress.task_ids[0])
    if output_format is OutputFormat.html:
        _write_html(reports, output)
    if output_format is OutputFormat.rich and len(files) > 1:
        counts = {s: statuses.count(s) for s in ("complete", "incomplete", "unverified", "unreadable")}
        stdout.print(f"{len(files)} {noun}: " + ", ".join(f"{n} {s}" for s, n in counts.items() if n or s != "unverified"))
    for status, code in (("incomplete", ExitCode.INCOMPLETE), ("unreadable", ExitCode.UNREADABLE), ("unverified", ExitCode.UNVERIFIED)):
        if status in statuses:
            raise typer.Exit(int(code))


def _write_html(reports: list, output: Path | None) -> None:
    """One packet's page, or the batch page with its overview, to ``output`` or stdout."""
    from esorcheck.render.html import render_batch, render_html

    page = render_html(reports[0]) if len(reports) == 1 else render_batch(reports)
    if output is None:
        sys.stdout.write(page)
        return
    try:
        output.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {output} ({exc.strerror})", hint="check the folder exists and is writable") from None
    _stderr().print(f"wrote {output}", highlight=False)


CV_EXAMPLES = """
[bold]Examples[/]

  esorcheck cv my-cv.pdf

  esorcheck cv my-cv.pdf --format json | jq .cv

  esorcheck cv my-cv.pdf --cv-template esor-cv-2027.yaml

Exit codes: 0 the CV is the template with every required section (warnings allowed), 1 an error found, 2 usage error, 3 could not be read.
"""


@app.command(epilog=CV_EXAMPLES)
def cv(
    paths: Annotated[list[Path], typer.Argument(help="CV PDF(s), or folders of them.", show_default=False)],
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="rich: for people; json: one object; jsonl: one object per line, per CV.")] = OutputFormat.rich,
    cv_template: CvTemplateOption = None,
    strict: Annotated[bool, typer.Option("--strict", help="Warnings count as errors (exit 1).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="One verdict line per CV.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="All evidence and informational notes.")] = False,
    ocr: OcrOption = OcrMode.auto,
) -> None:
    """Check a CV on its own against the ESOR CV template, before it is merged into the packet."""
    from esorcheck.checker import check_cv
    from esorcheck.cv import load_template

    template = load_template(cv_template) if cv_template else None
    today = dt.date.today()
    _check_files(
        _collect_pdfs(paths), output_format, quiet=quiet, verbose=verbose, noun="CVs",
        check_one=lambda path: check_cv(path, as_of=today, cv_template=template, strict=strict, ocr=ocr.value),
    )


SPLIT_EXAMPLES = """
[bold]Examples[/]

  esorcheck split my-application.pdf -p aim-china -o documents/

  esorcheck assemble cv.pdf letter.pdf ref1.pdf ref2.pdf passport.jpg -p aim-china -o application.pdf

  esorcheck assemble cv.pdf letter.pdf scan.png --as board_certificate=scan.png -p exchange-fellowship -o application.pdf

  esorcheck reorder my-application.pdf -p aim-china -o fixed.pdf
"""


ProgrammeOption = Annotated[str, typer.Option("--programme", "-p", help="The call applied to (see 'esorcheck programmes').", show_default=False)]
TrackOption = Annotated[Optional[str], typer.Option(help="The track chosen, where the call has tracks.")]
PacketArgument = Annotated[Path, typer.Argument(help="The packet PDF.", show_default=False)]


@app.command(epilog=SPLIT_EXAMPLES)
def split(
    packet: PacketArgument,
    programme_id: ProgrammeOption,
    output: Annotated[Path, typer.Option("--output", "-o", help="The folder to write the documents and manifest.json to.", show_default=False)],
    force: Annotated[bool, typer.Option("--force", help="Replace files already in the folder.")] = False,
    track: TrackOption = None,
    ocr: OcrOption = OcrMode.auto,
) -> None:
    """Write each document of a packet as its own PDF (01-cv.pdf, 02-motivation_letter.pdf …), pages as they are."""
    from esorcheck.assemble import split_into_files
    from esorcheck.findings import pages_phrase

    report = _checked_one(packet, programme_id, track, ocr)
    for part in split_into_files(report, output, force=force):
        section = part.section
        _stderr().print(f"wrote {output / part.name}  ({pages_phrase(section.page_numbers)}, "
                        f"confidence {section.confidence:.2f})", highlight=False)
    _stderr().print(f"wrote {output / 'manifest.json'}", highlight=False)


@app.command(epilog=SPLIT_EXAMPLES)
def reorder(
    packet: PacketArgument,
    programme_id: ProgrammeOption,
    output: Annotated[Path, typer.Option("--output", "-o", help="The reordered packet to write (never the input).", show_default=False)],
    force: Annotated[bool, typer.Option("--force", help="Replace the output file if it exists.")] = False,
    track: TrackOption = None,
    ocr: OcrOption = OcrMode.auto,
) -> None:
    """Put a packet's documents in the call's order, with a bookmark each, and check the result."""
    from esorcheck.assemble import reorder as reorder_packet

    reorder_packet(_checked_one(packet, programme_id, track, ocr), output, force=force)
    _check_written(output, programme_id, track, ocr)


@app.command(epilog=SPLIT_EXAMPLES)
def assemble(
    files: Annotated[list[Path], typer.Argument(help="The separate documents: PDFs, and JPEG/PNG scans.", show_default=False)],
    programme_id: ProgrammeOption,
    output: Annotated[Path, typer.Option("--output", "-o", help="The packet to write.", show_default=False)],
    stated: Annotated[Optional[list[str]], typer.Option("--as", help="TYPE=FILE: what a file is, where it cannot be told (e.g. --as passport_copy=scan.jpg).", show_default=False)] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace the output file if it exists.")] = False,
    track: TrackOption = None,
    ocr: OcrOption = OcrMode.auto,
) -> None:
    """Put separate documents into one packet in the call's order, with a bookmark each, and check it."""
    import tempfile

    from esorcheck import assemble as assembly

    programme = get_programme(programme_id)
    for path in files:
        if not path.is_file():
            raise UsageError(f"{path}: no such file", hint="check the path")
        if path.suffix.lower() not in (".pdf", *assembly.IMAGE_SUFFIXES):
            raise UsageError(f"{path}: not a PDF, JPEG or PNG file", hint="export it to PDF first")
    if output.exists() and not force:
        raise UsageError(f"{output} already exists", hint="choose another name, or add --force to replace it")
    if any(output.resolve() == path.resolve() for path in files):
        raise UsageError("the output would replace one of the files given", hint="write to another file: -o application.pdf")
    types = _stated_types(stated or [], files)
    with tempfile.TemporaryDirectory(prefix="esorcheck-") as workdir:
        pieces = assembly.classify_files(files, programme, types, Path(workdir),
                                         lambda pdf: _checked_one(pdf, programme_id, track, ocr))
        ordered = assembly.assemble(pieces, programme, output)
        heaviest, weight = assembly.heaviest(pieces)
    for piece in ordered:
        _stderr().print(f"  {piece.type:24} {piece.path}{'  (stated with --as)' if piece.stated else ''}", highlight=False)
    size = output.stat().st_size
    if programme.max_size_mb and size > programme.max_size_mb * 1_000_000:
        _stderr().print(f"[yellow]{output} weighs {size / 1e6:.1f} MB, over the call's {programme.max_size_mb:g} MB: "
                        f"{heaviest.path} weighs most ({weight / 1e6:.1f} MB); scan it again at 150-200 dpi, or compress it[/]")
    _check_written(output, programme_id, track, ocr)


def _check_written(output: Path, programme_id: str, track: str | None, ocr: OcrMode) -> None:
    """The packet just written, checked with the same report as 'esorcheck check' (and its exit code)."""
    _stderr().print(f"wrote {output}; its check:", highlight=False)
    _check_files([output], OutputFormat.rich, quiet=False, verbose=False, noun="packets",
                 check_one=lambda path: _checked_one(path, programme_id, track, ocr))


def _stated_types(stated: list[str], files: list[Path]) -> dict[Path, str]:
    """--as TYPE=FILE options as {file given: type}, each type known and each file among those given."""
    from esorcheck.schema.documents import vocabulary

    known = vocabulary().types
    given = {path.resolve(): path for path in files}
    types = {}
    for option in stated:
        type_, _, name = option.partition("=")
        if type_ not in known or not name:
            raise UsageError(f"--as {option!r}: write TYPE=FILE with a known type", hint=f"types: {', '.join(known)}")
        path = given.get(Path(name).resolve())
        if path is None:
            raise UsageError(f"--as {option!r}: {name} is not among the files given", hint="give the file as an argument too")
        types[path] = type_
    return types


def _checked_one(packet: Path, programme_id: str, track: str | None, ocr: OcrMode):
    """One packet checked as 'esorcheck check' would, for the commands that then rewrite it."""
    from esorcheck.checker import check_packet

    programme = get_programme(programme_id)
    _check_track(programme, track)
    if not packet.is_file():
        raise UsageError(f"{packet}: no such file", hint="check the path")
    return check_packet(packet, programme, as_of=dt.date.today(), track=track, ocr=ocr.value)


@template_app.command("import")
def template_import(
    blank: Annotated[Path, typer.Argument(help="The office's blank ESOR CV form, .docx or .pdf.", show_default=False)],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the template here (YAML) instead of printing it.", show_default=False)] = None,
) -> None:
    """Derive the CV template from the office's blank form; use it with --cv-template."""
    from esorcheck.cv.importer import import_form

    template, text = import_form(blank)
    if output is None:
        sys.stdout.write(text)
    else:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot write {output} ({exc.strerror})", hint="check the folder exists and is writable") from None
        _stderr().print(f"wrote {output}: {len(template.sections)} sections; use it with --cv-template {output}", highlight=False)
    for note in template.notes:
        _stderr().print(f"  note: {note}", highlight=False)


@programmes_app.callback()
def programmes_list(ctx: typer.Context) -> None:
    """List the programmes; 'esorcheck programmes show ID' gives one call's requirements."""
    if ctx.invoked_subcommand is not None:
        return
    from rich.console import Console

    console = Console(highlight=False)
    for programme in all_programmes().values():
        console.print(f"[bold]{programme.id:32}[/] {programme.title}")


@programmes_app.command("show")
def programmes_show(programme_id: Annotated[str, typer.Argument(help="A programme id from 'esorcheck programmes'.")]) -> None:
    """What one call asks for, as a checklist to read before assembling a packet."""
    from rich.console import Console

    from esorcheck.render.programme import render_programme

    render_programme(get_programme(programme_id), Console(highlight=False))


def _version(value: bool) -> None:
    if value:
        print(f"esorcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")] = None,
) -> None:
    """Check an ESOR fellowship application packet before it is submitted (offline)."""


def run() -> None:
    """Console-script entry: our own errors become one line and an exit code, never a traceback."""
    try:
        app()
    except EsorcheckError as error:
        _stderr().print(f"[bold red]esorcheck: error:[/] {error.message}", highlight=False)
        if error.hint:
            _stderr().print(f"  hint: {error.hint}", highlight=False)
        sys.exit(int(error.exit_code))
