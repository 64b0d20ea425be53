"""The letter rules on real packets: addressee, signature, same author, the signer's role."""

from __future__ import annotations

import dataclasses

import pytest
from conftest import checked, expects, find_sample, is_complete, load_truth, truth_files
from rulecheck import check_at, findings, sample, the

from esorcheck.findings import Severity
from esorcheck.schema.programmes import get_programme

LETTER_CODES = ("letter.addressee", "letter.unsigned", "recommendation.same_author", "recommendation.author_role")


@pytest.mark.parametrize("code", LETTER_CODES)
def test_no_letter_finding_on_any_complete_packet(code):
    for path in truth_files():
        truth = load_truth(path)
        if is_complete(truth):
            assert not findings(checked(path), code), path


# ---------------------------------------------------------------- addressee
def test_letters_to_the_committee_pass_in_english_and_french():
    _, report = find_sample("aim-china", expects("language.not_english"))  # the French letter: "Comité d'évaluation"
    assert not findings(report, "letter.addressee")


def test_a_motivation_letter_to_whom_it_may_concern_fails_where_the_committee_is_asked():
    _, report = find_sample("visiting-scholarship-europe", expects("letter.addressee"))
    finding = the(report, "letter.addressee")
    assert finding.severity is Severity.WARNING and finding.document == "motivation_letter"
    assert "To whom it may concern" in finding.message and finding.pages == (1,)
    assert report.status == "complete"


def test_the_addressee_is_not_checked_where_the_call_does_not_ask():
    report = check_at(sample("visiting-scholarship-europe", "motivation-not-to-committee"),
                      programme=_without_committee("visiting-scholarship-europe"))
    assert not findings(report, "letter.addressee")


def _without_committee(programme_id):
    programme = get_programme(programme_id)
    documents = [dataclasses.replace(d, addressed_to_committee=False) for d in programme.documents]
    return dataclasses.replace(programme, documents=documents)


# ---------------------------------------------------------------- signature
def test_an_unsigned_motivation_letter_is_flagged():
    _, report = find_sample("visiting-scholarship-europe", expects("letter.unsigned"))
    finding = the(report, "letter.unsigned")
    assert finding.severity is Severity.WARNING and finding.document == "motivation_letter"
    assert finding.evidence and all(line.startswith("ends with:") for line in finding.evidence)


def test_signed_letters_pass_with_a_typed_name_or_a_drawn_signature():
    report = checked(sample("aim-china", "complete-reportlab"))
    assert not findings(report, "letter.unsigned")


# -------------------------------------------------------------- same author
def test_two_letters_from_the_same_signer_count_as_one():
    _, report = find_sample("aim-china", expects("recommendation.same_author"))
    finding = the(report, "recommendation.same_author")
    assert finding.severity is Severity.ERROR and report.status == "incomplete"
    assert "'Prof. Song Bin'" in finding.message and "count as one" in finding.message
    assert "1 different signer where 2 are required" in finding.message
    assert set(finding.pages) == {4, 5}


def test_letters_on_one_letterhead_from_different_signers_pass():
    report = checked(sample("aim-china", "complete-reportlab"))  # both on the West China Hospital letterhead
    assert not findings(report, "recommendation.same_author")


# ------------------------------------------------------------- signer's role
def test_a_unit_head_is_not_the_head_of_department_the_call_asks_for():
    _, report = find_sample("exchange-fellowship", expects("recommendation.author_role"))
    finding = the(report, "recommendation.author_role")
    assert finding.severity is Severity.WARNING
    assert "Head of the Thoracic Imaging Unit" in finding.message and "not by a Head of Department" in finding.message


def test_head_of_department_and_academic_tutor_pass_for_aim_china():
    report = checked(sample("aim-china", "complete-libreoffice"))
    assert not findings(report, "recommendation.author_role")


def test_one_head_of_department_letter_is_enough_where_one_letter_is_required():
    # The second letter comes from a programme director; the first from the clinical director and head of department.
    report = checked(sample("exchange-fellowship", "complete-reportlab"))
    assert not findings(report, "recommendation.author_role")


def test_role_words_in_several_languages():
    from esorcheck.readings.signatures import title_roles

    for role in ["Chef du Service de Radiologie", "Chefarzt der Radiologie", "Jefe de Servicio de Radiodiagnóstico",
                 "Direttore, S.C. Radiologia", "Kierownik Zakładu Radiologii", "Diensthoofd Radiologie",
                 "Head of the 2nd Department of Clinical Radiology", "Director of the Department of Radiology"]:
        assert "head_of_department" in title_roles([role]), role
    for role in ["Head of the Thoracic Imaging Unit", "Leitende Oberärztin", "Consultant Radiologist, former Programme Director",
                 "Head of the Multiple Sclerosis Clinic, Department of Neurology", "Director of Residency Training, Radiology"]:
        assert "head_of_department" not in title_roles([role]), role
    assert list(title_roles(["Academic Tutor, Abdominal Imaging Section"])) == ["academic_tutor"]


@pytest.mark.parametrize("salutation", ["Prezados membros do Comitê de Avaliação,",
                                        "Шановні члени Оцінювального комітету!",
                                        "Szanowni Członkowie Komisji Oceniającej,"])
def test_a_letter_to_the_committee_in_a_language_that_declines_its_name_is_addressed_to_it(tmp_path, salutation):
    """The committee named in another language, in the case its grammar gives it ("Оцінювального комітету", the
    genitive), is the committee: one stem per word covers the cases. Only the language rule speaks."""
    import datetime as dt
    from pathlib import Path

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from esorcheck.checker import check_packet

    dejavu = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not dejavu.exists():
        pytest.skip("the DejaVu Sans font (fonts-dejavu-core) is needed to draw Ukrainian and Polish text")
    pdfmetrics.registerFont(TTFont("DejaVu", str(dejavu)))
    path = tmp_path / "letter.pdf"
    page = canvas.Canvas(str(path))
    lines = ["Dr. Olena Kovalenko", "Kyiv, 12.03.2025", "", salutation, "",
             "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.",
             "Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip.", "",
             "Olena Kovalenko"]
    for y, line in zip(range(780, 0, -18), lines):
        page.setFont("DejaVu", 11)
        page.drawString(72, y, line)
    page.save()
    report = check_packet(path, get_programme("aim-china"), as_of=dt.date(2025, 9, 15))
    assert [s.type for s in report.sections] == ["motivation_letter"]
    assert not findings(report, "letter.addressee"), [f.message for f in report.findings]
