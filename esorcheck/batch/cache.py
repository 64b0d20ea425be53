"""Reports kept between runs, so that a folder checked again re-checks only the packets that are new.

A report is stored under a key made of everything it depends on: the file's
sha256, what was asked (programme, track, reference date, ``--strict``,
``--ocr``, the scope and the CV template), esorcheck's version, a hash of
its source and a hash of the shipped schemas. An entry carries the sha256 of its own bytes; one that
is damaged, truncated, from another version of Python or not a report of
that file is ignored (and written again after the check), never trusted.
"""

from __future__ import annotations

import dataclasses
import hashlib
import pickle
from pathlib import Path

from esorcheck import __version__
from esorcheck.cachefiles import write_whole
from esorcheck.packet import Request
from esorcheck.report import PacketReport

MAGIC = b"esorcheck-report-1\n"
DIGEST_BYTES = 32


def code_fingerprint() -> str:
    """A hash of esorcheck's own source: a checkout changed between two runs must not reuse the first's reports,
    though its version number is the same."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent
    for path in sorted(package.rglob("*.py")):
        digest.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


class ResultCache:
    """Reports in ``folder``, one file each, named by their key."""

    def __init__(self, folder: Path):
        from esorcheck.schema import fingerprint
        from esorcheck.schema.files import schema_root

        self.folder = folder
        self.schemas = fingerprint(schema_root())
        self.code = code_fingerprint()

    def key(self, sha256: str, request: Request, scope: str) -> str:
        template = hashlib.sha256(pickle.dumps(request.cv_template)).hexdigest() if request.cv_template else "shipped"
        parts = (
            __version__, self.code, self.schemas, sha256, scope,
            request.programme.id if request.programme else "", request.track or "", request.as_of.isoformat(),
            str(request.strict), request.ocr, template,
        )
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()

    def _entry(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.report"

    def get(self, key: str, path: Path, sha256: str) -> PacketReport | None:
        """The report stored under ``key``, as a report of ``path``; None if there is none or it is not sound."""
        try:
            data = self._entry(key).read_bytes()
        except OSError:
            return None
        body = data[len(MAGIC) + DIGEST_BYTES:]
        if not data.startswith(MAGIC) or data[len(MAGIC):len(MAGIC) + DIGEST_BYTES] != hashlib.sha256(body).digest():
            return None
        try:
            report = pickle.loads(body)  # noqa: S301 - our own entry, its digest checked
        except Exception:  # noqa: BLE001 - from another Python or esorcheck: check again
            return None
        if not isinstance(report, PacketReport) or report.sha256 not in (sha256, None):  # None: refused at the door
            return None
        return dataclasses.replace(report, file=path)

    def put(self, key: str, report: PacketReport) -> None:
        """Store ``report`` (written whole, then moved in place); a cache that cannot be written is no error."""
        body = pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL)
        entry = self._entry(key)
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            write_whole(entry, MAGIC + hashlib.sha256(body).digest() + body)
        except OSError:
            pass
