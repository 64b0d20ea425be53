"""JSON and JSON Lines output: the machine contract, nothing but the report on stdout."""

from __future__ import annotations

import json
from typing import TextIO

from esorcheck.report import PacketReport


def render_json(report: PacketReport, out: TextIO) -> None:
    json.dump(report.to_dict(), out, ensure_ascii=False, indent=2)
    out.write("\n")


def render_jsonl(report: PacketReport, out: TextIO) -> None:
    json.dump(report.to_dict(), out, ensure_ascii=False, separators=(",", ":"))
    out.write("\n")
    out.flush()
