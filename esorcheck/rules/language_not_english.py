"""language.not_english (error) and language.undetermined (info): each document's language.

The accepted languages come from the programme schema, per document
(``languages``) or for the whole call (``default_languages``); ``any`` means
no rule. A section not identified is held to the call's default languages:
it is still a document of the packet. Passes: an English motivation letter
for aim-china; a French language certificate for gustave-roussy-hybrid-imaging
(``[en, fr]``). Fails: a French motivation letter for aim-china; two pages
not identified, in Chinese, in an aim-china packet ("pages 5–6 (a document
not identified) are in Chinese"); a letter left in Lorem-ipsum placeholder
text (Latin). A section with too little text is reported as undetermined
(info) instead of guessed.
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity, pages_phrase
from esorcheck.packet import Packet
from esorcheck.schema.documents import vocabulary
from esorcheck.split.language import language_name

ID = "language.not_english"
UNDETERMINED = "language.undetermined"
CODES = {ID: Severity.ERROR, UNDETERMINED: Severity.INFO}
SCOPES = ("packet",)


def check(packet: Packet) -> Iterator[Finding]:
    for section in packet.sections:
        if section.scanned:
            continue
        identified = section.type != "unknown"
        accepted = packet.programme.languages_for(section.type) if identified else packet.programme.default_languages
        if "any" in accepted:
            continue
        label = vocabulary().label(section.type)
        pages = tuple(section.page_numbers)
        if section.language is None:
            if not identified:
                continue  # a blank or short page not identified: nothing to judge, nothing to say
            yield Finding(
                UNDETERMINED,
                Severity.INFO,
                f"{label} ({pages_phrase(section.page_numbers)}): language not judged, {section.language_note}",
                document=section.type,
                pages=pages,
            )
        elif section.language not in accepted:
            wanted = " or ".join(language_name(code) for code in accepted)
            where = pages_phrase(section.page_numbers)
            written = language_name(section.language)
            yield Finding(
                ID,
                Severity.ERROR,
                f"{label} ({where}) is in {written}; this call requires {wanted}" if identified else
                f"{where} (a document not identified) {'are' if len(pages) > 1 else 'is'} in {written}; "
                f"this call requires {wanted}",
                hint=f"submit the {label} in {wanted}, as the call asks" if identified else
                f"submit every document in {wanted}, as the call asks, and leave out pages that belong to none",
                document=section.type,
                pages=pages,
            )
