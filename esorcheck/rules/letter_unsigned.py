"""letter.unsigned (warning): a letter ends without a signature.

Runs on the documents the programme marks ``signed`` (motivation and
recommendation letters everywhere; the confirmation of resident status and
the Bracco confirmation letter). A letter is signed when it ends with a
closing ("Yours sincerely", "Kind regards"…) followed by the signer's name
(and title), or with a name block under its last sentence, or when a drawn
or pasted signature stands near its end. Passes: "Kind regards," / "Prof.
Song Bin" / "Head of the Department of Radiology"; a scribbled signature
above the typed name. Fails: a letter whose last line is its last sentence,
with no name and no signature image. A scanned letter cannot be read:
content.undetermined (info). (The funding declaration's signer is
funding.track_mismatch's concern.)
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity, pages_phrase
from esorcheck.packet import Packet
from esorcheck.rules.verdicts import CONTENT_UNDETERMINED, unread_scan
from esorcheck.schema.documents import vocabulary

ID = "letter.unsigned"
LAST_LINES = 2
CODES = {ID: Severity.WARNING, CONTENT_UNDETERMINED: Severity.INFO}
SCOPES = ("packet",)


def check(packet: Packet) -> Iterator[Finding]:
    for doc, section, letter in packet.marked_letters("signed"):
        label, pages = vocabulary().label(doc.type), tuple(section.page_numbers)
        if letter is None:
            yield unread_scan(ID, doc.type, pages)
        elif not letter.signature.signed:
            last = [line.text for line in section.pages[-1].lines if line.text.strip()][-LAST_LINES:]
            yield Finding(
                ID,
                Severity.WARNING,
                f"the {label} ({pages_phrase(pages)}) is not signed: no closing with the signer's name and title, "
                "and no signature near its end",
                hint="end the letter with a closing, the signer's signature, name and title",
                document=doc.type,
                pages=pages,
                evidence=tuple(f"ends with: {line}" for line in last),
            )
