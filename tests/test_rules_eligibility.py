"""The eligibility rules on real packets: a passing and a failing packet each, and the date boundaries.

The sample packets are checked at their own application date (the sidecar's
``as_of``); boundary cases check the same PDF at other reference dates, or
against a copy of the programme with another parameter.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from conftest import (
    SAMPLES,
    as_of,
    checked,
    expects,
    find_sample,
    is_complete,
    load_truth,
    packet_for,
    truth_files,
)
from rulecheck import check_at, findings, sample, the, verdict

from esorcheck.findings import Severity
from esorcheck.schema.programmes import all_programmes, get_programme

D = dt.date


def test_every_sample_is_dated_before_its_call_closes():
    for path in sorted(SAMPLES.glob("*/*.truth.json")):
        truth = load_truth(path)
        closes = get_programme(truth["programme"]).dates.closes
        assert "as_of" in truth, path
        assert closes is None or as_of(truth) <= closes, path


# ------------------------------------------------------------------ age
@pytest.mark.parametrize("programme", ["aim-china", "bracco-fellowship"])
def test_age_within_the_limit_passes(programme):
    _, report = find_sample(programme, is_complete)
    age = verdict(report, "eligibility.age")
    assert age.status == "ok" and "born" in age.value and "CV, page" in age.value
    assert not findings(report, "eligibility.age")


def test_over_age_applicant_fails():
    truth, report = find_sample("aim-china", expects("eligibility.age"))
    finding = the(report, "eligibility.age")
    assert finding.severity is Severity.ERROR and report.status == "incomplete"
    assert "41 on 2025-09-15" in finding.message and "1984-02-29" in finding.message and "at most 40" in finding.message
    assert finding.pages == (1,)


@pytest.mark.parametrize(
    ("when", "status", "age"),
    [(D(2024, 2, 29), "ok", "40"), (D(2025, 2, 28), "ok", "40"), (D(2025, 3, 1), "failed", "41")],
)
def test_leap_day_birth_on_a_real_packet(when, status, age):
    report = check_at(sample("aim-china", "over-age"), when)
    result = verdict(report, "eligibility.age")
    assert (result.status, result.value.split()[0]) == (status, age)
    assert bool(findings(report, "eligibility.age")) == (status == "failed")


@pytest.mark.parametrize(("when", "status"), [(D(2029, 3, 14), "ok"), (D(2030, 3, 13), "ok"), (D(2030, 3, 14), "failed")])
def test_exactly_forty_on_the_reference_date_passes(when, status):
    report = check_at(sample("aim-china", "complete-reportlab"), when)  # born 14/03/1989
    assert verdict(report, "eligibility.age").status == status


def test_the_passport_date_of_birth_is_read_where_there_is_one():
    icm = get_programme("icm-oncologic-imaging")
    strict = dataclasses.replace(icm, eligibility=dataclasses.replace(icm.eligibility, max_age=31))
    report = check_at(sample("icm-oncologic-imaging", "complete-reportlab"), programme=strict)  # born 12/07/1990
    result = verdict(report, "eligibility.age")
    assert result.status == "failed" and "passport" in result.value and "CV" in result.value


def test_no_age_rule_where_the_call_states_none():
    _, report = find_sample("icm-oncologic-imaging", is_complete)
    assert not [v for v in report.eligibility if v.code == "eligibility.age"]


# -------------------------------------------------------- certification
@pytest.mark.parametrize("programme", ["exchange-fellowship", "icm-oncologic-imaging", "gustave-roussy-hybrid-imaging",
                                       "lille-neuroinflammatory"])
def test_recent_certification_passes(programme):
    _, report = find_sample(programme, is_complete)
    assert verdict(report, "eligibility.certification").status == "ok"


def test_certification_too_long_ago_fails():
    _, report = find_sample("exchange-fellowship", expects("eligibility.certification"))
    finding = the(report, "eligibility.certification")
    assert finding.severity is Severity.ERROR
    assert "2019-01-10" in finding.message and "5 years 1 month before 2024-03-04" in finding.message
    assert "at most 4 years" in finding.message


@pytest.mark.parametrize(("when", "status"), [(D(2022, 5, 14), "ok"), (D(2022, 5, 15), "failed")])
def test_certification_exactly_three_years_ago_on_a_real_packet(when, status):
    report = check_at(sample("lille-neuroinflammatory", "complete-reportlab"), when)  # certified 14/05/2019
    assert verdict(report, "eligibility.certification").status == status


def test_certificate_dates_in_several_languages():
    cases = {
        ("lille-neuroinflammatory", "complete-libreoffice"): D(2018, 8, 1),  # "met ingang van 01.08.2018"
        ("lille-neuroinflammatory", "complete-reportlab"): D(2019, 5, 14),  # "dnia 14 maja 2019 r."
        ("icm-oncologic-imaging", "complete-libreoffice"): D(2021, 5, 24),  # "a 24 de mayo de 2021"
        ("exchange-fellowship", "complete-reportlab"): D(2022, 7, 1),  # "Date of completion: 1 July 2022"
        ("gustave-roussy-hybrid-imaging", "complete-reportlab"): D(2019, 10, 28),  # "28 ottobre 2019"
    }
    for (programme, name), day in cases.items():
        report = check_at(sample(programme, name))
        certificate = verdict(report, "eligibility.certification")
        assert any(f"board certificate: {day.isoformat()}" in line for line in certificate.evidence), certificate.evidence


# ------------------------------------------------------------- residence
def test_residence_in_china_passes_for_aim_china():
    _, report = find_sample("aim-china", is_complete)
    result = verdict(report, "eligibility.residence")
    assert result.status == "ok" and "China" in result.value


def test_residence_outside_china_fails_for_aim_china():
    _, report = find_sample("aim-china", expects("eligibility.residence"))
    finding = the(report, "eligibility.residence")
    assert "resides in Germany" in finding.message and "requires residence in China" in finding.message


def test_residence_or_work_in_the_host_country_fails_for_the_one_year_fellowships():
    _, report = find_sample("gustave-roussy-hybrid-imaging", expects("eligibility.residence"))
    finding = the(report, "eligibility.residence")
    assert "France" in finding.message and finding.severity is Severity.ERROR
    _, fine = find_sample("gustave-roussy-hybrid-imaging", is_complete)
    assert verdict(fine, "eligibility.residence").status == "ok"


def _one_page(path, lines: list[tuple[str, int, str]], spacing: int = 30):
    """A one-page text PDF drawn with reportlab: each line (font, size, text) ``spacing`` points below the last."""
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    for y, (font, size, text) in zip(range(780, 0, -spacing), lines):
        page.setFont(font, size)
        page.drawString(60, y, text)
    page.save()
    return path


# --------------------------------------------------------------- languages
def test_english_and_french_levels_pass_for_gustave_roussy():
    _, report = find_sample("gustave-roussy-hybrid-imaging", is_complete)
    english = verdict(report, "eligibility.language_level", "English level")
    french = verdict(report, "eligibility.language_level", "French level")
    assert english.status == french.status == "ok"
    assert "certificate" in english.value and "B2" in french.value


def test_english_b2_fails_where_c1_is_required():
    _, report = find_sample("lille-neuroinflammatory", expects("eligibility.language_level"))
    finding = the(report, "eligibility.language_level")
    assert "English at C1 is required" in finding.message and "B2" in finding.message
    assert "IELTS" in finding.message


def test_a_level_the_packet_does_not_reach_fails():
    gr = get_programme("gustave-roussy-hybrid-imaging")
    levels = [dataclasses.replace(level, level="C2") if level.language == "fr" else level for level in gr.eligibility.language_levels]
    harder = dataclasses.replace(gr, eligibility=dataclasses.replace(gr.eligibility, language_levels=levels))
    report = check_at(sample("gustave-roussy-hybrid-imaging", "complete-reportlab"), programme=harder)
    assert verdict(report, "eligibility.language_level", "French level").status == "failed"
    assert verdict(report, "eligibility.language_level", "English level").status == "ok"


def test_a_certificate_of_another_language_without_a_cv_leaves_the_level_undetermined(tmp_path):
    """Only the French certificate of a Gustave Roussy packet: English is shown nowhere, but the CV, whose
    Language Skills would show it, is missing (already an error of its own), and a DELF could not show English.
    The English level is 'could not determine', not a failure; the French level is read from the DELF."""
    from pypdf import PdfReader, PdfWriter

    from esorcheck.checker import check_packet

    truth_path = sample("gustave-roussy-hybrid-imaging", "complete-reportlab")
    truth = load_truth(truth_path)
    french = next(s for s in truth["sections"] if s["type"] == "language_certificate" and s["language"] == "fr")
    writer = PdfWriter()
    writer.add_page(PdfReader(packet_for(truth_path)).pages[french["first_page"] - 1])
    writer.write(tmp_path / "delf.pdf")
    report = check_packet(tmp_path / "delf.pdf", get_programme("gustave-roussy-hybrid-imaging"), as_of=as_of(truth))
    english = verdict(report, "eligibility.language_level", "English level")
    assert english.status == "undetermined"
    assert english.message.endswith("neither a CV nor a language certificate in English was found")
    assert verdict(report, "eligibility.language_level", "French level").status == "ok"


def test_a_score_report_of_an_unknown_test_is_of_the_language_its_title_names(tmp_path):
    """A test esorcheck does not know by name, whose report names the candidate's native language too: the
    language tested is the one its title names, so its B2 fails where C1 is required (it was of no language,
    and the level 'shown nowhere')."""
    from esorcheck.checker import check_packet

    path = _one_page(tmp_path / "score-report.pdf", [
        ("Helvetica-Bold", 18, "Test of Academic English as a Foreign Language"),
        ("Helvetica-Bold", 14, "Official Score Report"), ("Helvetica", 10, "Name: MÜLLER, Jonas"),
        ("Helvetica", 10, "Native country: Austria"), ("Helvetica", 10, "Native language: German"),
        ("Helvetica", 10, "Reading 22 / 30  B2"), ("Helvetica", 10, "Listening 23 / 30  B2"),
        ("Helvetica", 10, "Total 88 / 120  B2")], spacing=28)
    report = check_packet(path, get_programme("lille-neuroinflammatory"), as_of=D(2020, 6, 15))
    assert [s.type for s in report.sections] == ["language_certificate"]
    english = verdict(report, "eligibility.language_level", "English level")
    assert english.status == "failed" and "at most B2" in english.message


# -------------------------------------------------------------- membership
def test_full_membership_passes_where_the_call_restricts_the_category():
    _, report = find_sample("icm-oncologic-imaging", is_complete)
    result = verdict(report, "eligibility.membership")
    assert result.status == "ok" and "Full member" in result.value


def test_corresponding_member_fails_for_icm_but_passes_for_lille_rules():
    path = sample("icm-oncologic-imaging", "corresponding-member")
    finding = the(checked(path), "eligibility.membership")
    assert "Corresponding member" in finding.message and "requires a Full member" in finding.message
    icm = get_programme("icm-oncologic-imaging")
    lille_rules = dataclasses.replace(icm.eligibility, esr_membership_categories=["full", "corresponding"])
    report = check_at(path, programme=dataclasses.replace(icm, eligibility=lille_rules))
    assert verdict(report, "eligibility.membership").status == "ok"


def test_membership_number_in_the_cv_is_evidence_where_no_category_is_asked():
    _, report = find_sample("aim-china", is_complete)
    result = verdict(report, "eligibility.membership")
    assert result.status == "ok" and "number M-" in result.value


# ---------------------------------------------------------------- deadline
@pytest.mark.parametrize(("when", "status"), [(D(2024, 3, 4), "ok"), (D(2024, 3, 18), "ok"), (D(2024, 3, 19), "failed")])
def test_deadline(when, status):
    report = check_at(sample("exchange-fellowship", "complete-reportlab"), when)
    assert verdict(report, "eligibility.deadline").status == status
    late = findings(report, "eligibility.deadline")
    if status == "failed":
        assert late[0].severity is Severity.WARNING and "1 day after the call closed on 2024-03-18" in late[0].message
        assert report.status == "complete"  # a warning: the verdict stands
    else:
        assert not late


def test_no_deadline_where_the_call_gives_no_closing_date():
    report = check_at(sample("aim-china", "complete-reportlab"), D(2030, 1, 1))
    assert not [v for v in report.eligibility if v.code == "eligibility.deadline"]


# -------------------------------------------------- every rule its programmes
EXPECTED_RULES = {
    "aim-china": {"eligibility.age", "eligibility.residence", "eligibility.membership", "funding.track_mismatch"},
    "bracco-fellowship": {"eligibility.age", "eligibility.membership"},
    "exchange-fellowship": {"eligibility.certification", "eligibility.language_level", "eligibility.membership",
                            "eligibility.society_membership", "eligibility.deadline"},
    "icm-oncologic-imaging": {"eligibility.certification", "eligibility.residence", "eligibility.language_level",
                              "eligibility.membership", "eligibility.deadline"},
    "gustave-roussy-hybrid-imaging": {"eligibility.certification", "eligibility.residence", "eligibility.language_level",
                                      "eligibility.membership", "eligibility.deadline"},
    "lille-neuroinflammatory": {"eligibility.certification", "eligibility.residence", "eligibility.language_level",
                                "eligibility.membership"},
    "visiting-scholarship-europe": {"eligibility.membership"},
}


@pytest.mark.parametrize("programme", sorted(all_programmes()))
def test_every_rule_the_call_states_runs_and_passes_on_its_complete_packet(programme):
    _, report = find_sample(programme, is_complete)
    assert {v.code for v in report.eligibility} == EXPECTED_RULES[programme]
    # The call names no document for the society membership: a packet that does not mention it is not judged.
    judged = [v for v in report.eligibility if not (v.code == "eligibility.society_membership" and v.status == "undetermined")]
    assert all(v.status == "ok" for v in judged), [v.to_dict() for v in report.eligibility]


def test_society_membership_is_shown_by_a_line_naming_the_society_as_a_membership(tmp_path):
    """exchange-fellowship asks for membership of a partner society; a line 'Member of ESGAR' shows it, a mere mention does not."""
    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfgen import canvas

    from esorcheck.checker import check_packet

    def society(report):
        return next(v for v in report.eligibility if v.code == "eligibility.society_membership")

    # A complete packet whose letters do not mention the membership (others do: "a member of the ESR and of EUSOBI").
    truth_path = next(path for path in truth_files() if load_truth(path)["programme"] == "exchange-fellowship"
                      and is_complete(load_truth(path)) and society(checked(path)).status == "undetermined")

    def with_line(text: str):
        extra = tmp_path / "extra.pdf"
        page = canvas.Canvas(str(extra))
        page.drawString(72, 720, "Additional information")
        page.drawString(72, 700, text)
        page.save()
        writer = PdfWriter(clone_from=PdfReader(packet_for(truth_path)))
        writer.append(str(extra))
        merged = tmp_path / "merged.pdf"
        writer.write(merged)
        report = check_packet(merged, get_programme("exchange-fellowship"), as_of=as_of(load_truth(truth_path)))
        return society(report)

    shown = with_line("Memberships: ESR (full member), ESGAR since 2021")
    assert shown.status == "ok" and "ESGAR" in shown.value
    mentioned = with_line("I would like to train at an ESGAR reference centre in Leuven.")
    assert mentioned.status == "undetermined"


def test_a_free_form_cv_is_named_as_why_a_value_could_not_be_shown(tmp_path):
    """A CV in another format is read (it is no unreadable scan), but it has none of the ESOR template's fields:
    the 'could not determine' says so, and names the certificate that is missing, rather than calling the CV
    unreadable."""
    from esorcheck.checker import check_packet

    path = _one_page(tmp_path / "free-form-cv.pdf", [
        ("Helvetica-Bold", 22, "Maria Kowalska"), ("Helvetica", 10, "maria.kowalska@example.org  ·  Kraków"),
        ("Helvetica-Bold", 14, "Education"), ("Helvetica", 10, "2010 – 2016  Medicine, Jagiellonian University"),
        ("Helvetica-Bold", 14, "Experience"), ("Helvetica", 10, "since 2021  Radiologist, University Hospital Kraków"),
        ("Helvetica", 10, "2016 – 2021  Residency in radiology, University Hospital Kraków")])
    report = check_packet(path, get_programme("icm-oncologic-imaging"), as_of=D(2025, 1, 15))
    assert [s.type for s in report.sections] == ["cv"]
    aged = check_packet(path, get_programme("aim-china"), as_of=D(2025, 9, 15))
    assert "no passport copy was found" in verdict(aged, "eligibility.age").message
    for code, document in (("eligibility.certification", "certificate of board certification"),
                           ("eligibility.language_level", "language certificate"),
                           ("eligibility.membership", "proof of ESR membership")):
        found = verdict(report, code)
        assert found.status == "undetermined"
        assert "the CV is not the ESOR template" in found.message and f"no {document}" in found.message
        assert "could not be read" not in found.message and "no readable CV" not in found.message
