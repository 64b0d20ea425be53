"""The OCR-B template reader: a passport zone line read as 44 cells against the shipped OCR-B font's glyphs.

Poor copies are rendered by ``ocrb_synth`` (the shipped font and Pillow only: these run everywhere); the
specimens of the shared real corpus are read in place where it and Tesseract are present.
"""

from __future__ import annotations

import random
import shutil

import ocrb_synth
import pytest
from conftest import ROOT

from esorcheck.ocr import ocrb
from esorcheck.ocr.zone import LINE2_TEMPLATES, Reading, _decide
from esorcheck.readings import mrz

REAL = ROOT.parent / "shared" / "corpus" / "real"
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed (apt-get install tesseract-ocr)")
needs_specimens = pytest.mark.skipif(not (REAL / "INDEX.json").exists(), reason=f"real corpus not found at {REAL}")
ZONE = ocrb_synth.FALLBACK_ZONES[0]  # ICAO 9303's specimen


def test_the_font_ships_with_its_licence():
    assert ocrb.FONT.exists() and ocrb.FONT.with_name("OCRB-LICENCE.txt").exists()
    assert set(ocrb.templates()[ocrb.WEIGHTS[0], ocrb.BLURS[0]]) == set(mrz.MRZ_CHARS)


@pytest.mark.parametrize("pitch", [6, 7, 9])
def test_a_poor_copy_of_an_ocrb_zone_is_read_character_by_character(pitch):
    """At 6-9 pixels a character, blurred, tilted, noisy and saved as a JPEG: nearly every character right."""
    right, total, _ = ocrb_synth.accuracy("OCR-B", pitch, 6)
    assert right / total >= 0.95


def test_each_line_is_read_as_44_cells_with_ranked_candidates():
    picture, bands = ocrb_synth.copy(ZONE, "OCR-B", 8, random.Random(1))
    reading = ocrb.read_line(ocrb_synth.crop(picture, bands[1]), ocrb.LINE2_ALLOWED)
    assert len(reading.ranked) == mrz.LENGTH and reading.text == ZONE[1]
    assert all(cell[0][1] <= cell[1][1] for cell in reading.ranked if len(cell) > 1)
    # A cell is read among what ICAO allows there: the dates are digits, the nationality letters.
    assert all(ch in mrz.MRZ_CHARS[26:36] for ch, _ in reading.ranked[15])
    assert reading.confidence >= ocrb.MIN_CONFIDENCE


def test_a_line_beside_the_edge_of_a_photo_is_read_from_its_first_character():
    """A dark edge inked through the crop's rows is no character: the grid starts at the line's first glyph."""
    picture, bands = ocrb_synth.copy(ZONE, "OCR-B", 8, random.Random(2))
    left, top, right, bottom = bands[1]
    edge = round(left - 0.7 * (bottom - top))
    for y in range(picture.height):
        for x in range(edge - 2, edge):
            picture.putpixel((x, y), 30)
    assert ocrb.read_line(ocrb_synth.crop(picture, bands[1]), ocrb.LINE2_ALLOWED).text == ZONE[1]


@pytest.mark.parametrize("stretch", [-0.1, -0.05, 0.05, 0.1])
def test_a_zone_photographed_at_an_angle_keeps_its_grid(stretch):
    """Seen in perspective, the characters widen along the line (the last about 10 or 20% wider or narrower than
    the first, here): an even grid loses them at one end, a grid stretched along the line keeps every cell."""
    for line, allowed in zip(ZONE, (ocrb.LINE1_ALLOWED, ocrb.LINE2_ALLOWED)):
        picture, band = ocrb_synth.angled(line, 10, stretch)
        assert ocrb.read_line(ocrb_synth.crop(picture, band), allowed).text == line


def test_a_blank_crop_is_no_line():
    blank = ocrb_synth.Grey(400, 40, 300.0, bytes([230]) * 16000)
    assert ocrb.read_line(blank) is None


def test_a_wrong_zone_read_by_the_templates_is_never_valid():
    """A zone with one wrong digit in its document number, read by the templates from a poor copy (alone and
    beside noisy readings of it), is no valid zone: the reader repairs nothing, and the judging only where every
    check digit singles a combination out."""
    wrong = ZONE[1][:3] + ("1" if ZONE[1][3] != "1" else "2") + ZONE[1][4:]
    assert not mrz.check_digits_hold(wrong)
    rng = random.Random(3)
    for pitch in (6, 8):
        picture, bands = ocrb_synth.copy((ZONE[0], wrong), "OCR-B", pitch, rng)
        reading = ocrb.read_line(ocrb_synth.crop(picture, bands[1]), ocrb.LINE2_ALLOWED)
        templates = Reading((reading.text,), reading.confidence, LINE2_TEMPLATES)
        noisy = [Reading((wrong.replace("0", "O", 1),), 60.0, "line 2, grey"),
                 Reading((wrong[:20] + "S" + wrong[21:],), 55.0, "line 2, finer")]
        assert not _decide([templates], (0, 0, 1, 1)).valid
        assert not _decide([templates, *noisy], (0, 0, 1, 1)).valid


@needs_tesseract
@needs_specimens
@pytest.mark.parametrize("name", ["gbr", "jpn"])
def test_specimens_tesseract_loses_are_read_with_every_check_digit(name):
    """A 272-pixel photo on an A4 page (Tesseract loses the grid) and a 397-pixel one (it reads '3' as '5')."""
    import datetime as dt
    import json

    from esorcheck.checker import check_packet
    from esorcheck.schema.programmes import get_programme

    path = f"passports/specimen-{name}-scan-a4.pdf"
    truth = next(e["truth"]["passport"] for e in json.loads((REAL / "INDEX.json").read_text())["files"] if e["path"] == path)
    report = check_packet(REAL / path, get_programme("icm-oncologic-imaging"), as_of=dt.date(2023, 1, 30))
    assert report.passport.zone.valid
    assert report.passport.expiry == mrz.parse(*truth["mrz"]).expiry
    # Line 2 as printed, verified: no note that the zone was not read reliably (the British nationality is
    # 'GOR' to the best templates, 'GBR' with the near second the ICAO list singles out).
    assert report.passport.zone.lines[1] == truth["mrz"][1] and report.passport.trusted
    assert {f.code for f in report.findings if f.code.startswith("passport.")} == {"passport.expired"}


def _line_with(cells: dict[int, tuple[tuple[str, float], ...]]) -> ocrb.LineReading:
    """A line of fillers, read for sure, with these cells' ranked candidates."""
    sure = (("<", 10.0), ("K", 60.0))
    return ocrb.LineReading(tuple(cells.get(k, sure) for k in range(44)))


def test_a_state_code_is_taken_among_near_candidates_only_where_one_combination_is_a_code():
    """No check digit guards the nationality; ICAO's list does. 'GOR' with a near 'B' in its middle cell is
    'GBR'; a far candidate, a code already read, or two near codes leave the reading as it is."""
    near_b = {10: (("G", 28.0), ("O", 30.0)), 11: (("O", 28.0), ("B", 30.0)), 12: (("R", 26.0), ("Q", 32.0))}
    assert ocrb.with_state_code(_line_with(near_b), ocrb.LINE2_STATE).text[10:13] == "GBR"
    far_b = {**near_b, 11: (("O", 28.0), ("B", 45.0))}
    assert ocrb.with_state_code(_line_with(far_b), ocrb.LINE2_STATE).text[10:13] == "GOR"
    listed = {10: (("F", 20.0), ("E", 21.0)), 11: (("R", 20.0), ("B", 21.0)), 12: (("A", 20.0), ("R", 21.0))}
    assert ocrb.with_state_code(_line_with(listed), ocrb.LINE2_STATE).text[10:13] == "FRA"
    two_codes = {10: (("I", 20.0),), 11: (("X", 28.0), ("S", 30.0), ("R", 30.0)), 12: (("L", 20.0),)}
    assert ocrb.with_state_code(_line_with(two_codes), ocrb.LINE2_STATE).text[10:13] == "IXL"  # ISL or IRL: not said


def test_a_number_no_second_reading_gives_is_doubted_where_another_reads_it_otherwise():
    """'LI98902C3' holds the check digit of ICAO's 'L898902C3' (I weighs 18, 8 weighs 8: alike at weight 3) and,
    the composite weighing the number alike, every check digit. Fitted from a line read two fillers too long and
    given by that one reading, while a reading that agrees on everything else gives another number, it is
    doubted; read so twice, or from a line of the right length, it is not."""
    chance = ZONE[1][:1] + "I" + ZONE[1][2:]
    assert mrz.check_digits_hold(chance)
    long = chance[:9] + "<<" + chance[9:]  # the number read with two fillers more, fitted back by dropping them
    templates = Reading((ZONE[1],), 45.0, LINE2_TEMPLATES)
    lone = _decide([Reading((long,), 60.0, "line 2, finer"), templates], (0, 0, 1, 1))
    assert lone.lines[1] == chance and lone.other_numbers == ("L898902C3",)
    twice = _decide([Reading((long,), 60.0, "line 2, finer"), Reading((long,), 50.0, "line 2, grey"), templates],
                    (0, 0, 1, 1))
    assert twice.lines[1] == chance and twice.other_numbers == ()
    right_length = _decide([Reading((chance,), 60.0, "line 2, finer"), templates], (0, 0, 1, 1))
    assert right_length.lines[1] == chance and right_length.other_numbers == ()
