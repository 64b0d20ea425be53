"""The date arithmetic of the eligibility rules, and their boundaries, as unit tests.

Real packets for the same boundaries are in test_rules_eligibility.py.
"""

from __future__ import annotations

import datetime as dt

import pytest

from esorcheck.findings import Severity
from esorcheck.rules import eligibility_age, eligibility_certification
from esorcheck.rules.eligibility_certification import CertificationDate
from esorcheck.rules.verdicts import (
    UNDETERMINED,
    age_on,
    anniversary,
    parse_iso,
    years_and_months,
)

D = dt.date


@pytest.mark.parametrize(
    ("born", "on", "age"),
    [
        (D(1985, 1, 15), D(2025, 1, 14), 39),
        (D(1985, 1, 15), D(2025, 1, 15), 40),  # the birthday itself
        (D(1985, 1, 15), D(2026, 1, 14), 40),
        (D(1984, 2, 29), D(2024, 2, 28), 39),
        (D(1984, 2, 29), D(2024, 2, 29), 40),  # a leap year: the birthday exists
        (D(1984, 2, 29), D(2025, 2, 28), 40),  # a common year: not yet
        (D(1984, 2, 29), D(2025, 3, 1), 41),  # reached on 1 March
    ],
)
def test_age_in_completed_years(born, on, age):
    assert age_on(born, on) == age


def test_anniversary_of_a_leap_day():
    assert anniversary(D(2020, 2, 29), 3) == D(2023, 3, 1)
    assert anniversary(D(2020, 2, 29), 4) == D(2024, 2, 29)
    assert anniversary(D(2022, 1, 15), 3) == D(2025, 1, 15)


def test_iso_values_as_date_ranges():
    assert parse_iso("1989-03-14") == (D(1989, 3, 14), D(1989, 3, 14))
    assert parse_iso("2024-02") == (D(2024, 2, 1), D(2024, 2, 29))
    assert parse_iso("2024-12") == (D(2024, 12, 1), D(2024, 12, 31))
    assert parse_iso("31/02/1990") is None and parse_iso(None) is None


def test_years_and_months_for_messages():
    assert years_and_months(D(2019, 1, 10), D(2024, 3, 4)) == "5 years 1 month"
    assert years_and_months(D(2024, 3, 1), D(2024, 3, 4)) == "0 months"


def _births(*dates, source="CV"):
    return [(source, (d, d), 1, d.isoformat()) for d in dates]


def test_exactly_at_the_age_limit_passes_and_a_day_later_fails():
    born = D(1985, 1, 15)
    assert eligibility_age.decide(40, D(2025, 1, 15), _births(born)).status == "ok"
    assert eligibility_age.decide(40, D(2026, 1, 14), _births(born)).status == "ok"
    over = eligibility_age.decide(40, D(2026, 1, 15), _births(born))
    assert over.status == "failed" and "41" in over.message and "2026-01-15" in over.message
    assert over.finding().severity is Severity.ERROR and over.finding().code == "eligibility.age"


def test_leap_day_birth_at_the_age_limit():
    born = D(1984, 2, 29)
    assert eligibility_age.decide(40, D(2025, 2, 28), _births(born)).status == "ok"
    assert eligibility_age.decide(40, D(2025, 3, 1), _births(born)).status == "failed"


def test_the_passport_birth_date_counts_too():
    births = _births(D(1990, 1, 1)) + _births(D(1984, 1, 1), source="passport")
    verdict = eligibility_age.decide(40, D(2025, 6, 1), births)
    assert verdict.status == "failed" and "passport" in verdict.message
    assert any("different dates of birth" in line for line in verdict.evidence)


def test_no_birth_date_is_undetermined_not_guessed():
    verdict = eligibility_age.decide(40, D(2025, 6, 1), [])
    finding = verdict.finding()
    assert verdict.status == "undetermined"
    assert finding.code == UNDETERMINED and finding.severity is Severity.INFO
    assert finding.message.startswith("eligibility.age: could not determine")


def test_a_birth_month_straddling_the_birthday_is_undetermined():
    month = [("CV", parse_iso("1985-01"), 1, "1985-01")]
    assert eligibility_age.decide(40, D(2026, 1, 15), month).status == "undetermined"
    assert eligibility_age.decide(40, D(2026, 2, 1), month).status == "failed"  # 41 whatever the day


def _certified(day: dt.date) -> CertificationDate:
    return CertificationDate(day, day, "CV, page 2", day.isoformat(), 2)


def test_certification_exactly_three_years_ago_passes_and_a_day_more_fails():
    assert eligibility_certification.decide(3, D(2025, 1, 15), _certified(D(2022, 1, 15))).status == "ok"
    late = eligibility_certification.decide(3, D(2025, 1, 16), _certified(D(2022, 1, 15)))
    assert late.status == "failed" and "at most 3 years" in late.message and "2022-01-15" in late.message


def test_certification_on_a_leap_day():
    certified = _certified(D(2020, 2, 29))
    assert eligibility_certification.decide(3, D(2023, 3, 1), certified).status == "ok"
    assert eligibility_certification.decide(3, D(2023, 3, 2), certified).status == "failed"


def test_missing_certification_date_is_its_own_message():
    missing = eligibility_certification.decide(3, D(2025, 1, 15), None)
    assert missing.status == "failed" and missing.message.startswith("no date of board certification")
    unread = eligibility_certification.decide(3, D(2025, 1, 15), None, unreadable="no CV was found")
    assert unread.status == "undetermined" and unread.finding().severity is Severity.INFO
    assert unread.message == "no CV was found"


def test_expected_or_future_certification_fails():
    assert "only expected" in eligibility_certification.decide(3, D(2025, 1, 15), None, expected=True).message
    future = eligibility_certification.decide(3, D(2025, 1, 15), _certified(D(2025, 6, 1)))
    assert future.status == "failed" and "after the reference date" in future.message
