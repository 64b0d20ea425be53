"""Document renderers: each returns one complete HTML page set, printed later by Chromium.

Nothing here knows about the checker; the layouts imitate what applicants, hospitals and
authorities actually send (Word-like letters, form tables, official certificates).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .html import (THEMES, Theme, document, emblem_svg, esc, paras, photo_svg, seal_svg,
                   signature_svg)
from .mrz import td3

BLOCK = re.compile(r"\s*<(p|div|table|h\d|ul|ol)\b")  # a body item that is already a block of HTML

# ---------------------------------------------------------------- people


@dataclass
class Person:
    key: str
    given: str
    surname: str
    sex: str                      # F / M
    dob: dt.date
    nationality: str              # adjective as written in the CV
    nat3: str                     # ICAO code
    residence: str                # country of residence
    address: str
    email: str
    phone: str
    esr_no: str
    position: str
    department: str
    institution: str
    city_country: str
    since: str                    # MM/YYYY
    med_degree: str
    board: str                    # "DD/MM/YYYY, authority" or "expected MM/YYYY ..."
    experience: list              # (from, to, institution, position)
    interests: str
    languages: list               # (language, level)
    n_pubs: int
    pubs: list                    # citation strings (the first five are "selected")
    congress: str
    previous_esor: str
    place: str                    # where the CV is signed
    cv_date: str                  # DD/MM/YYYY
    title: str = "Dr"
    native_name: str = ""        # name in the national script, if any
    passport: dict = field(default_factory=dict)
    pronoun: str = ""

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"

    @property
    def dr(self) -> str:
        return f"{self.title} {self.given} {self.surname}"

    @property
    def she(self) -> str:
        return "she" if self.sex == "F" else "he"

    @property
    def her(self) -> str:
        return "her" if self.sex == "F" else "his"


@dataclass
class Signer:
    name: str
    lines: list                   # title / role lines under the name
    contact: str = ""


# ---------------------------------------------------------------- letterheads


def lh_centered(name: str, sub: list[str], theme: Theme, emblem: str = "") -> str:
    return (f'<div class="lh-c">{emblem}<div class="lh-name">{esc(name)}</div>'
            + "".join(f'<div class="lh-sub">{esc(s)}</div>' for s in sub) + "</div>")


def lh_bar(name: str, dept: str, address: list[str], color: str) -> str:
    return (f'<div class="lh-bar" style="border-left:7px solid {color}"><div class="lh-name" style="color:{color}">{esc(name)}</div>'
            f'<div class="lh-dept">{esc(dept)}</div></div>'
            f'<div class="lh-addr">{"<br>".join(esc(a) for a in address)}</div>')


def lh_logo(initials: str, name: str, dept: str, contact: list[str], color: str, shape: str = "circle") -> str:
    return (f'<table class="lh-logo"><tr><td class="lg">{emblem_svg(initials, color, 50, shape)}</td>'
            f'<td class="lt"><div class="lh-name" style="color:{color}">{esc(name)}</div><div class="lh-dept">{esc(dept)}</div></td>'
            f'<td class="lc">{"<br>".join(esc(c) for c in contact)}</td></tr></table>')


def lh_private(lines: list[str]) -> str:
    return f'<div class="lh-private">{"<br>".join(esc(x) for x in lines)}</div>'


def lh_cjk(cn: str, en: str, dept_cn: str, dept_en: str, address: str, color: str) -> str:
    return (f'<div class="lh-cjk" style="border-bottom:2px solid {color}">{emblem_svg("", color, 44, "circle")}'
            f'<div><div class="cn" style="color:{color}">{esc(cn)}</div><div class="en">{esc(en)}</div>'
            f'<div class="dept">{esc(dept_cn)} · {esc(dept_en)}</div><div class="addr">{esc(address)}</div></div></div>')


LETTER_CSS = """
.lh-c { text-align: center; border-bottom: 1.2px solid %(accent)s; padding-bottom: 6px; margin-bottom: 18px; }
.lh-c .lh-name { font-size: 1.35em; font-variant: small-caps; letter-spacing: .04em; color: %(accent)s; }
.lh-c .lh-sub { font-size: .82em; color: #444; }
.lh-bar { padding: 2px 0 2px 12px; margin-bottom: 4px; }
.lh-bar .lh-name { font-size: 1.5em; font-weight: bold; }
.lh-bar .lh-dept { font-size: .95em; }
.lh-addr { font-size: .78em; color: #444; text-align: right; margin-bottom: 20px; }
table.lh-logo { width: 100%%; margin-bottom: 18px; border-bottom: 1px solid #bbb; }
table.lh-logo td { vertical-align: middle; padding-bottom: 6px; }
table.lh-logo td.lg { width: 58px; }
table.lh-logo .lh-name { font-weight: bold; font-size: 1.15em; }
table.lh-logo .lh-dept { font-size: .9em; }
table.lh-logo td.lc { text-align: right; font-size: .75em; color: #444; }
.lh-private { text-align: right; font-size: .92em; margin-bottom: 22px; }
.lh-cjk { display: flex; gap: 12px; align-items: center; padding-bottom: 6px; margin-bottom: 18px; }
.lh-cjk .cn { font-family: 'Noto Serif CJK SC', serif; font-size: 1.45em; font-weight: bold; }
.lh-cjk .en { font-size: 1.02em; font-weight: bold; }
.lh-cjk .dept, .lh-cjk .addr { font-size: .8em; color: #444; }
.meta { margin-bottom: 14px; }
.recipient { margin-bottom: 14px; }
.subject { font-weight: bold; margin: 10px 0 12px; }
.closing { margin-top: 14px; }
.sigblock { margin-top: 4px; }
.sigblock .sig { display: block; margin: 2px 0 0 -4px; }
.sigblock .typed { margin-top: 26px; }
.sigblock .name { font-weight: bold; }
.sigblock .stamp { float: right; margin-top: -40px; }
.enclosures { margin-top: 16px; font-size: .9em; }
.body p { text-align: %(align)s; }
"""


def letter(theme: Theme, head: str, body: list[str], signer: Signer, *, date: str = "", recipient: list[str] = (),
           subject: str = "", salutation: str = "", closing: str = "Yours sincerely,", footer: str | None = None,
           sig_on_new_page: bool = False, empty_page_after: int | None = None, running_header: str | None = None,
           lang: str = "en", stamp: str = "", signature: str = "svg", date_right: bool = True, align: str = "left",
           enclosures: list[str] = (), ref: str = "", extra_css: str = "", date_after_recipient: bool = True) -> str:
    parts = [head]
    date_html = f'<div class="meta" style="text-align:{"right" if date_right else "left"}">{esc(date)}</div>' if date else ""
    if ref:
        parts.append(f'<div class="meta small">{esc(ref)}</div>')
    if not date_after_recipient:
        parts.append(date_html)
    if recipient:
        parts.append('<div class="recipient">' + "<br>".join(esc(r) for r in recipient) + "</div>")
    if date_after_recipient:
        parts.append(date_html)
    body = list(body)
    if salutation and not subject and body and len(body[0]) < 140 and not body[0].lstrip().startswith("<") \
            and body[0].rstrip()[-1:] not in ".,:;" and not BLOCK.match(body[0]):
        subject, body = body[0], body[1:]   # a title line typed above the text goes before the salutation
    if subject:
        parts.append(f'<div class="subject">{subject}</div>')
    if salutation:
        parts.append(f"<p>{esc(salutation)}</p>")
    chunks = []
    for i, p in enumerate(body):
        chunks.append(p if BLOCK.match(p) else f"<p>{p}</p>")
        if empty_page_after is not None and i == empty_page_after:
            chunks.append('<div class="empty-page"></div>')
    parts.append('<div class="body">' + "\n".join(chunks) + "</div>")
    sig = ""
    if signature == "svg":
        sig = signature_svg(signer.name)
    stamp_html = f'<div class="stamp">{stamp}</div>' if stamp else ""
    block = (f'<div class="closing{" break" if sig_on_new_page else ""} keep">{esc(closing)}'
             f'<div class="sigblock">{stamp_html}{sig if sig else "<div class=typed></div>"}'
             f'<div class="name">{esc(signer.name)}</div>'
             + "".join(f"<div>{esc(line)}</div>" for line in signer.lines)
             + (f'<div class="small muted">{esc(signer.contact)}</div>' if signer.contact else "")
             + "</div></div>")
    parts.append(block)
    if enclosures:
        parts.append('<div class="enclosures">' + "<br>".join(esc(e) for e in enclosures) + "</div>")
    css = LETTER_CSS % {"accent": theme.accent, "align": align} + extra_css
    return document(theme, "\n".join(parts), css, footer=footer, running_header=running_header, lang=lang)


# ---------------------------------------------------------------- ESOR CV (three renditions of the template)

CV_SECTIONS = ["Personal Details", "Current Position", "Education", "Professional Experience",
               "Fields of Interest / Subspecialty", "Language Skills", "Research Activities and Publications",
               "Congress Presentations", "Previous ESOR Programmes Attended", "Declaration"]


def _cv_fields(p: Person) -> dict[int, list[tuple[str, str]]]:
    return {
        1: [("Surname", p.surname),
            ("First Name(s)", p.given), ("Date of Birth", p.dob.strftime("%d/%m/%Y")),
            ("Nationality", p.nationality), ("Country of Residence", p.residence), ("Address", p.address),
            ("E-mail", p.email), ("Phone", p.phone), ("ESR Membership Number", p.esr_no)],
        2: [("Position", p.position), ("Department", p.department), ("Institution", p.institution),
            ("City / Country", p.city_country), ("Since", p.since)],
        3: [("Medical Degree", p.med_degree), ("Board Certification in Radiology", p.board)],
    }


def _selected(p: Person, n: int = 5) -> list[str]:
    return p.pubs[:n]


CV_TABLE_CSS = """
.cv-title { text-align: center; margin-bottom: 14px; }
.cv-title .org { font-size: .9em; letter-spacing: .12em; text-transform: uppercase; color: %(accent)s; }
.cv-title h1 { margin: 2px 0 0; font-size: 1.55em; letter-spacing: .05em; }
h2.sec { font-size: 1.05em; margin: 14px 0 5px; padding: 3px 6px; background: %(shade)s; border-left: 4px solid %(accent)s; break-after: avoid; }
table.f { width: 100%%; }
table.f th, table.f td { border: 0.6pt solid #999; padding: 3px 6px; vertical-align: top; text-align: left; }
table.f th { width: 36%%; font-weight: normal; background: #f6f6f6; }
table.g { width: 100%%; }
table.g th, table.g td { border: 0.6pt solid #999; padding: 3px 6px; vertical-align: top; text-align: left; }
table.g th { background: #eee; }
ol.pubs { margin: 4px 0 0 0; padding-left: 22px; font-size: .92em; }
ol.pubs li { margin-bottom: 3px; }
tr { break-inside: avoid; }
"""


def cv_table(theme: Theme, p: Person, *, shade: str = "#e8eef5", org_line: str = "European School of Radiology",
             empty_after: int | None = None, footer: str | None = None, numbered: bool = True,
             sig_date: str | None = None) -> str:
    f = _cv_fields(p)
    out = [f'<div class="cv-title"><div class="org">{esc(org_line)}</div><h1>ESOR CURRICULUM VITAE</h1></div>']

    def h(i):
        return f'<h2 class="sec">{f"{i}. " if numbered else ""}{esc(CV_SECTIONS[i-1])}</h2>'

    def ftable(rows):
        return '<table class="f">' + "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows) + "</table>"

    for i in range(1, 11):
        out.append(h(i))
        if i in f:
            out.append(ftable(f[i]))
        elif i == 4:
            out.append('<table class="g"><tr><th style="width:22%">From – To</th><th>Institution</th><th style="width:30%">Position</th></tr>'
                       + "".join(f"<tr><td>{esc(a)} – {esc(b)}</td><td>{esc(c)}</td><td>{esc(d)}</td></tr>" for a, b, c, d in p.experience)
                       + "</table>")
        elif i == 5:
            out.append(f"<p>{esc(p.interests)}</p>")
        elif i == 6:
            out.append('<table class="g"><tr><th style="width:40%">Language</th><th>Level</th></tr>'
                       + "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in p.languages) + "</table>")
        elif i == 7:
            sel = _selected(p)
            out.append(ftable([("Number of peer-reviewed publications", str(p.n_pubs))]))
            if sel:
                out.append('<p style="margin:6px 0 0">Selected publications (max. five):</p><ol class="pubs">'
                           + "".join(f"<li>{esc(x)}</li>" for x in sel) + "</ol>")
        elif i == 8:
            out.append(f"<p>{esc(p.congress)}</p>")
        elif i == 9:
            out.append(f"<p>{esc(p.previous_esor)}</p>")
        elif i == 10:
            out.append("<p>I confirm that the information given in this CV is correct.</p>"
                       '<table class="f keep"><tr><th>Place</th><td>' + esc(p.place) + "</td></tr>"
                       f"<tr><th>Date</th><td>{esc(sig_date or p.cv_date)}</td></tr>"
                       f'<tr><th>Signature</th><td>{signature_svg(p.full, 150, 40)}</td></tr></table>')
        if empty_after == i:
            out.append('<div class="empty-page"></div>')
    css = CV_TABLE_CSS % {"accent": theme.accent, "shade": shade}
    return document(theme, "\n".join(out), css, footer=footer, title="ESOR CV")


CV_LINES_CSS = """
.top { border-bottom: 2px solid #000; margin-bottom: 10px; padding-bottom: 4px; }
.top .t { font-size: 1.35em; font-weight: bold; }
.top .s { font-size: .85em; }
p.sec { font-weight: bold; margin: 13px 0 4px; %(sec_style)s break-after: avoid; }
.fl { margin: 0 0 2px 0; }
.fl .k { %(label_style)s }
.row { margin: 0 0 3px 0; }
.pubs p { margin: 0 0 3px 14px; text-indent: -14px; font-size: .95em; }
"""


def cv_lines(theme: Theme, p: Person, *, upper: bool = True, label_style: str = "font-weight:bold;",
             sec_style: str = "", numbering: str = "{i}. ", title_extra: str = "European School of Radiology (ESOR)",
             empty_after: int | None = None, footer: str | None = None, exp_style: str = "dash") -> str:
    f = _cv_fields(p)
    out = [f'<div class="top"><div class="t">ESOR CURRICULUM VITAE</div><div class="s">{esc(title_extra)}</div></div>']
    for i in range(1, 11):
        head = CV_SECTIONS[i - 1].upper() if upper else CV_SECTIONS[i - 1]
        out.append(f'<p class="sec">{numbering.format(i=i)}{esc(head)}</p>')
        if i in f:
            out.extend(f'<p class="fl"><span class="k">{esc(k)}:</span> {esc(v)}</p>' for k, v in f[i])
        elif i == 4:
            for a, b, c, d in p.experience:
                if exp_style == "dash":
                    out.append(f'<p class="row">{esc(a)} – {esc(b)}: {esc(d)}, {esc(c)}</p>')
                else:
                    out.append(f'<p class="row"><span class="k">From – To:</span> {esc(a)} – {esc(b)}; '
                               f'<span class="k">Institution:</span> {esc(c)}; <span class="k">Position:</span> {esc(d)}</p>')
        elif i == 5:
            out.append(f'<p class="fl">{esc(p.interests)}</p>')
        elif i == 6:
            out.extend(f'<p class="fl"><span class="k">{esc(a)}:</span> {esc(b)}</p>' for a, b in p.languages)
        elif i == 7:
            out.append(f'<p class="fl"><span class="k">Number of peer-reviewed publications:</span> {p.n_pubs}</p>')
            sel = _selected(p)
            if sel:
                out.append('<p class="fl"><span class="k">Selected publications:</span></p><div class="pubs">'
                           + "".join(f"<p>[{n}] {esc(x)}</p>" for n, x in enumerate(sel, 1)) + "</div>")
        elif i == 8:
            out.append(f'<p class="fl">{esc(p.congress)}</p>')
        elif i == 9:
            out.append(f'<p class="fl">{esc(p.previous_esor)}</p>')
        elif i == 10:
            out.append('<div class="keep"><p class="fl">I confirm that the information given in this CV is correct.</p>'
                       f'<p class="fl"><span class="k">Place:</span> {esc(p.place)}</p>'
                       f'<p class="fl"><span class="k">Date:</span> {esc(p.cv_date)}</p>'
                       f'<p class="fl"><span class="k">Signature:</span></p>{signature_svg(p.full, 150, 40)}</div>')
        if empty_after == i:
            out.append('<div class="empty-page"></div>')
    css = CV_LINES_CSS % {"label_style": label_style, "sec_style": sec_style}
    return document(theme, "\n".join(out), css, footer=footer, title="ESOR CV")


CV_GRID_CSS = """
.hdr { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 3px double %(accent)s; padding-bottom: 4px; margin-bottom: 8px; }
.hdr .t { font-size: 1.3em; font-weight: bold; color: %(accent)s; }
.hdr .s { font-size: .8em; text-align: right; }
h3 { font-size: 1em; margin: 12px 0 4px; color: %(accent)s; border-bottom: 0.8px solid %(accent)s; break-after: avoid; }
dl { display: grid; grid-template-columns: 40%% 60%%; margin: 0; row-gap: 2px; }
dt { color: #333; }
dd { margin: 0; }
.exp div { margin-bottom: 2px; }
ul { margin: 2px 0; padding-left: 18px; }
"""


def cv_grid(theme: Theme, p: Person, *, empty_after: int | None = None, footer: str | None = None, prefix: str = "Section {i} — ") -> str:
    f = _cv_fields(p)
    out = [f'<div class="hdr"><div class="t">ESOR CURRICULUM VITAE</div><div class="s">{esc(p.full)}<br>{esc(p.email)}</div></div>']
    for i in range(1, 11):
        out.append(f"<h3>{prefix.format(i=i)}{esc(CV_SECTIONS[i-1])}</h3>")
        if i in f:
            out.append("<dl>" + "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in f[i]) + "</dl>")
        elif i == 4:
            out.append("<dl><dt><b>From – To</b></dt><dd><b>Institution / Position</b></dd>"
                       + "".join(f"<dt>{esc(a)} – {esc(b)}</dt><dd>{esc(c)} — {esc(d)}</dd>" for a, b, c, d in p.experience) + "</dl>")
        elif i == 5:
            out.append(f"<p>{esc(p.interests)}</p>")
        elif i == 6:
            out.append("<dl>" + "".join(f"<dt>{esc(a)}</dt><dd>{esc(b)}</dd>" for a, b in p.languages) + "</dl>")
        elif i == 7:
            out.append(f"<dl><dt>Number of peer-reviewed publications</dt><dd>{p.n_pubs}</dd></dl>")
            sel = _selected(p)
            if sel:
                out.append('<ul class="small">' + "".join(f"<li>{esc(x)}</li>" for x in sel) + "</ul>")
        elif i == 8:
            out.append(f"<p>{esc(p.congress)}</p>")
        elif i == 9:
            out.append(f"<p>{esc(p.previous_esor)}</p>")
        elif i == 10:
            out.append('<div class="keep"><p>I confirm that the information given in this CV is correct.</p>'
                       f"<dl><dt>Place</dt><dd>{esc(p.place)}</dd><dt>Date</dt><dd>{esc(p.cv_date)}</dd>"
                       f"<dt>Signature</dt><dd>{signature_svg(p.full, 140, 38)}</dd></dl></div>")
        if empty_after == i:
            out.append('<div class="empty-page"></div>')
    return document(theme, "\n".join(out), CV_GRID_CSS % {"accent": theme.accent}, footer=footer, title="ESOR CV")


# ---------------------------------------------------------------- passport identity page


PASSPORT_CSS = """
.caption { font-size: .9em; color: #333; margin-bottom: 10px; }
.pp { width: 165mm; border: 1px solid #777; border-radius: 5mm; padding: 6mm 7mm 5mm; background: %(bg)s; margin: 0 auto; }
.pp .top { display: flex; justify-content: space-between; font-size: 8.5pt; text-transform: uppercase; letter-spacing: .05em; color: #333; margin-bottom: 4mm; }
.pp .body { display: flex; gap: 6mm; }
.pp .fields { flex: 1; display: grid; grid-template-columns: 1fr 1fr 1fr; column-gap: 4mm; row-gap: 1.6mm; }
.pp .fld .l { font-size: 6.2pt; color: #555; line-height: 1.15; }
.pp .fld .v { font-size: 9.5pt; font-weight: bold; line-height: 1.2; }
.pp .w2 { grid-column: span 2; } .pp .w3 { grid-column: span 3; }
.pp .mrz { font-family: %(mrzfont)s; font-size: 10.6pt; margin-top: 5mm; line-height: 1.5; white-space: pre; }
.note { margin-top: 10mm; font-size: .85em; color: #444; }
"""


def passport_page(theme: Theme, p: Person, country: dict, *, caption: str = "", note: str = "",
                  bg: str = "#f3f1ea", mrzfont: str = "'DejaVu Sans Mono', monospace") -> str:
    """country: issuer (code), name_line (country name as printed), labels (dict of label strings per field), authority."""
    pp = p.passport
    lab = country["labels"]
    l1, l2 = td3(country["issuer"], pp.get("surname_latin", p.surname), pp.get("given_latin", p.given), pp["number"],
                 p.nat3, p.dob, p.sex, pp["expiry"], pp.get("personal", ""))
    fmt = country.get("datefmt", "%d %b %Y")

    def fld(key, value, cls=""):
        return f'<div class="fld {cls}"><div class="l">{lab[key]}</div><div class="v">{esc(value)}</div></div>'

    fields = "".join([
        fld("type", "P"), fld("code", country["issuer"]), fld("number", pp["number"]),
        fld("surname", pp.get("surname_print", p.surname.upper()), "w3"),
        fld("given", pp.get("given_print", p.given.upper()), "w3"),
        fld("nationality", pp["nationality_print"], "w2"), fld("sex", p.sex if p.sex != "F" or "sex_print" not in pp else pp["sex_print"]),
        fld("dob", p.dob.strftime(fmt).upper()), fld("pob", pp["pob"], "w2"),
        fld("issue", pp["issue"].strftime(fmt).upper()), fld("expiry", pp["expiry"].strftime(fmt).upper()),
        fld("authority", pp["authority"]),
    ] + ([fld("personal", pp["personal_print"], "w3")] if pp.get("personal_print") else []))
    body = (f'<div class="caption">{caption}</div>' if caption else "") + (
        f'<div class="pp"><div class="top"><span>{country["name_line"]}</span><span>{country.get("doc_line", "Passport")}</span></div>'
        f'<div class="body"><div>{photo_svg(p.key)}</div><div class="fields">{fields}</div></div>'
        f'<div class="mrz">{esc(l1)}\n{esc(l2)}</div></div>'
        + (f'<div class="note">{note}</div>' if note else ""))
    return document(theme, body, PASSPORT_CSS % {"bg": bg, "mrzfont": mrzfont}, title="Passport")


# ---------------------------------------------------------------- certificates and lists


CERT_CSS = """
.cert { border: %(border)s; padding: 14mm 14mm 12mm; min-height: 235mm; position: relative; }
.cert .issuer { text-align: center; font-size: 1.05em; letter-spacing: .06em; text-transform: %(issuer_case)s; }
.cert .issuer small { display:block; font-size: .75em; letter-spacing: 0; text-transform: none; color: #444; }
.cert h1 { text-align: center; font-size: 1.9em; margin: 12mm 0 8mm; font-weight: %(h1_weight)s; color: %(accent)s; }
.cert .lead { text-align: center; font-size: 1.02em; }
.cert .holder { text-align: center; font-size: 1.55em; margin: 5mm 0; font-weight: bold; }
.cert .text { text-align: center; margin: 4mm 8mm; }
.cert table.data { margin: 8mm auto 0; }
.cert table.data td { padding: 2px 10px; vertical-align: top; }
.cert table.data td:first-child { color: #444; text-align: right; }
.cert .foot { display: flex; justify-content: space-between; align-items: flex-end; margin-top: 16mm; }
.cert .foot .sg { text-align: center; font-size: .9em; }
.cert .number { position: absolute; top: 6mm; right: 8mm; font-size: .75em; color: #555; }
"""


def certificate(theme: Theme, inner: str, *, border: str = "3px double #555", issuer_case: str = "uppercase",
                h1_weight: str = "normal", lang: str = "en", extra_css: str = "") -> str:
    css = CERT_CSS % {"border": border, "issuer_case": issuer_case, "h1_weight": h1_weight, "accent": theme.accent} + extra_css
    return document(theme, f'<div class="cert">{inner}</div>', css, lang=lang, title="Certificate")


def cert_foot(left_html: str, signer: str, role: str, seal: str = "") -> str:
    return (f'<div class="foot"><div>{left_html}</div>{seal}'
            f'<div class="sg">{signature_svg(signer, 150, 40)}<br>{esc(signer)}<br><span class="small">{esc(role)}</span></div></div>')


def data_table(rows: list[tuple[str, str]]) -> str:
    return '<table class="data">' + "".join(f"<tr><td>{k}</td><td><b>{esc(v)}</b></td></tr>" for k, v in rows) + "</table>"


PLAIN_CSS = """
h1.t { font-size: 1.4em; margin: 0 0 4px; }
h2.t { font-size: 1.2em; margin: 0 0 10px; }
p.t { font-weight: bold; font-size: 1.15em; margin-bottom: 10px; }
ol.refs li, ul.refs li { margin-bottom: 8px; }
table.box { width: 100%%; margin: 8px 0; }
table.box td, table.box th { border: 0.7pt solid #888; padding: 4px 7px; text-align: left; vertical-align: top; }
table.box th { background: %(shade)s; }
.ident { margin-bottom: 12px; }
"""


def plain(theme: Theme, body: str, *, shade: str = "#eeeeee", footer: str | None = None, lang: str = "en",
          extra_css: str = "") -> str:
    return document(theme, body, PLAIN_CSS % {"shade": shade} + extra_css, footer=footer, lang=lang)


def checkbox(checked: bool = True) -> str:
    return ('<svg width="11" height="11" viewBox="0 0 11 11" style="vertical-align:-1px"><rect x=".5" y=".5" width="10" height="10" '
            'fill="none" stroke="#000"/>' + ('<path d="M2,5.5 L4.5,8 L9,2.5" stroke="#000" stroke-width="1.5" fill="none"/>' if checked else "")
            + "</svg>")


__all__ = ["THEMES", "Person", "Signer", "letter", "cv_table", "cv_lines", "cv_grid", "passport_page", "certificate",
           "cert_foot", "data_table", "plain", "checkbox", "lh_centered", "lh_bar", "lh_logo", "lh_private", "lh_cjk",
           "seal_svg", "signature_svg", "emblem_svg", "paras", "esc"]
