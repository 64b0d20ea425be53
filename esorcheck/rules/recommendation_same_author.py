"""recommendation.same_author (error): two recommendation letters are signed by the same person.

Two "letters" from one signer count as one, so a call that asks for two
letters (aim-china, bracco-fellowship's two letters of support) is not met
by them; anywhere else the second is no additional support. Signers are the
names of the letters' signature blocks, compared tolerantly (order, accents,
titles, initials: "Prof. Song Bin" is "Bin Song"). Passes: two letters
signed by different people, even on the same letterhead. Fails: two letters
both signed "Prof. Song Bin". Letters whose signer cannot be read are left
out (content.undetermined, info, when that leaves fewer than two to compare).

Names read by OCR with little confidence that look alike are a note (content.undetermined), not an error.
"""

from __future__ import annotations

from collections.abc import Iterator

from esorcheck.findings import Finding, Severity, pages_phrase
from esorcheck.packet import Packet
from esorcheck.readings.names import same_name
from esorcheck.rules.verdicts import CONTENT_UNDETERMINED, content_undetermined, ocr_doubt
from esorcheck.schema.rules import rule_words

ID = "recommendation.same_author"
CODES = {ID: Severity.ERROR, CONTENT_UNDETERMINED: Severity.INFO}
SCOPES = ("packet",)


def check(packet: Packet) -> Iterator[Finding]:
    letters = packet.readings.letters_of("recommendation_letter")
    named = [letter for letter in letters if letter.signature.name]
    unnamed = [letter for letter in letters if not letter.signature.name]
    groups: list[list] = []
    for letter in named:
        group = next((g for g in groups if same_name(g[0].signature.name, letter.signature.name)), None)
        if group is None:
            groups.append([letter])
        else:
            group.append(letter)
    doc = packet.programme.document("recommendation_letter")
    required = packet.programme.min_count(doc, packet.track) if doc else 0
    roles = " or ".join(rule_words().role_label(r) for r in doc.signer_roles) if doc and doc.signer_roles else ""
    hint = f"ask a different person ({roles}, as the call says) for each letter" if roles else "ask a different person for each letter"
    for group in groups:
        if len(group) < 2:
            continue
        pages = tuple(n for letter in group for n in letter.pages)
        doubt = ocr_doubt(packet, [letter.signature.page for letter in group if letter.signature.page], "a signer's name")
        if doubt:
            yield content_undetermined(ID, f"the letters on {pages_phrase(pages)} seem signed by one person "
                                           f"('{group[0].signature.name}'), but {doubt}",
                                       document="recommendation_letter", pages=pages)
            continue
        where = " and ".join(pages_phrase(letter.pages) for letter in group)
        distinct = len(groups) + len(unnamed)
        short = f"; the packet holds letters from {distinct} different signer{'s' if distinct != 1 else ''} where {required} are required" if distinct < required else ""
        yield Finding(
            ID,
            Severity.ERROR,
            f"the recommendation letters on {where} are all signed by '{group[0].signature.name}': "
            f"letters from the same person count as one{short}",
            hint=hint,
            document="recommendation_letter",
            pages=pages,
            evidence=tuple(f"{pages_phrase(letter.pages)}: signed {letter.signature.describe()}" for letter in group),
        )
    if len(letters) >= 2 and unnamed and len(named) < 2:
        pages = tuple(n for letter in unnamed for n in letter.pages)
        yield content_undetermined(ID, f"no signer's name could be read in the letter(s) on {pages_phrase(pages)}",
                                   document="recommendation_letter", pages=pages)
