"""``--manifest FILE.csv``: the call and track of each packet, for a folder that mixes calls and tracks.

Columns ``file,programme,track`` and optionally ``as_of`` and ``applicant``;
a file is named relative to the manifest's folder. A row that names an
unknown programme or track, a bad date or a missing file is that row's
notice, and the other rows are checked.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from esorcheck.errors import EsorcheckError, UsageError
from esorcheck.schema.programmes import Programme, get_programme

REQUIRED = ("file", "programme", "track")
OPTIONAL = ("as_of", "applicant")


@dataclass(frozen=True)
class Row:
    """One line of a batch manifest: a packet and the call it is checked against."""
    path: Path
    programme: Programme
    track: str | None
    as_of: dt.date | None
    applicant: str | None


@dataclass
class Manifest:
    """The rows of a batch manifest, and what in it could not be used."""
    rows: list[Row] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def read_manifest(path: Path) -> Manifest:
    """The manifest's rows; a file that cannot be read or lacks a column is a usage error."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            lines = list(csv.DictReader(handle))
            columns = lines[0].keys() if lines else ()
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise UsageError(f"--manifest {path}: cannot read it ({exc})", hint="give a CSV file saved as UTF-8") from None
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise UsageError(f"--manifest {path}: no column {', '.join(missing)}",
                         hint=f"the first line names the columns: {','.join(REQUIRED)} (and optionally {','.join(OPTIONAL)})")
    manifest = Manifest()
    for number, line in enumerate(lines, start=2):
        try:
            manifest.rows.append(_row(path.parent, line))
        except EsorcheckError as error:
            manifest.notices.append(f"{path} line {number}: {error.message}")
    return manifest


def _row(folder: Path, line: dict[str, str | None]) -> Row:
    def cell(name: str) -> str | None:
        return (line.get(name) or "").strip() or None

    name = cell("file")
    if name is None:
        raise UsageError("no file named")
    path = folder / name
    if not path.exists():
        raise UsageError(f"{name}: no such file")
    programme = get_programme(cell("programme") or "")
    track = cell("track")
    if track is not None and track not in programme.tracks:
        raise UsageError(f"{programme.id} has no track {track!r}")
    as_of = cell("as_of")
    try:
        date = dt.date.fromisoformat(as_of) if as_of else None
    except ValueError:
        raise UsageError(f"as_of {as_of!r} is not a date (YYYY-MM-DD)") from None
    return Row(path, programme, track, date, cell("applicant"))
