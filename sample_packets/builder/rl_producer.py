"""Render a ``Document`` to PDF bytes with reportlab (platypus + canvas art)."""
from __future__ import annotations

import io
import random
import re
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

from . import model as m

rl_config.invariant = 1          # fixed creation date and document ID: rebuilds are byte-identical

_TTF = {
    "DejaVuSans": "dejavu/DejaVuSans.ttf", "DejaVuSans-Bold": "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "dejavu/DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique": "dejavu/DejaVuSans-BoldOblique.ttf",
    "DejaVuSerif": "dejavu/DejaVuSerif.ttf", "DejaVuSerif-Bold": "dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSerif-Italic": "dejavu/DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic": "dejavu/DejaVuSerif-BoldItalic.ttf",
    "DejaVuSansMono": "dejavu/DejaVuSansMono.ttf", "DejaVuSansMono-Bold": "dejavu/DejaVuSansMono-Bold.ttf",
    "LiberationSans": "liberation/LiberationSans-Regular.ttf", "LiberationSans-Bold": "liberation/LiberationSans-Bold.ttf",
    "LiberationSans-Italic": "liberation/LiberationSans-Italic.ttf",
    "LiberationSans-BoldItalic": "liberation/LiberationSans-BoldItalic.ttf",
    "LiberationSerif": "liberation/LiberationSerif-Regular.ttf", "LiberationSerif-Bold": "liberation/LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic": "liberation/LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic": "liberation/LiberationSerif-BoldItalic.ttf",
    "LiberationMono": "liberation/LiberationMono-Regular.ttf", "LiberationMono-Bold": "liberation/LiberationMono-Bold.ttf",
}
SYSTEM_FONT_DIR = Path("/usr/share/fonts/truetype")
CJK_FONT = "STSong-Light"

# family -> (regular, bold, italic, bold italic)
FAMILIES = {
    "helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
    "times": ("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"),
    "courier": ("Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique"),
    "dejavu-sans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
    "dejavu-serif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
    "liberation-sans": ("LiberationSans", "LiberationSans-Bold", "LiberationSans-Italic", "LiberationSans-BoldItalic"),
    "arial": ("LiberationSans", "LiberationSans-Bold", "LiberationSans-Italic", "LiberationSans-BoldItalic"),
    "liberation-serif": ("LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic"),
    "liberation-mono": ("LiberationMono", "LiberationMono-Bold", "LiberationMono", "LiberationMono-Bold"),
}
# The standard 14 fonts only cover Windows-1252; documents with other letters use a TrueType twin.
TTF_TWIN = {"helvetica": "liberation-sans", "times": "liberation-serif", "courier": "liberation-mono"}
_registered = False
_font_dir: Path | None = None


def use_slim_fonts(work: Path) -> None:
    """Embed hinting-free copies of the fonts (see fonts.py), made under ``work``."""
    from .fonts import slim
    global _font_dir
    for path in _TTF.values():
        dst = work / path
        if not dst.exists():
            slim(SYSTEM_FONT_DIR / path, dst)
    _font_dir = work


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    base = _font_dir or SYSTEM_FONT_DIR
    for name, path in _TTF.items():
        pdfmetrics.registerFont(TTFont(name, str(base / path)))
    for fam in ("DejaVuSans", "DejaVuSerif", "LiberationSans", "LiberationSerif"):
        it = "-Oblique" if fam == "DejaVuSans" else "-Italic"
        bi = "-BoldOblique" if fam == "DejaVuSans" else "-BoldItalic"
        pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "-Bold", italic=fam + it, boldItalic=fam + bi)
    pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))
    _registered = True


_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]+")


def markup(text: str) -> str:
    """Escape text for a Paragraph, switching CJK runs to the CID font, newlines to <br/>."""
    out = escape(text)
    out = _CJK.sub(lambda mt: f'<font name="{CJK_FONT}">{mt.group(0)}</font>', out)
    return out.replace("\n", "<br/>")


def _all_text(doc: m.Document) -> str:
    parts = []
    for b in doc.blocks:
        for v in vars(b).values() if hasattr(b, "__dict__") else []:
            parts.append(str(v))
    if doc.style.letterhead:
        parts.append(str(vars(doc.style.letterhead)))
    return " ".join(parts)


def family_for(doc: m.Document) -> tuple[str, str, str, str]:
    fam = "liberation-sans" if doc.style.font == "arial" else doc.style.font
    if fam in TTF_TWIN:
        try:
            _CJK.sub("", _all_text(doc)).encode("cp1252")
        except UnicodeEncodeError:
            fam = TTF_TWIN[fam]
    return FAMILIES[fam]


# ====================================================================== small artwork
def draw_logo(c, kind: str, x: float, y: float, size: float, color) -> None:
    c.saveState()
    c.setFillColor(color)
    c.setStrokeColor(color)
    s = size
    if kind == "cross":
        c.roundRect(x, y, s, s, s * 0.15, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.rect(x + s * 0.4, y + s * 0.15, s * 0.2, s * 0.7, stroke=0, fill=1)
        c.rect(x + s * 0.15, y + s * 0.4, s * 0.7, s * 0.2, stroke=0, fill=1)
    elif kind == "circle":
        c.setLineWidth(1.6)
        c.circle(x + s / 2, y + s / 2, s / 2, stroke=1, fill=0)
        c.circle(x + s / 2, y + s / 2, s * 0.32, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.circle(x + s / 2, y + s / 2, s * 0.12, stroke=0, fill=1)
    elif kind == "shield":
        p = c.beginPath()
        p.moveTo(x, y + s)
        p.lineTo(x + s, y + s)
        p.lineTo(x + s, y + s * 0.45)
        p.curveTo(x + s, y + s * 0.15, x + s * 0.6, y + s * 0.05, x + s / 2, y)
        p.curveTo(x + s * 0.4, y + s * 0.05, x, y + s * 0.15, x, y + s * 0.45)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setStrokeColor(colors.white)
        c.setLineWidth(1.2)
        c.line(x + s * 0.2, y + s * 0.7, x + s * 0.8, y + s * 0.7)
        c.line(x + s / 2, y + s * 0.9, x + s / 2, y + s * 0.25)
    elif kind == "bars":
        for i, h in enumerate((0.55, 0.85, 0.7)):
            c.rect(x + i * s * 0.36, y, s * 0.26, s * h, stroke=0, fill=1)
    c.restoreState()


def draw_scribble(c, x: float, y: float, w: float, h: float, seed: int) -> None:
    rng = random.Random(seed)
    c.saveState()
    c.setStrokeColor(colors.Color(0.08, 0.12, 0.45))
    c.setLineWidth(0.9)
    c.setLineCap(1)
    p = c.beginPath()
    px, py = x, y + h * 0.4
    p.moveTo(px, py)
    steps = rng.randrange(6, 10)
    for i in range(steps):
        nx = x + w * (i + 1) / steps
        ny = y + h * rng.uniform(0.1, 0.9)
        p.curveTo(px + rng.uniform(-6, 14), y + h * rng.uniform(-0.2, 1.3),
                  nx + rng.uniform(-14, 6), y + h * rng.uniform(-0.2, 1.3), nx, ny)
        px, py = nx, ny
    c.drawPath(p, stroke=1, fill=0)
    c.line(x + w * 0.05, y - 1 + rng.uniform(-1, 1), x + w * rng.uniform(0.5, 0.9), y + rng.uniform(-2, 2))
    c.restoreState()


def _fits_cp1252(text: str) -> bool:
    try:
        text.encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


def draw_stamp(c, cx: float, cy: float, r: float, lines: list[str], seed: int) -> None:
    rng = random.Random(seed)
    font = "Helvetica-Bold" if _fits_cp1252("".join(lines)) else "DejaVuSans-Bold"
    c.saveState()
    c.translate(cx, cy)
    c.rotate(rng.uniform(-12, 12))
    col = colors.Color(0.25, 0.2, 0.6, alpha=0.75)
    c.setStrokeColor(col)
    c.setFillColor(col)
    c.setLineWidth(1.4)
    c.circle(0, 0, r, stroke=1, fill=0)
    c.setLineWidth(0.6)
    c.circle(0, 0, r * 0.82, stroke=1, fill=0)
    for i, t in enumerate(lines[:3]):
        size = 7.0
        while size > 4.5 and pdfmetrics.stringWidth(t, font, size) > r * 1.55:
            size -= 0.25
        c.setFont(font, size)
        c.drawCentredString(0, r * 0.12 - i * 9, t)
    c.restoreState()


class Art(Flowable):
    """A fixed-size drawing inside the text flow."""

    def __init__(self, width: float, height: float, painter):
        super().__init__()
        self.width, self.height, self.painter = width, height, painter

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        self.painter(self.canv, self.width, self.height)


# ====================================================================== passport and ticket
def paint_passport(c, w: float, h: float, d: dict) -> None:
    rng = random.Random(d["number"])
    page_h = h / 2 - 3 * mm
    tint = colors.Color(0.93, 0.95, 0.9) if d["code"] not in ("D", "POL") else colors.Color(0.95, 0.92, 0.94)
    for top in (h, page_h):                      # upper (signature) page, lower (data) page
        y0 = top - page_h
        c.setFillColor(tint)
        c.setStrokeColor(colors.Color(0.6, 0.6, 0.6))
        c.roundRect(0, y0, w, page_h, 4 * mm, stroke=1, fill=1)
        c.saveState()
        c.setStrokeColor(colors.Color(0.78, 0.84, 0.8))
        c.setLineWidth(0.3)
        import math
        for k in range(14):
            p = c.beginPath()
            phase = rng.uniform(0, 6.28)
            for i in range(0, 101):
                xx = w * i / 100
                yy = y0 + page_h * (k + 0.5) / 14 + 5 * math.sin(i / 6 + phase + k)
                p.moveTo(xx, yy) if i == 0 else p.lineTo(xx, yy)
            c.drawPath(p)
        c.restoreState()
    # upper page: observations and signature of the bearer
    c.setFillColor(colors.Color(0.35, 0.35, 0.35))
    c.setFont("Helvetica", 6.5)
    c.drawString(8 * mm, h - 10 * mm, "OBSERVATIONS / OBSERVATIONS")
    c.drawString(8 * mm, h - page_h + 14 * mm, "Signature of bearer / Signature du titulaire")
    draw_scribble(c, 10 * mm, h - page_h + 18 * mm, 40 * mm, 7 * mm, rng.randrange(10**6))
    # data page
    top = page_h
    c.setFillColor(colors.Color(0.15, 0.15, 0.2))
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(8 * mm, top - 8 * mm, d["country"])
    c.setFont("Helvetica-Bold", 7.5)
    c.drawRightString(w - 8 * mm, top - 8 * mm, "PASSPORT / PASSEPORT")
    # photo
    px, py, pw, ph = 8 * mm, top - 58 * mm, 32 * mm, 42 * mm
    c.saveState()
    clip = c.beginPath()
    clip.rect(px, py, pw, ph)
    c.clipPath(clip, stroke=0, fill=0)
    c.setFillColor(colors.Color(0.82, 0.82, 0.8))
    c.rect(px, py, pw, ph, stroke=0, fill=1)
    c.setFillColor(colors.Color(0.45, 0.45, 0.45))
    c.ellipse(px + pw * 0.3, py + ph * 0.45, px + pw * 0.7, py + ph * 0.85, stroke=0, fill=1)
    c.ellipse(px + pw * 0.08, py - ph * 0.2, px + pw * 0.92, py + ph * 0.42, stroke=0, fill=1)
    c.restoreState()

    def field(x, y, label, value, size=8.5):
        c.setFillColor(colors.Color(0.3, 0.3, 0.35))
        c.setFont("Helvetica", 5.5)
        c.drawString(x, y + 3.2 * mm, label)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold" if _fits_cp1252(value) else "DejaVuSans-Bold", size)
        c.drawString(x, y, value)

    fx = 46 * mm
    y = top - 17 * mm
    field(fx, y, "Type / Type", "P")
    field(fx + 22 * mm, y, "Code / Code", d["code"])
    field(fx + 50 * mm, y, "Passport No. / N° du passeport", d["number"])
    rows = [("Surname / Nom", d["surname"]), ("Given names / Prénoms", d["given"]),
            ("Nationality / Nationalité", d["nationality"]), ("Date of birth / Date de naissance", d["dob"])]
    for label, value in rows:
        y -= 6.8 * mm
        field(fx, y, label, value)
    y -= 6.8 * mm
    field(fx, y, "Sex / Sexe", d["sex"])
    field(fx + 22 * mm, y, "Place of birth / Lieu de naissance", d["place"])
    y -= 6.8 * mm
    field(fx, y, "Date of issue / Date de délivrance", d["issued"])
    field(fx + 50 * mm, y, "Authority / Autorité", d["authority"][:24], size=7.5)
    y -= 6.8 * mm
    field(fx, y, "Date of expiry / Date d'expiration", d["expiry"])
    c.setFillColor(colors.black)
    c.setFont("Courier-Bold", 11.2)
    c.drawString(6 * mm, top - page_h + 11 * mm, d["mrz"][0])
    c.drawString(6 * mm, top - page_h + 5 * mm, d["mrz"][1])


def paint_ticket(c, w: float, h: float, d: dict) -> None:
    rng = random.Random(d["ticket"])
    c.setFillColor(colors.Color(0.75, 0.05, 0.1))
    c.rect(0, h - 14 * mm, w, 14 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(5 * mm, h - 9.5 * mm, "Online-Ticket")
    c.setFont("Helvetica", 9)
    c.drawRightString(w - 5 * mm, h - 9 * mm, "Standard-Ticket · 2. Klasse")
    c.setFillColor(colors.black)
    y = h - 26 * mm
    for label, value in [("Fahrgast / Passenger", d["name"]), ("Gültig am / Valid on", d["date"]),
                         ("Von / From", d["from_"]), ("Nach / To", d["to"]), ("Zug / Train", d["train"]),
                         ("Abfahrt / Departure", d["dep"]), ("Ankunft / Arrival", d["arr"]),
                         ("Preis / Price", d["price"] + " (inkl. 10 % USt.)"), ("Ticketnummer", d["ticket"])]:
        c.setFont("Helvetica", 7.5)
        c.drawString(5 * mm, y + 3.6 * mm, label)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(5 * mm, y, value)
        y -= 10 * mm
    # a QR-like code
    n, cell = 29, 1.6 * mm
    qx, qy = w - 5 * mm - n * cell, h - 22 * mm - n * cell
    for i in range(n):
        for j in range(n):
            finder = any(i0 <= i < i0 + 7 and j0 <= j < j0 + 7 for i0, j0 in ((0, 0), (0, n - 7), (n - 7, 0)))
            on = (finder and (i in (0, 6, n - 7, n - 1) or j in (0, 6, n - 7, n - 1) or
                              (2 <= i % (n - 7 if i >= n - 7 else 1) <= 4))) if finder else rng.random() < 0.48
            if finder:
                ii, jj = (i if i < 7 else i - (n - 7)), (j if j < 7 else j - (n - 7))
                on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
            if on:
                c.rect(qx + j * cell, qy + (n - 1 - i) * cell, cell, cell, stroke=0, fill=1)
    c.setFont("Helvetica", 6.5)
    c.drawString(5 * mm, 8 * mm, "Dieses Ticket ist nur mit einem gültigen Lichtbildausweis gültig. Nicht übertragbar.")
    c.drawString(5 * mm, 4 * mm, "This ticket is valid only with an official photo ID. Not transferable.")
    c.setStrokeColor(colors.grey)
    c.rect(0, 0, w, h, stroke=1, fill=0)


PAINTERS = {"passport": paint_passport, "ticket": paint_ticket}


# ====================================================================== document rendering
class _Renderer:
    def __init__(self, doc: m.Document):
        register_fonts()
        self.doc = doc
        self.st = doc.style
        self.reg, self.bold, self.ital, self.boldital = family_for(doc)
        self.pagesize = letter if self.st.page == "Letter" else A4
        l, r, t, b = self.st.margins_mm
        self.width = self.pagesize[0] - (l + r) * mm
        self.align = TA_JUSTIFY if self.st.justify else TA_LEFT

    # ---- paragraph styles
    def pstyle(self, size=None, bold=False, italic=False, align=None, space_after=None, leading=None, color=None):
        size = size or self.st.size
        font = {(False, False): self.reg, (True, False): self.bold, (False, True): self.ital,
                (True, True): self.boldital}[(bold, italic)]
        al = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY,
              None: self.align}[align]
        return ParagraphStyle("p", fontName=font, fontSize=size, leading=leading or size * self.st.leading,
                              alignment=al, spaceAfter=self.st.para_space if space_after is None else space_after,
                              textColor=colors.HexColor(color) if color else colors.black)

    def para(self, text, **kw):
        return Paragraph(markup(text), self.pstyle(**kw))

    # ---- blocks
    def letterhead(self, lh: m.Letterhead) -> list:
        color = colors.HexColor(lh.color)
        logo = 15 * mm if lh.logo else 0
        name_style = self.pstyle(size=13, bold=True, align=lh.align, space_after=1, color=lh.color)
        line_style = self.pstyle(size=8, align=lh.align, space_after=0, leading=10, color="#444444")
        text = [Paragraph(markup(lh.name), name_style)] + [Paragraph(markup(x), line_style) for x in lh.lines]
        out: list = []
        if lh.logo and lh.align == "center":
            out.append(Art(self.width, logo + 2 * mm,
                           lambda c, w, h: draw_logo(c, lh.logo, w / 2 - logo / 2, 2 * mm, logo, color)))
            out += text
        elif lh.logo:
            cell = Art(logo + 4 * mm, logo, lambda c, w, h: draw_logo(c, lh.logo, 0, 0, logo, color))
            row = [cell, text] if lh.align == "left" else [text, cell]
            widths = [logo + 6 * mm, self.width - logo - 6 * mm] if lh.align == "left" else \
                     [self.width - logo - 6 * mm, logo + 6 * mm]
            t = Table([row], colWidths=widths)
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
            out.append(t)
        else:
            out += text
        if lh.rule:
            out.append(Art(self.width, 4 * mm, lambda c, w, h: (c.setStrokeColor(color), c.setLineWidth(1.2),
                                                                 c.line(0, 2 * mm, w, 2 * mm))))
        out.append(Spacer(1, 8 * mm))
        return out

    def kv(self, b: m.KV):
        lw = self.width * b.label_width
        rows = [[self.para(k, bold=True, space_after=0, align="left"), self.para(v, space_after=0, align="left")]
                for k, v in b.rows]
        t = Table(rows, colWidths=[lw, self.width - lw])
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        if b.grid:
            cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.Color(0.55, 0.55, 0.55)))
        if b.shade:
            cmds.append(("BACKGROUND", (0, 0), (0, -1), colors.Color(0.91, 0.93, 0.96)))
        if not b.grid:
            cmds.append(("LEFTPADDING", (0, 0), (0, -1), 0))
        t.setStyle(TableStyle(cmds))
        return [t, Spacer(1, self.st.para_space)]

    def grid(self, b: m.Grid):
        n = len(b.rows[0])
        widths = [self.width * f for f in (b.widths or [1 / n] * n)]
        size = b.size or self.st.size - 0.5
        rows = [[self.para(cell, bold=(b.header and i == 0), size=size, space_after=0, align="left") for cell in row]
                for i, row in enumerate(b.rows)]
        t = Table(rows, colWidths=widths, repeatRows=1 if b.header else 0)
        cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.Color(0.5, 0.5, 0.5)), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if b.header:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.93)))
        t.setStyle(TableStyle(cmds))
        return [t, Spacer(1, self.st.para_space + 2)]

    def signature(self, b: m.Signature):
        out = []
        if b.scribble or b.stamp:
            def paint(c, w, h, b=b):
                if b.scribble:
                    draw_scribble(c, 2 * mm, 3 * mm, 45 * mm, 11 * mm, b.seed)
                if b.stamp:
                    draw_stamp(c, 75 * mm, h / 2, 14 * mm, b.stamp, b.seed + 1)
            out.append(Art(self.width, 30 * mm if b.stamp else 17 * mm, paint))
        else:
            out.append(Spacer(1, 6 * mm))
        out.append(self.para(b.name, bold=True, space_after=0, align="left"))
        out += [self.para(x, space_after=0, align="left") for x in b.lines]
        for f in out[:-1]:            # chained keep-with-next: the block moves as one, with its closing line
            f.keepWithNext = 1
        out.append(Spacer(1, self.st.para_space))
        return out

    def checklist(self, b: m.Checklist):
        def box(checked):
            def paint(c, w, h):
                c.setLineWidth(0.8)
                c.rect(1 * mm, 0.5 * mm, 3.5 * mm, 3.5 * mm)
                if checked:
                    c.setLineWidth(1.3)
                    c.line(1.6 * mm, 2.2 * mm, 2.6 * mm, 1 * mm)
                    c.line(2.6 * mm, 1 * mm, 4.3 * mm, 4.4 * mm)
            return Art(7 * mm, 4.5 * mm, paint)
        rows = [[box(ch), self.para(t, space_after=0, align="left")] for ch, t in b.items]
        t = Table(rows, colWidths=[9 * mm, self.width - 9 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return [t, Spacer(1, self.st.para_space)]

    def block(self, b) -> list:
        st = self.st
        if isinstance(b, m.Title):
            text = b.text.upper() if b.caps else b.text
            t = markup(text)
            if b.underline:
                t = f"<u>{t}</u>"
            return [Paragraph(t, self.pstyle(size=b.size or st.size + 5, bold=b.bold, align=b.align,
                                             space_after=b.space_after))]
        if isinstance(b, m.Heading):
            size = st.heading_size or st.size + 1.5
            p = self.para(b.text, size=size, bold=True, align="left", space_after=4, color=st.heading_color)
            p.keepWithNext = 1
            if b.shaded:
                t = Table([[p]], colWidths=[self.width])
                t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.85, 0.88, 0.93)),
                                       ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                t.keepWithNext = 1
                return [Spacer(1, 4), t]
            return [Spacer(1, 5), p]
        if isinstance(b, m.Para):
            p = self.para(b.text, bold=b.bold, italic=b.italic, size=b.size, align=b.align,
                          space_after=b.space_after)
            p.keepWithNext = int(b.keep)
            return [p]
        if isinstance(b, m.Lines):
            st_ = self.pstyle(size=b.size, align=b.align, space_after=b.space_after)
            lines = [markup(x) for x in b.lines]
            if b.bold_first and lines:
                lines[0] = f"<b>{lines[0]}</b>"
            return [Paragraph("<br/>".join(lines), st_)]
        if isinstance(b, m.KV):
            return self.kv(b)
        if isinstance(b, m.Grid):
            return self.grid(b)
        if isinstance(b, m.Signature):
            return self.signature(b)
        if isinstance(b, m.Gap):
            return [Spacer(1, b.mm * mm)]
        if isinstance(b, m.PageBreak):
            return [PageBreak()]
        if isinstance(b, m.BlankPage):
            return [PageBreak(), Spacer(1, 1), PageBreak()]
        if isinstance(b, m.Mono):
            return [Paragraph("<br/>".join(escape(x) for x in b.lines),
                              ParagraphStyle("mono", fontName="Courier-Bold", fontSize=b.size, leading=b.size * 1.4))]
        if isinstance(b, m.Checklist):
            return self.checklist(b)
        if isinstance(b, m.Drawing):
            painter = PAINTERS[b.kind]
            width = min(self.width, 130 * mm)
            return [Art(width, b.height_mm * mm, lambda c, w, h, d=b.data: painter(c, w, h, d))]
        raise TypeError(b)

    # ---- footer
    def footer(self, c, page: int, total: int) -> None:
        st = self.st
        if not st.footer and not st.footer_text:
            return
        c.saveState()
        c.setFont(self.reg, 8)
        c.setFillColor(colors.Color(0.3, 0.3, 0.3))
        y = 10 * mm
        num = {"page_x_of_y": f"Page {page} of {total}", "x_slash_y": f"{page}/{total}", "dash": f"- {page} -",
               "page_x": f"Page {page}", None: ""}[st.footer]
        left = st.margins_mm[0] * mm
        right = self.pagesize[0] - st.margins_mm[1] * mm
        if st.footer_text:
            c.drawString(left, y, st.footer_text)
            c.drawRightString(right, y, num)
        else:
            c.drawCentredString(self.pagesize[0] / 2, y, num) if st.footer in ("dash", "x_slash_y") \
                else c.drawRightString(right, y, num)
        c.restoreState()

    def story(self) -> list:
        story: list = []
        if self.st.letterhead:
            story += self.letterhead(self.st.letterhead)
        for b in self.doc.blocks:
            story += self.block(b)
        return story

    def page_template(self, tid: str, start_page: int, total: int) -> PageTemplate:
        l, r, t, b = self.st.margins_mm
        frame = Frame(l * mm, b * mm, self.pagesize[0] - (l + r) * mm, self.pagesize[1] - (t + b) * mm,
                      leftPadding=6, rightPadding=6, topPadding=6, bottomPadding=6, id=tid + "-frame")

        def on_page(canv, _doc):
            self.footer(canv, canv.getPageNumber() - start_page + 1, total)
        return PageTemplate(id=tid, frames=[frame], onPage=on_page, pagesize=self.pagesize)

    def render(self) -> bytes:
        story = self.story()
        buf = io.BytesIO()
        l, r, t, b = self.st.margins_mm
        doc = SimpleDocTemplate(buf, pagesize=self.pagesize, leftMargin=l * mm, rightMargin=r * mm,
                                topMargin=t * mm, bottomMargin=b * mm, title="", author="", creator="",
                                producer="ReportLab PDF Library - www.reportlab.com")
        renderer = self

        class FooterCanvas(rl_canvas.Canvas):
            """Draws 'Page x of y' once the total page count is known."""

            def __init__(self, *a, **kw):
                super().__init__(*a, **kw)
                self._states = []

            def showPage(self):
                self._states.append(dict(self.__dict__))
                self._startPage()

            def save(self):
                total = len(self._states)
                for i, state in enumerate(self._states, 1):
                    self.__dict__.update(state)
                    renderer.footer(self, i, total)
                    super().showPage()
                super().save()

        doc.build(story, canvasmaker=FooterCanvas)
        return buf.getvalue()


def render(doc: m.Document) -> bytes:
    """One document as a PDF of its own."""
    return _Renderer(doc).render()


def render_together(docs: list[m.Document], page_counts: list[int]) -> bytes:
    """Several documents in one PDF (one page template each), so they share font subsets.

    ``page_counts`` come from rendering each document alone; they give the
    'Page x of y' footers and are checked against the combined layout.
    """
    renderers = [_Renderer(d) for d in docs]
    buf = io.BytesIO()
    templates, story, start = [], [], 1
    for k, (r, n) in enumerate(zip(renderers, page_counts)):
        templates.append(r.page_template(f"d{k}", start, n))
        if k:
            story += [NextPageTemplate(f"d{k}"), PageBreak()]
        story += r.story()
        start += n
    first = renderers[0]
    doc = BaseDocTemplate(buf, pagesize=first.pagesize, pageTemplates=templates, title="", author="",
                          creator="", producer="ReportLab PDF Library - www.reportlab.com")
    doc.build(story)
    data = buf.getvalue()
    from pypdf import PdfReader
    got = len(PdfReader(io.BytesIO(data)).pages)
    if got != sum(page_counts):
        raise RuntimeError(f"combined rendering has {got} pages, expected {sum(page_counts)}")
    return data
