"""JSON and JSON Lines output: the machine contract, nothing but the report on stdout.

On a stream that is not UTF-8 the JSON escapes what it cannot hold (\\u7533), which every reader decodes.
"""

from __future__ import annotations

import json
from typing import TextIO

from esorcheck.render.fallback import is_utf
from esorcheck.report import PacketReport


def render_json(report: PacketReport, out: TextIO) -> None:
    out.write(json.dumps(report.to_dict(), ensure_ascii=not is_utf(out), indent=2) + "\n")  # one write: dump() makes thousands


def render_jsonl(report: PacketReport, out: TextIO) -> None:
    out.write(json.dumps(report.to_dict(), ensure_ascii=not is_utf(out), separators=(",", ":")) + "\n")
    out.flush()
