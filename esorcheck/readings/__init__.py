"""The reading stage: what each document says, read once per packet for the rules and the report.

The CV is compared with the ESOR template (its values come from there); the
passport's machine-readable zone is read; each letter's salutation, addressee,
signature and the names it mentions; the date on a board certificate; the
language and level on a language certificate; the category on a membership
proof; the kind of a funding declaration and what the motivation letter says
of funding; the entries of a publication list.
Every word these readings look for is data (``schemas/rules.yaml``, the letter
cues of ``schemas/documents.yaml``, the CV template under ``schemas/cv/``).
Nothing here decides: the rules do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from esorcheck.cv import CvComparison, CvTemplate, compare_cv, reference_template
from esorcheck.readings.certificates import (
    CertificateFacts,
    LanguageCertificateFacts,
    read_certificate,
    read_language_certificate,
)
from esorcheck.readings.funding import FundingFacts, FundingStatement, read_funding, read_funding_statement
from esorcheck.readings.letters import LetterFacts, read_letter
from esorcheck.readings.membership import MembershipFacts, read_membership
from esorcheck.readings.passport import Passport, read_passport
from esorcheck.readings.publications import PublicationFacts, read_publications
from esorcheck.schema.documents import vocabulary
from esorcheck.split.cues import applicant_name
from esorcheck.split.section import Section


@dataclass(frozen=True)
class Readings:
    """What the readers found in a packet's documents, for the rules to judge."""
    cv: CvComparison | None = None  # the first readable CV compared with the template
    passport: Passport | None = None
    letters: tuple[LetterFacts, ...] = ()
    board_certificates: tuple[CertificateFacts, ...] = ()
    language_certificates: tuple[LanguageCertificateFacts, ...] = ()
    memberships: tuple[MembershipFacts, ...] = ()
    funding: tuple[FundingFacts, ...] = ()
    publications: tuple[PublicationFacts, ...] = ()
    funding_statement: FundingStatement | None = None  # what the (first) motivation letter says of its funding
    applicant: str | None = None  # the applicant's name as the CV gives it ("Yuqing Wang")

    def letters_of(self, type_: str) -> list[LetterFacts]:
        return [letter for letter in self.letters if letter.section.type == type_]

    def letter_at(self, section: Section) -> LetterFacts | None:
        """What was read of this letter section; None for a scan (nothing was read)."""
        return next((letter for letter in self.letters if letter.section is section), None)


def read_cv(sections: Iterable[Section], template: CvTemplate | None) -> tuple[CvComparison | None, str | None]:
    """The first CV section that could be read, compared with the template (the shipped ESOR one by default),
    and the applicant's name: the template's Surname and First Name(s), else (a CV of another format) the
    name it opens with in large type, as a clerk would read it."""
    cv = next((s for s in sections if s.type == "cv" and not s.scanned), None)
    if cv is None:
        return None, None
    comparison = compare_cv(cv.pages, template or reference_template())
    if comparison.is_template:
        return comparison, comparison.applicant
    return comparison, applicant_name(cv.pages[0], vocabulary())


def read_documents(sections: list[Section], as_of: dt.date, cv_template: CvTemplate | None = None) -> Readings:
    """Read every document the rules need, once."""
    vocab = vocabulary()
    cv, applicant = read_cv(sections, cv_template)
    born_value = cv.values.get("date_of_birth") if cv is not None else None
    born = dt.date.fromisoformat(born_value) if isinstance(born_value, str) and len(born_value) == 10 else None
    letters, funding, board, language, memberships, publications = [], [], [], [], [], []
    statement = None
    for section in sections:
        if section.scanned or section.type == "unknown":
            continue
        entry = vocab.types.get(section.type)
        if entry is not None and entry.letter:
            letter = read_letter(section, applicant)
            letters.append(letter)
            if section.type == "funding_declaration":
                funding.append(read_funding(section, letter.signature))
            elif section.type == "motivation_letter" and statement is None:
                statement = read_funding_statement(section)
        elif section.type == "board_certificate":
            board.append(read_certificate(section, as_of, born))
        elif section.type == "language_certificate":
            language.append(read_language_certificate(section))
        elif section.type == "membership_proof":
            memberships.append(read_membership(section))
        elif section.type == "publication_list":
            publications.append(read_publications(section))
    return Readings(
        cv, read_passport(sections, as_of), tuple(letters), tuple(board), tuple(language), tuple(memberships),
        tuple(funding), tuple(publications), statement, applicant,
    )
