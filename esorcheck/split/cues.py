"""What one page says about where documents start and what they are: titles, letter shape, vocabulary, voice.

Every word comes from ``schemas/documents.yaml``; the weights below are the
splitter's tuning, measured on the sample packets.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache

from esorcheck.pdf.pages import Page
from esorcheck.schema.cv import reference_template
from esorcheck.schema.documents import Vocabulary, is_cjk, vocabulary
from esorcheck.schema.rules import rule_words
from esorcheck.split.language import by_function_words
from esorcheck.text import normalize, normalize_heading, required_text, similarity

# Type scoring.
PROMINENT_TITLE_SCORE = 8.0
PLAIN_TITLE_SCORE = 5.0
LETTER_SHAPE_SCORE = 2.5  # a salutation, and a closing, each speak a little for every letter type
LETTER_PAGE_OTHER_FACTOR = 0.5
CV_PAGE_SECTION_FACTOR = 0.5  # a list a CV holds as a section, on a page heading other kinds of section too
TITLE_SIMILARITY = 0.88  # tolerance for OCR slips and small wording changes in titles
MIN_FUZZY_TITLE = 8  # characters: a shorter title is matched whole only
MAX_PATTERN_MATCHES = 5
# A page's words count at most this much for one type, so that a CV's
# publication section cannot outvote the CV's own title and headings.
PAGE_SCORE_CAP = 12.0
TITLE_PROMINENT_LINES = 3
TITLE_PLAIN_LINES = 3
SALUTATION_WORDS = 12
ADDRESS_WORDS = 20  # a line addressed to the committee by its full name, ending in a comma or colon
SALUTATION_TOP = 0.6
CLOSING_WORDS = 6
CLOSING_PHRASE_WORDS = 14
# A CV's section headings: a page heading this many kinds of section or more reads like one.
SECTION_HEADING_WORDS = 6
MIN_SECTION_KINDS = 2
SECTION_KIND_SCORE = 2.0
FOOTER_TOP = 0.9  # lines below this share of the page are footers, not the text
# A page whose text fills it down to here, its last line this long and ending on a word, runs on to the next.
RUN_ON_TOP = 0.75
RUN_ON_WORDS = 6
NAME_TOP = 0.25  # a person's name set large above this share of the page (a CV's opening)
# The least of a type's own words and shapes a page shows for a name set large to speak for the type: more than
# one e-mail address or one dated line, which any document may hold.
NAME_BESIDE_SCORE = 1.0
MIN_TITLE_LETTERS = 3  # a "title" in large type with fewer letters is a logo or a number
# Where weaker start cues are looked for.
LARGE_TITLE_SIZE = 1.6  # times the body text size
LARGE_TITLE_TOP = 0.4
DATE_LINE_TOP = 0.35
LETTERHEAD_LINES = 2
LETTERHEAD_WORDS = 12

LISTED_WORDS = 8  # a line naming a document in a list of the packet's contents is short
LISTED_GAP = 2  # lines between two named documents of one list, at most (a wrapped item, a note)
LISTING_PAGE_OTHER_FACTOR = 0.3  # the words of the documents a cover page names are not its own
COVER_LIST_SCORE = 10.0
# A text with this many personal pronouns, this share of its words, speaks as a letter does, however it opens
# and ends: the letters of the ground truth run at 4 to 9 %, and no CV, certificate or list there reaches 12.
MIN_VOICE_WORDS = 12
MIN_VOICE_SHARE = 0.03
_WORD = re.compile(r"\w+")
# List marks, numbers and page references around a listed document: "1.", "02", "•", "..... 3", "p. 4".
_LIST_MARK = re.compile(r"^\s*(?:[-•▪◦*–☐☑✓✔]|\(?\d{1,2}[.):]?|[a-z][.)])\s+")
_PAGE_REFERENCE = re.compile(r"(?:\s*\.{3,}|\s{2,}|\s+(?:p|pp|pages?|s|S)\.?)\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*$")
_TITLE_PARTS = re.compile(r"\s[–—·|-]\s|:\s")
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
    sections: list[str] = field(default_factory=list)  # section headings of a CV the page shows (as printed)
    listed: list[str] = field(default_factory=list)  # document types the page names one a line (a cover sheet)
    running: bool = False  # the page shares a running header or footer with the page before
    ends_mid_sentence: bool = False  # its last line of text runs on to the next page
    voice: str | None = None  # "first" or "third": the page speaks as a letter does (``page_voice``)

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
    exact_match = vocab.title_types.get(heading)
    if exact_match or exact:
        return exact_match
    # "Letter of recommendation for Dr Wang" names the type (the longest title wins); "CV" alone must match whole.
    starts = [(len(title), type_) for title, type_ in vocab.titles_by_first_word.get(heading.split(" ", 1)[0], ())
              if heading.startswith(title + " ")]
    if starts:
        return max(starts)[1]
    # Only titles of a length within reach of the bound can be similar enough (similarity's own first test), and
    # only those sharing enough of the line's characters (similarity's second test, difflib's quick_ratio, here
    # counted from bits once per line). Shorter titles ("CV") must match whole.
    size = len(heading)
    bits = vocab.character_bits(heading)
    near = []
    for length in range(max(MIN_FUZZY_TITLE, int(size * TITLE_SIMILARITY / (2 - TITLE_SIMILARITY))),
                        int(size * (2 - TITLE_SIMILARITY) / TITLE_SIMILARITY) + 2):
        titles = vocab.titles_of_length.get(length)
        if titles is None or 2 * min(size, length) < TITLE_SIMILARITY * (size + length):
            continue
        shared = _least_shared(size + length)
        near += [(similarity(heading, title, TITLE_SIMILARITY), type_) for title, type_, title_bits in titles
                 if (bits & title_bits).bit_count() >= shared]
    ratio, type_ = max(near, default=(0.0, None))
    return type_ if ratio >= TITLE_SIMILARITY else None


@cache
def _least_shared(total: int) -> int:
    """The fewest characters a line and a title, ``total`` characters together, must share for difflib's
    quick_ratio (2.0 * shared / total) to reach TITLE_SIMILARITY."""
    shared = 0
    while 2.0 * shared / total < TITLE_SIMILARITY:
        shared += 1
    return shared


def is_salutation(line: str, vocab: Vocabulary | None = None) -> bool:
    """'Dear Members of the Evaluation Committee,' and the like: a short line opening with a salutation; or a
    line addressed to the committee, ending as a salutation does, in whatever words it opens with ("A la
    atención del Comité de Evaluación de la European School of Radiology:")."""
    letters = (vocab or vocabulary()).letters
    normalized = normalize(line)
    words = len(normalized.split())
    if words <= SALUTATION_WORDS and letters.salutation_start.match(normalized) is not None:
        return True
    return (words <= ADDRESS_WORDS and line.rstrip()[-1:] in ",:"
            and letters.committee_in(normalized) is not None)


def is_closing(line: str, vocab: Vocabulary | None = None) -> bool:
    """'Yours sincerely,' and the like: a short line opening with a closing (longer for a closing phrase)."""
    normalized = normalize(line)
    found = (vocab or vocabulary()).letters.closing_start.match(normalized)
    return found is not None and len(normalized.split()) <= (CLOSING_PHRASE_WORDS if " " in found else CLOSING_WORDS)


def _may_be_title(text: str) -> bool:
    """Not a label ("Selected publications:") nor a wrapped line running on in lower case."""
    return not text.rstrip().endswith(":") and not text[:1].islower()


def running_key(text: str) -> str:
    """A header or footer line as it repeats from page to page: normalised, numbers left out."""
    return " ".join(word for word in normalize(text).split() if not word.isdigit())


def _repeated(text: str, running: frozenset[str]) -> bool:
    """Whether a line is one of the page's running headers or footers (most pages have none to look up)."""
    return bool(running) and running_key(text) in running


def _find_title(page: Page, vocab: Vocabulary, running: frozenset[str] = frozenset()) -> tuple[str, str, bool] | None:
    """A document title where documents put them, as (type, line, prominent?).

    Looked for in the first prominent lines (a title broken over two is
    joined), the first lines of the page, a subject line ("Re: Letter of
    recommendation"), or a line of the upper half that is exactly a title.
    Labels ("Selected publications:"), lines running on in lower case,
    sub-headings further down and running headers ("Dr Wang — Letter of
    motivation", repeated on every page) are not titles.
    """
    prominent = [line for line in page.prominent_lines()
                 if not _SECTION_NUMBER.match(line.text) and not _repeated(line.text, running)][: TITLE_PROMINENT_LINES + 1]
    candidates = [(line.text, True, False) for line in prominent[:TITLE_PROMINENT_LINES] if _may_be_title(line.text)]
    # A title broken over two lines; the second may run on in lower case ("Five most important / publications").
    candidates += [(f"{a.text} {b.text}", True, False) for a, b in zip(prominent, prominent[1:]) if _may_be_title(a.text)]
    for number, line in enumerate(page.lines):
        if line.top > 0.5:
            break
        if not _may_be_title(line.text) or _SECTION_NUMBER.match(line.text) or _repeated(line.text, running):
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


def _section_headings(page: Page, kinds: dict[str, str]) -> dict[str, str]:
    """The kinds of section (education, experience...) that stand-alone short lines of the page head, with
    the first heading of each as printed."""
    found: dict[str, str] = {}
    for line in page.lines:
        kind = _heading_kind(line.text, kinds)
        if kind:
            found.setdefault(kind, line.text)
    return found


def _heading_kind(text: str, kinds: dict[str, str]) -> str | None:
    """The kind of section a short line heads: the heading alone, or its first or last words
    ("Education and training", "Selected publications")."""
    if len(text.split()) > SECTION_HEADING_WORDS or text.rstrip().endswith((".", ",", ";")):
        return None
    words = normalize_heading(text).split()
    for size in range(len(words), 0, -1):
        kind = kinds.get(" ".join(words[:size])) or kinds.get(" ".join(words[-size:]))
        if kind:
            return kind
    return None


def _name_in_large_type(page: Page) -> str | None:
    """A person's name set large at the top of the page, as CVs open: two to four capitalised words."""
    if not page.body_size:
        return None
    for line in page.lines:
        if line.top > NAME_TOP:
            break
        if line.size < LARGE_TITLE_SIZE * page.body_size:
            continue
        # The line, or its first part: "John Doe | Resumé title", "Anna Berg – Radiologist".
        for text in (line.text, _TITLE_PARTS.split(line.text)[0].strip()):
            words = text.replace("-", " ").split()
            if 2 <= len(words) <= 4 and all(w[:1].isupper() and w.replace(".", "").replace("'", "").isalpha() for w in words):
                return text
    return None


def applicant_name(page: Page, vocab: Vocabulary) -> str | None:
    """The name a CV of any format opens with, set large at the top; not a title ("Curriculum Vitae")."""
    name = _name_in_large_type(page)
    if name is None or _match_title(name, vocab) or any(_heading_kind(name, entry.section_kinds)
                                                         for entry in vocab.types.values()):
        return None
    return name


def name_in_form(page: Page) -> str | None:
    """The name a CV form gives in its Surname and First Name(s) fields, label and value on one line
    ("Surname Wang", "First Name(s) Yuqing"), by the labels of the shipped template (``schemas/cv/``)."""
    template = reference_template()
    parts = []
    for key in ("first_names", "surname"):
        field = template.field_extracting(key)
        if field is None:
            return None
        values = (normalize(line.text) for line in page.lines)
        part = next((text[len(label):].strip() for text in values for label in field.names
                     if text.startswith(f"{label} ")), None)
        if part:
            parts.append(part)
    return " ".join(parts) if len(parts) == 2 else None


def _listed_types(page: Page, vocab: Vocabulary) -> list[tuple[str, str]]:
    """The document types a page names in a list, one a short line, one after the other, with the line naming
    each: the contents of a packet on its cover sheet ("1. ESOR CV", "2. Letter of motivation", "Passport copy
    ..... 9")."""
    named: list[tuple[int, str]] = []
    for index, line in enumerate(page.lines):
        text = _LIST_MARK.sub("", _LIST_MARK.sub("", line.text, count=1), count=1)
        if text.rstrip()[-1:].isdigit():  # a page reference ends in a page number: no other line can hold one
            text = _PAGE_REFERENCE.sub("", text)
        if not text.strip() or len(text.split()) > LISTED_WORDS:
            continue
        type_ = _match_title(text, vocab)
        if type_ is not None and not vocab.types[type_].lists_documents:
            named.append((index, type_))
    best: list[tuple[str, str]] = []
    run: list[tuple[str, str]] = []
    for (index, type_), before in zip(named, [None, *named]):
        if before is not None and index - before[0] > LISTED_GAP + 1:
            run = []
        if all(type_ != listed for listed, _ in run):
            run.append((type_, page.lines[index].text))
        best = max(best, run, key=len)[:]
    return best


def _word_at(text: str, start: int) -> str:
    """The word of a normalised text (words one space apart) that starts at ``start``."""
    end = text.find(" ", start)
    return text[start:] if end < 0 else text[start:end]


def _vocabulary_scores(cues: PageCues, vocab: Vocabulary) -> None:
    """Each type's words, stems and shapes on the page (a CJK phrase counts wherever it stands)."""
    page = cues.page
    text = normalize(page.text)
    page_words = set(text.split(" "))
    where = {"text": text, "padded": f" {text} ", "words": page_words}
    placeholder = rule_words().word_languages.listed
    kinds: set[str] = set()  # the kinds of section the page's headings name
    for type_, entry in vocab.types.items():
        score, words = 0.0, []
        for probe, kind, first, phrase, weight in entry.phrase_probes:
            if (first is None or first in page_words) and probe in where[kind]:
                score += weight
                words.append(phrase)
        if type_ in vocab.stem_regexes:
            # A stem counts in the words of living languages, not in placeholder Latin ('sollicit' in
            # 'sollicitudin' is no application).
            found = {match.group(1) for match in vocab.stem_regexes[type_].finditer(text)
                     if _word_at(text, match.start()) not in placeholder}
            for stem in sorted(found):
                score += entry.stems[stem]
                words.append(f"{stem}…")
        for pattern in entry.patterns:
            if required_text(pattern.regex) not in page.text:  # a page without what every match holds
                continue
            matches = len(pattern.regex.findall(page.text)[:MAX_PATTERN_MATCHES])
            if matches:
                score += pattern.weight * matches
                words.append(f"{matches}× {pattern.name}")
        if entry.sections:
            headings = _section_headings(page, entry.section_kinds)
            kinds |= set(headings)
            if len(headings) >= MIN_SECTION_KINDS:
                score += SECTION_KIND_SCORE * len(headings)
                words.append("sections " + ", ".join(f"'{h}'" for h in list(headings.values())[:4]))
                cues.sections = list(headings.values())
        if score:
            cues.scores[type_] = min(score, PAGE_SCORE_CAP)
            cues.matched[type_] = words
    # A list a CV holds as one of its sections ("Papers" among "Languages" and "Societies") is that section of the
    # CV: its words count for less on a page whose headings name other kinds of section too.
    for type_, entry in vocab.types.items():
        if entry.cv_section and type_ in cues.scores and len(kinds - {entry.cv_section}) >= MIN_SECTION_KINDS:
            cues.scores[type_] *= CV_PAGE_SECTION_FACTOR


def speaker_counts(text: str, language: str | None, vocab: Vocabulary,
                   plain: Counter[str] | None = None) -> tuple[int, int] | None:
    """How often the text speaks in the first and in the third person, with the words of its language;
    ``plain``: the text's normalised words counted, where the caller has them."""
    speakers = vocab.speakers
    if language not in speakers.first or language not in speakers.third:
        return None
    plain = plain if plain is not None else Counter(normalize(text).split())
    folded: str | None = None  # the text case-folded, and its words with their accents: only for a list that
    accented: Counter[str] | None = None  # keeps accents or holds CJK characters

    def count(words: list[str]) -> int:
        nonlocal folded, accented
        total = 0
        for word in words:
            if word == normalize(word) and not is_cjk(word):
                total += plain[word]
                continue
            folded = folded if folded is not None else text.casefold()
            if is_cjk(word):
                total += folded.count(word)
            else:
                accented = accented if accented is not None else Counter(_WORD.findall(folded))
                total += accented[word]
        return total

    return count(speakers.first[language]), count(speakers.third[language])


def is_voiced(counts: tuple[int, int], words: int) -> bool:
    """Whether a text of ``words`` words with these pronoun counts speaks as a letter does (MIN_VOICE_WORDS,
    MIN_VOICE_SHARE)."""
    return sum(counts) >= MIN_VOICE_WORDS and sum(counts) >= MIN_VOICE_SHARE * words


def page_voice(page: Page, vocab: Vocabulary) -> str | None:
    """"first" or "third" where the page speaks as a letter does, in the language its function words say
    (``function_words`` in schemas/rules.yaml: the page's language is known only once its document is);
    else None."""
    language = by_function_words(page.text)
    if language is None:
        return None
    plain = Counter(normalize(page.text).split())
    counts = speaker_counts(page.text, language.code, vocab, plain)
    if not counts or not is_voiced(counts, plain.total()):
        return None
    first, third = counts
    return "third" if third >= first else "first"


def read_cues(page: Page, outline_title: str | None = None, vocab: Vocabulary | None = None,
              running: frozenset[str] = frozenset()) -> PageCues:
    """What the page says; ``running``: its header and footer lines repeated on a neighbouring page
    (``running_key`` form), which are neither titles nor letterheads."""
    vocab = vocab or vocabulary()
    cues = PageCues(page, outline_title=outline_title)
    if page.kind != "text":
        return cues
    _vocabulary_scores(cues, vocab)

    listed = _listed_types(page, vocab)
    cues.listed = [type_ for type_, _ in listed]
    listing = next((type_ for type_, entry in vocab.types.items()
                    if entry.lists_documents and len(cues.listed) >= entry.lists_documents), None)
    cues.title = _find_title(page, vocab, running)
    if (listing is not None and cues.title is not None and _LIST_MARK.match(cues.title[1])
            and cues.title[1] in {line for _, line in listed}):
        cues.title = None  # the first document the list numbers ("01 Letter of motivation") is no title of the page
    if cues.title:
        type_, _, prominent = cues.title
        cues.scores[type_] = cues.scores.get(type_, 0.0) + (PROMINENT_TITLE_SCORE if prominent else PLAIN_TITLE_SCORE)
    if outline_title:
        type_ = _match_title(outline_title, vocab)
        if type_ and cues.title is None:
            cues.title = (type_, outline_title, True)
            cues.scores[type_] = cues.scores.get(type_, 0.0) + PROMINENT_TITLE_SCORE
    if listing is not None and (cues.title is None or cues.title[0] == listing):
        for type_ in cues.scores:
            cues.scores[type_] *= LISTING_PAGE_OTHER_FACTOR
        cues.scores[listing] = cues.scores.get(listing, 0.0) + COVER_LIST_SCORE
        cues.matched.setdefault(listing, []).append(f"names {len(cues.listed)} documents, one a line")

    generic = False
    for line in page.lines:
        if cues.salutation is None and line.top <= SALUTATION_TOP and is_salutation(line.text, vocab):
            cues.salutation = line.text
            generic = vocab.letters.generic_salutation_start.match(normalize(line.text)) is not None
        if is_closing(line.text, vocab):
            cues.closing = line.text
    letter_shape = LETTER_SHAPE_SCORE * ((cues.salutation is not None) + (cues.closing is not None))
    for type_, entry in vocab.types.items():
        lettered = entry.letter or (entry.letter_form and type_ in cues.scores)
        if lettered and letter_shape:
            cues.scores[type_] = cues.scores.get(type_, 0.0) + letter_shape
        elif not lettered and cues.salutation and not generic and type_ in cues.scores:
            # A page opening with a salutation is a letter, whatever certificates and forms it mentions;
            # "To whom it may concern" opens certificates too.
            cues.scores[type_] *= LETTER_PAGE_OTHER_FACTOR

    for pattern in vocab.page_numbering:
        found = pattern.regex.findall(page.text)
        if found:
            number, total = (int(x) for x in found[-1])
            if 1 <= number <= total:
                cues.page_number = (number, total)
                break
    body = [line.text for line in page.lines if not _repeated(line.text, running) and line.top < FOOTER_TOP]
    cues.starts_lowercase = bool(body) and body[0][:1].islower()
    last = next((line for line in reversed(page.lines) if not _repeated(line.text, running) and line.top < FOOTER_TOP), None)
    cues.ends_mid_sentence = (last is not None and last.top >= RUN_ON_TOP and len(last.text.split()) >= RUN_ON_WORDS
                              and last.text.rstrip()[-1:].isalpha())
    if page.body_size:
        # Above a closing only: the name under "Best regards," on a letter's last page is its signature.
        opening = itertools.takewhile(lambda line: not is_closing(line.text, vocab), page.lines)
        cues.large_title = next(
            (line.text for line in opening
             if line.top <= LARGE_TITLE_TOP and line.size >= LARGE_TITLE_SIZE * page.body_size and _may_be_title(line.text)
             and not _repeated(line.text, running) and sum(ch.isalpha() for ch in line.text) >= MIN_TITLE_LETTERS),
            None,
        )
    name = _name_in_large_type(page)
    for type_, entry in vocab.types.items():
        # Only beside the type's own words or shapes: on its own, or beside an e-mail address that any document
        # holds, two capitalised words set large are any title ("Scientific Programme").
        if name and entry.large_name and cues.scores.get(type_, 0.0) >= NAME_BESIDE_SCORE:
            cues.scores[type_] = cues.scores.get(type_, 0.0) + entry.large_name
            cues.matched.setdefault(type_, []).append(f"name '{name}' in large type")
    for line in page.lines[:LETTERHEAD_LINES]:
        if len(line.text.split()) > LETTERHEAD_WORDS or not line.text[:1].isupper() or _repeated(line.text, running):
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
    cues.voice = page_voice(page, vocab)
    return cues
