"""document.unexpected (warning): a document the call does not ask for, or in the wrong place.

Fails in three ways: a document type the programme does not list (a passport
in an aim-china packet); more copies than the call allows (two CVs); a
document the call wants at the bottom (additional documentation) followed by
the required ones. Passes: only the listed documents, within their counts,
with additional documents last; a cover sheet or table of contents at the top
(front matter, allowed in any call). A cover sheet further down is flagged.
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity, pages_phrase
from esorcheck.packet import Packet
from esorcheck.schema.documents import vocabulary

ID = "document.unexpected"
CODES = {ID: Severity.WARNING}
SCOPES = ("packet",)


def check(packet: Packet) -> Iterator[Finding]:
    programme = packet.programme
    types = vocabulary().types
    for index, section in enumerate(packet.sections):
        front_matter = section.type in types and types[section.type].front_matter
        if front_matter and all(s.type == section.type for s in packet.sections[:index]):
            continue  # a cover sheet at the top
        if section.type != "unknown" and programme.document(section.type) is None:
            yield Finding(
                ID,
                Severity.WARNING,
                f"a {vocabulary().label(section.type)} ({pages_phrase(section.page_numbers)}) "
                "is not among the documents this call asks for",
                hint="remove it unless the call asks for it, or put it at the end as additional documentation",
                document=section.type,
                pages=tuple(section.page_numbers),
            )
    for doc in programme.documents:
        found = packet.sections_of(doc.type)
        if doc.max is not None and len(found) > doc.max:
            yield Finding(
                ID,
                Severity.WARNING,
                f"{doc.label}: {len(found)} found, the call asks for at most {doc.max}",
                hint="keep only the one(s) the call asks for",
                document=doc.type,
                pages=tuple(n for s in found for n in s.page_numbers),
            )
    last_types = {d.type for d in programme.documents if d.position == "last"}
    seen_last = None
    for section in packet.sections:
        if section.type in last_types:
            seen_last = seen_last or section
        elif seen_last is not None and section.type != "unknown" and programme.document(section.type):
            yield Finding(
                ID,
                Severity.WARNING,
                f"{programme.document(seen_last.type).label} (from page {seen_last.first_page}) must stand at the "
                f"bottom of the PDF, but {vocabulary().label(section.type)} follows on page {section.first_page}",
                hint="move the additional documents to the end of the packet",
                document=seen_last.type,
                pages=tuple(seen_last.page_numbers),
            )
            break
