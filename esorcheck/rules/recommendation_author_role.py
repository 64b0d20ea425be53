"""recommendation.author_role (warning): a recommendation letter is not signed by the role the call asks for.

Runs where the programme's recommendation letter has ``signer_roles``
(aim-china: Head of Department or Academic Tutor; exchange-fellowship and
the one-year fellowships: head of department). At least as many letters as
the call requires (``min``: two for aim-china, one elsewhere) must be signed
by someone whose signature block names one of these roles (the role words,
in several languages — "Chef de service", "Chefarzt", "Jefe de Servicio",
"Direttore" — are in ``schemas/rules.yaml`` roles:). Passes: a letter signed
"Head of the Department of Radiology". Fails: where too few letters come
from such a signer, each letter whose signer holds another role ("Head of
the Thoracic Imaging Unit"). A letter without a readable signature block is
not guessed at: content.undetermined (info).
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity, pages_phrase
from esorcheck.packet import Packet
from esorcheck.rules.verdicts import (
    CONTENT_UNDETERMINED,
    content_undetermined,
)
from esorcheck.schema.rules import rule_words

ID = "recommendation.author_role"
CODES = {ID: Severity.WARNING, CONTENT_UNDETERMINED: Severity.INFO}
SCOPES = ("packet",)


def check(packet: Packet) -> Iterator[Finding]:
    doc = packet.programme.document("recommendation_letter")
    if doc is None or not doc.signer_roles:
        return
    words = rule_words()
    wanted = " or ".join(words.role_label(r) for r in doc.signer_roles)
    needed = max(packet.programme.min_count(doc, packet.track), 1)
    letters = packet.readings.letters_of("recommendation_letter")
    holding = [letter for letter in letters if set(letter.signature.roles) & set(doc.signer_roles)]
    if len(holding) >= needed:
        return
    for letter in letters:
        if letter in holding:
            continue
        where = pages_phrase(letter.pages)
        signature = letter.signature
        if not signature.name:
            yield content_undetermined(ID, f"no signer's name and title could be read in the letter of recommendation ({where})",
                                       document="recommendation_letter", pages=letter.pages)
            continue
        yield Finding(
            ID,
            Severity.WARNING,
            f"the letter of recommendation ({where}) is signed by {signature.describe()}, not by a {wanted}; "
            f"the call asks for {needed} letter{'s' if needed > 1 else ''} from one",
            hint=f"the call asks for letters from a {wanted}; make sure the signer's title says so",
            document="recommendation_letter",
            pages=letter.pages,
            evidence=tuple(f"signature block: {line}" for line in signature.lines),
        )
