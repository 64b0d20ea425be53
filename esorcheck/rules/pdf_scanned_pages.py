"""pdf.scanned_pages (warning): pages that are images without a text layer.

Such pages are read with OCR (Tesseract, --ocr auto) and then checked like
any other; the finding names them, says they were read by OCR and how sure
Tesseract was, so that the values read from them can be looked at. A scan
that could not be read (Tesseract not installed, --ocr never, nothing
legible) is named with the reason, never guessed at and never held against
the applicant. Passes: every page has text, a scan made searchable by another
program's OCR too (its hidden text layer is read again, but it has one). Fails:
a scanned passport page.
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity, pages_phrase
from esorcheck.packet import Packet

ID = "pdf.scanned_pages"
# Documents the applicant writes: a scan of one loses its text, where exporting the original keeps it. A passport,
# a certificate or a signed declaration is paper: a scan is the only way, and nothing to fix.
WRITTEN = ("cv", "motivation_letter", "publication_list", "reference_list")
CODES = {ID: Severity.WARNING}
SCOPES = ("packet", "cv")


def check(packet: Packet) -> Iterator[Finding]:
    run = packet.ocr
    if run is None:  # pragma: no cover - the checker always records the OCR run
        scans, read, unread = packet.unread_pages, [], packet.unread_pages
    else:
        # A scan another program's OCR made searchable has a text layer, hidden under its image: it is read
        # again (ocr/), but it is no page without a text layer.
        hidden = {p.number for p in packet.pages if p.hidden_text}
        records = [p for p in run.scans if p.page not in hidden]
        scans = [p.page for p in records]
        read = [p for p in records if p.text_source != "none"]
        unread = [p.page for p in records if p.text_source == "none"]
    if not scans:
        return
    parts, hints = [], []
    if read:
        confidences = [p.confidence for p in read if p.confidence is not None]
        sure = f", confidence {min(confidences):.0%}{' or more' if len(set(confidences)) > 1 else ''}" if confidences else ""
        some = f" ({pages_phrase([p.page for p in read])})" if unread else ""
        parts.append(f"read by OCR{some} ({run.engine}{sure})")
    if unread:
        reasons = sorted({p.problem for p in run.scans if p.text_source == "none" and p.problem}) if run else []
        why = f" ({'; '.join(reasons)})" if reasons else ""
        some = f" {pages_phrase(unread)}" if read else ""
        parts.append(f"could not be read{some}{why}, so {'its' if len(unread) == 1 else 'their'} content could not be verified")
        if run and run.hint:
            hints.append(f"{run.hint}, then check again")
        elif run and run.mode == "never":
            hints.append(f"check again without --ocr never to read {'it' if len(unread) == 1 else 'them'}")
    written = [s for s in packet.sections if s.type in WRITTEN and set(s.page_numbers) & set(scans)]
    if written:
        from esorcheck.schema.documents import vocabulary

        names = ", ".join(f"the {vocabulary().label(s.type)} ({pages_phrase(s.page_numbers)})" for s in written)
        hints.append(f"{names}: export it to PDF from the original document rather than scanning a printout")
    yield Finding(
        ID,
        Severity.WARNING,
        f"{pages_phrase(scans)} {'are scans' if len(scans) > 1 else 'is a scan'} without a text layer: " + "; ".join(parts),
        hint="; ".join(hints) or None,
        pages=tuple(scans),
    )
