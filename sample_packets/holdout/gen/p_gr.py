"""Gustave Roussy hybrid-imaging packets: ten documents in the order of the 2021 call."""

from __future__ import annotations

from . import countries
from .common import (cambridge_c1, delf, ielts, membership_account, membership_certificate, membership_email, publication_list,
                     reference_list, tcf, toefl)
from .docs import (THEMES, Signer, cert_foot, certificate, cv_grid, cv_lines, cv_table, data_table, esc, letter, lh_bar,
                   lh_centered, lh_logo, lh_private, passport_page, plain, seal_svg, signature_svg)
from .model import Doc, Packet
from .people import ANTUNES, KOLLAROVA, PAPADOPOULOU, ZUPANCIC

P = "gustave-roussy-hybrid-imaging"
HOST = ["ESOR Office – Fellowship in Hybrid Imaging", "Gustave Roussy, Villejuif", "European School of Radiology, Am Gestade 1, 1010 Vienna"]

# ---------------------------------------------------------------- João Pedro Carvalho Antunes (Portugal)


def antunes_packet():
    p = ANTUNES
    motivation = Doc("motivation_letter", letter(
        THEMES["noto-serif"], lh_private([p.dr, p.address, p.email, p.phone]),
        [
            "I am applying for the one-year clinical and research fellowship in hybrid imaging at Gustave Roussy, starting on "
            "1 October 2022.",
            "<b>Previous experience in the field.</b> My interest in hybrid imaging began during a three-month rotation in the "
            "nuclear medicine department of my hospital in 2018, when I was a fourth-year resident. Since becoming a consultant "
            "in 2019 I have reported oncologic CT and MRI and have co-read PET/CT with our nuclear medicine colleagues twice a "
            "week. I completed the ESOR visiting scholarship in oncologic imaging in Amsterdam in 2018. My research has compared "
            "whole-body diffusion MRI with FDG PET/CT in multiple myeloma and examined incidental findings on PET/CT. I have "
            "reported roughly 1,500 PET/CT studies under supervision.",
            "<b>Why Gustave Roussy.</b> In Portugal PET/CT is still read mostly by nuclear medicine physicians alone, and "
            "radiologists rarely have the dual competence needed for PET/MRI. Gustave Roussy combines a very large oncologic case "
            "mix with integrated hybrid imaging and research in response criteria, which is exactly the environment in which I "
            "want to consolidate my training.",
            "<b>What I bring and what I plan.</b> I can contribute clinical experience in oncologic CT and MRI and a research "
            "background in myeloma imaging. I have French at B2 level (DELF) and work daily in English. On my return my hospital "
            "intends to install a PET/MRI system, and I have been asked to co-lead its clinical programme.",
            "Thank you for considering my application.",
        ], Signer(p.dr, ["Consultant Radiologist, Centro Hospitalar Universitário de São João"]), date="Porto, 15 March 2021",
        recipient=HOST, salutation="Dear Selection Committee,", closing="Yours sincerely,"), pages=1, label="motivation letter")
    cv = Doc("cv", cv_table(THEMES["noto-sans"], p, shade="#e6f2ee"), pages=2, label="ESOR CV (tables)")
    sj = lh_logo("SJ", "Centro Hospitalar Universitário de São João", "Serviço de Radiologia",
                 ["Alameda Prof. Hernâni Monteiro", "4200-319 Porto, Portugal"], "#00557f", "circle")
    rec1 = Doc("recommendation_letter", letter(
        THEMES["noto-serif"], sj,
        [
            f"{p.dr} has worked in our department for six years, first as a resident and, since November 2019, as a consultant "
            "in oncologic imaging. As Head of the Department of Radiology I recommend him for the Gustave Roussy fellowship in "
            "hybrid imaging.",
            "Dr Carvalho Antunes is a thoughtful and well-organised radiologist. He has gained broad experience in oncologic CT "
            "and MRI and, unusually for a radiologist in Portugal, in reading PET/CT together with our nuclear medicine "
            "colleagues. His study comparing whole-body MRI with PET/CT in myeloma is a good example of his ability to design "
            "and finish a clinical research project.",
            "Our hospital will open a PET/MRI service in the coming years and we intend to give him a leading role in it. A year "
            "at Gustave Roussy would prepare him ideally. He has my strongest support.",
        ], Signer("Prof. Doutora Helena Matos", ["Head of Department (Diretora do Serviço de Radiologia)", "Centro Hospitalar Universitário de São João"]),
        date="Porto, 10 March 2021", salutation="Dear Members of the Selection Committee,", closing="Yours sincerely,"),
        pages=1, label="recommendation (head of radiology)")
    rec2 = Doc("recommendation_letter", letter(
        THEMES["noto-serif"], sj.replace("Serviço de Radiologia", "Serviço de Medicina Nuclear"),
        [
            "To the Selection Committee,",
            "I am the Head of the Department of Nuclear Medicine at São João and I have worked with Dr João Pedro Carvalho "
            "Antunes since his rotation with us in 2018. Since then he has taken part in our joint PET/CT reading sessions twice "
            "a week.",
            "He has a solid understanding of PET physics and of the pitfalls of FDG imaging, and he brings to the reading room "
            "the anatomical precision of a radiologist. Our nuclear medicine residents have learned a great deal from him, and "
            "his study on incidental colonic uptake was carried out entirely in our department.",
            "I believe he is the kind of radiologist that hybrid imaging needs, and I support his application with conviction.",
        ], Signer("Dr. Carlos Pereira", ["Head of Department, Nuclear Medicine", "Centro Hospitalar Universitário de São João"]),
        date="11 March 2021", closing="Kind regards,"), pages=1, label="recommendation (head of nuclear medicine, same hospital)")
    board = Doc("board_certificate", certificate(THEMES["liberation-serif"].but(accent="#1d3557"), f"""
<div class="number">Cédula profissional n.º 54118</div>
<div class="issuer">Ordem dos Médicos<small>Conselho Nacional · Av. Almirante Gago Coutinho 151 · 1749-084 Lisboa</small></div>
<h1>Título de Especialista</h1>
<div class="lead">A Ordem dos Médicos certifica que</div>
<div class="holder">Dr. {esc(p.full)}</div>
<div class="text">nascido a 25 de janeiro de 1988, inscrito na Secção Regional do Norte, tendo obtido aprovação na avaliação final
do internato médico, foi reconhecido como</div>
<div class="holder" style="font-size:1.3em">Especialista em Radiologia</div>
<div class="text">com todos os direitos e deveres inerentes ao título, nos termos do Estatuto da Ordem dos Médicos.</div>
{data_table([("Data de obtenção do título", "2 de outubro de 2019"), ("Especialidade", "Radiologia"), ("Local e data de emissão", "Lisboa, 14 de outubro de 2019")])}
{cert_foot('<span class="small">Conselho Nacional</span>', "O Bastonário", "Ordem dos Médicos", seal_svg("om-pt", "OM", 86, "#1d3557"))}
""", lang="pt"), lang="pt", pages=1, label="board certificate (Portuguese)")
    degree = Doc("medical_degree", certificate(THEMES["noto-serif"].but(accent="#5c0f0f"), f"""
<div class="number">Registo n.º FMUP/MIM/2012/0311</div>
<div class="issuer">Universidade do Porto<small>Faculdade de Medicina</small></div>
<h1 style="font-variant:small-caps">Carta de Curso</h1>
<div class="text">O Reitor da Universidade do Porto faz saber que</div>
<div class="holder">{esc(p.full)}</div>
<div class="text">filho de Manuel Carvalho Antunes e de Rosa Maria Carvalho, natural da freguesia de Paranhos, concelho do Porto,
concluiu em 18 de julho de 2012 o</div>
<div class="holder" style="font-size:1.25em">Mestrado Integrado em Medicina</div>
<div class="text">com a classificação final de 17 (dezassete) valores, conferindo-lhe o grau de Mestre em Medicina.
Para que conste se passou a presente carta, que vai assinada e autenticada com o selo branco em uso nesta Universidade.</div>
{cert_foot('<span class="small">Porto, 9 de novembro de 2012</span>', "O Reitor", "Universidade do Porto", seal_svg("up", "U.PORTO", 88, "#5c0f0f"))}
""", border="4px double #5c0f0f", lang="pt"), lang="pt", pages=1, label="medical degree (Portuguese)")
    lang_en = Doc("language_certificate", cambridge_c1(p, date="June 2019", number="C1A-0459318", scale=192, grade="Grade B",
                                                       parts={"Reading": 195, "Use of English": 190, "Writing": 186, "Listening": 197, "Speaking": 192}),
                  pages=1, label="Cambridge C1 Advanced")
    lang_fr = Doc("language_certificate", delf(p, level="B2", date="14 novembre 2020", centre="Alliance Française de Porto",
                                               number="PRT004-20-0000731", total="71/100",
                                               parts=[("Compréhension de l’oral", "17/25"), ("Compréhension des écrits", "19/25"),
                                                      ("Production écrite", "16,5/25"), ("Production orale", "18,5/25")]),
                  lang="fr", pages=1, label="DELF B2 (French)")
    pubs = Doc("publication_list", publication_list(p, THEMES["noto-sans"], heading="<h1 class='t'>List of five most relevant publications</h1>",
                                                   intro=f"{esc(p.dr)} – peer-reviewed articles in international journals", style="ol",
                                                   note="Full list (10 articles) available on request."), pages=1, label="publication list")
    refs = Doc("reference_list", reference_list(THEMES["noto-sans"], "<h1 class='t'>References</h1>", [
        dict(name="Prof. Doutora Helena Matos", role="Head of the Department of Radiology", address=["Centro Hospitalar Universitário de São João", "4200-319 Porto, Portugal"],
             email="helena.matos@saojoao-imagiologia.pt", phone="+351 225 512 100", relation="Head of department since 2015"),
        dict(name="Dr. Carlos Pereira", role="Head of the Department of Nuclear Medicine", address=["Centro Hospitalar Universitário de São João", "Porto, Portugal"],
             email="carlos.pereira@saojoao-mnuclear.pt", phone="+351 225 512 340", relation="Supervisor for PET/CT reading"),
        dict(name="Dr. Ruben Sousa", role="Consultant Radiologist, oncologic imaging", address=["Centro Hospitalar Universitário de São João", "Porto, Portugal"],
             email="ruben.sousa@saojoao-imagiologia.pt", phone="+351 225 512 118", relation="Co-author and clinical mentor"),
    ], intro="The following persons may be contacted if necessary:"), pages=1, label="reference list")
    member = Doc("membership_proof", membership_email(p, 2021, "Full Member", "Tuesday, 12 January 2021 09:41", "11 January 2021"),
                 pages=1, label="ESR membership e-mail")
    passport = Doc("passport_copy", passport_page(THEMES["noto-sans"], p, countries.PRT, caption="Copy of passport – identity page",
                                                  bg="#eef1f6"), pages=1, label="passport (PRT)")
    return Packet(P, "complete-portugal", "Complete Gustave Roussy packet: Portuguese specialist title (Ordem dos Médicos) and "
                  "'Carta de Curso', Cambridge C1 Advanced and DELF B2, two recommendations from the same hospital (radiology and "
                  "nuclear medicine), membership e-mail, Portuguese passport page with MRZ.",
                  [motivation, cv, rec1, rec2, board, degree, lang_en, lang_fr, pubs, refs, member, passport])


# ---------------------------------------------------------------- Eleni Papadopoulou (Greece)

def papadopoulou_packet():
    p = PAPADOPOULOU
    t = THEMES["dejavu-serif"]
    motivation = Doc("motivation_letter", letter(
        t, "",
        [
            f"<b>{esc(p.dr)}</b><br>2nd Department of Radiology, Attikon University General Hospital, Athens<br>{esc(p.email)}",
            "Application – Clinical/Research Fellowship in Hybrid Imaging, Gustave Roussy",
            "Dear Committee members,",
            "For the past six years my daily work has been split between the MRI unit and the PET/CT unit of Attikon University "
            "Hospital, where radiologists and nuclear medicine physicians report hybrid studies together. I have been directly "
            "involved in about 2,000 PET/CT examinations, mostly for lymphoma and head and neck cancer, and since 2019 in our "
            "first PET/MRI research protocol, which compared PET/MRI and PET/CT for nodal staging of oropharyngeal cancer.",
            "This experience has convinced me that hybrid imaging is at its best when it is read by someone who understands both "
            "components, and that this competence is still rare. Gustave Roussy offers a unique combination of case volume, "
            "hybrid imaging equipment and research in oncology. I would like to learn there how PET/MRI is used outside clinical "
            "trials, how response is assessed in immunotherapy, and how a comprehensive cancer centre organises imaging research.",
            "I read and speak French (DALF C1) and English (IELTS 8.0). After the fellowship I will return to Attikon, where I am "
            "expected to coordinate the PET/MRI programme.",
            "With my thanks for your consideration,",
        ], Signer(p.full, ["Athens, 22 March 2021"]), closing="", date=""), pages=1, label="motivation letter (header typed in the body)")
    cv = Doc("cv", cv_grid(THEMES["dejavu-sans"].but(accent="#0d47a1"), p), pages=2, label="ESOR CV (grid)")
    rec = Doc("recommendation_letter", letter(
        t, lh_centered("Attikon University General Hospital", ["National and Kapodistrian University of Athens · 2nd Department of Radiology",
                                                               "Rimini 1, 12462 Chaidari, Athens, Greece"], t),
        [
            "Dear Colleagues,",
            f"I write to recommend {p.dr} for the one-year fellowship in hybrid imaging at Gustave Roussy. I am the Head of the "
            "2nd Department of Radiology of the University of Athens, where Dr Papadopoulou trained and now works as a consultant.",
            "During her residency Dr Papadopoulou stood out for her commitment and for her interest in functional imaging. She "
            "has since become the link between our MRI unit and our PET/CT unit. She conducted our PET/MRI study in "
            "oropharyngeal cancer almost single-handedly, from protocol design to publication in European Radiology, and she "
            "has fourteen peer-reviewed publications.",
            "She is respected by clinicians and technologists, she teaches residents well, and her French is excellent. I am "
            "certain that she would be a valuable member of your team and that she would bring the experience back to Greece, "
            "where it is needed.",
        ], Signer("Prof. Georgios Moustakas", ["Professor of Radiology", "Head of the 2nd Department of Radiology", "Attikon University General Hospital"]),
        date="Athens, 19 March 2021", closing="Sincerely,"), pages=1, label="recommendation (head of department)")
    board = Doc("board_certificate", certificate(THEMES["noto-serif"].but(accent="#0d47a1"), f"""
<div class="number">Αρ. Πρωτ. 18427/15-03-2019</div>
<div class="issuer">Ελληνική Δημοκρατία<small>Περιφέρεια Αττικής · Γενική Διεύθυνση Δημόσιας Υγείας και Κοινωνικής Μέριμνας · Διεύθυνση Δημόσιας Υγείας</small></div>
<h1>Τίτλος Ιατρικής Ειδικότητας</h1>
<div class="text">Ο Περιφερειάρχης Αττικής, έχοντας υπόψη τις διατάξεις για την απόκτηση τίτλου ιατρικής ειδικότητας
και την επιτυχή εξέταση της ενδιαφερόμενης ενώπιον της αρμόδιας εξεταστικής επιτροπής, χορηγεί στην ιατρό</div>
<div class="holder">{esc(p.native_name)}</div>
<div class="text">του Γεωργίου, γεννηθείσα το 1989 στην Αθήνα, τον τίτλο της ειδικότητας</div>
<div class="holder" style="font-size:1.35em">ΑΚΤΙΝΟΔΙΑΓΝΩΣΤΙΚΗΣ</div>
{data_table([("Ημερομηνία απόκτησης", "15 Μαρτίου 2019"), ("Ειδικότητα", "Ακτινοδιαγνωστική"), ("Αριθμός μητρώου", "ΑΚΤ-2019-0318")])}
{cert_foot('<span class="small">Αθήνα, 15 Μαρτίου 2019</span>', "Ο Περιφερειάρχης", "Περιφέρεια Αττικής", seal_svg("attica", "ΕΛ", 86, "#0d47a1"))}
""", lang="el"), lang="el", pages=1, label="board certificate (Greek)")
    degree = Doc("medical_degree", certificate(THEMES["liberation-serif"].but(accent="#2b2d42"), f"""
<div class="number">Αριθμός 2012/1184</div>
<div class="issuer">Εθνικό και Καποδιστριακό Πανεπιστήμιο Αθηνών<small>Σχολή Επιστημών Υγείας · Τμήμα Ιατρικής</small></div>
<h1>ΠΤΥΧΙΟ</h1>
<div class="text">Ο Πρύτανης και ο Κοσμήτορας βεβαιώνουν ότι η</div>
<div class="holder">{esc(p.native_name)}</div>
<div class="text">του Γεωργίου και της Μαρίας, από την Αθήνα, ολοκλήρωσε τις σπουδές της στο Τμήμα Ιατρικής και ανακηρύχθηκε
πτυχιούχος Ιατρικής στις 6 Ιουλίου 2012 με βαθμό «Λίαν Καλώς» (7,84).</div>
{cert_foot('<span class="small">Αθήνα, 6 Ιουλίου 2012</span>', "Ο Πρύτανης", "ΕΚΠΑ", seal_svg("uoa", "ΕΚΠΑ", 86, "#2b2d42"))}
""", border="5px double #2b2d42", lang="el"), lang="el", pages=1, label="medical degree (Greek)")
    lang_en = Doc("language_certificate", ielts(p, date="07/11/2020", centre="GR004 – British Council Athens", trf="20GR004782PAPE004A",
                                                scores=("8.5", "8.5", "7.0", "8.0"), overall="8.0", cefr="C1"), pages=1, label="IELTS")
    lang_fr = Doc("language_certificate", delf(p, level="C1", diploma="DALF", date="21 mai 2019", centre="Institut français de Grèce, Athènes",
                                               number="GRC002-19-0001459", total="74/100",
                                               parts=[("Compréhension de l’oral", "18/25"), ("Compréhension des écrits", "20/25"),
                                                      ("Production écrite", "17/25"), ("Production orale", "19/25")]),
                  lang="fr", pages=1, label="DALF C1 (French)")
    pubs = Doc("publication_list", publication_list(p, THEMES["dejavu-sans"], heading="<p class='t'>Publications – the five most relevant</p>",
                                                   style="table"), pages=1, label="publication list")
    refs = Doc("reference_list", reference_list(THEMES["dejavu-sans"], "<p class='t'>List of references</p>", [
        dict(name="Prof. Georgios Moustakas", role="Head, 2nd Department of Radiology", address=["Attikon University General Hospital", "Rimini 1, 12462 Chaidari, Greece"],
             email="gmoustakas@attikon-radiology.gr", phone="+30 210 583 1801", relation="Head of department"),
        dict(name="Dr. Anna Kallergi", role="Consultant in Nuclear Medicine, PET/CT unit", address=["Attikon University General Hospital", "Athens, Greece"],
             email="akallergi@attikon-nuclear.gr", phone="+30 210 583 1920", relation="Co-investigator, PET/MRI study"),
    ], layout="table"), pages=1, label="reference list")
    member = Doc("membership_proof", membership_certificate(p, 2021, "Full Member", "8 February 2021"), pages=1, label="ESR membership certificate")
    passport = Doc("passport_copy", passport_page(THEMES["dejavu-sans"], p, countries.GRC, bg="#e8eef7",
                                                  note="I certify that this is a true copy of my passport. " + esc(p.full)), pages=1, label="passport (GRC)")
    return Packet(P, "complete-greece", "Complete Gustave Roussy packet: motivation letter without letterhead, Greek specialty "
                  "title and Greek medical degree, IELTS and a DALF C1 diploma in French, ESR membership certificate, bilingual "
                  "Greek passport page.",
                  [motivation, cv, rec, board, degree, lang_en, lang_fr, pubs, refs, member, passport])


# ---------------------------------------------------------------- Urška Zupančič (Slovenia), empty page inside the CV

def zupancic_packet():
    p = ZUPANCIC
    t = THEMES["liberation-sans"].but(accent="#2a6f97")
    motivation = Doc("motivation_letter", letter(
        t, lh_private([p.dr, "Clinical Institute of Radiology", "University Medical Centre Ljubljana", p.email]),
        [
            "Letter of motivation",
            "I should like to be considered for the one-year fellowship in hybrid imaging at Gustave Roussy.",
            "I trained in radiology at the University Medical Centre Ljubljana and have worked there as a radiologist since May "
            "2020, mainly in abdominal and oncologic imaging. My experience in the field comes from two directions. First, I have "
            "taken part for three years in our hepatobiliary tumour board, where PET/CT and MRI with hepatobiliary contrast are "
            "used side by side to select patients for liver surgery; our study comparing the two was published in Radiology and "
            "Oncology. Second, I spent four months of my residency in the Department of Nuclear Medicine, where I learned to read "
            "FDG and somatostatin-receptor PET/CT under supervision.",
            "Slovenia has one PET/CT centre for two million inhabitants, and its radiologists and nuclear medicine physicians still "
            "work largely apart. I would like to learn at Gustave Roussy how integrated reading works in practice, and to gain "
            "experience in PET/MRI, which we do not yet have.",
            "My English is at C1 level and my French at B2 level; both certificates are enclosed. I am grateful for your consideration.",
        ], Signer(p.dr, ["Radiologist"]), date="Ljubljana, 18 March 2021", salutation="Dear Sir or Madam,", closing="Yours faithfully,"),
        pages=1, label="motivation letter")
    cv = Doc("cv", cv_table(t, p, shade="#e3eef5", empty_after=5), pages=3, empty_pages=(2,), label="ESOR CV with an empty page inside")
    rec = Doc("recommendation_letter", letter(
        t, lh_bar("Univerzitetni klinični center Ljubljana", "University Medical Centre Ljubljana · Clinical Institute of Radiology",
                  ["Zaloška cesta 7, 1000 Ljubljana, Slovenia"], "#2a6f97"),
        [
            "Recommendation letter",
            f"{p.dr} has been a member of the Clinical Institute of Radiology since 2015. I have been her head of department "
            "throughout this time and I recommend her warmly for the fellowship in hybrid imaging at Gustave Roussy.",
            "Dr Zupančič combines excellent clinical skills in abdominal and oncologic imaging with a genuine interest in "
            "nuclear medicine techniques. She has published eight papers, several of them comparing MRI and PET/CT, and she is "
            "a regular and valued participant in our multidisciplinary tumour boards.",
            "She is hard-working, punctual and friendly, and she speaks French and English well. The fellowship would allow her to "
            "bring to Ljubljana the integrated approach to hybrid imaging that we want to develop.",
        ], Signer("Prof. dr. Marko Jereb, dr. med.", ["Head of Department", "Clinical Institute of Radiology, University Medical Centre Ljubljana"]),
        date="Ljubljana, 16 March 2021", salutation="Dear Members of the Selection Committee,", closing="Kind regards,"),
        pages=1, label="recommendation (head of department)")
    board = Doc("board_certificate", certificate(THEMES["noto-serif"].but(accent="#1b4332"), f"""
<div class="number">Št. 0164-SPEC-2020/318</div>
<div class="issuer">Zdravniška zbornica Slovenije<small>Dunajska cesta 162 · 1000 Ljubljana</small></div>
<h1>Potrdilo o opravljenem specialističnem izpitu</h1>
<div class="text">Zdravniška zbornica Slovenije potrjuje, da je</div>
<div class="holder">{esc(p.given)} {esc(p.surname)}, dr. med.</div>
<div class="text">rojena 2. 9. 1990 v Kranju, po zaključenem specializantskem usposabljanju dne <b>20. 5. 2020</b> uspešno opravila
specialistični izpit iz</div>
<div class="holder" style="font-size:1.3em">RADIOLOGIJE</div>
<div class="text">in s tem pridobila naziv <b>specialistka radiologije</b>.</div>
{cert_foot('<span class="small">Ljubljana, 27. 5. 2020</span>', "Predsednik izpitne komisije", "Zdravniška zbornica Slovenije", seal_svg("zzs", "ZZS", 84, "#1b4332"))}
""", lang="sl"), lang="sl", pages=1, label="board certificate (Slovenian)")
    degree = Doc("medical_degree", certificate(THEMES["liberation-serif"].but(accent="#6d2e46"), f"""
<div class="number">Številka: 2014/0772</div>
<div class="issuer">Univerza v Ljubljani<small>Medicinska fakulteta</small></div>
<h1>DIPLOMA</h1>
<div class="holder">{esc(p.given)} {esc(p.surname)}</div>
<div class="text">rojena 2. septembra 1990 v Kranju, je dne 3. julija 2014 končala enovit magistrski študijski program
Splošna medicina in si pridobila strokovni naslov</div>
<div class="holder" style="font-size:1.3em">doktorica medicine (dr. med.)</div>
<div class="text">Ta diploma je javna listina.</div>
{cert_foot('<span class="small">Ljubljana, 3. julija 2014</span>', "Rektor", "Univerza v Ljubljani", seal_svg("uni-lj", "UL", 84, "#6d2e46"))}
""", border="1px solid #6d2e46", lang="sl"), lang="sl", pages=1, label="medical degree (Slovenian)")
    lang_en = Doc("language_certificate", toefl(p, date="October 3, 2020", reg="0000 0000 2198 4470", scores=(27, 28, 25, 24), total=104,
                                                cefr={"Reading": "C1", "Listening": "C1", "Speaking": "B2", "Writing": "C1", "Total": "C1"}),
                  pages=1, label="TOEFL iBT")
    lang_fr = Doc("language_certificate", tcf(p, date="12 décembre 2020", centre="Institut français Charles Nodier, Ljubljana", number="TCF-SVN-20-00412",
                                              scores=[("Compréhension orale", "448/699", "B2"), ("Maîtrise des structures de la langue", "431/699", "B2"),
                                                      ("Compréhension écrite", "467/699", "B2"), ("Expression écrite", "12/20", "B2"), ("Expression orale", "13/20", "B2")]),
                  lang="fr", pages=1, label="TCF attestation B2 (French)")
    pubs = Doc("publication_list", publication_list(p, t, heading="<h2 class='t'>Five most important publications (international peer-reviewed journals)</h2>",
                                                   style="plain"), pages=1, label="publication list")
    refs = Doc("reference_list", reference_list(t, "<h2 class='t'>Referees</h2>", [
        dict(name="Prof. dr. Marko Jereb", role="Head of Department, Clinical Institute of Radiology", address=["University Medical Centre Ljubljana", "Zaloška cesta 7, 1000 Ljubljana"],
             email="marko.jereb@kclj-radiologija.si", phone="+386 1 522 8500", relation="Head of department and residency supervisor"),
        dict(name="Doc. dr. Bojan Kern", role="Consultant Radiologist, abdominal imaging", address=["University Medical Centre Ljubljana"],
             email="bojan.kern@kclj-radiologija.si", phone="+386 1 522 8531", relation="Research mentor"),
        dict(name="Dr. Tina Novak", role="Consultant in Nuclear Medicine", address=["Department of Nuclear Medicine, University Medical Centre Ljubljana"],
             email="tina.novak@kclj-nuklearna.si", phone="+386 1 522 3930", relation="Supervisor during the PET/CT rotation"),
    ]), pages=1, label="reference list")
    member = Doc("membership_proof", membership_account(p, 2021, "Full Member", "Printed 15/03/2021 10:22",
                                                       [("2021", "EUR 165.00", "paid 04/01/2021"), ("2020", "EUR 165.00", "paid 10/01/2020"),
                                                        ("2019", "EUR 80.00 (junior)", "paid 14/01/2019")]), pages=1, label="MyESR account printout")
    passport = Doc("passport_copy", passport_page(t, p, countries.SVN, caption="<b>Passport copy</b> – data page", bg="#f1f4ef"),
                   pages=1, label="passport (SVN)")
    return Packet(P, "blank-page-in-cv", "Complete Gustave Roussy packet whose ESOR CV has an empty page between its sections 5 "
                  "and 6; Slovenian specialist examination certificate and diploma, TOEFL and a TCF attestation in French, MyESR "
                  "account printout; nothing is missing.",
                  [motivation, cv, rec, board, degree, lang_en, lang_fr, pubs, refs, member, passport])


# ---------------------------------------------------------------- Zuzana Kollárová (Slovakia), French recommendation

def kollarova_packet():
    p = KOLLAROVA
    t = THEMES["noto-sans"].but(accent="#003f88")
    motivation = Doc("motivation_letter", letter(
        THEMES["liberation-serif"].but(size="11.5pt"), lh_private([p.dr, p.address, p.email]),
        [
            "Re: Fellowship in hybrid imaging, Gustave Roussy – application",
            "I was a resident for one year in Lyon, in 2016–2017, as a faisant fonction d’interne shared between radiology and "
            "nuclear medicine at the Hôpital Édouard Herriot. It was there that I first read PET/CT and MRI side by side for the "
            "same patients, and that year shaped my career. Since my board certification in November 2018 I have built a hybrid "
            "imaging practice in Bratislava: I co-read all oncologic PET/CT studies with our nuclear medicine physicians, I set "
            "up our PSMA PET/CT reporting template, and I have published on PSMA PET/CT and on peritoneal staging with MRI.",
            "A year at Gustave Roussy would give me the depth of experience in oncologic hybrid imaging that no Slovak centre can "
            "offer yet, particularly in PET/MRI and in response assessment under immunotherapy. The French environment is "
            "familiar to me, and my DELF B2 certificate is attached.",
            "I intend to return to University Hospital Bratislava, which is preparing a national PSMA and PET/MRI programme.",
        ], Signer(p.dr, ["Radiologist, University Hospital Bratislava"]), date="Bratislava, 26 March 2021",
        salutation="Dear Members of the Selection Committee,", closing="Yours sincerely,"), pages=1, label="motivation letter")
    cv = Doc("cv", cv_lines(t, p, upper=True, numbering="{i} – "), pages=2, label="ESOR CV (lines)")
    rec1 = Doc("recommendation_letter", letter(
        t, lh_logo("UNB", "Univerzitná nemocnica Bratislava", "Rádiologická klinika · Department of Radiology",
                   ["Antolská 11, 851 07 Bratislava", "Slovakia"], "#003f88", "circle"),
        [
            f"As Head of the Department of Radiology of University Hospital Bratislava, I recommend {p.dr} for the fellowship in "
            "hybrid imaging at Gustave Roussy.",
            "Dr Kollárová has worked in our department since 2012 and has been a board-certified radiologist since 2018. She has "
            "developed hybrid imaging in our hospital with great energy: she co-reads all oncologic PET/CT studies, she created "
            "our PSMA PET/CT reporting standard and she publishes regularly.",
            "She is reliable, precise and an excellent team member. Her French is fluent thanks to her year in Lyon.",
            "We plan to start a PET/MRI programme and I hope Dr Kollárová will lead it after her fellowship. She has my full support.",
        ], Signer("Doc. MUDr. Martin Hudec, PhD.", ["Head of Department (prednosta kliniky)", "Department of Radiology, University Hospital Bratislava"]),
        date="Bratislava, 22 March 2021", salutation="Dear Colleagues,", closing="Yours sincerely,"), pages=1, label="recommendation (English)")
    rec2 = Doc("recommendation_letter", letter(
        THEMES["noto-serif"], lh_centered("Hospices Civils de Lyon", ["Hôpital Édouard Herriot · Service de médecine nucléaire",
                                                                       "5 place d’Arsonval · 69437 Lyon Cedex 03 · France"], THEMES["noto-serif"]),
        [
            "Lettre de recommandation",
            f"Je soussigné, chef du service de médecine nucléaire de l’Hôpital Édouard Herriot, certifie avoir encadré la Dre "
            f"{p.given} {p.surname} lorsqu’elle exerçait dans notre établissement comme faisant fonction d’interne, de novembre 2016 "
            "à octobre 2017, en alternance entre notre service et le service de radiologie.",
            "Pendant cette année, elle a fait preuve d’une curiosité et d’une rigueur remarquables. Elle s’est rapidement approprié "
            "la lecture des examens TEP-TDM et a participé à nos réunions de concertation pluridisciplinaire en oncologie, où ses "
            "interventions étaient toujours pertinentes. Elle a également contribué à un travail sur l’IRM de diffusion dans le "
            "bilan péritonéal des cancers de l’ovaire, publié depuis.",
            "Sa maîtrise du français lui a permis de s’intégrer parfaitement dans l’équipe. Je soutiens sans réserve sa candidature "
            "à la bourse de l’ESOR pour un an d’imagerie hybride à Gustave Roussy.",
        ], Signer("Pr Christophe Bernard", ["Chef de service (Head of Department), Médecine nucléaire", "Hospices Civils de Lyon"]),
        date="Lyon, le 18 mars 2021", salutation="Madame, Monsieur,", closing="Veuillez agréer, Madame, Monsieur, mes salutations distinguées.",
        lang="fr", align="justify"), lang="fr", pages=1, label="recommendation in French")
    board = Doc("board_certificate", certificate(THEMES["liberation-serif"].but(accent="#003f88"), f"""
<div class="number">Evidenčné číslo: SZU-RAD-2018/0627</div>
<div class="issuer">Slovenská zdravotnícka univerzita v Bratislave<small>Limbová 12 · 833 03 Bratislava</small></div>
<h1>DIPLOM o špecializácii</h1>
<div class="holder">MUDr. {esc(p.given)} {esc(p.surname)}</div>
<div class="text">narodená 17. 4. 1988 v Bratislave, vykonala dňa <b>28. novembra 2018</b> pred skúšobnou komisiou špecializačnú skúšku
v špecializačnom odbore</div>
<div class="holder" style="font-size:1.3em">RÁDIOLÓGIA</div>
<div class="text">a získala odbornú spôsobilosť na výkon špecializovaných pracovných činností v tomto odbore.</div>
{cert_foot('<span class="small">Bratislava, 28. 11. 2018</span>', "rektor", "Slovenská zdravotnícka univerzita", seal_svg("szu", "SZU", 86, "#003f88"))}
""", lang="sk"), lang="sk", pages=1, label="board certificate (Slovak)")
    degree = Doc("medical_degree", certificate(THEMES["noto-serif"].but(accent="#3c096c"), f"""
<div class="number">Číslo diplomu: 0012734/2012</div>
<div class="issuer">Univerzita Komenského v Bratislave<small>Lekárska fakulta</small></div>
<h1>VYSOKOŠKOLSKÝ DIPLOM</h1>
<div class="holder">{esc(p.given)} {esc(p.surname)}</div>
<div class="text">narodená 17. apríla 1988 v Bratislave, absolvovala v študijnom odbore všeobecné lekárstvo študijný program
všeobecné lekárstvo a vykonala štátnu skúšku dňa 21. júna 2012. Udeľuje sa jej akademický titul</div>
<div class="holder" style="font-size:1.2em">doktor všeobecného lekárstva (MUDr.)</div>
{cert_foot('<span class="small">V Bratislave 5. júla 2012</span>', "rektor / dekan", "Univerzita Komenského", seal_svg("uk", "UK", 86, "#3c096c"))}
""", border="3px double #3c096c", lang="sk"), lang="sk", pages=1, label="medical degree (Slovak)")
    lang_en = Doc("language_certificate", ielts(p, date="16/05/2020", centre="SK002 – British Council Bratislava", trf="20SK002391KOLZ002A",
                                                scores=("8.0", "7.5", "7.0", "7.5"), overall="7.5", cefr="C1", theme=THEMES["noto-sans"]),
                  pages=1, label="IELTS")
    lang_fr = Doc("language_certificate", delf(p, level="B2", date="26 mai 2017", centre="Alliance Française de Lyon", number="FRA069-17-0003318",
                                               total="68,5/100", parts=[("Compréhension de l’oral", "16/25"), ("Compréhension des écrits", "18,5/25"),
                                                                          ("Production écrite", "16/25"), ("Production orale", "18/25")],
                                               theme=THEMES["noto-serif"]), lang="fr", pages=1, label="DELF B2 (French)")
    pubs = Doc("publication_list", publication_list(p, t, heading="<h1 class='t'>Selected publications</h1>",
                                                   intro="Five most relevant articles in international peer-reviewed journals:", style="ol"),
               pages=1, label="publication list")
    refs = Doc("reference_list", reference_list(t, "<h1 class='t'>References to be contacted</h1>", [
        dict(name="Doc. MUDr. Martin Hudec, PhD.", role="Head of the Department of Radiology", address=["University Hospital Bratislava", "Antolská 11, 851 07 Bratislava"],
             email="martin.hudec@unb-radiologia.sk", phone="+421 2 6867 2411", relation="Current head of department"),
        dict(name="Pr Christophe Bernard", role="Chef du service de médecine nucléaire", address=["Hôpital Édouard Herriot, Hospices Civils de Lyon", "69437 Lyon, France"],
             email="christophe.bernard@hcl-nucleaire.fr", phone="+33 4 72 11 00 00", relation="Supervisor in Lyon, 2016–2017"),
    ]), pages=1, label="reference list")
    member = Doc("membership_proof", membership_email(p, 2021, "Full Member", "Monday, 18 January 2021 14:05", "15 January 2021",
                                                      theme=THEMES["dejavu-sans"]), pages=1, label="ESR membership e-mail")
    passport = Doc("passport_copy", passport_page(t, p, countries.SVK, bg="#eef3f8", mrzfont="'Liberation Mono', monospace"), pages=1, label="passport (SVK)")
    return Packet(P, "french-recommendation", "Gustave Roussy packet whose second recommendation letter, from the applicant's "
                  "former head of department in Lyon, is written in French; Slovak specialisation diploma and university diploma; "
                  "IELTS and DELF B2.",
                  [motivation, cv, rec1, rec2, board, degree, lang_en, lang_fr, pubs, refs, member, passport],
                  status="incomplete", expected_findings=["language.not_english"])


def packets():
    return [antunes_packet(), papadopoulou_packet(), zupancic_packet(), kollarova_packet()]
