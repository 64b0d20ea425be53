"""consistency.name_mismatch (warning): the applicant's name differs between the CV, the passport and the letters.

The CV's Surname and First Name(s) are the reference. They are compared with
the passport's machine-readable zone (when it was read), with the signer of
the motivation letter (the applicant), and with the people the other letters
introduce ("we recommend Dr. Wang Yuqing", "Dr. Wang will be self-funded"):
a letter that names someone, never the applicant, was probably written for
someone else. Names are compared tolerantly: order ("Wang Yuqing" / "Yuqing
Wang"), accents and transliteration ("Müller-Łukasiewicz" /
"MUELLER<LUKASIEWICZ"), initials ("Z. Müller"), hyphens and titles; in a
zone read by OCR, letters around name parts may be fillers misread ("JUNK"
for "JUN<", "ANNAXMARIAS" for "ANNA<MARIA<", "CHRISTOPHESSS"), and a longer
name may hold a letter misread: line 1 has no check digit to tell
(``readings.names.may_be_read_as``).
Passes: the same person written several ways. Fails: a recommendation
letter for "Dr. Zhao Jianguo" in Wang Yuqing's packet; a passport in another
name. Without a readable CV name there is nothing to compare with:
content.undetermined (info).
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity, pages_phrase
from esorcheck.packet import Packet
from esorcheck.readings.names import may_be_read_as, name_parts, same_name, spellings
from esorcheck.rules.verdicts import (
    CONTENT_UNDETERMINED,
    content_undetermined,
)
from esorcheck.schema.documents import vocabulary
from esorcheck.text import normalize

ID = "consistency.name_mismatch"
HINT = "use the same name, spelt the same way, in every document (as in the passport); have letters name you correctly"
CODES = {ID: Severity.WARNING, CONTENT_UNDETERMINED: Severity.INFO}
SCOPES = ("packet",)


def _passport_name(packet: Packet) -> tuple[str, tuple[int, ...], bool] | None:
    """The name in the passport's machine-readable zone, its pages, and whether OCR read it."""
    passport = packet.passport
    # Only a zone read with confidence: every check digit holding (or typed), not one OCR read only in part.
    zone = passport.zone if passport is not None and passport.confirmed and (passport.trusted or passport.text_source == "text-layer") else None
    if zone is None or not zone.surname:
        return None
    return f"{zone.given_names or ''} {zone.surname}".strip(), tuple(passport.pages), passport.text_source != "text-layer"



def _names_applicant(text: str, applicant: str) -> bool:
    """Does the text carry any of the applicant's name parts (for letters that name others too)?"""
    padded = f" {normalize(text)} "
    return any(f" {form} " in padded for part in name_parts(applicant) if len(part) > 1 for form in spellings(part))


def check(packet: Packet) -> Iterator[Finding]:
    applicant = packet.readings.applicant
    passport = _passport_name(packet)
    letters = packet.readings.letters
    if applicant is None:
        if passport or letters:
            yield content_undetermined(ID, "the CV gives no name to compare the passport and the letters with", document="cv")
        return
    if passport and not (may_be_read_as(applicant, passport[0]) if passport[2] else same_name(passport[0], applicant)):
        yield Finding(
            ID, Severity.WARNING,
            f"the passport{f' ({pages_phrase(passport[1])})' if passport[1] else ''} is in the name '{passport[0]}', "
            f"the CV in '{applicant}'",
            hint=HINT, document="passport_copy", pages=passport[1],
        )
    for letter in letters:
        label = vocabulary().label(letter.section.type)
        where = pages_phrase(letter.pages)
        if letter.section.type == "motivation_letter":
            signer = letter.signature.name
            if signer and not same_name(signer, applicant):
                yield Finding(
                    ID, Severity.WARNING,
                    f"the {label} ({where}) is signed '{signer}', but the CV is in the name '{applicant}'",
                    hint=HINT, document=letter.section.type, pages=letter.pages,
                )
            continue
        mentions = [(name, page) for name, page in letter.mentions if not same_name(name, letter.signature.name or "")]
        if not mentions or any(same_name(name, applicant) for name, _ in mentions):
            continue
        if _names_applicant(letter.section.text, applicant):
            continue
        shown = ", ".join(sorted({f"'{name}' (page {page})" for name, page in mentions}))
        yield Finding(
            ID, Severity.WARNING,
            f"the {label} ({where}) names {shown}, never the applicant '{applicant}' of the CV",
            hint=HINT, document=letter.section.type, pages=letter.pages,
            evidence=tuple(f"mentioned: {name} (page {page})" for name, page in mentions),
        )
