"""Lines of the report for people about OCR and the passport copy's machine-readable zone."""

from __future__ import annotations

from rich.text import Text

from esorcheck.findings import pages_phrase
from esorcheck.readings import mrz
from esorcheck.readings.mrz import CHECK_LABELS
from esorcheck.readings.passport import Passport
from esorcheck.report import PacketReport


def ocr_lines(report: PacketReport) -> list[Text]:
    """Which scans OCR read (with its confidence and speed), and which it could not, and why."""
    run = report.ocr
    if run is None or not run.pages:
        return []
    lines = []
    read = [p for p in run.pages if p.text_source == "ocr"]
    if read:
        confidences = [p.confidence for p in read if p.confidence is not None]
        low, high = (f"{min(confidences):.0%}", f"{max(confidences):.0%}") if confidences else ("", "")
        sure = f", confidence {low}" + (f"–{high}" if high != low else "") if confidences else ""
        lines.append(Text(f"Read by OCR: {pages_phrase([p.page for p in read])} ({run.engine}{sure}, {run.seconds / len(read):.1f} s a page)", style="dim"))
    unread = [p for p in run.pages if p.text_source == "none"]
    if unread:
        reasons = sorted({p.problem for p in unread if p.problem})
        hint = f" — {run.hint}" if run.hint else ""
        lines.append(Text(f"OCR could not read {pages_phrase([p.page for p in unread])}: {'; '.join(reasons) or 'no reason given'}{hint}", style="yellow"))
    return lines


def passport_line(passport: Passport) -> Text:
    """One line: the names, nationality, sex, birth and expiry dates read from the zone, and its check digits."""
    where = f"Passport ({pages_phrase(passport.pages)}{', read by OCR' if passport.text_source in ('ocr', 'mixed') else ''}): "
    zone = passport.zone
    if not passport.read:
        return Text(where + "scan not read", style="yellow")
    if zone is None:
        return Text(where + "no machine-readable zone found", style="yellow")
    values = [
        f"{zone.surname}, {zone.given_names}" if zone.given_names else zone.surname,
        f"nationality {zone.nationality}",
        f"sex {zone.sex or 'unspecified'}",
        f"born {zone.date_of_birth.isoformat() if zone.date_of_birth else '?'}",
        f"expires {zone.expiry.isoformat() if zone.expiry else '?'}",
        f"no. {zone.document_number}",
    ]
    text = Text(where + " · ".join(values) + " · ")
    if zone.valid and not zone.doubts:
        text.append("check digits OK", style="green")
    elif zone.valid or zone.status == mrz.UNVERIFIED:
        text.append("read, not verified: " + "; ".join(zone.doubts or ["a check digit may be misread"]), style="yellow")
    else:
        text.append("check digit wrong: " + ", ".join(CHECK_LABELS[n] for n in zone.failed_checks), style="red")
    return text
