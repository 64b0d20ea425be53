"""What a letter says besides its signature: its salutation, whether it is addressed to the committee, whom it names."""

from __future__ import annotations

from dataclasses import dataclass

from esorcheck.readings.names import titled_mentions
from esorcheck.readings.signatures import SignatureBlock, read_signature
from esorcheck.readings.text import TextLine, text_lines
from esorcheck.schema.documents import vocabulary
from esorcheck.schema.rules import rule_words

# The splitter's own salutation test, so that letters begin where the splitter says they do.
from esorcheck.split.cues import is_salutation
from esorcheck.split.section import Section
from esorcheck.text import normalize


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
        committee = committee or vocabulary().letters.committee_in(normalize(tl.text))
        if is_salutation(tl.text):
            salutation = tl.text
            break
    return salutation, committee


def read_letter(section: Section, applicant: str | None) -> LetterFacts:
    lines = text_lines(section)
    salutation, committee = _head(section, lines)
    signature = read_signature(section, applicant, lines)
    skip = set(signature.lines) | ({salutation} if salutation else set())
    return LetterFacts(section, salutation, committee, signature,
                       titled_mentions((tl.text, tl.page) for tl in lines if tl.text not in skip))
