"""funding.track_mismatch (error): the funding declaration does not prove the chosen track.

Where the programme has ``funding:`` (aim-china), each track names the
declaration it needs and who must sign it: self-funded — a declaration of
self-funding signed by a Head of Department or Academic Tutor; sponsored — a
declaration of need for sponsorship signed by the candidate. The kind of
declaration is read from its title or its words, the signer from its
signature block (a name matching the CV's is the candidate; a role from
``schemas/rules.yaml`` roles:). Passes: ``--track self-funded`` with a
self-funding declaration signed by the Head of Department. Fails: a
need-for-sponsorship declaration for the self-funded track (or the reverse);
a self-funding declaration signed by the candidate; a sponsorship
declaration signed by someone else; an unsigned declaration. A scanned
declaration, or one whose kind or signer cannot be read, is undetermined
(info), as is the track when neither ``--track`` nor the packet tells it.

The track is also read from the packet itself (readings/funding.py): the
declaration's kind (else who signed it) and what the motivation letter says
("one of the sponsored places", "my participation will be self-funded"; the
phrases are schemas/rules.yaml track_statements:). Without ``--track`` that
inferred track is checked as if chosen, and the report states it with its
evidence. Fails too: a packet that contradicts itself (a motivation letter
asking for sponsorship beside a declaration of self-funding), or one whose
declaration or motivation letter contradicts the given ``--track``.

No signature found on a declaration read by OCR (or while pages could not be read), a signer whose
title could not be read, or a kind read by OCR with little confidence, is undetermined, not a failure.
"""

from __future__ import annotations

from esorcheck.findings import Severity
from esorcheck.packet import Packet
from esorcheck.readings.funding import FundingFacts
from esorcheck.readings.names import same_name
from esorcheck.rules.verdicts import UNDETERMINED, Verdict, absence_doubt, ocr_doubt, unsure
from esorcheck.schema.programmes import FundingTrack
from esorcheck.schema.rules import rule_words

ID = "funding.track_mismatch"
LABEL = "Funding declaration"
CODES = {ID: Severity.ERROR, UNDETERMINED: Severity.INFO}
SCOPES = ("packet",)


def _signers(rule: FundingTrack) -> str:
    words = rule_words()
    labels = []
    for key in rule.signed_by:
        label = words.role_label(key)
        labels.append(label if key == words.funding_declarations.candidate else f"{'an' if label[:1] in 'AEIOU' else 'a'} {label}")
    return " or ".join(labels)


def describe_track(track: str, rule: FundingTrack) -> str:
    """'self-funded: a declaration of self-funding signed by a Head of Department or an Academic Tutor'."""
    kind = rule_words().funding_declarations.kinds[rule.declaration].label
    return f"{track}: a {kind} signed by {_signers(rule)}"


def _signer_problem(facts: FundingFacts, rule: FundingTrack, applicant: str | None) -> tuple[str, str | None]:
    """('ok' | 'failed' | 'undetermined', why) for the declaration's signer against the rule."""
    signature = facts.signature
    candidate_key = rule_words().funding_declarations.candidate
    if not signature.signed:
        return "failed", "the declaration is not signed (no signer's name under it and no signature)"
    if signature.name is None:
        return "undetermined", "the declaration is signed, but the signer's name could not be read"
    is_candidate = same_name(signature.name, applicant) if applicant else None
    if candidate_key in rule.signed_by and is_candidate:
        return "ok", None
    roles = [r for r in signature.roles if r in rule.signed_by]
    if roles and not is_candidate:
        return "ok", None
    if is_candidate is None:
        return "undetermined", f"signed by '{signature.name}', but the CV gives no name to compare with"
    who = "the candidate" if is_candidate else signature.describe()
    return "failed", f"it is signed by {who}; it must be signed by {_signers(rule)}"


def assess(packet: Packet) -> list[Verdict]:
    programme = packet.programme
    if not programme.funding:
        return []
    kinds = rule_words().funding_declarations.kinds
    inference = packet.track_inference
    given = packet.track
    track = given or inference.track
    wanted = programme.funding.get(track) if track else None
    requirement = describe_track(track, wanted) if wanted else "; ".join(describe_track(t, r) for t, r in programme.funding.items())
    hint = ("add the declaration matching your track, signed as the call asks"
            + (f" ({describe_track(track, wanted)})" if wanted else ""))
    declarations = packet.readings.funding
    scanned = [s for s in packet.sections_of("funding_declaration") if s.scanned]
    chosen = f"the chosen track is {given}" if given else f"the track the packet shows is {track}"

    def verdict(status: str, value: str, message: str = "", pages: tuple[int, ...] = ()) -> list[Verdict]:
        return [Verdict(ID, LABEL, requirement, status, value, message=message, hint=hint,
                        document="funding_declaration", pages=pages,
                        evidence=tuple(f"track: {line}" for line in inference.evidence))]

    if inference.contradiction:
        return verdict("failed", "the packet shows two tracks",
                       f"the packet contradicts itself on its funding track: {inference.contradiction}",
                       inference.pages)
    statement = packet.readings.funding_statement
    if given and inference.track and inference.track != given and statement is not None and statement.kind \
            and not declarations:
        return verdict("failed", f"{statement.where}: {', '.join(statement.phrases[:3])}",
                       f"the chosen track is {given}, but {statement.where} "
                       f"{'asks for sponsorship' if statement.kind == 'need_for_sponsorship' else 'states self-funding'}",
                       tuple(statement.section.page_numbers))
    if not declarations:
        pages = tuple(n for s in scanned for n in s.page_numbers)
        why = "the funding declaration is a scanned page that could not be read" if scanned else "no funding declaration in the packet"
        return verdict("undetermined", "not read" if scanned else "not found", why, pages)
    facts = declarations[0]
    pages = tuple(facts.section.page_numbers)
    where = f"page {facts.section.first_page}"
    if facts.kind is None:
        return verdict("undetermined", f"declaration on {where}, kind not recognised",
                       f"could not tell whether the declaration ({where}) is one of self-funding or of need for sponsorship", pages)
    kind = kinds[facts.kind].label
    signer = facts.signature.describe()
    value = f"{kind} ({where}, {facts.why}), signed by {signer}" + (f"; track inferred: {track}" if not given and track else "")
    if wanted is not None and facts.kind != wanted.declaration:
        return [unsure(v, ocr_doubt(packet, pages, "the declaration")) for v in verdict("failed", value,
                       f"{chosen}, but the declaration ({where}) is a {kind}; the {track} track needs "
                       f"a {kinds[wanted.declaration].label} signed by {_signers(wanted)}", pages)]
    if given and inference.track and inference.track != given:
        return verdict("failed", value, f"the chosen track is {given}, but {'; '.join(inference.evidence)}", pages)
    rule = wanted or next((r for r in programme.funding.values() if r.declaration == facts.kind), None)
    if rule is None:
        return verdict("undetermined", value, f"no track of this call takes a {kind}", pages)
    status, why = _signer_problem(facts, rule, packet.readings.applicant)
    signature = facts.signature
    if status == "failed" and not signature.signed:
        doubt = absence_doubt(packet, pages, "the end of the declaration")
        if doubt:
            status, why = "undetermined", f"no signature was found on the declaration ({where}), but {doubt}"
    elif status == "failed" and not signature.roles and not [t for t in signature.titles if t.strip()]:
        status, why = "undetermined", f"signed by '{signature.name}', whose title could not be read under the name"
    if status == "failed":
        return verdict("failed", value, f"the {kind} ({where}) does not prove the track: {why}", pages)
    if status == "undetermined":
        return verdict("undetermined", value, why, pages)
    if track is None:
        return verdict("undetermined", value, f"no --track given; the packet holds a {kind}, signed as that declaration needs",
                       pages)
    return verdict("ok", value, pages=pages)
