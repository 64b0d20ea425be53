"""Split a packet into documents and say what each one is, with evidence.

Two passes, each readable on its own:

1. **Boundaries.** For every page the splitter weighs cues that a new document
   starts here (a document title among the page's prominent lines, a salutation,
   "Page 1 of N", a PDF outline entry, the previous page closing a letter, the
   page's vocabulary changing to another document type, and more weakly a
   letterhead or a date line near the top) against cues that it
   continues the previous one ("Page 2 of N", a sentence running on). Blank
   pages never break a document; scanned pages without text form their own
   sections, since nothing can be said about them.
2. **Types.** Each run of pages gets the type whose vocabulary (from
   ``schemas/documents.yaml``) scores highest, a confidence from the margin
   over the runner-up, and the evidence that decided it. Where two types are
   close, the programme's prescribed order breaks the tie.

The weights below are the splitter's tuning, measured on the sample packets;
the words themselves are data.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from esorcheck.schema.documents import Vocabulary, normalize, normalize_heading, similarity, vocabulary
from esorcheck.pdf.pages import Page, ocr_confidence_of, text_source_of
from esorcheck.schema.programmes import Programme

# Boundary cue weights; a page starts a new document at BOUNDARY_THRESHOLD.
BOUNDARY_THRESHOLD = 3.0
PROMINENT_TITLE_CUE = 4.0
PLAIN_TITLE_CUE = 3.0
SALUTATION_CUE = 3.0
PAGE_ONE_CUE = 3.0
PAGE_CONTINUES_CUE = -5.0
OUTLINE_CUE = 4.0
PREVIOUS_CLOSED_CUE = 2.0
VOCABULARY_CHANGE_CUE = 2.0
STRONG_VOCABULARY_CHANGE_CUE = 3.5  # the page reads strongly like another type, not at all like this one
SAME_VOCABULARY_CUE = -2.0  # the page still reads like the current document
LOWERCASE_START_CUE = -1.5
LETTERHEAD_CUE = 1.0  # an institution named in the first lines
LARGE_TITLE_CUE = 3.0  # a line in large type near the top (a certificate's title), known or not
LARGE_TITLE_SIZE = 1.6  # times the body text size
LARGE_TITLE_TOP = 0.4
DATE_LINE_CUE = 1.0  # a date line in the upper part of the page
DATE_LINE_TOP = 0.35
LETTERHEAD_LINES = 2
LETTERHEAD_WORDS = 12
# Type scoring.
PROMINENT_TITLE_SCORE = 8.0
PLAIN_TITLE_SCORE = 5.0
LETTER_SHAPE_SCORE = 2.5  # a salutation, and a closing, each speak a little for every letter type
LETTER_PAGE_OTHER_FACTOR = 0.5
ORDER_PRIOR_SCORE = 2.0
MIN_TYPE_SCORE = 3.0  # below this a run of pages is "unknown"
CONFIDENCE_TEMPERATURE = 2.0
AMBIGUOUS_CONFIDENCE = 0.8
TITLE_SIMILARITY = 0.88  # tolerance for OCR slips and small wording changes in titles
# A page this far into a document with this little in common with it stands alone.
UNFIT_MIN_CHARS = 250
UNFIT_MAX_SCORE = 1.0
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


@dataclass
class Section:
    type: str
    pages: list[Page]
    confidence: float
    evidence: list[str]
    title: str | None = None
    language: str | None = None
    language_note: str | None = None

    @property
    def first_page(self) -> int:
        return self.pages[0].number

    @property
    def last_page(self) -> int:
        return self.pages[-1].number

    @property
    def page_numbers(self) -> list[int]:
        return [p.number for p in self.pages]

    @property
    def text_source(self) -> str:
        """"text-layer", "ocr", "mixed", or "none" (scans nothing could read)."""
        return text_source_of(self.pages)

    @property
    def scanned(self) -> bool:
        return self.text_source == "none"

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.pages)

    def to_dict(self) -> dict:
        return {
            "type": self.type,
            "first_page": self.first_page,
            "last_page": self.last_page,
            "confidence": round(self.confidence, 2),
            "language": self.language,
            "title": self.title,
            "evidence": self.evidence,
            "text_source": self.text_source,
            "ocr_confidence": ocr_confidence_of(self.pages),
        }


def unread_pages(sections: list[Section]) -> list[int]:
    """Pages whose content could not be read (scans without OCR): nothing can be said of them."""
    return [n for s in sections if s.scanned for n in s.page_numbers]


def _match_title(line: str, vocab: Vocabulary, exact: bool = False) -> str | None:
    """The document type whose title this line is, tolerating prefixes and small slips (unless ``exact``).

    A line of parts ("Bracco Fellowship Programme – Checklist") is a title when one part is.
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
    titles = [(title, type_) for type_, entry in vocab.types.items() for title in entry.titles]
    exact_match = next((type_ for title, type_ in titles if heading == title), None)
    if exact_match or exact:
        return exact_match
    # "Letter of recommendation for Dr Wang" names the type (the longest title wins); "CV" alone must match whole.
    starts = [(len(title), type_) for title, type_ in titles if len(title.split()) >= 2 and heading.startswith(title + " ")]
    if starts:
        return max(starts)[1]
    ratio, type_ = max(((similarity(heading, title, TITLE_SIMILARITY), type_) for title, type_ in titles if len(title) >= 8), default=(0.0, None))
    return type_ if ratio >= TITLE_SIMILARITY else None


def _starts_with_any(normalized_line: str, phrases: list[str]) -> str | None:
    for phrase in phrases:
        if normalized_line == phrase or normalized_line.startswith(phrase + " "):
            return phrase
    return None


def is_salutation(line: str, vocab: Vocabulary | None = None) -> bool:
    """'Dear Members of the Evaluation Committee,' and the like: a short line opening with a salutation."""
    normalized = normalize(line)
    words = (vocab or vocabulary()).letters.salutations
    return len(normalized.split()) <= SALUTATION_WORDS and _starts_with_any(normalized, words) is not None


def is_closing(line: str, vocab: Vocabulary | None = None) -> bool:
    """'Yours sincerely,' and the like: a short line opening with a closing (longer for a closing phrase)."""
    normalized = normalize(line)
    closing = _starts_with_any(normalized, (vocab or vocabulary()).letters.closings)
    return closing is not None and len(normalized.split()) <= (CLOSING_PHRASE_WORDS if " " in closing else CLOSING_WORDS)


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


def _start_score(cues: PageCues, previous: PageCues | None, current_type: str | None) -> tuple[float, list[str]]:
    """How strongly this page starts a new document, and why."""
    page = cues.page.number
    score, why = 0.0, []
    if cues.page_number:
        number, total = cues.page_number
        if number == 1:
            score += PAGE_ONE_CUE
            why.append(f"'page 1 of {total}' on page {page}")
        else:
            score += PAGE_CONTINUES_CUE
            why.append(f"'page {number} of {total}' on page {page} continues the document")
    if cues.title:
        type_, line, prominent = cues.title
        score += PROMINENT_TITLE_CUE if prominent else PLAIN_TITLE_CUE
        why.append(f"heading '{line}' on page {page}")
    if cues.salutation:
        score += SALUTATION_CUE
        why.append(f"salutation '{cues.salutation}' on page {page}")
    if cues.large_title and not cues.title:
        score += LARGE_TITLE_CUE
        why.append(f"title '{cues.large_title}' in large type on page {page}")
    if cues.letterhead:
        score += LETTERHEAD_CUE
        why.append(f"letterhead '{cues.letterhead}' on page {page}")
    if cues.date_line:
        score += DATE_LINE_CUE
        why.append(f"dated '{cues.date_line}' on page {page}")
    if cues.outline_title:
        score += OUTLINE_CUE
        why.append(f"PDF bookmark '{cues.outline_title}' at page {page}")
    if previous is not None:
        if previous.closing:
            score += PREVIOUS_CLOSED_CUE
            why.append(f"page {previous.page.number} ends a letter ('{previous.closing}')")
        elif previous.page_number and previous.page_number[0] == previous.page_number[1]:
            score += PREVIOUS_CLOSED_CUE
            why.append(f"page {previous.page.number} is the last of its document ('page {previous.page_number[0]} of {previous.page_number[1]}')")
    best_type, best_score = cues.best()
    own = cues.scores.get(current_type, 0.0) if current_type else 0.0
    if current_type and best_type and best_type != current_type and best_score >= MIN_TYPE_SCORE and own <= best_score / 2:
        strong = best_score >= 2 * MIN_TYPE_SCORE and own < MIN_TYPE_SCORE / 2
        score += STRONG_VOCABULARY_CHANGE_CUE if strong else VOCABULARY_CHANGE_CUE
        why.append(f"page {page} reads like: {vocabulary().label(best_type)}")
    elif current_type and own >= MIN_TYPE_SCORE and own >= best_score / 2 and not (cues.salutation or cues.title or cues.large_title):
        # A letter that has closed is not continued by a page like it: that is the next letter.
        if previous is None or not previous.closing:
            score += SAME_VOCABULARY_CUE
    if cues.starts_lowercase and not (cues.title or cues.salutation or cues.letterhead or cues.date_line or cues.large_title):
        score += LOWERCASE_START_CUE
    return score, why


def _fits_nothing(cues: PageCues, current_type: str | None) -> bool:
    """A page of real text that neither belongs to the current document nor looks like any."""
    if cues.page.printable_chars < UNFIT_MIN_CHARS or cues.page_number or cues.closing:
        return False
    _, best_score = cues.best()
    own = cues.scores.get(current_type, 0.0) if current_type else 0.0
    return best_score < UNFIT_MAX_SCORE + LETTER_SHAPE_SCORE and own < UNFIT_MAX_SCORE


@dataclass
class _Run:
    cues: list[PageCues]
    start_evidence: list[str]
    scanned: bool = False

    @property
    def pages(self) -> list[Page]:
        return [c.page for c in self.cues]


def _totals(run: _Run) -> dict[str, float]:
    """Score per type summed over the run's pages."""
    totals: dict[str, float] = {}
    for cues in run.cues:
        for type_, score in cues.scores.items():
            totals[type_] = totals.get(type_, 0.0) + score
    return totals


def _leading_type(totals: dict[str, float]) -> str | None:
    """The best-scoring type, if it scores enough to be called one."""
    if not totals:
        return None
    type_ = max(totals, key=totals.get)
    return type_ if totals[type_] >= MIN_TYPE_SCORE else None


def _split(all_cues: list[PageCues]) -> list[_Run]:
    runs: list[_Run] = []
    previous: PageCues | None = None  # last text page of the current run
    for cues in all_cues:
        kind = cues.page.kind
        current = runs[-1] if runs else None
        if kind == "blank" and current is not None:
            current.cues.append(cues)  # a blank page never breaks a document
            continue
        if kind == "scanned":
            if current is not None and current.scanned:
                current.cues.append(cues)
            else:
                runs.append(_Run([cues], [f"page {cues.page.number} has no text layer"], scanned=True))
            previous = None
            continue
        if current is None or current.scanned:
            runs.append(_Run([cues], []))
        elif current.cues and all(c.page.kind == "blank" for c in current.cues):
            current.cues.append(cues)  # leading blank pages belong to the first document
        else:
            current_type = _leading_type(_totals(current))
            score, why = _start_score(cues, previous, current_type)
            if score >= BOUNDARY_THRESHOLD or _fits_nothing(cues, current_type):
                runs.append(_Run([cues], why))
            else:
                current.cues.append(cues)
        previous = cues
    return runs


def _evidence_for(run: _Run, type_: str) -> list[str]:
    """Why this run is this type (first), then why it starts where it does."""
    vocab = vocabulary()
    evidence = []
    first = run.cues[0]
    if first.title and first.title[0] == type_:
        evidence.append(f"heading '{first.title[1]}' on page {first.page.number}")
    words: dict[str, int] = {}
    for cues in run.cues:
        for word in cues.matched.get(type_, []):
            words.setdefault(word, cues.page.number)
    if words:
        strongest = sorted(words, key=lambda w: -vocab.types[type_].phrases.get(w, 1.0))[:3]
        evidence.append("words " + ", ".join(f"'{w}' (p. {words[w]})" for w in strongest))
    evidence += [e for e in run.start_evidence if e not in evidence]
    if vocab.types[type_].letter:
        closing = next((c for c in run.cues if c.closing), None)
        if closing:
            evidence.append(f"closing '{closing.closing}' on page {closing.page.number}")
    return evidence


def _confidence(totals: dict[str, float], chosen: str) -> float:
    """Softmax share of the chosen type: near 1 when it stands well clear of the others."""
    if not totals:
        return 0.0
    top = max(totals.values())
    weights = {t: math.exp((s - top) / CONFIDENCE_TEMPERATURE) for t, s in totals.items()}
    return weights.get(chosen, 0.0) / sum(weights.values())


def _order_candidates(labels: list[str | None], index: int, programme: Programme) -> list[str]:
    """Types the prescribed order expects between the nearest classified neighbours."""
    order = [d.type for d in programme.documents]
    before = [order.index(t) for t in labels[:index] if t in order]
    after = [order.index(t) for t in labels[index + 1 :] if t in order]
    low = before[-1] if before else 0
    high = after[0] if after else len(order) - 1
    return order[min(low, high) : max(low, high) + 1]


def classify(runs: list[_Run], programme: Programme | None) -> list[Section]:
    sections: list[Section] = []
    labels: list[str | None] = []
    scores: list[dict[str, float]] = []
    for run in runs:
        totals = _totals(run)
        scores.append(totals)
        labels.append(None if run.scanned else _leading_type(totals))

    # The prescribed order as a prior: settle close calls and weak letters by position.
    for i, run in enumerate(runs):
        if run.scanned or programme is None:
            continue
        totals = scores[i]
        confident = labels[i] is not None and _confidence(totals, labels[i]) >= AMBIGUOUS_CONFIDENCE
        if confident or not totals:
            continue
        expected = _order_candidates(labels, i, programme)
        boosted = {t: s + (ORDER_PRIOR_SCORE if t in expected else 0.0) for t, s in totals.items()}
        best = max(boosted, key=boosted.get)
        if boosted[best] >= MIN_TYPE_SCORE and best != labels[i]:
            labels[i] = best
            scores[i] = boosted
            run.start_evidence.append(f"the prescribed order expects a {vocabulary().label(best)} here")

    for run, label, totals in zip(runs, labels, scores):
        if run.scanned:
            sections.append(Section("unknown", run.pages, 0.0, run.start_evidence))
            continue
        title = run.cues[0].title[1] if run.cues[0].title else None
        if label is None:
            guess = max(totals, key=totals.get) if totals else None
            why = f"no document's words found (closest: {vocabulary().label(guess)}, score {totals[guess]:.1f})" if guess else "no document's words found"
            sections.append(Section("unknown", run.pages, 0.0, run.start_evidence + [why], title=title))
            continue
        sections.append(Section(label, run.pages, _confidence(totals, label), _evidence_for(run, label), title=title))
    return sections


def split_packet(pages: list[Page], outline: list[tuple[str, int]], programme: Programme | None) -> list[Section]:
    """The packet's documents, covering every page once, in page order."""
    vocab = vocabulary()
    outline_at = {}
    for title, page_number in outline:
        outline_at.setdefault(page_number, title)
    all_cues = [read_cues(page, outline_at.get(page.number), vocab) for page in pages]
    return classify(_split(all_cues), programme)
