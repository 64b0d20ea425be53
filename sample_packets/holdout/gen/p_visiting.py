"""Visiting Scholarship (residents) packets: motivation, CV, confirmation of resident status, recommendation(s)."""

from __future__ import annotations

from .common import checkbox
from .docs import (THEMES, Signer, cv_grid, cv_lines, cv_table, esc, letter, lh_bar, lh_centered, lh_logo, lh_private, plain,
                   seal_svg, signature_svg)
from .model import Doc, Packet
from .people import MARCHAND, PETROVIC, WROBEL

P = "visiting-scholarship-europe"
COMMITTEE = ["ESOR Evaluation Committee", "Visiting Scholarship Programme", "European School of Radiology",
             "Am Gestade 1, 1010 Vienna, Austria"]

CONFIRM_CSS = """
.esor { display:flex; justify-content:space-between; align-items:center; border-bottom: 2px solid #12355b; padding-bottom: 6px; }
.esor .n { font-weight:bold; color:#12355b; font-size:1.1em; }
table.tpl { width:100%; border-collapse: collapse; margin: 12px 0; }
table.tpl td { border: 0.7pt solid #777; padding: 6px 8px; vertical-align: top; }
table.tpl td.l { width: 40%; background: #f2f4f7; }
"""


def resident_confirmation(p, year: str, start: str, expected: str, head: Signer, date: str, theme, filled_font: str = "") -> str:
    years = " &nbsp; ".join(f"{checkbox(y == year)} {y}" for y in ("3rd", "4th", "5th"))
    ff = f' style="font-family:{filled_font}"' if filled_font else ""
    body = f"""
<div class="esor"><div class="n">European School of Radiology (ESOR)<br><span style="font-weight:normal;font-size:.85em">Visiting Scholarship Programme</span></div>
<div class="small" style="text-align:right">ESOR template<br>Confirmation of resident status</div></div>
<h2 class="t" style="margin-top:16px">CONFIRMATION OF RESIDENT STATUS</h2>
<p class="small">To be completed and signed by the Head of Department of the applicant's training institution.</p>
<table class="tpl">
<tr><td class="l">Name of the resident</td><td{ff}>{esc(p.full)}</td></tr>
<tr><td class="l">Date of birth</td><td{ff}>{p.dob.strftime('%d/%m/%Y')}</td></tr>
<tr><td class="l">ESR membership number</td><td{ff}>{esc(p.esr_no)}</td></tr>
<tr><td class="l">Training institution</td><td{ff}>{esc(p.institution)}</td></tr>
<tr><td class="l">Department</td><td{ff}>{esc(p.department)}</td></tr>
<tr><td class="l">Start of residency in radiology</td><td{ff}>{esc(start)}</td></tr>
<tr><td class="l">Current year of training</td><td>{years}</td></tr>
<tr><td class="l">Expected date of board certification</td><td{ff}>{esc(expected)}</td></tr>
</table>
<p>I hereby confirm that the above-named doctor is a resident in radiology in our department, currently in the
<b>{year} year</b> of training, and that the department supports the application to the ESOR Visiting Scholarship Programme.</p>
<table class="tpl">
<tr><td class="l">Name of the Head of Department</td><td{ff}>{esc(head.name)}</td></tr>
<tr><td class="l">Position</td><td{ff}>{esc(", ".join(head.lines))}</td></tr>
<tr><td class="l">Place and date</td><td{ff}>{esc(date)}</td></tr>
<tr><td class="l">Signature and stamp</td><td style="height:70px">{signature_svg(head.name)} {seal_svg(head.name, "", 60, "#12355b")}</td></tr>
</table>
"""
    return plain(theme, body, extra_css=CONFIRM_CSS)


# ---------------------------------------------------------------- Bartłomiej Wróbel (Poland), US Letter

def wrobel_packets():
    p = WROBEL
    t = THEMES["letter-times"]
    motivation = Doc("motivation_letter", letter(
        t.but(size="12pt", line="1.3"), lh_private([p.dr, p.address, p.email]),
        [
            "I am a fourth-year radiology resident at the University Clinical Hospital in Wrocław, and I am writing to apply for "
            "a three-month ESOR Visiting Scholarship in interventional radiology.",
            "From the first weeks of my residency I was drawn to the angiography suite. Our department performs a wide range of "
            "vascular and non-vascular procedures, and over the last two years I have assisted in more than three hundred of "
            "them, including uterine and prostatic artery embolisations, TIPS creation and biliary drainages. I have also "
            "started to perform diagnostic angiographies and simple drainages under supervision, and I presented our series on "
            "prostatic artery embolisation in catheterised patients at the Polish Congress of Radiology.",
            "My training has two clear gaps. First, tumour ablation: we perform only a few microwave ablations a year, and I have "
            "not yet seen a structured ablation programme with pre-procedural planning and post-ablation margin assessment. "
            "Second, clinical practice in interventional radiology: in Poland interventional radiologists rarely run their own "
            "outpatient clinics or admit patients, and I would like to see how a European IR department takes clinical "
            "responsibility before and after procedures.",
            "I would therefore be grateful to be placed in a high-volume interventional oncology centre. I am particularly "
            "interested in learning how liver and kidney ablations are planned and followed up, how the IR clinic is organised, "
            "and how the department trains residents in procedures step by step.",
            "After my return I will present what I learn in our department's weekly teaching session and propose a structured "
            "follow-up pathway for our ablation patients. My long-term goal is to complete the European Board of Interventional "
            "Radiology examination after my board certification in 2025.",
            "I would like to thank the Committee for considering my application, and ESOR for offering residents this opportunity.",
        ], Signer(p.dr, ["Resident in Radiology (4th year)", "University Clinical Hospital in Wrocław"]), date="March 14, 2024",
        recipient=COMMITTEE, salutation="Dear Members of the Evaluation Committee:", closing="Sincerely,", sig_on_new_page=True),
        pages=2, label="motivation letter, signature on page 2", last_page_has="Wróbel")
    cv = Doc("cv", cv_table(t, p, shade="#e9ecef", org_line="European School of Radiology – Visiting Scholarship Programme"),
             pages=2, label="ESOR CV (tables, Letter)")
    head = Signer("Prof. dr hab. n. med. Paweł Zieliński", ["Head of the Department of General and Interventional Radiology",
                                                           "University Clinical Hospital in Wrocław"])
    confirm = Doc("resident_confirmation", resident_confirmation(p, "4th", "01/10/2020", "October 2025", head, "Wrocław, 12/03/2024",
                                                                 THEMES["letter-sans"], filled_font="'DejaVu Sans Mono', monospace"),
                  pages=1, label="confirmation of resident status (ESOR template)")
    usk = lh_logo("USK", "Uniwersytecki Szpital Kliniczny we Wrocławiu", "Department of General and Interventional Radiology",
                  ["ul. Borowska 213, 50-556 Wrocław", "Poland"], "#6c757d", "square")
    rec1 = Doc("recommendation_letter", letter(
        t, usk,
        [
            f"I have supervised {p.dr} since the beginning of his residency in October 2020 and am glad to recommend him for "
            "the ESOR Visiting Scholarship Programme.",
            "Dr Wróbel is one of the most motivated residents in our department. He is reliable in diagnostic work, but his "
            "real enthusiasm is for interventional radiology: he spends every free moment in the angiography suite, he has "
            "learned the basic catheter techniques quickly and safely, and he prepares each case with care.",
            "He is also a good team member, popular with nurses and technologists, and he contributes to our research on "
            "prostatic artery embolisation.",
            "A period in a European interventional oncology centre would be an excellent investment in his training. I support "
            "his application wholeheartedly.",
        ], head, date="Wrocław, March 12, 2024", recipient=COMMITTEE, salutation="Dear Committee Members,", closing="Sincerely yours,"),
        pages=1, label="recommendation (head of department)")
    rec2 = Doc("recommendation_letter", letter(
        t, usk,
        [
            "To the ESOR Evaluation Committee",
            "I am an interventional radiologist and the tutor responsible for residents' training in our angiography unit. Dr "
            "Bartłomiej Wróbel has worked with me on many procedures over the past two years.",
            "He has good hands, an excellent grasp of anatomy, and – most importantly for a future interventionalist – the "
            "judgement to stop and ask when something is not going to plan. He follows his patients on the ward after the "
            "procedure, which I consider a sign of the right attitude.",
            "I strongly believe he will benefit from the Visiting Scholarship, and I recommend him without hesitation.",
        ], Signer("Dr n. med. Jakub Kaczmarek", ["Consultant Interventional Radiologist", "Residency tutor, angiography unit"]),
        date="March 13, 2024", closing="Kind regards,"), pages=1, label="recommendation (tutor, same letterhead)")
    return [Packet(P, "complete-letter-size", "Complete visiting-scholarship packet on US Letter paper: a motivation letter "
                   "whose closing and signature fall on page 2 (no page numbers), CV as tables, the ESOR resident-status template "
                   "filled in a monospace font, two recommendation letters back to back on the same letterhead.",
                   [motivation, cv, confirm, rec1, rec2])]


# ---------------------------------------------------------------- Chloé Marchand (France), confirmation before the CV

def marchand_packets():
    p = MARCHAND
    t = THEMES["noto-sans"].but(accent="#9d4edd")
    motivation = Doc("motivation_letter", letter(
        THEMES["noto-serif"], lh_private([p.dr, "Interne en radiologie – Hospices Civils de Lyon", p.email]),
        [
            "I am applying for a Visiting Scholarship in paediatric radiology. I am a third-year radiology resident at the "
            "Hospices Civils de Lyon, and my rotations so far have included six months at the Hôpital Femme Mère Enfant, where "
            "I discovered paediatric imaging.",
            "What attracted me was ultrasound: in children it is often the first and sometimes the only examination, and its "
            "quality depends entirely on the operator. I have since performed several hundred paediatric ultrasound "
            "examinations under supervision and written a pictorial essay on the hip in children.",
            "I would like to spend three months in a large European children's hospital to consolidate my ultrasound skills, "
            "learn paediatric MSK and neonatal brain ultrasound, and see how low-dose CT and MRI protocols are adapted for "
            "children. This experience would guide my choice of subspecialty and my final year of residency.",
            "Thank you for your consideration.",
        ], Signer(p.dr, ["Resident in Radiology, 3rd year"]), date="Lyon, 22 April 2024", recipient=COMMITTEE,
        salutation="Dear Members of the ESOR Evaluation Committee,", closing="Yours sincerely,"), pages=1, label="motivation letter")
    cv = Doc("cv", cv_grid(t, p), pages=2, label="ESOR CV (grid)")
    head = Signer("Pr Antoine Delorme", ["Head of Department (chef de service)", "Department of Radiology, Hôpital de la Croix-Rousse, HCL"])
    confirm = Doc("resident_confirmation", resident_confirmation(p, "3rd", "02/11/2021", "November 2026", head, "Lyon, 18/04/2024",
                                                                 THEMES["noto-sans"]), pages=1, label="confirmation of resident status")
    rec = Doc("recommendation_letter", letter(
        THEMES["noto-serif"], lh_centered("Hospices Civils de Lyon", ["Hôpital de la Croix-Rousse · Department of Radiology",
                                                                       "103 Grande Rue de la Croix-Rousse, 69004 Lyon, France"], THEMES["noto-serif"]),
        [
            f"{p.dr} has been a resident in our programme since November 2021. I recommend her with pleasure for the ESOR "
            "Visiting Scholarship.",
            "She is a hard-working, intelligent and empathetic resident. Her interest in paediatric imaging is genuine and has "
            "already led to a publication in Pediatric Radiology. Her ultrasound skills are well above the level expected in "
            "the third year.",
            "I am convinced that a stay in a European paediatric centre would be very beneficial to her training and, later, to "
            "our department.",
        ], head, date="Lyon, 18 April 2024", recipient=COMMITTEE, salutation="Dear Members of the Evaluation Committee,",
        closing="With my best regards,"), pages=1, label="recommendation (head of department)")
    return [Packet(P, "wrong-order", "Visiting-scholarship packet with the confirmation of resident status placed before the CV.",
                   [motivation, confirm, cv, rec], status="incomplete", expected_findings=["document.order"])]


# ---------------------------------------------------------------- Đorđe Petrović (Serbia), no recommendation

def petrovic_packets():
    p = PETROVIC
    motivation = Doc("motivation_letter", letter(
        THEMES["dejavu-sans"], "",
        [
            f"{esc(p.dr)}<br>{esc(p.department)}, {esc(p.institution)}<br>{esc(p.address)}",
            "Re: ESOR Visiting Scholarship Programme – cardiac imaging",
            "Dear Members of the Evaluation Committee,",
            "I am in the fifth and final year of my radiology residency at the University Clinical Centre of Serbia in Belgrade, "
            "and I wish to apply for a three-month Visiting Scholarship in cardiac imaging.",
            "Cardiac CT and MRI are still developing in Serbia. Our centre performs about ten cardiac MRI examinations a week, and "
            "coronary CT angiography is available only two days a week. I have been involved in both since my third year, and I "
            "recently published a study on late gadolinium enhancement patterns in vaccine-associated myocarditis. I attended "
            "the ESOR Foundation Course on Cardiac Imaging in Belgrade in 2022, which strengthened my wish to specialise in this "
            "field.",
            "A stay in a high-volume European cardiac imaging centre would allow me to see a broad range of pathology, to learn "
            "stress perfusion MRI and CT-FFR, and to understand how cardiac imaging is organised with cardiologists. I would use "
            "this experience to help our department expand its cardiac imaging service after my board examination.",
            "Thank you for your time and consideration.",
        ], Signer(p.dr, ["Resident in Radiology (5th year)"]), date="Belgrade, 18 September 2024", closing="Sincerely,",
        date_right=False), pages=1, label="motivation letter")
    cv = Doc("cv", cv_lines(THEMES["dejavu-sans"], p, upper=True, numbering="{i}. "), pages=2, label="ESOR CV (lines)")
    head = Signer("Prof. dr Marija Stanković", ["Head of Department", "Centre for Radiology and MRI, University Clinical Centre of Serbia"])
    confirm = Doc("resident_confirmation", resident_confirmation(p, "5th", "15/01/2020", "January 2025", head, "Belgrade, 16/09/2024",
                                                                 THEMES["dejavu-sans"]), pages=1, label="confirmation of resident status")
    return [Packet(P, "missing-recommendation", "Visiting-scholarship packet without any letter of recommendation: motivation "
                   "letter (no letterhead), CV, confirmation of resident status only.", [motivation, cv, confirm],
                   status="incomplete", expected_findings=["document.missing"])]


def packets():
    return wrobel_packets() + marchand_packets() + petrovic_packets()
