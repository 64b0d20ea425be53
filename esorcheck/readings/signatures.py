"""The end of a letter: its closing, the signer's name and the lines under it, and whether it is signed.

A typed name under the closing, a titled name under the last sentence, or a
drawing or image near the end (a signature, a stamp) makes a letter signed;
the lines under the name say the signer's role. Every word is data
(``schemas/rules.yaml``: roles, name titles, words that are no names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from esorcheck.readings.names import name_parts, same_name
from esorcheck.readings.text import TextLine, text_lines
from esorcheck.schema.rules import rule_words
from esorcheck.split.cues import is_closing
from esorcheck.split.section import Section
from esorcheck.text import normalize

NAME_MAX_WORDS = 7
LINE_HEIGHT = 1.2  # of the font size, for distances between a signature image and its text
_SENTENCE_END = re.compile(r"[.!?]$")
INITIAL = re.compile(r"^[^\W\d_]\.$")


@dataclass
class SignatureBlock:
    """The end of a letter: its closing, the signer's name and the lines under it, a drawn signature."""

    closing: str | None = None
    name: str | None = None
    lines: list[str] = field(default_factory=list)  # the block's lines, name included
    roles: list[str] = field(default_factory=list)  # role keys (schemas/rules.yaml roles:) the block names
    page: int | None = None
    image: bool | None = None  # a drawing or image (signature, stamp) near the end; None: not looked for (a name was found)

    @property
    def signed(self) -> bool:
        """A typed signature (a name under the closing, or a name with its title) or a drawn one."""
        return self.name is not None or bool(self.image)

    @property
    def titles(self) -> list[str]:
        """The lines under the signer's name (role, institution), else the block's other lines."""
        at = next((i for i, line in enumerate(self.lines) if self.name and line.startswith(self.name)), None)
        under = self.lines[at + 1 :] if at is not None else []
        return under or [line for line in self.lines if not (self.name and line.startswith(self.name))]

    def describe(self) -> str:
        who = f"'{self.name}'" if self.name else "no name"
        if self.name and self.titles:
            who += f" ({', '.join(self.titles[:2])})"
        return who



def _looks_like_name(text: str) -> bool:
    """A person's name: a few capitalised words, no digits, no address or institution words."""
    words = text.split()
    if not 1 <= len(words) <= NAME_MAX_WORDS or any(ch.isdigit() for ch in text) or "@" in text or "http" in text:
        return False
    normalized = normalize(text)
    if not normalized or is_closing(text) or rule_words().roles_in(text):
        return False
    if any(f" {w} " in f" {normalized} " for w in rule_words().signatures.not_a_name):
        return False
    parts = name_parts(text)
    if not parts:
        return False
    capitalised = [p for p in parts if p[:1].isupper()]
    return bool(capitalised) and parts[0][:1].isupper() and len(capitalised) * 2 >= len(parts)


def _has_title(text: str) -> bool:
    titles = rule_words().name_titles
    return any(normalize(w).replace(" ", "") in titles for w in text.split()[:3])


def _pick_name(lines: list[TextLine], applicant: str | None) -> TextLine | None:
    """The signer's line: the applicant's name, else a titled name, else the first name-like line."""
    candidates = [tl for tl in lines if _looks_like_name(tl.text.split(",")[0])]
    if applicant:
        own = next((tl for tl in candidates if same_name(tl.text.split(",")[0], applicant)), None)
        if own:
            return own
    return next((tl for tl in candidates if _has_title(tl.text)), candidates[0] if candidates else None)


def _trailing_block(lines: list[TextLine], limit: int, max_words: int) -> list[TextLine]:
    """The last short lines of a letter without a closing, up to the last sentence."""
    block: list[TextLine] = []
    for tl in reversed(lines):
        text = tl.text.strip()
        if len(text.split()) > max_words or _SENTENCE_END.search(text) and not _abbreviated(text) or len(block) == limit:
            break
        block.insert(0, tl)
    return block


def _abbreviated(text: str) -> bool:
    """A line ending with a title or an initial ("Prof. Dr. med.", "Anna K.") is no sentence end."""
    last = text.split()[-1]
    return bool(INITIAL.match(last)) or normalize(last) in rule_words().name_titles


def read_signature(section: Section, applicant: str | None = None, lines: list[TextLine] | None = None) -> SignatureBlock:
    """The signature block of a letter (``applicant``: whose name to prefer as the signer's)."""
    words = rule_words().signatures
    lines = lines if lines is not None else text_lines(section)
    if not lines:
        return SignatureBlock()
    closing_at = next((i for i in range(len(lines) - 1, -1, -1) if is_closing(lines[i].text)), None)
    if closing_at is not None:
        block = lines[closing_at + 1 : closing_at + 1 + words.max_block_lines]
        block = [tl for tl in block if len(tl.text.split()) <= words.max_line_words]
        anchor = lines[closing_at]
    else:
        block = _trailing_block(lines, words.max_block_lines, words.max_line_words)
        anchor = block[0] if block else lines[-1]
    name_line = _pick_name(block, applicant)
    if closing_at is None and name_line is not None and len(block) < 2:
        name_line = None  # a lone short line after the text is no signature block
    result = SignatureBlock(
        closing=lines[closing_at].text if closing_at is not None else None,
        name=name_line.text.split(",")[0].strip() if name_line else None,
        lines=[tl.text for tl in block],
        roles=rule_words().roles_in(" \n ".join(tl.text for tl in block)),
        page=(name_line or anchor).page,
    )
    if result.name is None:  # only then does a drawn signature decide (and only then are drawings read)
        result.image = _image_near(section, anchor, block[-1] if block else anchor)
    return result


def _image_near(section: Section, first: TextLine, last: TextLine) -> bool:
    """A drawing or image from a few lines above the block's start down to just below its end."""
    words = rule_words().signatures
    boxes = [(box, page.height or 1.0) for page in section.pages if page.number in (first.page, last.page) for box in page.drawings]
    for box, height in boxes:
        top, bottom = box.top / height, box.bottom / height
        line_share = (first.line.size or 10.0) * LINE_HEIGHT / height
        if box.page == first.page and box.page == last.page:
            low, high = first.line.top - words.image_reach_above * line_share, last.line.top + words.image_reach_below * line_share
        elif box.page == first.page:
            low, high = first.line.top - words.image_reach_above * line_share, 1.0
        else:
            low, high = 0.0, last.line.top + words.image_reach_below * line_share
        if bottom >= low and top <= high:
            return True
    return False
