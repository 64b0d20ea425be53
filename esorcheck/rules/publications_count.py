"""publications.count (warning): the publication list does not hold the number of entries the call asks for.

Runs on the documents the programme gives ``entries`` (the "list of five
most important publications" of the one-year fellowships: 5). Entries are
counted, not lines: numbered items 1, 2, 3… (the longest run from 1), or,
in a list without numbers, the distinct DOIs and PMIDs (patterns in
``schemas/rules.yaml`` publications:). Passes: five numbered references, each
wrapped over two or three lines. Fails: four, or seven. A scanned list, or
one with neither numbers nor identifiers, cannot be counted:
content.undetermined (info).
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity, pages_phrase
from esorcheck.packet import Packet
from esorcheck.rules.verdicts import (
    CONTENT_UNDETERMINED,
    content_undetermined,
    unread_scan,
)

ID = "publications.count"
CODES = {ID: Severity.WARNING, CONTENT_UNDETERMINED: Severity.INFO}
SCOPES = ("packet",)


def check(packet: Packet) -> Iterator[Finding]:
    counted = {facts.section.first_page: facts for facts in packet.readings.publications}
    for doc in packet.programme.documents:
        if doc.entries is None:
            continue
        for section in packet.sections_of(doc.type):
            pages = tuple(section.page_numbers)
            where = pages_phrase(pages)
            facts = counted.get(section.first_page)
            if facts is None:
                yield unread_scan(ID, doc.type, pages)
                continue
            if facts.entries == 0:
                yield content_undetermined(ID, f"the publication list ({where}) has neither numbered entries nor DOIs/PMIDs to count",
                                           document=doc.type, pages=pages)
                continue
            if facts.entries == doc.entries:
                continue
            yield Finding(
                ID,
                Severity.WARNING,
                f"the publication list ({where}) holds {facts.entries} entr{'ies' if facts.entries != 1 else 'y'} "
                f"({facts.how}); the call asks for {doc.entries} ({doc.label})",
                hint=f"list exactly your {doc.entries} most important publications, numbered",
                document=doc.type,
                pages=pages,
            )
