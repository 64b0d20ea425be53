"""passport.expired (error) and passport.expiry_undetermined (info): valid until the fellowship ends?

The expiry date is read from the machine-readable zone (its check digit must
hold) and compared with the end of the fellowship from the programme schema
(``dates.fellowship_end``; else its start). Passes: a passport valid beyond
the fellowship's end. Fails: one expiring before it, or already expired at
the reference date (--as-of) where the schema gives no fellowship dates.
When the expiry or the fellowship's dates are unknown, that is said (info).
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity
from esorcheck.packet import Packet

ID = "passport.expired"
UNDETERMINED = "passport.expiry_undetermined"
HINT = "renew the passport before applying and submit a copy of the new one"
CODES = {ID: Severity.ERROR, UNDETERMINED: Severity.INFO}
SCOPES = ("packet",)


def check(packet: Packet) -> Iterator[Finding]:
    passport = packet.passport
    if passport is None or passport.zone is None:
        return  # no passport, an unread scan, or no zone: other findings say so
    where = passport.where
    pages = tuple(passport.pages)
    expiry = passport.expiry
    if expiry is None:
        yield Finding(
            UNDETERMINED, Severity.INFO,
            f"{where}: whether the passport is valid could not be determined: its expiry date could not be read reliably",
            document="passport_copy", pages=pages,
        )
        return
    dates = packet.programme.dates if packet.programme else None
    end = dates and (dates.fellowship_end or dates.fellowship_start)
    if end is not None and expiry < end:
        what = "ends" if dates.fellowship_end else "starts"
        yield Finding(
            ID, Severity.ERROR,
            f"{where}: the passport expires on {expiry.isoformat()}, before the fellowship {what} on {end.isoformat()}",
            hint=HINT, document="passport_copy", pages=pages,
        )
    elif end is None and expiry < packet.as_of:
        yield Finding(
            ID, Severity.ERROR,
            f"{where}: the passport expired on {expiry.isoformat()} (checked as of {packet.as_of.isoformat()})",
            hint=HINT, document="passport_copy", pages=pages,
        )
    elif end is None:
        yield Finding(
            UNDETERMINED, Severity.INFO,
            f"{where}: the passport is valid until {expiry.isoformat()}; whether that covers the fellowship could not be "
            "determined: the call's schema gives no fellowship dates",
            document="passport_copy", pages=pages,
        )
