"""The command line: a thin layer that parses options, calls the checker core and renders.

Exit codes (the README's contract): 0 complete, 1 incomplete, 2 usage error,
3 could not be checked at all, 4 not fully checked (unverified); a batch exits
with the first that applies of 1, 3, 4, 0.
"""

# Annotations are objects here, not strings (no ``from __future__ import annotations``): typer reads every
# command's options from them at each start, and would compile and evaluate each string twice (about 10 ms).
import atexit
import dataclasses
import datetime as dt
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer

from esorcheck import __version__
from esorcheck.batch.workers import DEFAULT_TIMEOUT_S
from esorcheck.errors import EsorcheckError, ExitCode, UsageError
from esorcheck.schema.programmes import Programme, all_programmes, get_programme, match_id

app = typer.Typer(
    help="Check an ESOR fellowship application packet (one PDF) before it is submitted. Runs fully offline.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
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

    return Console(stderr=True, soft_wrap=True)  # a message is one line however narrow: the terminal wraps it


class OutputFormat(str, Enum):
    rich = "rich"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    html = "html"


class Mode(str, Enum):
    """auto, always or never: --ocr (which pages Tesseract reads, scanned.MODES) and --color."""

    auto = "auto"
    always = "always"
    never = "never"


ColorOption = Annotated[
    Mode,
    typer.Option("--color", help="Colours: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR forces them), always, never."),
]


OcrOption = Annotated[
    Mode,
    typer.Option("--ocr", help="OCR with Tesseract, offline: auto reads pages without usable text (scans); always every page; never none."),
]


STDIN = Path("-")


FormatOption = Annotated[
    Optional[OutputFormat],
    typer.Option("--format", "-f", help="rich: for people; json: one object; jsonl: one object per line; csv: one row per packet (UTF-8 with BOM); html: one self-contained page.", show_default="rich, or from --output's extension"),
]
OutputOption = Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the reports to this file (format from --format or the extension: .csv .jsonl .json .html .txt).", show_default=False)]
ReportDirOption = Annotated[Optional[Path], typer.Option("--report-dir", help="Also write one report per file (JSON, text and HTML) into this folder.", show_default=False)]
ForceOption = Annotated[bool, typer.Option("--force", help="Let --report-dir replace reports already there.")]
JobsOption = Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Cores used: files checked at once, each in its own process (a single long file shares its pages among them).", show_default="the number of cores")]
TimeoutOption = Annotated[float, typer.Option("--timeout", min=1, help="Seconds one file may take; past it the file is 'unreadable'.")]
CacheDirOption = Annotated[Optional[Path], typer.Option("--cache-dir", help="Keep reports between runs here.", show_default="the user cache folder")]
NoCacheOption = Annotated[bool, typer.Option("--no-cache", help="Check every file again; neither read nor write the result cache.")]
CvTemplateOption = Annotated[
    Optional[Path],
    typer.Option("--cv-template", help="A CV template imported with 'esorcheck template import' (default: the shipped ESOR template).", show_default=False, metavar="TEMPLATE.yaml"),
]


def _run(plan, noun: str, output_format, output, report_dir, force, quiet, verbose, jobs, timeout, cache_dir, no_cache, color, from_stdin) -> None:
    from esorcheck.batch.command import Settings, run_batch
    from esorcheck.batch.workers import Bounds
    from esorcheck.cores import available_cores

    if from_stdin:
        plan = dataclasses.replace(plan, jobs=[job.shown_as(STDIN) for job in plan.jobs])

    settings = Settings(output_format.value if output_format else None, output, report_dir, force, quiet, verbose,
                        jobs or available_cores(), Bounds(seconds=timeout), cache_dir, no_cache, noun, color.value)
    for note in plan.notes:
        _stderr().print(f"esorcheck: note: {note}", highlight=False, soft_wrap=True)
    run_batch(plan.jobs, plan.notices, plan.skipped, settings, _stderr)


@contextmanager
def _reading_stdin(paths: list[Path]) -> Iterator[tuple[list[Path], bool]]:
    """The paths, with '-' (the packet on standard input, given alone) replaced by a private temporary copy of it."""
    if STDIN not in paths:
        yield paths, False
        return
    if len(paths) > 1:
        raise UsageError("'-' (the packet on standard input) cannot be combined with other paths", hint="give '-' alone")
    if sys.stdin is None or sys.stdin.isatty():
        raise UsageError("'-' reads the packet from standard input, but nothing is piped in", hint="esorcheck check - -p ID < packet.pdf")
    import tempfile

    from esorcheck.pdf.open import MAX_FILE_BYTES

    with tempfile.TemporaryDirectory(prefix="esorcheck-") as folder:
        copy = Path(folder) / "stdin.pdf"
        copy.write_bytes(sys.stdin.buffer.read(MAX_FILE_BYTES + 1))
        yield [copy], True


def _one_of_quiet_verbose(quiet: bool, verbose: bool) -> None:
    if quiet and verbose:
        raise UsageError("--quiet and --verbose cannot be given together", hint="give one of them")


def _parse_date(value: str | None, programme: Programme | None = None) -> dt.date:
    """--as-of; by default today while the call is open, and its closing date once it has closed."""
    if value is None:
        return programme.dates.reference_date(dt.date.today()) if programme else dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--as-of {value!r} is not a date", hint="write it as YYYY-MM-DD, e.g. --as-of 2026-03-01") from None


def _check_track(programme: Programme, track: str | None) -> str | None:
    """The track as the programme spells it (ids are matched whatever their case)."""
    if track is None:
        return None
    if not programme.tracks:
        raise UsageError(f"{programme.id} has no tracks, but --track {track} was given", hint="leave out --track")
    return match_id(track, programme.tracks, f"{programme.id} has no track")


EXAMPLES = """
[bold]Examples[/]

  esorcheck check my-application.pdf --programme aim-china --track self-funded

  esorcheck check received/ --programme exchange-fellowship --format jsonl > results.jsonl

  esorcheck check packet.pdf -p icm-oncologic-imaging --format json --as-of 2023-02-10 | jq .status

Exit codes: 0 complete, 1 incomplete (an error found), 2 usage error, 3 could not be read, 4 not fully checked (unread pages may hold a required document).
"""


@app.command(epilog=EXAMPLES)
def check(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Packet PDF(s), or folders of them (optional with --manifest); '-' reads one from standard input.", show_default=False, metavar="PACKET")] = None,
    programme_id: Annotated[
        Optional[str], typer.Option("--programme", "-p", help="The call applied to (see 'esorcheck programmes'); with --manifest, for packets it does not list.", show_default=False, metavar="ID")
    ] = None,
    output_format: FormatOption = None,
    track: Annotated[Optional[str], typer.Option(help="The track chosen, where the call has tracks (e.g. self-funded, sponsored).", metavar="TRACK")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Warnings count as errors (exit 1).")] = False,
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="Reference date for date rules, YYYY-MM-DD.", show_default="today while the call is open, else its closing date", metavar="YYYY-MM-DD")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="One verdict line per packet.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="All evidence and informational notes.")] = False,
    cv_template: CvTemplateOption = None,
    ocr: OcrOption = Mode.auto,
    color: ColorOption = Mode.auto,
    manifest: Annotated[Optional[Path], typer.Option("--manifest", help="CSV with file,programme,track (optional as_of, applicant) per packet.", show_default=False, metavar="FILE.csv")] = None,
    output: OutputOption = None,
    report_dir: ReportDirOption = None,
    force: ForceOption = False,
    jobs: JobsOption = None,
    timeout: TimeoutOption = DEFAULT_TIMEOUT_S,
    cache_dir: CacheDirOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Check packet PDFs against a programme's rules and print a report."""
    from esorcheck.batch.plan import packet_jobs
    from esorcheck.cv import load_template
    from esorcheck.packet import Request

    _one_of_quiet_verbose(quiet, verbose)
    programme = get_programme(programme_id) if programme_id else None
    if programme is None and manifest is None:
        raise UsageError("no programme given", hint="add --programme (see 'esorcheck programmes'), or a --manifest naming each packet's")
    if programme:
        track = _check_track(programme, track)
    if not paths and manifest is None:
        raise UsageError("no packet given", hint="give packet PDFs or folders, or a --manifest")
    template = load_template(cv_template) if cv_template else None
    request = Request(programme, _parse_date(as_of, programme), track, strict, ocr.value, template)
    with _reading_stdin(paths or []) as (files, from_stdin):
        plan = packet_jobs(files, request, manifest)
        _run(plan, "packets", output_format, output, report_dir, force, quiet, verbose, jobs, timeout, cache_dir, no_cache, color, from_stdin)


CV_EXAMPLES = """
[bold]Examples[/]

  esorcheck cv my-cv.pdf

  esorcheck cv my-cv.pdf --format json | jq .cv

  esorcheck cv my-cv.pdf --cv-template esor-cv-2027.yaml

Exit codes: 0 the CV is the template with every required section (warnings allowed), 1 an error found, 2 usage error, 3 could not be read.
"""


@app.command(epilog=CV_EXAMPLES)
def cv(
    paths: Annotated[list[Path], typer.Argument(help="CV PDF(s), or folders of them; '-' reads one from standard input.", show_default=False, metavar="CV")],
    output_format: FormatOption = None,
    cv_template: CvTemplateOption = None,
    strict: Annotated[bool, typer.Option("--strict", help="Warnings count as errors (exit 1).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="One verdict line per CV.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="All evidence and informational notes.")] = False,
    ocr: OcrOption = Mode.auto,
    color: ColorOption = Mode.auto,
    output: OutputOption = None,
    report_dir: ReportDirOption = None,
    force: ForceOption = False,
    jobs: JobsOption = None,
    timeout: TimeoutOption = DEFAULT_TIMEOUT_S,
    cache_dir: CacheDirOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Check a CV on its own against the ESOR CV template, before it is merged into the packet."""
    from esorcheck.batch.plan import cv_jobs
    from esorcheck.cv import load_template
    from esorcheck.packet import Request

    _one_of_quiet_verbose(quiet, verbose)
    template = load_template(cv_template) if cv_template else None
    with _reading_stdin(paths) as (files, from_stdin):
        plan = cv_jobs(files, Request(None, dt.date.today(), None, strict, ocr.value, template))
        _run(plan, "CVs", output_format, output, report_dir, force, quiet, verbose, jobs, timeout, cache_dir, no_cache, color, from_stdin)


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
    ocr: OcrOption = Mode.auto,
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
    ocr: OcrOption = Mode.auto,
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
    ocr: OcrOption = Mode.auto,
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


def _check_written(output: Path, programme_id: str, track: str | None, ocr: Mode) -> None:
    """The packet just written, checked with the same report as 'esorcheck check' (and its exit code)."""
    from esorcheck.batch.plan import packet_jobs
    from esorcheck.packet import Request

    programme = get_programme(programme_id)
    _stderr().print(f"wrote {output}; its check:", highlight=False)
    request = Request(programme, _parse_date(None, programme), _check_track(programme, track), False, ocr.value, None)
    _run(packet_jobs([output], request, None), "packets", output_format=None, output=None, report_dir=None, force=False,
         quiet=False, verbose=False, jobs=1, timeout=DEFAULT_TIMEOUT_S, cache_dir=None, no_cache=True, color=Mode.auto,
         from_stdin=False)


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


def _checked_one(packet: Path, programme_id: str, track: str | None, ocr: Mode):
    """One packet checked as 'esorcheck check' would, for the commands that then rewrite it."""
    from esorcheck.checker import check_packet

    programme = get_programme(programme_id)
    track = _check_track(programme, track)
    if not packet.is_file():
        raise UsageError(f"{packet}: no such file", hint="check the path")
    return check_packet(packet, programme, as_of=_parse_date(None, programme), track=track, ocr=ocr.value)


@template_app.command("import")
def template_import(
    blank: Annotated[Path, typer.Argument(help="The office's blank ESOR CV form, .docx or .pdf.", show_default=False, metavar="FORM.docx|FORM.pdf")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the template here (YAML) instead of printing it.", show_default=False, metavar="TEMPLATE.yaml")] = None,
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
    from esorcheck.render.terminal import report_console

    from rich.table import Table

    table = Table(box=None, padding=(0, 2, 0, 0), pad_edge=False)
    for column in ("Programme", "Call today", "Title"):
        table.add_column(column, no_wrap=column != "Title")
    today = dt.date.today()
    for programme in all_programmes().values():
        table.add_row(f"[bold]{programme.id}[/]", programme.dates.status_on(today), programme.title)
    report_console().print(table)


@programmes_app.command("show")
def programmes_show(programme_id: Annotated[str, typer.Argument(help="A programme id from 'esorcheck programmes'.", metavar="ID")]) -> None:
    """What one call asks for, as a checklist to read before assembling a packet."""
    from esorcheck.render.programme import render_programme
    from esorcheck.render.terminal import report_console

    render_programme(get_programme(programme_id), report_console())


def _version(value: bool) -> None:
    """esorcheck's version and those of what reads the PDFs, which a bug report needs."""
    if not value:
        return
    import platform

    import pypdfium2

    from esorcheck.ocr.tesseract import OcrUnavailable, find_engine

    try:
        engine = find_engine()
        tesseract = f"{engine.name} ({', '.join(engine.languages)}) at {engine.path}"
    except OcrUnavailable as missing:
        tesseract = f"not available: {missing.message}"
    print(f"esorcheck {__version__}")
    print(f"Python {platform.python_version()} on {platform.platform(terse=True)}")
    print(f"pdfium {pypdfium2.PDFIUM_INFO} (pypdfium2 {pypdfium2.PYPDFIUM_INFO})")
    print(f"Tesseract: {tesseract}")
    raise typer.Exit()


@app.callback()
def main(
    version: Annotated[Optional[bool], typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version, and those of pdfium and Tesseract.")] = None,
) -> None:
    """Check an ESOR fellowship application packet before it is submitted (offline)."""


def run() -> None:
    """Console-script entry: our own errors become one line and an exit code, never a traceback; a failure of
    esorcheck itself is one line and exit 3 (could not be checked), never 1, which says "incomplete"."""
    from esorcheck.render.fallback import tolerate_any_encoding

    tolerate_any_encoding()
    try:
        app()
    except EsorcheckError as error:
        _stderr().print(f"[bold red]esorcheck: error:[/] {error.message}", highlight=False)
        if error.hint:
            _stderr().print(f"  hint: {error.hint}", highlight=False)
        sys.exit(int(error.exit_code))
    except KeyboardInterrupt:
        sys.stderr.write("esorcheck: interrupted\n")
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - whatever failed, the user gets one line and the contract's code
        sys.stderr.write(f"esorcheck: internal error, nothing could be checked ({type(exc).__name__}: {str(exc)[:200]}); "
                         "this is a bug in esorcheck, please report it with 'esorcheck --version'\n")
        sys.exit(int(ExitCode.UNREADABLE))


def entry() -> NoReturn:
    """The console script and ``python -m esorcheck``: ``run``, then leave once everything is written.

    What ``atexit`` holds runs (worker processes, temporary files) and the output is flushed; the
    interpreter's own teardown, freeing every object of a run that is over, is skipped: about 15 ms, a
    twentieth of a short packet's check.
    """
    try:
        run()
        code = 0
    except SystemExit as done:
        code = done.code
    if not isinstance(code, int):
        if code is not None:
            sys.stderr.write(f"{code}\n")
        code = 0 if code is None else 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a reader that went away (| head), a stream already closed
            pass
    os._exit(code)

