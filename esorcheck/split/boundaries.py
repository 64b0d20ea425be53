"""Where documents start: each page's start cues weighed against the cues that it continues the previous one.

Blank pages never break a document; scanned pages without text form their
own runs, since nothing can be said about them.
"""

from __future__ import annotations

from dataclasses import dataclass

from esorcheck.pdf.pages import Page
from esorcheck.schema.documents import vocabulary
from esorcheck.split.cues import LETTER_SHAPE_SCORE, PageCues

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
DATE_LINE_CUE = 1.0  # a date line in the upper part of the page
MIN_TYPE_SCORE = 3.0  # below this a run of pages is "unknown"
# A page this far into a document with this little in common with it stands alone.
UNFIT_MIN_CHARS = 250
UNFIT_MAX_SCORE = 1.0


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
class Run:
    cues: list[PageCues]
    start_evidence: list[str]
    scanned: bool = False

    @property
    def pages(self) -> list[Page]:
        return [c.page for c in self.cues]


def totals_of(run: Run) -> dict[str, float]:
    """Score per type summed over the run's pages."""
    totals: dict[str, float] = {}
    for cues in run.cues:
        for type_, score in cues.scores.items():
            totals[type_] = totals.get(type_, 0.0) + score
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
