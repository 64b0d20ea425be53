"""Reading the YAML data files under schemas/ with messages that name the file and key."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from esorcheck.errors import SchemaError

Model = TypeVar("Model", bound=BaseModel)
# libyaml's safe loader where PyYAML was built with it: the same YAML, read ten times faster
# (every run reads the vocabulary, the rules, the CV template and every programme).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class StrictModel(BaseModel):
    """Schema files reject unknown keys, so a typo is an error rather than ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def schema_root() -> Path:
    """The shipped schemas/ folder: inside the package in a wheel, beside it in a checkout."""
    package = Path(__file__).resolve().parent.parent  # the esorcheck package
    for candidate in (package / "schemas", package.parent / "schemas"):
        if candidate.is_dir():
            return candidate
    raise SchemaError(f"the schemas/ folder is missing beside {package}; reinstall esorcheck")


def load_yaml(path: Path | str, text: str) -> dict:
    """Parse YAML, turning syntax errors into a SchemaError naming the file and line."""
    try:
        data = yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise SchemaError(f"{path}{where}: not valid YAML ({getattr(exc, 'problem', exc)})") from None
    if not isinstance(data, dict):
        raise SchemaError(f"{path}: expected a mapping at the top level")
    return data


def validate(model: type[Model], path: Path | str, text: str) -> Model:
    """Load and validate a schema file; every problem becomes 'file: key: what is wrong'."""
    data = load_yaml(path, text)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            key = ".".join(str(part) for part in err["loc"]) or "(top level)"
            problems.append(f"{path}: {key}: {err['msg']}")
        raise SchemaError("\n".join(problems)) from None
