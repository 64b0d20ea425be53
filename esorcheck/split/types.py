"""What each run of pages is: the type whose vocabulary scores highest, how sure, and why.

A letter's kind also depends on who speaks in it: an applicant writes about
themselves, a referee about the candidate (``speakers`` in
``schemas/documents.yaml``, per language: the run's language decides which
words count); a text that speaks of persons throughout is a letter, however
it opens, and what it names in passing (a certificate, a specialist title)
does not make it that document. Who signs it says the same in any language,
even in a letter whose text is a placeholder: a letter signed with the name
the packet's CV gives is the applicant's own, and a letter someone else signs
that names the applicant with a title ("la dott.ssa Sartori") speaks of them,
whatever pronouns its language has. Where two types are still close, the
programme's prescribed order breaks the tie; it never overturns clear content
evidence.
"""

from __future__ import annotations

import math

from esorcheck.readings.names import same_name, titled_mentions
from esorcheck.schema.documents import Vocabulary, vocabulary
from esorcheck.schema.programmes import Programme
from esorcheck.split.boundaries import MIN_TYPE_SCORE, Run, leading_type, totals_of
from esorcheck.split.cues import (
    LETTER_PAGE_OTHER_FACTOR,
    applicant_name,
    is_closing,
    is_voiced,
    name_in_form,
    speaker_counts,
)
from esorcheck.split.section import Section

ORDER_PRIOR_SCORE = 2.0  # also how close two types must score for the order to choose between them
CONFIDENCE_TEMPERATURE = 2.0
AMBIGUOUS_CONFIDENCE = 0.8
# Who speaks: enough pronouns to judge, and the share of third-person ones that says "about someone else".
MIN_SPEAKER_WORDS = 6
THIRD_PERSON_SHARE = 0.25  # at least: a referee speaks
FIRST_PERSON_SHARE = 0.08  # third person at most this share: the applicant speaks
SPEAKER_SCORE = 4.0  # also what a signature with the applicant's own name counts for the applicant's letters
SIGNER_LINES = 2  # lines under a letter's closing where its signer's name stands (a drawn signature is no line)
# A letter at least this long, in a language whose pronouns are known, has said who speaks in it if anyone does.
NOTICE_MIN_WORDS = 60


def _evidence_for(run: Run, type_: str) -> list[str]:
    """Why this run is this type (first), then why it starts where it does."""
    vocab = vocabulary()
    evidence = []
    first = run.cues[0]
    if first.title and first.title[0] == type_:
        evidence.append(f"heading '{first.title[1]}' on page {first.page.number}")
    words: dict[str, int] = {}
    for cues in run.cues:
        for word in cues.matched.get(type_, []):
            words.setdefault(word, cues.page.number)
    if words:
        strongest = sorted(words, key=lambda w: -vocab.types[type_].phrases.get(w, 1.0))[:3]
        evidence.append("words " + ", ".join(f"'{w}' (p. {words[w]})" for w in strongest))
    evidence += [e for e in run.start_evidence if e not in evidence]
    evidence += run.type_evidence.get(type_, [])
    if vocab.types[type_].letter:
        closing = next((c for c in run.cues if c.closing), None)
        if closing:
            evidence.append(f"closing '{closing.closing}' on page {closing.page.number}")
    return evidence


def _confidence(totals: dict[str, float], chosen: str) -> float:
    """Softmax share of the chosen type: near 1 when it stands well clear of the others."""
    if not totals:
        return 0.0
    top = max(totals.values())
    weights = {t: math.exp((s - top) / CONFIDENCE_TEMPERATURE) for t, s in totals.items()}
    return weights.get(chosen, 0.0) / sum(weights.values())


def _order_candidates(labels: list[str | None], index: int, programme: Programme) -> list[str]:
    """Types the prescribed order expects between the nearest classified neighbours."""
    order = [d.type for d in programme.documents]
    before = [order.index(t) for t in labels[:index] if t in order]
    after = [order.index(t) for t in labels[index + 1 :] if t in order]
    low = before[-1] if before else 0
    high = after[0] if after else len(order) - 1
    return order[min(low, high) : max(low, high) + 1]


def _who_speaks(run: Run, totals: dict[str, float], language: str | None,
                vocab: Vocabulary) -> tuple[dict[str, float], str | None]:
    """The run's scores with the types of its speaker raised, for a run that is a letter, and the speaker its text
    says ("first", "third"; None where it says neither, or in a language without pronoun lists)."""
    letter_like = any(c.salutation or c.closing for c in run.cues) or any(
        vocab.types[t].speaker for t in totals if totals[t] == max(totals.values(), default=0.0))
    text = "\n".join(p.text for p in run.pages)
    counts = speaker_counts(text, language, vocab)
    if not counts or sum(counts) < MIN_SPEAKER_WORDS:
        return totals, None
    # A text that speaks of persons this often is a letter or a statement, however it opens and ends ("Statement
    # of purpose" over a page of "I" and "my"); certificates, forms and lists hardly speak of anyone, and a CV's
    # profile paragraph is a small share of its words.
    voiced = is_voiced(counts, len(text.split()))
    if not letter_like and not voiced:
        return totals, None
    first, third = counts
    share = third / (first + third)
    speaker = "third" if share >= THIRD_PERSON_SHARE else "first" if share <= FIRST_PERSON_SHARE else None
    if speaker is None:
        return totals, None
    if voiced and not any(c.salutation for c in run.cues):
        # Speaking as a letter does, it is one, whatever certificates and forms it names in passing: what a
        # salutation says of its page (split.cues), said of a letter that opens without one.
        totals = {type_: score if vocab.types[type_].letter_shaped else score * LETTER_PAGE_OTHER_FACTOR
                  for type_, score in totals.items()}
    why = f"written in the {speaker} person ({first}× first, {third}× third)"
    return _raised(run, totals, speaker, why, vocab), speaker


def _raised(run: Run, totals: dict[str, float], speaker: str, why: str, vocab: Vocabulary) -> dict[str, float]:
    """The scores with the letter types ``speaker`` speaks in raised, and ``why`` their evidence."""
    raised = dict(totals)
    for type_, entry in vocab.types.items():
        if entry.speaker == speaker:
            raised[type_] = raised.get(type_, 0.0) + SPEAKER_SCORE
            run.type_evidence.setdefault(type_, []).append(f"{why}: reads like a {entry.label}")
    return raised


def _speaks_of_nobody(run: Run, language: str | None, vocab: Vocabulary) -> bool:
    """A letter by its shape alone (a salutation or a closing, no title or word of any kind of letter), long
    enough to say who speaks, in a language whose pronouns are known, in which nobody does: its writer speaks
    neither of themselves nor of someone else (a notice to a hospital's staff, a circular). Such a letter is no
    letter of the application; its shape says only that it is a letter. A placeholder's Latin, whose pronouns
    are not listed, says nothing either way, and a template's shape stands."""
    if not any(c.salutation or c.closing for c in run.cues):
        return False
    letters = {t for t, entry in vocab.types.items() if entry.letter_shaped}
    if any((c.title and c.title[0] in letters) or letters & c.matched.keys() for c in run.cues):
        return False
    text = "\n".join(p.text for p in run.pages)
    counts = speaker_counts(text, language, vocab)
    return counts is not None and len(text.split()) >= NOTICE_MIN_WORDS and sum(counts) < MIN_SPEAKER_WORDS


def _applicant(runs: list[Run], labels: list[str | None], vocab: Vocabulary) -> tuple[int, str] | None:
    """The CV's run and the applicant's name: the one it opens with, set large at its top ("John Doe"), or the
    one the ESOR form gives in its name fields."""
    for index, (run, label) in enumerate(zip(runs, labels)):
        if label == "cv" and not run.scanned:
            name = applicant_name(run.pages[0], vocab) or name_in_form(run.pages[0])
            if name:
                return index, name
    return None


def _signer_lines(run: Run, vocab: Vocabulary) -> list[str]:
    """The first lines under the last closing of a letter ("Yours faithfully," then "John Doe")."""
    for cues in reversed(run.cues):
        if cues.closing is None:
            continue
        lines = cues.page.lines
        at = max(i for i, line in enumerate(lines) if is_closing(line.text, vocab))
        return [line.text for line in lines[at + 1 : at + 1 + SIGNER_LINES]]
    return []


def _signed_by_applicant(run: Run, totals: dict[str, float], applicant: str, vocab: Vocabulary) -> dict[str, float]:
    """The run's scores with the applicant's letter types raised, where the applicant signs it."""
    signer = next((line for line in _signer_lines(run, vocab) if same_name(line.split(",")[0], applicant)), None)
    if signer is None:
        return totals
    return _raised(run, totals, "first", f"signed '{signer}', the name the CV gives", vocab)


def _body_lines(run: Run, signer_lines: list[str]) -> list[tuple[str, int]]:
    """A letter's lines (text, page) below its salutation and above its signer: whom it speaks to ("Dear Dr Wang")
    and who signs it are not whom it speaks of."""
    found = []
    for cues in run.cues:
        lines = cues.page.lines
        if cues.salutation is not None:
            lines = lines[next(i for i, line in enumerate(lines) if line.text == cues.salutation) + 1 :]
        found += [(line.text, cues.page.number) for line in lines if line.text not in signer_lines]
    return found


def _about_applicant(run: Run, totals: dict[str, float], applicant: str, vocab: Vocabulary) -> dict[str, float]:
    """The run's scores with the referee's letter types raised, where a letter not signed by the applicant names
    the applicant with a title ("la candidatura della dott.ssa Giulia Sartori"): it speaks of them, whatever
    pronouns its language has."""
    if not any(c.salutation or c.closing for c in run.cues):
        return totals
    signer_lines = _signer_lines(run, vocab)
    if any(same_name(line.split(",")[0], applicant) for line in signer_lines):
        return totals
    named = next((name for name, _ in titled_mentions(_body_lines(run, signer_lines)) if same_name(name, applicant)), None)
    if named is None:
        return totals
    return _raised(run, totals, "third", f"names '{named}', the applicant the CV names, and is signed by someone else",
                   vocab)


def classify(runs: list[Run], programme: Programme | None, languages: list[str | None] | None = None) -> list[Section]:
    """Each run as a section of the type it reads like; ``languages``: each run's language (for who speaks)."""
    vocab = vocabulary()
    sections: list[Section] = []
    labels: list[str | None] = []
    scores: list[dict[str, float]] = []
    speakers: list[str | None] = []
    silent: list[bool] = []
    for run, language in zip(runs, languages or [None] * len(runs)):
        totals, speaker = ({}, None) if run.scanned else _who_speaks(run, totals_of(run), language, vocab)
        scores.append(totals)
        speakers.append(speaker)
        silent.append(not run.scanned and speaker is None and _speaks_of_nobody(run, language, vocab))
        labels.append(None if run.scanned else leading_type(totals))
    # Who signs speaks for the applicant only where the text itself does not say who speaks (a placeholder, a
    # language without pronoun lists): the same evidence is not counted twice, nor set against the text's.
    applicant = _applicant(runs, labels, vocab)
    for i, run in enumerate(runs):
        if applicant and i != applicant[0] and not run.scanned and speakers[i] is None:
            read = scores[i]
            signed = _signed_by_applicant(run, scores[i], applicant[1], vocab)
            scores[i] = signed if signed is not scores[i] else _about_applicant(run, scores[i], applicant[1], vocab)
            labels[i] = leading_type(scores[i])
            silent[i] = silent[i] and scores[i] is read  # signed by the applicant, or naming them: someone speaks
    for i, run in enumerate(runs):
        if silent[i]:
            scores[i] = {t: s for t, s in scores[i].items() if not vocab.types[t].letter_shaped}
            if labels[i] is not None and vocab.types[labels[i]].letter_shaped:
                run.start_evidence.append("a letter in which nobody speaks, of the writer or of another (a notice, "
                                          "a circular), with no words of any kind of letter")
            labels[i] = leading_type(scores[i])

    # The prescribed order as a prior: settle close calls between types that read alike (a letter
    # with no words of its kind) by position, never a clear reading, never an unknown page.
    # A page whose best reading falls just short of a type (a certificate in a language the vocabulary
    # hardly knows) takes it when the order expects it there too.
    for i, run in enumerate(runs):
        if run.scanned or programme is None or not scores[i]:
            continue
        totals = scores[i]
        if labels[i] is None:
            guess = max(totals, key=totals.get)
            if totals[guess] >= MIN_TYPE_SCORE - ORDER_PRIOR_SCORE and guess in _order_candidates(labels, i, programme):
                labels[i] = guess
                run.start_evidence.append(f"the prescribed order expects a {vocab.label(guess)} here, as its words suggest")
            continue
        if _confidence(totals, labels[i]) >= AMBIGUOUS_CONFIDENCE:
            continue
        close = {t for t, s in totals.items() if s >= totals[labels[i]] - ORDER_PRIOR_SCORE}
        expected = [t for t in _order_candidates(labels, i, programme) if t in close]
        if not expected or labels[i] in expected:
            continue
        best = max(expected, key=totals.get)
        labels[i] = best
        scores[i] = {t: s + (ORDER_PRIOR_SCORE if t in expected else 0.0) for t, s in totals.items()}
        run.start_evidence.append(f"the prescribed order expects a {vocab.label(best)} here")

    for run, label, totals in zip(runs, labels, scores):
        pages = tuple(run.pages)
        if run.scanned:
            sections.append(Section("unknown", pages, 0.0, tuple(run.start_evidence)))
            continue
        title = run.cues[0].title[1] if run.cues[0].title else None
        if label is None:
            guess = max(totals, key=totals.get) if totals else None
            why = f"no document's words found (closest: {vocabulary().label(guess)}, score {totals[guess]:.1f})" if guess else "no document's words found"
            sections.append(Section("unknown", pages, 0.0, (*run.start_evidence, why), title=title))
            continue
        sections.append(Section(label, pages, _confidence(totals, label), tuple(_evidence_for(run, label)), title=title))
    return sections
