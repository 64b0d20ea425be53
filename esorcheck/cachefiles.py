"""The user cache folder, and the files esorcheck keeps there that it can rebuild at any time.

Each kind of file (``schemas-…``, ``langdetect-…``, ``compiled-…``) is named
by a hash of what it was made from, so a stale one is never read; it is
written whole or not at all (a temporary file, then renamed), and writing one
deletes the other files of its kind, so that they do not pile up as versions
change. ``ESORCHECK_CACHE_DIR`` moves the folder.
"""

from __future__ import annotations

import os
from pathlib import Path

CACHE_ENV = "ESORCHECK_CACHE_DIR"


def cache_dir() -> Path:
    """Where esorcheck keeps what it may rebuild at any time (``ESORCHECK_CACHE_DIR``, else the user cache folder)."""
    given = os.environ.get(CACHE_ENV)
    if given:
        return Path(given)
    import platformdirs

    return Path(platformdirs.user_cache_dir("esorcheck", appauthor=False))


def write_whole(path: Path, data: bytes) -> None:
    """Write ``data`` as ``path``, whole or not at all: a temporary file beside it, then renamed over it (a reader
    never sees half a file, and a link at ``path`` is replaced, not followed). Raises OSError."""
    import tempfile  # only where something is written: a check from the caches writes nothing

    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}-", delete=False) as handle:
        handle.write(data)
    os.replace(handle.name, path)


def write_cache_file(path: Path, data: bytes, *, keep_others: int = 0) -> None:
    """Write ``data`` as ``path`` (``write_whole``), then delete the other files of its kind (the same name up to
    its first ``-``, the same suffix) but the ``keep_others`` most recently written. A read-only or full disk
    leaves the cache as it was: the file is made again next time."""
    kind = path.name.split("-", 1)[0]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_whole(path, data)
        others = sorted((other for other in path.parent.glob(f"{kind}-*{path.suffix}") if other != path),
                        key=lambda other: other.stat().st_mtime_ns, reverse=True)
        for stale in others[keep_others:]:
            stale.unlink(missing_ok=True)
    except OSError:
        pass
