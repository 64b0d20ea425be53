"""Split a packet into documents and say what each one is, with evidence.

Two passes, each readable on its own:

1. **Boundaries.** For every page the splitter weighs cues that a new document
   starts here (a document title among the page's prominent lines, a salutation,
   "Page 1 of N", a PDF outline entry, the previous page closing a letter, the
   page's vocabulary changing to another document type, a page of prose in
   the first or third person after a CV's or a certificate's pages, and more
   weakly a letterhead or a date line near the top) against cues that it
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

import dataclasses
from collections.abc import Sequence

from esorcheck.cores import PAGES_PER_SHARE, SECTIONS_PER_SHARE, share_count, shared_out
from esorcheck.pdf.pages import Page
from esorcheck.schema.documents import vocabulary
from esorcheck.schema.programmes import Programme
from esorcheck.split.boundaries import split_runs
from esorcheck.split.cues import PageCues, read_cues, running_key
from esorcheck.split.language import LanguageGuess, detect, load_detector
from esorcheck.split.section import Section
from esorcheck.split.types import classify
from esorcheck.text import similarity

RUNNING_BAND = 0.12  # share of the page at its top and bottom where running headers and footers stand
MIN_RUNNING_CHARS = 3
RUNNING_SIMILARITY = 0.85


def split_packet(pages: list[Page], outline: list[tuple[str, int]], programme: Programme | None) -> list[Section]:
    """The packet's documents, covering every page once, in page order."""
    vocab = vocabulary()
    outline_at = {}
    for title, page_number in outline:
        outline_at.setdefault(page_number, title)
    running = running_lines(pages)

    def weigh(numbered: Sequence[int]) -> list[PageCues]:
        # Sent back without their pages, which are attached again below: a page crosses processes without its
        # segment reader (and its text and lines were sent once already).
        return [dataclasses.replace(read_cues(pages[i], outline_at.get(pages[i].number), vocab, running[i]), page=None)
                for i in numbered]

    all_cues = [dataclasses.replace(cues, page=page)
                for cues, page in zip(shared_out(weigh, range(len(pages)), min_share=PAGES_PER_SHARE), pages)]
    for cues, lines, before in zip(all_cues[1:], running[1:], running):
        cues.running = bool(lines & before)
    runs = split_runs(all_cues)
    texts = [None if run.scanned else "\n".join(p.text for p in run.pages) for run in runs]
    if share_count(len(texts), SECTIONS_PER_SHARE) > 1:
        load_detector()  # once, before the shares are forked, rather than in each of them
    guesses = shared_out(_languages, texts, min_share=SECTIONS_PER_SHARE)
    sections = classify(runs, programme, [g.code if g else None for g in guesses])
    return [section if guess is None else dataclasses.replace(section, language=guess.code, language_note=guess.note)
            for section, guess in zip(sections, guesses)]


def _languages(texts: Sequence[str | None]) -> list[LanguageGuess | None]:
    return [None if text is None else detect(text) for text in texts]


def running_lines(pages: list[Page]) -> list[frozenset[str]]:
    """Per page, the header and footer lines it shares with the page before or after (``running_key`` form):
    a running header or footer, a letterhead repeated on a letter's second page. OCR'd pages may read the
    same line with a slip, so lines of a page read by OCR match when they are nearly the same."""
    bands = [{running_key(line.text): line for line in page.lines if line.top <= RUNNING_BAND or line.top >= 1 - RUNNING_BAND}
             for page in pages]
    bands = [{key: line for key, line in band.items() if len(key) >= MIN_RUNNING_CHARS} for band in bands]
    shared: list[set[str]] = [set() for _ in pages]
    for i in range(1, len(pages)):
        fuzzy = pages[i].text_source == "ocr" or pages[i - 1].text_source == "ocr"
        for key in bands[i]:
            match = next((other for other in bands[i - 1]
                          if other == key or (fuzzy and similarity(key, other, RUNNING_SIMILARITY) >= RUNNING_SIMILARITY)), None)
            if match is not None:
                shared[i].add(key)
                shared[i - 1].add(match)
    return [frozenset(keys) for keys in shared]


def whole_as_cv(pages: list[Page], outline: list[tuple[str, int]], programme: Programme | None) -> list[Section]:
    """A CV checked on its own ('esorcheck cv'): every page is the CV."""
    return [with_language(Section("cv", tuple(pages), 1.0, ("checked on its own (esorcheck cv)",)))]


def with_language(section: Section) -> Section:
    """The section with the language its text is written in (none for a scan nothing could read)."""
    if section.scanned:
        return section
    guess = detect(section.text)
    return dataclasses.replace(section, language=guess.code, language_note=guess.note)
