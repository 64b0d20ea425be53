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

import dataclasses

from esorcheck.pdf.pages import Page
from esorcheck.schema.documents import vocabulary
from esorcheck.schema.programmes import Programme
from esorcheck.split.boundaries import split_runs
from esorcheck.split.cues import read_cues
from esorcheck.split.language import detect
from esorcheck.split.section import Section
from esorcheck.split.types import classify


def split_packet(pages: list[Page], outline: list[tuple[str, int]], programme: Programme | None) -> list[Section]:
    """The packet's documents, covering every page once, in page order."""
    vocab = vocabulary()
    outline_at = {}
    for title, page_number in outline:
        outline_at.setdefault(page_number, title)
    all_cues = [read_cues(page, outline_at.get(page.number), vocab) for page in pages]
    return [with_language(section) for section in classify(split_runs(all_cues), programme)]


def whole_as_cv(pages: list[Page], outline: list[tuple[str, int]], programme: Programme | None) -> list[Section]:
    """A CV checked on its own ('esorcheck cv'): every page is the CV."""
    return [with_language(Section("cv", tuple(pages), 1.0, ("checked on its own (esorcheck cv)",)))]


def with_language(section: Section) -> Section:
    """The section with the language its text is written in (none for a scan nothing could read)."""
    if section.scanned:
        return section
    guess = detect(section.text)
    return dataclasses.replace(section, language=guess.code, language_note=guess.note)
