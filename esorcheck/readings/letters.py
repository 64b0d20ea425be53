"""What a letter says besides its signature: its salutation, whether it is addressed to the committee, whom it names."""

from __future__ import annotations

from dataclasses import dataclass

from esorcheck.readings.signatures import INITIAL, SignatureBlock, read_signature
from esorcheck.readings.text import TextLine, text_lines
from esorcheck.schema.documents import vocabulary
from esorcheck.schema.rules import rule_words

# The splitter's own salutation test, so that letters begin where the splitter says they do.
from esorcheck.split.cues import is_salutation
from esorcheck.split.section import Section
from esorcheck.text import normalize

MENTION_MAX_PARTS = 4


@dataclass
class LetterFacts:
    """What a letter says of itself: whom it is addressed to, whom it names, and who signed it."""
    section: Section
    salutation: str | None
    committee: str | None  # the committee addressee found in the letter's head
    signature: SignatureBlock
    mentions: list[tuple[str, int]]  # names the text introduces ("Dr. Wang Yuqing"), with their page

    @property
    def pages(self) -> tuple[int, ...]:
        return tuple(self.section.page_numbers)



def _head(section: Section, lines: list[TextLine]) -> tuple[str | None, str | None]:
    """The salutation, and the committee addressee written above it or in it."""
    share = rule_words().addressee.head_share
    first = section.pages[0].number if section.pages else None
    salutation, committee = None, None
    for tl in lines:
        if tl.page != first or tl.line.top > share:
            break
        normalized = normalize(tl.text)
        padded = f" {normalized} "
        committee = committee or next((p for p in vocabulary().letters.committee_addressees if f" {p} " in padded), None)
        if is_salutation(tl.text):
            salutation = tl.text
            break
    return salutation, committee


def _mentions(lines: list[TextLine], skip: set[str]) -> list[tuple[str, int]]:
    """Names the text introduces with a title ("Dr. Wang Yuqing", "Ms Aoife Brennan"), with their page."""
    names = rule_words().names
    titles = {t.rstrip(".") for t in names.mention_titles}
    # (word, page, last word of its line?): a name runs on to the next line only right after its title.
    tokens = [(word, tl.page, n == len(words) - 1) for tl in lines if tl.text not in skip
              for words in [tl.text.split()] for n, word in enumerate(words)]
    found = []
    for i, (word, page, _) in enumerate(tokens):
        if word.rstrip(".") not in titles:
            continue
        j = i + 1
        while j < len(tokens) and normalize(tokens[j][0]) in names.mention_skip:
            j += 1
        parts = []
        while j < len(tokens) and len(parts) < MENTION_MAX_PARTS:
            if parts and tokens[j - 1][2]:
                break
            raw = tokens[j][0]
            token = raw.strip("\"“”‘'(")
            for suffix in ("'s", "’s"):
                token = token.removesuffix(suffix)
            core = token.rstrip(",.;:!?)")
            if not core or not core[:1].isupper() or core.rstrip(".") in titles or (len(core) == 1 and not token.endswith(".")):
                break
            parts.append(core)
            j += 1
            if token != core and not INITIAL.match(token):
                break
        if parts:
            found.append((" ".join(parts), page))
    return found


def read_letter(section: Section, applicant: str | None) -> LetterFacts:
    lines = text_lines(section)
    salutation, committee = _head(section, lines)
    signature = read_signature(section, applicant, lines)
    skip = set(signature.lines) | ({salutation} if salutation else set())
    return LetterFacts(section, salutation, committee, signature, _mentions(lines, skip))
