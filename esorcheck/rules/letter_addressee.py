"""letter.addressee (warning): a letter is not addressed to the call's committee where the call asks for it.

Runs on the documents the programme marks ``addressed_to_committee`` (the
motivation and recommendation letters of aim-china and exchange-fellowship,
the motivation letter of visiting-scholarship-europe). The head of the
letter — the address block above the salutation, and the salutation — must
name the committee (the committee addressees of ``schemas/documents.yaml``
letters:, and their translations in ``schemas/rules.yaml`` addressee:).
Passes: "Dear Members of the Evaluation Committee,"; "Dear Colleagues,"
under an address block "ESOR Evaluation Committee"; "À l'attention du Comité
d'évaluation". Fails: "To whom it may concern," with no committee address.
A scanned letter cannot be read: content.undetermined (info).
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity, pages_phrase
from esorcheck.packet import Packet
from esorcheck.rules.verdicts import CONTENT_UNDETERMINED, unread_scan
from esorcheck.schema.documents import vocabulary

ID = "letter.addressee"
CODES = {ID: Severity.WARNING, CONTENT_UNDETERMINED: Severity.INFO}
SCOPES = ("packet",)


def check(packet: Packet) -> Iterator[Finding]:
    for doc, section, letter in packet.marked_letters("addressed_to_committee"):
        label, pages = vocabulary().label(doc.type), tuple(section.page_numbers)
        if letter is None:
            yield unread_scan(ID, doc.type, pages)
        elif not letter.committee:
            opening = f"it opens '{letter.salutation}'" if letter.salutation else "no salutation found"
            yield Finding(
                ID,
                Severity.WARNING,
                f"the {label} ({pages_phrase(pages)}) is not addressed to the {packet.programme.committee} ({opening})",
                hint=f"address the letter to the {packet.programme.committee}, e.g. '{packet.programme.committee_salutation}'",
                document=doc.type,
                pages=pages,
            )
