"""Votes per character over several readings of a zone's line 2 (ocr/vote.py), on real zones.

The zones are those of other MRZ libraries' test suites and of the specimen
passports (``../shared/corpus``, read in place through ``mrz_noise.py``); the
readings are made from them with a seeded generator, each pass slipping
somewhere else, as Tesseract's passes do.
"""

from __future__ import annotations

import random

import pytest
from mrz_noise import REAL_INDEX, VECTORS, clean_zones

from esorcheck.ocr import vote
from esorcheck.readings import mrz

needs_zones = pytest.mark.skipif(not VECTORS.exists() and not REAL_INDEX.exists(),
                                 reason=f"the shared MRZ corpus is not at {VECTORS.parent.parent}")
DATES = (*range(13, 19), *range(21, 27))  # the digits of the birth and expiry dates
NUMBERS = (*range(9), *range(28, 42))  # the document and personal numbers


def _slip(line: str, position: int, rng: random.Random) -> str:
    """The line with another digit read at ``position``."""
    wrong = rng.choice([d for d in "0123456789" if d != line[position]])
    return line[:position] + wrong + line[position + 1 :]


@pytest.fixture(scope="module")
def zones() -> list[str]:
    found = [line2 for _, line2 in clean_zones()]
    assert len(found) >= 20
    return found


@needs_zones
def test_every_real_zone_holds_its_check_digits_and_a_slip_in_a_date_breaks_them(zones):
    rng = random.Random(1)
    for line2 in zones:
        assert mrz.check_digits_hold(line2)
        assert not mrz.check_digits_hold(_slip(line2, rng.choice(DATES), rng))
    assert mrz.check_digits_hold(zones[0], ("expiry",))
    assert not mrz.check_digits_hold(zones[0][:43])


@needs_zones
def test_each_pass_slipping_elsewhere_the_majority_is_the_printed_line(zones):
    rng = random.Random(2)
    for line2 in zones:
        positions = rng.sample(range(mrz.LENGTH), 4)
        readings = [(_slip(line2, p, rng) if line2[p].isdigit() else line2, rng.uniform(0, 90)) for p in positions]
        assert vote.majority(readings) == line2
    assert vote.majority([(zones[0], 90.0)] * 2) is None  # two readings make no majority


@needs_zones
def test_a_date_most_passes_misread_is_repaired_where_its_check_digits_single_it_out(zones):
    """Two passes agree on a wrong digit in a date, one reads it right: the majority fails its check digits, and of
    the characters the passes gave, only the printed one makes every check digit hold."""
    rng = random.Random(3)
    repaired = 0
    for line2 in zones:
        position = rng.choice(DATES)
        wrong = _slip(line2, position, rng)
        readings = [(wrong, 40.0), (wrong, 40.0), (line2, 20.0)]
        assert vote.majority(readings) == wrong
        found = vote.repaired(readings)
        assert found in (line2, None)
        repaired += found == line2
    assert repaired == len(zones)


@needs_zones
def test_a_number_most_passes_misread_is_never_repaired(zones):
    """The composite weighs the document and personal numbers as their own check digit does: a character chosen
    there would rest on one digit alone, so the votes never choose one."""
    rng = random.Random(4)
    for line2 in zones:
        position = rng.choice([p for p in NUMBERS if line2[p] != "<"])
        misread = [line2[:position] + c + line2[position + 1 :] for c in mrz.MRZ_CHARS]
        wrong = rng.choice([line for line in misread if not mrz.check_digits_hold(line)])  # a slip a digit sees
        assert vote.repaired([(wrong, 40.0), (wrong, 40.0), (line2, 20.0)]) is None


@needs_zones
def test_a_zone_printed_wrong_stays_wrong_whatever_the_passes_slip(zones):
    """A digit printed wrong in a date, read alike by every pass, with the passes' own slips in the numbers:
    no combination of what they read holds, so nothing is repaired."""
    rng = random.Random(5)
    for line2 in zones:
        printed = _slip(line2, rng.choice(DATES), rng)
        readings = []
        for _ in range(4):
            position = rng.choice(NUMBERS)
            readings.append((printed[:position] + rng.choice(mrz.MRZ_CHARS) + printed[position + 1 :], 50.0))
        assert vote.repaired(readings) is None


@needs_zones
def test_a_choice_no_check_digit_can_tell_is_not_taken(zones):
    """A 0 in a date read as a filler by some passes weighs the same (nothing) in every check digit: two
    combinations hold, so neither is taken."""
    line2 = next(line for line in zones if "0" in line[13:19] and line[43] != "0")
    position = 13 + line2[13:19].index("0")
    filler = line2[:position] + "<" + line2[position + 1 :]
    readings = [(line2, 90.0), (filler, 50.0), (filler[:43] + "0", 50.0)]
    assert mrz.check_digits_hold(vote.majority(readings))
    assert vote.repaired(readings) is None


@needs_zones
def test_the_zone_reader_takes_the_repair_and_never_counts_votes_as_readings(zones):
    """Two passes misread a date alike, the third another digit: no pass holds every check digit, the zone is
    taken from the repaired votes, valid, and said so; a line failing alike in every pass is confirmed by the
    passes themselves, never by their votes."""
    from esorcheck.ocr.zone import REPAIRED, Reading, _decide

    rng = random.Random(6)
    line1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
    for line2 in zones[:10]:
        first, second = rng.sample(DATES, 2)
        wrong = _slip(line2, first, rng)
        readings = [Reading((line1, wrong), 40.0, "both lines"), Reading((wrong,), 40.0, "line 2, finer"),
                    Reading((_slip(line2, second, rng),), 20.0, "line 2, coarser")]
        found = _decide(readings, (0, 0, 1, 1))
        assert found.valid and found.lines[1] == line2
        assert any("chosen among the readings' characters" in note for note in found.notes)
        alike = _decide(readings[:2], (0, 0, 1, 1))
        assert not alike.valid and alike.agreeing == 2 and REPAIRED not in {r.how for r in alike.readings}
