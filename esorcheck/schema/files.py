"""Reading the YAML data files under schemas/ with messages that name the file and key."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from esorcheck.errors import SchemaError
from esorcheck.schema.model import Invalid, load

T = TypeVar("T")


def schema_root() -> Path:
    """The shipped schemas/ folder: inside the package in a wheel, beside it in a checkout."""
    package = Path(__file__).resolve().parent.parent  # the esorcheck package
    for candidate in (package / "schemas", package.parent / "schemas"):
        if candidate.is_dir():
            return candidate
    raise SchemaError(f"the schemas/ folder is missing beside {package}; reinstall esorcheck")


def load_yaml(path: Path | str, text: str) -> dict:
    """Parse YAML, turning syntax errors into a SchemaError naming the file and line.

    PyYAML is imported here, not at start-up: a run whose schemas come from the cache never parses YAML.
    libyaml's safe loader, where PyYAML was built with it, reads the same YAML ten times faster.
    """
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise SchemaError(f"{path}{where}: not valid YAML ({getattr(exc, 'problem', exc)})") from None
    if not isinstance(data, dict):
        raise SchemaError(f"{path}: expected a mapping at the top level")
    return data


def validate(model: type[T], path: Path | str, text: str) -> T:
    """Load and validate a schema file; every problem becomes 'file: key: what is wrong'."""
    data = load_yaml(path, text)
    try:
        return load(model, data)
    except Invalid as exc:
        raise SchemaError("\n".join(f"{path}: {where}: {what}" for where, what in exc.problems)) from None
