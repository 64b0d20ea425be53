"""ESOR programmes (calls) as validated data.

Every call lives in one YAML file under ``schemas/programmes/``; this module
only knows the *shape* of such a file, never the facts of a call, so that the
ESOR office can add or correct a programme without touching code.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Literal

from esorcheck.errors import SchemaError, UsageError
from esorcheck.schema.documents import DOCUMENT_TYPES
from esorcheck.schema.files import load_yaml
from esorcheck.schema.model import Invalid, load, model, spec
from esorcheck.schema.rules import RuleWords, rule_words


@model
class RequiredDocument:
    """One document the call asks for, in the position the call lists it."""

    type: str
    label: str = spec(doc="The call's own words for this document.")
    min: int = spec(1, ge=0, doc="How many the packet must hold (0: optional).")
    max: int | None = spec(1, ge=1, doc="How many at most (null: no limit).")
    languages: list[str] | None = spec(
        None, doc="ISO 639-1 codes accepted for this document; null: the programme default."
    )
    position: Literal["in_order", "last"] = spec(
        "in_order", doc="'last': must stand at the bottom of the PDF (additional documents)."
    )
    required_for_tracks: list[str] | None = spec(
        None, doc="Required only for these tracks; optional otherwise."
    )
    addressed_to_committee: bool = spec(
        False, doc="The call asks for the letter to be addressed to the Evaluation Committee."
    )
    signed: bool = spec(False, doc="A letter that must end with a signature (letter.unsigned).")
    signer_roles: list[str] | None = spec(
        None,
        doc="Roles (keys of schemas/rules.yaml roles:) one of which the signer must hold, for at least "
        "'min' of these documents (recommendation.author_role).",
    )
    entries: int | None = spec(None, ge=1, doc="How many entries the list must hold (publications.count).")
    hint: str | None = spec(None, doc="What to do when this document is missing or wrong.")

    def check(self) -> None:
        if self.type not in DOCUMENT_TYPES:
            raise ValueError(f"unknown document type {self.type!r}; known: {', '.join(sorted(DOCUMENT_TYPES))}")
        if self.max is not None and self.max < self.min:
            raise ValueError(f"max ({self.max}) is below min ({self.min})")


@model
class CallDates:
    opens: dt.date | None = None
    closes: dt.date | None = None
    fellowship_start: dt.date | None = None
    fellowship_end: dt.date | None = None

    def reference_date(self, today: dt.date) -> dt.date:
        """The date a packet is judged on by default: today while the call is open, its closing date once it has
        closed (a packet assembled for a past call is judged as on the day it was due)."""
        return self.closes if self.closes is not None and self.closes < today else today

    def status_on(self, today: dt.date) -> str:
        """'open until 2026-03-01', 'opens 2027-01-15', 'closed 2024-03-18' or 'dates not published'."""
        if self.opens is not None and today < self.opens:
            return f"opens {self.opens.isoformat()}"
        if self.closes is not None:
            return f"closed {self.closes.isoformat()}" if self.closes < today else f"open until {self.closes.isoformat()}"
        return "open" if self.opens is not None else "dates not published"


@model
class LanguageLevel:
    language: str
    level: Literal["A1", "A2", "B1", "B2", "C1", "C2"]


@model
class Eligibility:
    """Parameters the eligibility rules read; absent means the call states no such rule."""

    max_age: int | None = None
    certification_max_years: int | None = None
    residence_required: list[str] | None = spec(None, doc="ISO 3166 alpha-2 codes; must reside in one.")
    residence_excluded: list[str] | None = spec(None, doc="ISO 3166 alpha-2 codes; must not reside/work in.")
    language_levels: list[LanguageLevel] = spec([])
    esr_membership_required: bool = False
    esr_membership_categories: list[str] | None = None
    society_membership: list[str] | None = spec(
        None, doc="Societies (keys of schemas/rules.yaml societies:) one of which the applicant must be a member of."
    )


@model
class FundingTrack:
    """What the funding declaration of one track must be (funding.track_mismatch)."""

    declaration: str = spec(doc="The kind of declaration (keys of schemas/rules.yaml funding_declarations:).")
    signed_by: list[str] = spec(
        min_length=1, doc="Who must sign it: role keys of schemas/rules.yaml roles:, or the candidate."
    )


@model
class Programme:
    id: str
    title: str
    source: str = spec(doc="Where the facts come from (the published call).")
    submission: str = spec(doc="How the packet reaches ESOR (portal, e-mail).")
    max_size_mb: float | None = spec(None, gt=0)
    committee: str = spec(doc="Whom letters are addressed to, where the call asks for it (the report's words).")
    committee_salutation: str = spec(doc="The salutation the report suggests for such letters.")
    membership_proof_source: str = spec(doc="Where an applicant gets a proof of ESR membership.")
    default_languages: list[str] = spec(doc="Languages accepted unless a document says otherwise.")
    tracks: list[str] = spec([])
    dates: CallDates = dataclasses.field(default_factory=CallDates)
    documents: list[RequiredDocument]
    eligibility: Eligibility = dataclasses.field(default_factory=Eligibility)
    funding: dict[str, FundingTrack] = spec({}, doc="Per track, the funding declaration it needs.")
    notes: list[str] = spec([], doc="Assumptions the office should confirm or correct.")

    def check(self) -> None:
        types = [d.type for d in self.documents]
        duplicates = {t for t in types if types.count(t) > 1}
        if duplicates:
            raise ValueError(f"document types listed twice: {', '.join(sorted(duplicates))}")
        for doc in self.documents:
            unknown = set(doc.required_for_tracks or ()) - set(self.tracks)
            if unknown:
                raise ValueError(f"{doc.type}: required_for_tracks names unknown tracks {sorted(unknown)}")
        unknown = set(self.funding) - set(self.tracks)
        if unknown:
            raise ValueError(f"funding names unknown tracks {sorted(unknown)}")

    def document(self, type_: str) -> RequiredDocument | None:
        return next((d for d in self.documents if d.type == type_), None)

    def min_count(self, doc: RequiredDocument, track: str | None) -> int:
        """How many of ``doc`` this applicant needs, given the chosen track (if any)."""
        if doc.required_for_tracks is not None and track not in doc.required_for_tracks:
            return 0
        return doc.min

    def languages_for(self, type_: str) -> list[str]:
        """Accepted languages for a document type; ``["any"]`` means no rule."""
        doc = self.document(type_)
        if doc is not None and doc.languages is not None:
            return doc.languages
        return self.default_languages


def check_rule_words(programme: Programme, words: RuleWords) -> None:
    """Every role, membership category, declaration kind, language and country a call names must exist in
    schemas/rules.yaml: checked once both files are loaded, since each is valid on its own."""
    roles = set(words.roles)
    for doc in programme.documents:
        unknown = set(doc.signer_roles or ()) - roles
        if unknown:
            raise ValueError(f"{doc.type}: signer_roles names unknown roles {sorted(unknown)}; known: {', '.join(sorted(roles))}")
    for track, rule in programme.funding.items():
        if rule.declaration not in words.funding_declarations.kinds:
            raise ValueError(f"funding.{track}: unknown declaration {rule.declaration!r}; known: {', '.join(words.funding_declarations.kinds)}")
        unknown = set(rule.signed_by) - roles - {words.funding_declarations.candidate}
        if unknown:
            raise ValueError(f"funding.{track}: signed_by names unknown roles {sorted(unknown)}")
    rules = programme.eligibility
    unknown = set(rules.society_membership or ()) - set(words.societies)
    if unknown:
        raise ValueError(f"eligibility.society_membership: unknown societies {sorted(unknown)}; known: {', '.join(words.societies)}")
    unknown = set(rules.esr_membership_categories or ()) - set(words.membership.categories)
    if unknown:
        raise ValueError(f"eligibility: unknown membership categories {sorted(unknown)}; known: {', '.join(words.membership.categories)}")
    unknown = {level.language for level in rules.language_levels} - set(words.languages)
    if unknown:
        raise ValueError(f"eligibility.language_levels: languages {sorted(unknown)} have no names in schemas/rules.yaml")
    unknown = set(rules.residence_required or ()) | set(rules.residence_excluded or ())
    unknown -= set(words.countries)
    if unknown:
        raise ValueError(f"eligibility: countries {sorted(unknown)} have no names in schemas/rules.yaml")


def parse_programme(path: Path | str, text: str, words: RuleWords | None = None, defaults: dict | None = None) -> Programme:
    """A programme file laid over the defaults, validated on its own and against the rule words
    (the shipped defaults and rule words unless given)."""
    if defaults is None:
        from esorcheck.schema.files import schema_root

        defaults = load_yaml("schemas/programme-defaults.yaml", (schema_root() / "programme-defaults.yaml").read_text(encoding="utf-8"))
    try:
        programme = load(Programme, _laid_over(defaults, load_yaml(path, text)))
    except Invalid as exc:
        raise SchemaError("\n".join(f"{path}: {where}: {what}" for where, what in exc.problems)) from None
    stem = Path(str(path)).stem
    if programme.id != stem:
        raise SchemaError(f"{path}: id: {programme.id!r} must match the file name {stem!r}")
    try:
        check_rule_words(programme, words or rule_words())
    except ValueError as exc:
        raise SchemaError(f"{path}: {exc}") from None
    return programme


def read_programmes(root: Path, words: RuleWords) -> dict[str, Programme]:
    """Every programme file under ``root``/programmes, by id, each laid over programme-defaults.yaml."""
    defaults = load_yaml("schemas/programme-defaults.yaml", (root / "programme-defaults.yaml").read_text(encoding="utf-8"))
    programmes = {}
    for entry in sorted((root / "programmes").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yaml"):
            text = entry.read_text(encoding="utf-8")
            programme = parse_programme(f"schemas/programmes/{entry.name}", text, words, defaults)
            programmes[programme.id] = programme
    return programmes


def _laid_over(defaults: dict, data: dict) -> dict:
    """``data`` over ``defaults``: mappings key by key, anything else replaced whole."""
    merged = dict(defaults)
    for key, value in data.items():
        below = merged.get(key)
        merged[key] = _laid_over(below, value) if isinstance(below, dict) and isinstance(value, dict) else value
    return merged


def all_programmes() -> dict[str, Programme]:
    """Every programme shipped in schemas/programmes, by id (validated once, cached: see esorcheck.schema)."""
    from esorcheck.schema import shipped

    return shipped().programmes


def get_programme(programme_id: str) -> Programme:
    """The programme of an id, whatever its case ('AIM-China'); an unknown id is a usage error saying the nearest."""
    programmes = all_programmes()
    return programmes[match_id(programme_id, list(programmes), "unknown programme", "see 'esorcheck programmes'")]


def match_id(given: str, known: list[str], unknown: str, listing: str = "") -> str:
    """The id of ``known`` that ``given`` names, case and spaces aside; else a usage error with 'did you mean …?'."""
    import difflib

    wanted = given.strip().lower().replace(" ", "-").replace("_", "-")
    for candidate in known:
        if candidate.lower() == wanted:
            return candidate
    near = [k.lower() for k in known if k.lower().startswith(wanted)][:1] or difflib.get_close_matches(
        wanted, [k.lower() for k in known], n=1, cutoff=0.6)
    choices = f"choose one of: {', '.join(known)}" + (f" ({listing})" if listing else "")
    hint = f"did you mean {next(k for k in known if k.lower() == near[0])}? or {choices}" if near else choices
    raise UsageError(f"{unknown} {given!r}", hint=hint)
