"""The shipped data files under ``schemas/``, validated once and then read from a cache.

One module per data file knows its shape: ``documents`` (the vocabulary that
recognises documents), ``rules`` (the words the rules read), ``programmes``
(the calls), ``cv`` (the CV template, value shapes, other CV formats, how a
blank form is imported); ``model`` is the loader they share. Checks that
span two files (a call naming a role, a template naming a shape) run here,
once both are loaded.

Validating every file costs tens of milliseconds a run, so the result, with
the tables derived from it (every cached property of the validated objects),
is kept in memory for the process and, between runs, in a pickle in the user's
cache directory, keyed by esorcheck's version and a hash of every file under
``schemas/``: any change to a file rebuilds it, and a cache entry that cannot
be read is rebuilt, never trusted. ``ESORCHECK_CACHE_DIR`` moves the cache.
"""

from __future__ import annotations

import dataclasses
import hashlib
import pickle
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from esorcheck import __version__
from esorcheck.cachefiles import cache_dir, write_cache_file
from esorcheck.schema.files import schema_root

if TYPE_CHECKING:
    from esorcheck.schema.cv import CvTemplate, ImportCues, OtherCvs, Shapes
    from esorcheck.schema.documents import Vocabulary
    from esorcheck.schema.programmes import Programme
    from esorcheck.schema.rules import RuleWords

@dataclass(frozen=True)
class Shipped:
    """Every shipped schema file, validated."""

    vocabulary: Vocabulary
    rules: RuleWords
    programmes: dict[str, Programme]
    cv_template: CvTemplate
    shapes: Shapes
    other_cvs: OtherCvs
    import_cues: ImportCues
    state_codes: frozenset[str]  # of issuing states and nationalities in a passport zone


def fingerprint(root: Path) -> str:
    """The version, the fields of what is cached, the source of the code that validates the files and derives
    tables from them, and every schema file's name and bytes, hashed: what the cached result depends on (a field
    added to ``Shipped``, or a table derived otherwise, rebuilds it too)."""
    digest = hashlib.sha256(__version__.encode() + " ".join(Shipped.__dataclass_fields__).encode())
    for path in shaping_code():
        digest.update(path.read_bytes() + b"\0")
    for path in sorted(p for p in root.rglob("*.yaml") if p.is_file()):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


def shaping_code() -> list[Path]:
    """The modules whose code makes the cached objects: this package's, and the text forms its tables are in."""
    package = Path(__file__).parent
    return [*sorted(package.glob("*.py")), package.parent / "text.py"]


def build(root: Path) -> Shipped:
    """Validate every schema file under ``root``, then what spans two files."""
    from esorcheck.schema.cv import (
        ImportCues,
        OtherCvs,
        Shapes,
        parse_template,
        read_cv_file,
    )
    from esorcheck.schema.documents import read_vocabulary
    from esorcheck.schema.icao import read_state_codes
    from esorcheck.schema.programmes import read_programmes
    from esorcheck.schema.rules import read_rule_words

    rules = read_rule_words(root)
    shapes = read_cv_file(root, "shapes.yaml", Shapes)
    template = parse_template("schemas/cv/esor-cv.yaml", (root / "cv" / "esor-cv.yaml").read_text(encoding="utf-8"), shapes)
    schemas = Shipped(
        vocabulary=read_vocabulary(root),
        rules=rules,
        programmes=read_programmes(root, rules),
        cv_template=template,
        shapes=shapes,
        other_cvs=read_cv_file(root, "other-cvs.yaml", OtherCvs),
        import_cues=read_cv_file(root, "import.yaml", ImportCues),
        state_codes=read_state_codes(root),
    )
    _derive_tables(schemas, set())
    return schemas


def _derive_tables(value: object, seen: set[int]) -> None:
    """Compute every cached property of the validated objects now (title tables, phrase probes, stem patterns…),
    so that the pickle holds them: a run, and each process its long packets fork, then reads them instead of
    deriving them again."""
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            _derive_tables(item, seen)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for klass in type(value).__mro__:
            for name, attribute in vars(klass).items():
                if isinstance(attribute, cached_property):
                    getattr(value, name)
        for field in dataclasses.fields(value):
            _derive_tables(getattr(value, field.name), seen)


def load(root: Path, folder: Path) -> Shipped:
    """The schemas under ``root``, from the cache in ``folder`` when it holds them, else validated and cached."""
    cached = folder / f"schemas-{fingerprint(root)}.pickle"
    try:
        with open(cached, "rb") as handle:
            found = pickle.load(handle)  # noqa: S301 - our own file, named by the hash of what it holds
        if isinstance(found, Shipped):
            return found
    except Exception:  # noqa: BLE001 - missing, unreadable, corrupt or from another Python: rebuild it
        pass
    schemas = build(root)
    write_cache_file(cached, pickle.dumps(schemas, protocol=pickle.HIGHEST_PROTOCOL))
    return schemas


@cache
def shipped() -> Shipped:
    """The shipped schemas, loaded once per process."""
    return load(schema_root(), cache_dir())
