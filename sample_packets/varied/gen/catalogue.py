"""The varied packets: for each, the documents in packet order, the tool that makes each one, and the truth.

The applicants, referees, dates and standard documents (certificates, membership proofs, passports,
funding declarations, forms) are the builder's, so every applicant is eligible for the call on the
programme's application date exactly as in ``sample_packets/``; only the documents a class is about
are new. Where a document is written in another language, the applicant's data is shown in that
language too (``local``), as an applicant writing in their own language would.
"""
from __future__ import annotations

from dataclasses import replace

from builder import documents as D
from builder import people as P
from builder.packets import _one_year, ctx_for
from builder.people import Referee
from gen import documents as G
from gen.blocks import Extras
from gen.model import Part, Packet

NL = "\n"


def rl(doc, **kw) -> Part:
    return Part(doc, "reportlab", **kw)


def one_year(a, c, *, board, lang, rec_voices, degree=None) -> dict:
    """The documents of a one-year fellowship packet by key (motivation, cv, rec0…, board, degree, lang0…,
    pubs, refs, membership, passport), drawn by the builder in the call's order."""
    keys = ["motivation", "cv"] + [f"rec{i}" for i in range(len(rec_voices))] + ["board"] + \
           (["degree"] if degree else []) + [f"lang{i}" for i in range(len(lang))] + ["pubs", "refs", "membership", "passport"]
    parts = _one_year(a, c, board=board, lang=lang, rec_voices=rec_voices, degree=degree, order=keys)
    return {k: rl(p.doc) for k, p in zip(keys, parts)}


def bracco_docs(a, c, track: str, voices: list[int]) -> dict:
    docs = {"form": rl(D.application_form(a, c, track))}
    if track == "clinical":
        docs["confirmation"] = rl(D.confirmation_letter(a, c, track))
    docs.update({"cv": rl(D.cv(a, c)), "motivation": rl(D.motivation(a, c, variant=voices[0]))})
    for i, v in enumerate(voices):
        docs[f"rec{i}"] = rl(D.recommendation(a, a.referees[i], c, voice=v))
    docs["checklist"] = rl(D.checklist(a, c, track))
    return docs


def ordered(docs: dict, order: list[str] | None = None) -> list[Part]:
    return [docs[k] for k in (order or list(docs))]


def local(a, **changes):
    """The applicant as they present themselves in their own language."""
    return replace(a, **changes)


# ---------------------------------------------------------------- invented referees for letters from abroad
VERMEULEN = Referee("Prof. dr. Hendrik Vermeulen", "Afdelingshoofd Radiologie", "Universitair Ziekenhuis Scheldeland",
                    ["Scheldekaai 14", "9000 Gent, België"], "h.vermeulen@uz-scheldeland.example.be", "+32 9 332 41 00",
                    "Prof. Vermeulen")
SOKOLOV = Referee("Проф. Андрей Викторович Соколов", "Заведующий отделением лучевой диагностики",
                  "Городская клиническая больница № 7 г. Казани", ["ул. Чуйкова, 54", "420103 Казань, Россия"],
                  "sokolov.av@gkb7-kazan.example.ru", "+7 843 221 37 50", "Проф. Соколов")
PAPADAKIS = Referee("Καθ. Νικόλαος Παπαδάκης", "Διευθυντής Ακτινολογικού Τμήματος",
                    "Πανεπιστημιακό Γενικό Νοσοκομείο Θερμαϊκού", ["Οδός Κηφισίας 12", "546 21 Θεσσαλονίκη, Ελλάδα"],
                    "npapadakis@pgnth.example.gr", "+30 2310 994 100", "Καθ. Παπαδάκης")


def _letterhead(r: Referee, color: str, logo: str = "circle", dept: str = ""):
    return G.letterhead_for(r, logo=logo, color=color, dept=dept)


# ====================================================================== AIM China
def aim_china() -> list[Packet]:
    pg = "aim-china"
    out = []

    c = ctx_for(pg, "varied/cv-markdown-word", "self-funded")
    a = P.WANG
    out.append(Packet(pg, "cv-markdown-word", ["cv-any-make", "publication-shape"],
                      "Self-funded packet whose CV is a free-form English CV written in Markdown and exported to Word by "
                      "pandoc, then to PDF by LibreOffice; its numbered publications section runs over two more pages.",
                      [Part(G.freeform_cv(a, c, "en", pubs=26), "pandoc-docx"), rl(D.motivation(a, c, variant=0)),
                       rl(D.recommendation(a, a.referees[0], c, voice=0)), rl(D.recommendation(a, a.referees[1], c, voice=4)),
                       rl(D.funding_declaration(a, c, track="self-funded", variant=0))],
                      status="incomplete", expected=["cv.not_esor_template"], track="self-funded"))

    c = ctx_for(pg, "varied/cv-chinese-two-column", "sponsored")
    a = P.CHEN
    zh = local(a, institution="复旦大学附属中山医院", position="副主任医师", address=a.address_local,
               nationality="中国", residence="中国", med_degree="复旦大学上海医学院 临床医学博士",
               board_authority="上海市卫生健康委员会", interests="心胸影像；冠状动脉CT血管成像；CT血流储备分数；心肌病的心脏磁共振。",
               experience=[("2021.01 – 至今", "复旦大学附属中山医院放射科", "副主任医师"),
                           ("2017.07 – 2020.12", "复旦大学附属中山医院放射科", "主治医师"),
                           ("2012.09 – 2017.06", "复旦大学附属中山医院", "住院医师、博士研究生")])
    out.append(Packet(pg, "cv-chinese-two-column", ["cv-any-make", "language-every-section"],
                      "Sponsored packet whose CV is a two-column Chinese résumé (个人简历) with a photo placeholder, typeset "
                      "with typst; the rest is in English (LibreOffice).",
                      [Part(G.freeform_cv(zh, c, "zh", layout="two-column", photo=True, field="心胸影像",
                                          name_local="陈浩然", pubs=7), "typst"),
                       Part(D.motivation(a, c, variant=1), "libreoffice"),
                       Part(D.recommendation(a, a.referees[0], c, voice=2), "libreoffice"),
                       Part(D.recommendation(a, a.referees[1], c, voice=5), "libreoffice"),
                       Part(D.funding_declaration(a, c, track="sponsored", variant=0), "libreoffice")],
                      status="incomplete", expected=["cv.not_esor_template", "language.not_english"], track="sponsored"))

    c = ctx_for(pg, "varied/letters-chinese", "self-funded")
    a = P.LIU
    head = a.referees[0]
    zh_head = replace(head, name="金正宇 教授", institution="北京协和医院")
    lh = G.letterhead_for(replace(head, institution="北京协和医院 放射科", address=["北京市东城区帅府园1号 100730",
                                                                                 "Peking Union Medical College Hospital"]),
                          color="#9d0208")
    out.append(Packet(pg, "letters-chinese", ["letter-any-language"],
                      "Self-funded packet whose motivation letter and first recommendation (from the head of department, "
                      "on a Chinese letterhead) are written in Chinese (typst, as the ESOR CV).",
                      [Part(D.cv(a, c), "typst"),
                       Part(G.foreign_letter("motivation", "zh", a, c, prog="AIM China 高级影像导师项目", field="神经放射",
                                             place="北京", name_local="刘梦瑶"), "typst"),
                       Part(G.foreign_letter("recommendation", "zh", a, c, prog="AIM China 高级影像导师项目", field="神经放射",
                                             place="北京", referee=zh_head, name_local="刘梦瑶", letterhead=lh,
                                             signer_lines=["放射科主任 (Head of the Department of Radiology)", "北京协和医院"]),
                            "typst"),
                       rl(D.recommendation(a, a.referees[1], c, voice=4)),
                       rl(D.funding_declaration(a, c, track="self-funded", variant=1))],
                      status="incomplete", expected=["language.not_english"], track="self-funded"))

    c = ctx_for(pg, "varied/word-letter-closing-page", "sponsored")
    a = P.HUANG
    rec = D.recommendation(a, a.referees[0], c, voice=2, footer=None)
    out.append(Packet(pg, "word-letter-closing-page", ["multi-page"],
                      "Sponsored packet whose first recommendation is a Word letter with the letterhead in the page header: "
                      "page 2 repeats the letterhead and holds only the closing and the signature.",
                      [rl(D.cv(a, c)), rl(D.motivation(a, c, variant=0)),
                       Part(rec, "word-header", pages=2, page_has={2: a.referees[0].name}),
                       rl(D.recommendation(a, a.referees[1], c, voice=6)),
                       rl(D.funding_declaration(a, c, track="sponsored", variant=1))], track="sponsored"))

    c = ctx_for(pg, "varied/cover-sheet", "self-funded")
    a = P.WANG
    out.append(Packet(pg, "cover-sheet", ["cover-page"],
                      "Self-funded packet opening with a cover sheet (typst) that names the applicant and lists the five "
                      "documents in the call's numbering; the documents follow from LibreOffice.",
                      [Part(G.cover_sheet(a, c, programme_title="AIM China – Advanced Imaging Mentorship 2026 (self-funded track)",
                                          contents=["01  CV in the ESOR format", "02  Letter of motivation",
                                                    "03  Letters of recommendation (2)", "04  Proof of self-funding"],
                                          heading="Documents enclosed"), "typst"),
                       Part(D.cv(a, c), "libreoffice"), Part(D.motivation(a, c, variant=2), "libreoffice"),
                       Part(D.recommendation(a, a.referees[0], c, voice=1), "libreoffice"),
                       Part(D.recommendation(a, a.referees[1], c, voice=7), "libreoffice"),
                       Part(D.funding_declaration(a, c, track="self-funded", variant=2), "libreoffice")], track="self-funded"))

    c = ctx_for(pg, "varied/chinese-unidentified-page", "self-funded")
    a = P.CHEN
    out.append(Packet(pg, "chinese-unidentified-page", ["language-every-section"],
                      "Self-funded packet with a hospital parking notice in Chinese merged in after the motivation "
                      "letter: a page of no document, in Chinese, which the call's all-English rule still covers.",
                      [rl(D.cv(a, c)), rl(D.motivation(a, c, variant=2)), Part(G.chinese_notice(c), "typst"),
                       rl(D.recommendation(a, a.referees[0], c, voice=3)), rl(D.recommendation(a, a.referees[1], c, voice=0)),
                       rl(D.funding_declaration(a, c, track="self-funded", variant=0))],
                      status="incomplete", expected=["document.unclassified", "language.not_english"], track="self-funded"))

    c = ctx_for(pg, "varied/lorem-additional", "sponsored")
    a = P.HUANG
    out.append(Packet(pg, "lorem-additional", ["language-every-section"],
                      "Sponsored packet whose titled additional document at the bottom still has its template's "
                      "Lorem-ipsum body (Latin, not English).",
                      [rl(D.cv(a, c)), rl(D.motivation(a, c, variant=1)), rl(D.recommendation(a, a.referees[0], c, voice=5)),
                       rl(D.recommendation(a, a.referees[1], c, voice=2)),
                       rl(D.funding_declaration(a, c, track="sponsored", variant=2)),
                       Part(G.lorem_additional(a, c), "fpdf2", acceptable_types=["unknown"])],
                      status="incomplete", expected=["language.not_english"], track="sponsored"))

    c = ctx_for(pg, "varied/recommendations-first", "self-funded")
    a = P.ZHAO
    out.append(Packet(pg, "recommendations-first", ["content-over-order"],
                      "Self-funded packet in the wrong order: the two recommendation letters and the self-funding "
                      "declaration come first, then the ESOR CV (groff) and the motivation letter.",
                      [rl(D.recommendation(a, a.referees[0], c, voice=1)), rl(D.recommendation(a, a.referees[1], c, voice=3)),
                       rl(D.funding_declaration(a, c, track="self-funded", variant=1)), Part(D.cv(a, c), "groff"),
                       rl(D.motivation(a, c, variant=0))],
                      status="incomplete", expected=["document.order"], track="self-funded"))
    return out


# ====================================================================== Exchange fellowship
def exchange() -> list[Packet]:
    pg = "exchange-fellowship"
    out = []

    c = ctx_for(pg, "varied/cv-europass-portuguese")
    a = P.CARVALHO
    pt = local(a, position="Assistente Hospitalar de Radiologia", interests="Imagem torácica: doença pulmonar intersticial, "
               "rastreio do cancro do pulmão, TC de contagem de fotões.",
               experience=[("05/2021 – atual", "Centro Hospitalar Universitário de São João, Porto", "Assistente Hospitalar"),
                           ("01/2016 – 04/2021", "Centro Hospitalar Universitário de São João, Porto", "Interno de Radiologia"),
                           ("01/2015 – 12/2015", "Hospital de Braga", "Ano Comum")])
    out.append(Packet(pg, "cv-europass-portuguese", ["cv-any-make", "language-every-section"],
                      "Exchange packet whose CV is a Europass-style CV in Portuguese drawn with fpdf2 (labels in a left "
                      "column, CEFR grid for languages).",
                      [rl(D.motivation(a, c, variant=1)),
                       Part(G.freeform_cv(pt, c, "pt", layout="europass", field="imagem torácica", pubs=6, font="dejavu-sans"), "fpdf2"),
                       rl(D.board_certificate(a, c, "pt-en")), rl(D.recommendation(a, a.referees[0], c, voice=0))],
                      status="incomplete", expected=["cv.not_esor_template", "language.not_english"]))

    c = ctx_for(pg, "varied/certificate-to-whom-it-may-concern")
    a = P.BRENNAN
    out.append(Packet(pg, "certificate-to-whom-it-may-concern", ["content-over-order"],
                      "Complete exchange packet whose board certificate is a registrar's letter opening 'To whom it may "
                      "concern' (typst); letters from reportlab.",
                      [rl(D.motivation(a, c, variant=0)), rl(D.cv(a, c)),
                       Part(G.to_whom_board_certificate(a, c, issuer="Medical Registration Board of Ireland",
                                                        issuer_lines=["Specialist Registration Office", "Kingram Place, Dublin 2"],
                                                        register="Specialist Division of the Register of Medical Practitioners",
                                                        signer="Ms Orla Kinsella", signer_role="Registrar",
                                                        date_text=G.fmt_long(c, 40)), "typst"),
                       rl(D.recommendation(a, a.referees[0], c, voice=3)), rl(D.recommendation(a, a.referees[1], c, voice=6))]))

    c = ctx_for(pg, "varied/scanned-two-page-recommendation")
    a = P.CARVALHO
    rec = G.lengthen(D.recommendation(a, a.referees[0], c, voice=0, footer=None), G.MORE_RECOMMENDATION[:4], a)
    rec = G.big_logo_letter(rec, "CHSJ", "CENTRO HOSPITALAR UNIVERSITÁRIO DE SÃO JOÃO", "Serviço de Radiologia · Porto")
    out.append(Packet(pg, "scanned-two-page-recommendation", ["multi-page"],
                      "Complete exchange packet whose recommendation is a two-page letter scanned in one scanner run "
                      "(same tilt and paper on both sheets): a large emblem and the hospital's name in display type on "
                      "page 1, page 2 plain with the signature.",
                      [rl(D.motivation(a, c, variant=0)), rl(D.cv(a, c)), rl(D.board_certificate(a, c, "pt-en")),
                       Part(rec, "chromium", paper="scan", pages=2)],
                      expected=["pdf.scanned_pages"]))

    c = ctx_for(pg, "varied/out-of-order-cascade")
    a = P.BRENNAN
    out.append(Packet(pg, "out-of-order-cascade", ["content-over-order"],
                      "Exchange packet in the wrong order: a recommendation, the board certificate, a second "
                      "recommendation, then the motivation letter and the CV last.",
                      [rl(D.recommendation(a, a.referees[0], c, voice=6)), rl(D.board_certificate(a, c, "ie")),
                       rl(D.recommendation(a, a.referees[1], c, voice=3)), Part(D.motivation(a, c, variant=1), "typst"),
                       rl(D.cv(a, c))],
                      status="incomplete", expected=["document.order"]))

    c = ctx_for(pg, "varied/portuguese-motivation")
    a = P.CARVALHO
    out.append(Packet(pg, "portuguese-motivation", ["letter-any-language"],
                      "Exchange packet whose motivation letter is written in Portuguese (pandoc HTML printed by "
                      "Chromium); the recommendation from the head of department is in English.",
                      [Part(G.foreign_letter("motivation", "pt", a, c, prog="Programa de Intercâmbio de Fellowships da ESOR (ESTI)",
                                             field="imagem torácica", place="Porto"), "pandoc-html"),
                       rl(D.cv(a, c)), rl(D.board_certificate(a, c, "pt-en")), rl(D.recommendation(a, a.referees[0], c, voice=5))],
                      status="incomplete", expected=["language.not_english"]))
    return out


# ====================================================================== ICM
def icm() -> list[Packet]:
    pg = "icm-oncologic-imaging"
    out = []
    es_nunez = local(P.NUNEZ, position="Facultativo Especialista de Área (FEA) de Radiodiagnóstico",
                     med_degree="Licenciatura en Medicina, Universidad Autónoma de Madrid",
                     interests="Imagen oncológica, RM corporal, difusión, cáncer ginecológico.",
                     experience=[("06/2021 – actualidad", "Hospital Universitario La Paz, Madrid", "FEA de Radiodiagnóstico"),
                                 ("05/2017 – 05/2021", "Hospital Universitario La Paz, Madrid", "Médico Interno Residente (MIR)"),
                                 ("2015 – 2017", "Universidad Autónoma de Madrid", "Ayudante de investigación, Anatomía")])

    c = ctx_for(pg, "varied/cv-spanish-two-column")
    docs = one_year(P.NUNEZ, c, board="es", lang=["toefl"], rec_voices=[1])
    docs["cv"] = Part(G.freeform_cv(es_nunez, c, "es", layout="two-column", photo=True, field="la imagen oncológica",
                                    pubs=6, font="noto-sans"), "chromium")
    out.append(Packet(pg, "cv-spanish-two-column", ["cv-any-make", "language-every-section"],
                      "ICM packet whose CV is a two-column Spanish CV with a photo placeholder and headings such as "
                      "'Título de Especialista' and 'Publicaciones' (Chromium).",
                      ordered(docs), status="incomplete", expected=["cv.not_esor_template", "language.not_english"]))

    c = ctx_for(pg, "varied/spanish-letters")
    docs = one_year(P.NUNEZ, c, board="es", lang=["toefl"], rec_voices=[4])
    head = P.NUNEZ.referees[0]
    docs["motivation"] = Part(G.foreign_letter("motivation", "es", P.NUNEZ, c, prog="programa de fellowship de un año en "
                                               "imagen oncológica del Institut du Cancer de Montpellier",
                                               field="la imagen oncológica", place="Madrid", font="times"), "groff")
    docs["rec0"] = Part(G.foreign_letter("recommendation", "es", P.NUNEZ, c, prog="programa de fellowship del Institut du "
                                         "Cancer de Montpellier", field="", place="Madrid", referee=head,
                                         letterhead=_letterhead(head, "#0b5394", "cross", "Servicio de Radiodiagnóstico"),
                                         signer_lines=["Jefe de Servicio de Radiodiagnóstico", head.institution]), "chromium")
    out.append(Packet(pg, "spanish-letters", ["letter-any-language"],
                      "ICM packet whose motivation letter (groff, first person) and recommendation (Chromium, the head of "
                      "department speaking of the candidate) are both written in Spanish.",
                      ordered(docs), status="incomplete", expected=["language.not_english"]))

    c = ctx_for(pg, "varied/cv-german-typst")
    a = P.MUELLER
    de = local(a, position="Fachärztin für Radiologie", residence="Deutschland", nationality="deutsch",
               med_degree="Universität zu Köln, Staatsexamen Humanmedizin",
               interests="Onkologische Bildgebung, Radiomics, Ganzkörper-MRT, Therapiemonitoring.",
               experience=[("seit 10/2021", "Universitätsklinikum Köln, Institut für Radiologie", "Fachärztin für Radiologie"),
                           ("01/2016 – 09/2021", "Universitätsklinikum Köln", "Assistenzärztin in Weiterbildung"),
                           ("04/2015 – 12/2015", "Uniwersytecki Szpital Kliniczny, Wrocław", "Forschungsaufenthalt")])
    docs = one_year(a, c, board="de", lang=["ielts"], rec_voices=[0])
    docs["cv"] = Part(G.freeform_cv(de, c, "de", field="onkologische Bildgebung", pubs=16, footer="seite",
                                    board_text="27.09.2021, Ärztekammer Nordrhein"), "typst")
    out.append(Packet(pg, "cv-german-typst", ["cv-any-make", "publication-shape"],
                      "ICM packet whose CV is a German 'Lebenslauf' typeset with typst ('Seite x von y' footer), its "
                      "'Publikationen' section running onto the next page; the separate list of five publications follows later.",
                      ordered(docs), status="incomplete", expected=["cv.not_esor_template", "language.not_english"]))

    c = ctx_for(pg, "varied/publications-journals-conferences")
    docs = one_year(a, c, board="de", lang=["ielts"], rec_voices=[0])
    docs["pubs"] = Part(G.publication_list(a, c, heading="Journals / Conferences", shape="journals-conferences"), "chromium")
    out.append(Packet(pg, "publications-journals-conferences", ["publication-shape"],
                      "Complete ICM packet whose list of five publications is headed only 'Journals / Conferences', "
                      "entries with author-year, volume:pages and PMID (Chromium).", ordered(docs)))

    c = ctx_for(pg, "varied/table-of-contents")
    docs = one_year(P.NUNEZ, c, board="es", lang=["toefl"], rec_voices=[1])
    docs["cv"] = Part(D.cv(P.NUNEZ, c), "typst")
    labels = ["Letter of motivation", "ESOR CV", "Letter of recommendation", "Certificate of board certification",
              "Language certificate (TOEFL iBT)", "List of five most relevant publications", "List of references",
              "ESR membership proof", "Copy of passport"]
    out.append(Packet(pg, "table-of-contents", ["cover-page"],
                      "Complete ICM packet opening with a table of contents whose dot leaders give the page of each of the "
                      "nine documents (Chromium); ESOR CV typeset with typst.",
                      [Part(lambda pages: G.cover_sheet(P.NUNEZ, c, programme_title="ICM one-year fellowship in oncologic imaging",
                                                        contents=labels, with_pages=pages, heading="Table of contents",
                                                        title_lines=["Application file"]), "chromium")] + ordered(docs)))

    c = ctx_for(pg, "varied/scanned-three-page-motivation")
    docs = one_year(a, c, board="de", lang=["ielts"], rec_voices=[0])
    mot = G.lengthen(D.motivation(a, c, variant=0, long=True, footer=None), G.MORE_MOTIVATION, a)
    mot = replace(mot, style=replace(mot.style, size=12.5, leading=1.7, para_space=12))
    docs["motivation"] = Part(mot, "chromium", paper="scan", pages=3,
                              extras=Extras(running_header=f"{a.full} – Letter of motivation, ICM fellowship"))
    out.append(Packet(pg, "scanned-three-page-motivation", ["multi-page"],
                      "Complete ICM packet whose motivation letter runs over three pages with a running header from page 2, "
                      "all three scanned in one run.", ordered(docs), expected=["pdf.scanned_pages"]))
    return out


# ====================================================================== Gustave Roussy
def gustave_roussy() -> list[Packet]:
    pg = "gustave-roussy-hybrid-imaging"
    out = []
    a = P.MORETTI
    it = local(a, position="Dirigente Medico di Radiologia", nationality="italiana", residence="Italia",
               interests="Imaging oncologico e ibrido; RM whole-body; PET/RM nel carcinoma prostatico.",
               experience=[("11/2019 – oggi", "Fondazione IRCCS Istituto Nazionale dei Tumori, Milano", "Dirigente Medico"),
                           ("11/2014 – 10/2019", "Università degli Studi di Milano", "Medico specializzando in Radiodiagnostica")])

    def base(a, c, **kw):
        if a is P.MORETTI:
            return one_year(a, c, board="it", degree="it", lang=["ielts", "tcf"], rec_voices=[0, 3])
        return one_year(a, c, board="ro", degree="ro", lang=["toefl", "delf"], rec_voices=[5, 2])

    c = ctx_for(pg, "varied/cv-italian-odt")
    docs = base(a, c)
    docs["cv"] = Part(G.freeform_cv(it, c, "it", field="imaging ibrido", pubs=8, font="liberation-serif"), "pandoc-odt")
    out.append(Packet(pg, "cv-italian-odt", ["cv-any-make", "language-every-section"],
                      "Gustave Roussy packet whose CV is a free-form Italian CV written in Markdown, converted to ODT by "
                      "pandoc and printed by LibreOffice.", ordered(docs), status="incomplete",
                      expected=["cv.not_esor_template", "language.not_english"]))

    c = ctx_for(pg, "varied/italian-letters")
    docs = base(a, c)
    head = a.referees[0]
    docs["motivation"] = Part(G.foreign_letter("motivation", "it", a, c, prog="programma di fellowship annuale in imaging "
                                               "ibrido presso Gustave Roussy", field="imaging oncologico e ibrido",
                                               place="Milano"), "typst")
    docs["rec0"] = Part(G.foreign_letter("recommendation", "it", a, c, prog="programma di fellowship presso Gustave Roussy",
                                         field="", place="Milano", referee=head,
                                         letterhead=_letterhead(head, "#1d5e3a", "shield", "S.C. Radiologia Diagnostica e Interventistica"),
                                         signer_lines=["Direttore, S.C. Radiologia Diagnostica e Interventistica", head.institution]),
                        "pandoc-docx")
    out.append(Packet(pg, "italian-letters", ["letter-any-language"],
                      "Gustave Roussy packet whose motivation letter (typst) and first recommendation (pandoc → Word → "
                      "LibreOffice) are written in Italian.", ordered(docs), status="incomplete", expected=["language.not_english"]))

    c = ctx_for(pg, "varied/french-motivation-romanian-recommendation")
    b = P.POPESCU
    docs = base(b, c)
    head = b.referees[0]
    docs["motivation"] = Part(G.foreign_letter("motivation", "fr", b, c, prog="programme de fellowship d'un an en imagerie "
                                               "hybride à Gustave Roussy", field="l'imagerie hybride TEP-TDM", place="Bucarest",
                                               font="times"), "groff")
    docs["rec0"] = Part(G.foreign_letter("recommendation", "ro", b, c, prog="programul de fellowship Gustave Roussy", field="",
                                         place="București", referee=head,
                                         letterhead=_letterhead(head, "#7a1f2b", "cross", "Secția Radiologie și Imagistică Medicală"),
                                         signer_lines=["Medic șef, Secția Radiologie și Imagistică Medicală", head.institution]),
                        "chromium")
    out.append(Packet(pg, "french-motivation-romanian-recommendation", ["letter-any-language"],
                      "Gustave Roussy packet whose motivation letter is in French (groff) and whose first recommendation, "
                      "from the head of department, is in Romanian (Chromium).", ordered(docs),
                      status="incomplete", expected=["language.not_english"]))

    c = ctx_for(pg, "varied/articles-bracketed-doi")
    docs = base(b, c)
    docs["pubs"] = Part(G.publication_list(b, c, heading="Articles", shape="bracketed-doi"), "typst")
    out.append(Packet(pg, "articles-bracketed-doi", ["publication-shape"],
                      "Complete Gustave Roussy packet whose list of five publications is headed only 'Articles', "
                      "entries numbered [1]–[5] with DOI links (typst).", ordered(docs)))

    c = ctx_for(pg, "varied/passport-first")
    docs = base(a, c)
    out.append(Packet(pg, "passport-first", ["content-over-order"],
                      "Gustave Roussy packet in the wrong order: the passport copy and the ESR membership proof come first, "
                      "before the motivation letter.",
                      ordered(docs, ["passport", "membership", "motivation", "cv", "rec0", "rec1", "board", "degree",
                                     "lang0", "lang1", "pubs", "refs"]),
                      status="incomplete", expected=["document.order"]))

    c = ctx_for(pg, "varied/certificates-to-whom")
    docs = base(b, c)
    docs["board"] = Part(G.to_whom_board_certificate(b, c, issuer="Colegiul Medicilor din Municipiul București",
                                                     issuer_lines=["Registrul medicilor specialiști", "Str. Tudor Vladimirescu 8, București"],
                                                     register="Register of Specialist Physicians", signer="Dr. Radu Ionescu",
                                                     signer_role="President", date_text=G.fmt_long(c, 60)), "fpdf2")
    docs["degree"] = Part(G.to_whom_degree_attestation(b, c, university="Universitatea de Medicină și Farmacie Carol Davila",
                                                       lines=["Facultatea de Medicină", "Bd. Eroii Sanitari 8, București"],
                                                       signer="Prof. Dr. Elena Mureșan"), "fpdf2")
    out.append(Packet(pg, "certificates-to-whom", ["content-over-order"],
                      "Complete Gustave Roussy packet whose board certificate and medical-degree attestation are letters "
                      "opening 'To whom it may concern' (fpdf2).", ordered(docs)))
    return out


# ====================================================================== Lille
def lille() -> list[Packet]:
    pg = "lille-neuroinflammatory"
    out = []
    z, j = P.ZIELINSKA, P.JANSSENS

    def base(a, c):
        if a is z:
            return one_year(z, c, board="pl", lang=["cambridge"], rec_voices=[0, 6])
        return one_year(j, c, board="nl", lang=["ielts"], rec_voices=[3, 5])

    c = ctx_for(pg, "varied/cv-polish-two-column")
    pl = local(z, position="Lekarz specjalista radiologii", institution="Uniwersyteckie Centrum Kliniczne WUM",
               nationality="polskie", residence="Polska",
               interests="Neuroradiologia: stwardnienie rozsiane, choroby ze spektrum zapalenia nerwów wzrokowych i rdzenia, "
                         "zaawansowane techniki MR.",
               experience=[("06/2019 – obecnie", "Uniwersyteckie Centrum Kliniczne WUM, Warszawa", "Lekarz specjalista radiologii"),
                           ("10/2013 – 05/2019", "Uniwersyteckie Centrum Kliniczne WUM, Warszawa", "Lekarz rezydent")])
    docs = base(z, c)
    docs["cv"] = Part(G.freeform_cv(pl, c, "pl", layout="two-column", field="neuroradiologią", pubs=7, font="dejavu-sans"), "typst")
    out.append(Packet(pg, "cv-polish-two-column", ["cv-any-make", "language-every-section"],
                      "Lille packet whose CV is a two-column Polish CV ('Życiorys zawodowy') typeset with typst.",
                      ordered(docs), status="incomplete", expected=["cv.not_esor_template", "language.not_english"]))

    c = ctx_for(pg, "varied/polish-motivation-dutch-recommendation")
    docs = base(z, c)
    docs["motivation"] = Part(G.foreign_letter("motivation", "pl", z, c, prog="rocznego fellowship w zakresie obrazowania "
                                               "chorób zapalnych OUN w Lille", field="neuroradiologią", place="Warszawa"), "chromium")
    docs["rec1"] = Part(G.foreign_letter("recommendation", "nl", z, c, prog="fellowship in Lille", field="", place="Gent",
                                         referee=VERMEULEN, letterhead=_letterhead(VERMEULEN, "#264653", "bars", "Dienst Radiologie"),
                                         signer_lines=["Afdelingshoofd Radiologie", VERMEULEN.institution]), "typst")
    out.append(Packet(pg, "polish-motivation-dutch-recommendation", ["letter-any-language"],
                      "Lille packet whose motivation letter is in Polish (Chromium) and whose second recommendation, from "
                      "the head of a Belgian department where the candidate did a research stay, is in Dutch (typst).",
                      ordered(docs), status="incomplete", expected=["language.not_english"]))

    c = ctx_for(pg, "varied/running-headers-three-page")
    docs = base(j, c)
    rec = G.lengthen(D.recommendation(j, j.referees[0], c, voice=3, long=True, footer=None), G.MORE_RECOMMENDATION, j)
    rec = replace(rec, style=replace(rec.style, footer="page_x_of_y", size=12.5, leading=1.7, para_space=12))
    docs["rec0"] = Part(rec, "chromium", pages=3, extras=Extras(running_header=f"Recommendation – Dr. {j.full} – ESOR / CHU de Lille"))
    mot = G.lengthen(D.motivation(j, c, variant=3, long=True, footer=None), G.MORE_MOTIVATION[:4], j)
    docs["motivation"] = Part(replace(mot, style=replace(mot.style, footer="page_x_of_y", size=11.5, leading=1.45)), "typst", pages=2)
    out.append(Packet(pg, "running-headers-three-page", ["multi-page"],
                      "Complete Lille packet with a three-page recommendation (running header from page 2, 'Page x of y' "
                      "footers; Chromium) and a two-page motivation letter (typst).", ordered(docs)))

    c = ctx_for(pg, "varied/lorem-ipsum-motivation")
    docs = base(j, c)
    docs["motivation"] = Part(G.lorem_motivation(j, c), "typst", acceptable_types=["unknown"])
    out.append(Packet(pg, "lorem-ipsum-motivation", ["language-every-section"],
                      "Lille packet whose motivation letter has an English address, salutation and closing around a "
                      "Lorem-ipsum body: Latin, not English.", ordered(docs), status="incomplete",
                      expected=["language.not_english"]))

    c = ctx_for(pg, "varied/publikationen-apa")
    docs = base(z, c)
    docs["pubs"] = Part(G.publication_list(z, c, heading="Publikationen", shape="apa-bulleted",
                                           intro="Ausgewählte Originalarbeiten (peer-reviewed)"), "pandoc-docx")
    out.append(Packet(pg, "publikationen-apa", ["publication-shape"],
                      "Complete Lille packet whose list of five publications, kept from a German application, is headed "
                      "'Publikationen' with APA-style bulleted entries (pandoc → Word → LibreOffice).", ordered(docs)))

    c = ctx_for(pg, "varied/cv-own-publications-page")
    docs = base(j, c)
    docs["cv"] = Part(G.freeform_cv(j, c, "en", pubs=22, font="times"), "groff")
    out.append(Packet(pg, "cv-own-publications-page", ["cv-any-make", "publication-shape"],
                      "Lille packet whose free-form English CV (groff → Ghostscript) ends with its own numbered publications "
                      "section over the last page, before the separate list of five publications.",
                      ordered(docs), status="incomplete", expected=["cv.not_esor_template"]))
    return out


# ====================================================================== Visiting scholarship
def visiting() -> list[Packet]:
    pg = "visiting-scholarship-europe"
    out = []
    lq, kv = P.LINDQVIST, P.KOVACEVIC

    c = ctx_for(pg, "varied/phone-photo-recommendation")
    rec = G.lengthen(D.recommendation(lq, lq.referees[0], c, voice=5, long=True, footer=None), G.MORE_RECOMMENDATION, lq)
    rec = replace(rec, style=replace(rec.style, size=12, leading=1.45))
    out.append(Packet(pg, "phone-photo-recommendation", ["multi-page"],
                      "Complete visiting-scholarship packet whose two-page recommendation was photographed with a phone "
                      "(keystone, light falling off, desk around the sheet).",
                      [rl(D.motivation(lq, c, variant=0)), rl(D.cv(lq, c)), rl(D.resident_confirmation(lq, c)),
                       Part(rec, "typst", paper="photo", pages=2)], expected=["pdf.scanned_pages"]))

    c = ctx_for(pg, "varied/german-motivation-russian-recommendation")
    out.append(Packet(pg, "german-motivation-russian-recommendation", ["letter-any-language"],
                      "Visiting-scholarship packet whose motivation letter is in German (typst) and whose second "
                      "recommendation, from a department in Kazan where the resident did an elective, is in Russian.",
                      [Part(G.foreign_letter("motivation", "de", kv, c, prog="ESOR Visiting Scholarship Programme",
                                             field="die pädiatrische Radiologie", place="Zagreb"), "typst"),
                       rl(D.cv(kv, c)), rl(D.resident_confirmation(kv, c)), rl(D.recommendation(kv, kv.referees[0], c, voice=3)),
                       Part(G.foreign_letter("recommendation", "ru", kv, c, prog="ESOR Visiting Scholarship", field="",
                                             place="Казань", referee=SOKOLOV, name_local="Ана Мария Ковачевич",
                                             letterhead=_letterhead(SOKOLOV, "#3a0ca3", "cross"),
                                             signer_lines=["Заведующий отделением лучевой диагностики (Head of Department)",
                                                           SOKOLOV.institution]), "chromium")],
                      status="incomplete", expected=["language.not_english"]))

    c = ctx_for(pg, "varied/cv-esor-template-pandoc")
    out.append(Packet(pg, "cv-esor-template-pandoc", ["cv-any-make"],
                      "Complete visiting-scholarship packet whose ESOR CV template was filled in Markdown and exported by "
                      "pandoc to Word, then to PDF by LibreOffice ('Label: value' lines instead of table cells).",
                      [rl(D.motivation(lq, c, variant=1)), Part(D.cv(lq, c, layout="plain"), "pandoc-docx"),
                       rl(D.resident_confirmation(lq, c)), rl(D.recommendation(lq, lq.referees[1], c, voice=2))]))

    c = ctx_for(pg, "varied/confirmation-first")
    out.append(Packet(pg, "confirmation-first", ["content-over-order"],
                      "Visiting-scholarship packet in the wrong order: the confirmation of resident status and the "
                      "recommendation come before the motivation letter and the CV.",
                      [rl(D.resident_confirmation(kv, c)), rl(D.recommendation(kv, kv.referees[1], c, voice=4)),
                       Part(D.motivation(kv, c, variant=2), "groff"), rl(D.cv(kv, c))],
                      status="incomplete", expected=["document.order"]))

    c = ctx_for(pg, "varied/cover-page-groff")
    out.append(Packet(pg, "cover-page-groff", ["cover-page"],
                      "Complete visiting-scholarship packet opening with a cover page listing the four documents "
                      "(groff → Ghostscript).",
                      [Part(G.cover_sheet(lq, c, programme_title="ESOR Visiting Scholarship Programme",
                                          contents=["Letter of motivation", "ESOR CV", "Confirmation of resident status",
                                                    "Letters of recommendation"], heading="Contents of this application"), "groff"),
                       rl(D.motivation(lq, c, variant=2)), rl(D.cv(lq, c)), rl(D.resident_confirmation(lq, c)),
                       rl(D.recommendation(lq, lq.referees[0], c, voice=5)), rl(D.recommendation(lq, lq.referees[1], c, voice=2))]))
    return out


# ====================================================================== Bracco
def bracco() -> list[Packet]:
    pg = "bracco-fellowship"
    out = []
    y, f, h = P.YILMAZ, P.FERNANDES, P.HOFBAUER

    c = ctx_for(pg, "varied/turkish-letters", "clinical")
    docs = bracco_docs(y, c, "clinical", [0, 5])
    head = y.referees[0]
    docs["motivation"] = Part(G.foreign_letter("motivation", "tr", y, c, prog="Bracco Fellowship Programı",
                                               field="kardiyovasküler görüntüleme", place="Ankara"), "chromium")
    docs["rec0"] = Part(G.foreign_letter("recommendation", "tr", y, c, prog="Bracco Fellowship Programı", field="",
                                         place="Ankara", referee=head, letterhead=_letterhead(head, "#8a1c1c", "circle"),
                                         signer_lines=["Radyoloji Anabilim Dalı Başkanı (Head of the Department of Radiology)",
                                                       head.institution]), "typst")
    out.append(Packet(pg, "turkish-letters", ["letter-any-language"],
                      "Clinical-track Bracco packet whose motivation letter (Chromium) and first letter of support (typst) "
                      "are written in Turkish.", ordered(docs), status="incomplete", expected=["language.not_english"],
                      track="clinical"))

    c = ctx_for(pg, "varied/cover-before-form", "research")
    docs = bracco_docs(f, c, "research", [2, 6])
    out.append(Packet(pg, "cover-before-form", ["cover-page"],
                      "Complete research-track Bracco packet opening with a cover sheet (fpdf2) that lists the documents; "
                      "the checklist is still at the end.",
                      [Part(G.cover_sheet(f, c, programme_title="Bracco Fellowship Programme – research fellowship (4 months)",
                                          contents=["Application form", "ESOR CV", "Letter of motivation", "Two letters of support",
                                                    "Checklist"], heading="Enclosed"), "fpdf2")] + ordered(docs), track="research"))

    c = ctx_for(pg, "varied/cv-europass-english", "management")
    docs = bracco_docs(h, c, "management", [4, 1])
    docs["cv"] = Part(G.freeform_cv(h, c, "en", layout="europass", pubs=4), "fpdf2")
    out.append(Packet(pg, "cv-europass-english", ["cv-any-make"],
                      "Management-track Bracco packet whose CV is a Europass-style CV in English (fpdf2).",
                      ordered(docs), status="incomplete", expected=["cv.not_esor_template"], track="management"))

    c = ctx_for(pg, "varied/groff-two-page-support-letters", "research")
    docs = bracco_docs(f, c, "research", [2, 6])
    for i in (0, 1):
        letter = G.lengthen(D.recommendation(f, f.referees[i], c, voice=[2, 6][i], long=True, footer=None),
                            G.MORE_RECOMMENDATION[i:], f)
        docs[f"rec{i}"] = Part(replace(letter, style=replace(letter.style, font="times", size=12)), "groff", pages=2)
    out.append(Packet(pg, "groff-two-page-support-letters", ["multi-page"],
                      "Complete research-track Bracco packet whose two letters of support run over two pages each, set "
                      "with groff -ms (page number '- 2 -' at the top of page 2) and Ghostscript.", ordered(docs),
                      track="research"))

    c = ctx_for(pg, "varied/greek-support-letter", "management")
    docs = bracco_docs(h, c, "management", [4, 1])
    docs["cv"] = Part(D.cv(h, c), "typst")
    docs["rec1"] = Part(G.foreign_letter("recommendation", "el", h, c, prog="Bracco Fellowship Programme", field="",
                                         place="Θεσσαλονίκη", referee=PAPADAKIS, name_local="Λένα Χόφμπαουερ",
                                         letterhead=_letterhead(PAPADAKIS, "#0b3d91", "shield"),
                                         signer_lines=["Διευθυντής Ακτινολογικού Τμήματος (Head of Department)",
                                                       PAPADAKIS.institution]), "chromium")
    out.append(Packet(pg, "greek-support-letter", ["letter-any-language"],
                      "Management-track Bracco packet whose second letter of support, from the head of a Thessaloniki "
                      "department where the applicant spent an Erasmus term, is written in Greek; ESOR CV from typst.",
                      ordered(docs), status="incomplete", expected=["language.not_english"], track="management"))
    return out


def all_packets() -> list[Packet]:
    return aim_china() + exchange() + icm() + gustave_roussy() + lille() + visiting() + bracco()
