"""Documents recognised by their shape, in any language: CVs by dated entries and section headings, letters
by their form and who speaks, a cover sheet by the documents it lists, every section with a language.

The pages are drawn here with reportlab in words no sample packet uses (Spanish, German, Latin), and the
figures at the end score the varied packets (sample_packets/varied/dev/) and the packets built from the
shared corpus's real documents against their truth, as tools/score_split.py does.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sys
from pathlib import Path

import pytest
from conftest import AS_OF, HOSTILE, ROOT, as_of

from esorcheck.checker import check_packet
from esorcheck.pdf.open import open_packet
from esorcheck.pdf.pages import read_pages
from esorcheck.rules.document_order import in_order
from esorcheck.schema.documents import LineStart
from esorcheck.schema.programmes import get_programme
from esorcheck.split import split_packet
from esorcheck.split.language import detect

LOREM = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et "
         "dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip "
         "ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore.")


DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _pdf(path: Path, pages: list[list[tuple[str, float]]], unicode: bool = False) -> Path:
    """A text PDF: each page a list of (line, font size), drawn from the top in Helvetica, or in DejaVu Sans
    (``unicode``: letters beyond Latin-1, Cyrillic; the test is skipped where the font is absent)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    if unicode:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        if not DEJAVU.exists():
            pytest.skip("the DejaVu Sans font (fonts-dejavu-core) is needed to draw Central and Eastern European text")
        pdfmetrics.registerFont(TTFont("DejaVu", str(DEJAVU)))
    drawing = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        y = A4[1] - 60
        for text, size in lines:
            drawing.setFont("DejaVu" if unicode else "Helvetica-Bold" if size > 12 else "Helvetica", size)
            drawing.drawString(60, y, text)
            y -= size * 1.6
        drawing.showPage()
    drawing.save()
    return path


def _types(path: Path, programme: str = "exchange-fellowship") -> list[tuple[str, int, int]]:
    sections = split_packet(read_pages(open_packet(path)), [], get_programme(programme))
    return [(s.type, s.first_page, s.last_page) for s in sections]


def _body(text: str, width: int = 90) -> list[tuple[str, float]]:
    """A paragraph cut into lines of about ``width`` characters, in body type."""
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) > width:
            lines.append((line, 10))
            line = ""
        line = f"{line} {word}".strip()
    return [*lines, (line, 10)]


def _right_to_left(lines: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """Lines of Arabic or Hebrew in the order their letters stand on the page, right to left, as a word processor
    or a browser places them (drawn as given, they would stand left to right); pdfium reads them back in the
    order they are read."""
    return [(text[::-1], size) for text, size in lines]


SPANISH_CV = [
    [("Lucía Fernández Ortega", 22), ("lucia.fernandez@example.es  ·  +34 600 000 000  ·  Valencia", 10), ("", 10),
     ("Formación", 14), ("2008 – 2014  Licenciatura en Medicina, Universidad de Valencia", 10),
     ("2015 – 2019  Residencia en Radiodiagnóstico, Hospital La Fe", 10), ("", 10),
     ("Experiencia profesional", 14), ("desde 2020  Radióloga adjunta, Hospital Clínico, Valencia", 10),
     ("09/2019 – 12/2019  Estancia en resonancia mamaria, Milán", 10), ("", 10),
     ("Idiomas", 14), ("Español (nativo), inglés (C1), italiano (B2)", 10)],
    [("Publicaciones", 14),
     ("Fernández L, Ruiz M. Resonancia de mama abreviada. Radiología 2021;63:101-108.", 10),
     ("Fernández L, Gil P, Sanz A. Contraste en mamografía. Eur Radiol 2022;32:455-463.", 10),
     ("Ruiz M, Fernández L. Biopsia guiada por RM. Insights Imaging 2023;14:12.", 10),
     ("", 10), ("Congresos", 14), ("2022  ECR Viena, comunicación oral", 10), ("2023  SERAM Pamplona, póster", 10)],
]


def test_a_cv_in_spanish_is_one_cv_across_its_publications_page(tmp_path):
    """No English CV word on either page: dated entries, section headings and a contact block make it a CV."""
    assert _types(_pdf(tmp_path / "cv.pdf", SPANISH_CV)) == [("cv", 1, 2)]


def test_a_title_in_large_type_alone_is_not_a_cv(tmp_path):
    """Two capitalised words set large open articles and notes too; without a CV's entries they are no CV."""
    page = [("Math Test One", 22), ("David", 12), ("February 23, 2024", 10), ("", 10),
            *_body("Some inline mathematics follows, and an equation, and a few remarks on how the test "
                   "document was typeset with a recent version of the typesetting system.")]
    assert _types(_pdf(tmp_path / "note.pdf", [page])) != [("cv", 1, 1)]


def test_a_title_in_large_type_beside_an_email_address_is_not_a_cv(tmp_path):
    """A congress programme: its title set large reads as two capitalised words, and it gives an e-mail address,
    as any document may. Neither is a CV's own evidence: it was typed a CV with full confidence."""
    page = [("Scientific Programme – Day 1", 20), ("Riga, 14–15 November 2025 · Congress Centre", 10), ("", 10),
            ("08:30  Registration and coffee  Foyer", 10), ("09:00  Opening: imaging in the era of AI  Hall A", 10),
            ("10:30  Coffee break and e-poster viewing  Exhibition", 10),
            ("12:30  Lunch symposium (industry)  Hall B", 10), ("15:30  Best abstract awards and closing  Hall A", 10),
            ("", 10), ("CME: 6 European CME credits requested. Programme subject to change.", 10),
            ("Organising secretariat: congress@example.lv", 10)]
    assert _types(_pdf(tmp_path / "programme.pdf", [page])) == [("unknown", 1, 1)]


STAFF_NOTICES = {
    "en": [("Radiology Department – Staff Notice", 14), ("12 March 2025", 10), ("", 10), ("Dear colleagues,", 10),
           ("", 10), *_body("From Monday 17 March the 3T MRI scanner in room B2 will be out of service for four days "
                            "while the gradient coil is replaced. Outpatient examinations will be moved to the 1.5T "
                            "scanner; please check the revised schedule on the intranet and inform your patients where "
                            "necessary. Emergency examinations remain possible on the scanner in the emergency "
                            "department. Thank you for your patience."),
           ("", 10), ("Kind regards,", 10), ("", 10), ("Facility Management", 10), ("University Hospital", 10)],
    "nl": [("Afdeling Radiologie – Mededeling aan medewerkers", 14), ("12 maart 2025", 10), ("", 10),
           ("Beste collega's,", 10), ("", 10),
           *_body("Vanaf maandag 17 maart is de 3T MRI-scanner in kamer B2 vier dagen buiten gebruik omdat de "
                  "gradientspoel wordt vervangen. Poliklinische onderzoeken worden verplaatst naar de 1,5T-scanner; "
                  "raadpleeg het aangepaste rooster op het intranet en informeer uw patienten waar nodig. "
                  "Spoedonderzoeken blijven mogelijk op de scanner van de spoedeisende hulp. Dank voor uw begrip."),
           ("", 10), ("Met vriendelijke groet,", 10), ("", 10), ("Facilitair Bedrijf", 10),
           ("Universitair Medisch Centrum", 10)],
}


@pytest.mark.parametrize("language", sorted(STAFF_NOTICES))
def test_a_letter_in_which_nobody_speaks_is_no_letter_of_the_application(tmp_path, language):
    """A notice to a hospital's staff opens and closes as a letter, but its writer speaks neither of themselves
    (an applicant) nor of someone else (a referee), and it holds no word of any kind of letter: it is unknown, not
    the motivation letter the call's order expects there."""
    path = _pdf(tmp_path / "notice.pdf", [STAFF_NOTICES[language]])
    assert _types(path) == [("unknown", 1, 1)]
    assert _types(path, "aim-china") == [("unknown", 1, 1)]


CAMBRIDGE_CERTIFICATE = [("Cambridge Assessment English", 10), ("Certificate – C1 Advanced", 14), ("This is to certify that", 10),
                         ("MARKO PETROVIC", 12),
                         ("has been awarded Grade B in C1 Advanced at Level C1 of the Council of Europe's Common", 10),
                         ("European Framework of Reference for Languages (CEFR).", 10), ("CEFR level   C1", 10),
                         ("Overall score on the Cambridge English Scale   185", 10), ("Chief Executive", 10)]
BOARD_CERTIFICATES = {
    "lv": [("LATVIJAS ĀRSTU BIEDRĪBA", 11), ("SERTIFIKĀTS", 16),
           ("Apliecina, ka Kristaps Ozoliņš ir sekmīgi nokārtojis sertifikācijas eksāmenu", 10),
           ("un ir sertificēts ārsts specialitātē", 10), ("RADIOLOĢIJA", 12), ("Izsniegts 2018. gada 1. martā", 10)],
    "sr": [("UNIVERZITET U BEOGRADU", 11), ("DIPLOMA O POLOŽENOM SPECIJALISTIČKOM ISPITU", 14),
           ("Ovim se potvrđuje da je dr Marko Petrović položio specijalistički ispit iz oblasti", 10),
           ("RADIOLOGIJA i stekao stručni naziv", 10), ("SPECIJALISTA RADIOLOGIJE", 12), ("Broj diplome 1472/2020", 10)],
}


@pytest.mark.parametrize("language", sorted(BOARD_CERTIFICATES))
def test_a_board_certificate_in_latvian_or_serbian_then_a_language_certificate(tmp_path, language):
    """Certificates in Latvian ('sertificēts ārsts specialitātē') and Serbian ('specijalista radiologije') are board
    certificates; a Cambridge certificate after one is a document of its own, though words of every certificate
    ('certificate', 'specialist') speak a little for the board certificate on it too."""
    path = _pdf(tmp_path / "certificates.pdf", [BOARD_CERTIFICATES[language], CAMBRIDGE_CERTIFICATE], unicode=True)
    assert _types(path, "icm-oncologic-imaging") == [("board_certificate", 1, 1), ("language_certificate", 2, 2)]


def test_letters_in_spanish_are_told_apart_by_who_speaks(tmp_path):
    motivation = [("Valencia, 3 de marzo de 2026", 10), ("", 10), ("Estimados miembros del comité:", 10),
                  *_body("Me dirijo a ustedes para solicitar la beca de intercambio. Durante mi residencia he "
                         "trabajado en imagen de mama y me gustaría ampliar mi formación en resonancia. Creo que "
                         "mi experiencia y mi interés por la investigación me permitirán aprovechar la estancia."),
                  ("", 10), ("Atentamente,", 10), ("Lucía Fernández Ortega", 10)]
    recommendation = [("Hospital Universitario La Fe", 14), ("Servicio de Radiodiagnóstico", 10), ("", 10),
                      ("A quien corresponda:", 10),
                      *_body("Es un placer recomendar a la Dra. Lucía Fernández Ortega, que ha trabajado en nuestro "
                             "servicio durante cuatro años. Ella ha demostrado una gran capacidad clínica y su "
                             "trabajo en resonancia de mama ha sido excelente. La recomiendo sin reservas."),
                      ("", 10), ("Atentamente,", 10), ("Prof. Miguel Ruiz Sanz", 10), ("Jefe de Servicio", 10)]
    assert _types(_pdf(tmp_path / "letters.pdf", [motivation, recommendation])) == [
        ("motivation_letter", 1, 1), ("recommendation_letter", 2, 2)]


@pytest.mark.parametrize("lines", [
    [("DICHIARAZIONE", 14), ("", 10),
     *_body("La sottoscritta Chiara Greco, nata a Bari il 3 marzo 1991, dichiara che sosterrà a proprie spese il "
            "viaggio e il soggiorno durante il periodo di formazione, senza chiedere alcun contributo."),
     ("", 10), ("Bari, 2 marzo 2026", 10), ("In fede,", 10), ("Chiara Greco", 10)],
    [("ATTESTATION", 14), ("", 10),
     *_body("Je soussignée, Claire Martin, déclare prendre à mes frais le voyage, le logement et les repas pendant "
            "toute la durée du stage, sans demander de soutien financier."),
     ("", 10), ("Fait à Lyon, le 2 mars 2026", 10), ("Claire Martin", 10)],
    [("Erklärung", 14), ("", 10),
     *_body("Hiermit erkläre ich, dass ich die Reise- und Unterkunftskosten während des Aufenthalts auf eigene "
            "Kosten trage und keine finanzielle Unterstützung beantrage."),
     ("", 10), ("Graz, 2. März 2026", 10), ("Anna Huber", 10)],
], ids=["italian", "french", "german"])
def test_a_funding_declaration_in_the_applicants_language_is_one(tmp_path, lines):
    """The declaration that one bears the costs oneself, as a home institution words it: by who declares it
    and "at one's own expense" in the languages of the applicants (not English words); of self-funding."""
    path = _pdf(tmp_path / "declaration.pdf", [lines])
    assert _types(path, "aim-china") == [("funding_declaration", 1, 1)]
    inference = check_packet(path, get_programme("aim-china"), as_of=AS_OF).track_inference
    assert inference is not None and inference.track == "self-funded", inference


def test_an_explanation_with_costs_is_no_funding_declaration(tmp_path):
    """Declaring, financing and costs alone are no cue: German's 'Erklärung' is an explanation too."""
    page = [("Erklärung der Kosten", 14), ("", 10),
            *_body("Die folgende Tabelle erklärt die Kosten und die Finanzierung des Projekts für das Jahr 2025. "
                   "Die Werte sind in Euro angegeben und wurden vom Controlling berechnet.")]
    assert _types(_pdf(tmp_path / "costs.pdf", [page]), "icm-oncologic-imaging")[0][0] != "funding_declaration"


PLACEHOLDER_LETTER = [("Company Recruitment team", 10), ("January 01, 2026", 10), ("", 10), ("Dear Sir or Madam,", 10),
                      *_body(LOREM), *_body(LOREM), ("", 10), ("Yours faithfully,", 10)]


def test_a_letter_signed_with_the_cvs_name_is_the_applicants_own_wherever_it_stands(tmp_path):
    """A placeholder body says nothing of who speaks, and the call prescribes the motivation letter before the
    CV, so the order alone would make a letter after it a recommendation; its signer, the person the CV
    names, says it is the applicant's."""
    own = [*PLACEHOLDER_LETTER, ("Lucía Fernández Ortega", 10), ("Attached: curriculum vitae", 10)]
    sections = split_packet(read_pages(open_packet(_pdf(tmp_path / "own.pdf", [*SPANISH_CV, own]))), [],
                            get_programme("icm-oncologic-imaging"))
    assert [(s.type, s.first_page) for s in sections] == [("cv", 1), ("motivation_letter", 3)]
    assert any("signed 'Lucía Fernández Ortega'" in e for e in sections[1].evidence)

    referee = [*PLACEHOLDER_LETTER, ("Prof. Miguel Ruiz Sanz", 10), ("Jefe de Servicio", 10)]
    sections = split_packet(read_pages(open_packet(_pdf(tmp_path / "other.pdf", [*SPANISH_CV, referee]))), [],
                            get_programme("icm-oncologic-imaging"))
    assert not any("signed" in e for e in sections[1].evidence)


def test_the_name_an_esor_cv_gives_in_its_fields_signs_the_applicants_letter(tmp_path):
    """The ESOR form sets the name in no large type: its Surname and First Name(s) fields give it."""
    form = [("ESOR CURRICULUM VITAE", 16), ("1. Personal Details", 13), ("Surname Fernández Ortega", 10),
            ("First Name(s) Lucía", 10), ("Date of Birth 03/04/1990", 10), ("2. Education", 13),
            ("2008 – 2014  Medicine, Universidad de Valencia", 10), ("3. Professional Experience", 13),
            ("since 2020  Radiologist, Hospital Clínico, Valencia", 10)]
    own = [*PLACEHOLDER_LETTER, ("Lucía Fernández Ortega", 10)]
    sections = split_packet(read_pages(open_packet(_pdf(tmp_path / "form.pdf", [form, own]))), [],
                            get_programme("icm-oncologic-imaging"))
    assert [(s.type, s.first_page) for s in sections] == [("cv", 1), ("motivation_letter", 2)]


def test_a_statement_that_speaks_in_the_first_person_is_the_motivation_letter(tmp_path):
    """No salutation, no closing, a title no list holds, and a certificate named in passing ("IELTS 7.5"):
    a page that says "I" and "my" this often is the applicant's own letter, not their language certificate."""
    page = [("ABOUT MY APPLICATION", 14), ("", 10),
            *_body("Abdominal imaging caught me on a night shift, when a scan I had called normal showed an early "
                   "ischaemia that my attending saw at once. Since then I have read liver and rectal MRI every day, "
                   "and I present our cases at the weekly tumour board. What I still lack is time in a European "
                   "centre with structured reports; back home I will bring them to my colleagues and my residents. "
                   "I am fluent in English (IELTS 7.5, 2023) and I am used to working in international teams."),
            *_body("Three months abroad would show me how a high-volume centre organises its reports, and I would "
                   "like to see how it follows patients after a complete clinical response. I have started a small "
                   "registry of such patients myself, and I want to learn how to make it a prospective study."),
            ("", 10), ("Ankara, 3 March 2026", 10), ("Aylin Demirtas, MD", 10)]
    assert _types(_pdf(tmp_path / "statement.pdf", [page]), "icm-oncologic-imaging") == [("motivation_letter", 1, 1)]


def test_a_letter_addressed_to_the_committee_at_length_opens_with_a_salutation(tmp_path):
    """"A la atención del Comité de Evaluación de la European School of Radiology:" opens no listed salutation
    and is longer than one, yet it addresses the committee as a salutation does: the page is a letter, and the
    specialist title its writer names in passing makes it no board certificate."""
    from esorcheck.split.cues import is_salutation

    address = "A la atención del Comité de Evaluación de la European School of Radiology:"
    assert is_salutation(address)
    assert not is_salutation("Agradezco al Comité de Evaluación de la European School of Radiology su tiempo.")
    page = [("EXPOSICIÓN", 14), ("", 10), (address, 10),
            *_body("Me dirijo a ustedes para expresar mi interés en el programa de intercambio. Soy médico "
                   "especialista en Radiodiagnóstico desde mayo de 2021 y trabajo como especialista en radiología "
                   "musculoesquelética. En mi centro no disponemos de resonancia de 3 T; una estancia en un centro "
                   "europeo me permitiría profundizar en la resonancia articular, y a mi regreso mi objetivo es "
                   "formar a los residentes de mi unidad."),
            ("", 10), ("Jerez de la Frontera, 14 de marzo de 2026", 10), ("Dra. Lucía Ortega Marín", 10)]
    assert _types(_pdf(tmp_path / "exposicion.pdf", [page]), "icm-oncologic-imaging") == [("motivation_letter", 1, 1)]


def test_a_letter_naming_the_applicant_with_a_title_speaks_of_them(tmp_path):
    """Italian says "she" with its verbs, and the letter's only pronoun is the writer's "mio": who it speaks of is
    the applicant the CV names, introduced with a title in a letter someone else signs. Whom a letter is
    addressed to ("Gentile dott.ssa ...") is not whom it speaks of."""
    about = [("Spettabile Comitato di Valutazione,", 10),
             *_body("è con piacere che esprimo il mio pieno sostegno alla candidatura della dott.ssa Lucía Fernández "
                    "Ortega. Ho seguito la dott.ssa Fernández durante la formazione in radiodiagnostica: ha "
                    "dimostrato ottime capacità cliniche e un raro interesse per la ricerca."),
             ("", 10), ("Distinti saluti,", 10), ("Prof. Luca Balzarini", 10), ("Professore Ordinario di Radiologia", 10)]
    sections = split_packet(read_pages(open_packet(_pdf(tmp_path / "about.pdf", [*SPANISH_CV, about]))), [],
                            get_programme("icm-oncologic-imaging"))
    assert [(s.type, s.first_page) for s in sections] == [("cv", 1), ("recommendation_letter", 3)]
    assert any("names 'Lucía', the applicant the CV names" in e for e in sections[1].evidence)

    addressed = [("Gentile dott.ssa Lucía Fernández Ortega,", 10),
                 *_body("è con piacere che Le confermo il pieno sostegno del nostro Dipartimento alla Sua candidatura. "
                        "Ho seguito la Sua formazione in radiodiagnostica con grande interesse."),
                 ("", 10), ("Distinti saluti,", 10), ("Prof. Luca Balzarini", 10)]
    sections = split_packet(read_pages(open_packet(_pdf(tmp_path / "addressed.pdf", [*SPANISH_CV, addressed]))), [],
                            get_programme("icm-oncologic-imaging"))
    assert not any("the applicant the CV names" in e for e in sections[1].evidence)


@pytest.mark.parametrize(("lines", "expected"), [
    ([("T.C. SAĞLIK BAKANLIĞI", 12), ("UZMANLIK BELGESİ", 16), ("Adı Soyadı  AYLİN DEMİRTAŞ", 10),
      ("Uzmanlık Dalı  RADYOLOJİ", 10), ("Tescil Tarihi  12.09.2022", 10),
      ("Dr. Aylin DEMİRTAŞ uzmanlık eğitimini tamamlayarak Radyoloji Uzmanı olmaya hak kazanmıştır.", 10)],
     "board_certificate"),
    ([("Klinikum Nürnberg", 12), ("Nürnberg, 29.01.2026", 10), ("Bestätigung der Kostenübernahme", 14),
      *_body("Hiermit bestätige ich, dass die Reise- und Unterkunftskosten von Frau Dr. Katharina Obermaier, "
             "Fachärztin für Radiologie an unserem Institut, vom Klinikum übernommen werden."),
      ("Prof. Dr. med. Stefan Waldherr", 10), ("Chefarzt", 10)],
     "funding_declaration"),
    ([("UNIVERSIDAD NACIONAL AUTÓNOMA DE MÉXICO", 14), ("Facultad de Medicina", 12), ("", 10),
      ("TÍTULO DE MÉDICO CIRUJANO", 16), ("", 10), ("a favor de María Fernanda Ruiz Ortega", 11),
      ("quien cursó los estudios de médico cirujano y fue aprobada en el examen profesional", 10),
      ("Ciudad Universitaria, 14 de julio de 2016", 10)],
     "medical_degree"),
    ([("Santaros klinikos", 12), ("PAŽYMA", 16),
      *_body("Pažymime, kad Gintarė Paulauskaitė nuo 2021 m. rugsėjo 1 d. yra gydytoja rezidentė ir vykdo "
             "radiologijos rezidentūros studijų programą. Šiuo metu ji yra trečiųjų metų gydytoja rezidentė."),
      ("Centro vadovas", 10)],
     "resident_confirmation"),
    ([("Azienda Ospedaliera Universitaria di Parma", 12), ("Scuola di Specializzazione in Radiodiagnostica", 11),
      ("Parma, 2 maggio 2026", 10), ("ATTESTATO DI FREQUENZA", 14),
      *_body("Si attesta che il dott. Matteo Ghirardi, medico specializzando, risulta regolarmente iscritto al terzo "
             "anno della Scuola di Specializzazione in Radiodiagnostica con contratto di formazione specialistica, "
             "e frequenta a tempo pieno l'Unità Operativa di Radiologia."),
      ("Il Direttore della Scuola", 10)],
     "resident_confirmation"),
    ([("Казанский государственный медицинский университет", 12), ("СПРАВКА", 16),
      *_body("Выдана Иванову Петру Сергеевичу в том, что он обучается в ординатуре по специальности «Рентгенология», "
             "курс обучения: первый. Предполагаемая дата окончания обучения: 31.08.2027."),
      ("Декан факультета", 10)],
     "resident_confirmation"),
    (_right_to_left([("المجلس الطبي السوري", 14), ("شهادة الاختصاص", 16),
                     *_body("يشهد المجلس بأن الطبيبة سلمى حداد قد أتمت برنامج التدريب في الأشعة التشخيصية بنجاح "
                            "ومنحت لقب اختصاصية في الأشعة التشخيصية."), ("دمشق", 10)]),
     "board_certificate"),
    (_right_to_left([("ההסתדרות הרפואית בישראל", 14), ("תעודת מומחה", 16),
                     *_body("המועצה המדעית מאשרת כי ד\"ר יעל כהן עמדה בהצלחה בבחינות ועל כן הוכרה כמומחה "
                            "ברדיולוגיה אבחנתית."), ("ירושלים", 10)]),
     "board_certificate"),
], ids=["turkish-specialist-certificate", "german-cost-coverage", "mexican-degree", "lithuanian-resident",
        "italian-resident", "russian-resident", "arabic-specialist-certificate", "hebrew-specialist-certificate"])
def test_documents_named_as_their_country_names_them(tmp_path, lines, expected):
    """A Turkish specialist certificate ("Uzmanlık Belgesi", "Radyoloji"), a German employer's confirmation
    that it bears the costs ("Kostenübernahme"), Latin America's degree in medicine ("Médico Cirujano") and
    residents' confirmations (a doctor in training as their country names one, "gydytoja rezidentė", "medico
    specializzando", "обучается в ординатуре": not yet the specialist a board certificate names, and not the
    school of specialisation a resident attends) are named so in schemas/documents.yaml."""
    # The calls that ask for the document, or (the degree) one whose order would take a close second for it.
    programme = {"resident_confirmation": "visiting-scholarship-europe",
                 "medical_degree": "icm-oncologic-imaging"}.get(expected, "aim-china")
    assert _types(_pdf(tmp_path / "document.pdf", [lines], unicode=True), programme) == [(expected, 1, 1)]


def test_evidence_of_who_speaks_stands_only_beside_the_type_it_speaks_for(tmp_path):
    """A declaration in the first person says "I" as a motivation letter does; that is no evidence the
    declaration's section should show ("reads like a letter of motivation")."""
    page = [("Declaration of self-funding", 14), ("", 10),
            *_body("I hereby declare that I will cover all costs of my fellowship myself: my travel, my "
                   "accommodation and my living expenses. I do not request any sponsorship for my stay and I "
                   "confirm that my employer grants me leave for the whole period."),
            ("", 10), ("Valencia, 2 March 2026", 10), ("Yours sincerely,", 10), ("Lucía Fernández Ortega", 10)]
    (section,) = split_packet(read_pages(open_packet(_pdf(tmp_path / "declaration.pdf", [page]))), [],
                              get_programme("aim-china"))
    assert section.type == "funding_declaration"
    assert not any("motivation" in e for e in section.evidence), section.evidence


def test_letters_in_the_languages_of_central_and_northern_europe(tmp_path):
    """A Czech referee and a Ukrainian applicant write as referees and applicants do everywhere: a salutation
    ("Vážení členové hodnotící komise," "Шановні члени комісії,"), a closing ("S pozdravem", "З повагою"),
    "doporučuji" (I recommend), and who speaks in their language's pronouns; Ukrainian is told from Russian."""
    czech = [("Vážení členové hodnotící komise,", 10),
             *_body(
                 "s potěšením doporučuji MUDr. Kristýnu Horákovou, která na naší klinice působí od roku 2017. "
                 "Oceňuji její pečlivost a samostatnost; její práce v hrudním zobrazování je vynikající a jí "
                 "svěřuji i výuku mladších kolegů. Jsem přesvědčen, že stáž jí umožní získat zkušenosti, které "
                 "po návratu uplatní. Proto ji bez výhrad doporučuji."),
             ("", 10), ("S pozdravem", 10), ("prof. MUDr. Miloslav Roček", 10), ("přednosta kliniky", 10)]
    ukrainian = [("Шановні члени комісії,", 10),
                 *_body(
                     "я лікар-рентгенолог у Львові, і мені дуже важлива ця стипендія. Мій досвід у нейрорадіології "
                     "включає щоденні дослідження МРТ, і я хочу поглибити мої знання у провідному центрі. Після "
                     "повернення я навчатиму моїх колег і впроваджу нові протоколи у моєму відділенні. Для мене "
                     "це велика можливість, і я вдячна за розгляд моєї заявки."),
                 ("", 10), ("З повагою", 10), ("Олена Коваленко", 10)]
    path = _pdf(tmp_path / "letters.pdf", [czech, ukrainian], unicode=True)
    sections = split_packet(read_pages(open_packet(path)), [], get_programme("exchange-fellowship"))
    assert [(s.type, s.language) for s in sections] == [("recommendation_letter", "cs"), ("motivation_letter", "uk")]


def test_a_europass_cv_in_swedish_is_a_cv_whatever_specialist_titles_it_lists(tmp_path):
    """Europass's headings in the applicant's language ("Arbetslivserfarenhet", "Utbildning", "Språkkunskaper")
    and its ISO dates ("2017-09 – 2022-08", "2022-09 → nu") make the CV, though it names a specialist title
    and a medical degree as a certificate does."""
    page = [("europass   Meritförteckning", 14), ("Personuppgifter", 12), ("Namn  Johanna Lindqvist", 10),
            ("Adress  Storgatan 41, Umeå", 10), ("Arbetslivserfarenhet", 12),
            ("Datum  2022-09 → nu   Specialistläkare i radiologi, Norrlands universitetssjukhus", 10),
            ("Datum  2017-09 – 2022-08   ST-läkare i radiologi, Norrlands universitetssjukhus", 10),
            ("Datum  2016-01 – 2017-08   AT-läkare, Sunderby sjukhus", 10), ("Utbildning", 12),
            ("Datum  2022-10   Specialistkompetens i radiologi (Socialstyrelsen)", 10),
            ("Datum  2010 – 2015   Läkarexamen, Umeå universitet", 10), ("Språkkunskaper", 12),
            ("Modersmål  svenska;  engelska C2, tyska B1", 10)]
    assert _types(_pdf(tmp_path / "europass.pdf", [page]), "icm-oncologic-imaging") == [("cv", 1, 1)]


def test_prose_in_the_first_person_after_a_cv_begins_a_letter(tmp_path):
    """No title, salutation or closing, no word of a motivation letter's vocabulary, and the dates of a
    training, as a CV has: a page that says "I" and "my" throughout, after the pages of a CV, begins the
    applicant's letter (a CV's pages hardly speak of anyone)."""
    letter = _body("As an attending radiologist in Chengdu I read forty cardiac CT and MRI examinations a day, "
                   "and I have long wished to see at first hand how a European centre organises its work. I trained "
                   "in the MD programme of my university (2011–2019) and in radiology (2019–2022), and a fellowship "
                   "introduced me to tissue characterisation, which has since become my main interest. My own study "
                   "of T1 mapping "
                   "was published last year. Back home I will set up a structured report for my colleagues "
                   "and I will teach it to my residents; with the host centre I would start a joint study.")
    assert _types(_pdf(tmp_path / "cv-then-prose.pdf", [*SPANISH_CV, letter]), "aim-china") == [
        ("cv", 1, 2), ("motivation_letter", 3, 3)]


def test_a_cvs_own_section_in_the_first_person_continues_the_cv(tmp_path):
    """A CV's page under a heading of its own ("Research interests") may speak in the first person; it is
    still the CV, not a letter."""
    research = [("Research interests", 14),
                *_body("My research began with my thesis on breast MRI (2019–2022), and I have since led my own "
                       "projects (2021–2024): I compare abbreviated protocols with full ones, and I study how my "
                       "colleagues read them. My "
                       "aim is a protocol I can offer my patients at half the time; I have presented my first "
                       "results and I am writing my second paper with my team.")]
    assert _types(_pdf(tmp_path / "cv-research.pdf", [SPANISH_CV[0], research])) == [("cv", 1, 2)]


def test_a_cover_letter_counted_on_from_its_cv_is_a_document_of_its_own(tmp_path):
    """A CV and its cover letter made as one file are numbered on through both ('3/3' on the letter): the
    salutation that opens the letter, and its words, outweigh the counter."""
    cv = [[*page, ("", 10), (f"{number}/3", 9)] for number, page in enumerate(SPANISH_CV, start=1)]
    letter = [("Lucía Fernández Ortega", 10), ("Valencia", 10), ("", 10), ("Estimados miembros del comité:", 10),
              *_body("Me dirijo a ustedes para solicitar la beca de intercambio. Durante mi residencia he trabajado "
                     "en imagen de mama y me gustaría ampliar mi formación en resonancia."),
              ("", 10), ("Atentamente,", 10), ("Lucía Fernández Ortega", 10), ("", 10), ("3/3", 9)]
    assert _types(_pdf(tmp_path / "cv-and-letter.pdf", [*cv, letter])) == [("cv", 1, 2), ("motivation_letter", 3, 3)]


def test_placeholder_latin_is_no_evidence_and_no_page_of_its_own(tmp_path):
    """'Sollicitudin' in Lorem ipsum is no application ('sollicit…' is a stem of the word in French and
    Dutch), and a page of placeholder text fills out the letter it stands in rather than standing alone."""
    lorem = LOREM + " Nam dui ligula, fringilla a, euismod sodales, sollicitudin vel, wisi. Morbi auctor lorem non justo."
    letter = [[("Sehr geehrte Damen und Herren,", 10), *_body(lorem)],
              [*_body(lorem), *_body(lorem)],
              [*_body(lorem), ("", 10), ("Mit freundlichen Grüßen", 10), ("Vorname Name", 10)]]
    sections = split_packet(read_pages(open_packet(_pdf(tmp_path / "placeholder.pdf", letter))), [],
                            get_programme("aim-china"))
    assert [(s.first_page, s.last_page) for s in sections] == [(1, 3)]
    assert not any("sollicit" in e for e in sections[0].evidence)


MODERNCV_WITH_LETTER = ROOT.parent / "shared" / "corpus" / "real" / "cv" / "moderncv-multibib-en.pdf"


@pytest.mark.skipif(not MODERNCV_WITH_LETTER.exists(), reason="the shared corpus of real documents is absent")
def test_the_cover_letter_of_a_latex_cv_is_the_applicants_motivation_letter():
    """moderncv's example: a CV, then the package's cover letter signed with the CV's name: no recommendation
    letter by the applicant (and no warning that its signer is no head of department)."""
    report = check_packet(MODERNCV_WITH_LETTER, get_programme("icm-oncologic-imaging"), as_of=AS_OF)
    assert [(s.type, s.first_page) for s in report.sections] == [("cv", 1), ("motivation_letter", 3)]
    assert "recommendation.author_role" not in {f.code for f in report.findings}


def test_a_cover_sheet_listing_the_documents_is_a_cover_page(tmp_path):
    cover = [("Application documents", 16), ("", 10), ("1. ESOR CV ............ 2", 10),
             ("2. Letter of motivation ............ 4", 10), ("3. Letters of recommendation ............ 5", 10),
             ("4. Board certificate ............ 7", 10), ("5. Passport copy ............ 8", 10)]
    assert _types(_pdf(tmp_path / "cover.pdf", [cover, *SPANISH_CV]))[0] == ("cover_page", 1, 1)


def test_the_first_document_a_cover_sheet_numbers_is_not_its_title(tmp_path):
    """Under a heading no list holds ("APPLICATION"), the first numbered item stands where a title would
    ("01 Letter of motivation"); it is an item of the list, and the page the list of the packet's contents.
    A checklist's own title ("CHECKLIST") above the documents it ticks stays its title."""
    cover = [("APPLICATION", 18), ("ESOR One-Year Fellowship", 12), ("Dr. Viktoria Petkova", 11), ("", 10),
             ("01  Letter of motivation", 11), ("02  ESOR CV", 11), ("03  List of publications", 11),
             ("04  Letter of recommendation", 11), ("05  Copy of passport", 11)]
    assert _types(_pdf(tmp_path / "cover.pdf", [cover, *SPANISH_CV]))[0] == ("cover_page", 1, 1)
    checklist = [("CHECKLIST", 18), ("Please tick each item.", 10), ("Application form, completed and signed", 10),
                 ("CV in the ESOR format", 10), ("Letter of motivation", 10), ("Two letters of support", 10)]
    assert _types(_pdf(tmp_path / "checklist.pdf", [checklist]), "bracco-fellowship")[0][0] == "checklist"


def test_a_bulgarian_specialist_certificate_is_a_board_certificate(tmp_path):
    """"Свидетелство за призната специалност" (certificate of a recognised specialty): the Cyrillic words of
    Bulgarian, Russian and Ukrainian specialist certificates are in schemas/documents.yaml."""
    page = [("МЕДИЦИНСКИ УНИВЕРСИТЕТ – СОФИЯ", 14), ("СВИДЕТЕЛСТВО", 20), ("ЗА ПРИЗНАТА СПЕЦИАЛНОСТ", 16),
            ("Име: Д-р Виктория Петкова", 10), ("Специалност: ОБРАЗНА ДИАГНОСТИКА", 10),
            ("Дата на изпита: 28.09.2023 г.", 10)]
    assert _types(_pdf(tmp_path / "svidetelstvo.pdf", [page], unicode=True), "icm-oncologic-imaging") == [
        ("board_certificate", 1, 1)]


def test_a_chinese_certificate_of_completed_residency_training_is_a_board_certificate(tmp_path):
    """"住院医师规范化培训合格证书" (certificate of passing standardised residency training): the Chinese words of
    a specialist's qualification are in schemas/documents.yaml, as an AIM China applicant encloses it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "certificate.pdf"
    drawing = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 80
    for text, size in [("住院医师规范化培训合格证书", 20), ("证书编号：3301202100001234", 10), ("姓名  李明", 11),
                       ("培训专业  放射科", 11), ("培训时间  2018年9月 至 2021年8月", 11),
                       ("该学员完成住院医师规范化培训，经考核合格，特发此证。", 11), ("浙江省卫生健康委员会", 11)]:
        drawing.setFont("STSong-Light", size)
        drawing.drawString(70, y, text)
        y -= size * 2
    drawing.showPage()
    drawing.save()
    assert _types(path, "aim-china") == [("board_certificate", 1, 1)]


def test_a_cv_whose_sections_include_papers_is_a_cv_not_a_list_of_publications(tmp_path):
    """A CV of one page under headings of its own ("Where I have worked", "Papers", "Societies", "Languages"):
    its papers are one of its sections, and count for less than on a list of publications alone."""
    page = [("Tomasz Wierzbicki, MD  ·  t.wierzbicki@example.pl  ·  Gdańsk", 11), ("", 10),
            ("Where I have worked", 13), ("2021 – now   Consultant radiologist, University Clinical Centre, Gdańsk", 10),
            ("2016 – 2021   Resident in radiology, Copernicus Hospital, Gdańsk", 10), ("", 10),
            ("How I trained", 13), ("2010 – 2016   Medical University of Gdańsk, physician diploma", 10), ("", 10),
            ("Papers", 13),
            ("1. Wierzbicki T, Nowak A, et al. Dual-energy CT of gout. Eur Radiol. 2022;32:1011-1019.", 10),
            ("2. Nowak A, Wierzbicki T. Cartilage mapping at 3 T. Insights Imaging. 2023;14:88.", 10),
            ("3. Wierzbicki T, Lis K. MRI of the wrist in athletes. Skeletal Radiol. 2024;53:301-309.", 10),
            ("4. Lis K, Wierzbicki T, et al. Ultrasound of the shoulder. J Ultrason. 2021;21:e210-e215.", 10), ("", 10),
            ("Languages", 13), ("Polish (native), English (C1), German (B1)", 10), ("", 10),
            ("Societies", 13), ("Polish Medical Society of Radiology; ESR member since 2019", 10)]
    assert _types(_pdf(tmp_path / "cv.pdf", [page], unicode=True), "exchange-fellowship") == [("cv", 1, 1)]


def test_lorem_ipsum_is_latin_not_english_nor_french():
    assert detect(LOREM).code == "la"


def test_a_german_cv_citing_english_articles_is_german():
    german = ("Ich habe Medizin an der Universität Heidelberg studiert und meine Facharztausbildung in der "
              "Radiologie am Klinikum Mannheim abgeschlossen. Seit 2021 arbeite ich als Oberärztin in der "
              "Abteilung für diagnostische Radiologie und leite die Sprechstunde für Mammadiagnostik.")
    citations = "\n".join([
        "Becker A, Wolf T, Smith J et al. Abbreviated breast MRI in screening. Eur Radiol 2021;31:1234-1242.",
        "Becker A, Jones R. Contrast-enhanced mammography for dense breasts. Radiology 2022;302:55-63.",
        "Wolf T, Becker A. Deep learning for lesion detection in breast MRI. Insights Imaging 2023;14:88.",
        "Becker A, Meyer K, Brown L. Outcomes of MRI-guided biopsy. AJR Am J Roentgenol 2020;215:1001-1009.",
        "Becker A et al. Radiation dose in tomosynthesis. Br J Radiol 2019;92:20190011.",
    ])
    assert detect(f"{german}\n{citations}").code == "de"


def test_two_documents_swapped_blame_the_second():
    """The document nearer the top stays; the other is out of place (one finding, not two)."""
    assert in_order([1, 0, 2, 3]) == {0, 2, 3}
    assert in_order([3, 0, 1, 2]) == {1, 2, 3}  # the last document moved to the top: it alone is out of place
    assert in_order([0, 1, 1, 2]) == {0, 1, 2, 3}


def test_an_unidentified_section_in_chinese_is_not_english():
    stem = ROOT / "sample_packets" / "varied" / "dev" / "aim-china" / "chinese-unidentified-page"
    truth = json.loads(stem.with_suffix(".truth.json").read_text(encoding="utf-8"))
    report = check_packet(stem.with_suffix(".pdf"), get_programme(truth["programme"]), as_of=as_of(truth))
    messages = [f.message for f in report.findings if f.code == "language.not_english"]
    assert any("a document not identified" in m and "Chinese" in m for m in messages), messages


def test_characters_outside_the_bmp_reach_the_report_whole():
    """pdfium lists a mathematical italic letter as two UTF-16 halves; the report must hold the letter, never a
    lone surrogate that no encoder accepts."""
    math = HOSTILE / "pdf.js" / "test" / "pdfs" / "bug1937438_af_from_latex.pdf"
    if not math.exists():
        pytest.skip("the shared hostile corpus is absent (../shared/corpus/hostile)")
    segments = [segment.text for segment in read_pages(open_packet(math))[0].segments]
    assert "Some inline math, let 𝑥 and 𝑦 satisfy 𝑥 > 𝑦." in segments
    report = check_packet(math, get_programme("aim-china"), as_of=dt.date(2026, 3, 1))
    json.dumps(report.to_dict(), ensure_ascii=False).encode("utf-8")
    assert not [s for s in report.sections if s.type == "cv"]


# The varied development packets and the packets of real documents, scored as tools/score_split.py does.
sys.path.insert(0, str(ROOT / "tools"))
import score_split  # noqa: E402


@pytest.mark.skipif(shutil.which("tesseract") is None,
                    reason="Tesseract is not installed: the truth of scanned pages assumes OCR (apt-get install tesseract-ocr)")
@pytest.mark.parametrize("set_name", ["varied-dev", "real", "real-files"])
def test_recognition_scores(set_name):
    tally = score_split.score_sets([set_name])[set_name].get(score_split.ALL_PACKETS)
    if tally is None:
        pytest.skip("the shared real corpus is absent (../shared/corpus/real)")
    figures = tally.figures()
    misses = "\n".join(tally.misses)
    assert figures["page_type_accuracy"] >= 0.99, misses
    assert figures["boundary_f1"] >= 0.99, misses
    assert tally.letters_right == tally.letters, misses
    assert tally.real_cvs_whole == tally.real_cvs, misses
    assert tally.lorem_not_english == tally.lorem, misses
    if set_name in ("varied-dev", "real-files"):
        assert figures["findings_and_status"] == 1.0, misses


def test_a_line_opens_with_the_first_listed_phrase_that_is_a_whole_word_or_cjk():
    starts = LineStart(["dear", "dear sir", "to whom", "尊敬的"])
    assert starts.match("dear sir or madam") == "dear"  # the list's order decides, as a regular expression's alternation
    assert starts.match("dear") == "dear"
    assert starts.match("dearest friend") is None  # a phrase ends on a word's end
    assert starts.match("to whom it may concern") == "to whom"
    assert starts.match("to the committee") is None
    assert starts.match("尊敬的评审委员会") == "尊敬的"  # Chinese puts no space after it
    assert LineStart([]).match("dear sir") is None
