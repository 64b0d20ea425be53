"""The passport's machine-readable zone against the ICAO Doc 9303 specimen, and the OCR slips it survives."""

from __future__ import annotations

import datetime as dt

import pytest

from esorcheck.readings import mrz

# ICAO Doc 9303 Part 4, the TD3 specimen passport of Utopia.
SPECIMEN = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)
TODAY = dt.date(2025, 1, 15)


@pytest.mark.parametrize(
    ("data", "digit"),
    [
        ("L898902C3", "6"),  # document number
        ("740812", "2"),  # date of birth
        ("120415", "9"),  # date of expiry
        ("ZE184226B<<<<<", "1"),  # personal number
        ("L898902C36" + "7408122" + "1204159ZE184226B<<<<<1", "0"),  # composite
        ("<<<<<<<<<<<<<<", "0"),
    ],
)
def test_check_digits_of_the_specimen(data, digit):
    assert mrz.check_digit(data) == digit


def test_character_values():
    assert [mrz.char_value(c) for c in "09<AZ"] == [0, 9, 0, 10, 35]
    with pytest.raises(ValueError):
        mrz.char_value("a")


def test_specimen_parses_and_is_valid():
    zone = mrz.parse(*SPECIMEN, today=TODAY)
    assert zone.valid and zone.corrections == []
    assert zone.lines == SPECIMEN
    assert (zone.document_type, zone.issuing_state, zone.nationality) == ("P", "UTO", "UTO")
    assert (zone.surname, zone.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert zone.document_number == "L898902C3"
    assert zone.personal_number == "ZE184226B"
    assert zone.sex == "F"
    assert zone.date_of_birth == dt.date(1974, 8, 12)
    assert zone.expiry == dt.date(2012, 4, 15)


@pytest.mark.parametrize(
    ("position", "field"),
    [(9, "document_number"), (19, "date_of_birth"), (27, "expiry"), (42, "personal_number"), (43, "composite")],
)
def test_each_wrong_check_digit_is_named(position, field):
    line2 = SPECIMEN[1]
    wrong = line2[:position] + str((int(line2[position]) + 1) % 10) + line2[position + 1 :]
    zone = mrz.parse(SPECIMEN[0], wrong, today=TODAY)
    assert not zone.valid
    assert field in zone.failed_checks
    assert field in mrz.CHECK_LABELS


def test_a_changed_birth_date_fails_its_digit_and_the_composite():
    zone = mrz.parse(SPECIMEN[0], SPECIMEN[1].replace("740812", "740813"), today=TODAY)
    assert zone.failed_checks == ["date_of_birth", "composite"]


def test_empty_personal_number_may_carry_a_filler_digit():
    line2 = "C01X00T478D<<9007127F3103016<<<<<<<<<<<<<<<0"
    zone = mrz.parse("P<D<<MUELLER<LUKASIEWICZ<<ZOE<<<<<<<<<<<<<<<", line2, today=TODAY)
    assert zone.valid and zone.personal_number == "" and zone.nationality == "D"
    assert zone.surname == "MUELLER LUKASIEWICZ" and zone.given_names == "ZOE"


@pytest.mark.parametrize(
    ("line1", "line2", "why"),
    [
        ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<KK<<<<<<<", SPECIMEN[1], "fillers read as K"),
        ("P«UTOERIKSSON««ANNA«MARIA«««««««««««««««««««", SPECIMEN[1].replace("<", "«"), "fillers read as «"),
        ("P<UTO ERIKSSON<<ANNA<MARIA <<<<<<<<<<<<<<<<<<<", "L898902C36 UTO7408122F1204159ZE184226B<<<<<10", "spaces"),
        ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<", SPECIMEN[1], "fillers miscounted in line 1"),
        (SPECIMEN[0], "L898902C36UTO7408122F1204159ZE184226B<<<<<<<<10", "fillers miscounted in line 2"),
        (SPECIMEN[0], "L898902C36UT07408122F12O4159ZE184226B<<<<<1O", "0 and O swapped by field kind"),
        (SPECIMEN[0], "L898902C36UTO74O8122F1204159ZE184226B<<<<<10", "O in a date"),
        ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<ccceeecccee", SPECIMEN[1], "fillers read as c and e"),
    ],
)
def test_ocr_slips_are_undone(line1, line2, why):
    zone = mrz.parse(line1, line2, today=TODAY)
    assert zone.valid, (why, zone.lines, zone.failed_checks)
    assert zone.lines == SPECIMEN, why
    assert (zone.surname, zone.given_names) == ("ERIKSSON", "ANNA MARIA")


def test_document_number_letter_or_digit_is_settled_by_its_check_digit():
    zone = mrz.parse(SPECIMEN[0], "L8989O2C36UTO7408122F1204159ZE184226B<<<<<10", today=TODAY)
    assert zone.valid and zone.document_number == "L898902C3"
    assert any("document number" in note for note in zone.corrections)


def test_zone_is_found_among_a_pages_lines():
    lines = ["PASSPORT / PASSEPORT", "Surname / Nom", "ERIKSSON", "", *SPECIMEN, "Signature"]
    assert mrz.find(lines) == SPECIMEN
    zone = mrz.read("\n".join(lines), today=TODAY)
    assert zone is not None and zone.valid


@pytest.mark.parametrize(
    "text",
    [
        "Dear Members of the Evaluation Committee,\nI am pleased to recommend Dr Eriksson for the excellence of her conference work.",
        "Passport No. L898902C3\nDate of expiry 15 APR 2012",
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nno second line here",
    ],
)
def test_text_without_a_zone(text):
    assert mrz.read(text, today=TODAY) is None


def test_ordinary_lines_are_never_zone_lines():
    line = "Recommendation for the excellence of her conference presentations in Rome"
    assert not mrz.is_candidate(line) and not mrz.looks_like_zone(line)
    assert mrz.clean_line(line) == line.replace(" ", "").upper()


def test_century_of_dates():
    young = mrz.parse(SPECIMEN[0], SPECIMEN[1].replace("7408122", "0501011"), today=TODAY)
    assert young.date_of_birth == dt.date(2005, 1, 1)


def test_a_lone_reading_that_fixes_its_own_digit_is_taken_when_another_digit_is_wrong():
    """The composite cannot confirm an O/0 reading when the birth date's digit is wrong; one reading alone may."""
    broken_birth = SPECIMEN[1].replace("7408122", "7408125")
    zone = mrz.parse(SPECIMEN[0], broken_birth.replace("L898902C3", "L8989O2C3"), today=TODAY)
    assert zone.document_number == "L898902C3"
    assert zone.failed_checks == ["date_of_birth", "composite"]
