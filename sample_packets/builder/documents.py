"""Builders of the individual documents of an application packet.

Each function returns a producer-neutral ``Document``. Options let a packet ask
for a particular wording, layout or defect (a blank page, a French text...).
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from . import texts
from .model import (KV, BlankPage, Checklist, Document, Drawing, Gap, Grid, Heading, Letterhead, Lines,
                    Mono, Para, Signature, Style, Title)
from .mrz import td3
from .people import Applicant, Referee
from .pubs import POOLS, selected
from .styles import DATE_STYLES, fmt_date, letter_style, letterhead

ESR_ADDRESS = ["European Society of Radiology", "Am Gestade 1", "1010 Vienna, Austria"]
COMMITTEE_BLOCKS = [
    ["ESOR Evaluation Committee", "European School of Radiology (ESOR)", "Am Gestade 1", "1010 Vienna, Austria"],
    ["To the Evaluation Committee", "European School of Radiology"],
    ["European School of Radiology", "Attn.: Evaluation Committee", "Am Gestade 1, 1010 Wien, Austria"],
]
HOST_HEADS = {"icm-oncologic-imaging": "Prof. Delmas", "gustave-roussy-hybrid-imaging": "Prof. Vasseur",
              "lille-neuroinflammatory": "Prof. Leclercq", "bracco-fellowship": "Prof. Marchetti",
              "visiting-scholarship-europe": "Prof. Andersen"}


@dataclass
class Ctx:
    """What every document of one packet shares."""
    programme: str
    when: date                     # the date the applicant assembles the packet
    rng: random.Random
    track: str = ""
    page: str = "A4"
    shared: dict = field(default_factory=dict)     # letterheads/styles reused by several letters

    def date_text(self, days_before: int = 0, how: str | None = None) -> str:
        return fmt_date(self.when - timedelta(days=days_before), how or self.rng.choice(DATE_STYLES))


def _with_page(style: Style, ctx: Ctx) -> Style:
    return replace(style, page=ctx.page)


def institution_letterhead(ctx: Ctx, r: Referee, a: Applicant | None = None) -> Letterhead:
    """The letterhead of a referee's institution (department line, address, switchboard)."""
    dept = a.department if a is not None and a.institution == r.institution else "Department of Radiology"
    phone = r.phone.split(" ext.")[0]
    lines = [dept] + r.address + [f"Tel. {phone}"]
    return letterhead(ctx.rng, r.institution, lines)


# ====================================================================== CV
CV_SECTIONS = ["Personal Details", "Current Position", "Education", "Professional Experience",
               "Fields of Interest / Subspecialty", "Language Skills", "Research Activities and Publications",
               "Congress Presentations", "Previous ESOR Programmes Attended", "Declaration"]


def cv(a: Applicant, ctx: Ctx, *, layout: str | None = None, blank_after_section: int | None = None,
       footer: str | None = "random") -> Document:
    """The ESOR CV template filled in by the applicant.

    layout "table": shaded label cells with a grid (as the DOC template);
    "plain": label/value columns without borders; "boxed": grid without shading.
    """
    rng = ctx.rng
    layout = layout or rng.choice(["table", "plain", "boxed", "table"])
    kv = dict(table=dict(shade=True, grid=True), plain=dict(shade=False, grid=False),
              boxed=dict(shade=False, grid=True))[layout]
    surname = a.surname.upper() if rng.random() < 0.4 else a.surname
    address = a.address + (f"\n{a.address_local}" if a.address_local else "")
    board = a.board_date if a.board_date.startswith("expected") else f"{a.board_date}, {a.board_authority}"
    if a.board_date.startswith("expected"):
        board = f"{a.board_date} ({a.board_authority})"
    pubs = selected(a, 5 if a.pubs_key else 2)
    sections: list[list] = [
        [KV([("Surname", surname), ("First Name(s)", a.given), ("Date of Birth", a.dob.strftime("%d/%m/%Y")),
             ("Nationality", a.nationality), ("Country of Residence", a.residence), ("Address", address),
             ("E-mail", a.email), ("Phone", a.phone), ("ESR Membership Number", a.esr_no)], **kv)],
        [KV([("Position", a.position), ("Department", a.department), ("Institution", a.institution),
             ("City / Country", a.city_country), ("Since", a.since)], **kv)],
        [KV([("Medical Degree", f"{a.med_degree}, {a.med_year}"),
             ("Board Certification in Radiology", board)], **kv)],
        [Grid([["From – To", "Institution", "Position"]] + [list(r) for r in a.experience],
              widths=[0.22, 0.46, 0.32])],
        [Para(a.interests)],
        [Grid([["Language", "Level"]] + [list(r) for r in a.languages], widths=[0.5, 0.5])],
        [KV([("Number of peer-reviewed publications", str(a.n_pubs))], **kv),
         Para("Selected publications:", bold=True, space_after=2)]
        + [Para(f"{i}. {p}", size=None, space_after=3) for i, p in enumerate(pubs, 1)],
        [Para(a.congress)],
        [Para(a.prev_esor)],
        [Para("I confirm that the information given in this CV is correct."),
         KV([("Place", a.place), ("Date", ctx.when.strftime("%d/%m/%Y"))], **kv),
         Signature(a.full, ["Signature"] if rng.random() < 0.5 else [], scribble=rng.random() < 0.8,
                   seed=rng.randrange(10**6))],
    ]
    blocks: list = []
    if rng.random() < 0.5:
        blocks.append(Lines(["European School of Radiology"], align="center", size=9, space_after=2))
    blocks.append(Title("ESOR CURRICULUM VITAE", size=rng.choice([14, 15, 16, 18]),
                        underline=rng.random() < 0.3, space_after=12))
    for i, (name, body) in enumerate(zip(CV_SECTIONS, sections), 1):
        blocks.append(Heading(f"{i}. {name}", shaded=layout == "table" and rng.random() < 0.6))
        blocks.extend(body)
        if blank_after_section == i:
            blocks.append(BlankPage())
    style = Style(font=rng.choice(["helvetica", "arial", "liberation-sans", "dejavu-sans", "times", "liberation-serif"]),
                  size=rng.choice([9.5, 10, 10.5]), leading=1.25,
                  margins_mm=(rng.choice([18, 20, 22]), 18, rng.choice([18, 20]), 18),
                  para_space=4, footer=rng.choice([None, "page_x_of_y", "page_x", "x_slash_y"]) if footer == "random" else footer,
                  footer_text=f"ESOR CV – {a.full}" if rng.random() < 0.5 else "",
                  heading_color=rng.choice(["#000000", "#1f3864", "#0b5394"]), heading_size=rng.choice([11, 11.5, 12]))
    return Document("cv", "en", blocks, _with_page(style, ctx), name="cv")


# ====================================================================== letters (common parts)
def _sign_lines(r: Referee, rng: random.Random) -> list[str]:
    lines = [r.role, r.institution]
    if rng.random() < 0.5:
        lines.append(r.email)
    return lines


def _closing(rng: random.Random) -> str:
    return rng.choice(texts.CLOSINGS)


def _title_block(rng: random.Random, options: list[str], allow_none: bool = True) -> list:
    if allow_none and rng.random() < 0.35:
        return []
    text = rng.choice(options)
    return [Title(text, size=rng.choice([12, 13, 14, 16]), bold=rng.random() < 0.8,
                  underline=rng.random() < 0.3, caps=rng.random() < 0.3,
                  align=rng.choice(["center", "center", "left"]), space_after=10)]


# ====================================================================== motivation letter
def motivation(a: Applicant, ctx: Ctx, *, long: bool = False, salutation: str | None = None,
               variant: int | None = None, footer: str | None = "random", committee: bool | None = None,
               signed: bool = True) -> Document:
    """``committee=False``: no committee address block; ``signed=False``: no closing and no signature."""
    rng = ctx.rng
    p = ctx.programme
    forced = committee
    s = texts.slots(a, p, track=ctx.track)
    s["train_year_word"] = {3: "third", 4: "fourth", 5: "fifth"}.get(a.train_year, "fourth")
    v = variant if variant is not None else rng.randrange(10)
    opens, whys = texts.MOT_OPEN[p], texts.MOT_WHY[p]
    committee = p in ("aim-china", "exchange-fellowship", "visiting-scholarship-europe") if forced is None else forced
    if salutation is None:
        pool = texts.SAL_COMMITTEE if committee or rng.random() < 0.5 else ["Dear Colleagues,", "Dear Sir or Madam,",
                                                                               f"Dear {HOST_HEADS.get(p, 'Prof. Martin')},"]
        salutation = rng.choice(pool)
    body = [opens[v % len(opens)].format(**s), a.story]
    if long:
        body += [a.research, whys[v % len(whys)].format(**s), whys[(v + 1) % len(whys)].format(**s), a.plan,
                 "Outside work, I have always valued exchanges with colleagues from other countries. I "
                 "believe that radiology, more than many other specialities, benefits from shared standards, "
                 "and that the personal contacts made during a fellowship last for a whole career. I would be "
                 "proud to contribute, in return, by presenting our own experience and cases to the host team."]
    else:
        if len(a.story.split()) < 70:           # a short career so far: say more about the research
            body.append(a.research)
        body += [whys[v % len(whys)].format(**s)]
        if rng.random() < 0.6:
            body.append(a.plan)
    body.append(texts.MOT_CLOSE[v % len(texts.MOT_CLOSE)])

    blocks: list = []
    if rng.random() < 0.5:   # the applicant's own address block at the top right or left
        blocks.append(Lines([a.dr if rng.random() < 0.5 else a.full, a.address, a.email],
                            align=rng.choice(["right", "left"]), size=None, space_after=10))
    date_line = ctx.date_text(rng.randrange(1, 12))
    if rng.random() < 0.5:
        date_line = f"{a.place}, {date_line}"
    blocks.append(Lines([date_line], align=rng.choice(["left", "right"])))
    if committee or (forced is None and rng.random() < 0.4):
        blocks.append(Lines(rng.choice(COMMITTEE_BLOCKS)))
    blocks += _title_block(rng, ["Letter of Motivation", "Motivation Letter", "LETTER OF MOTIVATION",
                                 f"Application for the {texts.PROGRAMMES[p]['short']} – Letter of Motivation"])
    if rng.random() < 0.3:
        blocks.append(Para(f"Re: Application for the {texts.PROGRAMMES[p]['short']}", bold=True))
    blocks.append(Para(salutation))
    blocks += [Para(t) for t in body]
    if signed:
        blocks.append(Para(_closing(rng), keep=True))
        blocks.append(Signature(a.dr if rng.random() < 0.6 else a.full,
                                [a.position, a.institution] if rng.random() < 0.7 else [a.institution],
                                scribble=rng.random() < 0.7, seed=rng.randrange(10**6)))
    style = letter_style(rng)
    if footer != "random":
        style.footer = footer
    return Document("motivation_letter", "en", blocks, _with_page(style, ctx), name="motivation")


def motivation_french(a: Applicant, ctx: Ctx) -> Document:
    rng = ctx.rng
    paras = texts.FR_MOTIVATION
    blocks = [Lines([a.full, a.address, a.email], align="left"),
              Lines([f"{a.place}, le 12 mars 2021"], align="right"),
              Lines(["Comité d'évaluation", "European School of Radiology", "Am Gestade 1, 1010 Vienne, Autriche"]),
              Para(paras[0], bold=True)]
    blocks += [Para(t) for t in paras[1:]]
    blocks.append(Signature(f"Dr {a.full}", [a.institution], scribble=True, seed=rng.randrange(10**6)))
    return Document("motivation_letter", "fr", blocks, _with_page(letter_style(rng, font="times"), ctx),
                    name="motivation-fr")


# ====================================================================== recommendation letter
def recommendation(a: Applicant, r: Referee, ctx: Ctx, *, voice: int, letterhead_key: str | None = None,
                   long: bool = False, salutation: str | None = None, style: Style | None = None,
                   footer: str | None = "random", page: str | None = None) -> Document:
    rng = ctx.rng
    p = ctx.programme
    s = texts.slots(a, p, r)
    s["since"] = a.since[-4:]
    voice %= len(texts.REC_VOICES)
    if r.institution != a.institution and voice in texts.SAME_DEPARTMENT_VOICES:
        voice = [2, 4, 6][voice % 3]         # a referee from another centre does not write "our department"
    paras = texts.fill(texts.REC_VOICES[voice], s)
    if long:
        paras = paras[:-1] + texts.fill(texts.REC_LONG_EXTRA, s) + paras[-1:]
    committee = p in ("aim-china", "exchange-fellowship")
    if salutation is None:
        if committee:
            salutation = rng.choice(texts.SAL_COMMITTEE)
        else:
            salutation = rng.choice(["To whom it may concern,", "Dear Colleagues,", "Dear Sir or Madam,",
                                     f"Dear {HOST_HEADS.get(p, 'Prof. Martin')},"] + texts.SAL_COMMITTEE[:1])
    subject = []
    if paras and (paras[0].startswith("Re:") or paras[0].startswith("Letter of support")):
        subject, paras = [paras[0]], paras[1:]
    if letterhead_key and letterhead_key in ctx.shared:
        lh, style = ctx.shared[letterhead_key]     # the same Word template, used by a second signer
    else:
        lh = institution_letterhead(ctx, r, a)
        style = style or letter_style(rng, lh)
        if letterhead_key:
            ctx.shared[letterhead_key] = (lh, style)
    blocks: list = [Lines([ctx.date_text(rng.randrange(5, 30))], align=rng.choice(["left", "right"]))]
    if committee or rng.random() < 0.3:
        blocks.append(Lines(rng.choice(COMMITTEE_BLOCKS)))
    if not subject:
        blocks += _title_block(rng, ["Letter of Recommendation", "LETTER OF RECOMMENDATION", "Recommendation Letter",
                                     f"Reference for {s['dr']}", "Letter of Support"])
    blocks += [Para(t, bold=True) for t in subject]
    blocks.append(Para(salutation))
    blocks += [Para(t) for t in paras]
    blocks.append(Para(_closing(rng), keep=True))
    blocks.append(Signature(r.name, _sign_lines(r, rng), scribble=rng.random() < 0.75, seed=rng.randrange(10**6),
                            stamp=[r.institution.split(",")[0], "Radiology"] if rng.random() < 0.25 else None))
    st = replace(style, letterhead=lh)
    if footer != "random":
        st.footer = footer
    st = _with_page(st, ctx)
    if page:
        st = replace(st, page=page)
    return Document("recommendation_letter", "en", blocks, st, name=f"recommendation-{r.short}")


def recommendation_french(a: Applicant, r: Referee, ctx: Ctx) -> Document:
    rng = ctx.rng
    paras = [t.format(**texts.french_slots(a)) for t in texts.FR_RECOMMENDATION]
    lh = Letterhead(r.institution, ["Service de Radiologie"] + r.address + [f"Tél. {r.phone}"], logo="shield",
                    align="left", color="#0b3d91")
    blocks = [Lines([f"Paris, le {ctx.when.day - 5 if ctx.when.day > 5 else 1} août {ctx.when.year}"], align="right"),
              Lines(["À l'attention du Comité d'évaluation", "European School of Radiology"]),
              Para(paras[0], bold=True)]
    blocks += [Para(t) for t in paras[1:]]
    blocks.append(Signature(r.name, [r.role, r.institution], scribble=True, seed=rng.randrange(10**6)))
    st = replace(letter_style(rng, lh, font="dejavu-serif"), footer=None)
    return Document("recommendation_letter", "fr", blocks, _with_page(st, ctx), name="recommendation-fr")


# ====================================================================== AIM China: funding declaration
def funding_declaration(a: Applicant, ctx: Ctx, *, track: str, variant: int = 0, by_candidate: bool = False) -> Document:
    """``by_candidate``: a self-funding declaration the candidate wrote and signed (not the Head of Department)."""
    rng = ctx.rng
    name = a.chinese_order
    head = a.referees[0]
    d = ctx.date_text(rng.randrange(2, 10))
    if track == "self-funded" and by_candidate:
        blocks = _title_block(rng, ["Declaration of Self-Funding"], allow_none=False)
        blocks += [Lines([f"{a.place}, {d}"]), Para("To the Evaluation Committee, European School of Radiology")]
        blocks += [Para(t) for t in [
            f"I, {name}, {a.position} at {a.institution}, hereby declare that my participation in the AIM China – "
            f"Advanced Imaging Mentorship programme (January–June 2026) will be self-funded.",
            "My department will continue to pay my salary during the three-month fellowship, and I will cover the "
            "costs of travel, accommodation and living in Europe myself. I therefore do not apply for the ESOR "
            "sponsorship grant.",
            "I confirm that the information given in this declaration is true and complete."]]
        blocks.append(Signature(name, ["Applicant", a.institution], scribble=True, seed=rng.randrange(10**6)))
        style = letter_style(rng)
    elif track == "self-funded":
        lh = institution_letterhead(ctx, head, a)
        title = ["Declaration of Self-Funding", "PROOF OF SELF-FUNDING", "Self-Funding Declaration"][variant % 3]
        body = [
            [f"I hereby declare that Dr. {name}, {a.position} in the {a.department} of {a.institution}, will be "
             f"self-funded during {a.pr['his']} participation in the AIM China – Advanced Imaging Mentorship "
             f"programme (January–June 2026).",
             f"Our department will continue to pay {a.pr['his']} full salary during the three-month fellowship, "
             f"and the travel, accommodation and living costs in Europe will be covered by the hospital's "
             f"continuing education fund and by the candidate. Dr. {a.surname} does therefore not apply for "
             f"the ESOR sponsorship grant.",
             "I confirm that the department agrees to release the candidate from clinical duties for the whole "
             "duration of the fellowship."],
            [f"This is to confirm that Dr. {name} has been granted leave from our department for a three-month "
             f"fellowship within the AIM China programme and that {a.pr['his']} participation is self-funded.",
             f"{a.institution} undertakes to cover the salary of Dr. {a.surname} during the fellowship. Travel "
             f"and accommodation will be paid by the candidate and by a research grant held by the department. "
             "No financial support from ESOR is requested."],
        ][variant % 2]
        blocks = [Lines([d], align="right")] + _title_block(rng, [title], allow_none=False)
        blocks += [Para("To the Evaluation Committee, European School of Radiology")]
        blocks += [Para(t) for t in body]
        blocks.append(Signature(head.name, [head.role, head.institution], scribble=True,
                                seed=rng.randrange(10**6), stamp=[head.institution.split(",")[0], "Department of Radiology"]))
        style = letter_style(rng, lh)
    else:
        title = ["Declaration of Need for Sponsorship", "Declaration – Sponsored Track",
                 "PROOF OF NEED FOR SPONSORSHIP"][variant % 3]
        body = [
            f"I, {name}, born on {a.dob.strftime('%d/%m/%Y')}, {a.position} at {a.institution}, hereby declare "
            f"that I am not able to self-fund my participation in the AIM China – Advanced Imaging Mentorship "
            f"programme and therefore apply for the sponsored track.",
            "My department is not able to continue my salary during an absence of three months, and neither my "
            "hospital nor any other institution will cover the costs of travel, accommodation and living in "
            "Europe. Without the support of ESOR I would not be able to accept a fellowship.",
            "I confirm that the information given in this declaration is true and complete.",
        ]
        blocks = _title_block(rng, [title], allow_none=False)
        blocks += [Lines([f"{a.place}, {d}"])]
        blocks += [Para(t) for t in body]
        blocks.append(Signature(name, ["Applicant", a.institution], scribble=True, seed=rng.randrange(10**6)))
        style = letter_style(rng)
    style.footer = None
    return Document("funding_declaration", "en", blocks, _with_page(style, ctx), name="funding")


# ====================================================================== board certificates
def board_certificate(a: Applicant, ctx: Ctx, kind: str) -> Document:
    rng = ctx.rng
    bd = a.board_date
    cert_style = Style(font=rng.choice(["times", "dejavu-serif", "liberation-serif"]), size=12, leading=1.5,
                       margins_mm=(30, 30, 30, 25), para_space=10, justify=False)
    center = "center"
    if kind == "de":
        blocks = [Lines(["ÄRZTEKAMMER NORDRHEIN", "Körperschaft des öffentlichen Rechts"], align=center, bold_first=True),
                  Gap(12), Title("URKUNDE", size=26, space_after=18),
                  Para(f"Frau Dr. med. {a.given} {a.surname}", align=center, bold=True, size=14),
                  Para(f"geboren am {a.dob.strftime('%d.%m.%Y')} in Wrocław (Polen)", align=center),
                  Para("hat nach Maßgabe der Weiterbildungsordnung der Ärztekammer Nordrhein die Anerkennung "
                       "erworben, die Bezeichnung", align=center),
                  Para("FACHÄRZTIN FÜR RADIOLOGIE", align=center, bold=True, size=16),
                  Para("zu führen. Die Prüfung wurde vor dem Prüfungsausschuss der Ärztekammer Nordrhein "
                       "erfolgreich abgelegt.", align=center),
                  Gap(10), Lines([f"Düsseldorf, den {bd.replace('/', '.')}"], align=center),
                  Signature("Präsident der Ärztekammer Nordrhein", [], scribble=True, seed=11,
                            stamp=["Ärztekammer Nordrhein", "Düsseldorf"]),
                  Para("Registriernummer: WB-2021-08841", size=8, align="left")]
        lang = "de"
    elif kind == "es":
        blocks = [Lines(["GOBIERNO DE ESPAÑA", "MINISTERIO DE UNIVERSIDADES"], align=center, bold_first=True), Gap(8),
                  Title("TÍTULO DE MÉDICO ESPECIALISTA", size=20, space_after=6),
                  Title("EN RADIODIAGNÓSTICO", size=16, space_after=16),
                  Para("Por cuanto, de conformidad con las disposiciones vigentes y en atención a que", align=center),
                  Para(f"D. {a.given} {a.surname}", align=center, bold=True, size=14),
                  Para("nacido el 4 de octubre de 1989 en Sevilla, de nacionalidad española, ha completado el "
                       "programa de formación sanitaria especializada por el sistema de residencia en el Hospital "
                       "Universitario La Paz, expide el presente Título de Médico Especialista en Radiodiagnóstico "
                       "que le faculta para ejercer la especialidad y disfrutar de los derechos que a este título "
                       "otorgan las disposiciones vigentes.", align="justify"),
                  Lines(["Dado en Madrid, a 24 de mayo de 2021"], align=center),
                  Signature("El Ministro de Universidades", [], scribble=True, seed=12),
                  Para("Registro Nacional de Especialistas en Ciencias de la Salud – n.º 2021/047719", size=8)]
        lang = "es"
    elif kind == "ro":
        blocks = [Lines(["ROMÂNIA", "MINISTERUL SĂNĂTĂȚII"], align=center, bold_first=True), Gap(8),
                  Title("CERTIFICAT DE MEDIC SPECIALIST", size=19, space_after=16),
                  Para(f"Doamna {a.surname.upper()} {a.given}, născută la 30.04.1988 în Brașov, absolventă a "
                       f"Universității de Medicină și Farmacie „Carol Davila” din București,", align=center),
                  Para("a promovat examenul de medic specialist, sesiunea noiembrie 2019, în specialitatea", align=center),
                  Para("RADIOLOGIE – IMAGISTICĂ MEDICALĂ", align=center, bold=True, size=15),
                  Para("și i se conferă titlul de medic specialist, cu toate drepturile prevăzute de lege.", align=center),
                  Lines(["București, 18.11.2019", "Nr. 13482 / 2019"], align=center),
                  Signature("Ministrul Sănătății", [], scribble=True, seed=13, stamp=["MINISTERUL SĂNĂTĂȚII", "ROMÂNIA"])]
        lang = "ro"
    elif kind == "it":
        blocks = [Lines(["UNIVERSITÀ DEGLI STUDI DI MILANO"], align=center, bold_first=True), Gap(6),
                  Title("DIPLOMA DI SPECIALIZZAZIONE", size=20, space_after=14),
                  Para("IL RETTORE", align=center, bold=True),
                  Para("visti gli atti della Scuola di Specializzazione in Radiodiagnostica, accertato il "
                       "compimento del corso di studi e il superamento della prova finale, conferisce a", align=center),
                  Para(f"{a.given.upper()} {a.surname.upper()}", align=center, bold=True, size=15),
                  Para("nato a Bergamo il 16 agosto 1987", align=center),
                  Para("il DIPLOMA DI SPECIALIZZAZIONE IN RADIODIAGNOSTICA con voti 70/70 e lode", align=center),
                  Lines(["Milano, 28 ottobre 2019"], align=center),
                  Signature("Il Rettore", [], scribble=True, seed=14),
                  Para("Registro dei diplomi n. 58/2019-RAD", size=8)]
        lang = "it"
    elif kind == "pl":
        blocks = [Lines(["CENTRUM MEDYCZNE KSZTAŁCENIA PODYPLOMOWEGO", "w Warszawie"], align=center, bold_first=True), Gap(10),
                  Title("DYPLOM", size=28, space_after=6), Title("uzyskania tytułu specjalisty", size=14, bold=False, space_after=18),
                  Para(f"Pani {a.given} {a.surname}", align=center, bold=True, size=14),
                  Para("urodzona dnia 3 grudnia 1987 r. w Łodzi", align=center),
                  Para("po odbyciu szkolenia specjalizacyjnego i złożeniu z wynikiem pozytywnym Państwowego "
                       "Egzaminu Specjalizacyjnego uzyskała tytuł specjalisty w dziedzinie", align=center),
                  Para("RADIOLOGII I DIAGNOSTYKI OBRAZOWEJ", align=center, bold=True, size=15),
                  Lines(["Warszawa, dnia 14 maja 2019 r.", "Nr dyplomu: 2019/RD/0412"], align=center),
                  Signature("Dyrektor CMKP", [], scribble=True, seed=15, stamp=["CMKP", "Warszawa"])]
        lang = "pl"
    elif kind == "nl":
        blocks = [Lines(["FEDERALE OVERHEIDSDIENST", "VOLKSGEZONDHEID, VEILIGHEID VAN DE VOEDSELKETEN EN LEEFMILIEU"],
                        align=center, bold_first=True), Gap(10),
                  Title("Ministerieel besluit houdende erkenning als geneesheer-specialist", size=15, space_after=14),
                  Para("De Minister van Volksgezondheid,", bold=True),
                  Para("Gelet op de gecoördineerde wet van 10 mei 2015 betreffende de uitoefening van de "
                       "gezondheidszorgberoepen; gelet op het advies van de erkenningscommissie voor de "
                       "radiodiagnose;"),
                  Para("BESLUIT:", bold=True),
                  Para(f"Artikel 1. Dokter {a.surname} {a.given}, geboren te Brugge op 09.03.1986, RIZIV-nummer "
                       f"1-71234-56-580, wordt erkend als geneesheer-specialist in de RADIODIAGNOSE met ingang "
                       f"van 01.08.2018."),
                  Para("Artikel 2. Deze erkenning geldt voor onbepaalde duur, onder voorbehoud van de naleving "
                       "van de erkenningscriteria."),
                  Lines(["Brussel, 20.07.2018"], align="right"),
                  Signature("Voor de Minister, de Directeur-generaal", [], scribble=True, seed=16)]
        lang = "nl"
    elif kind == "ie":
        blocks = [Lines(["FACULTY OF RADIOLOGISTS", "Royal College of Surgeons in Ireland", "123 St Stephen's Green, Dublin 2"],
                        align=center, bold_first=True), Gap(10),
                  Title("Certificate of Completion of Specialist Training", size=18, space_after=16),
                  Para("This is to certify that", align=center),
                  Para(f"Dr {a.given} {a.surname}", align=center, bold=True, size=15),
                  Para("has satisfactorily completed the approved programme of Higher Specialist Training in", align=center),
                  Para("DIAGNOSTIC RADIOLOGY", align=center, bold=True, size=14),
                  Para("in accordance with the requirements of the Faculty of Radiologists and the Medical Council "
                       "of Ireland, and is eligible for registration in the Specialist Division of the Register of "
                       "Medical Practitioners.", align=center),
                  Lines(["Date of completion: 1 July 2022", "Certificate No. FFR/CSCST/2022/031"], align=center),
                  Signature("Dean, Faculty of Radiologists", [], scribble=True, seed=17, stamp=["Faculty of Radiologists", "RCSI"])]
        lang = "en"
    elif kind == "pt-en":
        blocks = [Lines(["ORDEM DOS MÉDICOS", "Portuguese Medical Association", "Av. Almirante Gago Coutinho 151, 1749-084 Lisboa"],
                        align=center, bold_first=True), Gap(10),
                  Title("CERTIFICATE OF SPECIALIST TITLE", size=17, space_after=16),
                  Para(f"The Portuguese Medical Association (Ordem dos Médicos) hereby certifies that Dr. {a.given} "
                       f"{a.surname}, born on {a.dob.strftime('%d %B %Y')}, professional licence no. 58817, is "
                       f"registered in the College of Radiology as"),
                  Para("SPECIALIST IN RADIOLOGY", align=center, bold=True, size=15),
                  Para(f"since {a.board_date.replace('/', '.')}, following the successful completion of the national "
                       "specialist examination at the end of the residency programme at Centro Hospitalar "
                       "Universitário de São João, Porto."),
                  Para("This certificate is issued at the request of the interested party for the purpose of an "
                       "application abroad."),
                  Lines([f"Lisbon, {fmt_date(ctx.when - timedelta(days=20), 'long')}"], align="left"),
                  Signature("The President of the National Council", [], scribble=True, seed=18,
                            stamp=["ORDEM DOS MÉDICOS", "Conselho Nacional"])]
        lang = "en"
    else:
        raise ValueError(kind)
    return Document("board_certificate", lang, blocks, _with_page(cert_style, ctx), name=f"board-{kind}")


def medical_degree(a: Applicant, ctx: Ctx, kind: str) -> Document:
    st = Style(font="times", size=12.5, leading=1.5, margins_mm=(30, 30, 35, 25), para_space=10)
    c = "center"
    if kind == "ro":
        blocks = [Lines(["ROMÂNIA", "MINISTERUL EDUCAȚIEI NAȚIONALE",
                         "UNIVERSITATEA DE MEDICINĂ ȘI FARMACIE „CAROL DAVILA” DIN BUCUREȘTI"], align=c, bold_first=True),
                  Gap(10), Title("DIPLOMĂ DE LICENȚĂ", size=24, space_after=16),
                  Para(f"Se acordă doamnei {a.surname.upper()} {a.given}, născută la 30 aprilie 1988 în Brașov,", align=c),
                  Para("care a absolvit în anul 2013 Facultatea de Medicină, programul de studii MEDICINĂ, durata "
                       "studiilor 6 ani, și a promovat examenul de licență, titlul de", align=c),
                  Para("DOCTOR-MEDIC", align=c, bold=True, size=16),
                  Lines(["Seria L nr. 0418277", "București, 22 iulie 2013"], align=c),
                  Signature("Rector", [], scribble=True, seed=21, stamp=["UMF Carol Davila", "București"])]
        lang = "ro"
    else:
        blocks = [Lines(["REPUBBLICA ITALIANA", "UNIVERSITÀ DEGLI STUDI DI MILANO"], align=c, bold_first=True), Gap(8),
                  Title("DIPLOMA DI LAUREA MAGISTRALE", size=20, space_after=6),
                  Title("in Medicina e Chirurgia", size=15, bold=False, space_after=16),
                  Para("Noi Rettore dell'Università degli Studi di Milano, visti gli atti e i verbali, conferiamo a",
                       align=c),
                  Para(f"{a.given.upper()} {a.surname.upper()}", align=c, bold=True, size=15),
                  Para("nato a Bergamo il 16 agosto 1987", align=c),
                  Para("la LAUREA MAGISTRALE IN MEDICINA E CHIRURGIA (classe LM-41), conseguita il 18 luglio 2013 "
                       "con la votazione di 110/110 e lode.", align=c),
                  Lines(["Dato a Milano, 18 luglio 2013"], align=c),
                  Signature("Il Rettore", [], scribble=True, seed=22)]
        lang = "it"
    return Document("medical_degree", lang, blocks, _with_page(st, ctx), name=f"degree-{kind}")


# ====================================================================== language certificates
IELTS_BANDS = {"C1": ["8.0", "7.5", "7.0", "7.5", "7.5"], "B2": ["6.5", "6.0", "6.0", "6.5", "6.5"]}


def language_certificate(a: Applicant, ctx: Ctx, kind: str, level: str = "C1") -> Document:
    """``level``: the CEFR result of an IELTS report (C1 or B2)."""
    rng = ctx.rng
    dob = a.dob.strftime("%d/%m/%Y")
    st = Style(font=rng.choice(["helvetica", "arial", "dejavu-sans"]), size=10, margins_mm=(20, 20, 20, 20), para_space=5)
    if kind == "ielts":
        test_day = ctx.when - timedelta(days=300)
        blocks = [Title("IELTS", size=24, align="left", space_after=2),
                  Lines(["International English Language Testing System"], size=9),
                  Title("Test Report Form – ACADEMIC", size=14, align="left"),
                  Para("NOTE: Admission to undergraduate and postgraduate courses should be based on the ACADEMIC "
                       "Reading and Writing Modules.", size=8, italic=True),
                  KV([("Centre Number", "DE014"), ("Date", test_day.strftime("%d/%b/%Y").upper()),
                      ("Candidate Number", "004871"), ("Family Name", a.surname.upper()),
                      ("First Name(s)", a.given.upper()), ("Candidate ID", "C4F71188"),
                      ("Date of Birth", dob), ("Sex (M/F)", a.sex), ("Country or Region of Origin", a.nationality),
                      ("First Language", a.languages[0][0])], label_width=0.4),
                  Heading("Test Results"),
                  Grid([["Listening", "Reading", "Writing", "Speaking", "Overall Band Score", "CEFR Level"],
                        IELTS_BANDS[level] + [level]]),
                  Para("Administrator Comments: –", size=9),
                  KV([("Test Report Form Number", f"22DE004871{a.surname[:3].upper()}014A"),
                      ("Validation stamp", "British Council / IDP: IELTS Australia / Cambridge Assessment English")],
                     label_width=0.4, shade=False),
                  Signature("Centre Administrator", [], scribble=True, seed=31)]
        lang = "en"
    elif kind == "toefl":
        blocks = [Title("TOEFL iBT® Test Taker Score Report", size=16, align="left"),
                  KV([("Name", f"{a.surname}, {a.given}"), ("Date of Birth", a.dob.strftime("%B %d, %Y")),
                      ("Registration Number", "0000 0000 1935 2277"), ("Test Date", fmt_date(ctx.when - timedelta(days=210), "us")),
                      ("Native Country", a.residence), ("Native Language", a.languages[0][0])], label_width=0.35),
                  Heading("Scores"),
                  Grid([["Section", "Score", "Level", "CEFR"],
                        ["Reading", "28", "Advanced (24–30)", "C1"], ["Listening", "27", "Advanced (22–30)", "C1"],
                        ["Speaking", "25", "Advanced (25–30)", "C1"], ["Writing", "27", "Advanced (24–30)", "C1"],
                        ["Total Score", "107 / 120", "", "C1"]]),
                  Para("MyBest™ scores: Reading 28, Listening 27, Speaking 25, Writing 27 (total 107).", size=9),
                  Para("Test scores are valid for two years from the test date. The CEFR levels are mapped "
                       "according to the published ETS correspondence table.", size=8, italic=True)]
        lang = "en"
    elif kind == "cambridge":
        blocks = [Title("Cambridge English", size=18, align="left", space_after=2),
                  Title("Statement of Results", size=14, align="left"),
                  Lines(["C1 Advanced (CAE)"], bold_first=True),
                  KV([("Candidate name", a.full.upper()), ("Date of birth", dob),
                      ("Candidate number", "0317"), ("Centre", "PL059 – Warsaw"),
                      ("Session", "June 2019"), ("Statement date", "19/07/2019")], label_width=0.35),
                  Heading("Results"),
                  Grid([["Paper", "Score"], ["Reading", "193"], ["Use of English", "188"], ["Writing", "182"],
                        ["Listening", "196"], ["Speaking", "190"]], widths=[0.6, 0.4]),
                  KV([("Overall score", "190"), ("Grade", "B"), ("CEFR level", "C1")], label_width=0.35),
                  Para("Candidates achieving a grade A or B receive the C1 Advanced certificate, stating that they "
                       "demonstrated ability at Level C1 of the Common European Framework of Reference.", size=8.5)]
        lang = "en"
    elif kind == "delf":
        blocks = [Lines(["RÉPUBLIQUE FRANÇAISE", "MINISTÈRE DE L'ÉDUCATION NATIONALE"], align="center", bold_first=True),
                  Gap(6), Title("DIPLÔME D'ÉTUDES EN LANGUE FRANÇAISE", size=17, space_after=4),
                  Title("DELF B2", size=26, space_after=4),
                  Para("Niveau B2 du Cadre européen commun de référence pour les langues (CECRL)", align="center", italic=True),
                  Para("Le ministre de l'Éducation nationale atteste que", align="center"),
                  Para(f"Madame {a.surname.upper()} {a.given}", align="center", bold=True, size=13),
                  Para("née le 30/04/1988 à Brașov (Roumanie)", align="center"),
                  Para("a obtenu le Diplôme d'études en langue française, niveau B2, session de mai 2019, "
                       "au centre d'examen de l'Institut français de Roumanie, Bucarest.", align="center"),
                  Grid([["Compréhension de l'oral", "Compréhension des écrits", "Production écrite", "Production orale", "Total"],
                        ["18,5 / 25", "20 / 25", "16,5 / 25", "19 / 25", "74 / 100"]]),
                  Lines(["Fait à Sèvres, le 4 juillet 2019", "N° de diplôme : ROU002-19-00417"], align="center"),
                  Signature("Le directeur de France Éducation international", [], scribble=True, seed=32)]
        lang = "fr"
        st = replace(st, font="times", size=11.5)
    elif kind == "tcf":
        blocks = [Title("TEST DE CONNAISSANCE DU FRANÇAIS", size=16, space_after=2),
                  Title("Attestation de résultats – TCF tout public", size=12, bold=False),
                  KV([("Nom", a.surname.upper()), ("Prénom(s)", a.given), ("Date de naissance", a.dob.strftime("%d/%m/%Y")),
                      ("Nationalité", "italienne"), ("Centre de passation", "Institut français de Milan"),
                      ("Date de la session", "14/11/2020"), ("Numéro d'attestation", "TCF-ITA-20-117384")], label_width=0.38),
                  Heading("Résultats"),
                  Grid([["Épreuve", "Points", "Niveau"], ["Compréhension orale", "452 / 699", "B2"],
                        ["Maîtrise des structures de la langue", "431 / 699", "B2"],
                        ["Compréhension écrite", "468 / 699", "B2"], ["Niveau global", "", "B2"]]),
                  Para("Cette attestation est valable deux ans à compter de la date de la session. Les niveaux sont "
                       "exprimés selon le Cadre européen commun de référence pour les langues.", size=9, italic=True)]
        lang = "fr"
    else:
        raise ValueError(kind)
    return Document("language_certificate", lang, blocks, _with_page(st, ctx), name=f"lang-{kind}")


# ====================================================================== lists
def publication_list(a: Applicant, ctx: Ctx, *, variant: int = 0, count: int | None = None) -> Document:
    """``count``: list only the first ``count`` publications (a list short of the five asked for)."""
    rng = ctx.rng
    pubs = POOLS[a.pubs_key][:count]
    title = ["List of Five Most Relevant Publications", "SELECTED PUBLICATIONS",
             f"{a.full} – Five most important publications"][variant % 3]
    blocks = _title_block(rng, [title], allow_none=False)
    blocks.append(Para("Publications in international peer-reviewed journals, most relevant first." if variant % 2 == 0
                       else f"Applicant: {a.dr}, {a.institution}", italic=variant % 2 == 0))
    for i, p in enumerate(pubs, 1):
        ref = p.vancouver() if variant % 2 == 0 else p.apa_like()
        blocks.append(Para(f"{i}. {ref}", space_after=8))
    if variant % 3 == 1:
        blocks.append(Para(f"Total number of peer-reviewed publications: {a.n_pubs}", italic=True))
    st = letter_style(rng)
    st.footer = None
    st.justify = False
    return Document("publication_list", "en", blocks, _with_page(st, ctx), name="publications")


def reference_list(a: Applicant, ctx: Ctx, *, variant: int = 0) -> Document:
    rng = ctx.rng
    blocks = _title_block(rng, ["List of References", "REFERENCES", "Referees"], allow_none=False)
    blocks.append(Para("The following persons have agreed to be contacted if necessary:"))
    if variant % 2 == 0:
        for i, r in enumerate(a.referees[:3], 1):
            blocks.append(Lines([f"{i}. {r.name}", r.role, r.institution] + r.address +
                                [f"E-mail: {r.email}", f"Phone: {r.phone}"], bold_first=True, space_after=12))
    else:
        rows = [["Name", "Position / Institution", "Contact"]]
        for r in a.referees[:3]:
            rows.append([r.name, f"{r.role}, {r.institution}", f"{r.email}\n{r.phone}"])
        blocks.append(Grid(rows, widths=[0.27, 0.43, 0.30]))
    st = letter_style(rng)
    st.footer = None
    return Document("reference_list", "en", blocks, _with_page(st, ctx), name="references")


def membership_proof(a: Applicant, ctx: Ctx, *, year: int, variant: int = 0) -> Document:
    rng = ctx.rng
    if variant % 2 == 0:
        blocks = [Lines(["MyESR", "European Society of Radiology – Member area"], bold_first=True, size=10),
                  Title("Membership Confirmation", size=16, align="left"),
                  Para(f"Dear {a.dr},"),
                  Para(f"We hereby confirm that you are a {a.esr_category} of the European Society of Radiology "
                       f"(ESR) for the membership year {year}. Your membership fee for {year} has been received."),
                  KV([("Member name", a.full), ("Membership number", a.esr_no), ("Membership category", a.esr_category),
                      ("Valid until", f"31/12/{year}"), ("Country", a.residence), ("Status", "Active")], label_width=0.35),
                  Para("This confirmation was generated from your MyESR account and is valid without signature.",
                       size=8.5, italic=True),
                  Lines(ESR_ADDRESS + ["membership@myesr.org"], size=8.5)]
    else:
        blocks = [Lines(ESR_ADDRESS, align="right", size=9),
                  Title("CERTIFICATE OF MEMBERSHIP", size=18),
                  Para("This is to certify that", align="center"),
                  Para(a.dr, align="center", bold=True, size=14),
                  Para(f"ESR membership number {a.esr_no}", align="center"),
                  Para(f"is a {a.esr_category} of the European Society of Radiology for the year {year}, with all "
                       "membership fees settled.", align="center"),
                  Lines([f"Vienna, {fmt_date(date(year, 1, 15) + timedelta(days=rng.randrange(60)), 'long')}"], align="center"),
                  Signature("ESR Membership Department", [], scribble=False)]
    st = Style(font=rng.choice(["helvetica", "arial", "dejavu-sans"]), size=10.5, margins_mm=(22, 22, 22, 20), para_space=7)
    return Document("membership_proof", "en", blocks, _with_page(st, ctx), name="membership")


# ====================================================================== passport copy
def passport_copy(a: Applicant, ctx: Ctx, *, heading: bool = True) -> Document:
    pp = a.passport
    assert pp
    l1, l2 = td3(pp.issuer, a.surname, a.given, pp.number, a.nat_code, a.dob, a.sex, pp.expiry, pp.personal)
    data = dict(country=pp.country_line, code=pp.issuer, number=pp.number, surname=a.surname.upper(),
                given=a.given.upper(), nationality=a.nationality.upper(), dob=a.dob.strftime("%d %b %Y").upper(),
                sex=a.sex, place=pp.place_of_birth.upper(), issued=pp.issued.strftime("%d %b %Y").upper(),
                expiry=pp.expiry.strftime("%d %b %Y").upper(), authority=pp.authority.upper(), mrz=[l1, l2])
    fallback = [Title("Copy of Passport", size=14, align="left"),
                KV([("Type", "P"), ("Code of issuing State", pp.issuer), ("Passport No.", pp.number),
                    ("Surname", data["surname"]), ("Given names", data["given"]), ("Nationality", data["nationality"]),
                    ("Date of birth", data["dob"]), ("Sex", a.sex), ("Place of birth", data["place"]),
                    ("Date of issue", data["issued"]), ("Date of expiry", data["expiry"]),
                    ("Authority", data["authority"])], label_width=0.35, shade=False),
                Gap(6), Mono([l1, l2], size=10.5)]
    blocks = []
    if heading:
        blocks.append(Para("Copy of passport – identity page", bold=True))
    blocks.append(Drawing("passport", data, 180, fallback=fallback))
    st = Style(font="helvetica", size=10, margins_mm=(20, 20, 20, 20))
    return Document("passport_copy", "en", blocks, _with_page(st, ctx), name="passport")


# ====================================================================== visiting scholarship
def resident_confirmation(a: Applicant, ctx: Ctx) -> Document:
    head = a.referees[0]
    ordinal = {3: "3rd", 4: "4th", 5: "5th"}[a.train_year]
    start_year = int(a.since[-4:])
    blocks = [Lines(["European School of Radiology (ESOR)", "Visiting Scholarship Programme"], align="center", bold_first=True),
              Title("CONFIRMATION OF RESIDENT STATUS", size=15, space_after=14),
              Para("To be completed and signed by the Head of Department.", italic=True, size=9),
              KV([("Name of resident", a.full), ("Date of birth", a.dob.strftime("%d/%m/%Y")),
                  ("ESR membership number", a.esr_no), ("Institution", a.institution), ("Department", a.department),
                  ("Start of residency (MM/YYYY)", a.since), ("Current year of training", ordinal),
                  ("Expected end of training (MM/YYYY)", a.board_date.replace("expected ", ""))], label_width=0.42),
              Para(f"I hereby confirm that the above-named doctor is a resident in radiology in our department, "
                   f"currently in the {ordinal} year of the residency programme, which started in {start_year}."),
              KV([("Name of Head of Department", head.name), ("Position", head.role),
                  ("Place, date", f"{a.place}, {ctx.when.strftime('%d/%m/%Y')}")], label_width=0.42, shade=False),
              Signature(head.name, ["Signature and stamp of the Head of Department"], scribble=True,
                        seed=41, stamp=[a.institution.split("(")[0].strip()[:28], "Radiology"])]
    st = Style(font="arial", size=10.5, margins_mm=(22, 22, 20, 20), para_space=8)
    return Document("resident_confirmation", "en", blocks, _with_page(st, ctx), name="resident-confirmation")


# ====================================================================== Bracco
BRACCO_HOSTS = {
    "clinical": ("Hôpital Cardiologique Haut-Lévêque, CHU de Bordeaux", "Prof. Antoine Mercier",
                 "Head of Cardiovascular Imaging", ["Avenue de Magellan", "33600 Pessac, France"]),
    "research": ("Radboud University Medical Center, Diagnostic Image Analysis Group", "Prof. Dr. Willem van der Berg",
                 "Group Leader", ["Geert Grooteplein Zuid 10", "6525 GA Nijmegen, The Netherlands"]),
    "management": ("Karolinska University Hospital, Department of Radiology", "Dr. Annika Bergström",
                   "Head of Operations", ["Eugeniavägen 3", "171 76 Stockholm, Sweden"]),
}


def application_form(a: Applicant, ctx: Ctx, track: str) -> Document:
    host = BRACCO_HOSTS[track][0]
    months = {"clinical": "2 months", "management": "2 months", "research": "4 months"}
    blocks = [Lines(["ESOR – European School of Radiology"], align="center", bold_first=True),
              Title("BRACCO FELLOWSHIP PROGRAMME", size=15, space_after=2),
              Title("Application Form", size=13, bold=False, space_after=12),
              Heading("1. Type of fellowship"),
              Checklist([(track == t, f"{t.capitalize()} fellowship ({months[t]})") for t in ("clinical", "management", "research")]),
              Heading("2. Applicant"),
              KV([("Title", "Dr."), ("Surname", a.surname), ("First name(s)", a.given),
                  ("Date of birth", a.dob.strftime("%d/%m/%Y")), ("Nationality", a.nationality),
                  ("Country of residence", a.residence), ("E-mail", a.email), ("ESR membership number", a.esr_no),
                  ("Current position", a.position), ("Institution", a.institution),
                  ("Date of board certification", a.board_date)], label_width=0.38),
              Heading("3. Preferred host institution and period"),
              KV([("Host institution (1st choice)", host), ("Preferred period", "March – April 2026" if track != "research" else "February – May 2026"),
                  ("Field", a.specialty)], label_width=0.38),
              Heading("4. Signature"),
              Para("I confirm that I am an active ESR member, that I am not older than 35 years at the time of "
                   "application, and that I have chosen an institution outside my own country."),
              KV([("Place, date", f"{a.place}, {ctx.when.strftime('%d/%m/%Y')}")], label_width=0.38, shade=False),
              Signature(a.full, [], scribble=True, seed=51)]
    st = Style(font="arial", size=10, margins_mm=(20, 20, 18, 18), para_space=5, footer="page_x_of_y",
               footer_text="ESOR Bracco Fellowship – Application Form")
    return Document("application_form", "en", blocks, _with_page(st, ctx), name="application-form")


def confirmation_letter(a: Applicant, ctx: Ctx, track: str = "clinical") -> Document:
    rng = ctx.rng
    inst, head, role, addr = BRACCO_HOSTS[track]
    lh = letterhead(rng, inst, addr)
    blocks = [Lines([ctx.date_text(40, "long")], align="right"),
              Title("Confirmation of Acceptance", size=13, align="left"),
              Para("To the ESOR Office,"),
              Para(f"I am pleased to confirm that {a.dr}, {a.position} at {a.institution}, has been accepted for a "
                   f"two-month clinical fellowship in {a.specialty} in our unit within the Bracco Fellowship "
                   f"Programme, provided that the application is successful."),
              Para("The fellow will take part in the daily clinical activity of the unit, including the reporting of "
                   "cardiac CT and MRI under supervision, the multidisciplinary meetings with cardiologists and "
                   "cardiac surgeons, and our weekly teaching sessions. A tutor from our team will be responsible "
                   "for the programme of the fellowship."),
              Para("The proposed period is March to April 2026. We look forward to welcoming the fellow."),
              Para("Best regards,"),
              Signature(head, [role, inst], scribble=True, seed=52)]
    return Document("confirmation_letter", "en", blocks, _with_page(letter_style(rng, lh), ctx), name="confirmation")


def checklist(a: Applicant, ctx: Ctx, track: str) -> Document:
    items = [(True, "Application form, completed and signed"),
             (track == "clinical", "Confirmation letter(s) from the training centre (clinical fellowship only)"),
             (True, "ESOR CV (ESOR template)"), (True, "Letter of motivation"),
             (True, "Two letters of support"), (True, "Checklist"),
             (True, "All documents merged into one single PDF (max. 8 MB)")]
    blocks = [Title("BRACCO FELLOWSHIP PROGRAMME – CHECKLIST", size=13, space_after=10),
              KV([("Applicant", a.full), ("Fellowship type", track.capitalize())], label_width=0.3),
              Para("Please tick each document included in your application, in this order:"),
              Checklist(items),
              Para("Eligibility", bold=True),
              Checklist([(True, "Active ESR member"), (True, "Not older than 35 years at the time of application"),
                         (True, "Host institution outside my country of residence")]),
              KV([("Date", ctx.when.strftime("%d/%m/%Y"))], label_width=0.3, shade=False),
              Signature(a.full, [], scribble=True, seed=53)]
    st = Style(font="arial", size=10.5, margins_mm=(22, 22, 20, 20), para_space=6)
    return Document("checklist", "en", blocks, _with_page(st, ctx), name="checklist")


# ====================================================================== additional documents (AIM China)
def additional_document(a: Applicant, ctx: Ctx, kind: str) -> Document:
    rng = ctx.rng
    if kind == "attendance":
        blocks = [Para("Additional Documentation", bold=True, size=9, align="right"),
                  Lines(["EUROPEAN SCHOOL OF RADIOLOGY"], align="center", bold_first=True),
                  Title("Certificate of Attendance", size=22, space_after=16),
                  Para("This is to certify that", align="center"),
                  Para(a.dr if a.nat_code != "CHN" else f"Dr. {a.chinese_order}", align="center", bold=True, size=15),
                  Para(f"attended the ESOR Asklepios Course in {a.specialty.title()}", align="center"),
                  Para("held online on 12–14 October 2023", align="center"),
                  Para("The course is accredited by the European Accreditation Council for Continuing Medical "
                       "Education (EACCME®) with 12 European CME credits (ECMEC®s).", align="center", size=9),
                  Signature("ESOR Scientific Director", [], scribble=True, seed=61)]
        st = Style(font="dejavu-serif", size=12, margins_mm=(25, 25, 35, 25), para_space=10)
    else:
        blocks = [Title("Additional Documentation: Summary of Planned Project", size=13, align="left"),
                  KV([("Applicant", f"Dr. {a.chinese_order}"), ("Institution", a.institution),
                      ("Field", a.specialty)], shade=False, grid=False),
                  Heading("Background"),
                  Para(a.research),
                  Heading("Aim during the fellowship"),
                  Para(f"During the three-month fellowship I would like to observe and document the protocols, "
                       f"structured report templates and quality-assurance procedures used for {a.specialty} at "
                       f"the host centre, and to collect the information needed to adapt them to our department."),
                  Heading("Expected outcome"),
                  Para(a.plan)]
        st = letter_style(rng)
        st.footer = None
    return Document("additional_document", "en", blocks, _with_page(st, ctx), name=f"additional-{kind}")


# ====================================================================== unrelated pages
def train_ticket(ctx: Ctx, passenger: str) -> Document:
    data = dict(from_="Flughafen Wien", to="Wien Hbf", date="28.02.2024", dep="14:23", arr="14:39",
                train="S 7 / REX 7", price="EUR 4,40", ticket="1187 4420 9315", name=passenger)
    fallback = [Title("Online-Ticket", size=16, align="left"),
                KV([("Von / From", data["from_"]), ("Nach / To", data["to"]), ("Datum / Date", data["date"]),
                    ("Preis / Price", data["price"])])]
    blocks = [Drawing("ticket", data, 120, fallback=fallback)]
    st = Style(font="helvetica", size=9, margins_mm=(15, 15, 15, 15))
    return Document("unknown", "de", blocks, _with_page(st, ctx), name="ticket")


def hotel_booking(ctx: Ctx, guest: str) -> Document:
    blocks = [Title("Booking confirmation", size=18, align="left"),
              Para("Thank you! Your booking in Lille is confirmed.", bold=True),
              KV([("Confirmation number", "3318.204.775"), ("PIN code", "4417"), ("Guest name", guest),
                  ("Property", "Hôtel Le Beffroi, 12 rue de la Clef, 59800 Lille, France"),
                  ("Check-in", "Monday 14 September 2020 (from 15:00)"),
                  ("Check-out", "Tuesday 15 September 2020 (until 11:00)"),
                  ("Room", "1 × Standard Double Room, breakfast included"),
                  ("Total price", "€ 89.00 (includes city tax € 1.65)")], label_width=0.32),
              Heading("Cancellation policy"),
              Para("You can cancel free of charge until 1 day before arrival. If you cancel within 1 day of arrival, "
                   "you will be charged the total price of the reservation. In case of a no-show, the total price "
                   "will be charged."),
              Heading("Important information"),
              Para("Please inform the property in advance of your expected arrival time. Guests are required to "
                   "show a photo ID and credit card upon check-in. The reception is open 24 hours.")]
    st = Style(font="dejavu-sans", size=9.5, margins_mm=(18, 18, 18, 18), para_space=6)
    return Document("unknown", "en", blocks, _with_page(st, ctx), name="hotel")
