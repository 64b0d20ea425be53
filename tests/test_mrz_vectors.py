"""The zone parser against zones from other MRZ libraries' test suites and real specimen passports, exact and noisy.

Both corpora are read in place from ``../shared/corpus`` and never copied
here; the tests skip when they are absent. Noise is made by ``mrz_noise``
(seeded, the same every run); ``python tests/mrz_noise.py`` prints the rates.
"""

from __future__ import annotations

import datetime as dt

import mrz_noise
import pytest
from mrz_noise import NOISE, REAL_INDEX, TODAY, VECTORS, WRONG

from esorcheck.readings import mrz

needs_vectors = pytest.mark.skipif(not VECTORS.exists(), reason=f"the MRZ test vectors are not there ({VECTORS})")
needs_real = pytest.mark.skipif(not REAL_INDEX.exists(), reason=f"the real-documents corpus is not there ({REAL_INDEX})")

# Noise the zone settles in full: every variant of a zone taken exactly is taken, with every field right.
SETTLED = {
    "every '<' of a line read as «",
    "O/0 I/1 B/8 S/5 Z/2 in dates, check digits",
    "digit read in a state code",
    "digit read in the names",
    "space inside a line",
}
# The least share taken where some readings stay unsure (a K no check digit sees, a 0 that may have been lost).
LEAST_TAKEN = {
    "'<' read as K": 0.85,
    "'<<' read as «": 0.95,
    "line of 43 (a filler lost)": 0.95,
    "line of 45 (a filler doubled)": 0.95,
}


def _vector_cases() -> list:
    if not VECTORS.exists():
        return [pytest.param(None, marks=needs_vectors, id="vectors-absent")]
    return [pytest.param(case, id=case["id"]) for case in mrz_noise.td3_vectors()]


def _passports() -> list:
    if not REAL_INDEX.exists():
        return [pytest.param(None, marks=needs_real, id="real-corpus-absent")]
    return [pytest.param(passport, id=passport["path"]) for passport in mrz_noise.real_passports()]


def _value(value):
    return value.isoformat() if isinstance(value, dt.date) else value


@pytest.mark.parametrize("case", _vector_cases())
def test_each_zone_is_judged_as_its_source_states(case):
    zone = mrz.parse(*case["lines"], today=TODAY)
    expect = case["expect"]
    if "valid" in expect:
        assert zone.valid is expect["valid"]
    if not expect:  # stated only to parse: judged by the check digits alone
        assert zone.valid is mrz_noise.adds_up(*case["lines"])
    for name, holds in expect.get("checks", {}).items():
        assert zone.checks[name] is holds, name
    for name, value in expect.get("fields", {}).items():
        assert _value(getattr(zone, name)) == value, name
    if mrz_noise.adds_up(*case["lines"]):  # printed as it should be: nothing to undo
        assert zone.lines == case["lines"] and zone.corrections == []


@pytest.mark.parametrize("case", _vector_cases())
def test_each_zone_is_found_alone_and_among_a_pages_lines(case):
    lines = case["lines"]
    assert mrz.find(list(lines)) == lines
    page = [*mrz_noise.PAGE_ABOVE, *lines, *mrz_noise.PAGE_BELOW]
    assert mrz.find(page) == lines
    assert mrz.read("\n".join(page), today=TODAY) == mrz.parse(*lines, today=TODAY)


@needs_vectors
def test_other_formats_are_not_taken_for_a_passport():
    """Visas and ID cards start otherwise than P: their zones are not a passport's."""
    import json

    data = json.loads(VECTORS.read_text(encoding="utf-8"))
    for case in data["other_formats"]:
        assert mrz.find(list(case["lines"])) is None, case["id"]


@needs_vectors
def test_check_digits_agree_with_the_sources():
    import json

    for data, digit, source in json.loads(VECTORS.read_text(encoding="utf-8"))["check_digits"]:
        assert mrz.check_digit(data) == digit, source


@pytest.mark.parametrize("passport", _passports())
def test_real_passports_are_read_as_printed(passport):
    lines = tuple(passport["mrz"])
    zone = mrz.parse(*lines, today=TODAY)
    assert zone.lines == lines and zone.corrections == []
    checks = {name: holds for name, holds in passport["check_digits"].items() if name in zone.checks}
    assert zone.checks == checks and zone.verified is passport["check_digits"]["all_valid"]
    assert zone.issuing_state == passport["issuing_state"]
    assert zone.document_number == passport["document_number"].rstrip("<")
    assert _value(zone.expiry) == passport["expiry_date_mrz"]
    assert ("<" in lines[1]) is passport["mrz_line2_contains_filler"]
    assert mrz.find([*mrz_noise.PAGE_ABOVE, *lines, *mrz_noise.PAGE_BELOW]) == lines


# ------------------------------------------------------------------ noise


def _zones():
    zones = mrz_noise.clean_zones()
    if not zones:
        pytest.skip(f"neither the MRZ test vectors ({VECTORS}) nor the real-documents corpus ({REAL_INDEX}) is there")
    return zones


@pytest.mark.parametrize("kind", list(NOISE))
def test_noise_on_a_valid_zone_is_never_taken_wrongly(kind):
    """A noisy zone is verified only with every field right, unless the noisy text itself reads as another valid zone."""
    taken = exact_taken = 0
    for truth, noisy in mrz_noise.variants(kind, NOISE[kind], _zones()):
        result = mrz_noise.judge(mrz, truth, noisy)
        zone = mrz.parse(*noisy, today=TODAY)
        if result["verified"]:
            assert result["fields_right"] or result["indistinguishable"], (noisy, zone.doubts)
        assert zone.status != mrz.INVALID, (noisy, zone.failed_checks)  # noise never turns a valid zone into an error
        if kind != "line 2 of 43 (any character lost)":
            assert result["found"], noisy
        again = mrz.parse(*zone.lines, today=TODAY)  # as pages.py and passport.py read it twice
        assert (again.status, again.checks, again.document_number, again.personal_number) == (
            zone.status, zone.checks, zone.document_number, zone.personal_number
        ), noisy
        if mrz_noise.verified(mrz.parse(*truth, today=TODAY)):
            exact_taken += 1
            taken += result["verified"]
            if kind in SETTLED:
                assert result["verified"] and result["fields_right"] and result["names_right"], (noisy, zone.doubts)
    assert taken >= LEAST_TAKEN.get(kind, 0) * exact_taken, f"{kind}: {taken} of {exact_taken} taken"


@pytest.mark.parametrize("kind", list(WRONG))
def test_a_wrong_zone_is_never_taken(kind):
    """One genuinely wrong digit, read exactly or with any kind of noise: never verified.

    Unless the noisy text itself reads as another valid zone (a K or a 0 where
    a filler was, which no check digit sees): then no reader can tell. It may
    be valid only by the one O/0 reading of a number its own check digit
    accepts, and then it is read, not verified.
    """
    for truth, noisy, noise_kind in mrz_noise.wrong_variants(kind, _zones(), per_noise=1):
        result = mrz_noise.judge(mrz, truth, noisy)
        if result["indistinguishable"]:
            continue
        zone = mrz.parse(*noisy, today=TODAY)
        assert not result["verified"], (noise_kind, noisy)
        if zone.valid:
            assert zone.status == mrz.UNVERIFIED and any("O and 0 exchanged" in doubt for doubt in zone.doubts), noisy
        if noise_kind == "none" and "date" in kind:
            assert result["invalid"], noisy  # a date has its own digit and the composite: the error is certain
