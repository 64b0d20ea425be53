"""The files a batch checks, found as the office has them: folders unzipped on a Mac, links, the same file twice.

A folder is searched recursively for ``*.pdf``, in name order. Hidden files
and folders, ``__MACOSX/`` and AppleDouble ``._*`` files are skipped (counted,
not named). A symbolic link is followed only to a file inside the folder
given; one that leads out of it, nowhere, or back to a folder above it, and a
``.pdf`` that is a pipe, a device or a socket, are each one notice line,
never read. A file given twice (by path, or as a folder and a file in it) and
two files with the same bytes are checked once: the first path, with the
others named as its duplicates.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from esorcheck.errors import UsageError
from esorcheck.pdf.open import MAX_FILE_BYTES, special_file_kind

MAC_RESOURCE_FOLDER = "__MACOSX"


@dataclass(frozen=True)
class Input:
    """One file to check, and the paths that turned out to be the same file."""

    path: Path
    sha256: str | None  # None: not a regular file of a readable size (the check says why)
    duplicates: tuple[Path, ...] = ()
    shown_as: Path | None = None  # the name its report gives it, where not its path ('-': read from standard input)


@dataclass
class Found:
    """The files a folder or a list of paths holds, and what was found there and not checked."""
    paths: list[Path] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # what was found and not checked, one line each
    skipped: int = 0  # hidden files, __MACOSX, AppleDouble


def find_pdfs(paths: list[Path]) -> Found:
    """Each file as given, each folder's PDFs (recursively, sorted); a path that does not exist is a usage error."""
    found = Found()
    for path in paths:
        if path.is_dir():
            before = len(found.paths)
            _walk(path.resolve(), path, found, {path.resolve()})
            if len(found.paths) == before and not found.notices:
                raise UsageError(f"{path}: the folder holds no PDF files", hint="give a folder of .pdf files")
        elif path.exists() or path.is_symlink():
            found.paths.append(path)
        else:
            raise UsageError(f"{path}: no such file or folder", hint="check the path")
    return found


def _hidden(name: str) -> bool:
    return name.startswith(".") or name == MAC_RESOURCE_FOLDER


def _walk(root: Path, folder: Path, found: Found, ancestors: set[Path]) -> None:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        found.notices.append(f"{folder}: cannot list the folder ({exc.strerror})")
        return
    for entry in entries:
        path = Path(entry.path)
        if _hidden(entry.name):
            found.skipped += 1
            continue
        if entry.is_symlink():
            _follow(root, path, found, ancestors)
        elif entry.is_dir(follow_symlinks=False):
            _walk(root, path, found, ancestors | {path.resolve()})
        elif entry.name.lower().endswith(".pdf"):
            mode = entry.stat(follow_symlinks=False).st_mode
            if stat.S_ISREG(mode):
                found.paths.append(path)
            else:
                found.notices.append(f"{path}: {special_file_kind(mode)}, not a file")


def _follow(root: Path, link: Path, found: Found, ancestors: set[Path]) -> None:
    """A link inside the folder: a file in the folder is checked; anything else is a notice or, for a link to a
    folder inside it, nothing (its files are found where they are)."""
    try:
        target = link.resolve(strict=True)
    except (OSError, RuntimeError):
        found.notices.append(f"{link}: a symbolic link that loops or leads nowhere; not followed")
        return
    if target in ancestors:
        found.notices.append(f"{link}: a symbolic link back to a folder above it (a loop); not followed")
    elif not target.is_relative_to(root):
        if target.is_dir() or link.name.lower().endswith(".pdf"):
            found.notices.append(f"{link}: a symbolic link out of the folder given; not followed")
    elif target.is_file() and link.name.lower().endswith(".pdf"):
        found.paths.append(link)
    elif not target.is_dir() and link.name.lower().endswith(".pdf"):
        found.notices.append(f"{link}: a link to {special_file_kind(target.stat().st_mode)}, not a file")


def file_sha256(path: Path) -> str | None:
    """The file's sha256, for a regular file of a size esorcheck reads; None otherwise (the check refuses it)."""
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_FILE_BYTES:
            return None
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):  # hashlib.file_digest is Python 3.11's
                digest.update(block)
        return digest.hexdigest()
    except OSError:
        return None


def unique_inputs(paths: list[Path]) -> list[Input]:
    """One input per distinct file, in the order first given, naming the other paths it was given under."""
    by_target: dict[object, list[Path]] = {}
    for path in paths:
        try:
            target: object = path.resolve()
        except (OSError, RuntimeError):
            target = path
        by_target.setdefault(target, []).append(path)
    by_content: dict[object, tuple[str | None, list[Path]]] = {}
    for target, same in by_target.items():
        digest = file_sha256(same[0])
        entry = by_content.setdefault(digest or target, (digest, []))
        entry[1].extend(same)
    return [Input(same[0], digest, tuple(same[1:])) for digest, same in by_content.values()]
