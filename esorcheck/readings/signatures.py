"""The end of a letter: its closing, the signer's name and the lines under it, and whether it is signed.

A typed name under the closing, a titled name under the last sentence, or a
drawing or image near the end (a signature, a stamp) makes a letter signed;
the lines under the name say the signer's role. Every word is data
(``schemas/rules.yaml``: roles, signer_titles, name titles, words that are no names).

A role is read from a title's structure, not from words anywhere in the block:
at the start of a title (a line, or after a comma, a bracket, a slash or a
conjunction), either a title that names the role by itself ("Academic Tutor",
"Chefarzt"), or a role word ("Director", "Chief", "Jefe", "Kierownik") followed
by joining words ("of the", ",", "de", "der", or nothing, as in a genitive) and
an organisational unit of department level ("Department of Radiology",
"Institute of Medical Imaging", "Servicio", "Zakładu", or the specialty itself:
"Chief of Radiology"); or, in languages that name the head last, such a unit
then a role word ("Radyoloji Anabilim Dalı Başkanı"). So "Director, Department
of Radiology" is a head of department and "Programme Director, Radiology
Residency", "Head of the Breast Imaging Unit" and "Consultant Radiologist" are
not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from esorcheck.readings.names import INITIAL, name_parts, same_name
from esorcheck.readings.text import TextLine, text_lines
from esorcheck.schema.rules import rule_words
from esorcheck.split.cues import is_closing
from esorcheck.split.section import Section
from esorcheck.text import normalize

NAME_MAX_WORDS = 7
LINE_HEIGHT = 1.2  # of the font size, for distances between a signature image and its text
_SENTENCE_END = re.compile(r"[.!?]$")
# Where a title may start, and a unit's name ends, within a line.
_TITLE_BREAKS = re.compile(r"[,;:()\[\]/|–—]| - ")


def _starts_with(tokens: list[str], phrases: list[str]) -> int:
    """The number of tokens the longest of ``phrases`` (normalised) covers at the start of ``tokens``, else 0."""
    if not tokens:
        return 0
    for words in _by_first_word(tuple(phrases)).get(tokens[0], ()):
        if tokens[: len(words)] == words:
            return len(words)
    return 0


@cache
def _by_first_word(phrases: tuple[str, ...]) -> dict[str, list[list[str]]]:
    """The phrases as words, under their first word, longest first: a title is looked up, not compared with all."""
    index: dict[str, list[list[str]]] = {}
    for words in sorted((phrase.split() for phrase in phrases), key=len, reverse=True):
        if words:
            index.setdefault(words[0], []).append(words)
    return index


def _is_department(tokens: list[str]) -> bool:
    """Whether a unit's words name one of department level: a department, service, institute, clinic… after at
    most a few qualifiers ("the 2nd Department") and the specialty's own words ("the Radiology and Medical Imaging
    Department"), or the specialty alone ("Radiology", "Medical Imaging")."""
    words = rule_words().signer_titles
    qualifiers = 0
    for i, token in enumerate(tokens):
        if token in words.joining:
            continue
        if words.unit.match(" ".join(tokens[i:])):
            return True
        if token in words.specialties:
            continue
        if token in words.sub_units or qualifiers == words.max_qualifiers:
            break
        qualifiers += 1
    content = [t for t in tokens if t not in words.joining]
    return bool(content) and all(t in words.specialties for t in content) and any(t in words.core_specialties for t in content)


def _title_role(tokens: list[str], unit_after: list[str]) -> list[str]:
    """Role keys a title holds, from its first word (``unit_after``: the words after it when the title stops at
    its role word, "Director," then "Department of Radiology")."""
    words = rule_words().signer_titles
    tokens = tokens[_starts_with(tokens, words.prefixes):]
    found = []
    for key, role in rule_words().roles.items():
        if _starts_with(tokens, role.titles):
            found.append(key)
            continue
        size = _starts_with(tokens, role.heads)
        if size and _is_department(tokens[size:] or unit_after):
            found.append(key)
            continue
        size = _ends_with(tokens, role.heads_after)
        if size and _is_department(tokens[:-size]):
            found.append(key)
    return found


def _ends_with(tokens: list[str], phrases: list[str]) -> int:
    """The number of tokens the longest of ``phrases`` (normalised) covers at the end of ``tokens``, leaving one
    at least before it, else 0. The phrases are looked up reversed, by their last word."""
    for words in _by_first_word(tuple(" ".join(reversed(p.split())) for p in phrases)).get(tokens[-1] if tokens else "", ()):
        if len(words) < len(tokens) and tokens[: -len(words) - 1 : -1] == words:
            return len(words)
    return 0


def title_roles(lines: list[str]) -> dict[str, str]:
    """Role keys (schemas/rules.yaml roles:) that the title lines of a signature block state, each with the line
    that states it."""
    words = rule_words().signer_titles
    letters = rule_words().names.letters  # ł is l: letters accents-folding leaves alone
    found: dict[str, str] = {}
    pieces_of = [[normalize("".join(letters.get(ch, ch) for ch in piece.casefold())).split() for piece in _TITLE_BREAKS.split(line)]
                 for line in lines]
    for n, pieces in enumerate(pieces_of):
        if pieces and pieces[0]:
            pieces[0] = pieces[0][_starts_with(pieces[0], words.field_labels):]
        following = [p for p in pieces_of[n + 1] if p][:1] if n + 1 < len(pieces_of) else []
        for k, tokens in enumerate(pieces):
            after = next((p for p in pieces[k + 1 :] if p), None) or (following[0] if following else [])
            starts = [0] + [i + 1 for i, t in enumerate(tokens) if t in words.conjunctions]
            for start in starts:
                for key in _title_role(tokens[start:], after):
                    found.setdefault(key, lines[n])
    return found


@dataclass
class SignatureBlock:
    """The end of a letter: its closing, the signer's name and the lines under it, a drawn signature."""

    closing: str | None = None
    name: str | None = None
    lines: list[str] = field(default_factory=list)  # the block's lines, name included
    roles: list[str] = field(default_factory=list)  # role keys (schemas/rules.yaml roles:) the block's titles state
    role_lines: dict[str, str] = field(default_factory=dict)  # each role key -> the title line that states it
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
    if not normalized or is_closing(text) or title_roles([text]):
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
    name = name_line.text.split(",")[0].strip() if name_line else None
    # The title lines: the block's lines, the name taken off its own line ("Prof. Song Bin, Director, …").
    titles = [tl.text[len(name):] if tl is name_line and name and tl.text.startswith(name) else tl.text for tl in block]
    roles = title_roles(titles)
    result = SignatureBlock(
        closing=lines[closing_at].text if closing_at is not None else None,
        name=name,
        lines=[tl.text for tl in block],
        roles=list(roles),
        role_lines=roles,
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
