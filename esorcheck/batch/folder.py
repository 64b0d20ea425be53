"""``--report-dir DIR``: one report per packet, as JSON, plain text and HTML, named after the input file.

A name comes from the file's name, never from what the PDF says, and is
made safe for any file system: no path separators or control characters,
not a name Windows reserves, not hidden, of bounded length, unique in the
batch (``-2``, ``-3`` where two inputs share a name). Reports are written
only inside DIR, and never over an existing file without ``--force``: the
names are checked before the batch starts.
"""

from __future__ import annotations

import io
import json
import os
import re
import unicodedata
from pathlib import Path

from esorcheck.cachefiles import write_whole
from esorcheck.errors import UsageError
from esorcheck.report import PacketReport

MAX_STEM = 100
SUFFIXES = (".json", ".txt", ".html")
TEXT_WIDTH = 100
WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
_UNSAFE_RUN = re.compile(r"_{2,}")


def safe_stem(name: str) -> str:
    """A file name's stem as a name for report files: letters, digits, '-', '_', '.', and nothing else."""
    stem = name[:-4] if name.lower().endswith(".pdf") else name
    kept = "".join(c if (unicodedata.category(c)[0] in "LN" or c in "-_.") else "_" for c in unicodedata.normalize("NFC", stem))
    kept = _UNSAFE_RUN.sub("_", kept).strip("._ ")[:MAX_STEM].rstrip("._ ")
    if not kept:
        return "packet"
    return f"_{kept}" if kept.split(".")[0].lower() in WINDOWS_RESERVED else kept


class ReportFolder:
    def __init__(self, folder: Path, paths: list[Path], *, force: bool):
        """Claim a report name for each path; a name already taken in ``folder`` is a usage error unless ``force``."""
        self.folder = folder
        self.force = force
        self.names: dict[Path, str] = {}
        taken: set[str] = set()
        for path in paths:
            stem = safe_stem(path.name)
            name, n = stem, 1
            while name.lower() in taken:
                n += 1
                name = f"{stem}-{n}"
            taken.add(name.lower())
            self.names[path] = name
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"--report-dir {folder}: cannot create it ({exc.strerror})", hint="give a folder you may write to") from None
        if not force:
            existing = [folder / (name + suffix) for name in self.names.values() for suffix in SUFFIXES
                        if os.path.lexists(folder / (name + suffix))]
            if existing:
                raise UsageError(f"--report-dir {folder}: {existing[0].name} is already there"
                                 + (f" (and {len(existing) - 1} more)" if len(existing) > 1 else ""),
                                 hint="add --force to replace the reports, or give another folder")

    def write(self, report: PacketReport, path: Path, render_text) -> None:
        """The report of the file at ``path`` as ``NAME.json``, ``NAME.txt`` (``render_text(report, console)`` writes
        the text) and ``NAME.html`` (with the pictures of the file's pages)."""
        from rich.console import Console

        from esorcheck.render.html import render_html
        from esorcheck.render.thumbnails import page_thumbnails

        text = io.StringIO()
        render_text(report, Console(file=text, width=TEXT_WIDTH, no_color=True, highlight=False, force_terminal=False))
        stem = self.names[path]
        self._put(stem + ".json", json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
        self._put(stem + ".txt", text.getvalue())
        self._put(stem + ".html", render_html(report, lambda _: page_thumbnails(path)))

    def _put(self, name: str, content: str) -> None:
        """Write one file in DIR. Without --force, a name that exists (a file, or a link, never followed) is not
        touched; with it, the file is written whole and then moved in place, replacing a link, not following it."""
        target = self.folder / name
        try:
            if not self.force:
                with open(target, "x", encoding="utf-8") as handle:
                    handle.write(content)
                return
            write_whole(target, content.encode("utf-8"))
        except OSError as exc:
            raise UsageError(f"--report-dir: cannot write {target} ({exc.strerror})",
                             hint="add --force to replace existing reports, or give another folder") from None
