"""passport.mrz_invalid (error) and passport.mrz_unread (info): the passport's machine-readable zone.

Every check digit of the TD3 zone is recomputed (ICAO 9303, weights 7-3-1):
document number, date of birth, date of expiry, personal number and the
composite over line 2. OCR slips are undone first (mrz.py), so a failing
digit is a zone that does not add up. Passes: a passport copy whose zone
adds up, typed or scanned. Fails: a zone whose date-of-birth check digit is
wrong (error, naming the digit) — typed in a text layer, or on a scan where
independent readings of the zone agree on the same failing digits with good
confidence (ocr/zone.py). A scanned zone whose readings do not agree, one the parser reads but
cannot verify (a slip its check digits cannot single out), and a
passport copy on which no zone could be read, are noted (info,
passport.mrz_unread): its values cannot be checked, which is not the
applicant's error (a zone whose check digits all hold, doubted only in a field
other than the expiry, still gives its expiry: passport.expired may follow). A scan that could not be read at all is pdf.scanned_pages.
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity
from esorcheck.packet import Packet
from esorcheck.readings import mrz
from esorcheck.readings.mrz import CHECK_LABELS

ID = "passport.mrz_invalid"
UNREAD = "passport.mrz_unread"
CODES = {ID: Severity.ERROR, UNREAD: Severity.INFO}
SCOPES = ("packet",)


def check(packet: Packet) -> Iterator[Finding]:
    passport = packet.passport
    if passport is None or not passport.read:
        return
    where = passport.where
    zone = passport.zone
    if zone is None:
        yield Finding(
            UNREAD,
            Severity.INFO,
            f"{where}: no machine-readable zone found, so the passport's data could not be checked",
            hint="copy the whole identity page, including the two lines of characters at its foot, sharp and straight",
            document="passport_copy",
            pages=tuple(passport.pages),
        )
        return
    if zone.valid and (zone.verified or passport.text_source == "text-layer"):
        return
    if not passport.confirmed or zone.status != mrz.INVALID:
        how = ("was read, but part of it rests on a reading its check digits cannot single out" if zone.valid else
               "could not be read reliably (its readings disagree, or a check digit fails on only one of them)")
        then = ("; its expiry date, which its own check digit and the composite confirm, is used, its other values "
                "are not" if passport.expiry is not None else ", so the passport's data could not be checked")
        yield Finding(
            UNREAD,
            Severity.INFO,
            f"{where}: the machine-readable zone {how}{then}",
            hint="check that the copy of the identity page is sharp and straight, the two lines at its foot included",
            document="passport_copy",
            pages=tuple(passport.pages),
            evidence=tuple(f"MRZ line {n} as best read: {line}" for n, line in enumerate(zone.lines, start=1))
            + tuple(zone.doubts) + ((passport.reading.describe(),) if passport.reading is not None else ()),
        )
        return
    failed = [CHECK_LABELS[name] for name in zone.failed_checks]
    by_ocr = passport.text_source in ("ocr", "mixed")
    yield Finding(
        ID,
        Severity.ERROR,
        f"{where}: the machine-readable zone's check digit{'s' if len(failed) > 1 else ''} for the "
        f"{', '.join(failed)} {'do' if len(failed) > 1 else 'does'} not match"
        + (" (the zone was read by OCR)" if by_ocr else ""),
        hint="submit a copy of a valid passport; "
        + ("if the passport is valid, a sharper, straight scan of its identity page lets the zone be read" if by_ocr
           else "check that the copy is of the passport itself, unedited"),
        document="passport_copy",
        pages=tuple(passport.pages),
        evidence=tuple(f"MRZ line {n}: {line}" for n, line in enumerate(zone.lines, start=1)) + tuple(zone.corrections),
    )
