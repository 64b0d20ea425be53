"""eligibility.deadline (warning): the packet is checked after the call's closing date.

The date is the programme's ``dates.closes`` (exchange-fellowship 2024-03-18,
icm-oncologic-imaging 2023-02-15, gustave-roussy-hybrid-imaging
2021-03-31); a call without one is not checked. Passes: checked on the
closing day or before (``--as-of``, default today). Fails: checked the day
after or later — a warning, since the office may still accept a late packet
or the applicant may be checking an old one.
"""

from __future__ import annotations

from esorcheck.findings import Severity
from esorcheck.packet import Packet
from esorcheck.rules.verdicts import Verdict, shown

ID = "eligibility.deadline"
CODES = {ID: Severity.WARNING}
SCOPES = ("packet",)


def assess(packet: Packet) -> list[Verdict]:
    closes = packet.programme.dates.closes
    if closes is None:
        return []
    requirement = f"submitted by {shown(closes)}"
    value = f"checked on {shown(packet.as_of)}"
    if packet.as_of <= closes:
        return [Verdict(ID, "Deadline", requirement, "ok", value)]
    late = (packet.as_of - closes).days
    return [Verdict(ID, "Deadline", requirement, "failed", value, severity=Severity.WARNING,
                    message=f"checked on {shown(packet.as_of)}, {late} day{'s' if late != 1 else ''} after the call closed "
                            f"on {shown(closes)}",
                    hint="check the current call for its dates, or give the application date with --as-of")]

