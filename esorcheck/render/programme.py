"""'esorcheck programmes show ID': a call's requirements as a checklist a person reads before assembling."""

from __future__ import annotations

import datetime as dt

from rich.console import Console
from rich.table import Table

from esorcheck.rules.funding_track_mismatch import describe_track
from esorcheck.schema.programmes import Programme
from esorcheck.schema.rules import rule_words
from esorcheck.split.language import language_name


def _languages(codes: list[str]) -> str:
    return "any language" if "any" in codes else " or ".join(language_name(c) for c in codes)


def _count(minimum: int, maximum: int | None) -> str:
    if minimum == 0:
        return "optional" if maximum in (None, 1) else f"optional, up to {maximum}"
    if maximum == minimum:
        return "1" if minimum == 1 else str(minimum)
    return f"at least {minimum}" if maximum is None else f"{minimum}–{maximum}"


def render_programme(programme: Programme, console: Console) -> None:
    console.print(f"[bold]{programme.title}[/] ({programme.id})")
    console.print(f"Source: {programme.source}")
    limit = f", at most {programme.max_size_mb:g} MB" if programme.max_size_mb else ""
    console.print(f"Submit: {programme.submission}{limit}")
    console.print(f"Language: {_languages(programme.default_languages)} unless stated below")
    if programme.tracks:
        console.print(f"Tracks (--track): {', '.join(programme.tracks)}")
    dates = programme.dates
    console.print(f"Call: {dates.status_on(dt.date.today())}")
    if dates.fellowship_start:
        end = f" to {dates.fellowship_end.isoformat()}" if dates.fellowship_end else ""
        console.print(f"Fellowship: from {dates.fellowship_start.isoformat()}{end}")

    table = Table(title="\nDocuments, in this order, in ONE PDF", title_justify="left", show_lines=False)
    table.add_column("#", justify="right")
    table.add_column("Document")
    table.add_column("How many")
    table.add_column("Language")
    for number, doc in enumerate(programme.documents, start=1):
        label = doc.label
        if doc.position == "last":
            label += " — at the bottom of the PDF"
        if doc.required_for_tracks:
            label += f" — required for track {', '.join(doc.required_for_tracks)}"
        languages = doc.languages if doc.languages is not None else programme.default_languages
        table.add_row(str(number), label, _count(doc.min, doc.max), _languages(languages))
    console.print(table)

    rules = programme.eligibility
    countries = rule_words().country_name
    lines = []
    if rules.max_age is not None:
        lines.append(f"You are at most {rules.max_age} years old when you apply.")
    if rules.certification_max_years is not None:
        lines.append(f"You were board-certified in radiology within the last {rules.certification_max_years} years.")
    if rules.residence_required:
        lines.append(f"You live in {' or '.join(countries(code) for code in rules.residence_required)}.")
    if rules.residence_excluded:
        lines.append(f"You neither live nor work in {' or '.join(countries(code) for code in rules.residence_excluded)} (the host country).")
    for level in rules.language_levels:
        lines.append(f"You have {language_name(level.language)} at level {level.level} (CEFR) or above.")
    if rules.esr_membership_required:
        categories = f" ({' or '.join(rules.esr_membership_categories)} member)" if rules.esr_membership_categories else ""
        lines.append(f"You are an active ESR member{categories}.")
    if rules.society_membership:
        lines.append(f"You are a member of the chosen society (one of {', '.join(rules.society_membership)}).")
    lines += _funding_lines(programme)
    if lines:
        console.print("\n[bold]Who may apply[/]")
        for line in lines:
            console.print(f"  • {line}")
    if programme.notes:
        console.print("\n[bold]How esorcheck reads this call[/] (the ESOR office may correct these)")
        for note in programme.notes:
            console.print(f"  • {note}")


def _funding_lines(programme: Programme) -> list[str]:
    """Per track, the funding declaration it needs and who signs it (schemas/rules.yaml gives the words)."""
    return [f"Track {describe_track(track, rule)}." for track, rule in programme.funding.items()]
