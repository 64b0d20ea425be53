"""The eligibility block of the report for people: each rule the call states, the value used, ✔ / ✘ / ?.

The verdicts are decided in the core (report.eligibility); this only lays them out.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from esorcheck.rules.verdicts import Verdict

MARKS = {"ok": ("✔", "OK", "green"), "failed": ("✘", "XX", "red"), "undetermined": ("?", "??", "yellow")}


def eligibility_block(verdicts: list[Verdict], ascii_only: bool) -> Table:
    table = Table(title="Eligibility", title_justify="left", box=None, show_header=False, padding=(0, 1))
    table.add_column("")
    table.add_column("Rule")
    table.add_column("Value used")
    for verdict in verdicts:
        mark, ascii_mark, style = MARKS[verdict.status]
        if verdict.status == "failed" and verdict.severity.value == "warning":
            style = "yellow"
        rule = Text(verdict.label, style="bold")
        rule.append(f"\n{verdict.requirement}", style="dim")
        value = Text(verdict.value)
        if verdict.status == "undetermined" and verdict.message:
            value.append(f"\ncould not determine: {verdict.message}", style="yellow")
        table.add_row(Text(ascii_mark if ascii_only else mark, style=style), rule, value)
    return table
