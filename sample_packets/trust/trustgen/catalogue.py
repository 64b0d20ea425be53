"""The trust packets: which documents, signed by whom, captured how, and what a correct checker must say.

Documents come from the sample builder (``builder``: reportlab and LibreOffice) and
from the held-out generator (Chromium); this module only chooses people, signer
roles, captures and defects. Dates are the builder's application dates (``WHEN``),
at which every applicant here is eligible unless a packet says otherwise.
"""
from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from functools import partial

from builder import documents as D
from builder import people as P
from builder import rl_producer
from builder.assemble import Part
from builder.mrz import td3
from builder.packets import MEMBERSHIP_YEAR, WHEN, _one_year, ctx_for
from builder.people import Passport, Referee
from builder.pubs import POOLS

from . import imaging
from .model import Chromium, ImagePart, TrustPacket

AIM, EXC, ICM, GR, LIL, VIS, BRA = ("aim-china", "exchange-fellowship", "icm-oncologic-imaging",
                                    "gustave-roussy-hybrid-imaging", "lille-neuroinflammatory",
                                    "visiting-scholarship-europe", "bracco-fellowship")
FELLOWSHIP_END = {ICM: date(2024, 10, 31), GR: date(2023, 9, 30), LIL: date(2021, 10, 31)}

# Signature-block roles. Heads of department as real letters word them, in several languages.
DIRECTOR = "Director, Department of Radiology"
CHAIR_IMAGING = "Chair, Department of Medical Imaging"
CHIEF = "Chief of Radiology"
HEAD_INSTITUTE = "Head, Institute of Diagnostic and Interventional Radiology"
CHAIRMAN = "Chairman, Department of Radiology"
# Not heads of department, and not academic tutors.
PROGRAMME_DIRECTOR = "Programme Director, Radiology Residency"
CONSULTANT = "Consultant Radiologist"
COORDINATOR = "Fellowship Coordinator"

# Motivation-letter sentences that tell the AIM China track without --track.
ASKS_SPONSORSHIP = [
    "As my department cannot continue my salary during three months abroad, I respectfully apply for one of the "
    "sponsored places of the programme.",
    "I would not be able to cover the costs of three months in Europe on my own, and I therefore ask the Committee "
    "to consider me for financial support from ESOR.",
]
STATES_SELF_FUNDING = [
    "My participation will be self-funded: my hospital continues my salary, and I will cover the travel and "
    "accommodation costs myself, so I do not ask for one of the sponsored places.",
    "I apply on the self-funded track; my department has confirmed in writing that it will cover my salary and my "
    "travel during the fellowship.",
]


def rl(doc) -> Part:
    return Part(doc, "rl")


def lo(doc) -> Part:
    return Part(doc, "lo")


def as_role(r: Referee, role: str, *, head: bool) -> Referee:
    """The same referee signing with another role line."""
    return replace(r, role=role, is_head=head)


def signer(name: str, role: str, like: Referee, *, head: bool) -> Referee:
    """Another person of a referee's institution."""
    short = "Dr. " + name.split()[-1]
    email = name.split()[-1].lower() + "." + like.email.split("@")[-1]
    return replace(like, name=name, role=role, email=email, short=short, is_head=head)


def with_sentence(doc, sentence: str):
    """A motivation letter with one more paragraph just before its closing courtesy paragraph."""
    from builder.model import Para, Signature
    blocks = list(doc.blocks)
    sig = next(i for i, b in enumerate(blocks) if isinstance(b, Signature))
    closing_para = sig - 2 if isinstance(blocks[sig - 1], Para) and blocks[sig - 1].keep else sig - 1
    blocks.insert(closing_para, Para(sentence))
    return replace(doc, blocks=blocks)


def own_pool(key: str, base: str, author: str, new_author: str) -> str:
    """A publication pool for an invented applicant: a builder pool with the applicant as author."""
    if key not in POOLS:
        POOLS[key] = [replace(p, authors=p.authors.replace(author, new_author) if author in p.authors
                              else f"{new_author}, {p.authors}") for p in POOLS[base]]
    return key


def clone(a, **changes):
    """An invented applicant made from a builder applicant: other name, same career facts."""
    return replace(a, **changes)


# ====================================================================== AIM China
def aim_docs(a, c, *, track, refs, voices=(1, 4), producer=rl, decl_by=None, sentence=None, by_candidate=False,
             names_track=True):
    """CV, motivation, two recommendations, declaration: the call's order.

    ``names_track=False`` keeps the motivation letter's opening that names the track out.
    """
    variant = voices[0] % 3 if names_track else 2 * (voices[0] % 2)
    mot = D.motivation(a, c, variant=variant)
    if sentence:
        mot = with_sentence(mot, sentence)
    decl_person = replace(a, referees=[decl_by or refs[0]] + a.referees[1:])
    docs = [D.cv(a, c), mot]
    docs += [D.recommendation(a, r, c, voice=v) for r, v in zip(refs, voices)]
    docs.append(D.funding_declaration(decl_person, c, track=track, variant=voices[1], by_candidate=by_candidate))
    return [producer(d) for d in docs]


def aim_china() -> list[TrustPacket]:
    pg, out = AIM, []
    W, CH, LI, ZH, HU = P.WANG, P.CHEN, P.LIU, P.ZHAO, P.HUANG
    tang = clone(W, key="tang", surname="Tang", given="Xiaoling", email="tangxiaoling.rad@example.cn",
                 esr_no="M-0219904", dob=date(1988, 10, 3))

    def pk(name, description, parts, *, classes, status="complete", expected=(), track="self-funded", **kw):
        out.append(TrustPacket(pg, name, description, classes, WHEN[pg], status, list(expected), parts, track=track, **kw))

    c = ctx_for(pg, "trust/director-tutor", "self-funded")
    refs = [as_role(W.referees[0], DIRECTOR, head=True), W.referees[1]]
    pk("director-and-tutor", "Self-funded packet (reportlab): recommendations from the 'Director, Department of "
       "Radiology' and an academic tutor; the director signs the self-funding declaration.",
       aim_docs(W, c, track="self-funded", refs=refs, voices=(0, 6)), classes=["valid-packet", "signer-role"])

    c = ctx_for(pg, "trust/chair-sponsored", "sponsored")
    refs = [as_role(CH.referees[0], CHAIR_IMAGING, head=True), CH.referees[1]]
    pk("chair-sponsored-libreoffice", "Sponsored packet (LibreOffice): the first recommendation is signed 'Chair, "
       "Department of Medical Imaging', the second by an academic tutor; the candidate declares the need for "
       "sponsorship.", aim_docs(CH, c, track="sponsored", refs=refs, voices=(5, 2), producer=lo),
       classes=["valid-packet", "signer-role"], track="sponsored")

    c = ctx_for(pg, "trust/chief", "self-funded")
    refs = [as_role(LI.referees[0], CHIEF, head=True), LI.referees[1]]
    pk("chief-of-radiology", "Self-funded packet (reportlab): 'Chief of Radiology' and an academic tutor recommend; "
       "the chief signs the self-funding declaration.",
       aim_docs(LI, c, track="self-funded", refs=refs, voices=(3, 7)), classes=["valid-packet", "signer-role"])

    c = ctx_for(pg, "trust/head-institute", "self-funded")
    refs = [as_role(HU.referees[0], "Head, Institute of Medical Imaging", head=True),
            as_role(HU.referees[1], "Academic Tutor (doctoral supervisor), Breast Imaging Unit", head=False)]
    pk("head-of-institute", "Self-funded packet (reportlab): 'Head, Institute of Medical Imaging' and a doctoral "
       "supervisor who signs as academic tutor; the head signs the declaration.",
       aim_docs(HU, c, track="self-funded", refs=refs, voices=(5, 1)), classes=["valid-packet", "signer-role"])

    c = ctx_for(pg, "trust/tutor-declaration", "self-funded")
    refs = [as_role(tang.referees[0], CHAIRMAN, head=True), tang.referees[1]]
    pk("tutor-signs-declaration", "Self-funded packet (reportlab) of Dr Tang Xiaoling: recommendations from the "
       "'Chairman, Department of Radiology' and an academic tutor, who also signs the self-funding declaration.",
       aim_docs(tang, c, track="self-funded", refs=refs, voices=(2, 3), decl_by=tang.referees[1]),
       classes=["valid-packet", "signer-role"])

    c = ctx_for(pg, "trust/french-head", "sponsored")
    refs = [LI.referees[0], LI.referees[2]]
    pk("former-host-chef-de-service", "Sponsored packet (reportlab): the second recommendation, in English, comes "
       "from the head of a Paris department who signs 'Chef du Service de Radiologie'.",
       aim_docs(LI, c, track="sponsored", refs=refs, voices=(1, 6)),
       classes=["valid-packet", "signer-role"], track="sponsored")

    out.append(TrustPacket(pg, "chromium-director-tutor", "The held-out complete self-funded packet (Chromium) "
                           "with the head's signature blocks reworded 'Director, Department of Radiology'.",
                           ["valid-packet", "signer-role"], date(2025, 1, 15), "complete", [],
                           chromium=Chromium("aim-china/complete-self-funded",
                                             {"Head of the Department of Radiology": DIRECTOR}),
                           track="self-funded"))
    out.append(TrustPacket(pg, "chromium-chief-sponsored", "The held-out complete sponsored packet (Chromium, US "
                           "Letter) with the head's signature block reworded 'Chief of Radiology'.",
                           ["valid-packet", "signer-role"], date(2025, 1, 15), "complete", [],
                           chromium=Chromium("aim-china/complete-sponsored-additional",
                                             {"Head of Department, Department of Radiology": CHIEF}),
                           track="sponsored"))

    c = ctx_for(pg, "trust/two-tutors", "self-funded")
    refs = [as_role(ZH.referees[1], "Academic Tutor, Musculoskeletal Imaging", head=False),
            signer("Prof. He Yuxin", "Academic Tutor (PhD supervisor), Sun Yat-sen University", ZH.referees[1],
                   head=False)]
    pk("two-academic-tutors", "Self-funded packet (reportlab): both recommendations come from academic tutors, "
       "one of whom signs the self-funding declaration.",
       aim_docs(ZH, c, track="self-funded", refs=refs, voices=(5, 2)), classes=["valid-packet", "signer-role"])

    # ---- non-heads where the call asks for a head or a tutor
    c = ctx_for(pg, "trust/programme-director", "self-funded")
    refs = [W.referees[0], signer("Dr. Yang Lihua", PROGRAMME_DIRECTOR, W.referees[0], head=False)]
    pk("recommendation-by-programme-director", "Self-funded packet (reportlab) whose second recommendation is "
       "signed by the 'Programme Director, Radiology Residency': neither head of department nor academic tutor.",
       aim_docs(W, c, track="self-funded", refs=refs, voices=(1, 2)), classes=["signer-role"],
       expected=["recommendation.author_role"])

    c = ctx_for(pg, "trust/consultant-declaration", "self-funded")
    consultant = signer("Dr. Peng Jiayi", CONSULTANT, HU.referees[0], head=False)
    pk("declaration-by-consultant", "Self-funded packet (reportlab): the recommendations come from the head and an "
       "academic tutor, but the self-funding declaration is signed by a 'Consultant Radiologist'.",
       aim_docs(HU, c, track="self-funded", refs=HU.referees[:2], voices=(3, 4), decl_by=consultant),
       classes=["signer-role"], status="incomplete", expected=["funding.track_mismatch"])

    c = ctx_for(pg, "trust/no-heads", "self-funded")
    coord = signer("Dr. Luo Wenqian", COORDINATOR, CH.referees[0], head=False)
    cons = signer("Dr. Xie Minghui", CONSULTANT, CH.referees[0], head=False)
    pd = signer("Dr. Qian Ruoxi", PROGRAMME_DIRECTOR, CH.referees[0], head=False)
    pk("no-head-anywhere", "Self-funded packet (reportlab) in which a 'Fellowship Coordinator' and a 'Consultant "
       "Radiologist' recommend and the 'Programme Director, Radiology Residency' signs the self-funding declaration.",
       aim_docs(CH, c, track="self-funded", refs=[coord, cons], voices=(4, 6), decl_by=pd),
       classes=["signer-role"], status="incomplete",
       expected=["funding.track_mismatch", "recommendation.author_role"])

    # ---- the track told by the packet itself
    def inferred(name, description, person, *, sentence, decl_track, expected_track, producer=rl, voices=(2, 4),
                 decl_by=None):
        ct = ctx_for(pg, f"trust/{name}", expected_track or decl_track)
        mismatch = expected_track is None
        pk(name, description, aim_docs(person, ct, track=decl_track, refs=person.referees[:2], voices=voices,
                                       producer=producer, sentence=sentence, decl_by=decl_by, names_track=False),
           classes=["track-inference"] + ([] if mismatch else ["valid-packet"]), track=None,
           status="incomplete" if mismatch else "complete",
           expected=["funding.track_mismatch"] if mismatch else [], expected_track=expected_track)

    inferred("infer-sponsored-places", "No --track: the motivation letter applies for 'one of the sponsored places' "
             "and the candidate declares the need for sponsorship.", ZH, sentence=ASKS_SPONSORSHIP[0],
             decl_track="sponsored", expected_track="sponsored")
    inferred("infer-financial-support", "No --track: the motivation letter asks for 'financial support from ESOR'; "
             "the candidate's declaration of need for sponsorship follows.", HU,
             sentence=ASKS_SPONSORSHIP[1], decl_track="sponsored", expected_track="sponsored", voices=(0, 5))
    inferred("infer-self-funded-statement", "No --track: the motivation letter states that the fellowship is "
             "self-funded; the head of department declares it.", CH, sentence=STATES_SELF_FUNDING[0],
             decl_track="self-funded", expected_track="self-funded", voices=(1, 3))
    inferred("infer-from-declaration-only", "No --track and nothing about funding in the motivation letter: the "
             "academic tutor's declaration of self-funding tells the track.", LI, sentence=None,
             decl_track="self-funded", expected_track="self-funded", voices=(2, 6), decl_by=LI.referees[1])
    inferred("infer-sponsorship-declaration-only", "No --track, nothing about funding in the motivation letter: "
             "the candidate's declaration of need for sponsorship tells the track.", tang, sentence=None,
             decl_track="sponsored", expected_track="sponsored", voices=(4, 7))
    inferred("contradiction-asks-sponsorship", "No --track: the motivation letter applies for one of the sponsored "
             "places, but the packet holds the head's declaration of self-funding.", W, sentence=ASKS_SPONSORSHIP[0],
             decl_track="self-funded", expected_track=None, voices=(3, 4))
    inferred("contradiction-states-self-funding", "No --track: the motivation letter says the fellowship is "
             "self-funded, but the packet holds the candidate's declaration of need for sponsorship.", HU,
             sentence=STATES_SELF_FUNDING[1], decl_track="sponsored", expected_track=None, voices=(2, 1))
    inferred("contradiction-financial-support", "No --track: the motivation letter asks for financial support "
             "from ESOR, the declaration is the head's declaration of self-funding.", ZH,
             sentence=ASKS_SPONSORSHIP[1], decl_track="self-funded", expected_track=None, voices=(6, 0))
    return out


# ====================================================================== Exchange
def exchange_docs(a, c, *, board, refs, voices, producer=rl):
    docs = [D.motivation(a, c, variant=voices[0]), D.cv(a, c), D.board_certificate(a, c, board)]
    docs += [D.recommendation(a, r, c, voice=v) for r, v in zip(refs, voices)]
    return [producer(d) for d in docs]


def exchange() -> list[TrustPacket]:
    pg, out = EXC, []
    B, CA = P.BRENNAN, P.CARVALHO
    keane = clone(B, key="keane", surname="Keane", given="Siobhán", email="siobhan.keane@example.ie",
                  esr_no="M-0408812", address="22 Leinster Road, Rathmines, Dublin 6, D06 K7P3, Ireland")

    def pk(name, description, parts, *, classes, status="complete", expected=()):
        out.append(TrustPacket(pg, name, description, classes, WHEN[pg], status, list(expected), parts))

    c = ctx_for(pg, "trust/chief")
    pk("chief-of-radiology", "ESGAR exchange packet (reportlab): one recommendation, signed 'Chief of Radiology'.",
       exchange_docs(B, c, board="ie", refs=[as_role(B.referees[0], CHIEF, head=True)], voices=[3]),
       classes=["valid-packet", "signer-role"])
    c = ctx_for(pg, "trust/director-lo")
    pk("director-libreoffice", "ESTI exchange packet (LibreOffice): the recommendation is signed 'Director, "
       "Department of Radiology'.",
       exchange_docs(CA, c, board="pt-en", refs=[as_role(CA.referees[0], DIRECTOR, head=True)], voices=[1],
                     producer=lo), classes=["valid-packet", "signer-role"])
    c = ctx_for(pg, "trust/chair-two")
    pk("chair-and-consultant", "ESGAR exchange packet (reportlab) of Dr Siobhán Keane: the 'Chair, Department of "
       "Medical Imaging' and a consultant (a second letter may come from anyone) recommend.",
       exchange_docs(keane, c, board="ie", refs=[as_role(B.referees[0], CHAIR_IMAGING, head=True), B.referees[1]],
                     voices=[6, 2]), classes=["valid-packet", "signer-role"])
    c = ctx_for(pg, "trust/diretor-servico")
    pk("diretor-de-servico", "ESTI exchange packet (reportlab): the head of department signs in Portuguese, "
       "'Diretora de Serviço de Radiologia'.",
       exchange_docs(CA, c, board="pt-en", refs=[as_role(CA.referees[0], "Diretora de Serviço de Radiologia",
                                                         head=True)], voices=[4]),
       classes=["valid-packet", "signer-role"])
    c = ctx_for(pg, "trust/head-comma")
    pk("head-comma-department", "ESGAR exchange packet (reportlab) of Dr Siobhán Keane: the recommendation is "
       "signed 'Head, Department of Radiology'.",
       exchange_docs(keane, c, board="ie", refs=[as_role(B.referees[0], "Head, Department of Radiology", head=True)],
                     voices=[4]), classes=["valid-packet", "signer-role"])
    out.append(TrustPacket(pg, "chromium-chair", "The held-out EUSOBI packet (Chromium) with the head's signature "
                           "block reworded 'Chair, Department of Radiology'.", ["valid-packet", "signer-role"],
                           date(2024, 3, 1), "complete", [],
                           chromium=Chromium("exchange-fellowship/complete-eusobi",
                                             {"Head of Department": "Chair, Department of Radiology"})))
    out.append(TrustPacket(pg, "chromium-head-of-centre", "The held-out ESSR packet (Chromium): the head of the "
                           "imaging centre signs 'Head, Medical Imaging Centre'.", ["valid-packet", "signer-role"],
                           date(2024, 3, 1), "complete", [],
                           chromium=Chromium("exchange-fellowship/complete-two-recommendations",
                                             {"Head of Department, Medical Imaging Centre":
                                              "Head, Medical Imaging Centre"})))
    c = ctx_for(pg, "trust/consultant-only")
    pk("only-consultant", "ESGAR exchange packet (reportlab) whose only recommendation is signed by a 'Consultant "
       "Radiologist': the call asks for the head of department.",
       exchange_docs(B, c, board="ie", refs=[signer("Dr. Cathal Moran", CONSULTANT, B.referees[0], head=False)],
                     voices=[2]), classes=["signer-role"], expected=["recommendation.author_role"])
    c = ctx_for(pg, "trust/programme-director-only")
    pk("only-programme-director", "ESTI exchange packet (reportlab) whose only recommendation is signed by the "
       "'Programme Director, Radiology Residency'.",
       exchange_docs(CA, c, board="pt-en", refs=[signer("Dr. Joana Pires Lobo", PROGRAMME_DIRECTOR,
                                                        CA.referees[0], head=False)], voices=[6]),
       classes=["signer-role"], expected=["recommendation.author_role"])
    return out


# ====================================================================== one-year fellowships
one_year = _one_year


def with_passport_capture(parts, capture: str, **opts):
    """The packet with its passport copy replaced by an image-only capture of the same passport."""
    doc = next(p.doc for p in parts if p.doc.type == "passport_copy")
    make = partial(capture_passport, doc, capture, opts)
    return [ImagePart("passport_copy", make, language=None, note=capture) if p.doc.type == "passport_copy" else p
            for p in parts]


def capture_passport(doc, capture: str, opts: dict, rng: random.Random) -> bytes:
    """Drawn when the packet is built, after the build has chosen the fonts to embed."""
    pdf = rl_producer.render(doc)
    if capture == "scan":
        return imaging.scanned_page(pdf, opts["dpi"], rng)
    card = imaging.data_page(pdf)
    if capture == "photo":
        return imaging.page_pdf(imaging.photographed(card, rng), quality=55, box_mm=(18, 28, 174))
    return imaging.page_pdf(imaging.phone_small(card, opts["px"], rng), quality=68, box_mm=(30, 32, 150))


def passport_truth(a, capture: str, programme: str, **opts) -> dict:
    pp = a.passport
    l1, l2 = td3(pp.issuer, a.surname, a.given, pp.number, a.nat_code, a.dob, a.sex, pp.expiry, pp.personal)
    how = {"scan": f"photocopy scanned at {opts.get('dpi')} dpi", "photo": "phone photo at an angle",
           "phone": f"phone image {opts.get('px')} px wide"}[capture]
    return {"mrz": [l1, l2], "expiry": pp.expiry.isoformat(), "valid": pp.expiry >= FELLOWSHIP_END[programme],
            "capture": how, "line2_has_filler": "<" in l2}


def one_year_packets() -> list[TrustPacket]:
    out = []
    MU, NU, MO, PO, ZI, JA = P.MUELLER, P.NUNEZ, P.MORETTI, P.POPESCU, P.ZIELINSKA, P.JANSSENS

    def pk(pg, name, description, parts, *, classes, status="complete", expected=(), passport=None):
        out.append(TrustPacket(pg, name, description, classes, WHEN[pg], status, list(expected), parts,
                               passport=passport))

    def head(a, role, i=0):
        return replace(a, referees=[as_role(a.referees[i], role, head=True)] + a.referees[1:])

    # ---- ICM (reference date 30/01/2023; fellowship to 31/10/2024)
    pg = ICM
    c = ctx_for(pg, "trust/head-institute")
    pk(pg, "head-of-institute", "ICM packet (reportlab): the recommendation is signed 'Head, Institute of "
       "Diagnostic and Interventional Radiology'; passport MRZ as vector text.",
       one_year(head(MU, HEAD_INSTITUTE), c, board="de", lang=["ielts"], rec_voices=[5]),
       classes=["valid-packet", "signer-role"])
    c = ctx_for(pg, "trust/jefe")
    pk(pg, "jefe-de-servicio", "ICM packet (reportlab): the head of department signs 'Jefe de Servicio de "
       "Radiodiagnóstico'; a second letter from a section head.",
       one_year(head(NU, "Jefe de Servicio de Radiodiagnóstico"), c, board="es", lang=["toefl"], rec_voices=[1, 3]),
       classes=["valid-packet", "signer-role"])
    c = ctx_for(pg, "trust/direktor-klinik")
    pk(pg, "direktor-der-klinik", "ICM packet (reportlab): the head signs 'Direktor der Klinik für Radiologie'.",
       one_year(head(MU, "Direktor der Klinik für Radiologie"), c, board="de", lang=["ielts"], rec_voices=[0],
                pub_variant=1, ref_variant=1, mem_variant=1), classes=["valid-packet", "signer-role"])
    out.append(TrustPacket(ICM, "chromium-chief", "The held-out Czech ICM packet (Chromium) with the head's "
                           "signature block reworded 'Chief of Radiology'.", ["valid-packet", "signer-role"],
                           date(2023, 2, 1), "complete", [],
                           chromium=Chromium("icm-oncologic-imaging/complete-czech",
                                             {"Head of Department (přednosta)": CHIEF})))
    out.append(TrustPacket(ICM, "chromium-vorstand", "The held-out Graz ICM packet (Chromium): the head signs "
                           "'Vorstand der Universitätsklinik für Radiologie' only.", ["valid-packet", "signer-role"],
                           date(2023, 2, 1), "complete", [],
                           chromium=Chromium("icm-oncologic-imaging/two-recommendations-signature-overflow",
                                             {"Head of the Department of Radiology (Vorstand der Universitätsklinik "
                                              "für Radiologie)": "Vorstand der Universitätsklinik für Radiologie"})))
    c = ctx_for(pg, "trust/coordinator")
    pk(pg, "only-fellowship-coordinator", "ICM packet (reportlab) whose only recommendation is signed by the "
       "'Fellowship Coordinator' of the department: the call asks for the head of department.",
       one_year(replace(NU, referees=[signer("Dra. Marta Quiroga Vidal", COORDINATOR, NU.referees[0], head=False)]),
                c, board="es", lang=["toefl"], rec_voices=[2]),
       classes=["signer-role"], expected=["recommendation.author_role"])

    # ---- Gustave Roussy (reference date 12/03/2021; fellowship to 30/09/2023)
    pg = GR
    c = ctx_for(pg, "trust/direttore")
    pk(pg, "direttore-uoc", "Gustave Roussy packet (reportlab): the head signs 'Direttore UOC Radiologia "
       "Diagnostica e Interventistica'.",
       one_year(head(MO, "Direttore UOC Radiologia Diagnostica e Interventistica"), c, board="it", degree="it",
                lang=["ielts", "tcf"], rec_voices=[1]), classes=["valid-packet", "signer-role"])
    c = ctx_for(pg, "trust/chair")
    pk(pg, "chair-of-department", "Gustave Roussy packet (reportlab): the head signs 'Chair, Department of Medical "
       "Imaging'; a second letter from nuclear medicine.",
       one_year(head(PO, CHAIR_IMAGING), c, board="ro", degree="ro", lang=["toefl", "delf"], rec_voices=[3, 6]),
       classes=["valid-packet", "signer-role"])
    out.append(TrustPacket(GR, "chromium-diretora", "The held-out Portuguese Gustave Roussy packet (Chromium): the "
                           "head signs 'Diretora do Serviço de Radiologia' only.", ["valid-packet", "signer-role"],
                           date(2021, 3, 15), "complete", [],
                           chromium=Chromium("gustave-roussy-hybrid-imaging/complete-portugal",
                                             {"Head of Department (Diretora do Serviço de Radiologia)":
                                              "Diretora do Serviço de Radiologia"})))
    c = ctx_for(pg, "trust/consultant")
    pk(pg, "only-consultant", "Gustave Roussy packet (reportlab) whose only recommendation is signed by a "
       "'Consultant Radiologist'.",
       one_year(replace(MO, referees=[signer("Dr. Stefano Rinaldi", CONSULTANT, MO.referees[0], head=False)]), c,
                board="it", degree="it", lang=["ielts", "tcf"], rec_voices=[4]),
       classes=["signer-role"], expected=["recommendation.author_role"])

    # ---- Lille (reference date 20/07/2020; fellowship to 31/10/2021)
    pg = LIL
    c = ctx_for(pg, "trust/kierownik")
    pk(pg, "kierownik-zakladu", "Lille packet (reportlab): the head signs 'Kierownik II Zakładu Radiologii "
       "Klinicznej'.",
       one_year(head(ZI, "Kierownik II Zakładu Radiologii Klinicznej"), c, board="pl", lang=["cambridge"],
                rec_voices=[3]), classes=["valid-packet", "signer-role"])
    c = ctx_for(pg, "trust/diensthoofd")
    pk(pg, "diensthoofd", "Lille packet (reportlab): the head signs 'Diensthoofd Radiologie' only.",
       one_year(head(JA, "Diensthoofd Radiologie"), c, board="nl", lang=["ielts"], rec_voices=[1],
                pub_variant=2), classes=["valid-packet", "signer-role"])
    out.append(TrustPacket(LIL, "chromium-chair", "The held-out Swedish Lille packet (Chromium) with the head's "
                           "role reworded 'Chair, Department of Neuroradiology'.", ["valid-packet", "signer-role"],
                           date(2020, 6, 30), "complete", [],
                           chromium=Chromium("lille-neuroinflammatory/complete-sweden",
                                             {"Head of the Department of Neuroradiology":
                                              "Chair, Department of Neuroradiology"})))
    c = ctx_for(pg, "trust/programme-director")
    pk(pg, "only-programme-director", "Lille packet (reportlab) whose only recommendation is signed by the "
       "'Programme Director, Radiology Residency'.",
       one_year(replace(JA, referees=[signer("Dr. Evelien Maes", PROGRAMME_DIRECTOR, JA.referees[0], head=False)]),
                c, board="nl", lang=["ielts"], rec_voices=[6]),
       classes=["signer-role"], expected=["recommendation.author_role"])

    out += passports()
    return out


def passports() -> list[TrustPacket]:
    """One-year packets whose passport copy is a scan, a photo or a small phone image."""
    out = []
    MU, NU, MO, PO, ZI, JA = P.MUELLER, P.NUNEZ, P.MORETTI, P.POPESCU, P.ZIELINSKA, P.JANSSENS
    # A Chinese national trained and working in Ireland: line 2 of the zone is filled to the end.
    lin = clone(P.BRENNAN, key="lin", surname="Lin", given="Qiaowen", sex="F", dob=date(1990, 4, 18),
                nationality="Chinese", nat_code="CHN", residence="Ireland",
                address="7 Herbert Park Lane, Ballsbridge, Dublin 4, D04 Y9W2, Ireland",
                email="qiaowen.lin@example.ie", esr_no="M-0377215",
                languages=[("Chinese (Mandarin)", "mother tongue"), ("English", "C1")], board_date="01/07/2022",
                passport=Passport("CHN", "PEOPLE'S REPUBLIC OF CHINA", "EH4172096", date(2019, 8, 21),
                                  date(2029, 8, 20), "FUJIAN", "NATIONAL IMMIGRATION ADMINISTRATION PRC",
                                  personal="LDPNMKJBFNHEA2"),
                pubs_key=own_pool("onco-lin", "onco", "Müller-Łukasiewicz Z", "Lin Q"),
                specialty="oncologic imaging", topic=P.MUELLER.topic, n_pubs=7)
    # A Chinese national trained in Porto and working in Portugal.
    ma = clone(P.CARVALHO, key="ma", surname="Ma", given="Jun", sex="M", dob=date(1988, 7, 9),
               nationality="Chinese", nat_code="CHN", residence="Portugal",
               email="jun.ma@example.pt", esr_no="M-0361148", board_date="15/09/2018",
               languages=[("Chinese", "mother tongue"), ("Portuguese", "C1"), ("English", "C1")],
               passport=Passport("CHN", "PEOPLE'S REPUBLIC OF CHINA", "EK0385512", date(2017, 3, 2),
                                 date(2027, 3, 1), "ZHEJIANG", "NATIONAL IMMIGRATION ADMINISTRATION PRC",
                                 personal="NCOKPLLDMMBGA6"),
               pubs_key=own_pool("ms-ma", "ms", "Zielińska K", "Ma J"), specialty="neuroradiology",
               topic=P.ZIELINSKA.topic, n_pubs=6)
    expiring = {ICM: (MU, date(2024, 5, 31)), GR: (PO, date(2020, 12, 1)), LIL: (ZI, date(2021, 6, 30))}

    def pk(pg, name, description, a, capture, *, board, lang, rec_voices, degree=None, **opts):
        c = ctx_for(pg, f"trust/{name}")
        parts = with_passport_capture(one_year(a, c, board=board, lang=lang, rec_voices=rec_voices, degree=degree),
                                      capture, **opts)
        truth = passport_truth(a, capture, pg, **opts)
        expected = ["pdf.scanned_pages"] + ([] if truth["valid"] else ["passport.expired"])
        out.append(TrustPacket(pg, name, description, ["passport-zone"], WHEN[pg],
                               "complete" if truth["valid"] else "incomplete", expected, parts, passport=truth))

    pk(ICM, "passport-scan-120dpi", "ICM packet (reportlab) whose passport page is a grey photocopy scanned at "
       "120 dpi; valid until 2031.", MU, "scan", board="de", lang=["ielts"], rec_voices=[3], dpi=120)
    pk(ICM, "passport-photo-angle", "ICM packet (reportlab) whose passport data page is a phone photo taken at an "
       "angle on a desk; valid until 2029.", NU, "photo", board="es", lang=["toefl"], rec_voices=[4])
    pk(ICM, "passport-phone-480px", "ICM packet (reportlab) whose passport data page is a 480-pixel phone image "
       "placed on an A4 page.", MU, "phone", board="de", lang=["ielts"], rec_voices=[7], px=480)
    pk(ICM, "passport-filled-line2-scan", "ICM packet of a Chinese radiologist trained and working in Ireland: "
       "Irish CSCST; the passport zone's second line holds no filler (personal number filled); scanned at 150 dpi.",
       replace(lin, referees=[as_role(P.BRENNAN.referees[0], "Clinical Director and Head of Department, Radiology",
                                      head=True)]),
       "scan", board="ie", lang=["ielts"], rec_voices=[6], dpi=150)
    a, expiry = expiring[ICM]
    pk(ICM, "passport-expires-during-fellowship", "ICM packet whose passport (560-pixel phone image) is valid on "
       "the application date but expires on 31/05/2024, before the fellowship ends (31/10/2024).",
       replace(a, passport=replace(a.passport, expiry=expiry)), "phone", board="de", lang=["ielts"],
       rec_voices=[2], px=560)

    pk(GR, "passport-scan-100dpi", "Gustave Roussy packet whose passport page is a photocopy scanned at 100 dpi.",
       MO, "scan", board="it", degree="it", lang=["ielts", "tcf"], rec_voices=[2], dpi=100)
    pk(GR, "passport-phone-600px", "Gustave Roussy packet whose passport data page is a 600-pixel phone image.",
       PO, "phone", board="ro", degree="ro", lang=["toefl", "delf"], rec_voices=[1], px=600)
    a, expiry = expiring[GR]
    pk(GR, "passport-already-expired", "Gustave Roussy packet whose passport expired on 01/12/2020, before the "
       "application; the copy is scanned at 110 dpi.", replace(a, passport=replace(a.passport, expiry=expiry)),
       "scan", board="ro", degree="ro", lang=["toefl", "delf"], rec_voices=[4], dpi=110)

    pk(LIL, "passport-phone-450px", "Lille packet whose passport data page is a 450-pixel phone image.", JA, "phone",
       board="nl", lang=["ielts"], rec_voices=[5], px=450)
    pk(LIL, "passport-filled-line2-scan", "Lille packet of a Chinese radiologist trained in Porto and working in "
       "Portugal (Portuguese specialist title): the passport zone's second line holds no filler; scanned at 130 dpi.",
       replace(ma, referees=[as_role(P.CARVALHO.referees[0], "Director of the Department of Radiology", head=True)]),
       "scan", board="pt-en", lang=["ielts"], rec_voices=[2], dpi=130)
    a, expiry = expiring[LIL]
    pk(LIL, "passport-expires-during-fellowship", "Lille packet whose passport expires on 30/06/2021, before the "
       "fellowship ends (31/10/2021); photocopy scanned at 140 dpi.",
       replace(a, passport=replace(a.passport, expiry=expiry)), "scan", board="pl", lang=["cambridge"],
       rec_voices=[7], dpi=140)
    return out


# ====================================================================== Visiting scholarship, Bracco
def visiting() -> list[TrustPacket]:
    pg, out = VIS, []
    LQ, KO = P.LINDQVIST, P.KOVACEVIC

    def docs(a, c, voices, producer=rl, confirm_role=None):
        head = a if confirm_role is None else replace(
            a, referees=[as_role(a.referees[0], confirm_role, head=True)] + a.referees[1:])
        items = [D.motivation(a, c, variant=voices[0]), D.cv(a, c), D.resident_confirmation(head, c)]
        items += [D.recommendation(a, head.referees[i], c, voice=v) for i, v in enumerate(voices)]
        return [producer(d) for d in items]

    def pk(name, description, parts, classes=("valid-packet", "signer-role")):
        out.append(TrustPacket(pg, name, description, list(classes), WHEN[pg], "complete", [], parts))

    pk("chair-confirms-letter-size", "Visiting-scholarship packet (reportlab, US Letter): the confirmation of "
       "resident status and a recommendation are signed 'Chair, Department of Radiology'.",
       docs(LQ, ctx_for(pg, "trust/chair", page="Letter"), [3, 4], confirm_role="Chair, Department of Radiology"))
    pk("predstojnik-libreoffice", "Visiting-scholarship packet (LibreOffice): the head signs 'Predstojnik Klinike "
       "(Head of Department)'.",
       docs(KO, ctx_for(pg, "trust/predstojnik"), [1], lo, confirm_role="Predstojnik Klinike (Head of Department)"))
    pk("two-letters-reportlab", "Visiting-scholarship packet (reportlab) with two recommendations, the head of "
       "department and the director of residency training.",
       docs(LQ, ctx_for(pg, "trust/two-letters"), [0, 2]), classes=("valid-packet",))
    pk("chief-confirms", "Visiting-scholarship packet (reportlab): the confirmation is signed 'Chief of Radiology'.",
       docs(KO, ctx_for(pg, "trust/chief"), [6], confirm_role=CHIEF))
    out.append(TrustPacket(pg, "chromium-kierownik", "The held-out visiting-scholarship packet (Chromium, US "
                           "Letter): the head signs 'Kierownik Katedry i Zakładu Radiologii Ogólnej'.",
                           ["valid-packet", "signer-role"], date(2025, 1, 15), "complete", [],
                           chromium=Chromium("visiting-scholarship-europe/complete-letter-size",
                                             {"Head of the Department of General and Interventional Radiology":
                                              "Kierownik Katedry i Zakładu Radiologii Ogólnej"})))
    return out


def bracco_docs(a, c, track, voices, producer=rl, skip=()):
    items = [("form", D.application_form(a, c, track))]
    if track == "clinical":
        items.append(("confirmation", D.confirmation_letter(a, c, track)))
    items += [("cv", D.cv(a, c)), ("motivation", D.motivation(a, c, variant=voices[0]))]
    items += [(f"rec{i}", D.recommendation(a, a.referees[i], c, voice=v)) for i, v in enumerate(voices)]
    items.append(("checklist", D.checklist(a, c, track)))
    return [producer(d) for k, d in items if k not in skip]


def bracco() -> list[TrustPacket]:
    pg, out = BRA, []
    Y, F, H = P.YILMAZ, P.FERNANDES, P.HOFBAUER

    def pk(name, description, parts, track, classes=("valid-packet",)):
        out.append(TrustPacket(pg, name, description, list(classes), WHEN[pg], "complete", [], parts, track=track))

    pk("clinical-reportlab", "Clinical-track Bracco packet (reportlab) with the host's confirmation letter; the "
       "first letter of support signed 'Chief of Radiology'.",
       bracco_docs(replace(Y, referees=[as_role(Y.referees[0], CHIEF, head=True)] + Y.referees[1:]),
                   ctx_for(pg, "trust/clinical", "clinical"), "clinical", [3, 6]), "clinical",
       classes=("valid-packet", "signer-role"))
    pk("research-libreoffice", "Research-track Bracco packet (LibreOffice).",
       bracco_docs(F, ctx_for(pg, "trust/research", "research"), "research", [1, 4], lo), "research")
    pk("management-reportlab", "Management-track Bracco packet (reportlab); the first letter is signed "
       "'Vorstand der Universitätsklinik für Radiologie und Nuklearmedizin'.",
       bracco_docs(replace(H, referees=[as_role(H.referees[0], "Vorstand der Universitätsklinik für Radiologie und "
                                                "Nuklearmedizin", head=True)] + H.referees[1:]),
                   ctx_for(pg, "trust/management", "management"), "management", [2, 7]), "management",
       classes=("valid-packet", "signer-role"))
    for src, track in (("complete-clinical", "clinical"), ("complete-research", "research")):
        out.append(TrustPacket(pg, f"chromium-{track}", f"The held-out {track}-track Bracco packet (Chromium), "
                               "reprinted as it is.", ["valid-packet"], date(2025, 1, 15), "complete", [],
                               chromium=Chromium(f"bracco-fellowship/{src}", {}), track=track))
    return out


# ====================================================================== copy-restricted files
def copy_restricted() -> list[TrustPacket]:
    out = []
    specs = [
        (AIM, "owner-password-no-print", "self-funded", {"tool": "pypdf", "print": False, "copy": True},
         "AIM China packet that opens without a password but whose owner password forbids printing (pypdf, RC4-128)."),
        (AIM, "owner-password-no-copy-qpdf", "sponsored", {"tool": "qpdf", "print": "full", "copy": False},
         "AIM China packet that opens without a password but forbids copying text (qpdf, AES-256)."),
        (EXC, "owner-password-no-print-no-copy", None, {"tool": "qpdf", "print": "none", "copy": False},
         "Exchange packet restricted by an owner password: no printing, no copying (qpdf, AES-256)."),
        (VIS, "owner-password-low-print", None, {"tool": "qpdf", "print": "low", "copy": False},
         "Visiting-scholarship packet restricted to low-resolution printing and no copying (qpdf)."),
        (BRA, "owner-password-rc4-no-copy", "research", {"tool": "pypdf", "print": True, "copy": False,
                                                        "algorithm": "RC4-128"},
         "Bracco research packet with an RC4-128 owner password that forbids copying (pypdf)."),
        (AIM, "owner-password-rc4-no-print-no-copy", "sponsored", {"tool": "pypdf", "print": False, "copy": False},
         "AIM China packet that opens without a password; printing and copying are forbidden (pypdf, RC4-128)."),
    ]
    for pg, name, track, protect, description in specs:
        c = ctx_for(pg, f"trust/{name}", track or "")
        if pg == AIM:
            a = {"owner-password-no-print": P.ZHAO, "owner-password-no-copy-qpdf": P.CHEN}.get(name, P.LIU)
            parts = aim_docs(a, c, track=track, refs=a.referees[:2], voices=(1, 6))
        elif pg == EXC:
            parts = exchange_docs(P.BRENNAN, c, board="ie", refs=P.BRENNAN.referees[:2], voices=[0, 4])
        elif pg == VIS:
            a = P.KOVACEVIC
            parts = [rl(D.motivation(a, c, variant=1)), rl(D.cv(a, c)), rl(D.resident_confirmation(a, c)),
                     rl(D.recommendation(a, a.referees[0], c, voice=7))]
        elif pg == BRA:
            parts = bracco_docs(P.FERNANDES, c, "research", [5, 3])
        else:
            parts = one_year(P.JANSSENS, c, board="nl", lang=["ielts"], rec_voices=[4])
        out.append(TrustPacket(pg, name, description, ["copy-restricted"], WHEN[pg], "incomplete",
                               ["pdf.encrypted"], parts, track=track, protect=protect))
    return out


# ====================================================================== no complete without the documents
def unreadable(kind: str, stands_for: str, **kw) -> ImagePart:
    if kind == "stamp":
        make = partial(imaging.stamp_only, kw["stamp"])
    else:
        make = imaging.UNREADABLE[kind]
    return ImagePart("unknown", make, unreadable=True, stands_for=stands_for, note=kind)


def no_false_complete() -> list[TrustPacket]:
    out = []

    def pk(pg, name, description, parts, *, status, expected, track=None):
        out.append(TrustPacket(pg, name, description, ["no-false-complete"], WHEN[pg], status, expected, parts,
                               track=track))

    c = ctx_for(AIM, "trust/blank-scans", "self-funded")
    W = P.WANG
    pk(AIM, "letters-and-declaration-blank-scans", "AIM China packet: CV and motivation letter as text; the two "
       "recommendation letters and the declaration were scanned with nothing on the glass (three blank scans).",
       [rl(D.cv(W, c)), rl(D.motivation(W, c, variant=0)), unreadable("blank-scan", "recommendation_letter"),
        unreadable("blank-scan", "recommendation_letter"), unreadable("blank-scan", "funding_declaration")],
       status="unverified", expected=["pdf.scanned_pages"], track="self-funded")
    c = ctx_for(AIM, "trust/desk-declaration", "sponsored")
    CH = P.CHEN
    pk(AIM, "declaration-is-desk-photo", "AIM China sponsored packet: every document as text except the "
       "declaration, which is a phone photo of a desk top.",
       aim_docs(CH, c, track="sponsored", refs=CH.referees[:2], voices=(2, 3))[:4]
       + [unreadable("desk-photo", "funding_declaration")],
       status="unverified", expected=["pdf.scanned_pages"], track="sponsored")
    c = ctx_for(EXC, "trust/noise-certificate")
    B = P.BRENNAN
    parts = exchange_docs(B, c, board="ie", refs=B.referees[:1], voices=[5])
    parts[2] = unreadable("heavy-noise", "board_certificate")
    pk(EXC, "certificate-is-noise", "Exchange packet whose board certificate page is a fax of pure noise.",
       parts, status="unverified", expected=["pdf.scanned_pages"])
    c = ctx_for(VIS, "trust/stamp-confirmation")
    K = P.KOVACEVIC
    pk(VIS, "confirmation-is-stamp-only", "Visiting-scholarship packet whose confirmation of resident status is a "
       "scanned white page bearing only the department's round stamp.",
       [rl(D.motivation(K, c, variant=0)), rl(D.cv(K, c)),
        unreadable("stamp", "resident_confirmation", stamp=["KBC Zagreb", "Radiology"]),
        rl(D.recommendation(K, K.referees[0], c, voice=2))],
       status="unverified", expected=["pdf.scanned_pages"])
    c = ctx_for(BRA, "trust/wall-checklist", "management")
    parts = bracco_docs(P.HOFBAUER, c, "management", [0, 3])
    parts[-1] = unreadable("wall-photo", "checklist")
    pk(BRA, "checklist-is-wall-photo", "Bracco management packet whose checklist is a phone photo of a wall.",
       parts, status="unverified", expected=["pdf.scanned_pages"], track="management")
    pk(VIS, "all-pages-unreadable", "Five image pages from which nothing can be read: two blank scans, a desk, a "
       "wall and a page of noise, where the four documents should be.",
       [unreadable("blank-scan", "motivation_letter"), unreadable("desk-photo", "cv"),
        unreadable("wall-photo", "resident_confirmation"), unreadable("heavy-noise", "recommendation_letter"),
        unreadable("blank-scan", "recommendation_letter")], status="unverified", expected=["pdf.scanned_pages"])
    for pg, kind, track in ((AIM, "desk-photo", "self-funded"), (EXC, "blank-scan", None), (ICM, "wall-photo", None),
                            (LIL, "heavy-noise", None)):
        pk(pg, f"single-image-{kind}", f"A one-page file holding a single image ({kind.replace('-', ' ')}) instead "
           "of the packet.", [unreadable(kind, "")], status="unverified", expected=["pdf.scanned_pages"],
           track=track)
    # plainly missing, every page readable
    c = ctx_for(AIM, "trust/missing-declaration", "self-funded")
    Z = P.ZHAO
    pk(AIM, "missing-declaration-all-readable", "AIM China self-funded packet, all text: no funding declaration.",
       aim_docs(Z, c, track="self-funded", refs=Z.referees[:2], voices=(4, 5))[:4],
       status="incomplete", expected=["document.missing"], track="self-funded")
    c = ctx_for(ICM, "trust/missing-passport")
    pk(ICM, "missing-passport-all-readable", "ICM packet, all text, without the copy of the passport.",
       one_year(P.NUNEZ, c, board="es", lang=["toefl"], rec_voices=[6], skip={"passport"}),
       status="incomplete", expected=["document.missing"])
    c = ctx_for(VIS, "trust/missing-confirmation")
    LQ = P.LINDQVIST
    pk(VIS, "missing-confirmation-all-readable", "Visiting-scholarship packet, all text, without the confirmation "
       "of resident status.", [rl(D.motivation(LQ, c, variant=1)), rl(D.cv(LQ, c)),
                               rl(D.recommendation(LQ, LQ.referees[0], c, voice=4))],
       status="incomplete", expected=["document.missing"])
    c = ctx_for(BRA, "trust/missing-form", "research")
    pk(BRA, "missing-application-form-all-readable", "Bracco research packet, all text, without the application "
       "form.", bracco_docs(P.FERNANDES, c, "research", [6, 2], skip={"form"}),
       status="incomplete", expected=["document.missing"], track="research")
    return out


def all_packets() -> list[TrustPacket]:
    packets = aim_china() + exchange() + one_year_packets() + visiting() + bracco() + copy_restricted() \
        + no_false_complete()
    keys = [p.key for p in packets]
    if len(set(keys)) != len(keys):
        raise SystemExit("two trust packets share a name")
    return packets
