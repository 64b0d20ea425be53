"""pdf.scanned_pages (warning): pages that are images without a text layer.

Such pages are read with OCR (Tesseract, --ocr auto) and then checked like
any other; the finding names them, says they were read by OCR and how sure
Tesseract was, so that the values read from them can be looked at. A scan
that could not be read (Tesseract not installed, --ocr never, nothing
legible) is named with the reason, never guessed at and never held against
the applicant. Passes: every page has text. Fails: a scanned passport page.
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity, pages_phrase
from esorcheck.packet import Packet

ID = "pdf.scanned_pages"
HINT = "where you have the original, export it to PDF instead of scanning it"
CODES = {ID: Severity.WARNING}
SCOPES = ("packet", "cv")



def check(packet: Packet) -> Iterator[Finding]:
    run = packet.ocr
    if run is None:  # pragma: no cover - the checker always records the OCR run
        scans, read, unread = packet.unread_pages, [], packet.unread_pages
    else:
        scans = [p.page for p in run.scans]
        read = [p for p in run.scans if p.text_source != "none"]
        unread = [p.page for p in run.scans if p.text_source == "none"]
    if not scans:
        return
    parts, hint = [], HINT
    if read:
        confidences = [p.confidence for p in read if p.confidence is not None]
        sure = f", confidence {min(confidences):.0%}{' or more' if len(set(confidences)) > 1 else ''}" if confidences else ""
        parts.append(f"{pages_phrase([p.page for p in read])} read by OCR ({run.engine}{sure}): check the values read from {'it' if len(read) == 1 else 'them'}")
    if unread:
        reasons = sorted({p.problem for p in run.scans if p.text_source == "none" and p.problem}) if run else []
        why = f" ({'; '.join(reasons)})" if reasons else ""
        parts.append(f"{pages_phrase(unread)} could not be read{why}; their content could not be verified")
        if run and run.hint:
            hint = f"{run.hint}, then check again; {HINT}"
        elif run and run.mode == "never":
            hint = f"check again without --ocr never to read them; {HINT}"
    yield Finding(
        ID,
        Severity.WARNING,
        f"{pages_phrase(scans)} {'are scans' if len(scans) > 1 else 'is a scan'} without a text layer: " + "; ".join(parts),
        hint=hint,
        pages=tuple(scans),
    )
