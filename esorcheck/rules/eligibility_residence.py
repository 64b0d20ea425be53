"""eligibility.residence (error): the applicant lives (or works) where the call does not allow.

Two parameters of the programme's ``eligibility``: ``residence_required``
(aim-china: [CN], "must reside in China") and ``residence_excluded`` (the
one-year fellowships in France: [FR], "apply only to institutions outside of
their country of residence/work"). The country of residence is the CV's
"Country of Residence"; the place of work is the current position's
"City / Country" (which CV field: ``work_place_field`` in
``schemas/rules.yaml``). Country names are matched with the names listed
there. Passes: "China" for aim-china; "Germany", working in Köln, for
icm-oncologic-imaging. Fails: residence in Germany for aim-china; residence
or work in France for the one-year fellowships. Without a readable country
(no CV, a blank field, a name esorcheck does not know where a country is
required), eligibility.undetermined (info) says so.

A failure resting on a CV read by OCR with little confidence is eligibility.undetermined.
"""

from __future__ import annotations

from esorcheck.findings import Severity
from esorcheck.packet import Packet
from esorcheck.rules.verdicts import UNDETERMINED, Verdict, ocr_doubt, unsure
from esorcheck.schema.rules import rule_words

ID = "eligibility.residence"
LABEL = "Residence"
CODES = {ID: Severity.ERROR, UNDETERMINED: Severity.INFO}
SCOPES = ("packet",)


def _names(codes: list[str]) -> str:
    words = rule_words()
    return " or ".join(words.country_name(code) for code in codes)


def assess(packet: Packet) -> list[Verdict]:
    rules = packet.programme.eligibility
    required, excluded = rules.residence_required, rules.residence_excluded
    if not required and not excluded:
        return []
    words = rule_words()
    residence, page = packet.cv_value("country_of_residence")
    residence = residence if isinstance(residence, str) and residence.strip() else None
    work, work_page = packet.cv.field_text(*words.work_place_field) if packet.cv is not None else (None, None)
    pages = tuple(sorted({p for p in (page, work_page) if p}))
    shown = [f"resides in {residence}" if residence else "no country of residence",
             f"works in {work}" if work else "no place of work"]
    value = "; ".join(shown) + (f" (CV, page {page or work_page})" if pages else "")
    parts = []
    if required:
        parts.append(f"resides in {_names(required)}")
    if excluded:
        parts.append(f"neither resides nor works in {_names(excluded)}")
    requirement = "; ".join(parts)
    # The rule and what the packet shows: someone who is not eligible is told so, not told to edit the CV.
    who = ([f"reside in {_names(required)}"] if required else []) + ([f"neither reside nor work in {_names(excluded)}"] if excluded else [])
    hint = (f"this call is open only to candidates who {' and '.join(who)}; "
            f"the CV shows: {'; '.join(shown)}. If the CV is wrong, correct its Country of Residence or current position; "
            "otherwise this call is not open to you")

    def verdict(status: str, message: str = "") -> list[Verdict]:
        found = Verdict(ID, LABEL, requirement, status, value, message=message, hint=hint, pages=pages)
        return [unsure(found, ocr_doubt(packet, pages, "the CV's country"))]

    for where, text in (("resides", residence), ("works", work)) if excluded else ():
        if any(code in excluded for code in words.named_in(words.countries, text or "")):
            return verdict("failed", f"the applicant {where} in {text} (CV); this call excludes candidates residing "
                                     f"or working in {_names(excluded)}, the host country")
    if residence is None:
        return verdict("undetermined", "no CV was found" if packet.cv is None
                       else "the CV gives no Country of Residence" if packet.cv.is_template
                       else "the CV is not the ESOR template, whose Country of Residence field would show it")
    if required:
        country = words.country_of(residence)
        if country is None:
            return verdict("undetermined", f"'{residence}' is not a country esorcheck knows (schemas/rules.yaml countries:)")
        if country not in required:
            return verdict("failed", f"the applicant resides in {residence} (CV); this call requires residence in {_names(required)}")
    return verdict("ok")

