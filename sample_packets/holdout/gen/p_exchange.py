"""Exchange Programme for Fellowships packets: motivation, CV, board certificate, recommendation letter(s)."""

from __future__ import annotations

from .docs import (THEMES, Signer, cert_foot, certificate, cv_grid, cv_lines, cv_table, data_table, esc, letter, lh_bar,
                   lh_centered, lh_logo, lh_private, plain, seal_svg, signature_svg)
from .model import Doc, Packet
from .people import FAVRE, KOVARI, OSTERGAARD

P = "exchange-fellowship"
COMMITTEE = ["ESOR Evaluation Committee", "Exchange Programme for Fellowships", "European School of Radiology",
             "Am Gestade 1, 1010 Vienna, Austria"]

# ---------------------------------------------------------------- Søren Østergaard (EUSOBI)


def ostergaard_docs():
    motivation = Doc("motivation_letter", letter(
        THEMES["liberation-sans"], lh_private([OSTERGAARD.dr, OSTERGAARD.address, OSTERGAARD.email]),
        [
            "I wish to apply for the EUSOBI exchange fellowship, with three months of training in breast imaging, preferably at "
            "the Netherlands Cancer Institute, Amsterdam, or at the University Hospital of Vienna.",
            "I obtained my specialist authorisation in radiology in September 2022 and have worked since then in the breast "
            "imaging section of Aarhus University Hospital. The Central Denmark Region switched to tomosynthesis screening in "
            "2021 and introduced AI-supported reading in 2023; I was one of the radiologists who evaluated that change, and our "
            "first results on interval cancers have just been published.",
            "Where I have little experience is in the work-up that follows screening: MRI-guided biopsy, contrast-enhanced "
            "mammography for problem solving, and the imaging of high-risk women, who in Denmark are followed in only a few "
            "centres. Both preferred host centres offer exactly this experience in large volumes.",
            "I am a member of the ESR and of EUSOBI, fluent in English and have a working knowledge of German. After the "
            "fellowship I will return to Aarhus, where "
            "I have been asked to set up a high-risk MRI screening clinic together with our clinical genetics department.",
            "Thank you for considering my application.",
        ], Signer(OSTERGAARD.dr, ["Specialist Registrar, Department of Radiology, Aarhus University Hospital"]),
        date="Aarhus, 12 February 2024", recipient=COMMITTEE, salutation="Dear Members of the Evaluation Committee,",
        closing="Yours sincerely,"), pages=1, label="motivation letter")
    cv = Doc("cv", cv_table(THEMES["liberation-sans"], OSTERGAARD, shade="#f2e6e6"), pages=2, label="ESOR CV (tables)")
    cert = Doc("board_certificate", certificate(THEMES["noto-sans"].but(accent="#003366"), f"""
<div class="number">Authorisation ID 0KX7T · Case 2022-41-8813</div>
<div class="issuer">Danish Patient Safety Authority<small>Styrelsen for Patientsikkerhed · Islands Brygge 67 · 2300 Copenhagen S · Denmark</small></div>
<h1>Certificate of Specialist Authorisation</h1>
<div class="lead">This is to certify that</div>
<div class="holder">{esc(OSTERGAARD.full)}</div>
<div class="text">born {OSTERGAARD.dob.strftime('%d %B %Y')}, authorised physician, has been granted the right to use the title</div>
<div class="holder" style="font-size:1.3em">Specialist in Radiology</div>
<div class="text">(speciallæge i radiologi) pursuant to the Danish Authorisation Act, having completed the prescribed specialist
training programme in the Region of Central Denmark.</div>
{data_table([("Specialty", "Radiology (Radiologi)"), ("Date of specialist authorisation", "1 September 2022"),
             ("Training region", "Central Denmark (Region Midtjylland)"), ("Date of issue", "6 September 2022")])}
{cert_foot('<span class="small">Copenhagen</span>', "Authorisation Unit", "Danish Patient Safety Authority", seal_svg("dpsa", "DK", 86, "#003366"))}
"""), pages=1, label="board certificate (Danish authority, in English)")
    rec = Doc("recommendation_letter", letter(
        THEMES["noto-serif"], lh_logo("AUH", "Aarhus University Hospital", "Department of Radiology",
                                      ["Palle Juul-Jensens Boulevard 99", "8200 Aarhus N, Denmark"], "#003d73", "square"),
        [
            f"I am writing in my capacity as Head of the Department of Radiology at Aarhus University Hospital to recommend "
            f"{OSTERGAARD.dr} for the EUSOBI exchange fellowship.",
            "Dr Østergaard has been part of our department since 2017, first as a trainee and since 2022 as a specialist in the "
            "breast imaging section. He is a capable and conscientious radiologist, whose judgement in screening and diagnostic "
            "work is trusted by colleagues and surgeons alike.",
            "He has made a real contribution to the evaluation of AI-supported screening in our region. He handled the data "
            "collection with care, presented the results clearly at EUSOBI and remained critical about the limits of the "
            "technology. I consider this balance a sign of maturity.",
            "Our department plans to open a high-risk breast MRI clinic in 2025, and we would like Dr Østergaard to play a leading "
            "role in it. Three months in an experienced European breast centre would prepare him ideally for this task. I "
            "support his application without reservation.",
        ], Signer("Professor Anne Marie Kjærgaard, MD, DMSc", ["Head of Department", "Department of Radiology, Aarhus University Hospital"]),
        date="9 February 2024", recipient=COMMITTEE, salutation="Dear Evaluation Committee,", closing="Yours sincerely,"),
        pages=1, label="recommendation (head of department)")
    return motivation, cv, cert, rec


def ostergaard_packets():
    motivation, cv, cert, rec = ostergaard_docs()
    return [
        Packet(P, "complete-eusobi", "Complete EUSOBI exchange packet: motivation letter, CV as tables, a Danish specialist "
               "authorisation issued in English, one recommendation from the head of department.", [motivation, cv, cert, rec]),
        Packet(P, "missing-board-certificate", "The same EUSOBI packet without the certificate of board certification.",
               [motivation, cv, rec], status="incomplete", expected_findings=["document.missing"]),
    ]


# ---------------------------------------------------------------- Zoltán Kővári (ESSR), two letters from Semmelweis

def kovari_packets():
    t = THEMES["dejavu-serif"]
    motivation = Doc("motivation_letter", letter(
        t, "",
        [
            "Application for the ESSR Exchange Fellowship",
            "My clinical and research interest is the imaging of the ankle and foot, including peripheral nerve imaging. In "
            "Budapest I report musculoskeletal MRI for the orthopaedic and sports medicine clinics of Semmelweis University and "
            "perform ultrasound-guided injections. My research on MR neurography of the tarsal tunnel has given me a good "
            "technical basis, but our centre lacks experience in high-resolution ultrasound of small nerves and in the "
            "interventional treatment of nerve entrapment.",
            "I would like to spend three months in a large musculoskeletal centre – my first choice is the Istituto Ortopedico "
            "Galeazzi in Milan, my second the Hospital del Mar in Barcelona – to train in these techniques and to see how "
            "imaging is used in the management of professional athletes.",
            "I completed my specialist training in November 2021 and am a member of the ESR and the ESSR. After the fellowship I "
            "plan to introduce ultrasound-guided nerve interventions in our department and to organise a hands-on course for "
            "Hungarian residents.",
        ], Signer(KOVARI.dr, ["Radiologist, Semmelweis University Medical Imaging Centre"]), date="Budapest, 5 March 2024",
        recipient=COMMITTEE, salutation="Dear Members of the ESOR Evaluation Committee,", closing="Sincerely yours,"),
        pages=1, label="motivation letter (no letterhead)")
    cv = Doc("cv", cv_lines(THEMES["dejavu-sans"], KOVARI, upper=True, numbering="", label_style="color:#333;font-weight:bold;",
                            sec_style="background:#e9ecef;padding:2px 5px;"), pages=2, label="ESOR CV (lines, shaded headings)")
    cert = Doc("board_certificate", plain(THEMES["liberation-serif"], f"""
<p style="text-align:right" class="small">Translation No. OFFI-2024-021877</p>
<p style="text-align:center;font-weight:bold">CERTIFIED TRANSLATION FROM HUNGARIAN</p>
<div style="border:1px solid #555;padding:16px 22px;margin-top:10px">
<p style="text-align:center">[Coat of arms of Hungary]<br>SEMMELWEIS UNIVERSITY<br>Directorate of Postgraduate Education</p>
<p style="text-align:center;font-size:1.5em;font-weight:bold;margin:16px 0">SPECIALIST CERTIFICATE</p>
<p style="text-align:center">Registration number: SE-SZB-2021/1147</p>
<p style="margin-top:14px">This is to certify that <b>Dr. {esc(KOVARI.given)} {esc(KOVARI.surname)}</b> (born in Budapest on
{KOVARI.dob.strftime('%d %B %Y')}, mother's name: Erzsébet Nagy), holder of the medical diploma No. SE-ÁOK-2012/0493, having
completed the prescribed specialist training, passed the specialist examination in</p>
<p style="text-align:center;font-size:1.3em;font-weight:bold">RADIOLOGY</p>
<p>before the Examination Board on <b>30 November 2021</b> and is therefore entitled to use the title
<b>Specialist in Radiology</b> (radiológus szakorvos).</p>
<p>Budapest, 30 November 2021</p>
<table style="width:100%;margin-top:16px"><tr><td>[signature]<br>Chair of the Examination Board</td><td style="text-align:center">[round seal]</td>
<td style="text-align:right">[signature]<br>Director of Postgraduate Education</td></tr></table></div>
<p class="small" style="margin-top:18px"><b>Translator's certificate.</b> I, the undersigned, certify that this is a true and complete
translation into English of the Hungarian original document presented to me. Hungarian Office for Translation and Attestation
(OFFI), Budapest, 20 February 2024.</p>
<table style="width:100%"><tr><td>{signature_svg("OFFI translator", 140, 36)}<br>Certified translator</td>
<td style="text-align:right">{seal_svg("offi", "OFFI", 76, "#1d3557")}</td></tr></table>
"""), pages=1, label="board certificate (certified English translation)")
    sem = lh_logo("SE", "Semmelweis University", "Medical Imaging Centre", ["Üllői út 78/a, 1082 Budapest", "Hungary"], "#004a7c", "shield")
    rec1 = Doc("recommendation_letter", letter(
        THEMES["noto-sans"].but(size="11.5pt", line="1.55"), sem,
        [
            f"It is my pleasure to recommend {KOVARI.dr} for a three-month ESSR exchange fellowship. I am the Head of the "
            "Medical Imaging Centre of Semmelweis University, and Dr Kővári has worked in our department since 2016.",
            "<b>Clinical work.</b> Dr Kővári is one of the core members of our musculoskeletal unit. He reports MRI, CT and "
            "ultrasound of the musculoskeletal system for the orthopaedic, traumatology and rheumatology clinics, and he performs "
            "ultrasound-guided interventions independently. Clinicians appreciate his reports, which are concise and answer the "
            "clinical question. He has taken on a large part of the MSK on-call work since he completed his training.",
            "<b>Research.</b> Before his residency Dr Kővári spent four years in our Department of Orthopaedics, where he began "
            "a PhD on foot and ankle biomechanics. This background is evident in his imaging research. His work on MR "
            "neurography of the tarsal tunnel, published in European Radiology, established normal values that we now use in "
            "clinical reporting. He has eleven peer-reviewed publications and presents regularly at ESSR meetings.",
            "<b>Teaching.</b> He supervises residents during their MSK rotation and co-organises our annual ultrasound course "
            "for residents. His teaching is structured and practical, and the course evaluations are consistently excellent.",
            "<b>Personal qualities.</b> He is hard-working, reliable and modest. He is a good team member who is willing to help "
            "colleagues and who accepts criticism constructively. His English is fluent, and he also speaks German.",
            "<b>The proposed fellowship.</b> Ultrasound-guided treatment of nerve entrapment is not yet available in our centre, "
            "and referring physicians ask us for it more and more often. A fellowship in a high-volume MSK centre would allow "
            "Dr Kővári to acquire these skills and to introduce them in Budapest. Our department will release him for three "
            "months and will support the implementation of the new procedures after his return.",
            "I recommend Dr Kővári warmly and without reservation. Please feel free to contact me for any further information.",
        ], Signer("Prof. Dr. Katalin Szabó", ["Head of Department, Medical Imaging Centre", "Semmelweis University, Budapest"],
                  "szabo.katalin@semmelweis-kozpont.hu"),
        date="Budapest, 1 March 2024", recipient=COMMITTEE, salutation="Dear Members of the Evaluation Committee,",
        closing="Yours sincerely,", footer="page-of-left", running_header="Recommendation – Dr Zoltán Kővári"),
        pages=2, label="recommendation (head of department), 2 pages with 'Page x of y'", last_page_has="Katalin Szabó")
    ortho = lh_logo("SE", "Semmelweis University", "Department of Orthopaedics", ["Karolina út 27, 1113 Budapest", "Hungary"], "#004a7c", "shield")
    rec2 = Doc("recommendation_letter", letter(
        THEMES["noto-sans"], ortho,
        [
            "Dear Evaluation Committee,",
            "Before his residency in radiology, Dr Zoltán Kővári worked for four years in my department as a junior doctor and "
            "PhD student (2012–2016). As Head of the Department of Orthopaedics I have continued to work with him since, now "
            "from the other side of the viewing station, and I gladly support his application for an ESSR exchange fellowship.",
            "Dr Kővári understands what the surgeon needs from an image. His reports on the foot and ankle are the ones my team "
            "reads first, and his ultrasound-guided injections have become part of our treatment pathway for nerve entrapment "
            "and tendinopathy. His research on the tarsal tunnel grew out of questions that we could not answer in the clinic.",
            "The training he seeks abroad would directly benefit our joint patients. I am sure that he will make excellent use of it.",
        ], Signer("Prof. Dr. Péter Tóth", ["Head of Department, Department of Orthopaedics", "Semmelweis University, Budapest"]),
        date="Budapest, 4 March 2024", recipient=COMMITTEE, closing="Best regards,"),
        pages=1, label="recommendation (head of orthopaedics, same university letterhead)")
    return [Packet(P, "complete-two-recommendations", "Complete ESSR exchange packet: a certified English translation of a "
                   "Hungarian specialist certificate; two recommendation letters back to back from Semmelweis University by "
                   "different signers, the first over two pages with a running header and 'Page x of y' footers.",
                   [motivation, cv, cert, rec1, rec2])]


# ---------------------------------------------------------------- Noémie Favre (ESTI), second letter in French

def favre_packets():
    motivation = Doc("motivation_letter", letter(
        THEMES["noto-serif"], lh_private([FAVRE.dr, "Service de radiodiagnostic et radiologie interventionnelle", "CHUV, Lausanne", FAVRE.email]),
        [
            "I am applying for the ESTI exchange fellowship in thoracic imaging, for three months, with the Royal Brompton "
            "Hospital in London as my first choice and the University Hospital of Leuven as my second.",
            "Since my board certification in October 2022 I have worked as an attending radiologist in the thoracic section of "
            "the Lausanne University Hospital. My main field is interstitial lung disease: I take part in the weekly "
            "multidisciplinary ILD discussion and I coordinate the imaging of a regional lung cancer screening pilot. Our "
            "department installed a photon-counting CT scanner in 2023, and my recent research has explored its value in "
            "fibrotic lung disease.",
            "The host centres I have chosen are among the most experienced in Europe in the multidisciplinary diagnosis of ILD. "
            "I would like to learn how they structure the ILD meeting, how they report progression on serial CT, and how they "
            "integrate quantitative CT tools into clinical decisions.",
            "After my return, I will apply what I learn in our ILD board and in the screening pilot, and I will share it through "
            "the teaching programme for residents of the Lausanne and Geneva university hospitals. I am a member of the ESR and "
            "of ESTI.",
        ], Signer(FAVRE.dr, ["Chef de clinique, Thoracic Imaging"]), date="Lausanne, 29 February 2024", recipient=COMMITTEE,
        salutation="Dear Members of the Evaluation Committee,", closing="Yours faithfully,"), pages=1, label="motivation letter")
    cv = Doc("cv", cv_grid(THEMES["noto-serif"].but(size="10pt", accent="#6a040f"), FAVRE), pages=2, label="ESOR CV (grid)")
    cert = Doc("board_certificate", certificate(THEMES["liberation-sans"].but(accent="#b00000"), f"""
<div class="number">No. 71-2022-RAD-0412</div>
<div class="issuer">SIWF · ISFM<small>Swiss Institute for Medical Education · Elfenstrasse 18 · 3000 Bern 16 · Switzerland</small></div>
<h1>Federal Specialist Title</h1>
<div class="lead">The Swiss Institute for Medical Education hereby certifies that</div>
<div class="holder">{esc(FAVRE.given)} {esc(FAVRE.surname)}</div>
<div class="text">born on {FAVRE.dob.strftime('%d %B %Y')}, citizen of Lausanne (VD), holder of the federal diploma of physician,
has fulfilled the requirements of the postgraduate training programme and is awarded the federal title of</div>
<div class="holder" style="font-size:1.35em">Specialist in Radiology</div>
<div class="text">English version issued for use abroad. The title is recognised under the agreement on the free movement of persons
between Switzerland and the European Union (Directive 2005/36/EC, Annex V).</div>
{data_table([("Date of award", "14 October 2022"), ("Specialty", "Radiology"), ("Place of issue", "Bern")])}
{cert_foot('<span class="small">Bern, 14 October 2022</span>', "President of the SIWF", "Swiss Institute for Medical Education", seal_svg("siwf", "+", 84, "#b00000"))}
""", border="2px solid #b00000", issuer_case="none"), pages=1, label="board certificate (Swiss title, English version)")
    rec1 = Doc("recommendation_letter", letter(
        THEMES["liberation-sans"], lh_bar("CHUV – Centre hospitalier universitaire vaudois", "Department of Diagnostic and Interventional Radiology",
                                          ["Rue du Bugnon 46, 1011 Lausanne, Switzerland"], "#00857c"),
        [
            f"To support the application of {FAVRE.dr} for the ESTI exchange fellowship, I would like to share my assessment of "
            "her work as Head of our Department.",
            "Dr Favre joined us in November 2022 after her residency at the Geneva University Hospitals. In little more than a "
            "year she has become a central member of our thoracic section. She is the radiologist of reference in our ILD "
            "board, she coordinates the imaging of the Vaud lung cancer screening pilot, and she has published the first "
            "clinical study from our photon-counting CT programme.",
            "Her clinical judgement is excellent, she writes clear reports and she has the confidence of our pulmonologists. "
            "She also teaches residents with enthusiasm.",
            "A fellowship in one of the leading European ILD centres is the natural next step for her, and the department will "
            "grant her leave for three months. I recommend her most highly.",
        ], Signer("Prof. Marc-Antoine Rochat", ["Head of Department", "Department of Diagnostic and Interventional Radiology, CHUV"]),
        date="Lausanne, 26 February 2024", recipient=COMMITTEE, salutation="Dear Members of the Evaluation Committee,",
        closing="Yours sincerely,"), pages=1, label="recommendation (head of department, English)")
    rec2 = Doc("recommendation_letter", letter(
        THEMES["noto-serif"], lh_centered("Hôpitaux Universitaires de Genève", ["Service de radiologie", "Rue Gabrielle-Perret-Gentil 4 · 1205 Genève · Suisse"], THEMES["noto-serif"]),
        [
            f"Objet : lettre de recommandation pour la Dre {FAVRE.given} {FAVRE.surname}",
            "J’ai le plaisir de soutenir la candidature de la Dre Favre au programme d’échange de l’ESTI. En tant que médecin-chef "
            "du Service de radiologie des HUG, j’ai suivi l’ensemble de sa formation postgraduée, de novembre 2017 à octobre 2022.",
            "La Dre Favre s’est distinguée très tôt par la qualité de son travail clinique et par son intérêt pour l’imagerie "
            "thoracique. Elle a participé activement au colloque multidisciplinaire des pneumopathies interstitielles et a mené, "
            "pendant sa dernière année de formation, une étude sur la classification des fibroses pulmonaires qui a donné lieu à "
            "une présentation remarquée au congrès de l’ESTI.",
            "Elle est rigoureuse, travailleuse et appréciée de tous, tant des médecins que du personnel technique. Je suis "
            "convaincu qu’un séjour de trois mois dans un centre européen de référence lui permettra de développer encore ses "
            "compétences, au bénéfice de la radiologie thoracique en Suisse romande.",
            "Je recommande donc sa candidature sans aucune réserve et reste à votre disposition pour tout renseignement "
            "complémentaire.",
        ], Signer("Prof. Jean-Luc Girard", ["Médecin-chef de service (chef de département)", "Service de radiologie, Hôpitaux Universitaires de Genève"]),
        date="Genève, le 27 février 2024", recipient=["Aux membres de l’Evaluation Committee", "European School of Radiology (ESOR)", "Am Gestade 1, 1010 Vienne, Autriche"],
        salutation="Mesdames, Messieurs les membres du comité,", closing="Je vous prie d’agréer, Mesdames, Messieurs, l’expression de mes salutations distinguées.",
        lang="fr", align="justify"), lang="fr", pages=1, label="recommendation in French")
    return [Packet(P, "french-recommendation", "ESTI exchange packet whose second recommendation letter, from the applicant's "
                   "former head of department in Geneva, is written in French (the call asks for all documentation in English).",
                   [motivation, cv, cert, rec1, rec2], status="incomplete", expected_findings=["language.not_english"])]


def packets():
    return ostergaard_packets() + kovari_packets() + favre_packets()
