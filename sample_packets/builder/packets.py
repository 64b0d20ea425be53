"""The catalogue of sample packets: which documents, in which order, with which defect.

Each packet gets its own seeded random generator (from its name), so styles and
wordings differ between packets but a rebuild reproduces them exactly.
"""
from __future__ import annotations

import random
import zlib
from dataclasses import replace
from datetime import date

from . import documents as D
from . import people as P
from .assemble import Packet, Part

WHEN = {
    "aim-china": date(2025, 9, 15),
    "exchange-fellowship": date(2024, 3, 4),
    "icm-oncologic-imaging": date(2023, 1, 30),
    "gustave-roussy-hybrid-imaging": date(2021, 3, 12),
    "lille-neuroinflammatory": date(2020, 7, 20),
    "visiting-scholarship-europe": date(2025, 4, 10),
    "bracco-fellowship": date(2025, 5, 20),
}
MEMBERSHIP_YEAR = {"icm-oncologic-imaging": 2023, "gustave-roussy-hybrid-imaging": 2021,
                   "lille-neuroinflammatory": 2020}


def ctx_for(programme: str, name: str, track: str = "", page: str = "A4") -> D.Ctx:
    seed = zlib.crc32(f"{programme}/{name}".encode())
    return D.Ctx(programme, WHEN[programme], random.Random(seed), track=track, page=page)


def rl(doc) -> Part:
    return Part(doc, "rl")


def lo(doc) -> Part:
    return Part(doc, "lo")


def scan(doc) -> Part:
    return Part(doc, "rl", scanned=True)


def packet(programme, name, description, parts, *, status="complete", expected=(), track="", mode="", title=""):
    """A packet assembled on its programme's WHEN date: the sidecar's ``as_of``, before the call closes."""
    return Packet(programme=programme, name=name, description=description, status=status,
                  expected=list(expected), parts=parts, when=WHEN[programme], track=track, mode=mode, title=title)


# ====================================================================== AIM China
def aim_china() -> list[Packet]:
    pg = "aim-china"
    out = []

    c = ctx_for(pg, "complete-reportlab", "self-funded")
    a = P.WANG
    out.append(packet(pg, "complete-reportlab",
                      "Complete self-funded packet made with reportlab; the two recommendation letters share the "
                      "West China Hospital letterhead but have different signers.",
                      [rl(D.cv(a, c, layout="table")), rl(D.motivation(a, c, variant=0)),
                       rl(D.recommendation(a, a.referees[0], c, voice=0, letterhead_key="west-china")),
                       rl(D.recommendation(a, a.referees[1], c, voice=4, letterhead_key="west-china")),
                       rl(D.funding_declaration(a, c, track="self-funded", variant=0))],
                      track="self-funded"))

    c = ctx_for(pg, "complete-libreoffice", "sponsored")
    a = P.CHEN
    out.append(packet(pg, "complete-libreoffice",
                      "Complete sponsored packet made with LibreOffice (Word tables in the CV), a two-page "
                      "motivation letter with 'Page x of y' footers and a titled additional document at the bottom.",
                      [lo(D.cv(a, c, layout="table", footer="page_x_of_y")),
                       lo(D.motivation(a, c, long=True, variant=1, footer="page_x_of_y")),
                       lo(D.recommendation(a, a.referees[0], c, voice=2, footer=None)),
                       lo(D.recommendation(a, a.referees[1], c, voice=5, footer=None)),
                       lo(D.funding_declaration(a, c, track="sponsored", variant=0)),
                       lo(D.additional_document(a, c, "attendance"))],
                      track="sponsored", title="AIM China application – Chen Haoran"))

    c = ctx_for(pg, "complete-additional-documents", "self-funded")
    a = P.HUANG
    out.append(packet(pg, "complete-additional-documents",
                      "Complete self-funded packet (reportlab) ending with two titled additional documents.",
                      [rl(D.cv(a, c, layout="plain")), rl(D.motivation(a, c, variant=2)),
                       rl(D.recommendation(a, a.referees[0], c, voice=7)),
                       rl(D.recommendation(a, a.referees[1], c, voice=3)),
                       rl(D.funding_declaration(a, c, track="self-funded", variant=1)),
                       rl(D.additional_document(a, c, "attendance")),
                       rl(D.additional_document(a, c, "project"))],
                      track="self-funded"))

    c = ctx_for(pg, "missing-funding-declaration", "sponsored")
    a = P.LIU
    out.append(packet(pg, "missing-funding-declaration",
                      "Sponsored-track packet (LibreOffice) without the declaration of need for sponsorship.",
                      [lo(D.cv(a, c)), lo(D.motivation(a, c, variant=1)),
                       lo(D.recommendation(a, a.referees[0], c, voice=6)),
                       lo(D.recommendation(a, a.referees[1], c, voice=1))],
                      status="incomplete", expected=["document.missing"], track="sponsored"))

    c = ctx_for(pg, "one-recommendation", "self-funded")
    a = P.ZHAO
    out.append(packet(pg, "one-recommendation",
                      "Self-funded packet (reportlab) with only one recommendation letter where two are required.",
                      [rl(D.cv(a, c, layout="boxed")), rl(D.motivation(a, c, variant=0)),
                       rl(D.recommendation(a, a.referees[0], c, voice=5)),
                       rl(D.funding_declaration(a, c, track="self-funded", variant=1))],
                      status="incomplete", expected=["document.too_few"], track="self-funded"))

    c = ctx_for(pg, "wrong-order", "sponsored")
    a = P.HUANG
    out.append(packet(pg, "wrong-order",
                      "Sponsored packet with the motivation letter before the CV (CV from LibreOffice, letters from "
                      "reportlab).",
                      [rl(D.motivation(a, c, variant=1)), lo(D.cv(a, c, layout="table")),
                       rl(D.recommendation(a, a.referees[0], c, voice=2)),
                       rl(D.recommendation(a, a.referees[1], c, voice=6)),
                       rl(D.funding_declaration(a, c, track="sponsored", variant=1))],
                      status="incomplete", expected=["document.order"], track="sponsored"))

    c = ctx_for(pg, "french-recommendation", "self-funded")
    a = P.LIU
    out.append(packet(pg, "french-recommendation",
                      "Self-funded packet whose second recommendation letter, from a Paris host, is written in French.",
                      [rl(D.cv(a, c)), rl(D.motivation(a, c, variant=2)),
                       rl(D.recommendation(a, a.referees[0], c, voice=3)),
                       rl(D.recommendation_french(a, a.referees[2], c)),
                       rl(D.funding_declaration(a, c, track="self-funded", variant=2))],
                      status="incomplete", expected=["language.not_english"], track="self-funded"))

    c = ctx_for(pg, "blank-page-in-cv", "sponsored")
    a = P.ZHAO
    out.append(packet(pg, "blank-page-in-cv",
                      "Complete sponsored packet (LibreOffice) whose CV contains a stray empty page; nothing is missing.",
                      [lo(D.cv(a, c, layout="table", blank_after_section=5)), lo(D.motivation(a, c, variant=2)),
                       lo(D.recommendation(a, a.referees[0], c, voice=1)),
                       lo(D.recommendation(a, a.referees[1], c, voice=7)),
                       lo(D.funding_declaration(a, c, track="sponsored", variant=2))],
                      track="sponsored"))

    c = ctx_for(pg, "scanned-declaration", "self-funded")
    a = P.WANG
    out.append(packet(pg, "scanned-declaration",
                      "Complete self-funded packet (LibreOffice) whose signed funding declaration is a scanned page "
                      "without a text layer.",
                      [lo(D.cv(a, c, layout="boxed")), lo(D.motivation(a, c, variant=1)),
                       lo(D.recommendation(a, a.referees[1], c, voice=6)),
                       lo(D.recommendation(a, a.referees[0], c, voice=3)),
                       scan(D.funding_declaration(a, c, track="self-funded", variant=1))],
                      expected=["pdf.scanned_pages"], track="self-funded"))

    c = ctx_for(pg, "encrypted", "sponsored")
    a = P.CHEN
    out.append(packet(pg, "encrypted",
                      "A complete sponsored packet saved with a user password (RC4-128): cannot be opened.",
                      [rl(D.cv(a, c)), rl(D.motivation(a, c)), rl(D.recommendation(a, a.referees[0], c, voice=0)),
                       rl(D.recommendation(a, a.referees[1], c, voice=4)),
                       rl(D.funding_declaration(a, c, track="sponsored"))],
                      status="unreadable", expected=["pdf.encrypted"], track="sponsored", mode="encrypt"))

    c = ctx_for(pg, "truncated", "self-funded")
    a = P.HUANG
    out.append(packet(pg, "truncated",
                      "The first 60% of the bytes of a complete reportlab packet (an interrupted upload).",
                      [rl(D.cv(a, c)), rl(D.motivation(a, c)), rl(D.recommendation(a, a.referees[0], c, voice=5)),
                       rl(D.recommendation(a, a.referees[1], c, voice=2)),
                       rl(D.funding_declaration(a, c, track="self-funded"))],
                      status="unreadable", expected=["pdf.unreadable"], track="self-funded", mode="truncate"))

    c = ctx_for(pg, "additional-not-at-bottom", "sponsored")
    a = P.WANG
    out.append(packet(pg, "additional-not-at-bottom",
                      "Sponsored packet with a titled additional document placed between the motivation letter and "
                      "the recommendation letters instead of at the bottom.",
                      [rl(D.cv(a, c, layout="plain")), rl(D.motivation(a, c, variant=2)),
                       rl(D.additional_document(a, c, "project")),
                       rl(D.recommendation(a, a.referees[0], c, voice=1)),
                       rl(D.recommendation(a, a.referees[1], c, voice=7)),
                       rl(D.funding_declaration(a, c, track="sponsored", variant=0))],
                      expected=["document.unexpected"], track="sponsored"))

    c = ctx_for(pg, "unrelated-page", "self-funded")
    a = P.CHEN
    out.append(packet(pg, "unrelated-page",
                      "Complete self-funded packet with a railway e-ticket page accidentally merged after the "
                      "motivation letter.",
                      [rl(D.cv(a, c)), rl(D.motivation(a, c, variant=0)),
                       rl(D.train_ticket(c, "CHEN HAORAN")),
                       rl(D.recommendation(a, a.referees[0], c, voice=6)),
                       rl(D.recommendation(a, a.referees[1], c, voice=0)),
                       rl(D.funding_declaration(a, c, track="self-funded", variant=2))],
                      expected=["document.unclassified"], track="self-funded"))

    c = ctx_for(pg, "two-page-recommendation", "self-funded")
    a = P.ZHAO
    out.append(packet(pg, "two-page-recommendation",
                      "Complete self-funded packet whose first recommendation letter runs over two pages, with the "
                      "signature on page 2.",
                      [rl(D.cv(a, c)), rl(D.motivation(a, c, long=True, variant=1)),
                       rl(D.recommendation(a, a.referees[0], c, voice=2, long=True, footer="page_x_of_y")),
                       rl(D.recommendation(a, a.referees[1], c, voice=4, footer=None)),
                       rl(D.funding_declaration(a, c, track="self-funded", variant=0))],
                      track="self-funded"))

    c = ctx_for(pg, "track-mismatch", "self-funded")
    a = P.LIU
    out.append(packet(pg, "track-mismatch",
                      "Packet for the self-funded track that contains the candidate's declaration of need for "
                      "sponsorship instead of a self-funding declaration.",
                      [lo(D.cv(a, c)), lo(D.motivation(a, c, variant=0)),
                       lo(D.recommendation(a, a.referees[0], c, voice=4)),
                       lo(D.recommendation(a, a.referees[1], c, voice=0)),
                       lo(D.funding_declaration(a, c, track="sponsored", variant=1))],
                      status="incomplete", expected=["funding.track_mismatch"], track="self-funded"))

    # ---- eligibility and content rules: one defect each
    c = ctx_for(pg, "over-age", "self-funded")
    a = P.ZHOU
    out.append(packet(pg, "over-age",
                      "Self-funded packet (reportlab) of an applicant born on 29 February 1984: 41 on the application "
                      "date, over the age limit of 40 (40 until 28 February 2025, 41 from 1 March 2025).",
                      [rl(D.cv(a, c, layout="table")), rl(D.motivation(a, c, variant=0)),
                       rl(D.recommendation(a, a.referees[0], c, voice=0)),
                       rl(D.recommendation(a, a.referees[1], c, voice=6)),
                       rl(D.funding_declaration(a, c, track="self-funded", variant=0))],
                      status="incomplete", expected=["eligibility.age"], track="self-funded"))

    c = ctx_for(pg, "resides-outside-china", "sponsored")
    a = replace(P.HUANG, residence="Germany", address="Im Neuenheimer Feld 672, 69120 Heidelberg, Germany",
                address_local="", position="Visiting Research Fellow",
                department="Klinik für Diagnostische und Interventionelle Radiologie",
                institution="Universitätsklinikum Heidelberg", city_country="Heidelberg / Germany", since="10/2024")
    out.append(packet(pg, "resides-outside-china",
                      "Sponsored packet (reportlab) of a Chinese radiologist who lives and works in Germany: the call "
                      "requires residence in China.",
                      [rl(D.cv(a, c, layout="plain")), rl(D.motivation(a, c, variant=2)),
                       rl(D.recommendation(a, a.referees[0], c, voice=2)),
                       rl(D.recommendation(a, a.referees[1], c, voice=4)),
                       rl(D.funding_declaration(a, c, track="sponsored", variant=0))],
                      status="incomplete", expected=["eligibility.residence"], track="sponsored"))

    c = ctx_for(pg, "same-signer", "self-funded")
    a = P.WANG
    out.append(packet(pg, "same-signer",
                      "Self-funded packet (reportlab) whose two recommendation letters, worded differently, are both "
                      "signed by the Head of Department: they count as one.",
                      [rl(D.cv(a, c, layout="table")), rl(D.motivation(a, c, variant=1)),
                       rl(D.recommendation(a, a.referees[0], c, voice=0)),
                       rl(D.recommendation(a, a.referees[0], c, voice=5)),
                       rl(D.funding_declaration(a, c, track="self-funded", variant=1))],
                      status="incomplete", expected=["recommendation.same_author"], track="self-funded"))

    c = ctx_for(pg, "letter-for-another-applicant", "sponsored")
    a = P.CHEN
    out.append(packet(pg, "letter-for-another-applicant",
                      "Sponsored packet (reportlab) whose second recommendation letter was written for another "
                      "applicant (it recommends Dr. Zhao Jianguo, not the CV's Chen Haoran).",
                      [rl(D.cv(a, c, layout="boxed")), rl(D.motivation(a, c, variant=0)),
                       rl(D.recommendation(a, a.referees[0], c, voice=3)),
                       rl(D.recommendation(P.ZHAO, a.referees[1], c, voice=6)),
                       rl(D.funding_declaration(a, c, track="sponsored", variant=2))],
                      expected=["consistency.name_mismatch"], track="sponsored"))

    c = ctx_for(pg, "self-funding-signed-by-candidate", "self-funded")
    a = P.ZHAO
    out.append(packet(pg, "self-funding-signed-by-candidate",
                      "Self-funded packet (reportlab) whose declaration of self-funding is written and signed by the "
                      "candidate instead of the Head of Department or Academic Tutor.",
                      [rl(D.cv(a, c, layout="plain")), rl(D.motivation(a, c, variant=2)),
                       rl(D.recommendation(a, a.referees[0], c, voice=1)),
                       rl(D.recommendation(a, a.referees[1], c, voice=3)),
                       rl(D.funding_declaration(a, c, track="self-funded", by_candidate=True))],
                      status="incomplete", expected=["funding.track_mismatch"], track="self-funded"))
    return out


# ====================================================================== Exchange fellowship
def exchange() -> list[Packet]:
    pg = "exchange-fellowship"
    out = []
    c = ctx_for(pg, "complete-reportlab")
    a = P.BRENNAN
    out.append(packet(pg, "complete-reportlab",
                      "Complete ESGAR exchange packet (reportlab) with two recommendation letters.",
                      [rl(D.motivation(a, c, variant=0)), rl(D.cv(a, c, layout="table")),
                       rl(D.board_certificate(a, c, "ie")),
                       rl(D.recommendation(a, a.referees[0], c, voice=3)),
                       rl(D.recommendation(a, a.referees[1], c, voice=6))],
                      title="Brennan_ESGAR_exchange_application"))

    c = ctx_for(pg, "complete-libreoffice")
    a = P.CARVALHO
    out.append(packet(pg, "complete-libreoffice",
                      "Complete ESTI exchange packet made with LibreOffice, one recommendation letter.",
                      [lo(D.motivation(a, c, variant=1)), lo(D.cv(a, c, layout="table")),
                       lo(D.board_certificate(a, c, "pt-en")),
                       lo(D.recommendation(a, a.referees[0], c, voice=0))]))

    c = ctx_for(pg, "missing-board-certificate")
    a = P.CARVALHO
    out.append(packet(pg, "missing-board-certificate",
                      "Exchange packet (reportlab) without the certificate of board certification; its only "
                      "recommendation letter comes from the head of a unit, not the head of department.",
                      [rl(D.motivation(a, c, variant=0)), rl(D.cv(a, c)),
                       rl(D.recommendation(a, a.referees[1], c, voice=5))],
                      status="incomplete", expected=["document.missing", "recommendation.author_role"]))

    c = ctx_for(pg, "wrong-order")
    a = P.BRENNAN
    out.append(packet(pg, "wrong-order",
                      "Exchange packet (LibreOffice) with the CV before the motivation letter.",
                      [lo(D.cv(a, c)), lo(D.motivation(a, c, variant=1)), lo(D.board_certificate(a, c, "ie")),
                       lo(D.recommendation(a, a.referees[0], c, voice=7))],
                      status="incomplete", expected=["document.order"]))

    c = ctx_for(pg, "scanned-certificate")
    a = P.CARVALHO
    out.append(packet(pg, "scanned-certificate",
                      "Complete exchange packet (LibreOffice letters and CV) whose board certificate is a scanned page.",
                      [lo(D.motivation(a, c, long=True, variant=0)), lo(D.cv(a, c, layout="plain")),
                       scan(D.board_certificate(a, c, "pt-en")),
                       lo(D.recommendation(a, a.referees[0], c, voice=4)),
                       lo(D.recommendation(a, a.referees[1], c, voice=1))],
                      expected=["pdf.scanned_pages"]))

    c = ctx_for(pg, "encrypted")
    a = P.BRENNAN
    out.append(packet(pg, "encrypted",
                      "A complete LibreOffice exchange packet protected by a user password.",
                      [lo(D.motivation(a, c)), lo(D.cv(a, c)), lo(D.board_certificate(a, c, "ie")),
                       lo(D.recommendation(a, a.referees[0], c, voice=2))],
                      status="unreadable", expected=["pdf.encrypted"], mode="encrypt"))

    c = ctx_for(pg, "certification-too-old")
    a = replace(P.CARVALHO, board_date="10/01/2019", since="02/2019",
                experience=[("02/2019 – present", "Centro Hospitalar Universitário de São João, Porto", "Consultant Radiologist"),
                            ("01/2014 – 01/2019", "Centro Hospitalar Universitário de São João, Porto", "Radiology Resident")])
    out.append(packet(pg, "certification-too-old",
                      "Exchange packet (reportlab) of a radiologist certified on 10 January 2019, more than four years "
                      "before the application (4 March 2024).",
                      [rl(D.motivation(a, c, variant=1)), rl(D.cv(a, c, layout="table")),
                       rl(D.board_certificate(a, c, "pt-en")),
                       rl(D.recommendation(a, a.referees[0], c, voice=2))],
                      status="incomplete", expected=["eligibility.certification"]))
    return out


# ====================================================================== one-year fellowships
def _one_year(a, c, *, board, lang, rec_voices, degree=None, producer=rl, scanned=(), passport_heading=True,
              long_motivation=False, blank_cv=None, pub_variant=0, ref_variant=0, mem_variant=0, skip=(), order=None,
              letterhead_key=None, extra_after=None, long_rec=False, lang_level="C1", pub_count=None):
    """The documents of an ICM / Gustave Roussy / Lille packet, in the call's order."""
    year = MEMBERSHIP_YEAR[c.programme]

    def part(key, doc):
        return scan(doc) if key in scanned else producer(doc)

    docs = [("motivation", D.motivation(a, c, long=long_motivation, variant=rec_voices[0])),
            ("cv", D.cv(a, c, blank_after_section=blank_cv))]
    for i, v in enumerate(rec_voices):
        docs.append((f"rec{i}", D.recommendation(a, a.referees[i], c, voice=v, letterhead_key=letterhead_key,
                                                 long=long_rec and i == 0,
                                                 footer="page_x_of_y" if long_rec and i == 0 else "random")))
    docs.append(("board", D.board_certificate(a, c, board)))
    if degree:
        docs.append(("degree", D.medical_degree(a, c, degree)))
    for i, k in enumerate(lang):
        docs.append((f"lang{i}", D.language_certificate(a, c, k, level=lang_level)))
    docs += [("pubs", D.publication_list(a, c, variant=pub_variant, count=pub_count)),
             ("refs", D.reference_list(a, c, variant=ref_variant)),
             ("membership", D.membership_proof(a, c, year=year, variant=mem_variant)),
             ("passport", D.passport_copy(a, c, heading=passport_heading))]
    docs = [d for d in docs if d[0] not in skip]
    if order:
        keyed = dict(docs)
        docs = [(k, keyed[k]) for k in order]
    parts = [part(k, d) for k, d in docs]
    if extra_after:
        key, extra = extra_after
        idx = [k for k, _ in docs].index(key) + 1
        parts.insert(idx, extra)
    return parts


def icm() -> list[Packet]:
    pg = "icm-oncologic-imaging"
    out = []
    c = ctx_for(pg, "complete-reportlab")
    out.append(packet(pg, "complete-reportlab",
                      "Complete ICM packet (reportlab): German Facharzt certificate, IELTS, passport identity page "
                      "with MRZ as vector text.",
                      _one_year(P.MUELLER, c, board="de", lang=["ielts"], rec_voices=[0])))
    c = ctx_for(pg, "complete-libreoffice")
    out.append(packet(pg, "complete-libreoffice",
                      "Complete ICM packet made with LibreOffice: two recommendation letters on the same letterhead, "
                      "Spanish specialist title, TOEFL, passport data as a table with MRZ.",
                      _one_year(P.NUNEZ, c, board="es", lang=["toefl"], rec_voices=[1, 4], producer=lo,
                                long_motivation=True, pub_variant=1, ref_variant=1, mem_variant=1,
                                letterhead_key="la-paz"),
                      title="Application ICM fellowship - Núñez Castillo"))
    c = ctx_for(pg, "missing-language-certificate")
    out.append(packet(pg, "missing-language-certificate",
                      "ICM packet (reportlab) without the certificate of Academic English.",
                      _one_year(P.NUNEZ, c, board="es", lang=["toefl"], rec_voices=[6], skip={"lang0"}, pub_variant=2),
                      status="incomplete", expected=["document.missing"]))
    c = ctx_for(pg, "scanned-passport")
    out.append(packet(pg, "scanned-passport",
                      "Complete ICM packet (LibreOffice) whose passport copy is a scanned identity page (MRZ visible "
                      "only in the image).",
                      _one_year(P.MUELLER, c, board="de", lang=["ielts"], rec_voices=[2], producer=lo,
                                scanned={"passport"}, passport_heading=False, mem_variant=1),
                      expected=["pdf.scanned_pages"]))
    c = ctx_for(pg, "blank-page-in-cv")
    out.append(packet(pg, "blank-page-in-cv",
                      "Complete ICM packet (reportlab) with an empty page inside the CV.",
                      _one_year(P.MUELLER, c, board="de", lang=["ielts"], rec_voices=[5, 7], blank_cv=7,
                                ref_variant=1)))
    c = ctx_for(pg, "truncated")
    out.append(packet(pg, "truncated",
                      "The first 60% of the bytes of a complete ICM packet.",
                      _one_year(P.NUNEZ, c, board="es", lang=["toefl"], rec_voices=[3]),
                      status="unreadable", expected=["pdf.unreadable"], mode="truncate"))
    c = ctx_for(pg, "wrong-order")
    out.append(packet(pg, "wrong-order",
                      "ICM packet (reportlab) with the passport copy and membership proof before the publication "
                      "list.",
                      _one_year(P.MUELLER, c, board="de", lang=["ielts"], rec_voices=[4],
                                order=["motivation", "cv", "rec0", "board", "lang0", "passport", "membership",
                                       "pubs", "refs"]),
                      status="incomplete", expected=["document.order"]))
    c = ctx_for(pg, "corresponding-member")
    out.append(packet(pg, "corresponding-member",
                      "ICM packet (reportlab) whose membership proof names a Corresponding Member: the call asks for a "
                      "full ESR member.",
                      _one_year(replace(P.NUNEZ, esr_category="Corresponding Member"), c, board="es", lang=["toefl"],
                                rec_voices=[5]),
                      status="incomplete", expected=["eligibility.membership"]))
    c = ctx_for(pg, "four-publications")
    out.append(packet(pg, "four-publications",
                      "ICM packet (reportlab) whose list of the five most relevant publications holds four.",
                      _one_year(P.MUELLER, c, board="de", lang=["ielts"], rec_voices=[3], pub_count=4, pub_variant=1),
                      expected=["publications.count"]))
    return out


def gustave_roussy() -> list[Packet]:
    pg = "gustave-roussy-hybrid-imaging"
    out = []
    c = ctx_for(pg, "complete-reportlab")
    out.append(packet(pg, "complete-reportlab",
                      "Complete Gustave Roussy packet (reportlab): Italian specialisation diploma and degree, IELTS "
                      "and a French TCF certificate written in French.",
                      _one_year(P.MORETTI, c, board="it", degree="it", lang=["ielts", "tcf"], rec_voices=[0, 3])))
    c = ctx_for(pg, "complete-libreoffice")
    out.append(packet(pg, "complete-libreoffice",
                      "Complete Gustave Roussy packet made with LibreOffice: Romanian certificates, TOEFL and a "
                      "DELF B2 diploma in French.",
                      _one_year(P.POPESCU, c, board="ro", degree="ro", lang=["toefl", "delf"], rec_voices=[5, 2],
                                producer=lo, pub_variant=1, ref_variant=1)))
    c = ctx_for(pg, "missing-medical-degree")
    out.append(packet(pg, "missing-medical-degree",
                      "Gustave Roussy packet (LibreOffice) without the copy of the medical degree.",
                      _one_year(P.MORETTI, c, board="it", degree="it", lang=["ielts", "tcf"], rec_voices=[7],
                                producer=lo, skip={"degree"}, mem_variant=1),
                      status="incomplete", expected=["document.missing"]))
    c = ctx_for(pg, "french-motivation")
    a = P.POPESCU
    parts = _one_year(a, c, board="ro", degree="ro", lang=["toefl", "delf"], rec_voices=[1])
    parts[0] = rl(D.motivation_french(a, c))
    out.append(packet(pg, "french-motivation",
                      "Gustave Roussy packet (reportlab) whose motivation letter is written in French.",
                      parts, status="incomplete", expected=["language.not_english"]))
    c = ctx_for(pg, "wrong-order")
    out.append(packet(pg, "wrong-order",
                      "Gustave Roussy packet (reportlab) with the language certificates before the board "
                      "certificate and the medical degree.",
                      _one_year(P.POPESCU, c, board="ro", degree="ro", lang=["toefl", "delf"], rec_voices=[6],
                                order=["motivation", "cv", "rec0", "lang0", "lang1", "board", "degree", "pubs",
                                       "refs", "membership", "passport"], pub_variant=2),
                      status="incomplete", expected=["document.order"]))
    c = ctx_for(pg, "scanned-certificates")
    out.append(packet(pg, "scanned-certificates",
                      "Complete Gustave Roussy packet whose specialisation diploma, medical degree and passport are "
                      "scans; the rest is from reportlab.",
                      _one_year(P.MORETTI, c, board="it", degree="it", lang=["ielts", "tcf"], rec_voices=[4],
                                scanned={"board", "degree", "passport"}, passport_heading=False),
                      expected=["pdf.scanned_pages"]))
    c = ctx_for(pg, "resides-in-france")
    a = replace(P.MORETTI, residence="France", address="18 rue Dareau, 75014 Paris, France",
                position="Praticien Hospitalier Contractuel (Radiologist)", department="Service de Radiologie",
                institution="Hôpital Cochin, AP-HP", city_country="Paris / France", since="11/2020")
    out.append(packet(pg, "resides-in-france",
                      "Gustave Roussy packet (reportlab) of an Italian radiologist who lives and works in Paris: the "
                      "call excludes candidates residing or working in the host country.",
                      _one_year(a, c, board="it", degree="it", lang=["ielts", "tcf"], rec_voices=[2]),
                      status="incomplete", expected=["eligibility.residence"]))
    return out


def lille() -> list[Packet]:
    pg = "lille-neuroinflammatory"
    out = []
    c = ctx_for(pg, "complete-reportlab")
    out.append(packet(pg, "complete-reportlab",
                      "Complete Lille packet (reportlab): Polish specialist diploma, Cambridge C1 Advanced, a "
                      "two-page recommendation letter.",
                      _one_year(P.ZIELINSKA, c, board="pl", lang=["cambridge"], rec_voices=[0, 6], long_rec=True)))
    c = ctx_for(pg, "complete-libreoffice")
    out.append(packet(pg, "complete-libreoffice",
                      "Complete Lille packet made with LibreOffice: Belgian recognition as specialist (Dutch), "
                      "IELTS, two-page motivation letter.",
                      _one_year(P.JANSSENS, c, board="nl", lang=["ielts"], rec_voices=[3, 5], producer=lo,
                                long_motivation=True, ref_variant=1, mem_variant=1)))
    c = ctx_for(pg, "unrelated-page")
    out.append(packet(pg, "unrelated-page",
                      "Complete Lille packet (reportlab) with a hotel booking confirmation merged in after the list "
                      "of references.",
                      _one_year(P.JANSSENS, c, board="nl", lang=["ielts"], rec_voices=[7], pub_variant=1,
                                extra_after=("refs", rl(D.hotel_booking(c, "Pieter Janssens")))),
                      expected=["document.unclassified"]))
    c = ctx_for(pg, "scanned-documents")
    out.append(packet(pg, "scanned-documents",
                      "Complete Lille packet (LibreOffice) whose specialist diploma and passport are scanned pages.",
                      _one_year(P.ZIELINSKA, c, board="pl", lang=["cambridge"], rec_voices=[2], producer=lo,
                                scanned={"board", "passport"}, passport_heading=False),
                      expected=["pdf.scanned_pages"]))
    c = ctx_for(pg, "missing-passport")
    out.append(packet(pg, "missing-passport",
                      "Lille packet (reportlab) without the copy of the passport.",
                      _one_year(P.JANSSENS, c, board="nl", lang=["ielts"], rec_voices=[1],
                                skip={"passport"}, pub_variant=2),
                      status="incomplete", expected=["document.missing"]))
    c = ctx_for(pg, "english-b2")
    a = replace(P.JANSSENS, languages=[("Dutch", "mother tongue"), ("English", "B2"), ("French", "C1"), ("German", "B1")])
    out.append(packet(pg, "english-b2",
                      "Lille packet (reportlab) whose CV and IELTS report show English at B2: the call requires C1.",
                      _one_year(a, c, board="nl", lang=["ielts"], rec_voices=[4], lang_level="B2"),
                      status="incomplete", expected=["eligibility.language_level"]))
    return out


# ====================================================================== Visiting scholarship
def visiting() -> list[Packet]:
    pg = "visiting-scholarship-europe"
    out = []
    c = ctx_for(pg, "complete-reportlab", page="Letter")
    a = P.LINDQVIST
    out.append(packet(pg, "complete-reportlab",
                      "Complete visiting-scholarship packet (reportlab) on US Letter paper, two recommendation letters.",
                      [rl(D.motivation(a, c, variant=0)), rl(D.cv(a, c)), rl(D.resident_confirmation(a, c)),
                       rl(D.recommendation(a, a.referees[0], c, voice=5)),
                       rl(D.recommendation(a, a.referees[1], c, voice=2))]))
    c = ctx_for(pg, "complete-libreoffice")
    a = P.KOVACEVIC
    out.append(packet(pg, "complete-libreoffice",
                      "Complete visiting-scholarship packet made with LibreOffice.",
                      [lo(D.motivation(a, c, variant=1)), lo(D.cv(a, c, layout="table")),
                       lo(D.resident_confirmation(a, c)), lo(D.recommendation(a, a.referees[0], c, voice=3))]))
    c = ctx_for(pg, "missing-resident-confirmation")
    a = P.KOVACEVIC
    out.append(packet(pg, "missing-resident-confirmation",
                      "Visiting-scholarship packet (reportlab) without the confirmation of resident status.",
                      [rl(D.motivation(a, c, variant=0)), rl(D.cv(a, c)),
                       rl(D.recommendation(a, a.referees[1], c, voice=0))],
                      status="incomplete", expected=["document.missing"]))
    c = ctx_for(pg, "blank-page-in-motivation")
    a = P.LINDQVIST
    mot = D.motivation(a, c, long=True, variant=1, footer="page_x")
    from .model import BlankPage
    mot.blocks.insert(len(mot.blocks) - 4, BlankPage())
    out.append(packet(pg, "blank-page-in-motivation",
                      "Complete visiting-scholarship packet (LibreOffice) whose motivation letter contains an empty "
                      "page before its last paragraphs.",
                      [lo(mot), lo(D.cv(a, c)), lo(D.resident_confirmation(a, c)),
                       lo(D.recommendation(a, a.referees[0], c, voice=4))]))
    c = ctx_for(pg, "encrypted")
    a = P.KOVACEVIC
    out.append(packet(pg, "encrypted",
                      "A complete reportlab visiting-scholarship packet protected by a user password.",
                      [rl(D.motivation(a, c)), rl(D.cv(a, c)), rl(D.resident_confirmation(a, c)),
                       rl(D.recommendation(a, a.referees[0], c, voice=6))],
                      status="unreadable", expected=["pdf.encrypted"], mode="encrypt"))
    c = ctx_for(pg, "wrong-order")
    a = P.LINDQVIST
    out.append(packet(pg, "wrong-order",
                      "Visiting-scholarship packet (reportlab) with the recommendation letter before the confirmation "
                      "of resident status and the CV before the motivation letter.",
                      [rl(D.cv(a, c)), rl(D.motivation(a, c, variant=0)),
                       rl(D.recommendation(a, a.referees[1], c, voice=7)), rl(D.resident_confirmation(a, c))],
                      status="incomplete", expected=["document.order"]))
    c = ctx_for(pg, "unsigned-motivation")
    a = P.LINDQVIST
    out.append(packet(pg, "unsigned-motivation",
                      "Visiting-scholarship packet (reportlab) whose motivation letter ends with its last sentence: no "
                      "closing, no name, no signature.",
                      [rl(D.motivation(a, c, variant=1, signed=False)), rl(D.cv(a, c)), rl(D.resident_confirmation(a, c)),
                       rl(D.recommendation(a, a.referees[0], c, voice=3))],
                      expected=["letter.unsigned"]))
    c = ctx_for(pg, "motivation-not-to-committee")
    a = P.KOVACEVIC
    out.append(packet(pg, "motivation-not-to-committee",
                      "Visiting-scholarship packet (reportlab) whose motivation letter opens 'To whom it may concern' "
                      "with no committee address, where the call asks for a letter to the ESOR Evaluation Committee.",
                      [rl(D.motivation(a, c, variant=0, committee=False, salutation="To whom it may concern,")),
                       rl(D.cv(a, c)), rl(D.resident_confirmation(a, c)),
                       rl(D.recommendation(a, a.referees[0], c, voice=1))],
                      expected=["letter.addressee"]))
    return out


# ====================================================================== Bracco
def bracco() -> list[Packet]:
    pg = "bracco-fellowship"
    out = []

    def docs(a, c, track, voices, producer, skip=(), order=None, conf=True):
        items = [("form", D.application_form(a, c, track))]
        if track == "clinical" and conf:
            items.append(("confirmation", D.confirmation_letter(a, c, track)))
        items += [("cv", D.cv(a, c)), ("motivation", D.motivation(a, c, variant=voices[0]))]
        for i, v in enumerate(voices):
            items.append((f"rec{i}", D.recommendation(a, a.referees[i], c, voice=v)))
        items.append(("checklist", D.checklist(a, c, track)))
        items = [x for x in items if x[0] not in skip]
        if order:
            keyed = dict(items)
            items = [(k, keyed[k]) for k in order]
        return [producer(d) for _, d in items]

    c = ctx_for(pg, "complete-reportlab", "clinical")
    out.append(packet(pg, "complete-reportlab",
                      "Complete clinical-track Bracco packet (reportlab) with the host centre's confirmation letter.",
                      docs(P.YILMAZ, c, "clinical", [0, 5], rl), track="clinical"))
    c = ctx_for(pg, "complete-libreoffice", "research")
    out.append(packet(pg, "complete-libreoffice",
                      "Complete research-track Bracco packet made with LibreOffice.",
                      docs(P.FERNANDES, c, "research", [2, 6], lo), track="research"))
    c = ctx_for(pg, "one-letter-of-support", "management")
    out.append(packet(pg, "one-letter-of-support",
                      "Management-track Bracco packet (reportlab) with one letter of support where two are required.",
                      docs(P.HOFBAUER, c, "management", [4], rl), status="incomplete", expected=["document.too_few"],
                      track="management"))
    c = ctx_for(pg, "missing-confirmation-letter", "clinical")
    out.append(packet(pg, "missing-confirmation-letter",
                      "Clinical-track Bracco packet (LibreOffice) without the confirmation letter of the training "
                      "centre.",
                      docs(P.YILMAZ, c, "clinical", [1, 3], lo, conf=False), status="incomplete",
                      expected=["document.missing"], track="clinical"))
    c = ctx_for(pg, "missing-checklist", "research")
    out.append(packet(pg, "missing-checklist",
                      "Research-track Bracco packet (reportlab) without the checklist.",
                      docs(P.FERNANDES, c, "research", [7, 0], rl, skip={"checklist"}), status="incomplete",
                      expected=["document.missing"], track="research"))
    c = ctx_for(pg, "wrong-order", "management")
    out.append(packet(pg, "wrong-order",
                      "Management-track Bracco packet (LibreOffice) with the CV and motivation letter before the "
                      "application form.",
                      docs(P.HOFBAUER, c, "management", [5, 1], lo,
                           order=["cv", "motivation", "form", "rec0", "rec1", "checklist"]),
                      status="incomplete", expected=["document.order"], track="management"))
    c = ctx_for(pg, "truncated", "clinical")
    out.append(packet(pg, "truncated",
                      "The first 60% of the bytes of a complete clinical-track reportlab packet.",
                      docs(P.YILMAZ, c, "clinical", [6, 2], rl), status="unreadable", expected=["pdf.unreadable"],
                      track="clinical", mode="truncate"))
    return out


def all_packets() -> list[Packet]:
    return aim_china() + exchange() + icm() + gustave_roussy() + lille() + visiting() + bracco()
