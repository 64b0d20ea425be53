"""Signer roles read from the structure of a signature block's title line, on letters printed to PDF here.

A title holds the head of department's role when it starts with a role word, then a comma, "of" or its
equivalent (or a genitive), then a unit of department level, or, in languages that name the head last, ends
with a role word after such a unit; role words and units are data in several languages (schemas/rules.yaml
roles:, signer_titles:).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import SAMPLES, checked, load_truth
from rulecheck import findings

from esorcheck.pdf.open import open_packet
from esorcheck.pdf.pages import read_pages
from esorcheck.readings.letters import read_letter
from esorcheck.readings.signatures import title_roles
from esorcheck.split.section import Section

HEADS = [
    "Director, Department of Radiology",
    "Chair, Department of Medical Imaging",
    "Chairman, Department of Radiology",
    "Chief of Radiology",
    "Head, Institute of Medical Imaging",
    "Head of Department, Nuclear Medicine",
    "Director of the Department of Radiology",
    "Professor and Chair of Radiology",
    "Clinical Director and Head of Department, Radiology",
    "Chef du Service de Radiologie",
    "Chefarzt der Radiologie",
    "Vorstand der Universitätsklinik für Radiologie und Nuklearmedizin",
    "Direktor des Instituts für Diagnostische und Interventionelle Radiologie",
    "Jefe de Servicio de Radiodiagnóstico",
    "Diretora do Serviço de Radiologia",
    "Direttore, S.C. Radiologia Diagnostica e Interventistica",
    "Kierownik II Zakładu Radiologii Klinicznej",
    "Hoofd van de afdeling Radiologie",
    "Predstojnik Klinike za radiologiju",
    "Head of the 2nd Department of Clinical Radiology",
    "Position: Chair, Department of Radiology",
    "Head of the Radiology and Medical Imaging Department",
    "Radyoloji Anabilim Dalı Başkanı",
    "Radiológiai Klinika igazgatója",
]
NOT_HEADS = [
    "Radyoloji Anabilim Dalı Başkan Yardımcısı",
    "Radyoloji Anabilim Dalı Öğretim Üyesi",
    "Programme Director, Radiology Residency",
    "Consultant Radiologist",
    "Fellowship Coordinator",
    "Deputy Head of Department",
    "Vice Chair, Department of Radiology",
    "Head of the Thoracic Imaging Unit",
    "Head of Breast Radiology",
    "Head of Quality Management",
    "Jefa de Sección de Radiología Oncológica",
    "Director of Residency Training, Radiology",
    "Director of the Radiology Residency Programme",
    "Chief Resident, Department of Radiology",
    "Chief, Division of Neuroradiology",
    "Kierownik Pracowni Rezonansu Magnetycznego",
    "Head of the Multiple Sclerosis Clinic, Department of Neurology",
    "Senior Consultant, Nuclear Medicine",
    "Leitende Oberärztin",
]


DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _font(title: str) -> str:
    """Helvetica where it has every letter; DejaVu Sans for others (ł), when the machine has it."""
    try:
        title.encode("cp1252")
        return "Helvetica"
    except UnicodeEncodeError:
        pass
    if not DEJAVU.exists():
        pytest.skip(f"no font here prints {title!r} (DejaVu Sans not found at {DEJAVU})")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU)))
    return "DejaVuSans"


def _letter_pdf(title: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = _font(title)
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    y = 780
    lines = ["Dear Members of the Evaluation Committee,", "",
             "It is my pleasure to recommend Dr. Wang Yuqing for the ESOR fellowship. She has trained with us",
             "for four years and shows excellent skills in abdominal and oncologic imaging.", "",
             "Yours sincerely,", "", "Prof. Anna Weber", title, "University Hospital of Graz", "anna.weber@example.org"]
    for line in lines:
        page.setFont(font, 11)
        page.drawString(72, y, line)
        y -= 16
    page.showPage()
    page.save()
    return buffer.getvalue()


def _roles_in_printed_letter(tmp_path, title: str) -> list[str]:
    path = tmp_path / "letter.pdf"
    path.write_bytes(_letter_pdf(title))
    packet = open_packet(path)
    try:
        pages = read_pages(packet)
        letter = read_letter(Section("recommendation_letter", tuple(pages), 1.0, ()), "Wang Yuqing")
    finally:
        packet.close()
    assert letter.signature.name == "Prof. Anna Weber"
    return letter.signature.roles


@pytest.mark.parametrize("title", HEADS)
def test_heads_of_department_in_a_printed_letter(tmp_path, title):
    roles = _roles_in_printed_letter(tmp_path, title)
    assert "head_of_department" in roles, title


@pytest.mark.parametrize("title", NOT_HEADS)
def test_other_roles_in_a_printed_letter_are_not_heads(tmp_path, title):
    roles = _roles_in_printed_letter(tmp_path, title)
    assert "head_of_department" not in roles, title


def test_a_role_word_at_the_end_of_a_line_takes_its_unit_from_the_next():
    assert "head_of_department" in title_roles(["Director", "Department of Radiology"])
    assert "head_of_department" not in title_roles(["Director", "Radiology Residency Programme"])


def test_the_title_line_that_states_the_role_is_kept_as_evidence():
    assert title_roles(["University Hospital", "Chair, Department of Radiology"]) == {
        "head_of_department": "Chair, Department of Radiology"}
    assert title_roles(["Academic Tutor (doctoral supervisor), Breast Imaging Unit"]) == {
        "academic_tutor": "Academic Tutor (doctoral supervisor), Breast Imaging Unit"}


# The trust packets (sample_packets/trust/dev/): heads of department reworded, and calls whose letters lack one.
TRUST = SAMPLES / "trust" / "dev"


@pytest.mark.parametrize("name", ["aim-china/director-and-tutor", "aim-china/chief-of-radiology",
                                  "aim-china/head-of-institute", "aim-china/tutor-signs-declaration",
                                  "exchange-fellowship/head-comma-department", "exchange-fellowship/chromium-chair",
                                  "gustave-roussy-hybrid-imaging/chair-of-department",
                                  "visiting-scholarship-europe/chair-confirms-letter-size"])
def test_valid_packets_signed_by_reworded_heads_draw_no_role_finding(name):
    truth_path = TRUST / f"{name}.truth.json"
    report = checked(truth_path)
    assert not findings(report, "recommendation.author_role"), name
    assert not findings(report, "funding.track_mismatch"), name
    assert load_truth(truth_path)["status"] == report.status == "complete"


@pytest.mark.parametrize("name", ["exchange-fellowship/only-consultant", "exchange-fellowship/only-programme-director",
                                  "lille-neuroinflammatory/only-programme-director"])
def test_letters_from_non_heads_are_still_named(name):
    report = checked(TRUST / f"{name}.truth.json")
    (finding,) = findings(report, "recommendation.author_role")
    assert "not by a Head of Department" in finding.message


def test_a_self_funding_declaration_signed_by_a_programme_director_does_not_prove_the_track():
    report = checked(TRUST / "aim-china" / "no-head-anywhere.truth.json")
    (finding,) = findings(report, "funding.track_mismatch")
    assert "Programme Director, Radiology Residency" in finding.message
