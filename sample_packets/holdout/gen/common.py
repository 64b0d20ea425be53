"""Documents that recur across programmes: ESR membership proofs, language certificates,
publication and reference lists, and pages that do not belong in a packet at all."""

from __future__ import annotations

from .docs import (THEMES, Person, cert_foot, certificate, data_table, esc, plain, seal_svg, signature_svg,
                   emblem_svg, checkbox)
from .html import document

ESR_ADDRESS = "European Society of Radiology · Am Gestade 1 · 1010 Vienna · Austria"

# ---------------------------------------------------------------- ESR membership


def membership_email(p: Person, year: int, category: str, sent: str, paid: str, theme=THEMES["mono"]) -> str:
    """A membership confirmation e-mail, printed from a mail client."""
    body = f"""
<table class="box small" style="width:100%">
<tr><td style="width:18%"><b>From:</b></td><td>ESR Membership Office &lt;membership@myesr.org&gt;</td></tr>
<tr><td><b>To:</b></td><td>{esc(p.full)} &lt;{esc(p.email)}&gt;</td></tr>
<tr><td><b>Sent:</b></td><td>{esc(sent)}</td></tr>
<tr><td><b>Subject:</b></td><td>Your ESR membership {year} – confirmation</td></tr>
</table>
<p style="margin-top:16px">Dear {esc(p.dr)},</p>
<p>thank you for renewing your membership of the European Society of Radiology. We confirm that your
membership fee for {year} was received on {esc(paid)} and that your membership is active.</p>
<pre style="font-family:inherit;font-size:1em;margin:10px 0 14px">
  Member ID ............ {esc(p.esr_no)}
  Name ................. {esc(p.full)}
  Category ............. {esc(category)}
  Membership year ...... {year} (01/01/{year} – 31/12/{year})
  Status ............... active – fee paid
</pre>
<p>Your membership benefits, including access to the ESR educational platforms, are available in your MyESR
profile. Please keep this message as proof of membership; no signed certificate is issued for the current year.</p>
<p>Best regards,<br>ESR Membership Office<br>{esc(ESR_ADDRESS)}</p>
<p class="small muted" style="margin-top:30px">This e-mail was generated automatically. Please do not reply to this address.</p>
"""
    return plain(theme, body, shade="#f0f0f0")


def membership_certificate(p: Person, year: int, category: str, issued: str, theme=THEMES["noto-serif"]) -> str:
    inner = f"""
<div class="issuer">European Society of Radiology<small>{esc(ESR_ADDRESS)}</small></div>
<h1>Certificate of Membership</h1>
<div class="lead">This is to certify that</div>
<div class="holder">{esc(p.dr)}</div>
<div class="text">is a <b>{esc(category)}</b> of the European Society of Radiology (ESR)
for the membership year {year}, with all rights and obligations set out in the ESR Statutes.</div>
{data_table([("Membership number", p.esr_no), ("Category", category), ("Valid", f"01/01/{year} – 31/12/{year}"), ("Date of issue", issued)])}
{cert_foot('<span class="small">ESR Office, Vienna</span>', "Membership Services", "European Society of Radiology", seal_svg("ESR", "ESR", 90, "#12355b"))}
"""
    return certificate(theme, inner, border="1.5px solid #12355b")


def membership_account(p: Person, year: int, category: str, printed: str, payments: list[tuple[str, str, str]],
                       theme=THEMES["noto-sans"]) -> str:
    """A printout of the MyESR account page."""
    rows = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>" for a, b, c in payments)
    body = f"""
<div style="display:flex;justify-content:space-between;align-items:center;border-bottom:3px solid #12355b;padding-bottom:6px">
<div style="font-size:1.5em;font-weight:bold;color:#12355b">MyESR</div><div class="small">{esc(printed)}</div></div>
<h2 class="t" style="margin-top:14px">Membership overview</h2>
<table class="box">
<tr><th style="width:35%">Member</th><td>{esc(p.dr)}</td></tr>
<tr><th>Member ID</th><td>{esc(p.esr_no)}</td></tr>
<tr><th>Membership category</th><td>{esc(category)}</td></tr>
<tr><th>Status</th><td>Active ({year})</td></tr>
<tr><th>Country</th><td>{esc(p.residence)}</td></tr>
</table>
<h2 class="t" style="margin-top:16px">Membership fees</h2>
<table class="box"><tr><th>Year</th><th>Amount</th><th>Payment</th></tr>{rows}</table>
<p class="small muted" style="margin-top:18px">Printed from the member area. For questions on your membership please contact
membership@myesr.org.</p>
"""
    return plain(theme, body, shade="#e3ebf3")


# ---------------------------------------------------------------- language certificates


def ielts(p: Person, *, date: str, centre: str, trf: str, scores: tuple, overall: str, cefr: str, theme=THEMES["liberation-sans"]) -> str:
    lis, rea, wri, spe = scores
    body = f"""
<div style="display:flex;justify-content:space-between;align-items:center;border-bottom:2px solid #c8102e;padding-bottom:6px">
<div><div style="font-size:1.9em;font-weight:bold;color:#c8102e;letter-spacing:.04em">IELTS</div>
<div class="small">International English Language Testing System</div></div>
<div style="text-align:right"><b>Test Report Form</b><br><span class="small">ACADEMIC</span></div></div>
<table class="box" style="margin-top:14px">
<tr><th style="width:30%">Centre Number / Name</th><td>{esc(centre)}</td><th style="width:18%">Test Date</th><td>{esc(date)}</td></tr>
<tr><th>Family Name</th><td colspan="3">{esc(p.passport.get("surname_print", p.surname.upper()))}</td></tr>
<tr><th>First Name(s)</th><td colspan="3">{esc(p.passport.get("given_print", p.given.upper()))}</td></tr>
<tr><th>Date of Birth</th><td>{p.dob.strftime("%d/%m/%Y")}</td><th>Sex (M/F)</th><td>{p.sex}</td></tr>
<tr><th>Country or Region of Origin</th><td colspan="3">{esc(p.residence)}</td></tr>
</table>
<p style="margin-top:12px"><b>Test Results</b></p>
<table class="box" style="text-align:center">
<tr><th>Listening</th><th>Reading</th><th>Writing</th><th>Speaking</th><th>Overall Band Score</th><th>CEFR Level</th></tr>
<tr><td>{lis}</td><td>{rea}</td><td>{wri}</td><td>{spe}</td><td><b>{overall}</b></td><td><b>{cefr}</b></td></tr>
</table>
<table class="box" style="margin-top:16px"><tr><th style="width:30%">Test Report Form Number</th><td>{esc(trf)}</td></tr>
<tr><th>Validation stamp</th><td style="height:60px">{seal_svg("IELTS" + trf, "", 56, "#c8102e")}</td></tr></table>
<p class="small muted" style="margin-top:16px">The validity of this Test Report Form can be verified online by recognising organisations.
This TRF is issued jointly by the British Council, IDP: IELTS Australia and Cambridge University Press &amp; Assessment.</p>
"""
    return plain(theme, body, shade="#f7f1f2")


def cambridge_c1(p: Person, *, date: str, number: str, scale: int, grade: str, parts: dict, theme=THEMES["noto-serif"]) -> str:
    rows = "".join(f"<tr><td>{esc(k)}</td><td>{v}</td></tr>" for k, v in parts.items())
    inner = f"""
<div class="number">Certificate number {esc(number)}</div>
<div class="issuer">Cambridge University Press &amp; Assessment<small>English Qualifications</small></div>
<h1>C1 Advanced</h1>
<div class="lead">This is to certify that</div>
<div class="holder">{esc(p.full)}</div>
<div class="text">was awarded <b>{esc(grade)}</b> in the Certificate in Advanced English,
an examination at Level C1 of the Council of Europe’s Common European Framework of Reference for Languages (CEFR).</div>
<table class="data"><tr><td>Cambridge English Scale score</td><td><b>{scale}</b></td></tr>{rows}
<tr><td>Date of examination</td><td><b>{esc(date)}</b></td></tr><tr><td>CEFR level</td><td><b>C1</b></td></tr></table>
{cert_foot('<span class="small">Cambridge, United Kingdom</span>', "Chief Executive", "English Qualifications", seal_svg("CAM" + number, "", 80, "#0d3b66"))}
"""
    return certificate(theme, inner, border="1px solid #0d3b66", issuer_case="none")


def toefl(p: Person, *, date: str, reg: str, scores: tuple, total: int, cefr: dict, theme=THEMES["dejavu-sans"]) -> str:
    r, l, s, w = scores
    crow = "".join(f"<td>{cefr[k]}</td>" for k in ("Reading", "Listening", "Speaking", "Writing"))
    body = f"""
<div style="background:#00467f;color:#fff;padding:8px 12px;display:flex;justify-content:space-between">
<div><b style="font-size:1.5em">TOEFL iBT®</b><br><span class="small">Test Taker Score Report</span></div>
<div class="small" style="text-align:right">Educational Testing Service<br>Princeton, NJ, USA</div></div>
<table class="box" style="margin-top:12px">
<tr><th style="width:28%">Name</th><td>{esc(p.surname)}, {esc(p.given)}</td><th style="width:20%">Test Date</th><td>{esc(date)}</td></tr>
<tr><th>Date of Birth</th><td>{p.dob.strftime("%d %B %Y")}</td><th>Registration No.</th><td>{esc(reg)}</td></tr>
<tr><th>Native Country</th><td>{esc(p.residence)}</td><th>Test Centre</th><td>Home Edition</td></tr>
</table>
<table class="box" style="text-align:center;margin-top:14px">
<tr><th></th><th>Reading</th><th>Listening</th><th>Speaking</th><th>Writing</th><th>Total Score</th></tr>
<tr><th>Score</th><td>{r}</td><td>{l}</td><td>{s}</td><td>{w}</td><td><b>{total}</b></td></tr>
<tr><th>CEFR Level</th>{crow}<td><b>{cefr["Total"]}</b></td></tr>
</table>
<p class="small" style="margin-top:12px">Score ranges: 0–30 per section, 0–120 total. CEFR levels are mapped from section scores
according to the published ETS mapping study. Scores are valid for two years after the test date.</p>
"""
    return plain(theme, body, shade="#e6eef5")


def delf(p: Person, *, level: str, date: str, centre: str, number: str, total: str, parts: list[tuple[str, str]],
         diploma: str = "DELF", theme=THEMES["liberation-serif"]) -> str:
    name = "Diplôme d’études en langue française" if diploma == "DELF" else "Diplôme approfondi de langue française"
    rows = "".join(f"<tr><td>{esc(a)}</td><td><b>{esc(b)}</b></td></tr>" for a, b in parts)
    inner = f"""
<div class="number">N° {esc(number)}</div>
<div class="issuer">République française<small>Ministère de l’Éducation nationale et de la Jeunesse · France Éducation international</small></div>
<h1>{diploma} {level}</h1>
<div class="lead">{name}</div>
<div class="text" style="margin-top:8mm">Le présent diplôme est délivré à</div>
<div class="holder">{esc(p.given)} {esc(p.surname.upper())}</div>
<div class="text">né{"e" if p.sex == "F" else ""} le {p.dob.strftime("%d/%m/%Y")}, qui a satisfait aux épreuves de l’examen
du niveau {level} du Cadre européen commun de référence pour les langues (CECRL), session du {esc(date)},
centre d’examen : {esc(centre)}.</div>
<table class="data">{rows}<tr><td>Note totale</td><td><b>{esc(total)}</b></td></tr></table>
{cert_foot('<span class="small">Fait à Sèvres</span>', "Le directeur général", "France Éducation international", seal_svg("FEI" + number, "RF", 84, "#002395"))}
"""
    return certificate(theme, inner, border="6px solid #dfe4f2", lang="fr")


def tcf(p: Person, *, date: str, centre: str, number: str, scores: list[tuple[str, str, str]], theme=THEMES["noto-sans"]) -> str:
    rows = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td><b>{esc(c)}</b></td></tr>" for a, b, c in scores)
    body = f"""
<div style="border-bottom:3px solid #002395;padding-bottom:6px;display:flex;justify-content:space-between">
<div><b style="font-size:1.4em;color:#002395">TCF</b> – Test de connaissance du français<br><span class="small">France Éducation international</span></div>
<div class="small" style="text-align:right">Attestation de résultats<br>N° {esc(number)}</div></div>
<table class="box" style="margin-top:14px">
<tr><th style="width:30%">Nom</th><td>{esc(p.surname.upper())}</td></tr>
<tr><th>Prénom</th><td>{esc(p.given)}</td></tr>
<tr><th>Date de naissance</th><td>{p.dob.strftime("%d/%m/%Y")}</td></tr>
<tr><th>Date de la session</th><td>{esc(date)}</td></tr>
<tr><th>Centre de passation</th><td>{esc(centre)}</td></tr></table>
<table class="box" style="margin-top:14px"><tr><th>Épreuve</th><th>Score</th><th>Niveau CECRL</th></tr>{rows}</table>
<p style="margin-top:14px">Niveau global attesté : <b>B2</b> (utilisateur indépendant – niveau avancé).</p>
<p class="small muted">Cette attestation est valable deux ans à compter de la date de la session. Elle ne peut être délivrée qu’une seule fois.</p>
"""
    return plain(theme, body, lang="fr", shade="#e9ecf7")


# ---------------------------------------------------------------- lists


def publication_list(p: Person, theme, *, heading: str, style: str = "ol", intro: str = "", note: str = "") -> str:
    items = p.pubs[:5]
    if style == "ol":
        lst = '<ol class="refs">' + "".join(f"<li>{esc(x)}</li>" for x in items) + "</ol>"
    elif style == "table":
        lst = ('<table class="box"><tr><th style="width:6%">#</th><th>Reference</th></tr>'
               + "".join(f"<tr><td>{i}</td><td>{esc(x)}</td></tr>" for i, x in enumerate(items, 1)) + "</table>")
    else:
        lst = "".join(f"<p>{i}) {esc(x)}</p>" for i, x in enumerate(items, 1))
    body = heading + (f"<p>{intro}</p>" if intro else "") + lst + (f'<p class="small" style="margin-top:14px">{note}</p>' if note else "")
    return plain(theme, body)


def reference_list(theme, heading: str, refs: list[dict], intro: str = "", layout: str = "blocks") -> str:
    if layout == "table":
        rows = "".join(f"<tr><td><b>{esc(r['name'])}</b><br>{esc(r['role'])}</td><td>{'<br>'.join(esc(x) for x in r['address'])}</td>"
                       f"<td>{esc(r['email'])}<br>{esc(r['phone'])}</td><td>{esc(r['relation'])}</td></tr>" for r in refs)
        lst = f'<table class="box small"><tr><th>Referee</th><th>Address</th><th>Contact</th><th>Relationship</th></tr>{rows}</table>'
    else:
        lst = "".join(f'<div class="keep" style="margin-bottom:14px"><b>{i}. {esc(r["name"])}</b><br>{esc(r["role"])}<br>'
                      + "<br>".join(esc(x) for x in r["address"])
                      + f'<br>E-mail: {esc(r["email"])} · Tel. {esc(r["phone"])}<br>Relationship: {esc(r["relation"])}</div>'
                      for i, r in enumerate(refs, 1))
    return plain(theme, heading + (f"<p>{intro}</p>" if intro else "") + lst)


# ---------------------------------------------------------------- pages that do not belong


def conference_programme(theme=THEMES["noto-sans"]) -> str:
    rows = [
        ("08:30", "Registration and coffee", ""),
        ("09:00", "Opening remarks", "Organising committee"),
        ("09:15", "Session 1 – Musculoskeletal trauma: what the orthopaedic surgeon needs", "Chair: Wu Dan, Foshan"),
        ("09:15", "Occult fractures of the wrist: CT or MRI first?", "Lam Ka-wai, Hong Kong"),
        ("09:40", "Shoulder instability after first dislocation", "Ren Jiayi, Guangzhou"),
        ("10:05", "Dual-energy CT for bone marrow oedema", "Tang Shuo, Shenzhen"),
        ("10:30", "Coffee break · poster viewing (Hall C)", ""),
        ("11:00", "Session 2 – Sports imaging", "Chair: Fong Wai-man, Macau"),
        ("11:00", "Cartilage mapping in amateur runners", "He Yuxin, Zhuhai"),
        ("11:25", "The painful hip in young adults", "Xie Bo, Guangzhou"),
        ("11:50", "Case-based quiz with televoting", "Faculty"),
        ("12:30", "Lunch symposium (sponsored, not CME accredited)", "Hall B"),
        ("14:00", "Session 3 – Hands-on ultrasound workshops (groups A–D)", "Workshop rooms 2–5"),
        ("16:30", "Closing remarks and certificates", ""),
    ]
    tr = "".join(f'<tr><td style="width:13%;white-space:nowrap">{t}</td><td>{esc(a)}</td><td style="width:30%;color:#555">{esc(b)}</td></tr>' for t, a, b in rows)
    body = f"""
<div style="background:#134e6f;color:#fff;padding:10px 14px">
<div style="font-size:1.45em;font-weight:bold">Pearl River Delta Musculoskeletal Imaging Day 2024</div>
<div>Saturday, 9 November 2024 · Conference Centre, Tianhe District, Guangzhou</div></div>
<h2 style="font-size:1.15em;margin:14px 0 6px">Scientific programme – Hall A</h2>
<table class="box small">{tr}</table>
<p class="small" style="margin-top:12px">Simultaneous interpretation Chinese/English is available in Hall A. The organisers reserve the right to
change the programme. Participants receive 6 Class II CME credits upon presentation of the attendance certificate.</p>
"""
    return plain(theme, body, shade="#f4f4f4")


def invoice_lt(theme=THEMES["dejavu-sans"]) -> str:
    body = """
<div style="display:flex;justify-content:space-between">
<div><b style="font-size:1.3em">UAB „Vertimų linija“</b><br>Gedimino pr. 41-7, LT-01109 Vilnius<br>Įmonės kodas 302918447 · PVM kodas LT100007361514<br>
info@vertimulinija.lt · +370 5 261 4420</div>
<div style="text-align:right"><b style="font-size:1.5em">PVM SĄSKAITA FAKTŪRA</b><br>Serija VL Nr. 2023-0117<br>Data: 2023-01-19<br>Apmokėti iki: 2023-02-02</div></div>
<table class="box" style="margin-top:18px"><tr><th style="width:50%">Pirkėjas</th><th>Mokėjimo informacija</th></tr>
<tr><td>Rūta Žukauskienė<br>Antakalnio g. 86-12<br>LT-10208 Vilnius</td><td>Gavėjas: UAB „Vertimų linija“<br>A. s. LT79 7300 0101 2345 6789<br>AB „Swedbank“</td></tr></table>
<table class="box" style="margin-top:14px">
<tr><th>Nr.</th><th>Paslaugos pavadinimas</th><th>Kiekis</th><th>Mato vnt.</th><th>Kaina, EUR</th><th>Suma, EUR</th></tr>
<tr><td>1</td><td>Rezidentūros baigimo pažymėjimo vertimas į anglų kalbą (lietuvių–anglų)</td><td>1</td><td>psl.</td><td>22,00</td><td>22,00</td></tr>
<tr><td>2</td><td>Diplomo priedėlio vertimas į anglų kalbą</td><td>3</td><td>psl.</td><td>18,00</td><td>54,00</td></tr>
<tr><td>3</td><td>Vertimo patvirtinimas biuro antspaudu</td><td>2</td><td>vnt.</td><td>5,00</td><td>10,00</td></tr>
<tr><td colspan="5" style="text-align:right">Suma be PVM</td><td>86,00</td></tr>
<tr><td colspan="5" style="text-align:right">PVM 21 %</td><td>18,06</td></tr>
<tr><td colspan="5" style="text-align:right"><b>Iš viso mokėti</b></td><td><b>104,06</b></td></tr></table>
<p style="margin-top:12px">Suma žodžiais: vienas šimtas keturi eurai 06 ct.</p>
<p style="margin-top:26px">Sąskaitą išrašė: Inga Vaitkevičienė, projektų vadovė</p>
<p class="small muted" style="margin-top:40px">Dėkojame, kad naudojatės mūsų paslaugomis. Sąskaita galioja be parašo.</p>
"""
    return plain(theme, body, lang="lt", shade="#eeeeee")


__all__ = ["membership_email", "membership_certificate", "membership_account", "ielts", "cambridge_c1", "toefl", "delf",
           "tcf", "publication_list", "reference_list", "conference_programme", "invoice_lt", "ESR_ADDRESS",
           "THEMES", "document", "esc", "signature_svg", "emblem_svg", "checkbox"]
