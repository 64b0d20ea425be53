"""One document, many makers: the builder's producer-neutral ``Document`` written out through tools
that no other sample generator used (pandoc, groff + Ghostscript, typst, fpdf2, a Word letter whose
letterhead sits in the page header, Chromium from plain HTML), plus scans and phone photos.

Every function returns PDF bytes (LibreOffice jobs are batched by ``render_all``); nothing here knows
which packet or which truth a document belongs to.
"""
from __future__ import annotations

import base64
import hashlib
import html
import io
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from builder import model as m
from builder.images import logo as logo_png, scribble as scribble_png, stamp as stamp_png
from gen.blocks import BigLogo, Bullets, Columns, Extras, Leaders, Photo

esc = html.escape

CSS_FAMILY = {
    "helvetica": "'Liberation Sans', Arial, sans-serif", "arial": "'Liberation Sans', Arial, sans-serif",
    "liberation-sans": "'Liberation Sans', sans-serif", "times": "'Liberation Serif', serif",
    "liberation-serif": "'Liberation Serif', serif", "dejavu-sans": "'DejaVu Sans', sans-serif",
    "dejavu-serif": "'DejaVu Serif', serif", "courier": "'Liberation Mono', monospace",
    "liberation-mono": "'Liberation Mono', monospace", "noto-sans": "'Noto Sans', sans-serif",
    "noto-serif": "'Noto Serif', serif",
}
TYPST_FAMILY = {
    "helvetica": "Liberation Sans", "arial": "Liberation Sans", "liberation-sans": "Liberation Sans",
    "times": "Liberation Serif", "liberation-serif": "Liberation Serif", "dejavu-sans": "DejaVu Sans",
    "dejavu-serif": "DejaVu Serif", "courier": "Liberation Mono", "liberation-mono": "Liberation Mono",
    "noto-sans": "Noto Sans", "noto-serif": "Noto Serif",
}
CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
FONT_DIR = Path("/usr/share/fonts/truetype")


def _data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode()


def _blocks_with_letterhead(doc: m.Document) -> list:
    return ([doc.style.letterhead] if doc.style.letterhead else []) + list(doc.blocks)


def _flat(blocks) -> list:
    """Drawings become their fallback blocks (none of these producers paints with a canvas)."""
    out = []
    for b in blocks:
        out += _flat(b.fallback) if isinstance(b, m.Drawing) else [b]
    return out


# ====================================================================== HTML (printed by Chromium)
HTML_CSS = """
@page { size: %(page)s; margin: %(top)smm %(right)smm %(bottom)smm %(left)smm; %(boxes)s }
%(first)s
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: %(font)s, 'Noto Sans CJK SC'; font-size: %(size)spt; line-height: %(leading)s; color: #111; }
p { margin: 0 0 %(space)spt 0; text-align: %(align)s; }
h1 { text-align: center; margin: 0 0 10pt; }
h2 { font-size: %(hsize)spt; color: %(hcolor)s; margin: 12pt 0 5pt; break-after: avoid; }
h2.shaded { background: #e6ecf2; padding: 2pt 5pt; }
.lines { margin-bottom: 10pt; }
table.kv, table.grid { width: 100%%; border-collapse: collapse; margin-bottom: 8pt; }
table.kv td, table.grid td, table.grid th { padding: 2pt 5pt; vertical-align: top; text-align: left; }
table.b td, table.b th { border: 0.6pt solid #999; }
table.kv td.l { width: %(labelw)s%%; }
table.s td.l { background: #f0f0f0; }
table.grid th { background: #eee; }
.lh { display: flex; gap: 10pt; align-items: center; margin-bottom: 16pt; }
.lh.center { flex-direction: column; text-align: center; }
.lh.right { flex-direction: row-reverse; text-align: right; }
.lh.rule { border-bottom: 1.2pt solid %(accent)s; padding-bottom: 5pt; }
.lh .name { font-weight: bold; font-size: 1.25em; }
.lh .sub { font-size: .8em; color: #444; }
.biglogo { text-align: center; margin-bottom: 18pt; }
.biglogo .n { font-size: 24pt; font-weight: bold; letter-spacing: .04em; }
.biglogo .s { font-size: 10pt; color: #444; }
.sig { margin: 4pt 0 10pt; break-inside: avoid; }
.sig img.s { height: 14mm; display: block; }
.sig img.st { height: 24mm; float: right; margin-top: -16mm; }
.mono { font-family: 'DejaVu Sans Mono', monospace; white-space: pre; }
.cols { display: grid; grid-template-columns: %(side)s%% 1fr; gap: 7mm; }
.cols .side { background: %(shade)s; padding: 5mm 4mm; font-size: .92em; }
.photo { background: #d8d8d8; border: 0.5pt solid #aaa; margin-bottom: 6mm; }
.toc td { padding: 3pt 0; } .toc td.dots { border-bottom: 1pt dotted #777; width: 100%%; } .toc td.n { padding-left: 6pt; }
.pb { break-before: page; }
ul, ol { margin: 0 0 8pt; padding-left: 18pt; } li { margin-bottom: 3pt; }
"""
FOOTER_BOXES = {
    "page_x_of_y": '@bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #555; }',
    "x_slash_y": '@bottom-center { content: counter(page) "/" counter(pages); font-size: 8pt; }',
    "dash": '@bottom-center { content: "– " counter(page) " –"; font-size: 9pt; }',
    "page_x": '@bottom-right { content: "Page " counter(page); font-size: 8pt; }',
    "seite": '@bottom-right { content: "Seite " counter(page) " von " counter(pages); font-size: 8pt; }',
    "pagina": '@bottom-right { content: "Página " counter(page) " de " counter(pages); font-size: 8pt; }',
}


def _html_block(b, doc: m.Document) -> str:
    if isinstance(b, m.Letterhead):
        img = f'<img src="{_data_uri(logo_png(b.logo, b.color, 160))}" style="height:16mm">' if b.logo else ""
        lines = "".join(f'<div class="sub">{esc(x)}</div>' for x in b.lines)
        return (f'<div class="lh {b.align}{" rule" if b.rule else ""}">{img}<div><div class="name" '
                f'style="color:{b.color}">{esc(b.name)}</div>{lines}</div></div>')
    if isinstance(b, BigLogo):
        return (f'<div class="biglogo"><img src="{_data_uri(logo_png("circle", b.color, 320))}" style="height:34mm">'
                f'<div class="n" style="color:{b.color}">{esc(b.name)}</div><div class="s">{esc(b.subtitle)}</div></div>')
    if isinstance(b, m.Title):
        style = f"font-size:{b.size or 16}pt;text-align:{b.align};" + ("" if b.bold else "font-weight:normal;") + \
            ("text-decoration:underline;" if b.underline else "")
        text = b.text.upper() if b.caps else b.text
        return f'<h1 style="{style}margin-bottom:{b.space_after}pt">{esc(text)}</h1>'
    if isinstance(b, m.Heading):
        return f'<h2{" class=shaded" if b.shaded else ""}>{esc(b.text)}</h2>'
    if isinstance(b, m.Para):
        style = (f"text-align:{b.align};" if b.align else "") + ("font-weight:bold;" if b.bold else "") + \
            ("font-style:italic;" if b.italic else "") + (f"font-size:{b.size}pt;" if b.size else "")
        return f'<p style="{style}">{esc(b.text).replace(chr(10), "<br>")}</p>'
    if isinstance(b, m.Lines):
        first = [f"<b>{esc(b.lines[0])}</b>"] if b.bold_first and b.lines else []
        rest = [esc(x) for x in b.lines[len(first):]]
        size = f"font-size:{b.size}pt;" if b.size else ""
        return f'<div class="lines" style="text-align:{b.align};{size}">{"<br>".join(first + rest)}</div>'
    if isinstance(b, m.KV):
        cls = "kv" + (" b" if b.grid else "") + (" s" if b.shade else "")
        rows = "".join(f'<tr><td class="l">{esc(k)}</td><td>{esc(v).replace(chr(10), "<br>")}</td></tr>' for k, v in b.rows)
        return f'<table class="{cls}" style="--w:{b.label_width}">{rows}</table>'
    if isinstance(b, m.Grid):
        rows = b.rows
        head = f"<tr>{''.join(f'<th>{esc(c)}</th>' for c in rows[0])}</tr>" if b.header else ""
        body = "".join(f"<tr>{''.join(f'<td>{esc(c)}</td>' for c in r)}</tr>" for r in rows[1 if b.header else 0:])
        return f'<table class="grid b">{head}{body}</table>'
    if isinstance(b, m.Signature):
        img = f'<img class="s" src="{_data_uri(scribble_png(b.seed))}">' if b.scribble else '<div style="height:12mm"></div>'
        st = f'<img class="st" src="{_data_uri(stamp_png(b.stamp, b.seed))}">' if b.stamp else ""
        return f'<div class="sig">{img}{st}<b>{esc(b.name)}</b>' + "".join(f"<br>{esc(x)}" for x in b.lines) + "</div>"
    if isinstance(b, m.Gap):
        return f'<div style="height:{b.mm}mm"></div>'
    if isinstance(b, m.PageBreak):
        return '<div class="pb"></div>'
    if isinstance(b, m.Mono):
        return f'<div class="mono" style="font-size:{b.size}pt">{esc(chr(10).join(b.lines))}</div>'
    if isinstance(b, m.Checklist):
        return "".join(f"<div>{'☒' if ok else '☐'} {esc(t)}</div>" for ok, t in b.items)
    if isinstance(b, Bullets):
        tag = "ol" if b.numbered else "ul"
        size = f' style="font-size:{b.size}pt"' if b.size else ""
        return f'<{tag} start="{b.start}"{size}>' + "".join(f"<li>{esc(i)}</li>" for i in b.items) + f"</{tag}>"
    if isinstance(b, Leaders):
        return '<table class="toc">' + "".join(f'<tr><td style="white-space:nowrap">{esc(t)}</td><td class="dots"></td>'
                                               f'<td class="n">{esc(n)}</td></tr>' for t, n in b.rows) + "</table>"
    if isinstance(b, Photo):
        return f'<div class="photo" style="width:{b.width_mm}mm;height:{b.height_mm}mm"></div>'
    if isinstance(b, Columns):
        side = "".join(_html_block(x, doc) for x in _flat(b.side))
        main = "".join(_html_block(x, doc) for x in _flat(b.main))
        return f'<div class="cols"><div class="side">{side}</div><div class="main">{main}</div></div>'
    return ""


def to_html(doc: m.Document, extras: Extras | None = None, side: float = 0.32, shade: str = "#eef2f6") -> str:
    st = doc.style
    extras = extras or Extras()
    left, right, top, bottom = st.margins_mm
    boxes = FOOTER_BOXES.get(st.footer or "", "")
    if st.footer_text:
        boxes += f' @bottom-left {{ content: "{st.footer_text}"; font-size: 8pt; color: #555; }}'
    if extras.running_header:
        boxes += f' @top-left {{ content: "{extras.running_header}"; font-size: 8.5pt; color: #555; }}'
    first = "" if extras.header_every_page or not extras.running_header else "@page :first { @top-left { content: none; } }"
    for b in doc.blocks:
        if isinstance(b, Columns):
            side, shade = b.side_width, b.shade
    css = HTML_CSS % dict(page=st.page, top=top, right=right, bottom=bottom, left=left, boxes=boxes, first=first,
                          font=CSS_FAMILY.get(st.font, st.font), size=st.size, leading=st.leading, space=st.para_space,
                          align="justify" if st.justify else "left", hsize=st.heading_size or st.size + 1.5,
                          hcolor=st.heading_color, labelw=36, accent=st.letterhead.color if st.letterhead else "#333",
                          side=int(side * 100), shade=shade)
    body = "\n".join(_html_block(b, doc) for b in _flat(_blocks_with_letterhead(doc)))
    return (f'<!DOCTYPE html><html lang="{doc.language}"><head><meta charset="utf-8"><style>{css}</style></head>'
            f"<body>{body}</body></html>")


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-pdf-header-footer", "--disable-extensions",
                  "--hide-scrollbars"]


def chromium(html_text: str) -> bytes:
    """Print an HTML page with headless Chromium (a fresh profile each time, as the shared machine asks)."""
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not exe:
        raise RuntimeError("Chromium not found")
    with tempfile.TemporaryDirectory(prefix="varied-chromium-") as tmp:
        src, out = Path(tmp) / "doc.html", Path(tmp) / "doc.pdf"
        src.write_text(html_text, encoding="utf-8")
        cmd = [exe, *CHROMIUM_FLAGS, f"--user-data-dir={tmp}/profile", f"--print-to-pdf={out}", src.as_uri()]
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
        if not out.exists():
            raise RuntimeError(f"chromium failed: {res.stderr[-600:]}")
        return out.read_bytes()


# ====================================================================== Markdown (pandoc → DOCX/ODT → LibreOffice, or → HTML)
def _md_escape(text: str) -> str:
    return re.sub(r"([\\`*_{}\[\]<>#+!|])", r"\\\1", text).replace("\n", "\\\n")


def _md_block(b, images: dict[str, bytes]) -> str:
    if isinstance(b, m.Letterhead):
        return "| **" + _md_escape(b.name) + "**\n" + "".join(f"| {_md_escape(x)}\n" for x in b.lines)
    if isinstance(b, (m.Title, BigLogo)):
        return "# " + _md_escape(b.text if isinstance(b, m.Title) else b.name)
    if isinstance(b, m.Heading):
        return "## " + _md_escape(b.text)
    if isinstance(b, m.Para):
        t = _md_escape(b.text)
        return f"**{t}**" if b.bold else f"*{t}*" if b.italic else t
    if isinstance(b, m.Lines):
        return "\n".join("| " + _md_escape(x) for x in b.lines)
    if isinstance(b, m.KV):
        return "\n".join(f"| **{_md_escape(k)}:** {_md_escape(v)}" for k, v in b.rows)
    if isinstance(b, m.Grid):
        rows = b.rows if b.header else [[""] * len(b.rows[0])] + b.rows
        lines = ["| " + " | ".join(_md_escape(c).replace("\\\n", " ") for c in rows[0]) + " |",
                 "|" + "|".join("---" for _ in rows[0]) + "|"]
        lines += ["| " + " | ".join(_md_escape(c).replace("\\\n", " ") for c in r) + " |" for r in rows[1:]]
        return "\n".join(lines)
    if isinstance(b, m.Signature):
        out = ""
        if b.scribble:
            name = f"sig{b.seed}.png"
            images[name] = scribble_png(b.seed)
            out = f"![]({name}){{width=45mm}}\n\n"
        return out + "\n".join(["| " + _md_escape(b.name)] + ["| " + _md_escape(x) for x in b.lines])
    if isinstance(b, Bullets):
        return "\n".join((f"{i}. " if b.numbered else "- ") + _md_escape(t) for i, t in enumerate(b.items, b.start))
    if isinstance(b, m.Mono):
        return "```\n" + "\n".join(b.lines) + "\n```"
    if isinstance(b, m.Checklist):
        return "\n".join(f"- [{'x' if ok else ' '}] {_md_escape(t)}" for ok, t in b.items)
    if isinstance(b, Leaders):
        return "\n".join(f"| {_md_escape(t)} .......... {n}" for t, n in b.rows)
    if isinstance(b, Columns):
        return "\n\n".join(_md_block(x, images) for x in _flat(b.side) + _flat(b.main))
    return ""


def to_markdown(doc: m.Document) -> tuple[str, dict[str, bytes]]:
    images: dict[str, bytes] = {}
    parts = [_md_block(b, images) for b in _flat(_blocks_with_letterhead(doc))]
    return "\n\n".join(p for p in parts if p) + "\n", images


def pandoc_file(doc: m.Document, fmt: str, workdir: Path, stem: str) -> Path:
    """Markdown → DOCX or ODT with pandoc (its default reference styles); LibreOffice prints it later."""
    md, images = to_markdown(doc)
    workdir.mkdir(parents=True, exist_ok=True)
    for name, data in images.items():
        (workdir / name).write_bytes(data)
    src = workdir / f"{stem}.md"
    src.write_text(md, encoding="utf-8")
    out = workdir / f"{stem}.{fmt}"
    subprocess.run(["pandoc", "-f", "markdown", "-t", fmt, "--resource-path", str(workdir), "-o", str(out), str(src)],
                   check=True, cwd=workdir, capture_output=True)
    return out


def pandoc_html(doc: m.Document, css: str) -> str:
    """Markdown → standalone HTML with pandoc, to be printed by Chromium."""
    md, images = to_markdown(doc)
    for name, data in images.items():
        md = md.replace(f"]({name})", f"]({_data_uri(data)})")
    res = subprocess.run(["pandoc", "-f", "markdown", "-t", "html5", "--standalone", "--metadata", "pagetitle=document",
                          "--metadata", f"lang={doc.language}"], input=md, capture_output=True, text=True, check=True)
    return res.stdout.replace("</head>", f"<style>{css}</style></head>")


# ====================================================================== python-docx letter with the letterhead in the page header
def word_letter_docx(doc: m.Document, *, closing_on_new_page: bool) -> bytes:
    """A Word letter whose letterhead is in the header, so that it repeats on every page; with
    ``closing_on_new_page`` the closing and signature stand alone on page 2, as when the body fills page 1."""
    from docx import Document as Docx
    from docx.shared import Mm, Pt, RGBColor

    d = Docx()
    sec = d.sections[0]
    st = doc.style
    sec.page_width, sec.page_height = (Mm(210), Mm(297)) if st.page == "A4" else (Mm(215.9), Mm(279.4))
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = (Mm(x) for x in st.margins_mm[:2] + (45, 22))
    sec.header_distance = Mm(10)
    normal = d.styles["Normal"]
    normal.font.name = {"times": "Liberation Serif", "liberation-serif": "Liberation Serif"}.get(st.font, "Liberation Sans")
    normal.font.size = Pt(st.size)
    lh = st.letterhead
    if lh:
        hp = sec.header.paragraphs[0]
        if lh.logo:
            hp.add_run().add_picture(io.BytesIO(logo_png(lh.logo, lh.color, 160)), height=Mm(14))
            hp.add_run("   ")
        r = hp.add_run(lh.name)
        r.bold, r.font.size = True, Pt(13)
        r.font.color.rgb = RGBColor.from_string(lh.color.lstrip("#").upper())
        for line in lh.lines:
            p = sec.header.add_paragraph(line)
            p.runs[0].font.size = Pt(8)
    sig_at = next(i for i, b in enumerate(doc.blocks) if isinstance(b, m.Signature))
    closing_at = sig_at - 1 if isinstance(doc.blocks[sig_at - 1], m.Para) else sig_at
    for i, b in enumerate(doc.blocks):
        if isinstance(b, m.Para):
            p = d.add_paragraph()
            run = p.add_run(b.text)
            run.bold, run.italic = b.bold, b.italic
            p.paragraph_format.space_after = Pt(st.para_space)
            if st.justify and not b.bold:
                p.alignment = 3
        elif isinstance(b, m.Lines):
            p = d.add_paragraph("\n".join(b.lines))
            p.alignment = {"left": 0, "center": 1, "right": 2}[b.align]
        elif isinstance(b, m.Title):
            p = d.add_paragraph()
            r = p.add_run(b.text)
            r.bold, r.font.size = True, Pt(b.size or 14)
        elif isinstance(b, m.Signature):
            p = d.add_paragraph()
            if b.scribble:
                p.add_run().add_picture(io.BytesIO(scribble_png(b.seed)), height=Mm(13))
            d.add_paragraph("\n".join([b.name] + b.lines))
        else:
            continue
        if i == closing_at and closing_on_new_page:
            p.paragraph_format.page_break_before = True
    buf = io.BytesIO()
    d.core_properties.author = ""
    d.save(buf)
    return buf.getvalue()


# ====================================================================== groff -ms → PostScript → Ghostscript
def _troff(text: str) -> str:
    t = text.replace("\\", "\\e")
    return "\n".join(("\\&" + ln) if ln[:1] in ".'" else ln for ln in t.split("\n"))


def to_groff(doc: m.Document) -> str:
    st = doc.style
    text_width_cm = (210 - st.margins_mm[0] - st.margins_mm[1]) / 10
    out = [".nr PS %d" % round(st.size), ".nr VS %d" % round(st.size * 1.3), f".nr PO {st.margins_mm[0] / 10}c",
           f".nr LL {text_width_cm}c", f".ll {text_width_cm}c", f".po {st.margins_mm[0] / 10}c", ".nr PD 0.5v"]
    if st.font in ("helvetica", "arial", "liberation-sans", "dejavu-sans"):
        out.append(".fam H")
    if not st.justify:
        out.append(".ad l")
    for b in _flat(_blocks_with_letterhead(doc)):
        if isinstance(b, m.Letterhead):
            out += [".LP", ".ce %d" % (len(b.lines) + 1), f"\\s+4\\fB{_troff(b.name)}\\fP\\s0"] + [_troff(x) for x in b.lines]
            out += [".sp", "\\l'\\n(.lu'" if b.rule else "", ".sp"]
        elif isinstance(b, m.Title):
            out += [".LP", ".ce 1" if b.align == "center" else "", f"\\s+4\\fB{_troff(b.text)}\\fP\\s0", ".sp 0.5"]
        elif isinstance(b, m.Heading):
            out += [".SH", _troff(b.text)]
        elif isinstance(b, m.Para):
            font = "\\fB" if b.bold else "\\fI" if b.italic else ""
            end = "\\fP" if font else ""
            out += [".PP" if not b.bold else ".LP", font + _troff(b.text) + end]
        elif isinstance(b, (m.Lines, m.Mono)):
            adj = {"right": ".rj %d", "center": ".ce %d"}.get(getattr(b, "align", "left"))
            out += [".LP", ".nf"] + ([adj % len(b.lines)] if adj else []) + [_troff(x) for x in b.lines] + [".fi"]
        elif isinstance(b, m.KV):
            out += [".LP", ".TS", "tab(\t) expand;" if not b.grid else "tab(\t) expand allbox;", "lB lx."]
            out += [f"{_troff(k)}\tT{{\n{_troff(v)}\nT}}" for k, v in b.rows] + [".TE"]
        elif isinstance(b, m.Grid):
            cols = len(b.rows[0])
            out += [".LP", ".TS", "tab(\t) expand allbox;", " ".join(["lB"] * cols), " ".join(["l"] * (cols - 1) + ["lx"]) + "."]
            out += ["\t".join(f"T{{\n{_troff(c)}\nT}}" for c in r) for r in b.rows] + [".TE"]
        elif isinstance(b, m.Signature):
            out += [".LP", ".sp 2", ".nf", f"\\fB{_troff(b.name)}\\fP"] + [_troff(x) for x in b.lines] + [".fi"]
        elif isinstance(b, Bullets):
            for i, t in enumerate(b.items, b.start):
                out += [".IP %s 4" % (f"{i}." if b.numbered else "\\(bu"), _troff(t)]
        elif isinstance(b, m.Gap):
            out.append(f".sp {b.mm}m")
        elif isinstance(b, m.PageBreak):
            out.append(".bp")
    return "\n".join(x for x in out if x != "") + "\n"


def groff_pdf(doc: m.Document) -> bytes:
    """groff -ms (with tbl and preconv for accents) to PostScript, then ps2pdf: Ghostscript's own PDF."""
    src = to_groff(doc)
    ps = subprocess.run(["groff", "-k", "-t", "-ms", "-Tps", "-dpaper=a4", "-P-pa4"], input=src.encode(),
                        capture_output=True, check=True).stdout
    with tempfile.TemporaryDirectory(prefix="varied-groff-") as tmp:
        (Path(tmp) / "in.ps").write_bytes(ps)
        subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", "-dFIXEDMEDIA", "in.ps", "out.pdf"], cwd=tmp, check=True,
                       capture_output=True, env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000"})
        return (Path(tmp) / "out.pdf").read_bytes()


# ====================================================================== typst
def _ty(text: str) -> str:
    """Text as a typst string expression (no markup is interpreted inside it)."""
    return "#" + json.dumps(text, ensure_ascii=False)


def _typst_block(b, images: dict[str, bytes]) -> str:
    if isinstance(b, m.Letterhead):
        name = f"logo-{b.logo}-{b.color.strip('#')}.png"
        img = ""
        if b.logo:
            images[name] = logo_png(b.logo, b.color, 160)
            img = f'image("{name}", height: 15mm), '
        lines = " ".join(f"{_ty(x)} \\ " for x in b.lines)
        return (f"#grid(columns: ({'18mm, ' if b.logo else ''}1fr), gutter: 4mm, {img}"
                f"[#text(size: 13pt, weight: \"bold\", fill: rgb(\"{b.color}\"))[{_ty(b.name)}] \\ "
                f"#text(size: 8pt)[{lines}]])\n#line(length: 100%, stroke: 0.8pt + rgb(\"{b.color}\"))\n#v(6mm)")
    if isinstance(b, BigLogo):
        images["biglogo.png"] = logo_png("circle", b.color, 320)
        return (f'#align(center)[#image("biglogo.png", height: 32mm) \\ #text(size: 24pt, weight: "bold", '
                f'fill: rgb("{b.color}"))[{_ty(b.name)}] \\ #text(size: 10pt)[{_ty(b.subtitle)}]]\n#v(6mm)')
    if isinstance(b, m.Title):
        return (f"#align({b.align})[#text(size: {b.size or 16}pt, weight: \"{'bold' if b.bold else 'regular'}\")"
                f"[{_ty(b.text.upper() if b.caps else b.text)}]]\n#v({b.space_after}pt)")
    if isinstance(b, m.Heading):
        return f"#v(4pt)\n#block(below: 6pt)[#text(size: 11.5pt, weight: \"bold\")[{_ty(b.text)}]]"
    if isinstance(b, m.Para):
        t = _ty(b.text.replace("\n", " "))
        if b.bold:
            t = f"#strong[{t}]"
        if b.italic:
            t = f"#emph[{t}]"
        return f"#par[{t}]" if not b.align else f"#align({b.align})[{t}]"
    if isinstance(b, m.Lines):
        inner = " \\ ".join(_ty(x) for x in b.lines)
        return f"#align({b.align})[{inner}]\n#v(4pt)"
    if isinstance(b, m.KV):
        cells = ", ".join(f"[{_ty(k)}], [{_ty(v)}]" for k, v in b.rows)
        stroke = "0.5pt + gray" if b.grid else "none"
        return f"#table(columns: ({int(b.label_width * 100)}%, 1fr), stroke: {stroke}, inset: 4pt, {cells})"
    if isinstance(b, m.Grid):
        cols = len(b.rows[0])
        cells = ", ".join(f"[{_ty(c)}]" if not (b.header and i == 0) else f"[*{_ty(c)}*]"
                          for i, r in enumerate(b.rows) for c in r)
        return f"#table(columns: {cols}, stroke: 0.5pt + gray, inset: 4pt, {cells})"
    if isinstance(b, m.Signature):
        img = ""
        if b.scribble:
            images[f"sig{b.seed}.png"] = scribble_png(b.seed)
            img = f'#image("sig{b.seed}.png", height: 12mm)\n'
        return img + "#block[" + " \\ ".join([f"*{_ty(b.name)}*"] + [_ty(x) for x in b.lines]) + "]"
    if isinstance(b, Bullets):
        mark = "+" if b.numbered else "-"
        body = "\n".join(f"{mark} {_ty(t)}" for t in b.items)
        return (f"#set enum(start: {b.start})\n" if b.numbered else "") + body
    if isinstance(b, Photo):
        return f'#rect(width: {b.width_mm}mm, height: {b.height_mm}mm, fill: luma(215), stroke: 0.4pt + gray)'
    if isinstance(b, Columns):
        side = "\n\n".join(_typst_block(x, images) for x in _flat(b.side))
        main = "\n\n".join(_typst_block(x, images) for x in _flat(b.main))
        return (f"#grid(columns: ({int(b.side_width * 100)}%, 1fr), gutter: 7mm,\n"
                f"block(fill: rgb(\"{b.shade}\"), inset: 4mm, width: 100%)[\n{side}\n],\n[\n{main}\n])")
    if isinstance(b, m.Gap):
        return f"#v({b.mm}mm)"
    if isinstance(b, m.PageBreak):
        return "#pagebreak()"
    if isinstance(b, Leaders):
        return "\n".join(f"{_ty(t)} #box(width: 1fr, repeat[.]) {_ty(n)} \\" for t, n in b.rows)
    return ""


TYPST_FOOTERS = {
    "page_x_of_y": 'context align(right, text(size: 8pt)[Page #counter(page).display() of #counter(page).final().first()])',
    "seite": 'context align(right, text(size: 8pt)[Seite #counter(page).display() von #counter(page).final().first()])',
    "x_slash_y": 'context align(center, text(size: 8pt)[#counter(page).display() / #counter(page).final().first()])',
    "dash": 'context align(center, text(size: 9pt)[– #counter(page).display() –])',
}


def to_typst(doc: m.Document, extras: Extras | None = None) -> tuple[str, dict[str, bytes]]:
    st = doc.style
    extras = extras or Extras()
    images: dict[str, bytes] = {}
    left, right, top, bottom = st.margins_mm
    footer = TYPST_FOOTERS.get(st.footer or "", "none")
    header = "none"
    if extras.running_header:
        cond = "true" if extras.header_every_page else "counter(page).get().first() > 1"
        header = f'context if {cond} {{ text(size: 8.5pt, fill: gray)[{_ty(extras.running_header)}] }}'
    family = TYPST_FAMILY.get(st.font, "Liberation Sans")
    head = ['#set document(title: none, date: none)',
            f'#set page(paper: "{"a4" if st.page == "A4" else "us-letter"}", margin: (left: {left}mm, right: {right}mm, '
            f'top: {top}mm, bottom: {bottom}mm), footer: {footer}, header: {header})',
            f'#set text(font: ("{family}", "Noto Sans CJK SC"), size: {st.size}pt, lang: "{doc.language if len(doc.language) == 2 else "en"}")',
            f'#set par(justify: {"true" if st.justify else "false"}, leading: {round((st.leading - 1) * 1.6, 2)}em, spacing: {st.para_space + 4}pt)']
    body = [_typst_block(b, images) for b in _flat(_blocks_with_letterhead(doc))]
    return "\n".join(head) + "\n\n" + "\n\n".join(x for x in body if x) + "\n", images


def typst_pdf(doc: m.Document, extras: Extras | None = None) -> bytes:
    import typst
    src, images = to_typst(doc, extras)
    with tempfile.TemporaryDirectory(prefix="varied-typst-") as tmp:
        for name, data in images.items():
            (Path(tmp) / name).write_bytes(data)
        (Path(tmp) / "doc.typ").write_text(src, encoding="utf-8")
        return typst.compile(str(Path(tmp) / "doc.typ"), font_paths=[str(FONT_DIR), "/usr/share/fonts/opentype"])


# ====================================================================== fpdf2
def fpdf2_pdf(doc: m.Document) -> bytes:
    """fpdf2's own layout: cells and multi-cells, tables through its table API, DejaVu TrueType subsets."""
    import datetime as dt

    from fpdf import FPDF
    from fpdf.fonts import FontFace

    st = doc.style
    pdf = FPDF(format="A4" if st.page == "A4" else "Letter", unit="mm")
    pdf.set_creation_date(dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))
    pdf.set_margins(st.margins_mm[0], st.margins_mm[2], st.margins_mm[1])
    pdf.set_auto_page_break(True, st.margins_mm[3])
    serif = st.font in ("times", "liberation-serif", "dejavu-serif")
    base = FONT_DIR / "dejavu" / ("DejaVuSerif" if serif else "DejaVuSans")
    pdf.add_font("body", "", f"{base}.ttf")
    pdf.add_font("body", "B", f"{base}-Bold.ttf")
    pdf.add_font("body", "I", f"{base}{'-Italic' if serif else '-Oblique'}.ttf")
    footer_kind = st.footer

    def footer():
        if footer_kind:
            pdf.set_y(-12)
            pdf.set_font("body", "", 7.5)
            pdf.cell(0, 5, f"Page {pdf.page_no()} of {{nb}}" if footer_kind == "page_x_of_y" else f"{pdf.page_no()}",
                     align="R")

    pdf.footer = footer
    pdf.add_page()
    size = st.size
    lh = size * 0.45 * st.leading

    def text(t: str, style: str = "", sz: float | None = None, align: str = "L"):
        pdf.set_font("body", style, sz or size)
        pdf.multi_cell(0, (sz or size) * 0.45 * st.leading, t, align=align, new_x="LMARGIN", new_y="NEXT")

    for b in _flat(_blocks_with_letterhead(doc)):
        if isinstance(b, m.Letterhead):
            if b.logo:
                pdf.image(io.BytesIO(logo_png(b.logo, b.color, 160)), x=pdf.l_margin, y=pdf.get_y(), h=15)
                pdf.set_x(pdf.l_margin + 20)
            pdf.set_text_color(*(int(b.color[i:i + 2], 16) for i in (1, 3, 5)))
            pdf.set_font("body", "B", 13)
            pdf.cell(0, 7, b.name, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(60, 60, 60)
            for x in b.lines:
                pdf.set_x(pdf.l_margin + (20 if b.logo else 0))
                pdf.set_font("body", "", 8)
                pdf.cell(0, 4, x, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(8)
        elif isinstance(b, m.Title):
            text(b.text.upper() if b.caps else b.text, "B", b.size or 16, {"center": "C", "left": "L", "right": "R"}[b.align])
            pdf.ln(b.space_after * 0.35)
        elif isinstance(b, m.Heading):
            pdf.ln(2)
            pdf.set_fill_color(220, 228, 238)
            pdf.set_font("body", "B", size + 1.5)
            pdf.cell(0, 7, b.text, fill=b.shaded, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif isinstance(b, m.Para):
            text(b.text, "B" if b.bold else "I" if b.italic else "", b.size,
                 "J" if st.justify and not b.align else {"center": "C", "right": "R"}.get(b.align or "", "L"))
            pdf.ln(st.para_space * 0.3)
        elif isinstance(b, m.Lines):
            for x in b.lines:
                text(x, "", b.size, {"center": "C", "left": "L", "right": "R"}[b.align])
            pdf.ln(3)
        elif isinstance(b, (m.KV, m.Grid)):
            rows = b.rows if isinstance(b, m.Grid) else [list(r) for r in b.rows]
            head = isinstance(b, m.Grid) and b.header
            widths = (b.widths if isinstance(b, m.Grid) and b.widths else
                      [b.label_width, 1 - b.label_width] if isinstance(b, m.KV) else None)
            pdf.set_font("body", "", size - 0.5)
            with pdf.table(col_widths=tuple(int(w * 100) for w in widths) if widths else None, first_row_as_headings=head,
                           line_height=lh, headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)),
                           borders_layout="ALL" if getattr(b, "grid", True) else "NONE") as table:
                for r in rows:
                    row = table.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(3)
        elif isinstance(b, m.Signature):
            if b.scribble:
                pdf.image(io.BytesIO(scribble_png(b.seed)), x=pdf.l_margin, w=45)
            text(b.name, "B")
            for x in b.lines:
                text(x)
        elif isinstance(b, Bullets):
            for i, t in enumerate(b.items, b.start):
                text(f"{i}. {t}" if b.numbered else f"• {t}", "", b.size)
                pdf.ln(1)
        elif isinstance(b, m.Gap):
            pdf.ln(b.mm)
        elif isinstance(b, m.PageBreak):
            pdf.add_page()
    return bytes(pdf.output())


def digest(*parts) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:16]
