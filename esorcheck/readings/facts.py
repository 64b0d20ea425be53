"""What the packet's documents say, read once per packet for the eligibility and content rules.

The CV's values come from the template comparison (``packet.cv``); this module
reads the other documents: who signed each letter and in which role, whether
a letter is addressed to the committee and whom it names, the date on a board
certificate, the language and CEFR level on a language certificate, the
category on a membership proof, the kind of a funding declaration, the
entries of a publication list. Every word it looks for is data
(``schemas/rules.yaml``, and the letter cues of ``schemas/documents.yaml``).
Nothing here decides: the checks do.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from esorcheck.pdf.geometry import read_layout
from esorcheck.schema.cv import shapes
from esorcheck.schema.documents import normalize, vocabulary
from esorcheck.readings.names import name_parts, same_name
from esorcheck.pdf.pages import Line
from esorcheck.schema.rules import rule_words
# The splitter's own salutation and closing tests, so that letters end where the splitter says they do.
from esorcheck.split import Section, is_closing, is_salutation

if TYPE_CHECKING:
    from esorcheck.packet import Packet
    from esorcheck.schema.programmes import RequiredDocument

# Lines this low on a page, and this short, are running footers ("Page 1 of 2", "- 1 -").
FOOTER_TOP = 0.92
FOOTER_WORDS = 8
NAME_MAX_WORDS = 7
MENTION_MAX_PARTS = 4
LINE_HEIGHT = 1.2  # of the font size, for distances between a signature image and its text
_LEVEL = re.compile(r"\b([ABC][12])\b")
_LEVEL_RANGE = re.compile(r"\b[ABC][12]\s*(?:[–—-]|to|bis|a|à)\s*[ABC][12]\b")
_SENTENCE_END = re.compile(r"[.!?]$")
_INITIAL = re.compile(r"^[^\W\d_]\.$")


@dataclass(frozen=True)
class TextLine:
    page: int
    line: Line

    @property
    def text(self) -> str:
        return self.line.text


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


@dataclass
class LetterFacts:
    section: Section
    salutation: str | None
    committee: str | None  # the committee addressee found in the letter's head
    signature: SignatureBlock
    mentions: list[tuple[str, int]]  # names the text introduces ("Dr. Wang Yuqing"), with their page

    @property
    def pages(self) -> tuple[int, ...]:
        return tuple(self.section.page_numbers)


@dataclass(frozen=True)
class FoundDate:
    day: dt.date
    text: str
    page: int
    why: str  # "after 'date of completion'", "latest date on the certificate"


@dataclass
class CertificateFacts:
    section: Section
    date: FoundDate | None
    dates: list[FoundDate]


@dataclass
class LanguageCertificateFacts:
    section: Section
    language: str | None  # ISO 639-1
    test: str | None  # the word that named the test ("ielts")
    level: str | None
    levels: list[str]  # every level printed


@dataclass
class MembershipFacts:
    section: Section
    categories: list[str]  # category keys named (schemas/rules.yaml membership:)
    number: str | None


@dataclass
class FundingFacts:
    section: Section
    kind: str | None  # "self_funding" | "need_for_sponsorship"
    why: str
    signature: SignatureBlock


@dataclass
class PublicationFacts:
    section: Section
    entries: int
    how: str  # "numbered 1–5" or "5 DOI/PMID"


@dataclass
class PacketFacts:
    letters: list[LetterFacts] = field(default_factory=list)
    board_certificates: list[CertificateFacts] = field(default_factory=list)
    language_certificates: list[LanguageCertificateFacts] = field(default_factory=list)
    memberships: list[MembershipFacts] = field(default_factory=list)
    funding: list[FundingFacts] = field(default_factory=list)
    publications: list[PublicationFacts] = field(default_factory=list)
    applicant: str | None = None  # the applicant's name as the CV gives it ("Yuqing Wang")

    def letters_of(self, type_: str) -> list[LetterFacts]:
        return [letter for letter in self.letters if letter.section.type == type_]

    def letter_at(self, section: Section) -> LetterFacts | None:
        """The facts of this letter section; None for a scan (nothing was read)."""
        return next((letter for letter in self.letters if letter.section is section), None)


def marked_letters(packet: Packet, flag: str) -> Iterator[tuple[RequiredDocument, Section, LetterFacts | None]]:
    """Each section of the documents the programme marks with ``flag`` ("signed", "addressed_to_committee"),
    with what was read of it (None: a scan that could not be read)."""
    for doc in packet.programme.documents:
        if getattr(doc, flag):
            for section in packet.sections_of(doc.type):
                yield doc, section, packet.facts.letter_at(section)


# ---------------------------------------------------------------------- text
def _text_lines(section: Section) -> list[TextLine]:
    """The section's lines in reading order, running footers and page numbers left out."""
    numbering = vocabulary().page_numbering
    found = []
    for page in section.pages:
        for line in page.lines:
            if line.top >= FOOTER_TOP and len(line.text.split()) <= FOOTER_WORDS:
                continue
            if any(p.regex.search(line.text) for p in numbering) and len(line.text.split()) <= FOOTER_WORDS:
                continue
            found.append(TextLine(page.number, line))
    return found


# ---------------------------------------------------------------- signatures
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
    return bool(_INITIAL.match(last)) or normalize(last) in rule_words().name_titles


def read_signature(section: Section, document, applicant: str | None = None, lines: list[TextLine] | None = None) -> SignatureBlock:
    """The signature block of a letter (``document``: the open pdfium document, for drawn signatures)."""
    words = rule_words().signatures
    lines = lines if lines is not None else _text_lines(section)
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
        result.image = _image_near(document, anchor, block[-1] if block else anchor)
    return result


def _image_near(document, first: TextLine, last: TextLine) -> bool:
    """A drawing or image from a few lines above the block's start down to just below its end."""
    if document is None:
        return False
    words = rule_words().signatures
    pages = sorted({first.page, last.page})
    layout = read_layout(document, pages)
    for box in layout.boxes:
        height = layout.page_height.get(box.page) or 1.0
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


# ------------------------------------------------------------------- letters
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
            if token != core and not _INITIAL.match(token):
                break
        if parts:
            found.append((" ".join(parts), page))
    return found


def read_letter(section: Section, document, applicant: str | None) -> LetterFacts:
    lines = _text_lines(section)
    salutation, committee = _head(section, lines)
    signature = read_signature(section, document, applicant, lines)
    skip = set(signature.lines) | ({salutation} if salutation else set())
    return LetterFacts(section, salutation, committee, signature, _mentions(lines, skip))


# -------------------------------------------------------------- certificates
def find_dates(text: str) -> list[tuple[dt.date, int, int, str]]:
    """Every full date in ``text`` (numbers or month names of several languages), as (date, start, end, as written)."""
    names = shapes()
    found: list[tuple[dt.date, int, int, str]] = []
    for pattern in names.shapes["date"].patterns:
        if "day" not in pattern.groupindex:
            continue
        for match in pattern.finditer(text):
            parts = match.groupdict()
            month = int(parts["month"]) if parts["month"].isdigit() else names.month(parts["month"])
            if month is None:
                continue
            try:
                day = dt.date(int(parts["year"]), month, int(parts["day"]))
            except ValueError:
                continue
            if any(s < match.end() and match.start() < e for _, s, e, _ in found):
                continue
            found.append((day, match.start(), match.end(), match.group(0)))
    return sorted(found, key=lambda item: item[1])


def _after_words(text: str, start: int, words: list[str]) -> str | None:
    """The cue among ``words`` that ends shortly before ``start`` in ``text``."""
    reach = rule_words().certificates.reach
    before = f" {normalize(text[max(0, start - reach - 30) : start])} "
    tail = before[-(reach + 2) :]
    return next((w for w in words if f" {w} " in tail), None)


def read_certificate(section: Section, as_of: dt.date, born: dt.date | None) -> CertificateFacts:
    """The certification date: the one after 'date of completion', 'since'...; else the latest that is no birth date."""
    cues = rule_words().certificates
    dates, cued = [], []
    for page in section.pages:
        for day, start, _, written in find_dates(page.text):
            if day == born or _after_words(page.text, start, cues.birth_words):
                continue
            cue = _after_words(page.text, start, cues.date_words)
            found = FoundDate(day, written, page.number, f"after '{cue}'" if cue else "latest date on the certificate")
            dates.append(found)
            if cue:
                cued.append(found)
    usable = [d for d in dates if d.day <= as_of]
    date = cued[0] if cued else max(usable, key=lambda d: d.day, default=None)
    return CertificateFacts(section, date, dates)


def _levels(text: str) -> tuple[str | None, list[str]]:
    """The certificate's overall CEFR level (or the lowest it prints), and every level printed."""
    overall_words = rule_words().cefr.overall_words
    cefr = rule_words().cefr
    overall, every = [], []
    for line in text.splitlines():
        line = _LEVEL_RANGE.sub(" ", line)
        levels = _LEVEL.findall(line)
        every += levels
        padded = f" {normalize(line)} "
        if levels and any(f" {w} " in padded for w in overall_words):
            overall += levels
    every = sorted(set(every), key=cefr.rank)
    if overall:
        return overall[0], every
    return (every[0] if every else None), every


def read_language_certificate(section: Section) -> LanguageCertificateFacts:
    words = rule_words()
    text = section.text
    tests = words.named_in(words.language_tests, text)
    test_word = None
    if len(tests) == 1:
        padded = f" {normalize(text)} "
        test_word = next(w for w in words.language_tests[tests[0]] if f" {w} " in padded)
        language = tests[0]
    else:
        named = words.named_in(words.languages, text)
        language = named[0] if len(named) == 1 else None
    level, levels = _levels(text)
    return LanguageCertificateFacts(section, language, test_word, level, levels)


def read_membership(section: Section) -> MembershipFacts:
    words = rule_words()
    membership = words.membership
    number = None
    for line in section.text.splitlines():
        padded = f" {normalize(line)} "
        if any(f" {w} " in padded for w in membership.number_words):
            match = membership.number.search(line)
            if match:
                number = match.group(0).strip()
                break
    return MembershipFacts(section, words.categories_in(section.text), number)


def read_funding(section: Section, signature: SignatureBlock) -> FundingFacts:
    kinds = rule_words().funding_declarations.kinds
    title = normalize(section.title or "")
    for key, kind in kinds.items():
        if title and any(t in title for t in kind.titles):
            return FundingFacts(section, key, f"title '{section.title}'", signature)
    padded = f" {normalize(section.text)} "
    scores = {}
    for key, kind in kinds.items():
        hits = [w for w in kind.words if f" {w} " in padded]
        scores[key] = (sum(kind.words[w] for w in hits), hits)
    ranked = sorted(scores, key=lambda k: -scores[k][0])
    best, runner = ranked[0], ranked[1]
    if scores[best][0] == 0 or scores[best][0] == scores[runner][0]:
        return FundingFacts(section, None, "neither kind's words stand out", signature)
    return FundingFacts(section, best, "words " + ", ".join(f"'{w}'" for w in scores[best][1][:3]), signature)


def read_publications(section: Section) -> PublicationFacts:
    cues = rule_words().publications
    text = section.text
    numbers = [int(n) for n in cues.numbered.findall(text)]
    run = 0
    for n in numbers:
        if n == run + 1:
            run = n
    if run:
        return PublicationFacts(section, run, f"numbered 1–{run}" if run > 1 else "numbered 1")
    identifiers = {m.group(0).lower() for pattern in cues.identifiers for m in pattern.finditer(text)}
    return PublicationFacts(section, len(identifiers), f"{len(identifiers)} DOI/PMID")


# -------------------------------------------------------------------- packet
def applicant_name(packet: Packet) -> str | None:
    cv = packet.cv
    if cv is None or not cv.is_template:
        return None
    surname, first = cv.values.get("surname"), cv.values.get("first_names")
    if not isinstance(surname, str) or not surname.strip():
        return None
    return f"{first.strip()} {surname.strip()}" if isinstance(first, str) and first.strip() else surname.strip()


def read_facts(packet: Packet) -> PacketFacts:
    """Read every document the rules need, once (checker.py keeps the result on the packet)."""
    vocab = vocabulary()
    document = packet.file.document if packet.file is not None else None
    facts = PacketFacts(applicant=applicant_name(packet))
    born_value = packet.cv.values.get("date_of_birth") if packet.cv is not None else None
    born = dt.date.fromisoformat(born_value) if isinstance(born_value, str) and len(born_value) == 10 else None
    for section in packet.sections:
        if section.scanned or section.type == "unknown":
            continue
        entry = vocab.types.get(section.type)
        if entry is not None and entry.letter:
            letter = read_letter(section, document, facts.applicant)
            facts.letters.append(letter)
            if section.type == "funding_declaration":
                facts.funding.append(read_funding(section, letter.signature))
        elif section.type == "board_certificate":
            facts.board_certificates.append(read_certificate(section, packet.as_of, born))
        elif section.type == "language_certificate":
            facts.language_certificates.append(read_language_certificate(section))
        elif section.type == "membership_proof":
            facts.memberships.append(read_membership(section))
        elif section.type == "publication_list":
            facts.publications.append(read_publications(section))
    return facts


# ------------------------------------------------------------------------ CV
def cv_value(packet: Packet, key: str) -> tuple[object, int | None]:
    """A value the CV comparison extracted (``date_of_birth``, ``languages``...) and the page it is on."""
    cv = packet.cv
    if cv is None or not cv.is_template:
        return None, None
    value = cv.values.get(key)
    for section in cv.found:
        if section.spec.rows is not None and section.spec.rows.extract == key:
            return value, section.page
        for read in section.fields.values():
            if read.spec.extract == key:
                return value, read.page or section.page
    return value, None


def cv_field_text(packet: Packet, section_key: str, field_key: str) -> tuple[str | None, int | None]:
    """A CV field's text as written (fields the comparison does not extract, such as the current position's place)."""
    cv = packet.cv
    if cv is None or not cv.is_template:
        return None, None
    section = cv.reading.section(section_key)
    read = section.fields.get(field_key) if section is not None else None
    if read is None or not read.found or read.blank:
        return None, None
    return read.text, read.page or section.page
