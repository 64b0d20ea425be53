"""AIM China packets: CV, motivation, two or more recommendations, funding declaration, optional additional documents."""

from __future__ import annotations

from .common import conference_programme
from .docs import (THEMES, Signer, cv_grid, cv_lines, cv_table, esc, letter, lh_bar, lh_centered, lh_cjk, lh_logo,
                   lh_private, plain, seal_svg, signature_svg)
from .model import Doc, Packet
from .people import CHEN, GUO, LYU, ZHOU

P = "aim-china"
COMMITTEE = ["The Evaluation Committee", "AIM China – Advanced Imaging Mentorship", "European School of Radiology (ESOR)",
             "Am Gestade 1, 1010 Vienna, Austria"]

# ---------------------------------------------------------------- Lyu Jiahui (self-funded), Ruijin Hospital

RUIJIN = lh_cjk("上海交通大学医学院附属瑞金医院", "Ruijin Hospital, Shanghai Jiao Tong University School of Medicine",
                "放射科", "Department of Radiology", "197 Ruijin Er Road, Shanghai 200025, China · Tel. +86 21 6437 0045", "#a4161a")


def lyu_docs():
    t = THEMES["noto-serif"]
    cv = Doc("cv", cv_table(t, LYU, shade="#f3e9e9"), pages=2, label="ESOR CV (tables)")
    motivation = Doc("motivation_letter", letter(
        THEMES["liberation-serif"].but(size="11.5pt"), lh_private([LYU.dr, "Department of Radiology, Ruijin Hospital", "Shanghai, China", LYU.email]),
        [
            "I am applying for a three-month fellowship in abdominal imaging within the AIM China programme, on the self-funded track.",
            "After my standardised residency at Ruijin Hospital I joined the abdominal section, where I now report around forty "
            "pancreatic and hepatobiliary MRI examinations a week. Our surgeons operate on a large number of pancreatic tumours, and "
            "much of my research has followed that workload: with colleagues from the pancreatic disease centre I studied whether the "
            "extracellular volume fraction on CT could warn the surgical team of a high risk of postoperative fistula, and I have "
            "worked on diffusion techniques for grading neuroendocrine tumours.",
            "What I lack is exposure to a European department where structured reporting, multidisciplinary tumour boards and "
            "quantitative MRI are part of the daily routine rather than research projects. I would like to learn how such a "
            "department validates a quantitative sequence before it enters clinical use, how the radiologist's report is used in "
            "the board, and how younger radiologists are supervised in pancreatic MRI.",
            "My strengths are a solid clinical volume, experience in writing and reviewing protocols, and a habit of careful "
            "follow-up of my own cases against pathology. My weakness, which I hope the fellowship will address, is limited "
            "experience with MR elastography and with the management of cystic pancreatic lesions according to European guidelines.",
            "On my return I will be responsible for the teaching of residents in the abdominal section, and I intend to introduce "
            "a structured template for pancreatic cancer staging that our surgeons have asked for. My department has agreed to "
            "release me for three months, and the costs will be covered by my own funds, as confirmed in the attached declaration.",
            "Thank you for considering my application.",
        ], Signer(LYU.dr, ["Attending Radiologist"]), date="Shanghai, 8 January 2025", recipient=COMMITTEE,
        salutation="Dear Members of the Evaluation Committee,", closing="Yours faithfully,", align="justify"),
        pages=1, label="motivation letter")
    shen = Signer("Prof. Shen Weimin, MD, PhD", ["Head of the Department of Radiology", "Ruijin Hospital, Shanghai Jiao Tong University School of Medicine"])
    rec1 = Doc("recommendation_letter", letter(
        THEMES["noto-sans"], RUIJIN,
        [
            f"It is a pleasure for me to write in support of {LYU.dr}, who has applied to the AIM China programme for a "
            "three-month fellowship in abdominal imaging.",
            "Dr Lyu trained as a resident in this department from 2016 to 2019 and has worked as an attending radiologist in our "
            "abdominal section since 2020. She is one of the most reliable readers of pancreatic MRI in the department; surgeons "
            "ask for her by name when a difficult case is discussed, which says more than any assessment form.",
            "She combines clinical work with research of good quality. Her study on CT extracellular volume and pancreatic fistula, "
            "published in European Radiology, began as a question raised in our weekly surgical meeting and was carried out almost "
            "entirely on her own initiative. She is also a patient teacher and our residents value her sessions.",
            "A period in a European centre would give her methods and standards that we would like to introduce in our section. "
            "As head of department I have agreed to release her for the duration of the fellowship, and I expect her to take "
            "on greater responsibility in the section on her return.",
            "I recommend her to the Committee without any reservation.",
        ], shen, date="9 January 2025", recipient=COMMITTEE, salutation="Dear Members of the Evaluation Committee,",
        closing="Sincerely yours,", stamp=seal_svg("ruijin", "放射科", 84, "#b00020")), pages=1, label="recommendation (head of department)")
    xu = Signer("Prof. Xu Lanfang, MD", ["Academic Tutor, Shanghai Jiao Tong University School of Medicine",
                                         "Deputy Director, Pancreatic Disease Centre, Ruijin Hospital"], "xu.lanfang@rjh-pdc.cn")
    rec2 = Doc("recommendation_letter", letter(
        THEMES["noto-sans"], RUIJIN,
        [
            f"Re: {LYU.dr} – application to AIM China",
            "I was Dr Lyu's academic tutor during her postgraduate studies and I have continued to work with her on the imaging side "
            "of our pancreatic research programme. I am glad to give the Committee my view of her.",
            "Her main qualities, in my opinion, are thoroughness and independence. In our joint work on intravoxel incoherent motion "
            "in neuroendocrine tumours she designed the analysis, matched every case with the pathology report herself and wrote "
            "the first draft of the manuscript. When reviewers asked for an additional validation cohort she organised it within "
            "two months.",
            "She communicates clearly in English, both in writing and at international meetings, and she will have no difficulty "
            "in working within a European team.",
            "I believe that a stay in a European abdominal imaging unit will be of great value for her and, through her, for our "
            "centre. I support her application with conviction.",
        ], xu, date="10 January 2025", recipient=COMMITTEE, salutation="To the members of the Evaluation Committee,",
        closing="With kind regards,"), pages=1, label="recommendation (academic tutor, same letterhead)")
    decl = Doc("funding_declaration", letter(
        THEMES["noto-sans"], RUIJIN,
        [
            '<p style="font-size:1.15em;font-weight:bold;text-align:center;margin:6px 0 16px">DECLARATION OF SELF-FUNDING</p>',
            f"I, the undersigned, Head of the Department of Radiology of Ruijin Hospital, hereby declare that {LYU.dr}, "
            f"born on {LYU.dob.strftime('%d/%m/%Y')}, attending radiologist in our department, will be <b>self-funded</b> for the "
            "whole duration of her fellowship in the AIM China – Advanced Imaging Mentorship programme (three months, "
            "January–June 2026).",
            "Travel, accommodation and living expenses will be covered by Dr Lyu's own resources and by the continuation of her "
            "salary during the fellowship. She does not apply for the sponsored track.",
        ], shen, date="Shanghai, 9 January 2025", closing="Signed:", stamp=seal_svg("ruijin2", "放射科", 84, "#b00020")),
        pages=1, label="self-funding declaration (head of department)")
    return cv, motivation, rec1, rec2, decl


def lyu_packets():
    cv, motivation, rec1, rec2, decl = lyu_docs()
    return [
        Packet(P, "complete-self-funded", "Complete self-funded packet: CV as tables; two recommendation "
               "letters back to back on the same bilingual Chinese/English Ruijin Hospital letterhead (head of department, then "
               "academic tutor); self-funding "
               "declaration signed by the head of department.",
               [cv, motivation, rec1, rec2, decl], track="self-funded"),
        Packet(P, "one-recommendation", "The same self-funded packet with only the head of department's letter: one recommendation "
               "where the call asks for two.", [cv, motivation, rec1, decl], status="incomplete",
               expected_findings=["document.too_few"], track="self-funded"),
    ]


# ---------------------------------------------------------------- Zhou Haoran (sponsored), Xiangya Hospital

def zhou_packets():
    t = THEMES["letter-sans"]
    cv = Doc("cv", cv_lines(t, ZHOU, upper=True, numbering="{i}. ", label_style="font-weight:bold;"), pages=2, label="ESOR CV (label: value lines)")
    head = lh_private([ZHOU.dr + " (周浩然)", "Department of Radiology, Xiangya Hospital", "Central South University, Changsha, China",
                       ZHOU.phone + " · " + ZHOU.email])
    motivation = Doc("motivation_letter", letter(
        THEMES["serif-letter"], head,
        [
            "Please accept my application for the sponsored track of the AIM China – Advanced Imaging Mentorship programme, "
            "with a preference for a neuroradiology fellowship in a comprehensive stroke centre.",
            "<b>Training background.</b> I graduated from Xiangya School of Medicine in 2013 and completed my residency in "
            "radiology at Xiangya Hospital in 2018. Alongside the residency I became interested in cerebrovascular disease, and "
            "I completed a PhD on high-resolution vessel-wall imaging of intracranial atherosclerosis at the Second Xiangya "
            "Hospital. Since 2021 I have worked as an attending radiologist with a main commitment to neuroradiology: I read "
            "emergency CT and CT perfusion for the stroke team, supervise our vessel-wall MRI protocol and take part in the weekly "
            "neurovascular conference.",
            "<b>Areas of strength.</b> Intracranial atherosclerotic disease is far more common in China than in Europe, and our "
            "centre sees a very large number of patients with it. I have therefore gained experience with plaque imaging that "
            "few radiologists of my age have. I also have a good grounding in perfusion post-processing and in research "
            "methodology from my doctoral work, which produced twelve peer-reviewed papers.",
            "<b>Areas of interest and what I hope to learn.</b> Europe has led the development of late-window thrombectomy "
            "selection, of standardised stroke imaging pathways and of structured reporting in neuroradiology. Our hospital is "
            "preparing to open a second thrombectomy room and to extend treatment windows, and we need to decide which imaging "
            "pathway to use: multiphase CT angiography, CT perfusion, or MRI for wake-up strokes. I would like to observe how a "
            "high-volume European stroke centre makes these decisions around the clock, how radiologists, neurologists and "
            "interventionalists share responsibility, and how quality is audited. I would also like to learn European practice "
            "in the imaging of cerebral small-vessel disease, which is an emerging topic in our clinic.",
            "<b>How I will apply the training.</b> On my return I will lead the revision of our acute stroke imaging protocol, "
            "write the departmental guideline for CT perfusion reporting, and teach the residents in a weekly case-based "
            "session that I already run. In the longer term I hope to set up a collaboration between my department and my host "
            "centre on vessel-wall imaging, where our case volume could complement European expertise.",
            "<b>Reason for applying to the sponsored track.</b> My salary as an attending radiologist in Hunan province does not "
            "allow me to cover three months of accommodation and living costs in Europe, and my department has no budget for "
            "international fellowships this year. My declaration is attached.",
            "I am grateful for the Committee's time and consideration.",
        ], Signer(ZHOU.dr, ["Attending Radiologist, Xiangya Hospital"]), date="Changsha, 6 January 2025", recipient=COMMITTEE,
        salutation="Dear Members of the Evaluation Committee,", closing="Respectfully yours,", footer="page-of"),
        pages=2, label="motivation letter (2 pages, Page x of y)")
    xiangya = lh_logo("XY", "Xiangya Hospital, Central South University", "Department of Radiology",
                      ["87 Xiangya Road, Changsha 410008, Hunan, China", "Tel. +86 731 8432 7000"], "#1b4965", "shield")
    tan = Signer("Prof. Tan Jianguo", ["Head of Department, Department of Radiology", "Xiangya Hospital, Central South University"])
    rec1 = Doc("recommendation_letter", letter(
        THEMES["letter-times"], xiangya,
        [
            f"I write as Head of the Department of Radiology at Xiangya Hospital to recommend {ZHOU.dr} for the AIM China "
            "programme.",
            "Dr Zhou has been a member of my department for most of the last ten years, first as a resident and since 2021 as an "
            "attending radiologist in neuroradiology. He reads a heavy emergency workload with accuracy and calm, and the "
            "neurology team trusts his judgement on perfusion imaging. He took charge of our vessel-wall MRI protocol when it "
            "was introduced and has made it a routine examination.",
            "I would single out his sense of responsibility. When our stroke pathway was reorganised last year he volunteered to "
            "audit door-to-imaging times, presented the results to the hospital board and proposed changes that have since been "
            "adopted.",
            "Our department plans to expand its thrombectomy service, and Dr Zhou is the colleague I expect to lead the imaging "
            "side of that work. A fellowship in a European stroke centre would prepare him well for this role. I give him my "
            "strongest recommendation.",
        ], tan, date="7 January 2025", recipient=COMMITTEE, salutation="Dear Members of the Evaluation Committee:",
        closing="Sincerely,"), pages=1, label="recommendation (head of department)")
    liu = Signer("Prof. Liu Qing, MD, PhD", ["Academic Tutor (doctoral supervisor)", "Department of Radiology, The Second Xiangya Hospital",
                                            "Central South University"], "liuqing.neuro@2xy-radiology.cn")
    rec2 = Doc("recommendation_letter", letter(
        THEMES["letter-times"], lh_bar("The Second Xiangya Hospital of Central South University", "Department of Radiology · Neuroimaging Laboratory",
                                       ["139 Renmin Zhong Road, Changsha 410011, China"], "#2d6a4f"),
        [
            "Dr Zhou Haoran completed his doctoral work in my laboratory between 2018 and 2021, and I was his academic tutor "
            "throughout. I am writing to support his application to the AIM China programme.",
            "His thesis on the morphology and enhancement of symptomatic intracranial plaques was one of the best in our group in "
            "recent years. He learned quickly to run a prospective imaging study: he wrote the protocol, obtained ethics approval, "
            "scanned patients at night when the scanner was free and checked every measurement twice. The two main papers from "
            "this work appeared in AJNR and Neuroradiology.",
            "Beyond his technical ability, Dr Zhou is modest, curious and easy to work with. Junior students in the laboratory "
            "still come to him for advice.",
            "I am confident that he will make excellent use of a European fellowship and that he will bring its lessons back to "
            "our province.",
        ], liu, date="3 January 2025", recipient=COMMITTEE, salutation="Dear Evaluation Committee,",
        closing="Yours sincerely,"), pages=1, label="recommendation (academic tutor, other hospital)")
    decl = Doc("funding_declaration", plain(THEMES["letter-sans"], f"""
<h2 class="t" style="text-align:center;margin-top:10px">Declaration of Need for Sponsorship</h2>
<p style="text-align:center" class="small">AIM China – Advanced Imaging Mentorship · sponsored track</p>
<table class="box" style="margin-top:18px">
<tr><th style="width:35%">Name of candidate</th><td>{esc(ZHOU.full)}</td></tr>
<tr><th>Date of birth</th><td>{ZHOU.dob.strftime('%d/%m/%Y')}</td></tr>
<tr><th>ESR membership number</th><td>{ZHOU.esr_no}</td></tr>
<tr><th>Institution</th><td>{esc(ZHOU.institution)}</td></tr></table>
<p style="margin-top:16px">I, the undersigned, hereby declare that I am <b>not able to self-fund</b> a three-month fellowship in
Europe. My monthly net income does not cover the expected costs of travel, accommodation and living in the host city, and
my employer does not provide funding for international fellowships.</p>
<p>I therefore apply for one of the four sponsored places and request the grant of EUR 5,000 offered by the programme. I
understand that the grant is paid after the fellowship, upon receipt of my fellowship report, and that I must cover the
costs in advance.</p>
<p>I declare that the information given above is true and complete.</p>
<table style="margin-top:26px;width:100%"><tr><td style="width:50%">Place and date: Changsha, 6 January 2025</td>
<td>Signature of the candidate:<br>{signature_svg(ZHOU.full)}<br>{esc(ZHOU.dr)}</td></tr></table>
"""), pages=1, label="declaration of need for sponsorship (candidate)")
    add1 = Doc("additional_document", plain(THEMES["letter-sans"], f"""
<h1 class="t">Additional Document 1 – Summary of Doctoral Research</h1>
<p class="muted">{esc(ZHOU.dr)} · submitted as optional additional documentation</p>
<p><b>Title.</b> High-resolution vessel-wall MRI of symptomatic intracranial atherosclerosis: plaque morphology, enhancement and
recurrence risk.</p>
<p><b>Background.</b> Intracranial atherosclerotic stenosis is a leading cause of ischaemic stroke in East Asia. Luminal imaging
underestimates plaque burden, and the features that predict recurrent events are not established.</p>
<p><b>Methods.</b> Prospective cohort of 214 patients with acute infarction in the territory of a stenosed middle cerebral artery,
examined with 3T vessel-wall MRI (pre- and post-contrast 3D T1 SPACE, 0.5 mm isotropic) within seven days of symptom onset and
followed for twelve months. Plaque length, remodelling index, eccentricity and enhancement ratio were measured by two readers.</p>
<p><b>Results.</b> Strong plaque enhancement (enhancement ratio above 1.6) and positive remodelling were independently associated
with recurrent ischaemic events (hazard ratios 2.8 and 2.1). Inter-reader agreement was good to excellent for all measures.</p>
<p><b>Relevance to the fellowship.</b> The project gave me experience in prospective study design and in advanced MRI protocols,
which I would like to combine with the structured stroke pathways of a European centre.</p>
"""), pages=1, label="additional document 1 (titled)")
    add2 = Doc("additional_document", plain(THEMES["letter-sans"], f"""
<h1 class="t">Additional Document 2 – Certificate of Attendance</h1>
<div style="border:2px solid #005f73;padding:22px;margin-top:16px;text-align:center">
<p style="font-size:1.2em"><b>Hunan Society of Radiology</b><br>Neuroimaging Workshop 2024</p>
<p style="margin-top:18px">This is to certify that</p><p style="font-size:1.4em"><b>{esc(ZHOU.dr)}</b></p>
<p>attended the two-day hands-on workshop <i>“Acute Stroke Imaging: from CT Perfusion to Thrombectomy Selection”</i>,
held in Changsha on 19–20 October 2024, and completed all practical sessions (12 hours).</p>
<p style="margin-top:24px">{signature_svg("Hunan workshop director")}<br>Workshop Director<br>Hunan Society of Radiology</p></div>
<p class="small muted" style="margin-top:14px">English version issued by the organisers for international use.</p>
"""), pages=1, label="additional document 2 (titled)")
    return [Packet(P, "complete-sponsored-additional", "Complete sponsored packet on US Letter paper: CV as 'label: value' lines, a "
                   "two-page motivation letter with 'Page x of y' footers, recommendations from two different hospitals, the "
                   "candidate's declaration of need for sponsorship, and two titled additional documents at the bottom.",
                   [cv, motivation, rec1, rec2, decl, add1, add2], track="sponsored")]


# ---------------------------------------------------------------- Chen Mingxuan (sponsored), PUMCH; one letter in German

def chen_packets():
    t = THEMES["dejavu-sans"]
    cv = Doc("cv", cv_grid(t, CHEN), pages=2, label="ESOR CV (grid)")
    motivation = Doc("motivation_letter", letter(
        THEMES["dejavu-serif"], "",
        [
            "My name is Chen Mingxuan and I am an associate chief radiologist in cardiothoracic imaging at Peking Union Medical "
            "College Hospital. I am writing to apply for the AIM China programme on the sponsored track.",
            "Our hospital is a national referral centre for rare diseases, and I see a wide spectrum of cardiomyopathies, "
            "amyloidosis and connective-tissue diseases with cardiac and pulmonary involvement. During six months as a visiting "
            "researcher in Heidelberg in 2020 I learned the basics of parametric mapping and came back with a collaboration that "
            "produced our bi-national amyloidosis study. That stay, though short and interrupted by the pandemic, showed me how "
            "much a period abroad can change the way a department works.",
            "I would now like to spend three months in a European centre with a high volume of clinical cardiac MRI. My aims are "
            "practical: to learn efficient short protocols that would let us double the number of cardiac MRI slots, to see how "
            "stress perfusion is integrated into chest-pain pathways, and to understand how European colleagues report "
            "interstitial lung disease together with rheumatologists and pulmonologists.",
            "On my return I plan to introduce a 30-minute cardiomyopathy protocol, to start stress perfusion imaging in our "
            "department and to set up a joint ILD conference. I also teach in the national continuing-education courses of the "
            "Chinese Society of Radiology, which will allow me to share what I have learned beyond my own hospital.",
            "As a public hospital employee with family obligations, I cannot finance three months abroad myself, and I have "
            "therefore applied for sponsorship.",
            "Thank you for your consideration.",
        ], Signer(CHEN.dr, ["Associate Chief Radiologist", "Peking Union Medical College Hospital, Beijing"]), date="10 January 2025",
        recipient=["To the Evaluation Committee", "ESOR – AIM China"], salutation="Dear Members of the Evaluation Committee,",
        closing="Kind regards,", date_after_recipient=False, date_right=False), pages=1, label="motivation letter (no letterhead)")
    sun = Signer("Prof. Sun Yaqin, MD", ["Head of Department, Department of Radiology", "Peking Union Medical College Hospital",
                                         "Chinese Academy of Medical Sciences"])
    rec1 = Doc("recommendation_letter", letter(
        THEMES["cjk"], lh_cjk("北京协和医院", "Peking Union Medical College Hospital", "放射科", "Department of Radiology",
                              "No. 1 Shuaifuyuan, Dongcheng District, Beijing 100730, China", "#0353a4"),
        [
            f"Subject: Recommendation for {CHEN.dr}",
            "I have supervised Dr Chen for over ten years, since she began her residency in our department, and as Head of "
            "Department I am responsible for her current appointment as associate chief radiologist.",
            "Dr Chen is an outstanding cardiothoracic radiologist. She built our cardiac MRI service almost from nothing: when she "
            "started we performed fewer than five examinations a week, and today the number exceeds forty. She has seventeen "
            "publications, she is an invited speaker at national meetings and she takes part in the training of residents from "
            "other provinces who come to Beijing for further education.",
            "She is hard-working and open to criticism, and she knows how to turn what she has seen elsewhere into practical "
            "change. I am sure that a fellowship through AIM China would be very well invested in her.",
            "I recommend her with enthusiasm.",
        ], sun, date="8 January 2025", recipient=COMMITTEE, salutation="Dear Members of the Evaluation Committee,",
        closing="Yours sincerely,", stamp=seal_svg("pumch", "放射科", 80, "#c1121f")), pages=1, label="recommendation (head of department)")
    vollmer = Signer("Prof. Dr. med. Katharina Vollmer", ["Akademische Betreuerin (Academic Tutor) während des Forschungsaufenthalts",
                                                         "Sektion Kardiovaskuläre Bildgebung, Klinik für Diagnostische und Interventionelle Radiologie",
                                                         "Universitätsklinikum Heidelberg"])
    rec2 = Doc("recommendation_letter", letter(
        THEMES["liberation-sans"], lh_bar("Universitätsklinikum Heidelberg", "Klinik für Diagnostische und Interventionelle Radiologie",
                                          ["Im Neuenheimer Feld 420 · 69120 Heidelberg · Deutschland"], "#8a1c1c"),
        [
            f"Empfehlungsschreiben für Frau {CHEN.dr}",
            "sehr gerne unterstütze ich die Bewerbung von Frau Dr. Chen um ein Stipendium im Programm AIM China der European "
            "School of Radiology.",
            "Frau Dr. Chen war von März bis August 2020 als Gastwissenschaftlerin in unserer Sektion für kardiovaskuläre "
            "Bildgebung tätig; ich war in dieser Zeit ihre akademische Betreuerin. Trotz der pandemiebedingten Einschränkungen hat "
            "sie sich außerordentlich schnell in unsere Arbeitsabläufe eingefunden. Sie hat die Auswertung der T1- und "
            "ECV-Messungen für unsere Amyloidose-Kohorte übernommen und daraus eine gemeinsame Publikation mit Patientinnen und "
            "Patienten aus Peking und Heidelberg entwickelt, die 2022 in European Radiology erschienen ist.",
            "Besonders beeindruckt haben mich ihre Sorgfalt bei der Bildanalyse, ihre Zuverlässigkeit und ihre Fähigkeit, "
            "komplexe Fragestellungen klar zu formulieren. Im Team war sie sehr geschätzt; die Verständigung auf Englisch und "
            "zunehmend auch auf Deutsch verlief problemlos.",
            "Ein erneuter Aufenthalt in einem europäischen Zentrum mit großem klinischen Kardio-MRT-Volumen wäre für ihre weitere "
            "Entwicklung ideal. Ich empfehle Frau Dr. Chen daher ohne jede Einschränkung und stehe für Rückfragen gerne zur "
            "Verfügung.",
        ], vollmer, date="Heidelberg, den 7. Januar 2025",
        recipient=["An die Mitglieder des Evaluation Committee", "European School of Radiology (ESOR)", "Am Gestade 1", "1010 Wien, Österreich"],
        salutation="Sehr geehrte Mitglieder des Evaluation Committee,", closing="Mit freundlichen Grüßen", lang="de"),
        lang="de", pages=1, label="recommendation in German")
    decl = Doc("funding_declaration", letter(
        THEMES["dejavu-serif"], "",
        [
            '<p style="font-weight:bold;font-size:1.1em">Proof of need for sponsorship – candidate’s declaration</p>',
            f"I, {CHEN.full}, born {CHEN.dob.strftime('%d %B %Y')}, ESR member {CHEN.esr_no}, declare that I cannot cover the costs "
            "of a three-month fellowship abroad from my own means or from my employer, and I request to be considered for the "
            "sponsored track of AIM China.",
            "I confirm that I have not received any other grant for the same fellowship period.",
        ], Signer(CHEN.dr, []), date="Beijing, 10 January 2025", closing="Signature of the candidate"), pages=1,
        label="declaration of need for sponsorship")
    return [Packet(P, "german-recommendation", "Sponsored packet whose second recommendation letter, from the applicant's academic "
                   "tutor during a research stay in Heidelberg, is written in German (the call asks for all documents in English).",
                   [cv, motivation, rec1, rec2, decl], status="incomplete", expected_findings=["language.not_english"],
                   track="sponsored")]


# ---------------------------------------------------------------- Guo Ruoxi (self-funded); conference programme page, long letter

def guo_packets():
    t = THEMES["narrow"]
    cv = Doc("cv", cv_table(t, GUO, numbered=False, shade="#e5f0ee", org_line="ESOR · European School of Radiology"), pages=2,
             label="ESOR CV (tables, unnumbered headings)")
    fah = lh_logo("中山", "The First Affiliated Hospital, Sun Yat-sen University", "Department of Radiology · 放射科",
                  ["58 Zhongshan Er Road, Guangzhou 510080", "China"], "#006d77", "square")
    motivation = Doc("motivation_letter", letter(
        THEMES["noto-serif"], lh_private([GUO.dr, GUO.address, GUO.email]),
        [
            "Sports injuries have become one of the fastest-growing indications for MRI in our hospital. Guangzhou hosts large "
            "amateur running and football communities, and the number of young patients referred with knee and shoulder injuries "
            "has tripled in five years. I am applying to AIM China because I want to learn how a European musculoskeletal unit "
            "deals with this demand while keeping quality high.",
            "I have worked as an attending radiologist in MSK imaging since 2021. Together with my academic tutor I introduced "
            "compressed-sensing knee MRI, which shortened our examinations to five minutes without loss of diagnostic accuracy, "
            "and I perform diagnostic and interventional musculoskeletal ultrasound two days a week.",
            "During a three-month fellowship I would like to take part in the daily reporting of sports MRI, learn standardised "
            "reporting of cartilage and ligament injuries, and observe ultrasound-guided procedures such as barbotage and "
            "perineural injections, which are still uncommon in our region.",
            "When I return I will organise a monthly joint meeting with our sports medicine surgeons and set up a teaching "
            "programme in MSK ultrasound for residents. I will fund the fellowship myself; the declaration of my academic tutor "
            "is enclosed.",
        ], Signer(GUO.dr, ["Attending Radiologist"]), date="12 January 2025", recipient=COMMITTEE,
        salutation="Dear Members of the Evaluation Committee,", closing="Yours sincerely,"), pages=1, label="motivation letter")
    huang = Signer("Prof. Huang Zhenhua", ["Head of the Department of Radiology", "The First Affiliated Hospital, Sun Yat-sen University"])
    rec1 = Doc("recommendation_letter", letter(
        THEMES["noto-serif"].but(size="11pt"), fah,
        [
            f"Dr Guo Ruoxi has asked me for a letter in support of her application to the AIM China programme, and I am happy "
            "to provide one. I have been her head of department since she started her residency in 2018.",
            "Let me begin with her clinical work. Dr Guo reports musculoskeletal MRI, CT and ultrasound for both the orthopaedic "
            "and the sports medicine services. Her reports are clear and precise, and in the quarterly audit of discrepancies "
            "that our department conducts she has consistently been among the radiologists with the fewest significant errors. "
            "The surgeons regularly invite her to their preoperative conferences, and she has become the person they call when "
            "an arthroscopic finding does not match the imaging.",
            "Her research record is still modest, as is usual at her career stage, but it is well directed. The compressed-sensing "
            "knee protocol she evaluated with Dr Li is now our standard protocol on two scanners, and it has reduced our waiting "
            "list for knee MRI from three weeks to eight days. This is a good example of her approach: she looks for questions "
            "that matter in daily practice and follows them through to implementation.",
            "Dr Guo is also a committed teacher. She coordinates the MSK part of our residency curriculum, and she prepared the "
            "teaching cases for our regional MSK imaging day last November. Residents appreciate her patience and her practical "
            "style.",
            "Our department intends to create a dedicated sports imaging unit over the next two years. I would like Dr Guo to take "
            "a leading role in it, and the experience of a European centre, where such units are well established, would be of "
            "real benefit to her and to us. She has my full support and the department will arrange her clinical duties so that "
            "she can be away for three months.",
            "On a personal level, she is reliable, modest and well liked by her colleagues. She speaks English fluently and has "
            "presented her work at an international meeting, so I have no concerns about her ability to integrate into a "
            "European team.",
            "In summary, I consider Dr Guo an excellent candidate, and I recommend her warmly to the Evaluation Committee.",
        ], huang, date="11 January 2025", recipient=COMMITTEE, salutation="Dear Members of the Evaluation Committee,",
        closing="Yours faithfully,", sig_on_new_page=True, align="justify"),
        pages=2, label="recommendation, signature alone on page 2 (no page numbers)", last_page_has="Huang Zhenhua")
    li = Signer("Dr Li Weiqiang", ["Academic Tutor, Sun Yat-sen University", "Associate Professor, MSK Imaging Section",
                                   "Department of Radiology, The First Affiliated Hospital"])
    rec2 = Doc("recommendation_letter", letter(
        THEMES["noto-serif"].but(size="11pt"), fah,
        [
            "To the Evaluation Committee of the AIM China programme:",
            "Dr Guo has been my trainee and later my colleague in the musculoskeletal section. Since 2019 I have acted as her "
            "academic tutor and I know her work very well.",
            "She learns fast and she is not satisfied with approximations. When we validated the compressed-sensing protocol she "
            "insisted on arthroscopic correlation for every case rather than using a second MRI as reference, which made the study "
            "slower but far more convincing. She also developed a simple ultrasound checklist for the rotator interval that our "
            "residents now use.",
            "I am convinced that she has the maturity to benefit fully from a European fellowship. I support her application "
            "and would be pleased to answer any question the Committee may have.",
        ], li, date="11 January 2025", closing="Best regards,"), pages=1, label="recommendation (academic tutor, same letterhead)")
    decl = Doc("funding_declaration", letter(
        THEMES["noto-serif"].but(size="11pt"), fah,
        [
            '<p style="text-align:center;font-weight:bold;letter-spacing:.05em">DECLARATION – SELF-FUNDED FELLOWSHIP</p>',
            f"I hereby confirm, in my capacity as Academic Tutor of {GUO.dr} at Sun Yat-sen University, that Dr Guo will "
            "finance her participation in the AIM China – Advanced Imaging Mentorship programme herself. She applies on the "
            "self-funded track and does not request the programme's grant.",
            "Her salary will continue to be paid by The First Affiliated Hospital during the three-month fellowship.",
        ], li, date="Guangzhou, 11 January 2025", closing="Signed,"), pages=1, label="self-funding declaration (academic tutor)")
    stray = Doc("unknown", conference_programme(), pages=1, label="conference programme page (unrelated)")
    return [Packet(P, "conference-programme-page", "Complete self-funded packet with the programme page of a regional MSK imaging "
                   "day merged in right after the CV; the head of department's recommendation runs over two pages with only "
                   "the closing and signature on page 2; the self-funding declaration is signed by the academic tutor.",
                   [cv, stray, motivation, rec1, rec2, decl], expected_findings=["document.unclassified"], track="self-funded")]


def packets():
    return lyu_packets() + zhou_packets() + chen_packets() + guo_packets()
