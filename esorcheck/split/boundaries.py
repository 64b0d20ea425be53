"""Where documents start: each page's start cues weighed against the cues that it continues the previous one.

Blank pages never break a document; scanned pages without text form their
own runs, since nothing can be said about them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from esorcheck.pdf.pages import Page
from esorcheck.schema.documents import vocabulary
from esorcheck.split.cues import LETTER_SHAPE_SCORE, PageCues
from esorcheck.split.language import in_listed_language
from esorcheck.text import normalize_heading

# Boundary cue weights; a page starts a new document at BOUNDARY_THRESHOLD.
BOUNDARY_THRESHOLD = 3.0
PROMINENT_TITLE_CUE = 4.0
PLAIN_TITLE_CUE = 3.0
SALUTATION_CUE = 3.0
PAGE_ONE_CUE = 3.0
PAGE_CONTINUES_CUE = -5.0
# ... on a page a salutation opens: a CV and its cover letter made as one file are counted on through both.
PAGE_CONTINUES_UNDER_SALUTATION_CUE = -2.0
OUTLINE_CUE = 4.0
PREVIOUS_CLOSED_CUE = 2.0
VOCABULARY_CHANGE_CUE = 2.0
STRONG_VOCABULARY_CHANGE_CUE = 3.5  # the page reads strongly like another type, not at all like this one
STRONG_CHANGE_RATIO = 4.0  # ... or reads this many times as much like another type as like this one
SAME_VOCABULARY_CUE = -2.0  # the page still reads like the current document
LOWERCASE_START_CUE = -1.5
RUN_ON_CUE = -1.5  # the page before ended mid-sentence
RUNNING_LINES_CUE = -4.0  # the page repeats the page before's running header, footer or letterhead
LETTERHEAD_CUE = 1.0  # an institution named in the first lines
LARGE_TITLE_CUE = 3.0  # a line in large type near the top (a certificate's title), known or not
DATE_LINE_CUE = 1.0  # a date line in the upper part of the page
VOICE_CUE = 3.0  # a page speaking as a letter does after pages that did not, in a document that is no letter
MIN_TYPE_SCORE = 3.0  # below this a run of pages is "unknown"
LATER_PAGE_WEIGHT = 0.5  # what the pages after a document's first say of its type, against the first
# A page this far into a document with this little in common with it stands alone.
UNFIT_MIN_CHARS = 250
UNFIT_MAX_SCORE = 1.0


def _section_of(current_type: str | None, title: str) -> bool:
    """Whether a heading is a section of the current document (a CV's "Publications"), not a new title."""
    if current_type is None:
        return False
    return normalize_heading(title) in vocabulary().types[current_type].section_kinds


def _reads_like_section(current_type: str | None, other_type: str | None) -> bool:
    """Whether pages of ``other_type`` may be a section of the current document: one of its titles is a
    heading of the current type's sections (a CV's publications read like a list of publications)."""
    if current_type is None or other_type is None:
        return False
    kinds = vocabulary().types[current_type].section_kinds
    return any(title in kinds for title in vocabulary().types[other_type].titles)


def _start_score(cues: PageCues, previous: PageCues | None, current_type: str | None) -> tuple[float, list[str]]:
    """How strongly this page starts a new document, and why."""
    page = cues.page.number
    score, why = 0.0, []
    # A heading of one of the current document's own sections continues it, unless the page restarts at 1.
    section = bool(cues.title) and _section_of(current_type, cues.title[1]) and not (cues.page_number and cues.page_number[0] == 1)
    if cues.page_number:
        number, total = cues.page_number
        if number == 1:
            score += PAGE_ONE_CUE
            why.append(f"'page 1 of {total}' on page {page}")
        else:
            score += PAGE_CONTINUES_UNDER_SALUTATION_CUE if cues.salutation else PAGE_CONTINUES_CUE
            why.append(f"'page {number} of {total}' on page {page} continues the document")
    if cues.title and not section:
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
    if (cues.voice and previous is not None and not previous.voice and current_type
            and not vocabulary().types[current_type].letter_shaped and not cues.sections
            and not any(_section_of(current_type, line.text) for line in cues.page.lines[:3])):
        # Prose in the first or third person after a CV's or a certificate's pages: a letter begins, though it
        # opens with no title or salutation (not a page under a heading of the CV's own, "Personal statement").
        score += VOICE_CUE
        why.append(f"page {page} speaks in the {cues.voice} person, as a letter does")
    best_type, best_score = cues.best()
    own = cues.scores.get(current_type, 0.0) if current_type else 0.0
    if (current_type and best_type and best_type != current_type and best_score >= MIN_TYPE_SCORE and own <= best_score / 2
            and not (_reads_like_section(current_type, best_type) and not cues.salutation and not (cues.title and not section))):
        # Strongly: it reads twice as much as a document needs like the other type, and hardly like this one, or
        # four times as much like the other (a language certificate after a board certificate: generic words of
        # certificates, "certificate", "specialist", count for both).
        strong = best_score >= 2 * MIN_TYPE_SCORE and (own < MIN_TYPE_SCORE / 2 or own <= best_score / STRONG_CHANGE_RATIO)
        score += STRONG_VOCABULARY_CHANGE_CUE if strong else VOCABULARY_CHANGE_CUE
        why.append(f"page {page} reads like: {vocabulary().label(best_type)}")
    elif current_type and own >= MIN_TYPE_SCORE and own >= best_score / 2 and not (cues.salutation or cues.title or cues.large_title):
        # A letter that has closed is not continued by a page like it: that is the next letter.
        if previous is None or not previous.closing:
            score += SAME_VOCABULARY_CUE
    opens = cues.title or cues.salutation or cues.letterhead or cues.date_line or cues.large_title
    if cues.starts_lowercase and not opens:
        score += LOWERCASE_START_CUE
    if previous is not None and previous.ends_mid_sentence and not opens:
        score += RUN_ON_CUE
    # The same letterhead, header or footer as the page before: the same document, unless a salutation or a
    # title says a new one begins below it, or the page before closed its letter (a second letter on the
    # same letterhead follows).
    if cues.running and not (cues.title or cues.salutation) and not (previous is not None and previous.closing):
        score += RUNNING_LINES_CUE
    return score, why


def _fits_nothing(cues: PageCues, current_type: str | None) -> bool:
    """A page of real text that neither belongs to the current document nor looks like any (and does not
    repeat the running header or footer of the page before, which would make it the same document's).
    Placeholder text (Lorem ipsum) is no page of its own: it fills out whatever template it stands in."""
    if cues.page.printable_chars < UNFIT_MIN_CHARS or cues.page_number or cues.closing or cues.running:
        return False
    _, best_score = cues.best()
    own = cues.scores.get(current_type, 0.0) if current_type else 0.0
    return (best_score < UNFIT_MAX_SCORE + LETTER_SHAPE_SCORE and own < UNFIT_MAX_SCORE
            and in_listed_language(cues.page.text) is None)


@dataclass
class Run:
    """Consecutive pages the splitter holds as one document while it reads on."""
    cues: list[PageCues]
    start_evidence: list[str]
    scanned: bool = False
    # What speaks for one type only (who speaks in a letter, who signs it), shown where the run is of that type.
    type_evidence: dict[str, list[str]] = field(default_factory=dict)

    @property
    def pages(self) -> list[Page]:
        return [c.page for c in self.cues]


def totals_of(run: Run) -> dict[str, float]:
    """Score per type over the run's pages, its first page of text counting fully and the others less:
    a document says what it is where it opens (title, salutation, the CV's name and headings), and
    its later pages, where a CV's publications or a certificate's small print run on, say less."""
    totals: dict[str, float] = {}
    weight = 1.0
    for cues in run.cues:
        for type_, score in cues.scores.items():
            totals[type_] = totals.get(type_, 0.0) + weight * score
        if cues.scores:
            weight = LATER_PAGE_WEIGHT
    return totals


def leading_type(totals: dict[str, float]) -> str | None:
    """The best-scoring type, if it scores enough to be called one."""
    if not totals:
        return None
    type_ = max(totals, key=totals.get)
    return type_ if totals[type_] >= MIN_TYPE_SCORE else None


def split_runs(all_cues: list[PageCues]) -> list[Run]:
    runs: list[Run] = []
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
                runs.append(Run([cues], [f"page {cues.page.number} has no text layer"], scanned=True))
            previous = None
            continue
        if current is None or current.scanned:
            runs.append(Run([cues], []))
        elif current.cues and all(c.page.kind == "blank" for c in current.cues):
            current.cues.append(cues)  # leading blank pages belong to the first document
        else:
            current_type = leading_type(totals_of(current))
            score, why = _start_score(cues, previous, current_type)
            if score >= BOUNDARY_THRESHOLD or _fits_nothing(cues, current_type):
                runs.append(Run([cues], why))
            else:
                current.cues.append(cues)
        previous = cues
    return runs
