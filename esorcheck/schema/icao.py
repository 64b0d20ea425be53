"""The codes a passport's machine-readable zone may give for a state (``schemas/icao-codes.yaml``), as data."""

from __future__ import annotations

import re
from pathlib import Path

from esorcheck.errors import SchemaError
from esorcheck.schema.files import load_yaml

_CODE = re.compile("[A-Z]{1,3}")


def read_state_codes(root: Path) -> frozenset[str]:
    """Every code the file lists, under any of its headings (ISO 3166-1 alpha-3 and ICAO's own)."""
    data = load_yaml("schemas/icao-codes.yaml", (root / "icao-codes.yaml").read_text(encoding="utf-8"))
    codes = [code for part in data.values() if isinstance(part, dict) for code in part]
    if not codes or not all(isinstance(code, str) and _CODE.fullmatch(code) for code in codes):
        raise SchemaError("schemas/icao-codes.yaml: every code must be one to three capital letters")
    return frozenset(codes)


def state_codes() -> frozenset[str]:
    """The shipped state codes (validated once, cached: see esorcheck.schema)."""
    from esorcheck.schema import shipped

    return shipped().state_codes
