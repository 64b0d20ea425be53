"""Institut du Cancer de Montpellier packets: nine documents in the order of the 2023 call."""

from __future__ import annotations

from . import countries
from .common import (cambridge_c1, ielts, invoice_lt, membership_account, membership_certificate, membership_email,
                     publication_list, reference_list, toefl)
from .docs import (THEMES, Signer, cert_foot, certificate, cv_grid, cv_lines, cv_table, data_table, esc, letter, lh_bar,
                   lh_centered, lh_logo, lh_private, passport_page, plain, seal_svg, signature_svg)
from .model import Doc, Packet
from .people import DVORAKOVA, POELTL, ZUKAUSKIENE

P = "icm-oncologic-imaging"

# ---------------------------------------------------------------- Kateřina Dvořáková (Czech Republic)


def dvorakova_docs():
    p = DVORAKOVA
    t = THEMES["dejavu-sans"].but(accent="#6a040f")
    motivation = Doc("motivation_letter", letter(
        THEMES["dejavu-serif"], lh_private([p.dr, "Masaryk Memorial Cancer Institute", "Žlutý kopec 7, 656 53 Brno", p.email]),
        [
            "Application for the clinical/research fellowship in oncologic imaging, Institut du Cancer de Montpellier",
            "Since the beginning of my residency I have worked in a cancer centre, and oncologic imaging is the only field I have "
            "ever wanted to practise. At the Masaryk Memorial Cancer Institute I report staging and response CT and MRI for "
            "gynaecological, gastrointestinal and skin cancers, and I take part in four multidisciplinary boards a week.",
            "<b>Previous experience in the field.</b> My research has two lines. The first concerns response assessment: I "
            "studied pseudoprogression under immunotherapy in melanoma and wrote a teaching review on RECIST pitfalls that we use "
            "to train residents. The second is CT radiomics: with our physics group I showed that omental radiomic features "
            "predict suboptimal cytoreduction in ovarian cancer, and we examined how reconstruction kernels affect feature "
            "reproducibility. During an Erasmus+ observership in Stockholm I also learned how a large centre organises "
            "structured oncologic reporting.",
            "<b>Why Montpellier.</b> The call asks for a track record in image analysis, and this is where I believe I can "
            "contribute. At the same time I want to learn from a team that has taken quantitative imaging into clinical trials, "
            "with standardised acquisitions and central reading. I would like to take part in that work and in the clinical "
            "routine of a French comprehensive cancer centre.",
            "I completed my board certification in June 2022, I am a full ESR member and my IELTS result is enclosed. I thank the "
            "Committee for considering my application.",
        ], Signer(p.dr, ["Radiologist"]), date="Brno, 6 February 2023", salutation="Dear Members of the Selection Committee,",
        closing="Yours sincerely,", align="justify"), pages=1, label="motivation letter")
    cv = Doc("cv", cv_lines(t, p, upper=False, numbering="{i}. ", label_style="font-weight:bold;color:#6a040f;",
                            sec_style="font-size:1.1em;border-bottom:1.5px solid #6a040f;"), pages=2, label="ESOR CV (lines)")
    rec = Doc("recommendation_letter", letter(
        THEMES["noto-sans"], lh_logo("MOÚ", "Masarykův onkologický ústav", "Masaryk Memorial Cancer Institute · Department of Radiology",
                                     ["Žlutý kopec 7, 656 53 Brno", "Czech Republic"], "#6a040f", "shield"),
        [
            f"To whom it may concern,",
            f"I am pleased to support the application of {p.dr} for the one-year fellowship in oncologic imaging at the Institut "
            "du Cancer de Montpellier. I have been Head of the Department of Radiology at the Masaryk Memorial Cancer Institute "
            "since 2014 and have supervised Dr Dvořáková since she joined us as a resident.",
            "She is among the most talented young radiologists I have trained. Her reports are precise and her judgement in "
            "response assessment is trusted by our oncologists. She combines this clinical strength with a real aptitude for "
            "quantitative imaging: her radiomics work in ovarian cancer was carried out with our physics group and published in "
            "European Radiology, and she has become the person our team turns to when a study involves image analysis.",
            "She is also an excellent colleague, patient with residents and generous with her time.",
            "I am convinced that she would make the most of a year in Montpellier, and I recommend her without reservation.",
        ], Signer("Prof. MUDr. Marek Svoboda, Ph.D.", ["Head of Department (přednosta)", "Department of Radiology, Masaryk Memorial Cancer Institute"]),
        date="Brno, 1 February 2023", closing="Yours faithfully,"), pages=1, label="recommendation (head of department)")
    board = Doc("board_certificate", certificate(THEMES["liberation-serif"].but(accent="#11457e"), f"""
<div class="number">Č. j.: MZDR 31577/2022-3/ONP</div>
<div class="issuer">Česká republika – Ministerstvo zdravotnictví<small>Palackého náměstí 375/4 · 128 01 Praha 2</small></div>
<h1>DIPLOM o specializaci</h1>
<div class="text">Ministerstvo zdravotnictví České republiky osvědčuje, že</div>
<div class="holder">MUDr. {esc(p.given)} {esc(p.surname)}</div>
<div class="text">narozena 21. 8. 1991, složila dne <b>14. června 2022</b> atestační zkoušku a získala specializovanou způsobilost
k výkonu povolání lékaře v oboru</div>
<div class="holder" style="font-size:1.3em">RADIOLOGIE A ZOBRAZOVACÍ METODY</div>
<div class="text">Zkouška byla vykonána před atestační komisí Institutu postgraduálního vzdělávání ve zdravotnictví.</div>
{cert_foot('<span class="small">V Praze dne 20. června 2022</span>', "ředitel odboru", "Ministerstvo zdravotnictví", seal_svg("mzcr", "ČR", 88, "#11457e"))}
""", border="3px double #11457e", lang="cs"), lang="cs", pages=1, label="board certificate (Czech)")
    lang = Doc("language_certificate", ielts(p, date="10/09/2022", centre="CZ006 – British Council Prague", trf="22CZ006518DVOK001A",
                                             scores=("8.0", "8.0", "6.5", "7.0"), overall="7.5", cefr="C1"), pages=1, label="IELTS")
    pubs = Doc("publication_list", publication_list(p, THEMES["dejavu-sans"], heading="<h1 class='t'>List of five most important publications</h1>",
                                                   intro="International peer-reviewed journals; first or co-authorship.", style="ol"),
               pages=1, label="publication list")
    refs = Doc("reference_list", reference_list(THEMES["dejavu-sans"], "<h1 class='t'>List of references</h1>", [
        dict(name="Prof. MUDr. Marek Svoboda, Ph.D.", role="Head of the Department of Radiology", address=["Masaryk Memorial Cancer Institute", "Žlutý kopec 7, 656 53 Brno"],
             email="marek.svoboda@mou-radiologie.cz", phone="+420 543 131 111", relation="Head of department"),
        dict(name="MUDr. Lenka Hrubá, Ph.D.", role="Medical physicist and radiologist, quantitative imaging group", address=["Masaryk Memorial Cancer Institute, Brno"],
             email="lenka.hruba@mou-radiologie.cz", phone="+420 543 133 020", relation="Co-author, radiomics projects"),
        dict(name="MUDr. Jan Fiala", role="Consultant Oncologist, Department of Comprehensive Cancer Care", address=["Masaryk Memorial Cancer Institute, Brno"],
             email="jan.fiala@mou-onkologie.cz", phone="+420 543 136 200", relation="Clinical collaborator, melanoma board"),
    ], layout="table"), pages=1, label="reference list")
    member = Doc("membership_proof", membership_email(p, 2023, "Full Member", "Wednesday, 11 January 2023 08:17", "10 January 2023"),
                 pages=1, label="ESR membership e-mail")
    passport = Doc("passport_copy", passport_page(THEMES["dejavu-sans"], p, countries.CZE, caption="Cestovní pas – kopie / Passport copy",
                                                  bg="#f4efe9"), pages=1, label="passport (CZE)")
    return motivation, cv, rec, board, lang, pubs, refs, member, passport


def dvorakova_packets():
    motivation, cv, rec, board, lang, pubs, refs, member, passport = dvorakova_docs()
    return [
        Packet(P, "complete-czech", "Complete ICM packet: Czech specialisation diploma (Ministry of Health), IELTS, one "
               "recommendation from the head of department, membership e-mail, Czech passport page with rodné číslo in the MRZ.",
               [motivation, cv, rec, board, lang, pubs, refs, member, passport]),
        Packet(P, "missing-reference-list", "The same Czech ICM packet without the list of references.",
               [motivation, cv, rec, board, lang, pubs, member, passport], status="incomplete",
               expected_findings=["document.missing"]),
    ]


# ---------------------------------------------------------------- Sebastian Pöltl (Austria), two letters from Graz

def poeltl_packets():
    p = POELTL
    motivation = Doc("motivation_letter", letter(
        THEMES["liberation-sans"], lh_private([p.dr, p.address, p.email]),
        [
            "Letter of motivation – ESOR fellowship in oncologic imaging, Institut du Cancer de Montpellier",
            "My experience in oncologic imaging began in my second year of residency, when I joined the liver tumour board of "
            "our hospital as the radiology resident responsible for preparing cases. Since my board certification in October "
            "2021 I have worked as a consultant in the oncologic imaging team in Graz, where I report staging and follow-up CT "
            "and MRI, especially of the liver and pancreas, and perform image-guided biopsies.",
            "My research has focused on quantitative and AI-based image analysis. I led a reader study on the deep-learning "
            "detection of small pancreatic lesions and have worked on texture analysis of liver metastases and on spectral CT "
            "after chemoembolisation. Thirteen peer-reviewed publications have come from this work.",
            "I am applying to Montpellier because the fellowship combines clinical oncologic imaging with research in image "
            "analysis inside a dedicated cancer centre. I would like to contribute my experience with AI tools and learn how to "
            "bring quantitative biomarkers into clinical trials. My French is at B1 level and I am taking lessons to improve it "
            "before the fellowship begins.",
            "I hope to return to Graz with the experience needed to set up a quantitative imaging core for the oncology trials of "
            "our university.",
        ], Signer(p.dr, ["Facharzt für Radiologie"]), date="Graz, 9 February 2023", salutation="Dear Selection Committee,",
        closing="Kind regards,"), pages=1, label="motivation letter")
    cv = Doc("cv", cv_grid(THEMES["liberation-sans"].but(accent="#005f73", size="10pt"), p), pages=2, label="ESOR CV (grid)")
    graz = lh_bar("Medizinische Universität Graz", "Universitätsklinik für Radiologie · Department of Radiology",
                  ["Auenbruggerplatz 9, 8036 Graz, Austria", "Tel. +43 316 385 0"], "#005f73")
    rec1 = Doc("recommendation_letter", letter(
        THEMES["noto-serif"].but(size="11pt", line="1.5"), graz,
        [
            "Reference for Dr Sebastian Pöltl – ESOR fellowship in oncologic imaging, Montpellier",
            "Dear Members of the Selection Committee,",
            f"I have been asked to provide a reference for {p.dr}, who is applying for the one-year fellowship in oncologic "
            "imaging at the Institut du Cancer de Montpellier. As Head of the Department of Radiology of the Medical University of "
            "Graz I have known Dr Pöltl since he joined our residency programme in 2015, and I am glad to do so.",
            "Clinically, Dr Pöltl has developed into a very competent oncologic radiologist. He reports a large volume of staging "
            "and follow-up CT and MRI, mostly of the liver, biliary tree and pancreas, and he presents at the hepatobiliary and "
            "pancreatic tumour boards. The surgeons and oncologists value his reports for their clarity and for the attention "
            "he pays to the questions that determine treatment. He also performs CT- and ultrasound-guided biopsies "
            "independently.",
            "His main academic interest is quantitative image analysis. He initiated and coordinated a multi-reader study of "
            "deep-learning detection of small pancreatic lesions, which involved eight radiologists from three hospitals and "
            "was published in European Radiology. He has since become our department's reference person for the evaluation of "
            "AI software, and his critical view of vendors' claims has been very useful to us. His thirteen publications show a "
            "consistent line of research and an ability to complete projects.",
            "Dr Pöltl teaches medical students and residents and is a regular lecturer in our in-house course on oncologic "
            "imaging. He is reliable, well organised and pleasant to work with, and he has the respect of colleagues of all "
            "professions.",
            "The fellowship in Montpellier would allow him to extend his skills in an environment where quantitative imaging is "
            "integrated into clinical trials, which is exactly the direction we want to take in Graz. Our department will "
            "support him during and after the fellowship, and we plan to entrust him with the imaging core of our oncology "
            "trials on his return.",
            "I therefore recommend Dr Pöltl with great conviction.",
        ], Signer("Univ.-Prof. Dr. Andreas Reiter", ["Head of the Department of Radiology (Vorstand der Universitätsklinik für Radiologie)",
                                                     "Medical University of Graz"]),
        date="Graz, 6 February 2023", closing="Yours sincerely,", sig_on_new_page=True, align="justify"),
        pages=2, label="recommendation over two pages, signature on page 2", last_page_has="Andreas Reiter")
    rec2 = Doc("recommendation_letter", letter(
        THEMES["noto-serif"].but(size="11pt"), graz.replace("Universitätsklinik für Radiologie · Department of Radiology",
                                                            "Universitätsklinik für Innere Medizin · Division of Oncology"),
        [
            "Dear Colleagues,",
            "As Head of the Division of Oncology and chair of the gastrointestinal tumour board at the Medical University of Graz, "
            "I work with Dr Pöltl every week. I would like to support his application to the ESOR fellowship in Montpellier.",
            "Dr Pöltl's contributions to our board are always well prepared and precise. He understands the treatment decisions "
            "that depend on imaging and formulates his findings accordingly, which is not as common as one might think. He has also "
            "helped us to standardise response assessment in our trials.",
            "I am sure that a year at a comprehensive cancer centre such as the ICM will be of great benefit to him and to our "
            "cooperation in Graz. He has my warmest recommendation.",
        ], Signer("Univ.-Prof.in Dr.in Martina Gruber-Wenzl", ["Head of Department, Division of Oncology", "Department of Internal Medicine, Medical University of Graz"]),
        date="Graz, 7 February 2023", closing="With best regards,"), pages=1, label="recommendation (oncology head, same university)")
    board = Doc("board_certificate", certificate(THEMES["noto-serif"].but(accent="#8d0801"), f"""
<div class="number">Zl. FA-RAD 2021/2894</div>
<div class="issuer">Österreichische Ärztekammer<small>Weihburggasse 10–12 · 1010 Wien</small></div>
<h1>Facharztdiplom</h1>
<div class="text">Die Österreichische Ärztekammer bestätigt, dass</div>
<div class="holder">Dr. med. univ. {esc(p.given)} {esc(p.surname)}</div>
<div class="text">geboren am 8. Februar 1989, die Ausbildung zum Facharzt gemäß Ärztegesetz 1998 und der
Ärzteinnen-/Ärzte-Ausbildungsordnung 2015 absolviert und die Facharztprüfung erfolgreich abgelegt hat. Er ist berechtigt,
die Bezeichnung</div>
<div class="holder" style="font-size:1.3em">Facharzt für Radiologie</div>
<div class="text">zu führen.</div>
{data_table([("Datum der Anerkennung", "20. Oktober 2021"), ("Ausbildungsstätte", "LKH-Univ. Klinikum Graz"), ("Sonderfach", "Radiologie")])}
{cert_foot('<span class="small">Wien, am 27. Oktober 2021</span>', "Der Präsident", "Österreichische Ärztekammer", seal_svg("oeak", "ÖÄK", 86, "#8d0801"))}
""", lang="de"), lang="de", pages=1, label="board certificate (Austrian, German)")
    lang = Doc("language_certificate", cambridge_c1(p, date="December 2019", number="C1A-0772104", scale=188, grade="Grade C",
                                                    parts={"Reading": 190, "Use of English": 186, "Writing": 181, "Listening": 193, "Speaking": 190},
                                                    theme=THEMES["liberation-serif"]), pages=1, label="Cambridge C1 Advanced")
    pubs = Doc("publication_list", publication_list(p, THEMES["liberation-sans"], heading="<p class='t'>Five most relevant publications</p>",
                                                   style="plain", note="Impact factors and citation counts are available on request."),
               pages=1, label="publication list")
    refs = Doc("reference_list", reference_list(THEMES["liberation-sans"], "<p class='t'>References</p>", [
        dict(name="Univ.-Prof. Dr. Andreas Reiter", role="Head of the Department of Radiology", address=["Medical University of Graz", "Auenbruggerplatz 9, 8036 Graz, Austria"],
             email="andreas.reiter@uniklinik-graz-radiologie.at", phone="+43 316 385 13400", relation="Head of department"),
        dict(name="Univ.-Prof.in Dr.in Martina Gruber-Wenzl", role="Head of the Division of Oncology", address=["Medical University of Graz"],
             email="martina.gruber-wenzl@uniklinik-graz-onko.at", phone="+43 316 385 12500", relation="Chair of the GI tumour board"),
        dict(name="Assoz. Prof. Dr. Florian Kainz", role="Consultant Radiologist, abdominal imaging", address=["Medical University of Graz"],
             email="florian.kainz@uniklinik-graz-radiologie.at", phone="+43 316 385 13480", relation="Research supervisor"),
    ]), pages=1, label="reference list")
    member = Doc("membership_proof", membership_certificate(p, 2023, "Full Member", "16 January 2023", theme=THEMES["liberation-serif"]),
                 pages=1, label="ESR membership certificate")
    passport = Doc("passport_copy", passport_page(THEMES["liberation-sans"], p, countries.AUT, bg="#f7eeee",
                                                  caption="Reisepass – Datenseite (copy of passport)"), pages=1, label="passport (AUT)")
    return [Packet(P, "two-recommendations-signature-overflow", "Complete ICM packet: two recommendation letters back to back "
                   "on the Medical University of Graz letterhead (radiology and oncology heads); the first runs over two pages "
                   "with its closing and signature alone on page 2, no page numbers; Austrian Facharztdiplom in German.",
                   [motivation, cv, rec1, rec2, board, lang, pubs, refs, member, passport])]


# ---------------------------------------------------------------- Rūta Žukauskienė (Lithuania), invoice merged in

def zukauskiene_packets():
    p = ZUKAUSKIENE
    t = THEMES["noto-sans"].but(accent="#006a4e")
    motivation = Doc("motivation_letter", letter(
        t, "",
        [
            f"{esc(p.dr)} · {esc(p.institution)} · {esc(p.email)}",
            "Subject: Application – one-year fellowship in oncologic imaging, Institut du Cancer de Montpellier",
            "Dear Sir or Madam,",
            "I am a radiologist at Vilnius University Hospital Santaros Klinikos, where I completed my residency in January 2022. "
            "Most of my clinical work is in breast and gynaecological oncologic imaging: I report breast MRI, contrast-enhanced "
            "mammography and pelvic MRI, and I perform ultrasound-guided biopsies.",
            "My experience with image analysis comes from two projects. In the first, on triple-negative breast cancer, I measured "
            "the tumour–stroma ratio on MRI and related it to response to neoadjuvant chemotherapy. In the second I studied "
            "agreement between readers on the depth of myometrial invasion in endometrial cancer. Both made me aware of how much "
            "standardisation matters, and how little of it we have.",
            "The ICM fellowship would allow me to work in a centre where imaging biomarkers are developed and used in trials. I "
            "would like to learn methods for robust quantitative analysis and to see how a French cancer centre organises its "
            "breast and gynaecological pathways. I would then bring these methods back to our hospital, which is the national "
            "reference centre for gynaecological cancers in Lithuania.",
            "Thank you for your consideration.",
        ], Signer(p.dr, []), date="Vilnius, 10 February 2023", closing="Sincerely,"), pages=1, label="motivation letter")
    cv = Doc("cv", cv_table(t, p, shade="#e0efe9"), pages=2, label="ESOR CV (tables)")
    rec = Doc("recommendation_letter", letter(
        THEMES["noto-serif"], lh_logo("VUL", "Vilnius University Hospital Santaros Klinikos", "Centre of Radiology and Nuclear Medicine",
                                      ["Santariškių g. 2, LT-08661 Vilnius", "Lithuania"], "#006a4e", "circle"),
        [
            f"Recommendation for {p.dr}",
            "I am the Head of the Centre of Radiology and Nuclear Medicine at Vilnius University Hospital Santaros Klinikos, and I "
            "have supervised Dr Žukauskienė since she started her residency in 2016.",
            "Dr Žukauskienė is a dedicated oncologic radiologist with a particular strength in breast and pelvic MRI. She is "
            "meticulous, she follows her cases through to pathology, and her research on MRI biomarkers in breast cancer has been "
            "published in international journals. She is highly appreciated in our breast and gynaecological tumour boards.",
            "She is ready for a year of advanced training abroad, and the ICM fellowship fits her interests exactly. I recommend "
            "her strongly.",
        ], Signer("Prof. dr. Algirdas Jankauskas", ["Head of Department", "Centre of Radiology and Nuclear Medicine, Santaros Klinikos"]),
        date="Vilnius, 8 February 2023", salutation="Dear Selection Committee,", closing="Respectfully,"), pages=1, label="recommendation")
    board = Doc("board_certificate", certificate(THEMES["liberation-serif"].but(accent="#006a4e"), f"""
<div class="number">Registracijos Nr. MF-REZ-2022-0219</div>
<div class="issuer">Vilniaus universitetas<small>Medicinos fakultetas · M. K. Čiurlionio g. 21 · LT-03101 Vilnius</small></div>
<h1>Rezidentūros baigimo pažymėjimas</h1>
<div class="holder">{esc(p.given)} {esc(p.surname)}</div>
<div class="text">gimusi 1990 m. gruodžio 12 d., 2022 m. sausio 31 d. baigė rezidentūros studijų programą ir įgijo</div>
<div class="holder" style="font-size:1.3em">gydytojo radiologo</div>
<div class="text">profesinę kvalifikaciją. Rezidentūros trukmė – 4 metai.</div>
{cert_foot('<span class="small">Vilnius, 2022 m. vasario 7 d.</span>', "Dekanas", "Vilniaus universiteto Medicinos fakultetas", seal_svg("vu", "VU", 86, "#006a4e"))}
""", lang="lt"), lang="lt", pages=1, label="board certificate (Lithuanian)")
    invoice = Doc("unknown", invoice_lt(), lang="lt", pages=1, label="translation agency invoice (unrelated)")
    lang = Doc("language_certificate", toefl(p, date="November 19, 2022", reg="0000 0000 2317 5591", scores=(28, 27, 24, 27), total=106,
                                             cefr={"Reading": "C1", "Listening": "C1", "Speaking": "B2", "Writing": "C1", "Total": "C1"}),
               pages=1, label="TOEFL iBT")
    pubs = Doc("publication_list", publication_list(p, t, heading="<h2 class='t'>List of the five most relevant publications</h2>", style="table"),
               pages=1, label="publication list")
    refs = Doc("reference_list", reference_list(t, "<h2 class='t'>List of references</h2>", [
        dict(name="Prof. dr. Algirdas Jankauskas", role="Head, Centre of Radiology and Nuclear Medicine", address=["Vilnius University Hospital Santaros Klinikos", "Santariškių g. 2, LT-08661 Vilnius"],
             email="algirdas.jankauskas@santa-radiologija.lt", phone="+370 5 236 5000", relation="Head of department"),
        dict(name="Dr. Vytautas Petrauskas", role="Consultant Radiologist, breast imaging", address=["Vilnius University Hospital Santaros Klinikos"],
             email="vytautas.petrauskas@santa-radiologija.lt", phone="+370 5 236 5210", relation="Mentor, breast imaging"),
    ]), pages=1, label="reference list")
    member = Doc("membership_proof", membership_account(p, 2023, "Full Member", "Printed 09/02/2023 16:40",
                                                       [("2023", "EUR 170.00", "paid 05/01/2023"), ("2022", "EUR 165.00", "paid 20/01/2022")],
                                                       theme=THEMES["noto-sans"]), pages=1, label="MyESR account printout")
    passport = Doc("passport_copy", passport_page(t, p, countries.LTU, bg="#f3f6ef"), pages=1, label="passport (LTU)")
    return [Packet(P, "invoice-page", "Complete ICM packet with a Lithuanian translation-agency invoice merged in right after the "
                   "board certificate (a Lithuanian residency completion certificate); TOEFL, MyESR account printout.",
                   [motivation, cv, rec, board, invoice, lang, pubs, refs, member, passport],
                   expected_findings=["document.unclassified"])]


def packets():
    return dvorakova_packets() + poeltl_packets() + zukauskiene_packets()
