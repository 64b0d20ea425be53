"""The passport's machine-readable zone against the ICAO Doc 9303 specimen, and the OCR slips it survives."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from conftest import ROOT
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


def test_an_o_for_0_in_the_document_number_is_read_but_not_verified():
    """The composite weighs the document number as its own digit does: that one digit cannot tell an O/0 slip from a wrong character."""
    zone = mrz.parse(SPECIMEN[0], "L8989O2C36UTO7408122F1204159ZE184226B<<<<<10", today=TODAY)
    assert zone.valid and zone.document_number == "L898902C3"  # the one reading its check digit accepts
    assert not zone.verified and zone.status == mrz.UNVERIFIED
    assert zone.lines[1].startswith("L8989O2C3")  # as read, so parsing the lines again doubts it again
    (doubt,) = zone.doubts
    assert "document number" in doubt and "'L898902C3'" in doubt
    assert any("document number" in note for note in zone.corrections)


def test_a_wrong_document_number_digit_is_never_verified():
    wrong = SPECIMEN[1].replace("L898902C3", "L858902C3")  # read with O for its 0, its check digit holds again
    zone = mrz.parse(SPECIMEN[0], wrong, today=TODAY)
    assert zone.document_number == "L8589O2C3" and not zone.verified and zone.status == mrz.UNVERIFIED
    other = mrz.parse(SPECIMEN[0], SPECIMEN[1].replace("L898902C3", "L898903C3"), today=TODAY)  # no reading fits
    assert other.status == mrz.INVALID and other.failed_checks == ["document_number", "composite"]


def test_several_o0_readings_that_fit_are_none_taken():
    line2 = "XX0000O0<0UKR9108242F23092571234567890<<<<70"  # XX000000<: its O/0 readings fit in several ways
    zone = mrz.parse("P<UKRTKACHENKO<<MARIANA<<<<<<<<<<<<<<<<<<<<<", line2, today=TODAY)
    assert zone.document_number == "XX0000O0" and not zone.valid and zone.status == mrz.UNVERIFIED
    assert zone.may_be_misread == ["document_number", "composite"] and "none is singled out" in zone.doubts[0]


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


# ------------------------------------------------------------------ what the zone cannot settle, and what it can


def test_status_of_a_verified_zone():
    zone = mrz.parse(*SPECIMEN, today=TODAY)
    assert zone.verified and zone.status == mrz.VERIFIED and zone.doubts == [] and zone.may_be_misread == []


def test_a_wrong_birth_date_digit_is_invalid():
    zone = mrz.parse(SPECIMEN[0], SPECIMEN[1].replace("7408122", "7408125"), today=TODAY)
    assert zone.status == mrz.INVALID and zone.may_be_misread == []


GERMAN = ("P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<", "C01X0006H1D<<6408125F1710319<<<<<<<<<<<<<<<0")


@pytest.mark.parametrize(
    "line1",
    [
        "P<D«MUSTERMANN«ERIKA<<<<<<<<<<<<<<<<<<<<<<",
        "P<D««MUSTERMANN««ERIKA««««««««««««««««««««««",
        "P<D<<MUSTERMANN«ERIKA<<<<<<<<<<<<<<<<<<<<<<",
        "P«D«MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<",
    ],
)
def test_guillemet_counts_as_the_fillers_the_structure_needs(line1):
    zone = mrz.parse(line1, GERMAN[1], today=TODAY)
    assert zone.lines == GERMAN
    assert (zone.issuing_state, zone.surname, zone.given_names) == ("D", "MUSTERMANN", "ERIKA")
    assert zone.verified


def test_guillemet_for_the_fillers_of_a_one_letter_nationality():
    zone = mrz.parse(GERMAN[0], GERMAN[1].replace("D<<", "D«"), today=TODAY)
    assert zone.lines == GERMAN and zone.verified and zone.document_number == "C01X0006H"


def test_k_before_a_check_digit_is_a_filler_no_check_digit_can_confirm():
    """K is worth 20: like < and 0 (and A, U) it weighs nothing modulo 10 at any position."""
    assert all(mrz.char_value(ch) % 10 == 0 for ch in "<0AKU")
    zone = mrz.parse(SPECIMEN[0], "L898902C36UTO7408122F1204159ZE184226B<<<<K10", today=TODAY)
    assert zone.valid and zone.personal_number == "ZE184226B"
    assert zone.status == mrz.UNVERIFIED and "personal number" in zone.doubts[0]
    assert zone.lines[1][41] == "K"  # kept as read, so parsing the lines again doubts it again
    assert mrz.parse(*zone.lines, today=TODAY).status == mrz.UNVERIFIED


@pytest.mark.parametrize(
    ("line2", "why"),
    [
        ("C01X0006H1D<<6408125F1710319<<<<<<K<<<<<<<<0", "in an empty personal number"),
        ("C01X0006H1D<<6408125F1710319<<<<<<<<<<<<<KK0", "in an empty personal number and its filler check digit"),
    ],
)
def test_k_where_only_fillers_can_be_is_settled(line2, why):
    zone = mrz.parse(GERMAN[0], line2, today=TODAY)
    assert zone.verified, why
    assert zone.lines == GERMAN, why


def test_a_k_that_is_data_stays():
    zone = mrz.parse("P<ESPNUNEZ<CASTILLO<<JOSE<ANGEL<<<<<<<<<<<<<", "PAH4918277ESP8910048M291113551218403K<<<<<46", today=TODAY)
    assert zone.verified and zone.personal_number == "51218403K"


@pytest.mark.parametrize(
    "line1",
    [
        "P<UTOERIKSSON<<ANNA<MARIA<K<<<<<<<<<<<<<<<<<",
        "P<UTOERIKSSON<<ANNA<MARIA<<<<K<<<K<<<<<<<<<<",
        "P<UTOERIKSSON<<ANNA<MARIA<<KKKKKKKKKKKKKKKKK",
        "P<UTOERIKSSON<<ANNA<MARIA<X<<<<<<K<<<<KKKKKKKK",
        "P<UTOERIKSSON<<ANNA<MARIA<XK<<<<<<<<<<<<<<<<<",
    ],
)
def test_fillers_read_as_k_stay_out_of_the_names(line1):
    zone = mrz.parse(line1, SPECIMEN[1], today=TODAY)
    assert (zone.surname, zone.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert zone.lines == SPECIMEN


def test_line_2_without_fillers_is_found():
    """Chinese, Serbian and Norwegian passports fill the personal number: line 2 holds no '<'."""
    zone = ("POCHNABULIKEMU<<ABULA<<<<<<<<<<<<<<<<<<<<<<<", "E596593216CHN9701078M2510077LAKCLCLMMBKGG932")
    assert mrz.find(["PASSPORT", *zone, "signature"]) == zone
    assert mrz.is_candidate(zone[1]) and mrz.looks_like_zone(zone[1])
    assert mrz.read("\n".join(zone), today=TODAY).personal_number == "LAKCLCLMMBKGG9"


def test_line_2_digits_are_counted_after_the_slips_are_undone():
    head = "XPECIMENP" + mrz.check_digit("XPECIMENP") + "UTO" + "010101" + mrz.check_digit("010101") + "F" + "250101" + mrz.check_digit("250101")
    line2 = head + "<" * 14 + "0" + mrz.check_digit(head[0:10] + head[13:20] + head[21:28] + "<" * 14 + "0")
    as_read = line2[:10] + line2[10:].translate(str.maketrans("0125", "OIZS"))
    assert sum(ch.isdigit() for ch in as_read) < mrz.MIN_LINE2_DIGITS <= sum(ch.isdigit() for ch in line2)
    assert mrz.find([SPECIMEN[0], as_read]) == (SPECIMEN[0], as_read)
    zone = mrz.parse(SPECIMEN[0], as_read, today=TODAY)
    assert zone.verified and zone.lines[1] == line2


def test_an_over_long_name_line_keeps_its_separator():
    line1 = "P<GBRUNITED<KINGDOM<TWENTY<SIX<<JODIE<PIPPA<"
    line2 = "1071828900GBR8501178F1601312<<<<<<<<<<<<<<06"
    for longer in (line1 + "<", line1.replace("UNITED", "UNNITED"), line1.replace("SIX<<", "SIX<<<")):
        zone = mrz.parse(longer, line2, today=TODAY)
        assert zone.surname.startswith("UN") and zone.surname.endswith("TWENTY SIX"), longer
        assert zone.given_names == "JODIE PIPPA", longer


def test_a_filler_lost_after_the_document_code_is_put_back():
    zone = mrz.parse(SPECIMEN[0].replace("P<", "P", 1), SPECIMEN[1], today=TODAY)
    assert zone.lines == SPECIMEN and zone.issuing_state == "UTO" and zone.verified


@pytest.mark.parametrize(("dates", "field"), [("7413122F1204159", "date of birth"), ("7408122F1202309", "date of expiry")])
def test_impossible_dates_are_not_valid(dates, field):
    line2 = SPECIMEN[1][:13] + dates + SPECIMEN[1][28:]
    line2 = line2[:19] + mrz.check_digit(line2[13:19]) + line2[20:27] + mrz.check_digit(line2[21:27]) + line2[28:]
    line2 = line2[:43] + mrz.check_digit(line2[0:10] + line2[13:20] + line2[21:43])
    zone = mrz.parse(SPECIMEN[0], line2, today=TODAY)
    assert all(zone.checks.values()) and not zone.valid and not zone.calendar_dates
    assert zone.status == mrz.UNVERIFIED and any(field in doubt for doubt in zone.doubts)


@pytest.mark.parametrize(
    ("yymmdd", "today", "born"),
    [
        ("250101", dt.date(2025, 1, 15), dt.date(2025, 1, 1)),
        ("250601", dt.date(2025, 1, 15), dt.date(1925, 6, 1)),  # in 2025 that day is still to come
        ("000229", dt.date(2025, 1, 15), dt.date(2000, 2, 29)),
    ],
)
def test_the_century_of_a_birth_date_puts_it_on_or_before_today(yymmdd, today, born):
    line2 = SPECIMEN[1][:13] + yymmdd + mrz.check_digit(yymmdd) + SPECIMEN[1][20:]
    line2 = line2[:43] + mrz.check_digit(line2[0:10] + line2[13:20] + line2[21:43])
    assert mrz.parse(SPECIMEN[0], line2, today=today).date_of_birth == born


def test_states_are_judged_against_the_icao_codes():
    assert mrz.is_state_code("D<<") and mrz.is_state_code("UTO") and mrz.is_state_code("XXA") and mrz.is_state_code("RKS")
    assert not mrz.is_state_code("CH") and not mrz.is_state_code("ASU")
    line2 = "A2222222<0ASU7108215M04120411000146819<<<<44"
    zone = mrz.parse("P<ASUMXHMWD<<EBDALRXHYM<<<<<<<<<<<<<<<<<<<<<", line2, today=TODAY)
    assert zone.valid and zone.status == mrz.UNVERIFIED
    assert zone.doubts == ["issuing state: 'ASU' is not an ICAO code", "nationality: 'ASU' is not an ICAO code"]


def test_the_code_list_picks_among_ocr_readings_of_a_state():
    line1 = "P<NLDDE<BRUIJN<<WILLEKE<LISELOTTE<<<<<<<<<<<"
    line2 = "SPECI20142NLD6503101F2403096999999990<<<<<84"
    zone = mrz.parse(line1.replace("NLD", "NL0"), line2.replace("NLD", "NL0"), today=TODAY)
    assert (zone.issuing_state, zone.nationality) == ("NLD", "NLD")  # not NLO: 0 read for D
    assert zone.lines == (line1, line2) and zone.verified


def test_the_code_list_comes_with_the_cached_schemas():
    """Parsing a zone reads no YAML once the schemas are cached: the codes are validated with the other files."""
    code = ("import sys; from esorcheck.readings import mrz; zone = mrz.parse(*sys.argv[1:]);"
            "print(zone.issuing_state, zone.verified, 'yaml' in sys.modules)")
    run = [sys.executable, "-c", code, *SPECIMEN]
    subprocess.run(run, capture_output=True, text=True, check=True, cwd=ROOT)  # builds the cache if need be
    out = subprocess.run(run, capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.split() == ["UTO", "True", "False"]


@pytest.mark.parametrize(
    ("line1", "line2"),
    [
        (SPECIMEN[0], "L8989O2C36UTO7408122F1204159ZE184226B<<<<K10"),
        ("P<UTOERIKSSON«ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<10"),
        ("P<D<<MUELLER<LUKASIEWICZ<<ZOE<<<<<<", "CO1X00T478D<<9007120F3103016<<<<<<Q"),
        ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UT07408122F1204159ZE18426B<<<<<10"),
    ],
)
def test_parsing_the_lines_again_gives_the_same_reading(line1, line2):
    """pages.py writes a parsed zone's lines into the page text, which passport.py parses again."""
    first = mrz.parse(line1, line2, today=TODAY)
    again = mrz.parse(*first.lines, today=TODAY)
    assert again.lines == first.lines and again.status == first.status and again.checks == first.checks
    assert (again.document_number, again.personal_number, again.surname, again.given_names) == (
        first.document_number, first.personal_number, first.surname, first.given_names
    )


LINE1_HRV = "P<HRVSPECIMEN<<SPECIMEN<<<<<<<<<<<<<<<<<<<<<"


@pytest.mark.parametrize(("line2", "doubted"), [
    # a 45th character read before the document number: the number (and with it the composite) is doubted
    ("I9070070071HRV8212258F1407019<<<<<<<<<<<<<<06", {"document_number", "composite"}),
    # O and 0 in a document number no check digit singles out
    ("O000000000HRV8212258F1407019<<<<<<<<<<<<<<06", {"document_number"}),
    # an expiry that is no calendar date (month 13)
    ("0070070071HRV8212258F1413019<<<<<<<<<<<<<<06", {"expiry"}),
])
def test_each_doubt_names_the_fields_it_concerns(line2, doubted):
    zone = mrz.parse(LINE1_HRV, line2)
    assert zone.doubts and doubted <= zone.doubted and not zone.verified
    assert ("expiry" in zone.doubted) == ("expiry" in doubted)


def test_a_verified_zone_doubts_nothing():
    zone = mrz.parse(LINE1_HRV, "0070070071HRV8212258F1407019<<<<<<<<<<<<<<06")
    assert zone.verified and not zone.doubted
