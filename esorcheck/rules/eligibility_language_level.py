"""eligibility.language_level (error): the CEFR level the call requires is not shown.

The levels are the programme's ``eligibility.language_levels`` (English C1
for the "advanced English" calls, lille-neuroinflammatory and, read as C1,
exchange-fellowship's "fluent"; French B2 for gustave-roussy-hybrid-imaging).
A level is shown by the CV's Language Skills (a "mother tongue" counts as
C2) or by a language certificate (the test named — IELTS, TOEFL, DELF… —
says which language; the overall level printed, else the lowest level it
prints). The best level shown counts. Passes: English C1 in the CV and an
IELTS report at C1; French B2 on a DELF diploma. Fails: English B2 in the CV
and on the certificate where C1 is required; a required language missing
from the CV and from the certificates. When the CV cannot be read and the
certificates are scans, or neither a CV nor a certificate of that language was
found (only a DELF where English is wanted), eligibility.undetermined (info)
says so.

A level read only by OCR with little confidence, or a level absent from pages OCR read (or while
some pages could not be read), is eligibility.undetermined, not a failure.
"""

from __future__ import annotations

from esorcheck.findings import Severity
from esorcheck.packet import Packet
from esorcheck.rules.verdicts import (
    UNDETERMINED,
    Verdict,
    absence_doubt,
    ocr_doubt,
    unshown_because,
    unsure,
)
from esorcheck.schema.programmes import LanguageLevel
from esorcheck.schema.rules import rule_words
from esorcheck.split.language import language_name

ID = "eligibility.language_level"
CODES = {ID: Severity.ERROR, UNDETERMINED: Severity.INFO}
SCOPES = ("packet",)


def _test_name(word: str) -> str:
    """'ielts' -> 'IELTS', 'cambridge english' -> 'Cambridge English'."""
    return word.upper() if " " not in word and len(word) <= 5 else word.title()


def _shown_levels(packet: Packet, language: str) -> list[tuple[str, str, int | None]]:
    """(level, where, page) for every level of ``language`` the packet shows."""
    words = rule_words()
    found = []
    entries, page = packet.cv_value("languages")
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict) and words.language_of(str(entry.get("language") or "")) == language and entry.get("level"):
            found.append((str(entry["level"]), "CV", page))
    for certificate in packet.readings.language_certificates:
        if certificate.language == language and certificate.level:
            test = f"{_test_name(certificate.test)} " if certificate.test else ""
            found.append((certificate.level, f"{test}certificate", certificate.section.first_page))
    return found


def judge(packet: Packet, wanted: LanguageLevel) -> Verdict:
    cefr = rule_words().cefr
    name = language_name(wanted.language)
    requirement = f"CEFR {wanted.level} or above"
    shown = _shown_levels(packet, wanted.language)
    pages = tuple(sorted({p for _, _, p in shown if p}))
    value = "; ".join(f"{level} ({where}{f', page {page}' if page else ''})" for level, where, page in shown) or "not shown"
    hint = f"list {name} with its CEFR level in the CV's Language Skills and add a certificate showing {wanted.level} or above"
    label = f"{name} level"
    best = max((s for s in shown if cefr.rank(s[0]) is not None), key=lambda s: cefr.rank(s[0]), default=None)
    if best is not None and cefr.rank(best[0]) >= cefr.rank(wanted.level):
        return Verdict(ID, label, requirement, "ok", value, pages=pages)
    if best is None:
        # A certificate of another language (a French DELF where English is wanted) could not show it either.
        of_language = any(c.language == wanted.language for c in packet.readings.language_certificates)
        unshown = unshown_because(packet, "language_certificate", of_language, f"language certificate in {name}")
        if unshown:
            return Verdict(ID, label, requirement, "undetermined", value,
                           message=f"nothing shows a level in {name}: {unshown}", hint=hint)
        where = [*(packet.cv.pages if packet.cv is not None else []),
                 *(n for c in packet.readings.language_certificates for n in c.section.page_numbers)]
        return unsure(Verdict(ID, label, requirement, "failed", value,
                              message=f"{name} at {wanted.level} is required, but neither the CV's Language Skills nor a "
                                      f"language certificate shows a level in {name}",
                              hint=hint, pages=pages), absence_doubt(packet, where, f"a level in {name}"))
    failed = Verdict(ID, label, requirement, "failed", value,
                     message=f"{name} at {wanted.level} is required; the packet shows at most {best[0]} ({value})",
                     hint=hint, pages=pages)
    doubts = [ocr_doubt(packet, [page] if page else [], f"the level {level} ({where})") for level, where, page in shown]
    return unsure(failed, "; ".join(d for d in doubts if d) if all(doubts) else None)


def assess(packet: Packet) -> list[Verdict]:
    return [judge(packet, wanted) for wanted in packet.programme.eligibility.language_levels]

