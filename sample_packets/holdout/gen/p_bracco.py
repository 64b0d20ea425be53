"""Bracco Fellowship packets: application form, (clinical) confirmation letter, CV, motivation, two letters of support, checklist."""

from __future__ import annotations

from .common import checkbox
from .docs import (THEMES, Signer, cv_grid, cv_lines, cv_table, esc, letter, lh_bar, lh_centered, lh_logo, lh_private, plain,
                   seal_svg, signature_svg)
from .model import Doc, Packet
from .people import BASIC, SIMOES, TURCANU

P = "bracco-fellowship"

FORM_CSS = """
.fhead { display:flex; justify-content:space-between; align-items:flex-end; border-bottom: 2px solid #00539f; padding-bottom: 6px; }
.fhead .t { font-size: 1.35em; font-weight: bold; color: #00539f; }
table.form { width: 100%; border-collapse: collapse; margin-top: 10px; }
table.form td { border: 0.7pt solid #9aa; padding: 5px 7px; vertical-align: top; }
table.form td.l { width: 34%; background: #f1f5f9; font-size: .9em; }
.part { font-weight: bold; margin: 14px 0 2px; color: #00539f; }
"""


def application_form(p, track: str, centres: list[str], period: str, topic: str, signed: str, theme) -> str:
    boxes = " &nbsp; ".join(f"{checkbox(t == track)} {t.capitalize()} fellowship" for t in ("clinical", "management", "research"))
    rows1 = [("Surname", p.surname), ("First name(s)", p.given), ("Date of birth", p.dob.strftime("%d/%m/%Y")),
             ("Nationality", p.nationality), ("ESR membership number", p.esr_no), ("E-mail", p.email), ("Telephone", p.phone)]
    rows2 = [("Current position", p.position), ("Institution", p.institution), ("City / country", p.city_country),
             ("Board certification in radiology", p.board.split(",")[0])]
    cen = "".join(f"<tr><td class='l'>Training centre – choice {i}</td><td>{esc(c)}</td></tr>" for i, c in enumerate(centres, 1))
    body = f"""
<div class="fhead"><div class="t">Bracco Fellowship Programme<br><span style="font-size:.7em;color:#333">Application form</span></div>
<div class="small" style="text-align:right">European School of Radiology (ESOR)<br>in cooperation with Bracco Imaging</div></div>
<div class="part">A. Applicant</div>
<table class="form">{"".join(f"<tr><td class='l'>{k}</td><td>{esc(v)}</td></tr>" for k, v in rows1)}</table>
<div class="part">B. Professional details</div>
<table class="form">{"".join(f"<tr><td class='l'>{k}</td><td>{esc(v)}</td></tr>" for k, v in rows2)}</table>
<div class="part">C. Fellowship applied for</div>
<table class="form"><tr><td class="l">Type</td><td>{boxes}</td></tr>{cen}
<tr><td class="l">Preferred period</td><td>{esc(period)}</td></tr>
<tr><td class="l">Topic / project</td><td>{esc(topic)}</td></tr></table>
<div class="part">D. Declaration</div>
<p class="small">I confirm that I am an active ESR member, that I am not older than 35 years at the time of application, that the
institutions chosen are outside my own country, and that I apply for one ESOR programme only.</p>
<table class="form"><tr><td class="l">Place, date</td><td>{esc(signed)}</td></tr>
<tr><td class="l">Signature</td><td>{signature_svg(p.full, 150, 38)}</td></tr></table>
"""
    return plain(theme, body, extra_css=FORM_CSS)


def checklist(p, track: str, theme, signed: str, style: str = "table") -> str:
    items = [("Application form, completed and signed", True),
             ("Confirmation letter(s) of the training centre (clinical fellowship only)", track == "clinical"),
             ("CV in the ESOR format", True), ("Letter of motivation", True), ("Two letters of support", True),
             ("This checklist", True), ("All documents merged into ONE single PDF (max. 8 MB)", True),
             ("Active ESR membership for the current year", True)]
    if style == "table":
        lst = ('<table class="box"><tr><th style="width:8%">✓</th><th>Document / requirement</th></tr>'
               + "".join(f"<tr><td>{checkbox(c)}</td><td>{esc(t)}{'' if c or track == 'clinical' else ' – not applicable'}</td></tr>" for t, c in items)
               + "</table>")
    else:
        lst = "".join(f"<p>{checkbox(c)} &nbsp;{esc(t)}{'' if c or track == 'clinical' else ' (n/a)'}</p>" for t, c in items)
    body = f"""
<h1 class="t">CHECKLIST</h1>
<p class="muted">Bracco Fellowship Programme – {track} fellowship · applicant: {esc(p.full)}</p>
<p>Please tick each item and include this checklist as the last page of your application.</p>
{lst}
<p style="margin-top:18px">{esc(signed)}</p>{signature_svg(p.full, 140, 36)}<p>{esc(p.full)}</p>
"""
    return plain(theme, body)


# ---------------------------------------------------------------- Mariana Gonçalves Simões (clinical)

def simoes_docs():
    form = Doc("application_form", application_form(
        SIMOES, "clinical", ["Karolinska University Hospital, Stockholm, Sweden – Breast Radiology",
                             "Radboud University Medical Center, Nijmegen, the Netherlands"],
        "1 March – 30 April 2025", "Contrast-enhanced mammography and MRI-guided breast biopsy", "Coimbra, 28 November 2024",
        THEMES["noto-sans"]), pages=1, label="application form")
    confirm = Doc("confirmation_letter", letter(
        THEMES["liberation-sans"], lh_logo("K", "Karolinska University Hospital", "Breast Radiology, Department of Imaging and Physiology",
                                           ["Eugeniavägen 3, 171 64 Solna, Sweden", "www.karolinska.se"], "#4f0433", "circle"),
        [
            "Confirmation of clinical training – Bracco Fellowship Programme",
            f"We confirm that {SIMOES.dr}, consultant radiologist at the Hospitais da Universidade de Coimbra, Portugal, has been "
            "accepted for a two-month clinical fellowship in our breast radiology unit from 1 March to 30 April 2025, should her "
            "application to the Bracco Fellowship Programme be successful.",
            "During her stay Dr Gonçalves Simões will take part in the reading of screening and diagnostic mammography and "
            "contrast-enhanced mammography, attend the multidisciplinary breast conferences, and observe and, under supervision, "
            "assist in stereotactic, ultrasound-guided and MRI-guided biopsies. Dr Emelie Sjöberg, senior consultant, will be her "
            "supervisor.",
            "She will have observer status with access to our PACS through a guest account; she will not be responsible for "
            "signing reports. No fee is charged by the hospital.",
        ], Signer("Dr Helena Ångström", ["Head of Breast Radiology", "Karolinska University Hospital"], "helena.angstrom@karolinska-breast.se"),
        date="Solna, 21 November 2024", recipient=["ESOR Office", "Bracco Fellowship Programme", "Am Gestade 1, 1010 Vienna, Austria"],
        salutation="To the ESOR Office,", closing="Kind regards,", date_after_recipient=False), pages=1, label="confirmation letter of the host centre")
    cv = Doc("cv", cv_grid(THEMES["noto-sans"].but(accent="#0b6e4f"), SIMOES, prefix="{i} · "), pages=2, label="ESOR CV (grid)")
    motivation = Doc("motivation_letter", letter(
        THEMES["noto-serif"], lh_private([SIMOES.dr, SIMOES.address, SIMOES.email]),
        [
            "I am applying for a two-month clinical fellowship in breast imaging, with Karolinska University Hospital as my first choice.",
            "I finished my residency in April 2023 and now work in the breast unit of the Hospitais da Universidade de Coimbra. Our "
            "unit serves the central region of Portugal and has just started to offer contrast-enhanced mammography (CEM) to women "
            "with dense breasts and to patients whose MRI is contraindicated. I was asked to lead this project, and after the "
            "first year I have a clear picture of what we still lack: experience with CEM-guided biopsy, a structured way to "
            "report background enhancement, and an MRI-guided biopsy service, which today obliges us to send patients to Lisbon.",
            "Karolinska has years of experience with all three, and it combines them with a large screening programme. Seeing how "
            "the team organises biopsy lists, how CEM and MRI findings are discussed at the multidisciplinary conference and how "
            "junior consultants are supervised would help me to build the same pathways at home.",
            "After the fellowship I will present a proposal for an MRI-guided biopsy service to our hospital board, and I will "
            "share what I learn with the residents of our department and at the Portuguese breast imaging meeting.",
            "I am grateful for the opportunity to apply and for your consideration.",
        ], Signer(SIMOES.dr, ["Consultant Radiologist"]), date="Coimbra, 28 November 2024",
        salutation="Dear Selection Committee,", closing="With best regards,"), pages=1, label="motivation letter")
    huc = lh_centered("Unidade Local de Saúde de Coimbra", ["Hospitais da Universidade de Coimbra · Serviço de Imagem Médica",
                                                           "Praceta Prof. Mota Pinto, 3004-561 Coimbra, Portugal"], THEMES["noto-serif"])
    sup1 = Doc("recommendation_letter", letter(
        THEMES["noto-serif"], huc,
        [
            "Letter of support – Dr Mariana Gonçalves Simões",
            "As Head of the Department of Medical Imaging of the Hospitais da Universidade de Coimbra, I am writing in support of "
            "Dr Gonçalves Simões's application to the Bracco Fellowship Programme.",
            "I have known her since she joined our residency programme in 2019. She was an excellent resident, and since becoming a "
            "consultant she has taken on responsibilities beyond what is usually expected at her stage: she coordinates the "
            "introduction of contrast-enhanced mammography in our breast unit and represents the department in the regional "
            "screening working group.",
            "The department supports the proposed fellowship at Karolinska without reservation. The skills she would acquire, in "
            "particular MRI-guided biopsy, correspond to a service we intend to open in 2025. Her clinical duties during the two "
            "months will be covered by colleagues.",
            "I have no hesitation in supporting her application.",
        ], Signer("Prof. Doutor Rui Almeida Tavares", ["Head of Department (Diretor de Serviço), Medical Imaging",
                                                       "Hospitais da Universidade de Coimbra"]),
        date="Coimbra, 25 November 2024", salutation="Dear Members of the Selection Committee,", closing="Yours sincerely,"),
        pages=1, label="letter of support (head of department)")
    sup2 = Doc("recommendation_letter", letter(
        THEMES["noto-serif"], huc,
        [
            "I am the coordinator of the breast imaging unit in which Dr Mariana Gonçalves Simões works, and I have supervised her "
            "daily work for almost three years.",
            "She is a careful, confident reader of screening mammograms and an unusually good communicator with patients, which "
            "matters a great deal in a breast unit. Her first study on contrast-enhanced mammography in dense breasts was "
            "published this year, and she presented our intra-individual comparison of CEM and MRI at the EUSOBI meeting.",
            "She asked for my opinion before choosing a host centre, and I believe her choice is well thought out. I am confident "
            "she will return with knowledge that the whole unit will benefit from, and I support her application warmly.",
        ], Signer("Dra. Teresa Ferreira", ["Senior Consultant Radiologist", "Coordinator, Breast Imaging Unit"], "teresa.ferreira@chuc-mama.pt"),
        date="26 November 2024", salutation="To the Bracco Fellowship Committee,", closing="Best regards,"),
        pages=1, label="letter of support (unit coordinator)")
    check = Doc("checklist", checklist(SIMOES, "clinical", THEMES["noto-sans"], "Coimbra, 28 November 2024"), pages=1, label="checklist")
    return form, confirm, cv, motivation, sup1, sup2, check


def simoes_packets():
    form, confirm, cv, motivation, sup1, sup2, check = simoes_docs()
    return [
        Packet(P, "complete-clinical", "Complete clinical-track packet: application form, the host centre's confirmation letter "
               "(Karolinska), CV as a two-column grid, motivation letter, two letters of support on the same Coimbra letterhead, "
               "checklist.", [form, confirm, cv, motivation, sup1, sup2, check], track="clinical"),
        Packet(P, "wrong-order", "The same clinical-track documents with the ESOR CV placed before the confirmation letter of the "
               "training centre.", [form, cv, confirm, motivation, sup1, sup2, check], status="incomplete",
               expected_findings=["document.order"], track="clinical"),
    ]


# ---------------------------------------------------------------- Ioana Țurcanu (research), long letter of support

def turcanu_packets():
    form = Doc("application_form", application_form(
        TURCANU, "research", ["UZ Leuven / KU Leuven, Belgium – Department of Radiology (abdominal and GU imaging)"],
        "September – December 2025 (4 months)", "External validation of a deep-learning model for prostate MRI quality (PI-QUAL)",
        "Cluj-Napoca, 2 December 2024", THEMES["dejavu-sans"]), pages=1, label="application form")
    cv = Doc("cv", cv_table(THEMES["dejavu-sans"], TURCANU, shade="#ece8f5"), pages=2, label="ESOR CV (tables)")
    motivation = Doc("motivation_letter", letter(
        THEMES["dejavu-serif"], "",
        [
            "Letter of motivation – Bracco research fellowship",
            "For the last three years my doctoral work has dealt with a practical problem: many prostate MRI examinations sent to "
            "our centre are of insufficient quality to be read with confidence, and nobody measures it systematically. I have "
            "trained a segmentation model and a quality classifier on our data, but a model trained in one region on a limited "
            "number of scanners proves very little.",
            "A four-month research fellowship at KU Leuven would allow me to validate the model on an external, multi-vendor data "
            "set, under the guidance of a group with a long record in prostate MRI and in the evaluation of AI tools. I also want "
            "to learn how a large European department governs research data: pseudonymisation, data-transfer agreements, and "
            "the way radiologists annotate data at scale.",
            "My department has granted me leave, and my supervisor has agreed that the results will form the final chapter of my "
            "thesis. Back in Cluj I will use what I learn to set up a quality-feedback loop with the referring imaging centres "
            "in our region.",
            "Thank you for considering my application.",
        ], Signer(TURCANU.dr, ["Specialist Radiologist, PhD student"]), date="2 December 2024",
        salutation="Dear members of the selection committee,", closing="Sincerely,", date_right=False), pages=1, label="motivation letter")
    umf = lh_bar("“Iuliu Hațieganu” University of Medicine and Pharmacy", "Department of Radiology · Cluj County Emergency Clinical Hospital",
                 ["Str. Clinicilor 3–5, 400006 Cluj-Napoca, Romania", "radiologie@umfcluj-rad.ro"], "#7b2cbf")
    sup1 = Doc("recommendation_letter", letter(
        THEMES["letter-times"].but(page="A4", size="12pt"), umf,
        [
            f"I have been asked by {TURCANU.dr} to support her application for a Bracco research fellowship, and I do so gladly. "
            "I am her doctoral supervisor and, as head of our department, I have followed her training since her first year of "
            "residency in 2019.",
            "Dr Țurcanu's doctoral project addresses the quality of prostate MRI, a subject that is both clinically relevant and "
            "methodologically demanding. In a region where prostate MRI is performed in more than twenty public and private "
            "centres with very different equipment, the variability in image quality is considerable, and it has direct "
            "consequences for biopsy decisions. She saw the problem during her residency, formulated it as a research question "
            "and has carried it forward with remarkable independence.",
            "In the first part of the project she organised a multi-reader study of PI-QUAL scores with six radiologists, which "
            "showed only moderate agreement and was published in the European Journal of Radiology. She then taught herself the "
            "necessary programming, trained a segmentation network on more than 900 examinations, and built a quality "
            "classifier on top of it. I have seen many residents start an AI project; few finish one, and fewer still do so "
            "with the critical attitude she brings to her own results.",
            "The obvious weakness of the work so far is that all data come from our own region. An external validation in a "
            "centre with a different patient population and different scanners is therefore the logical next step, and the "
            "group in Leuven is ideally placed to provide it. The four months she proposes are realistic for the amount of "
            "work planned, and she has already prepared the ethics documentation.",
            "Clinically she is a reliable and well-liked colleague. She reports genitourinary MRI and CT independently and "
            "teaches the younger residents in the weekly GU conference. Her English is fluent, and she has presented at ECR "
            "and ESUR without difficulty.",
            "Our department will keep her position and salary during the fellowship and will ensure that the results are "
            "used in our clinical practice when she returns. I expect that the collaboration could continue beyond the "
            "fellowship itself.",
            "For all these reasons I support her application in the strongest terms. Please do not hesitate to contact me if "
            "further information is needed.",
        ], Signer("Prof. Dr. Radu Bălan", ["Head of the Department of Radiology", "“Iuliu Hațieganu” University of Medicine and Pharmacy"],
                  "radu.balan@umfcluj-rad.ro"),
        date="Cluj-Napoca, 29 November 2024", salutation="Dear Colleagues,", closing="Yours sincerely,", align="justify"),
        pages=2, label="letter of support over two pages, no page numbers, signature on page 2", last_page_has="Radu Bălan")
    sup2 = Doc("recommendation_letter", letter(
        THEMES["noto-sans"], lh_logo("CC", "Cluj County Emergency Clinical Hospital", "Urology Clinic",
                                     ["Str. Clinicilor 4–6, Cluj-Napoca", "Romania"], "#3a5a40", "square"),
        [
            "Letter of support for Dr Ioana Țurcanu",
            "As a urologist who works with Dr Țurcanu every week in the prostate cancer board, I would like to add a clinical "
            "perspective to her application.",
            "Her MRI reports changed the way our clinic plans targeted biopsies. She always states whether an examination is of "
            "sufficient quality, and when it is not she says so and proposes a repeat examination. This simple habit has spared "
            "patients unnecessary biopsies.",
            "Her project on automated quality assessment is exactly what our regional network needs. I am pleased to support "
            "her application for the Bracco research fellowship.",
        ], Signer("Conf. Dr. Andrei Moldovan", ["Consultant Urologist, Associate Professor", "Urology Clinic, Cluj County Emergency Clinical Hospital"]),
        date="30 November 2024", salutation="To whom it may concern,", closing="Best wishes,"), pages=1, label="letter of support (urologist)")
    check = Doc("checklist", checklist(TURCANU, "research", THEMES["dejavu-sans"], "Cluj-Napoca, 2 December 2024", style="lines"),
                pages=1, label="checklist")
    return [Packet(P, "complete-research", "Complete research-track packet (no confirmation letter needed): the head of "
                   "department's letter of support runs over two pages without page numbers, its signature on page 2; the second "
                   "letter comes from a urologist.", [form, cv, motivation, sup1, sup2, check], track="research")]


# ---------------------------------------------------------------- Nikša Bašić (management), one letter of support only

def basic_packets():
    t = THEMES["liberation-serif"].but(size="11pt")
    form = Doc("application_form", application_form(
        BASIC, "management", ["Universitätsspital Basel, Switzerland – Department of Radiology (management and operations)",
                              "Erasmus MC, Rotterdam, the Netherlands – Department of Radiology & Nuclear Medicine"],
        "April – May 2025", "Scheduling, protocol governance and key performance indicators in a university radiology department",
        "Split, 5 December 2024", t.but(size="10pt")), pages=1, label="application form")
    cv = Doc("cv", cv_lines(t, BASIC, upper=False, numbering="Section {i}: ", label_style="font-style:italic;",
                            sec_style="border-bottom:1px solid #777;", exp_style="fields"), pages=2, label="ESOR CV (lines)")
    motivation = Doc("motivation_letter", letter(
        t, lh_private([BASIC.dr, "Clinical Department of Diagnostic and Interventional Radiology", "University Hospital of Split, Croatia"]),
        [
            "Dear Sir or Madam,",
            "Radiology departments in Croatia are run by radiologists who have never been trained to manage. I am one of them: "
            "eighteen months ago I was asked to become deputy head of our CT unit, which runs five scanners around the clock, and "
            "I learned scheduling, staffing and budgeting by trial and error.",
            "Some things went well. A protocol-harmonisation programme I led reduced dose indices across our scanners and was "
            "published last year. Other things did not: our outpatient waiting time for CT is still over six weeks, and we have no "
            "reliable key performance indicators to show the hospital management where the bottlenecks are.",
            "A two-month management fellowship in a department such as Basel's, known for its work on operational efficiency, "
            "would show me how these problems are handled with data and with clear governance. I am particularly interested in "
            "capacity planning, in how protocols are owned and reviewed, and in how the department reports its performance.",
            "On my return, my head of department has asked me to draft a reorganisation plan for the CT and MRI units. I intend to "
            "base it on what I learn during the fellowship.",
        ], Signer(BASIC.dr, ["Radiologist, deputy head of CT unit"]), date="Split, 5 December 2024", closing="Yours faithfully,"),
        pages=1, label="motivation letter")
    sup = Doc("recommendation_letter", letter(
        t, lh_centered("KLINIČKI BOLNIČKI CENTAR SPLIT", ["University Hospital of Split · Clinical Department of Diagnostic and Interventional Radiology",
                                                          "Spinčićeva 1, 21000 Split, Croatia"], t),
        [
            "Re: Dr Nikša Bašić – Bracco Fellowship Programme (management)",
            "Please consider this letter as my full support for Dr Bašić's application.",
            "Dr Bašić trained in our department and has worked here as a radiologist since 2021. In 2022 I appointed him deputy "
            "head of our CT unit, a demanding role that he has filled with energy and common sense. He has shown a real talent "
            "for organisation: he redesigned the on-call rota, introduced a protocol review meeting and led the dose-harmonisation "
            "project that reduced radiation exposure across our five scanners.",
            "Our department needs radiologists who can manage, and there is no formal training for this in our country. A "
            "fellowship focused on management would therefore be of great value to him and to our hospital. I intend to give him "
            "a leading role in the reorganisation of our CT and MRI services in 2025.",
            "I recommend him warmly.",
        ], Signer("Prof. dr. sc. Ivo Perić", ["Head of Department", "Clinical Department of Diagnostic and Interventional Radiology, KBC Split"]),
        date="3 December 2024", salutation="Dear Members of the Committee,", closing="Sincerely,"), pages=1, label="single letter of support")
    check = Doc("checklist", checklist(BASIC, "management", t, "Split, 5 December 2024"), pages=1, label="checklist")
    return [Packet(P, "one-letter-of-support", "Management-track packet with a single letter of support where two are required; "
                   "CV with 'Section n:' headings and 'label: value' lines.", [form, cv, motivation, sup, check],
                   status="incomplete", expected_findings=["document.too_few"], track="management")]


def packets():
    return simoes_packets() + turcanu_packets() + basic_packets()
