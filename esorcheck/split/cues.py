"""What one page says about where documents start and what they are: titles, letter shape, vocabulary.

Every word comes from ``schemas/documents.yaml``; the weights below are the
splitter's tuning, measured on the sample packets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from esorcheck.pdf.pages import Page
from esorcheck.schema.documents import Vocabulary, vocabulary
from esorcheck.text import normalize, normalize_heading, similarity

# Type scoring.
PROMINENT_TITLE_SCORE = 8.0
PLAIN_TITLE_SCORE = 5.0
LETTER_SHAPE_SCORE = 2.5  # a salutation, and a closing, each speak a little for every letter type
LETTER_PAGE_OTHER_FACTOR = 0.5
TITLE_SIMILARITY = 0.88  # tolerance for OCR slips and small wording changes in titles
MAX_PATTERN_MATCHES = 5
# A page's words count at most this much for one type, so that a CV's
# publication section cannot outvote the CV's own title and headings.
PAGE_SCORE_CAP = 12.0
TITLE_PROMINENT_LINES = 3
TITLE_PLAIN_LINES = 3
SALUTATION_WORDS = 12
SALUTATION_TOP = 0.6
CLOSING_WORDS = 6
CLOSING_PHRASE_WORDS = 14
# Where weaker start cues are looked for.
LARGE_TITLE_SIZE = 1.6  # times the body text size
LARGE_TITLE_TOP = 0.4
DATE_LINE_TOP = 0.35
LETTERHEAD_LINES = 2
LETTERHEAD_WORDS = 12

_TITLE_PARTS = re.compile(r"\s[–—-]\s|:\s")
_SECTION_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4})[.)]\s")


@dataclass
class PageCues:
    """What one page says about where documents start and what they are."""

    page: Page
    scores: dict[str, float] = field(default_factory=dict)
    matched: dict[str, list[str]] = field(default_factory=dict)  # type -> words that scored
    title: tuple[str, str, bool] | None = None  # (type, line as printed, prominent?)
    salutation: str | None = None
    closing: str | None = None
    page_number: tuple[int, int] | None = None
    outline_title: str | None = None
    starts_lowercase: bool = False
    letterhead: str | None = None
    date_line: str | None = None
    large_title: str | None = None

    def best(self) -> tuple[str | None, float]:
        if not self.scores:
            return None, 0.0
        type_ = max(self.scores, key=self.scores.get)
        return type_, self.scores[type_]



@lru_cache(maxsize=4096)
def _match_title(line: str, vocab: Vocabulary, exact: bool = False) -> str | None:
    """The document type whose title this line is, tolerating prefixes and small slips (unless ``exact``).

    A line of parts ("Bracco Fellowship Programme – Checklist") is a title when one part is. Cached:
    a page's candidate lines overlap, and running headers repeat from page to page.
    """
    parts = [part for part in _TITLE_PARTS.split(line) if part.strip()]
    for part in parts if len(parts) > 1 else []:
        type_ = _match_title(part, vocab, exact)
        if type_:
            return type_
    heading = normalize_heading(line)
    words = heading.split()
    if words and words[0] in vocab.letters.title_prefixes:
        heading = " ".join(words[1:])
    if not heading:
        return None
    titles = vocab.titles
    exact_match = next((type_ for title, type_ in titles if heading == title), None)
    if exact_match or exact:
        return exact_match
    # "Letter of recommendation for Dr Wang" names the type (the longest title wins); "CV" alone must match whole.
    starts = [(len(title), type_) for title, type_ in titles if len(title.split()) >= 2 and heading.startswith(title + " ")]
    if starts:
        return max(starts)[1]
    # Only titles of a length within reach of the bound can be similar enough (similarity's own first test).
    size = len(heading)
    near = [(similarity(heading, title, TITLE_SIMILARITY), type_) for title, type_ in titles
            if len(title) >= 8 and 2 * min(size, len(title)) >= TITLE_SIMILARITY * (size + len(title))]
    ratio, type_ = max(near, default=(0.0, None))
    return type_ if ratio >= TITLE_SIMILARITY else None


def is_salutation(line: str, vocab: Vocabulary | None = None) -> bool:
    """'Dear Members of the Evaluation Committee,' and the like: a short line opening with a salutation."""
    normalized = normalize(line)
    starts = (vocab or vocabulary()).letters.salutation_start
    return len(normalized.split()) <= SALUTATION_WORDS and starts.match(normalized) is not None


def is_closing(line: str, vocab: Vocabulary | None = None) -> bool:
    """'Yours sincerely,' and the like: a short line opening with a closing (longer for a closing phrase)."""
    normalized = normalize(line)
    found = (vocab or vocabulary()).letters.closing_start.match(normalized)
    return found is not None and len(normalized.split()) <= (CLOSING_PHRASE_WORDS if " " in found.group(1) else CLOSING_WORDS)


def _may_be_title(text: str) -> bool:
    """Not a label ("Selected publications:") nor a wrapped line running on in lower case."""
    return not text.rstrip().endswith(":") and not text[:1].islower()


def _find_title(page: Page, vocab: Vocabulary) -> tuple[str, str, bool] | None:
    """A document title where documents put them, as (type, line, prominent?).

    Looked for in the first prominent lines (a title broken over two is
    joined), the first lines of the page, a subject line ("Re: Letter of
    recommendation"), or a line of the upper half that is exactly a title.
    Labels ("Selected publications:"), lines running on in lower case and
    sub-headings further down are not titles.
    """
    prominent = [line for line in page.prominent_lines() if _may_be_title(line.text) and not _SECTION_NUMBER.match(line.text)]
    prominent = prominent[: TITLE_PROMINENT_LINES + 1]
    candidates = [(line.text, True, False) for line in prominent[:TITLE_PROMINENT_LINES]]
    candidates += [(f"{a.text} {b.text}", True, False) for a, b in zip(prominent, prominent[1:])]
    for number, line in enumerate(page.lines):
        if line.top > 0.5:
            break
        if not _may_be_title(line.text) or _SECTION_NUMBER.match(line.text):
            continue  # "10. Declaration" heads a section of a document, not a document
        first_word = normalize(line.text).split()[:1]
        subject = bool(first_word) and first_word[0] in vocab.letters.title_prefixes
        candidates.append((line.text, False, not (number < TITLE_PLAIN_LINES or subject)))
    for text, is_prominent, exact in candidates:
        if len(text.split()) <= 14:
            type_ = _match_title(text, vocab, exact=exact)
            if type_:
                return type_, text, is_prominent
    return None


def read_cues(page: Page, outline_title: str | None = None, vocab: Vocabulary | None = None) -> PageCues:
    vocab = vocab or vocabulary()
    cues = PageCues(page, outline_title=outline_title)
    if page.kind != "text":
        return cues
    text = normalize(page.text)
    padded = f" {text} "
    for type_, entry in vocab.types.items():
        score, words = 0.0, []
        for phrase, weight in entry.phrases.items():
            if f" {phrase} " in padded:
                score += weight
                words.append(phrase)
        if type_ in vocab.stem_regexes:
            for stem in sorted(set(vocab.stem_regexes[type_].findall(text))):
                score += entry.stems[stem]
                words.append(f"{stem}…")
        for pattern in entry.patterns:
            matches = len(pattern.regex.findall(page.text)[:MAX_PATTERN_MATCHES])
            if matches:
                score += pattern.weight * matches
                words.append(f"{matches}× {pattern.name}")
        if score:
            cues.scores[type_] = min(score, PAGE_SCORE_CAP)
            cues.matched[type_] = words

    cues.title = _find_title(page, vocab)
    if cues.title:
        type_, _, prominent = cues.title
        cues.scores[type_] = cues.scores.get(type_, 0.0) + (PROMINENT_TITLE_SCORE if prominent else PLAIN_TITLE_SCORE)
    if outline_title:
        type_ = _match_title(outline_title, vocab)
        if type_ and cues.title is None:
            cues.title = (type_, outline_title, True)
            cues.scores[type_] = cues.scores.get(type_, 0.0) + PROMINENT_TITLE_SCORE

    for line in page.lines:
        if cues.salutation is None and line.top <= SALUTATION_TOP and is_salutation(line.text, vocab):
            cues.salutation = line.text
        if is_closing(line.text, vocab):
            cues.closing = line.text
    letter_shape = LETTER_SHAPE_SCORE * ((cues.salutation is not None) + (cues.closing is not None))
    for type_, entry in vocab.types.items():
        if entry.letter and letter_shape:
            cues.scores[type_] = cues.scores.get(type_, 0.0) + letter_shape
        elif not entry.letter and cues.salutation and type_ in cues.scores:
            # A page opening with a salutation is a letter, whatever certificates
            # and forms it mentions.
            cues.scores[type_] *= LETTER_PAGE_OTHER_FACTOR

    for pattern in vocab.page_numbering:
        found = pattern.regex.findall(page.text)
        if found:
            number, total = (int(x) for x in found[-1])
            if 1 <= number <= total:
                cues.page_number = (number, total)
                break
    first = next((line.text for line in page.lines), "")
    cues.starts_lowercase = first[:1].islower()
    if page.body_size:
        cues.large_title = next(
            (line.text for line in page.lines
             if line.top <= LARGE_TITLE_TOP and line.size >= LARGE_TITLE_SIZE * page.body_size and _may_be_title(line.text)),
            None,
        )
    for line in page.lines[:LETTERHEAD_LINES]:
        if len(line.text.split()) > LETTERHEAD_WORDS or not line.text[:1].isupper():
            continue
        if any(f" {word}" in f" {normalize(line.text)}" for word in vocab.letterhead_words):
            cues.letterhead = line.text
            break
    for line in page.lines:
        if line.top > DATE_LINE_TOP:
            break
        if len(line.text.split()) <= 10 and any(p.regex.search(line.text) for p in vocab.date_lines):
            cues.date_line = line.text
            break
    return cues
