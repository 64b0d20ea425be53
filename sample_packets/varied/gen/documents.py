"""The documents this set adds to the builder's: letters in thirteen languages, CVs that are not the
ESOR template (free-form, two-column, Europass-like, in nine languages), cover sheets and tables of
contents, publication lists of other shapes, certificates worded as letters, and pages in Chinese
that belong to no document. Each returns a builder ``Document`` whose ``type`` and ``language`` are
the truth; the applicants, referees and publication pools are the builder's own.
"""
from __future__ import annotations

import random
from dataclasses import replace

from builder import model as m
from builder.documents import COMMITTEE_BLOCKS, Ctx
from builder.people import Applicant, Referee
from builder.pubs import POOLS, Pub, selected
from builder.styles import fmt_date, letter_style
from gen.blocks import BigLogo, Bullets, Columns, Leaders, Photo
from gen.wording import COMMITTEE, EXTRA_CLOSINGS, doctor, gendered, letter_text

LOREM = [
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed non risus. Suspendisse lectus tortor, dignissim "
    "sit amet, adipiscing nec, ultricies sed, dolor. Cras elementum ultrices diam. Maecenas ligula massa, varius a, "
    "semper congue, euismod non, mi. Proin porttitor, orci nec nonummy molestie, enim est eleifend mi, non "
    "fermentum diam nisl sit amet erat.",
    "Duis semper. Duis arcu massa, scelerisque vitae, consequat in, pretium a, enim. Pellentesque congue. Ut in "
    "risus volutpat libero pharetra tempor. Cras vestibulum bibendum augue. Praesent egestas leo in pede. Praesent "
    "blandit odio eu enim. Pellentesque sed dui ut augue blandit sodales. Vestibulum ante ipsum primis in faucibus "
    "orci luctus et ultrices posuere cubilia curae; aliquam nibh.",
    "Mauris ac mauris sed pede pellentesque fermentum. Maecenas adipiscing ante non diam sodales hendrerit. Ut "
    "velit mauris, egestas sed, gravida nec, ornare ut, mi. Aenean ut orci vel massa suscipit pulvinar. Nulla "
    "sollicitudin. Fusce varius, ligula non tempus aliquam, nunc turpis ullamcorper nibh, in tempus sapien eros "
    "vitae ligula. Pellentesque rhoncus nunc et augue.",
    "Integer id felis. Curabitur aliquet pellentesque diam. Integer quis metus vitae elit lobortis egestas. Lorem "
    "ipsum dolor sit amet, consectetuer adipiscing elit. Morbi vel erat non mauris convallis vehicula. Nulla et "
    "sapien. Integer tortor tellus, aliquam faucibus, convallis id, congue eu, quam. Mauris ullamcorper felis "
    "vitae erat.",
]

# English paragraphs that lengthen a letter to two or three pages (first person / third person).
MORE_MOTIVATION = [
    "During my residency I rotated through every subspecialty section of our department, but the months spent in "
    "{specialty} shaped my choices most. I learned to protocol examinations myself, to discuss difficult cases with "
    "the referring clinicians at the bedside, and to accept that a careful comparison with prior studies is often "
    "worth more than another sequence.",
    "Since then I have taken responsibility for a part of our on-call service and for the teaching of junior "
    "residents. Preparing the weekly case conference has taught me to select examples that teach a principle, and "
    "to explain our reasoning to colleagues from other specialties in a way that helps them decide.",
    "Research has been a natural extension of this clinical work. The questions I have studied came from cases in "
    "which our reports did not change management as much as they should have; I collected the data, learned the "
    "statistics I needed, and presented the results at national and European meetings.",
    "I am aware that a fellowship abroad asks for flexibility from my family and my department. My head of "
    "department has agreed to release me for the whole period, and my colleagues will cover my sessions, as I "
    "have covered theirs in the past. I have arranged accommodation and I can start on the date set by the call.",
    "What I hope to learn is not only a set of techniques but a way of working: how a reference centre organises "
    "its protocols, audits its reports, and teaches its fellows. I intend to keep a written record of what I see "
    "so that I can present it to my department and adapt what fits our hospital.",
    "In the longer term I would like to build a small subspecialty team in my hospital, with shared protocols, "
    "structured reports and regular multidisciplinary meetings, and to offer rotations to residents from the "
    "smaller hospitals of our region, who today have little exposure to this field.",
]
MORE_RECOMMENDATION = [
    "In the reading room {surname} is thorough and quick at the same time. {He} reviews the clinical question before "
    "opening the images, compares systematically with prior examinations, and writes reports that answer what the "
    "referring physician asked. Complex cases are discussed with senior colleagues without hesitation.",
    "{He} has also shown a real talent for teaching. Residents ask to be paired with {him} on call, and the case "
    "conferences {he} prepared for our department were among the best attended of the year. Medical students "
    "rate {his} tutorials highly.",
    "On the scientific side, {surname} designed and carried out a retrospective study in our department almost "
    "independently, from the ethics application to the statistical analysis, and presented it at a European "
    "congress. The manuscript is now under review.",
    "I would also like to mention {his} reliability. During a difficult winter with several colleagues absent, "
    "{he} volunteered for additional duties and kept the quality of the service high. The technologists and nurses "
    "appreciate {his} calm and courteous manner.",
    "I have no doubt that a year in a specialised centre will allow {surname} to consolidate these qualities and "
    "that {he} will bring back knowledge that will benefit our whole department. We intend to offer {him} a "
    "position with responsibility for the subspecialty after the fellowship.",
    "Should the committee need further information, I would be glad to provide it by telephone or e-mail.",
]


def _pronouns(a: Applicant) -> dict:
    return {"He": a.pr["He"], "he": a.pr["he"], "his": a.pr["his"], "him": a.pr["him"], "surname": f"Dr. {a.surname}"}


def lengthen(doc: m.Document, extra: list[str], a: Applicant, *, specialty: str = "") -> m.Document:
    """The same letter with more paragraphs before its closing (a two- or three-page letter)."""
    slots = {**_pronouns(a), "specialty": specialty or a.specialty}
    at = next(i for i, b in enumerate(doc.blocks) if isinstance(b, m.Para) and b.keep)
    blocks = doc.blocks[:at] + [m.Para(p.format(**slots)) for p in extra] + doc.blocks[at:]
    return replace(doc, blocks=blocks)


def date_line(lang: str, ctx: Ctx, place: str, days_before: int = 7) -> str:
    from datetime import timedelta
    d = ctx.when - timedelta(days=days_before)
    if lang == "zh":
        return f"{place}，{d.year}年{d.month}月{d.day}日"
    return f"{place}, {d.strftime('%d.%m.%Y' if lang in ('de', 'pl', 'ro', 'ru', 'tr', 'nl', 'el') else '%d/%m/%Y')}"


def foreign_letter(kind: str, lang: str, a: Applicant, ctx: Ctx, *, prog: str, field: str, place: str,
                   referee: Referee | None = None, name_local: str | None = None, letterhead: m.Letterhead | None = None,
                   signer_lines: list[str] | None = None, title: bool = True, font: str | None = None,
                   closing: int = 0) -> m.Document:
    """A motivation letter (the applicant speaks) or a recommendation (a referee speaks of the applicant)
    written wholly in ``lang``; only names, the programme's proper name and the institution stay as they are."""
    rng = ctx.rng
    shown = name_local or a.full
    slots = dict(prog=prog, inst=a.institution, since=a.since[-4:], field=field, surname=a.surname,
                 dr=doctor(lang, shown, a.sex))
    text = letter_text(kind, lang, a.sex, **slots)
    closings = [text["closing"]] + EXTRA_CLOSINGS.get(lang, [])
    blocks: list = []
    if kind == "motivation":
        blocks.append(m.Lines([shown, a.address, a.email], align="left", size=9))
    blocks.append(m.Lines([date_line(lang, ctx, place)], align="right"))
    blocks.append(m.Lines(COMMITTEE[lang]))
    if title:
        blocks.append(m.Title(text["title"], size=13, align="left", space_after=8))
    blocks.append(m.Para(text["salutation"]))
    blocks += [m.Para(p) for p in text["body"]]
    blocks.append(m.Para(closings[closing % len(closings)], keep=True))
    if kind == "motivation":
        blocks.append(m.Signature(shown, [a.institution], scribble=True, seed=rng.randrange(10**6)))
        doc_type = "motivation_letter"
    else:
        assert referee is not None
        blocks.append(m.Signature(referee.name, signer_lines or [referee.role, referee.institution], scribble=True,
                                  seed=rng.randrange(10**6)))
        doc_type = "recommendation_letter"
    style = letter_style(rng, letterhead, font=font)
    style = replace(style, footer=None, page=ctx.page)
    return m.Document(doc_type, lang, blocks, style, name=f"{kind}-{lang}")


def lorem_motivation(a: Applicant, ctx: Ctx) -> m.Document:
    """A motivation letter sent with its placeholder body: English framing, Latin substance."""
    rng = ctx.rng
    blocks = [m.Lines([a.full, a.address, a.email], size=9),
              m.Lines([ctx.date_text(9, "long")], align="right"),
              m.Lines(COMMITTEE_BLOCKS[0]),
              m.Title("Letter of Motivation", size=13, align="left"),
              m.Para("Dear Members of the Evaluation Committee,")] + [m.Para(p) for p in LOREM] + \
             [m.Para("Yours sincerely,", keep=True), m.Signature(a.dr, [a.institution], seed=rng.randrange(10**6))]
    return m.Document("motivation_letter", "la", blocks, replace(letter_style(rng), footer=None), name="motivation-lorem")


def lorem_additional(a: Applicant, ctx: Ctx) -> m.Document:
    """A titled additional document whose body is still the template's placeholder text."""
    blocks = [m.Title("Additional Documentation: Outline of the Planned Project", size=14, align="left"),
              m.KV([("Applicant", f"Dr. {a.chinese_order}"), ("Institution", a.institution)], shade=False, grid=False),
              m.Heading("Background")] + [m.Para(p) for p in LOREM[:2]] + [m.Heading("Aims")] + \
             [m.Para(p) for p in LOREM[2:]]
    return m.Document("additional_document", "la", blocks, replace(letter_style(ctx.rng), footer=None), name="additional-lorem")


# ====================================================================== CVs that are not the ESOR template
CV_LABELS = {
    "en": dict(title="Curriculum Vitae", personal="Personal details", dob="Date of birth", nationality="Nationality",
               residence="Country of residence", address="Address", email="E-mail", phone="Phone",
               esr="ESR membership no.", profile="Profile", experience="Professional experience",
               education="Education", board="Board certification", languages="Languages",
               publications="Publications", congress="Congress presentations", memberships="Memberships",
               interests="Clinical interests", mother="native", certificates="Certificates", sign=""),
    "es": dict(title="Currículum Vítae", personal="Datos personales", dob="Fecha de nacimiento", nationality="Nacionalidad",
               residence="País de residencia", address="Dirección", email="Correo electrónico", phone="Teléfono",
               esr="N.º de socio ESR", profile="Perfil profesional", experience="Experiencia profesional",
               education="Formación académica", board="Título de Especialista", languages="Idiomas",
               publications="Publicaciones", congress="Comunicaciones a congresos", memberships="Sociedades científicas",
               interests="Áreas de interés", mother="lengua materna", certificates="Certificados", sign=""),
    "de": dict(title="Lebenslauf", personal="Persönliche Daten", dob="Geburtsdatum", nationality="Staatsangehörigkeit",
               residence="Wohnsitz", address="Anschrift", email="E-Mail", phone="Telefon", esr="ESR-Mitgliedsnummer",
               profile="Kurzprofil", experience="Beruflicher Werdegang", education="Ausbildung",
               board="Facharztanerkennung", languages="Sprachkenntnisse", publications="Publikationen",
               congress="Kongressbeiträge", memberships="Mitgliedschaften", interests="Schwerpunkte",
               mother="Muttersprache", certificates="Zertifikate", sign="{place}, den {date}"),
    "zh": dict(title="个人简历", personal="基本信息", dob="出生日期", nationality="国籍", residence="现居住国",
               address="通讯地址", email="电子邮箱", phone="电话", esr="ESR会员号", profile="个人简介",
               experience="工作经历", education="教育背景", board="执业资格", languages="语言能力",
               publications="发表论文", congress="学术会议报告", memberships="学术任职", interests="研究方向",
               mother="母语", certificates="证书", sign=""),
    "pt": dict(title="Curriculum Vitae", personal="Informação pessoal", dob="Data de nascimento", nationality="Nacionalidade",
               residence="País de residência", address="Morada", email="Correio eletrónico", phone="Telefone",
               esr="N.º de sócio ESR", profile="Perfil", experience="Experiência profissional",
               education="Educação e formação", board="Título de especialista", languages="Competências linguísticas",
               publications="Publicações", congress="Comunicações em congressos", memberships="Sociedades",
               interests="Áreas de interesse", mother="língua materna", certificates="Certificados", sign=""),
    "it": dict(title="Curriculum Vitae", personal="Dati personali", dob="Data di nascita", nationality="Nazionalità",
               residence="Paese di residenza", address="Indirizzo", email="E-mail", phone="Telefono",
               esr="N. socio ESR", profile="Profilo", experience="Esperienza professionale", education="Istruzione e formazione",
               board="Specializzazione", languages="Conoscenze linguistiche", publications="Pubblicazioni",
               congress="Relazioni a congressi", memberships="Società scientifiche", interests="Interessi clinici",
               mother="madrelingua", certificates="Certificati", sign="{place}, {date}"),
    "pl": dict(title="Życiorys zawodowy", personal="Dane osobowe", dob="Data urodzenia", nationality="Obywatelstwo",
               residence="Kraj zamieszkania", address="Adres", email="E-mail", phone="Telefon", esr="Nr członkowski ESR",
               profile="Profil zawodowy", experience="Doświadczenie zawodowe", education="Wykształcenie",
               board="Specjalizacja", languages="Znajomość języków", publications="Publikacje",
               congress="Wystąpienia na kongresach", memberships="Członkostwo w towarzystwach", interests="Zainteresowania",
               mother="język ojczysty", certificates="Certyfikaty", sign="{place}, {date}"),
}

CV_PROFILE = {
    "en": "Radiologist at {inst} since {since}, working mainly in {field}. Responsible for part of the on-call "
          "service and for the teaching of residents; clinical research on {topic}.",
    "es": "Radióloga/o en {inst} desde {since}, dedicada/o principalmente a {field}. Responsable de parte de las "
          "guardias y de la docencia de los residentes; investigación clínica en el ámbito de la imagen oncológica.",
    "de": "Seit {since} als Radiologin/Radiologe am {inst} tätig, Schwerpunkt {field}. Mitverantwortlich für den "
          "Bereitschaftsdienst und die Weiterbildung der Assistenzärztinnen und Assistenzärzte; klinische Forschung "
          "zur quantitativen Bildgebung.",
    "zh": "{since}年起就职于{inst}放射科，主要从事{field}的临床诊断与科研工作，负责部分值班及住院医师带教工作。",
    "pt": "Radiologista em {inst} desde {since}, com atividade dedicada sobretudo a {field}. Responsável por parte "
          "do serviço de urgência e pela formação dos internos; investigação clínica em imagem torácica.",
    "it": "Radiologo presso {inst} dal {since}, con attività prevalente in {field}. Responsabile di parte dei turni "
          "di guardia e della didattica per gli specializzandi; ricerca clinica in imaging ibrido.",
    "pl": "Od {since} lekarz radiolog w {inst}, zajmuję się głównie {field}. Odpowiadam za część dyżurów oraz za "
          "szkolenie rezydentów; prowadzę badania kliniczne z zakresu neuroradiologii.",
}
CV_DUTY = {
    "en": "Reporting of CT and MRI, multidisciplinary meetings, teaching of residents.",
    "es": "Informe de estudios de TC y RM, comités multidisciplinares y docencia de residentes.",
    "de": "Befundung von CT und MRT, interdisziplinäre Tumorkonferenzen, Lehre.",
    "zh": "负责CT、磁共振检查的诊断报告，参加多学科会诊及教学工作。",
    "pt": "Relatório de TC e RM, reuniões multidisciplinares e formação de internos.",
    "it": "Refertazione TC e RM, gruppi multidisciplinari, attività didattica.",
    "pl": "Opisywanie badań TK i MR, konsylia wielodyscyplinarne, szkolenie rezydentów.",
}
LANGUAGE_NAMES = {
    "es": {"Spanish": "Español", "English": "Inglés", "French": "Francés", "Italian": "Italiano"},
    "de": {"German": "Deutsch", "Polish": "Polnisch", "English": "Englisch", "French": "Französisch"},
    "zh": {"Chinese": "汉语", "English": "英语", "Japanese": "日语"},
    "pt": {"Portuguese": "Português", "English": "Inglês", "Spanish": "Espanhol", "French": "Francês"},
    "it": {"Italian": "Italiano", "English": "Inglese", "French": "Francese", "German": "Tedesco"},
    "pl": {"Polish": "Polski", "English": "Angielski", "German": "Niemiecki", "French": "Francuski"},
}


def more_pubs(a: Applicant, n: int) -> list[str]:
    """Further invented references in several citation shapes (Vancouver, with PMID, et al., issue and pages)."""
    rng = random.Random(f"pubs:{a.key}")
    first = f"{a.surname.split()[0]} {''.join(w[0] for w in a.given.replace('-', ' ').split())}"
    others = ["Novak T", "Lindgren A", "Ferreira M", "Okafor C", "Hartmann J", "Rossi E", "Dubois L", "Kowalski P",
              "Nakamura Y", "García R", "Petrov I", "Andersen K"]
    subjects = ["diffusion-weighted MRI", "dual-energy CT", "contrast-enhanced ultrasound", "structured reporting",
                "deep-learning segmentation", "perfusion imaging", "whole-body MRI", "radiation dose reduction",
                "texture analysis", "interobserver agreement", "MR elastography", "incidental findings"]
    settings = ["in daily practice", "a prospective cohort study", "a systematic review and meta-analysis",
                "a multicentre retrospective study", "a pictorial review", "results of a national survey"]
    journals = ["Eur Radiol", "Insights Imaging", "Eur J Radiol", "Radiology", "AJR Am J Roentgenol", "Acad Radiol",
                "Br J Radiol", "Clin Radiol", "J Magn Reson Imaging", "Abdom Radiol (NY)"]
    out = []
    for i in range(n):
        co = rng.sample(others, rng.randrange(2, 5))
        pos = rng.randrange(len(co) + 1)
        authors = co[:pos] + [first] + co[pos:]
        shown = ", ".join(authors[:6]) + (", et al" if len(authors) > 6 or rng.random() < 0.3 else "")
        year = 2023 - i // 3
        vol, issue, p0 = rng.randrange(20, 300), rng.randrange(1, 12), rng.randrange(100, 900)
        title = f"{rng.choice(subjects).capitalize()} in {a.specialty or 'radiology'}: {rng.choice(settings)}"
        tail = f" PMID: {rng.randrange(30000000, 38000000)}." if rng.random() < 0.5 else \
            f" doi:10.{rng.randrange(1000, 9999)}/{a.key}.{year}.{rng.randrange(10000, 99999)}"
        out.append(f"{shown}. {title}. {rng.choice(journals)}. {year};{vol}({issue}):{p0}-{p0 + rng.randrange(5, 14)}.{tail}")
    return out


def cv_publications(a: Applicant, n: int) -> list[str]:
    own = [p.vancouver() for p in POOLS.get(a.pubs_key, [])] or selected(a, 2)
    return (own + more_pubs(a, max(0, n - len(own))))[:n]


def _experience_rows(a: Applicant, lang: str) -> list:
    return [b for when, where, what in a.experience
            for b in (m.Para(f"{when}   {what}", bold=True, space_after=1), m.Para(f"{where}. {CV_DUTY[lang]}", space_after=5))]


def freeform_cv(a: Applicant, ctx: Ctx, lang: str, *, layout: str = "one-column", photo: bool = False,
                field: str = "", pubs: int = 6, name_local: str = "", board_text: str = "", font: str = "liberation-sans",
                footer: str | None = None) -> m.Document:
    """A CV as applicants write them when they ignore the template: their own headings, order and layout.

    layout: "one-column" (headings and entries), "two-column" (a side bar with contact, languages and an
    optional photo), "europass" (Europass headings with labels in a left column)."""
    L = CV_LABELS[lang]
    names = LANGUAGE_NAMES.get(lang, {})
    shown = name_local or a.full
    profile = CV_PROFILE[lang].format(inst=a.institution, since=a.since[-4:], field=field or a.specialty, topic=a.topic)
    if lang in ("es", "de"):
        profile = gendered(profile.replace("a/o", "[[a|o]]").replace("Radiologin/Radiologe", "[[Radiologin|Radiologe]]"), a.sex)
    langs = [(names.get(n.split(" (")[0], n), L["mother"] if lvl == "mother tongue" else lvl) for n, lvl in a.languages]
    contact = [(L["dob"], a.dob.strftime("%d.%m.%Y" if lang in ("de", "pl") else "%d/%m/%Y")), (L["nationality"], a.nationality),
               (L["residence"], a.residence), (L["address"], a.address), (L["email"], a.email), (L["phone"], a.phone),
               (L["esr"], a.esr_no)]
    education = [m.Para(f"{a.med_year}   {a.med_degree}", space_after=3),
                 m.Para(f"{L['board']}: {board_text or a.board_date + ', ' + a.board_authority}", space_after=3)]
    pub_items = cv_publications(a, pubs)
    main = [m.Heading(L["profile"]), m.Para(profile), m.Heading(L["experience"]), *_experience_rows(a, lang),
            m.Heading(L["education"]), *education]
    tail = [m.Heading(L["publications"]), Bullets(pub_items, numbered=True, size=9), m.Heading(L["congress"]),
            m.Para(a.congress)]
    sign = [m.Gap(6), m.Para(L["sign"].format(place=a.place, date=ctx.when.strftime("%d.%m.%Y"))),
            m.Signature(shown, [], scribble=True, seed=ctx.rng.randrange(10**6))] if L["sign"] else []
    title = m.Title(shown, size=20, align="left", space_after=2)
    subtitle = m.Para(f"{L['title']} · {a.position}, {a.institution}", italic=True)
    if layout == "two-column":
        side = ([Photo()] if photo else []) + [m.Heading(L["personal"]), m.KV(contact, label_width=0.45, shade=False, grid=False),
                                                m.Heading(L["languages"]), m.KV(langs, label_width=0.55, shade=False, grid=False),
                                                m.Heading(L["interests"]), m.Para(a.interests)]
        blocks = [title, subtitle, Columns(side, main + tail)] + sign
    elif layout == "europass":
        blocks = [m.Title("Europass Curriculum Vitae" if lang == "en" else "Curriculum Vitae Europass", size=18, align="left"),
                  m.Heading("PERSONAL INFORMATION" if lang == "en" else L["personal"].upper()),
                  m.KV([("Name" if lang == "en" else "Nome", shown)] + contact, label_width=0.32, shade=False, grid=False),
                  m.Heading("WORK EXPERIENCE" if lang == "en" else L["experience"].upper()),
                  m.KV([(when, f"{what}\n{where}\n{CV_DUTY[lang]}") for when, where, what in a.experience],
                       label_width=0.32, shade=False, grid=False),
                  m.Heading("EDUCATION AND TRAINING" if lang == "en" else L["education"].upper()),
                  m.KV([(str(a.med_year), a.med_degree), (a.board_date, f"{L['board']} – {a.board_authority}")],
                       label_width=0.32, shade=False, grid=False),
                  m.Heading("PERSONAL SKILLS" if lang == "en" else "COMPETÊNCIAS PESSOAIS"),
                  m.KV([("Mother tongue(s)" if lang == "en" else "Língua(s) materna(s)",
                         ", ".join(n for n, lvl in langs if lvl == L["mother"]))], label_width=0.32, shade=False, grid=False),
                  m.Grid([["Other language(s)" if lang == "en" else "Outra(s) língua(s)", "CEFR"]] +
                         [[n, lvl] for n, lvl in langs if lvl != L["mother"]], widths=[0.5, 0.5]),
                  m.Heading("ADDITIONAL INFORMATION" if lang == "en" else "INFORMAÇÃO ADICIONAL"),
                  m.Para(f"{L['publications']}:", bold=True), Bullets(pub_items, numbered=False, size=9),
                  m.Para(f"{L['congress']}: {a.congress}")]
    else:
        blocks = [title, subtitle, m.Heading(L["personal"]), m.KV(contact, label_width=0.3, shade=False, grid=False)] + main + \
                 [m.Heading(L["languages"]), m.KV(langs, label_width=0.3, shade=False, grid=False),
                  m.Heading(L["interests"]), m.Para(a.interests)] + tail + sign
    style = m.Style(font=font, size=10, leading=1.3, margins_mm=(20, 20, 18, 18), para_space=4, footer=footer,
                    heading_color="#1f3864", heading_size=12.5, page=ctx.page)
    return m.Document("cv", lang, blocks, style, name=f"cv-{layout}-{lang}")


# ====================================================================== covers, contents, publication lists
def cover_sheet(a: Applicant, ctx: Ctx, *, programme_title: str, contents: list[str], lang_note: str = "",
                with_pages: list[str] | None = None, heading: str = "Contents", title_lines: list[str] | None = None) -> m.Document:
    """A cover sheet naming the applicant and listing the packet's documents (with page numbers when given)."""
    blocks: list = [m.Gap(25), m.Title(title_lines[0] if title_lines else "Application", size=24, space_after=6)]
    blocks += [m.Para(t, align="center", size=14) for t in (title_lines or [])[1:]]
    blocks += [m.Para(programme_title, align="center", size=14, bold=True), m.Gap(8),
               m.Para(a.dr, align="center", size=13), m.Para(f"{a.position}, {a.institution}", align="center"),
               m.Para(a.email, align="center", size=9), m.Gap(18), m.Heading(heading)]
    if with_pages:
        blocks.append(Leaders(list(zip(contents, with_pages))))
    else:
        blocks.append(Bullets(contents, numbered=True))
    if lang_note:
        blocks += [m.Gap(10), m.Para(lang_note, italic=True, size=9)]
    blocks += [m.Gap(10), m.Para(f"{a.place}, {ctx.when.strftime('%d/%m/%Y')}", align="right")]
    style = m.Style(font="dejavu-sans", size=11, margins_mm=(25, 25, 25, 25), para_space=6, page=ctx.page)
    return m.Document("cover_page", "en", blocks, style, name="cover")


def publication_list(a: Applicant, ctx: Ctx, *, heading: str, shape: str, intro: str = "", lang: str = "en") -> m.Document:
    """The five most relevant publications, in one of the shapes applicants use.

    shape: "vancouver-numbered" (1. …), "bracketed-doi" ([1] … doi/PMID), "apa-bulleted" (• Author (year) …),
    "journals-conferences" (five journal articles under one combined heading, with PMIDs)."""
    pubs: list[Pub] = POOLS[a.pubs_key][:5]
    if shape == "vancouver-numbered":
        body = [Bullets([p.vancouver() for p in pubs], numbered=True)]
    elif shape == "bracketed-doi":
        body = [m.Para(f"[{i}] {p.authors}. {p.title}. {p.journal} {p.year};{p.volume}:{p.pages}. "
                       f"https://doi.org/{p.doi}", space_after=8) for i, p in enumerate(pubs, 1)]
    elif shape == "apa-bulleted":
        body = [Bullets([p.apa_like() for p in pubs], numbered=False)]
    else:
        rng = random.Random(f"pmid:{a.key}")
        body = [m.Para(f"{p.authors} ({p.year}) {p.title}. {p.journal} {p.volume}:{p.pages}. "
                       f"PMID {rng.randrange(30000000, 38000000)}", space_after=7) for p in pubs]
    blocks = [m.Title(heading, size=15, align="left", space_after=6)]
    if intro:
        blocks.append(m.Para(intro, italic=True))
    blocks += body
    style = m.Style(font="noto-serif", size=10.5, margins_mm=(24, 22, 24, 22), para_space=6, page=ctx.page)
    return m.Document("publication_list", lang, blocks, style, name=f"publications-{shape}")


def to_whom_board_certificate(a: Applicant, ctx: Ctx, *, issuer: str, issuer_lines: list[str], register: str,
                              signer: str, signer_role: str, date_text: str) -> m.Document:
    """A board certificate worded as a letter: it opens 'To whom it may concern' but certifies a specialist title."""
    lh = m.Letterhead(issuer, issuer_lines, logo="shield", color="#5b2c6f", align="left", rule=True)
    blocks = [m.Lines([date_text], align="right"),
              m.Title("CERTIFICATE OF SPECIALIST REGISTRATION", size=14, align="center"),
              m.Para("To whom it may concern,"),
              m.Para(f"This is to certify that {a.dr}, born on {a.dob.strftime('%d %B %Y')}, has completed the "
                     f"prescribed specialist training in radiology and was entered on the {register} as a "
                     f"Specialist in Radiology (Diagnostic Radiology) on {a.board_date}."),
              m.Para(f"The specialist title was awarded by {a.board_authority} after the final specialist examination. "
                     f"The registration is current and without conditions."),
              m.KV([("Name", a.full), ("Specialty", "Radiology"), ("Date of certification", a.board_date),
                    ("Awarding authority", a.board_authority)], label_width=0.35),
              m.Para("This certificate is issued at the request of the doctor for the purpose of an application abroad."),
              m.Signature(signer, [signer_role, issuer], scribble=True, seed=77, stamp=[issuer.split(",")[0][:26], "Registrar"])]
    style = m.Style(font="liberation-serif", size=11, margins_mm=(25, 25, 22, 22), para_space=8, letterhead=lh, page=ctx.page)
    return m.Document("board_certificate", "en", blocks, style, name="board-to-whom")


def to_whom_degree_attestation(a: Applicant, ctx: Ctx, *, university: str, lines: list[str], signer: str) -> m.Document:
    lh = m.Letterhead(university, lines, logo="circle", color="#7a1f2b", align="center", rule=True)
    blocks = [m.Lines([f"No. 4471/{a.med_year + 1}"], align="left", size=9),
              m.Title("ATTESTATION OF MEDICAL DEGREE", size=14),
              m.Para("To whom it may concern,"),
              m.Para(f"We hereby attest that {a.dr}, born on {a.dob.strftime('%d/%m/%Y')}, graduated from the Faculty of "
                     f"Medicine of our university in {a.med_year} and was awarded the degree of Doctor of Medicine "
                     f"(Diploma de Licență în Medicină / Doctor-medic), after six years of study."),
              m.Para("The original diploma is kept by the holder. This attestation is issued in English for use abroad."),
              m.Signature(signer, ["Dean of the Faculty of Medicine", university], scribble=True, seed=78,
                          stamp=[university.split(" ")[0], "Facultatea de Medicină"])]
    style = m.Style(font="dejavu-serif", size=11, margins_mm=(25, 25, 22, 22), para_space=8, letterhead=lh, page=ctx.page)
    return m.Document("medical_degree", "en", blocks, style, name="degree-to-whom")


def chinese_notice(ctx: Ctx) -> m.Document:
    """A hospital notice in Chinese merged in by mistake: no ESOR document, but a section in Chinese."""
    blocks = [m.Title("关于2025年下半年院区停车管理调整的通知", size=16),
              m.Para("各科室、全体职工："),
              m.Para("为进一步改善院区交通秩序，保障患者就医通行顺畅，经医院研究决定，自2025年9月1日起对院区停车管理"
                     "进行如下调整。"),
              m.Para("一、职工车辆统一停放在北区地下停车场，凭职工停车证出入，不得占用门诊楼前的患者停车位。"),
              m.Para("二、夜班及急诊值班人员可在值班期间使用急诊楼西侧临时车位，次日上午九点前驶离。"),
              m.Para("三、外来访客车辆须在门卫处登记，停车费用按市物价部门核定的标准收取。"),
              m.Para("四、请各科室负责人做好本科室人员的通知工作。如有疑问，请联系后勤保障处（分机 6021）。"),
              m.Lines(["后勤保障处", "2025年8月20日"], align="right")]
    style = m.Style(font="noto-sans", size=11, margins_mm=(25, 25, 25, 25), para_space=8, page=ctx.page)
    return m.Document("unknown", "zh", blocks, style, name="notice-zh")


def letterhead_for(r: Referee, *, logo: str = "circle", color: str = "#1f4e79", dept: str = "") -> m.Letterhead:
    lines = ([dept] if dept else []) + r.address
    return m.Letterhead(r.institution, lines, logo=logo, color=color, align="left", rule=True)


def big_logo_letter(doc: m.Document, initials: str, name: str, subtitle: str, color: str = "#12355b") -> m.Document:
    """The same letter printed on paper whose first page carries a large emblem and the institution in display type."""
    return replace(doc, blocks=[BigLogo(initials, name, color, subtitle)] + list(doc.blocks),
                   style=replace(doc.style, letterhead=None))


def fmt_long(ctx: Ctx, days: int = 0) -> str:
    from datetime import timedelta
    return fmt_date(ctx.when - timedelta(days=days), "long")
