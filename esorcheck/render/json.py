"""JSON and JSON Lines output: the machine contract, nothing but the report on stdout."""

from __future__ import annotations

import json
from typing import TextIO

from esorcheck.report import PacketReport


def render_json(report: PacketReport, out: TextIO) -> None:
    out.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")  # one write: dump() makes thousands


def render_jsonl(report: PacketReport, out: TextIO) -> None:
    out.write(json.dumps(report.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n")
    out.flush()
