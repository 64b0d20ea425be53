"""language.not_english (error) and language.undetermined (info): each document's language.

The accepted languages come from the programme schema, per document
(``languages``) or for the whole call (``default_languages``); ``any`` means
no rule. Passes: an English motivation letter for aim-china; a French
language certificate for gustave-roussy-hybrid-imaging (``[en, fr]``).
Fails: a French motivation letter for aim-china. A section with too little
text is reported as undetermined (info) instead of guessed.
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
        if section.type == "unknown" or section.scanned:
            continue
        accepted = packet.programme.languages_for(section.type)
        if "any" in accepted:
            continue
        label = vocabulary().label(section.type)
        pages = tuple(section.page_numbers)
        if section.language is None:
            yield Finding(
                UNDETERMINED,
                Severity.INFO,
                f"{label} ({pages_phrase(section.page_numbers)}): language not judged, {section.language_note}",
                document=section.type,
                pages=pages,
            )
        elif section.language not in accepted:
            wanted = " or ".join(language_name(code) for code in accepted)
            yield Finding(
                ID,
                Severity.ERROR,
                f"{label} ({pages_phrase(section.page_numbers)}) is in {language_name(section.language)}; "
                f"this call requires {wanted}",
                hint=f"submit the {label} in {wanted}, as the call asks",
                document=section.type,
                pages=pages,
            )
