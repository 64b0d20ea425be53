"""Lille neuroinflammatory imaging packets (document list assumed from the ICM call, as the schema says)."""

from __future__ import annotations

from . import countries
from .common import (cambridge_c1, ielts, membership_account, membership_certificate, membership_email, publication_list,
                     reference_list, toefl)
from .docs import (THEMES, Signer, cert_foot, certificate, cv_grid, cv_lines, cv_table, data_table, esc, letter, lh_bar,
                   lh_centered, lh_logo, lh_private, passport_page, plain, seal_svg, signature_svg)
from .model import Doc, Packet
from .people import LINDQVIST, POLD, WEISSENBORN

P = "lille-neuroinflammatory"

# ---------------------------------------------------------------- Åsa Lindqvist (Sweden)


def lindqvist_packets():
    p = LINDQVIST
    t = THEMES["noto-sans"].but(accent="#1d3557")
    motivation = Doc("motivation_letter", letter(
        THEMES["noto-serif"], lh_private([p.dr, "Department of Neuroradiology", "Sahlgrenska University Hospital, Gothenburg", p.email]),
        [
            "Fellowship in neuroinflammatory imaging, Hospital Roger Salengro, Lille – letter of motivation",
            "Neuroinflammatory disease has been at the centre of my work since my residency. At Sahlgrenska I report the MRI of "
            "our multiple sclerosis centre, which follows more than 2,000 patients, and I take part in the weekly "
            "neuroimmunology conference.",
            "<b>Previous experience in the field.</b> I have studied imaging markers that help to distinguish MS from its mimics: "
            "the central vein sign on FLAIR*, paramagnetic rim lesions on susceptibility-weighted imaging, and the spinal cord "
            "lesions of MOG antibody-associated disease. I have also worked with synthetic MRI for brain volumetry. Eleven "
            "peer-reviewed publications have resulted, and I presented at ESNR and ECTRIMS in 2019.",
            "<b>Why Lille.</b> The neuroradiology department of Roger Salengro is one of the European reference centres for "
            "neuroinflammatory imaging, with a large clinical volume, access to research sequences and close collaboration with "
            "neurologists. I would like to gain experience with rarer conditions – neurosarcoidosis, autoimmune encephalitis, "
            "CNS vasculitis – that I see only occasionally, and to take part in the department's research.",
            "I was board certified in April 2019 and am a full ESR member. My English is at C1 level; I am learning French. "
            "Sahlgrenska has agreed to grant me a year's leave from November 2020.",
        ], Signer(p.dr, ["Specialist in Radiology"]), date="Gothenburg, 4 June 2020", salutation="Dear Selection Committee,",
        closing="Yours sincerely,"), pages=1, label="motivation letter")
    cv = Doc("cv", cv_table(t, p, shade="#e8edf3"), pages=2, label="ESOR CV (tables)")
    rec_body = [
        f"I am writing to recommend {p.dr} for the one-year fellowship in neuroinflammatory imaging in Lille. I have been Head "
        "of the Department of Neuroradiology at Sahlgrenska University Hospital since 2012 and I have followed Dr Lindqvist's "
        "development from her first rotation in neuroradiology in 2016.",
        "Dr Lindqvist has a thorough knowledge of neuroinflammatory disease and a clear, careful way of reporting. Our "
        "neurologists rely on her in difficult diagnostic situations, and she is the radiologist responsible for our MS "
        "imaging protocol, which she revised in 2019 according to the MAGNIMS recommendations.",
        "Her research is of high quality. Her study of the central vein sign in patients referred for suspected MS was "
        "carried out prospectively and published in Neuroradiology, and her work on MOG antibody-associated disease is "
        "widely cited. She works well with physicists and neurologists, and she supervises medical students in their "
        "degree projects.",
        "On a personal level, Dr Lindqvist is calm, reliable and generous. She has been a valued member of our on-call team "
        "and has helped younger colleagues through their first neuroradiology rotations.",
        "A year in Lille would give her experience with a wider spectrum of neuroinflammatory conditions and with research in "
        "a leading European centre. We will keep her position open, and I intend to give her a leading role in our "
        "neuroimmunology imaging when she returns.",
        "I recommend her most warmly and would be happy to provide further information.",
    ]
    sahl = lh_logo("SU", "Sahlgrenska University Hospital", "Department of Neuroradiology",
                   ["Blå stråket 5, 413 45 Göteborg", "Sweden"], "#1d3557", "circle")
    signer = Signer("Professor Olof Bergström, MD, PhD", ["Head of the Department of Neuroradiology", "Sahlgrenska University Hospital"],
                    "olof.bergstrom@sahlgrenska-neurorad.se")
    t_rec = THEMES["liberation-serif"].but(size="13pt", line="1.5")
    rec = Doc("recommendation_letter", letter(
        t_rec, sahl, rec_body, signer, date="Göteborg, 29 May 2020", salutation="Dear Colleagues,", closing="Yours sincerely,",
        footer="page-of"), pages=2, label="recommendation, 2 pages with 'Page x of y'", last_page_has="Bergström")
    rec_gap = Doc("recommendation_letter", letter(
        t_rec, sahl, rec_body, signer, date="Göteborg, 29 May 2020", salutation="Dear Colleagues,", closing="Yours sincerely,",
        empty_page_after=2), pages=3, empty_pages=(2,), label="recommendation with an empty page 2", last_page_has="Bergström")
    board = Doc("board_certificate", certificate(THEMES["noto-serif"].but(accent="#005293"), f"""
<div class="number">Dnr 5.1-18734/2019</div>
<div class="issuer">Socialstyrelsen<small>Legitimationsenheten · 106 30 Stockholm</small></div>
<h1>Bevis om specialistkompetens som läkare</h1>
<div class="text">Socialstyrelsen intygar att</div>
<div class="holder">{esc(p.given)} {esc(p.surname)}</div>
<div class="text">personnummer 870630-5528, legitimerad läkare, har specialistkompetens inom</div>
<div class="holder" style="font-size:1.35em">Radiologi</div>
<div class="text">enligt Socialstyrelsens föreskrifter och allmänna råd om läkarnas specialiseringstjänstgöring (SOSFS 2008:17).</div>
{data_table([("Specialitet", "Radiologi"), ("Datum för beslut", "2019-04-08"), ("Utfärdat", "Stockholm, 2019-04-10")])}
{cert_foot('<span class="small">Socialstyrelsen</span>', "Handläggare", "Legitimationsenheten", seal_svg("sos", "SoS", 84, "#005293"))}
""", border="1px solid #005293", lang="sv"), lang="sv", pages=1, label="board certificate (Swedish)")
    lang = Doc("language_certificate", cambridge_c1(p, date="June 2018", number="C1A-0318862", scale=196, grade="Grade A",
                                                    parts={"Reading": 199, "Use of English": 194, "Writing": 190, "Listening": 200, "Speaking": 197}),
               pages=1, label="Cambridge C1 Advanced")
    pubs = Doc("publication_list", publication_list(p, t, heading="<h1 class='t'>Publications</h1>",
                                                   intro="The five most important and relevant publications in international peer-reviewed journals:",
                                                   style="ol"), pages=1, label="publication list")
    refs = Doc("reference_list", reference_list(t, "<h1 class='t'>References</h1>", [
        dict(name="Professor Olof Bergström", role="Head of the Department of Neuroradiology", address=["Sahlgrenska University Hospital", "413 45 Göteborg, Sweden"],
             email="olof.bergstrom@sahlgrenska-neurorad.se", phone="+46 31 342 10 00", relation="Head of department"),
        dict(name="Dr Erik Hallin", role="Senior Consultant Neurologist, MS Centre", address=["Sahlgrenska University Hospital"],
             email="erik.hallin@sahlgrenska-neuro.se", phone="+46 31 342 20 40", relation="Clinical and research collaborator"),
        dict(name="Dr Petra Sundqvist", role="Medical Physicist, MR physics group", address=["Sahlgrenska University Hospital"],
             email="petra.sundqvist@sahlgrenska-mrfysik.se", phone="+46 31 342 35 15", relation="Co-author"),
    ]), pages=1, label="reference list")
    member = Doc("membership_proof", membership_email(p, 2020, "Full Member", "Thursday, 16 January 2020 11:02", "14 January 2020",
                                                      theme=THEMES["mono"]), pages=1, label="ESR membership e-mail")
    passport = Doc("passport_copy", passport_page(t, p, countries.SWE, bg="#eef2f8"), pages=1, label="passport (SWE)")
    docs = [motivation, cv, rec, board, lang, pubs, refs, member, passport]
    gap = [motivation, cv, rec_gap, board, lang, pubs, refs, member, passport]
    return [
        Packet(P, "complete-sweden", "Complete Lille packet: Swedish specialist certificate (Socialstyrelsen), Cambridge C1 "
               "Advanced, a recommendation letter over two pages with 'Page x of y' footers, Swedish passport page.", docs),
        Packet(P, "blank-page-in-recommendation", "The same Swedish packet, but the recommendation letter was printed without page "
               "numbers and with an empty page between its first and second page; nothing is missing.", gap),
    ]


# ---------------------------------------------------------------- Jörg Weißenborn (Germany), motivation letter in German

def weissenborn_packets():
    p = WEISSENBORN
    motivation = Doc("motivation_letter", letter(
        THEMES["liberation-sans"], lh_private([p.dr, "Klinik für Neuroradiologie", "Universitätsklinikum Freiburg", p.email]),
        [
            "Bewerbung um das einjährige ESOR-Fellowship für neuroinflammatorische Bildgebung in Lille",
            "sehr geehrte Damen und Herren,",
            "hiermit bewerbe ich mich um das Fellowship für neuroinflammatorische Bildgebung am Hôpital Roger Salengro in Lille.",
            "Seit meiner Facharztanerkennung im Juli 2018 arbeite ich als Facharzt in der Klinik für Neuroradiologie des "
            "Universitätsklinikums Freiburg. Mein klinischer und wissenschaftlicher Schwerpunkt liegt auf entzündlichen "
            "Erkrankungen des zentralen Nervensystems: Ich betreue die Bildgebung unserer Spezialsprechstunden für autoimmune "
            "Enzephalitiden und ZNS-Vaskulitiden und habe mich in mehreren Arbeiten mit der Gefäßwandbildgebung, der "
            "Neurosarkoidose und der MRT bei Anti-LGI1-Enzephalitis befasst.",
            "Die Klinik in Lille verfügt über eine außergewöhnlich große Erfahrung mit seltenen neuroinflammatorischen "
            "Krankheitsbildern und über eine enge Zusammenarbeit mit der Neurologie. Ich möchte dort insbesondere die "
            "Differenzialdiagnostik der MS-Mimics vertiefen und an laufenden Forschungsprojekten mitarbeiten.",
            "Meine Englischkenntnisse entsprechen dem Niveau C1; das TOEFL-Zertifikat liegt bei. Nach dem Fellowship möchte ich "
            "in Freiburg eine interdisziplinäre Bildgebungskonferenz für seltene entzündliche ZNS-Erkrankungen aufbauen.",
        ], Signer(p.dr, ["Facharzt für Radiologie, Neuroradiologie"]), date="Freiburg, den 25. Mai 2020",
        closing="Mit freundlichen Grüßen", lang="de"), lang="de", pages=1, label="motivation letter in German")
    cv = Doc("cv", cv_grid(THEMES["liberation-sans"].but(accent="#1b263b"), p, prefix="{i}. "), pages=2, label="ESOR CV (grid)")
    rec = Doc("recommendation_letter", letter(
        THEMES["liberation-serif"], lh_bar("Universitätsklinikum Freiburg", "Klinik für Neuroradiologie · Department of Neuroradiology",
                                           ["Breisacher Straße 64, 79106 Freiburg, Germany"], "#1b263b"),
        [
            "Letter of recommendation – Dr. med. Jörg Weißenborn",
            "Dear Members of the Selection Committee,",
            "As Head of the Department of Neuroradiology at the Medical Center – University of Freiburg, I strongly recommend "
            "Dr Weißenborn for the fellowship in neuroinflammatory imaging in Lille.",
            "Dr Weißenborn completed his radiology training in Freiburg, including two years in our department, and has worked "
            "with us as a consultant since 2018. He has become our specialist for inflammatory diseases of the CNS, in close "
            "cooperation with the neurology department. His work on vessel-wall MRI in primary angiitis of the CNS and on "
            "neurosarcoidosis is of international standard.",
            "He is a careful, knowledgeable and collegial physician. A year in Lille would broaden his experience of rare "
            "neuroinflammatory conditions and strengthen the collaboration between our centres.",
        ], Signer("Prof. Dr. med. Sabine Haller", ["Head of Department (Ärztliche Direktorin)", "Department of Neuroradiology, Medical Center – University of Freiburg"]),
        date="Freiburg, 20 May 2020", closing="Sincerely,"), pages=1, label="recommendation (English)")
    board = Doc("board_certificate", certificate(THEMES["noto-serif"].but(accent="#283618"), f"""
<div class="number">Az.: FA-2018-07-1193</div>
<div class="issuer">Landesärztekammer Baden-Württemberg<small>Jahnstraße 40 · 70597 Stuttgart</small></div>
<h1>Urkunde</h1>
<div class="text">Herrn</div>
<div class="holder">Dr. med. {esc(p.given)} {esc(p.surname)}</div>
<div class="text">geboren am 03.10.1986 in Karlsruhe, wird nach erfolgreich abgelegter Prüfung vor dem Prüfungsausschuss der
Landesärztekammer Baden-Württemberg am <b>11. Juli 2018</b> die Anerkennung zum Führen der Gebietsbezeichnung</div>
<div class="holder" style="font-size:1.35em">Facharzt für Radiologie</div>
<div class="text">erteilt.</div>
{cert_foot('<span class="small">Stuttgart, den 11.07.2018</span>', "Präsident", "Landesärztekammer Baden-Württemberg", seal_svg("laekbw", "LÄK", 86, "#283618"))}
""", lang="de"), lang="de", pages=1, label="board certificate (German)")
    lang = Doc("language_certificate", toefl(p, date="February 8, 2020", reg="0000 0000 1984 2203", scores=(29, 28, 25, 28), total=110,
                                             cefr={"Reading": "C1", "Listening": "C1", "Speaking": "B2", "Writing": "C1", "Total": "C1"},
                                             theme=THEMES["liberation-sans"]), pages=1, label="TOEFL iBT")
    pubs = Doc("publication_list", publication_list(p, THEMES["liberation-sans"], heading="<h2 class='t'>List of publications (five most relevant)</h2>",
                                                   style="table"), pages=1, label="publication list")
    refs = Doc("reference_list", reference_list(THEMES["liberation-sans"], "<h2 class='t'>References</h2>", [
        dict(name="Prof. Dr. med. Sabine Haller", role="Head of the Department of Neuroradiology", address=["Medical Center – University of Freiburg", "Breisacher Straße 64, 79106 Freiburg"],
             email="sabine.haller@uniklinik-freiburg-neurorad.de", phone="+49 761 270 51000", relation="Head of department"),
        dict(name="PD Dr. med. Kathrin Albrecht", role="Consultant Neurologist, Neuroimmunology Outpatient Clinic", address=["Medical Center – University of Freiburg"],
             email="kathrin.albrecht@uniklinik-freiburg-neuro.de", phone="+49 761 270 50010", relation="Clinical collaborator"),
    ], layout="table"), pages=1, label="reference list")
    member = Doc("membership_proof", membership_certificate(p, 2020, "Full Member", "22 January 2020", theme=THEMES["noto-serif"]),
                 pages=1, label="ESR membership certificate")
    passport = Doc("passport_copy", passport_page(THEMES["liberation-sans"], p, countries.DEU, bg="#f1eee6",
                                                  caption="Kopie Reisepass (Personalienseite)"), pages=1, label="passport (D)")
    return [Packet(P, "german-motivation", "Lille packet whose motivation letter is written in German; German specialist "
                   "certificate (Landesärztekammer), TOEFL, ESR membership certificate, German passport page.",
                   [motivation, cv, rec, board, lang, pubs, refs, member, passport], status="incomplete",
                   expected_findings=["language.not_english"])]


# ---------------------------------------------------------------- Kristjan Põld (Estonia), references before publications

def pold_packets():
    p = POLD
    t = THEMES["mono"].but(size="9.5pt")
    motivation = Doc("motivation_letter", letter(
        THEMES["dejavu-sans"], lh_private([p.dr, "Radiology Clinic, Tartu University Hospital", "Puusepa 8, 50406 Tartu, Estonia"]),
        [
            "Dear Colleagues,",
            "I would like to apply for the twelve-month fellowship in neuroinflammatory imaging at the Hospital Roger Salengro in "
            "Lille, starting in November 2020.",
            "I am a radiologist at Tartu University Hospital, the only university hospital in southern Estonia, where I work "
            "mainly in neuroradiology and head and neck imaging. During my residency and since my certification in August 2019 "
            "I have been involved in the imaging of demyelinating disease in adults and children. I studied optic nerve MRI in "
            "first-episode optic neuritis and reviewed ten years of acute disseminated encephalomyelitis in Estonian children, "
            "and I took part in a project on double inversion recovery for cortical lesions.",
            "Estonia is a small country and rare neuroinflammatory diseases are seen by each radiologist only a few times a year. "
            "A year in a high-volume reference centre such as Lille would give me experience that I cannot acquire at home, and I "
            "would use it to develop our regional MS imaging network.",
            "Thank you for considering my application.",
        ], Signer(p.dr, ["Radiologist"]), date="Tartu, 12 June 2020", closing="Best regards,"), pages=1, label="motivation letter")
    cv = Doc("cv", cv_lines(t, p, upper=True, numbering="[{i}] ", label_style=""), pages=2, label="ESOR CV (monospace lines)")
    rec = Doc("recommendation_letter", letter(
        THEMES["dejavu-serif"], lh_centered("Tartu Ülikooli Kliinikum", ["Tartu University Hospital · Radiology Clinic", "Puusepa 8, 50406 Tartu, Estonia"], THEMES["dejavu-serif"]),
        [
            "To the Selection Committee of the ESOR fellowship in neuroinflammatory imaging,",
            f"I am Head of the Radiology Clinic of Tartu University Hospital and have been {p.dr}'s supervisor since 2014. I "
            "recommend him for the fellowship in Lille.",
            "Dr Põld is a thorough and thoughtful neuroradiologist. He has introduced a standardised MS protocol across our "
            "clinic and regional hospitals, and his research on optic neuritis and paediatric demyelination is highly relevant "
            "to the fellowship. He is respected by our neurologists and paediatricians.",
            "I am confident that he will make the best use of the fellowship, and we look forward to his return.",
        ], Signer("Dr. Raul Tamm", ["Head of Department, Radiology Clinic", "Tartu University Hospital"]), date="Tartu, 9 June 2020",
        closing="Sincerely,"), pages=1, label="recommendation (head of department)")
    board = Doc("board_certificate", certificate(THEMES["noto-sans"].but(accent="#0072ce"), f"""
<div class="number">Registreerimisnumber: RES-2019-0412</div>
<div class="issuer">Tartu Ülikool<small>Meditsiiniteaduste valdkond · Ravila 19 · 50411 Tartu</small></div>
<h1>Residentuuri lõpetamise tunnistus</h1>
<div class="holder">{esc(p.given)} {esc(p.surname)}</div>
<div class="text">(isikukood 38809242716) on läbinud residentuuri erialal</div>
<div class="holder" style="font-size:1.35em">RADIOLOOGIA</div>
<div class="text">ja sooritanud eksami {("30. augustil 2019")}. Tunnistus annab õiguse taotleda Terviseametilt eriarsti registreerimist.</div>
{data_table([("Residentuuri kestus", "5 aastat"), ("Lõpetamise kuupäev", "30.08.2019"), ("Väljaandmise koht", "Tartu")])}
{cert_foot('<span class="small">Tartu, 06.09.2019</span>', "Valdkonna dekaan", "Tartu Ülikool", seal_svg("ut", "TÜ", 84, "#0072ce"))}
""", border="2px solid #0072ce", lang="et"), lang="et", pages=1, label="board certificate (Estonian)")
    lang = Doc("language_certificate", ielts(p, date="25/01/2020", centre="EE001 – British Council Tallinn", trf="20EE001204POLK001A",
                                             scores=("7.5", "7.0", "6.5", "7.0"), overall="7.0", cefr="C1", theme=THEMES["dejavu-sans"]),
               pages=1, label="IELTS")
    refs = Doc("reference_list", reference_list(THEMES["dejavu-sans"], "<p class='t'>LIST OF REFERENCES</p>", [
        dict(name="Dr. Raul Tamm", role="Head of the Radiology Clinic", address=["Tartu University Hospital", "Puusepa 8, 50406 Tartu"],
             email="raul.tamm@kliinikum-radioloogia.ee", phone="+372 731 9000", relation="Head of department"),
        dict(name="Dr. Liis Ilves", role="Neuroradiologist", address=["Tartu University Hospital"],
             email="liis.ilves@kliinikum-radioloogia.ee", phone="+372 731 9120", relation="Research collaborator"),
        dict(name="Dr. Mart Kask", role="Consultant Neurologist", address=["Tartu University Hospital, Neurology Clinic"],
             email="mart.kask@kliinikum-neuro.ee", phone="+372 731 8500", relation="Clinical collaborator (MS clinic)"),
    ]), pages=1, label="reference list")
    pubs = Doc("publication_list", publication_list(p, THEMES["dejavu-sans"], heading="<p class='t'>FIVE MOST RELEVANT PUBLICATIONS</p>", style="plain"),
               pages=1, label="publication list")
    member = Doc("membership_proof", membership_account(p, 2020, "Full Member", "Printed 11/06/2020 19:03",
                                                       [("2020", "EUR 165.00", "paid 22/01/2020"), ("2019", "EUR 165.00", "paid 30/01/2019")],
                                                       theme=THEMES["dejavu-sans"]), pages=1, label="MyESR account printout")
    passport = Doc("passport_copy", passport_page(THEMES["dejavu-sans"], p, countries.EST, bg="#eef3f9"), pages=1, label="passport (EST)")
    return [Packet(P, "wrong-order", "Lille packet with the list of references placed before the list of publications; CV typed "
                   "in a monospace font, Estonian residency completion certificate, IELTS.",
                   [motivation, cv, rec, board, lang, refs, pubs, member, passport], status="incomplete",
                   expected_findings=["document.order"])]


def packets():
    return lindqvist_packets() + weissenborn_packets() + pold_packets()
