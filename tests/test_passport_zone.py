"""A passport's zone read on its own: located on the page's image, read in several passes, judged by its check
digits; passport.mrz_invalid only where independent readings agree, else passport.mrz_unread (info).

The specimen passports of the shared real corpus (A4 pages, each a 200-dpi JPEG of a specimen image 272 to
1600 pixels wide) are read in place; the phone-resolution packet is a trust packet of sample_packets/.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import time

import pytest
from conftest import ROOT, SAMPLES, load_truth, packet_for

from esorcheck.checker import check_packet
from esorcheck.ocr import tesseract
from esorcheck.ocr.words import Word
from esorcheck.ocr.zone import PAGE_READ, Band, ZoneReading, _widest_run, page_reading
from esorcheck.readings import mrz
from esorcheck.readings.passport import Passport
from esorcheck.schema.programmes import get_programme

REAL = ROOT.parent / "shared" / "corpus" / "real"
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed (apt-get install tesseract-ocr)")
needs_specimens = pytest.mark.skipif(not (REAL / "INDEX.json").exists(), reason=f"real corpus not found at {REAL}")
AS_OF = dt.date(2023, 1, 30)  # the ICM call: every specimen has expired before its fellowship ends


def _specimens() -> list[tuple[str, dict]]:
    index = json.loads((REAL / "INDEX.json").read_text(encoding="utf-8"))["files"]
    return [(e["path"], e["truth"]["passport"]) for e in index
            if e["path"].startswith("passports/") and e["path"].endswith("-scan-a4.pdf")]


@pytest.fixture(scope="module")
def specimens():
    reports = {}
    for path, truth in _specimens():
        started = time.perf_counter()
        report = check_packet(REAL / path, get_programme("icm-oncologic-imaging"), as_of=AS_OF)
        reports[path] = (truth, report, time.perf_counter() - started)
    return reports


@needs_tesseract
@needs_specimens
def test_no_specimen_passport_is_called_invalid(specimens):
    """All eleven specimens have valid zones: an OCR slip is never an error."""
    wrong = [p for p, (_, report, _) in specimens.items() if "passport.mrz_invalid" in {f.code for f in report.findings}]
    assert wrong == []


@needs_tesseract
@needs_specimens
def test_specimens_are_recognised_and_read(specimens):
    recognised = [p for p, (_, r, _) in specimens.items() if any(s.type == "passport_copy" for s in r.sections)]
    read = {p: r.passport for p, (_, r, _) in specimens.items() if r.passport and r.passport.trusted}
    assert len(recognised) == len(specimens), sorted(set(specimens) - set(recognised))
    # All verified; the Luxembourg photo once Tesseract's 'SI998527' (its S read as two glyphs) is laid on the
    # templates' grid, beside their '5998527', whose own check digit fails; the Croatian photo, whose number's
    # first 0 every Tesseract pass reads as 9 or I9, by the templates on a grid stretched along its line (the
    # photo's perspective widens its characters from one end to the other).
    assert len(read) == len(specimens), sorted(set(specimens) - set(read))
    for path, passport in read.items():
        truth = specimens[path][0]
        assert passport.zone.lines[1] == truth["mrz"][1] or mrz.parse(*truth["mrz"]).expiry == passport.expiry, path
        assert passport.expiry is not None, path
        assert "passport.expired" in {f.code for f in specimens[path][1].findings}, path


@needs_tesseract
@needs_specimens
def test_a_zone_not_read_reliably_is_a_note(specimens):
    for _, report, _ in specimens.values():
        passport = report.passport
        if passport is not None and passport.zone is not None and not passport.trusted:
            (note,) = [f for f in report.findings if f.code == "passport.mrz_unread"]
            assert note.severity.value == "info"
            if passport.expiry is None:
                assert "passport.expired" not in {f.code for f in report.findings}
                assert "could not be checked" in note.message
            else:  # doubted elsewhere, its expiry confirmed by two check digits: used, and said so
                assert passport.zone.valid and "expiry" not in passport.zone.doubted
                assert "its expiry date, which its own check digit and the composite confirm, is used" in note.message


@needs_tesseract
@needs_specimens
def test_a_zone_whose_first_readings_hold_is_not_read_again(specimens):
    """Where line 2 as first read (with line 1, and the page's own read) holds every check digit with nothing
    doubted, the other passes would add nothing: they are skipped, which halves the zone's cost; where the
    templates' lines and the page's own read agree, no crop goes to Tesseract at all."""
    def trusted_within(readings: int) -> list[str]:
        return [p for p, (_, r, _) in specimens.items()
                if r.passport is not None and r.passport.trusted and len(r.passport.reading.readings) <= readings]

    assert len(trusted_within(6)) >= 8, trusted_within(6)  # templates, one Tesseract run of three crops, the page
    assert len(trusted_within(3)) >= 3, trusted_within(3)  # templates and the page


@needs_tesseract
@needs_specimens
def test_reading_a_passport_page_never_hangs(specimens):
    """A hang guard only, far above any machine's time (benchmarks/run.py measures it: about 2–4 s a page here):
    the zone's passes are bounded, so no page may run on."""
    assert max(r.ocr.seconds for _, r, _ in specimens.values()) < 60


@needs_tesseract
def test_a_phone_picture_of_a_passport_on_an_a4_page_is_read():
    """A 490-pixel phone image on an A4 page with a caption: read as a scan, its zone found and valid."""
    truth_path = SAMPLES / "trust" / "dev" / "icm-oncologic-imaging" / "passport-phone-480px.truth.json"
    truth = load_truth(truth_path)
    report = check_packet(packet_for(truth_path), get_programme(truth["programme"]),
                          as_of=dt.date.fromisoformat(truth["as_of"]))
    assert report.passport is not None and report.passport.zone is not None and report.passport.zone.valid
    assert report.passport.expiry is not None
    assert not [f for f in report.findings if f.severity.value == "error"], [f.message for f in report.findings]


@needs_tesseract
@needs_specimens
def test_no_specimen_is_verified_with_a_document_number_it_does_not_print(specimens):
    """A number whose check digit holds by chance (the Luxembourg photo's 'SI98BS527' for 'S998527') is not
    taken as verified where no second reading gives it and another reads it otherwise."""
    for truth, report, _ in specimens.values():
        passport = report.passport
        if passport is not None and passport.zone is not None and passport.trusted:
            assert passport.zone.lines[1][:9] == truth["mrz"][1][:9]


@needs_tesseract
def test_line_1_is_never_left_to_the_templates_alone():
    """Line 1 has no check digit: where the templates' line 2 holds, Tesseract still reads line 1 with it, so
    that one reader's slip ('KAIARZYNA') is outvoted and draws no name mismatch with the CV."""
    truth_path = SAMPLES / "trust" / "dev" / "lille-neuroinflammatory" / "passport-expires-during-fellowship.truth.json"
    truth = load_truth(truth_path)
    report = check_packet(packet_for(truth_path), get_programme(truth["programme"]),
                          as_of=dt.date.fromisoformat(truth["as_of"]))
    assert report.passport.zone.given_names == "KATARZYNA"
    assert "consistency.name_mismatch" not in {f.code for f in report.findings}


def test_an_invalid_zone_is_an_error_only_when_confirmed():
    zone = mrz.parse("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408123F1204159ZE184226B<<<<<10")
    assert not zone.valid
    alone = ZoneReading(zone.lines, False, False, (), 1, (0, 0, 1, 1))
    agreed = ZoneReading(zone.lines, False, True, (), 3, (0, 0, 1, 1))
    assert not Passport([5], "ocr", zone, 0.8, alone).confirmed
    assert Passport([5], "ocr", zone, 0.8, agreed).confirmed
    assert Passport([5], "text-layer", zone).confirmed  # typed: what is printed
    assert Passport([5], "ocr", zone, 0.8, alone).expiry is None


def test_a_line_is_the_widest_stretch_of_ink_not_the_page_edge():
    columns = bytes([1] * 3 + [0] * 200 + ([1, 1, 0] * 100) + [0] * 150 + [1] * 2)
    assert _widest_run(columns, 20) == (203, 502)
    assert Band(10, 30, 0, 400, 50).width == 400


def test_the_pages_own_read_of_the_zone_is_one_more_reading():
    """The page's first read, at another scale and in context, is kept as a reading of the zone, lines in order."""
    line1, line2 = "P<TWNLIN<<MEI<HUA<<<<<<<<<<<<<<<<<<<<<<<<<<<", "0000000000TWN7601015F1404018A234567893<<<<18"
    words = [Word("Passport", 96.0, 10, 10, 80, 12, (1, 1, 1)),
             Word(line2, 40.0, 10, 200, 800, 20, (4, 1, 1)),
             Word(line1, 60.0, 10, 170, 800, 20, (3, 1, 1))]
    reading = page_reading(words)
    assert reading is not None and reading.how == PAGE_READ
    assert reading.lines == (line1, line2) and 40 < reading.confidence < 60
    assert mrz.parse(*reading.lines).verified
    assert page_reading(words[:1]) is None


def test_an_expiry_confirmed_twice_is_used_though_the_document_number_is_doubted():
    """On a scan, a zone whose check digits all hold but whose document number rests on a reading they cannot
    single out still gives its expiry (its own digit and the composite confirm it); a doubted expiry does not."""
    line1 = "P<HRVSPECIMEN<<SPECIMEN<<<<<<<<<<<<<<<<<<<<<"
    doubted_number = mrz.parse(line1, "I9070070071HRV8212258F1407019<<<<<<<<<<<<<<06")
    assert doubted_number.valid and not doubted_number.verified
    reading = ZoneReading(doubted_number.lines, True, True, (), 3, (0, 0, 1, 1))
    passport = Passport([5], "ocr", doubted_number, 0.8, reading)
    assert not passport.trusted and passport.expiry == dt.date(2014, 7, 1)
    not_a_date = mrz.parse(line1, "0070070071HRV8212258F1413019<<<<<<<<<<<<<<06")
    assert Passport([5], "ocr", not_a_date, 0.8, reading).expiry is None


@needs_specimens
@pytest.mark.parametrize("degrees", [3, -4, 6])
def test_the_tilt_of_a_turned_specimen_is_measured(degrees):
    from PIL import Image as Pil

    from esorcheck.ocr import deskew
    from esorcheck.ocr.render import Image

    turned = Pil.open(REAL / "passports" / "specimen-hrv.jpg").convert("L").rotate(
        degrees, resample=Pil.BICUBIC, expand=True, fillcolor=255)
    measured = deskew.tilt(Image(turned.width, turned.height, 200.0, turned.tobytes()))
    assert abs(measured + degrees) <= deskew.FINE_STEP * 2
    assert deskew.levelled(Image(4, 2, 200.0, bytes(8)), 90).width == 2


@needs_tesseract
@needs_specimens
@pytest.mark.parametrize("degrees", [3, -5])
def test_a_passport_photographed_at_an_angle_is_read_turned_level(tmp_path, monkeypatch, degrees):
    """A straight specimen turned by a few degrees, as a phone photo taken at an angle, placed on an A4 page: the
    zone's lines run into each other in the page's rows, so it is read again turned level, and verified."""
    from PIL import Image as Pil

    specimen = REAL / "passports" / "specimen-uto-passporteye.jpg"
    turned = Pil.open(specimen).convert("RGB").rotate(degrees, resample=Pil.BICUBIC, expand=True, fillcolor="white")
    page = Pil.new("RGB", (1654, 2339), "white")  # A4 at 200 dpi
    width = 1300
    page.paste(turned.resize((width, round(turned.height * width / turned.width)), Pil.LANCZOS), (177, 200))
    path = tmp_path / "passport.pdf"
    page.save(path, resolution=200)
    zone_runs = []  # Tesseract runs on the zone's crops (the page's own read sets no page segmentation mode)
    original = tesseract._run

    def counted(args, **kwargs):
        if "--psm" in args:
            zone_runs.append(args)
        return original(args, **kwargs)

    monkeypatch.setattr(tesseract, "_run", counted)
    report = check_packet(path, get_programme("icm-oncologic-imaging"), as_of=AS_OF)
    passport = report.passport
    assert passport is not None and passport.zone is not None and passport.trusted, report.findings
    assert passport.zone.lines[1] == "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
    assert any("turned level" in note for note in passport.reading.notes), passport.reading.notes
    assert "passport.mrz_invalid" not in {f.code for f in report.findings}
    # Read turned level first: the straight reading (Tesseract on slivers of the tilted lines, four runs or more)
    # is not tried once the level one holds.
    assert len(zone_runs) <= 4, zone_runs


@needs_specimens
def test_a_band_whose_glyphs_read_as_line_2_is_tried_before_bands_of_no_line():
    """A band the OCR-B templates read as no line at all (a photo's edge, a stripe, a margin) waits for the next
    band: one read as a line 2 whose dates hold their check digits goes before it, so Tesseract reads the
    waiting band only if that line fails. A band read as a line whose dates fail (line 1 against line 2's
    glyphs) keeps its place."""
    import pypdfium2

    from esorcheck.ocr.render import render, render_box
    from esorcheck.ocr.zone import _fitting_first, _pair_above, bands, candidates

    document = pypdfium2.PdfDocument(REAL / "passports" / "specimen-uto-passporteye-scan-a4.pdf")
    try:
        image = render(document, 0)
        line2 = candidates(image, [])[0]
        line1 = _pair_above(line2, bands(image))
        margin = Band(image.height - 60, image.height - 60 + line2.height, line2.left, line2.right, 0)  # blank paper

        def tried(*order):
            return [band for band, _, _ in _fitting_first(image, order, lambda box, dpi: render_box(document, 0, box, dpi),
                                                           None)]

        assert line1 is not None
        assert tried(margin, line2) == [line2, margin]
        assert tried(line1, line2) == [line1, line2]
    finally:
        document.close()


@needs_tesseract
def test_a_page_of_text_is_not_tried_for_a_zone():
    """Lines of a letter or a CV are alike and busy, as a zone's are; but the page's read made them out as words
    of running text, which a zone never reads as: no band of them is read again on its own (a Tesseract run
    each, half a page's cost)."""
    import pypdfium2

    from esorcheck.ocr.pool import read_pages
    from esorcheck.ocr.tesseract import find_engine

    for pdf in (ROOT / "tests" / "ocr_fixtures" / "cv-scanned.pdf", SAMPLES / "exchange-fellowship" / "scanned-certificate.pdf"):
        document = pypdfium2.PdfDocument(pdf)
        try:
            pages = read_pages(document, list(range(len(document))), find_engine())
        finally:
            document.close()
        assert all(page.words for page in pages.values())
        assert [number for number, page in pages.items() if page.zone_bands] == [], pdf.name


@needs_tesseract
@needs_specimens
def test_a_passport_page_is_told_before_it_is_read():
    """A zone's line 2 fits OCR-B's glyphs on the page's image as no line of a letter or a CV does: the page is
    known for a passport's before Tesseract reads it, and read in English only (two to three times faster)."""
    import pypdfium2

    from esorcheck.ocr.render import render
    from esorcheck.ocr.zone import printed_zone

    def told(pdf):
        document = pypdfium2.PdfDocument(pdf)
        try:
            return [printed_zone(render(document, index)) for index in range(len(document))]
        finally:
            document.close()

    specimens = sorted(REAL.glob("passports/*-scan-a4.pdf"))
    assert sum(told(pdf)[0] for pdf in specimens) >= 9, "specimen passports told before their read"
    for pdf in (ROOT / "tests" / "ocr_fixtures" / "cv-scanned.pdf", SAMPLES / "exchange-fellowship" / "scanned-certificate.pdf"):
        assert not any(told(pdf)), pdf.name
    assert told(SAMPLES / "icm-oncologic-imaging" / "scanned-passport.pdf")[-1]


def test_a_line_1_reading_with_a_character_inserted_does_not_outvote_one_that_keeps_the_grid():
    """Tesseract reads a filler between two given names as 'XK' or 'CX': every character after it shifts, and
    voting such readings position by position put an X into the name ('ANNA XMARIA')."""
    from esorcheck.ocr.zone import _best_line1

    readings = ["P<UTOERIKSSON<<ANNACXMARIA<<<K<<<<KKKKKKKKKKKK",  # the page's own read
                "P<UTOERIKSSON<<ANNA<XKMARLIA<K<<<<<<<KKKKKKKKKK",  # line 1, grey
                "P<UTOERIKSSON<<ANNAXKMARIA<K<<<<<<KKKKKKKKKKKK",  # line 1, black and white
                "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"]  # the templates, cell by cell
    assert _best_line1(readings) == "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"


def test_a_line_2_read_with_a_glyph_read_as_two_is_laid_on_the_templates_grid():
    """Tesseract reads the Luxembourg photo's S as 'SI': every character after it shifts one cell. Laid on the
    templates' 44 cells, the characters that fit them least are dropped and the line's check digits hold."""
    from esorcheck.ocr.zone import _on_grid

    templates = "5998527<<4LUX7806201F110808403060021041<<<96"
    assert _on_grid("SI998527<<4LUX7806201F110808403060021041<<<96", templates) == \
        "S998527<<4LUX7806201F110808403060021041<<<96"
    assert _on_grid(templates, templates) == templates  # a line of 44 stays as read
    assert mrz.check_digits_hold("S998527<<4LUX7806201F110808403060021041<<<96")


def test_a_number_misread_by_look_alike_glyphs_with_a_failing_digit_is_no_rival():
    """Beside a taken number whose check digit holds, another reading that differs only by glyphs OCR-B prints
    alike and fails its own digit is the same print misread; one that holds its digit, or differs otherwise,
    may be the printed number and keeps the taken one doubted."""
    from esorcheck.ocr.zone import _rival

    taken = "S998527<<4LUX7806201F110808403060021041<<<96"
    assert not _rival("5998527<<4LUX7806201F110808403060021041<<<96", taken)  # 5 for S, its digit fails
    assert _rival("S998X27<<4LUX7806201F110808403060021041<<<96", taken)  # X is no look-alike of 5
    assert _rival("SI98BS5274LUX7806201F110808403060021041<<<96", taken)  # its own digit holds



def test_a_filler_tesseract_reads_as_a_letter_is_a_filler_where_the_templates_read_one():
    """Tesseract reads OCR-B's chevron as 'K' or 'S' ('PKHRV...SPECIMENK': a given name 'SPECIMENK'); the
    templates, to which it is like no letter, read the fillers, and line 1 takes them."""
    from esorcheck.ocr.zone import LINE1_TEMPLATES, Reading, _decide

    templates = "P<HRVSPECIMEN<<SPECIMEN<<<<<<<<<<<<<<<<<<<<<"
    line2 = "0070070071HRV8212258F1407019<<<<<<<<<<<<<<06"
    readings = [Reading((line2,), 50.0, "line 2, OCR-B templates"), Reading((templates,), 50.0, LINE1_TEMPLATES),
                Reading(("PKHRVSPECIMEN<<SPECIMENK<<<<<<<<<<<<<<<<<<<<",), 0.0, "line 1, grey")]
    zone = _decide(readings, (0, 0, 1, 1))
    assert zone.lines == (templates, line2)
    assert mrz.parse(*zone.lines).given_names == "SPECIMEN"


def test_the_templates_fillers_are_not_laid_on_a_line_1_that_lost_their_grid():
    """Only where the two readings part letters from fillers alike but for look-alikes: a letter that is none
    where the templates read a filler means the readings do not stand cell by cell (a character inserted)."""
    from esorcheck.ocr.zone import _fillers_by_templates

    templates = "P<HRVSPECIMEN<<SPECIMEN<<<<<<<<<<<<<<<<<<<<<"
    assert _fillers_by_templates("PSHRVSPECIMEN<<SPECIMEN<<<<<<<<", templates) == templates  # read short: fitted
    shifted = "P<HRVSPECIMENN<SPECIMENK<<<<<<<<<<<<<<<<<<<<"
    assert _fillers_by_templates(shifted, templates) == shifted
