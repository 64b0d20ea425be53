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

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from esorcheck.cores import DOCUMENTS_PER_SHARE, shared_out
from esorcheck.cv import CvComparison, CvTemplate, compare_cv, reference_template
from esorcheck.readings.certificates import (
    CertificateFacts,
    LanguageCertificateFacts,
    read_certificate,
    read_language_certificate,
)
from esorcheck.readings.funding import (
    FundingFacts,
    FundingStatement,
    read_funding,
    read_funding_statement,
)
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
    """Read every document the rules need, once (a long packet's documents shared among the cores)."""
    cv, applicant = read_cv(sections, cv_template)
    born_value = cv.values.get("date_of_birth") if cv is not None else None
    born = dt.date.fromisoformat(born_value) if isinstance(born_value, str) and len(born_value) == 10 else None
    readable = [s for s in sections if not s.scanned and s.type != "unknown"]

    def read(part: Sequence[Section]) -> list[list[Facts]]:
        # Sent back without their sections (the pages' text and lines), which are attached again below.
        return [[dataclasses.replace(f, section=None) for f in _read_document(section, applicant, as_of, born)]
                for section in part]

    found = [dataclasses.replace(f, section=section)
             for section, facts in zip(readable, shared_out(read, readable, min_share=DOCUMENTS_PER_SHARE)) for f in facts]

    def of(kind: type[F]) -> tuple[F, ...]:
        return tuple(f for f in found if type(f) is kind)

    return Readings(
        cv, read_passport(sections, as_of), of(LetterFacts), of(CertificateFacts), of(LanguageCertificateFacts),
        of(MembershipFacts), of(FundingFacts), of(PublicationFacts), next(iter(of(FundingStatement)), None), applicant,
    )


Facts = LetterFacts | FundingFacts | FundingStatement | CertificateFacts | LanguageCertificateFacts | MembershipFacts | PublicationFacts
F = TypeVar("F", bound=Facts)


def _read_document(section: Section, applicant: str | None, as_of: dt.date, born: dt.date | None) -> list[Facts]:
    """What one document says, by its type: a letter (and a funding declaration's kind, a motivation letter's
    words on funding), a certificate, a membership proof, a publication list."""
    entry = vocabulary().types.get(section.type)
    if entry is not None and entry.letter:
        letter = read_letter(section, applicant)
        if section.type == "funding_declaration":
            return [letter, read_funding(section, letter.signature)]
        if section.type == "motivation_letter":
            return [letter, read_funding_statement(section)]
        return [letter]
    if section.type == "board_certificate":
        return [read_certificate(section, as_of, born)]
    if section.type == "language_certificate":
        return [read_language_certificate(section)]
    if section.type == "membership_proof":
        return [read_membership(section)]
    if section.type == "publication_list":
        return [read_publications(section)]
    return []
