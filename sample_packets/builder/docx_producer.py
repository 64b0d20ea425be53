"""Render a ``Document`` to DOCX with python-docx; LibreOffice turns it into PDF.

Label/value blocks become real Word tables (as in the ESOR DOC template), the
letterhead lives in the first-page header, page numbers are PAGE/NUMPAGES fields.
"""
from __future__ import annotations

import io
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

from docx import Document as new_docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from . import images
from . import model as m

FONTS = {"helvetica": "Arial", "arial": "Arial", "times": "Times New Roman", "courier": "Courier New",
         "dejavu-sans": "DejaVu Sans", "dejavu-serif": "DejaVu Serif", "liberation-sans": "Liberation Sans",
         "liberation-serif": "Liberation Serif", "liberation-mono": "Liberation Mono"}
CJK = "Noto Sans CJK SC"
ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
         "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
FIXED_TIME = datetime(2020, 1, 1, 9, 0, 0)


def _shade(cell_or_par_pr, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell_or_par_pr.append(shd)


def _no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tbl_pr.append(borders)


def _field(paragraph, instr: str) -> None:
    run = paragraph.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", instr), ("w:fldChar", "separate")):
        el = OxmlElement(tag)
        if tag == "w:fldChar":
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = attr
        run._r.append(el)
    paragraph.add_run("1")
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(end)


class _Writer:
    def __init__(self, doc: m.Document):
        self.src = doc
        self.st = doc.style
        self.d = new_docx()
        self.font = FONTS[self.st.font]
        cp = self.d.core_properties
        cp.author = cp.last_modified_by = ""
        cp.created = cp.modified = cp.last_printed = FIXED_TIME
        cp.revision = 1
        normal = self.d.styles["Normal"]
        normal.font.name = self.font
        normal.font.size = Pt(self.st.size)
        rpr = normal.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        rfonts.set(qn("w:eastAsia"), CJK)
        rfonts.set(qn("w:hAnsi"), self.font)
        pf = normal.paragraph_format
        pf.space_after = Pt(self.st.para_space)
        pf.line_spacing = self.st.leading / 1.17   # Word's "single" already includes ~1.17 leading
        sec = self.d.sections[0]
        if self.st.page == "Letter":
            sec.page_width, sec.page_height = Mm(215.9), Mm(279.4)
        else:
            sec.page_width, sec.page_height = Mm(210), Mm(297)
        l, r, t, b = self.st.margins_mm
        sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Mm(l), Mm(r), Mm(t), Mm(b)
        sec.header_distance = Mm(10)
        sec.footer_distance = Mm(8)
        self.text_width = sec.page_width - sec.left_margin - sec.right_margin
        self.body_align = WD_ALIGN_PARAGRAPH.JUSTIFY if self.st.justify else WD_ALIGN_PARAGRAPH.LEFT

    # ---- helpers
    def par(self, container=None, align=None, space_after=None):
        p = (container or self.d).add_paragraph()
        p.alignment = ALIGN[align] if align else self.body_align
        if space_after is not None:
            p.paragraph_format.space_after = Pt(space_after)
        return p

    def run(self, p, text, bold=False, italic=False, size=None, underline=False, color=None, font=None):
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color.lstrip("#").upper())
        if font:
            r.font.name = font
        return r

    def lines(self, p, lines, bold_first=False, size=None):
        for i, line in enumerate(lines):
            for j, part in enumerate(line.split("\n")):
                if i or j:
                    p.add_run().add_break()
                self.run(p, part, bold=bold_first and i == 0, size=size)

    # ---- letterhead in the first-page header
    def letterhead(self, lh: m.Letterhead) -> None:
        sec = self.d.sections[0]
        sec.different_first_page_header_footer = True
        hdr = sec.first_page_header
        p = hdr.paragraphs[0]
        p.alignment = ALIGN[lh.align]
        if lh.logo:
            p.add_run().add_picture(io.BytesIO(images.logo(lh.logo, lh.color)), width=Mm(14))
            p = hdr.add_paragraph()
            p.alignment = ALIGN[lh.align]
        self.run(p, lh.name, bold=True, size=13, color=lh.color)
        p.paragraph_format.space_after = Pt(0)
        q = hdr.add_paragraph()
        q.alignment = ALIGN[lh.align]
        self.lines(q, lh.lines, size=8)
        if lh.rule:
            ppr = q._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr")
            bottom = OxmlElement("w:bottom")
            for k, v in (("w:val", "single"), ("w:sz", "8"), ("w:space", "4"), ("w:color", lh.color.lstrip("#"))):
                bottom.set(qn(k), v)
            bdr.append(bottom)
            ppr.append(bdr)
        # leave room for the header on the first page
        sec.top_margin = Mm(max(self.st.margins_mm[2], 48 if lh.logo else 38))

    def footer(self) -> None:
        st = self.st
        if not st.footer and not st.footer_text:
            return
        sec = self.d.sections[0]
        targets = [sec.footer] + ([sec.first_page_footer] if sec.different_first_page_header_footer else [])
        for ft in targets:
            p = ft.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if st.footer in ("dash", "x_slash_y") and not st.footer_text \
                else WD_ALIGN_PARAGRAPH.RIGHT
            if st.footer_text:
                self.run(p, st.footer_text + "\t\t", size=8)
            kind = st.footer
            if kind == "page_x_of_y":
                self.run(p, "Page ", size=8); _field(p, "PAGE"); self.run(p, " of ", size=8); _field(p, "NUMPAGES")
            elif kind == "x_slash_y":
                _field(p, "PAGE"); self.run(p, "/", size=8); _field(p, "NUMPAGES")
            elif kind == "dash":
                self.run(p, "- ", size=8); _field(p, "PAGE"); self.run(p, " -", size=8)
            elif kind == "page_x":
                self.run(p, "Page ", size=8); _field(p, "PAGE")
            for r in p.runs:
                r.font.size = Pt(8)

    # ---- blocks
    def kv(self, b: m.KV) -> None:
        t = self.d.add_table(rows=0, cols=2)
        if b.grid:
            t.style = self.d.styles["Table Grid"]
        else:
            _no_borders(t)
        t.autofit = False
        lw = int(self.text_width * b.label_width)
        t.columns[0].width, t.columns[1].width = lw, self.text_width - lw
        for k, v in b.rows:
            cells = t.add_row().cells
            cells[0].width, cells[1].width = lw, self.text_width - lw
            p0 = cells[0].paragraphs[0]
            p0.paragraph_format.space_after = Pt(1)
            self.run(p0, k, bold=True)
            p1 = cells[1].paragraphs[0]
            p1.paragraph_format.space_after = Pt(1)
            self.lines(p1, [v])
            if b.shade:
                _shade(cells[0]._tc.get_or_add_tcPr(), "E7ECF4")
        self.par(space_after=2)

    def grid(self, b: m.Grid) -> None:
        n = len(b.rows[0])
        t = self.d.add_table(rows=0, cols=n)
        t.style = self.d.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        widths = [int(self.text_width * f) for f in (b.widths or [1 / n] * n)]
        t.autofit = False
        for col, w in zip(t.columns, widths):
            col.width = w
        for i, row in enumerate(b.rows):
            cells = t.add_row().cells
            for j, text in enumerate(row):
                cells[j].width = widths[j]
                p = cells[j].paragraphs[0]
                p.paragraph_format.space_after = Pt(1)
                self.lines(p, [text], bold_first=b.header and i == 0, size=b.size or self.st.size - 0.5)
                if b.header and i == 0:
                    _shade(cells[j]._tc.get_or_add_tcPr(), "E0E5EE")
        self.par(space_after=2)

    def signature(self, b: m.Signature) -> None:
        p = self.par(align="left", space_after=0)
        p.paragraph_format.keep_with_next = True
        if b.scribble:
            p.add_run().add_picture(io.BytesIO(images.scribble(b.seed)), width=Mm(42))
        if b.stamp:
            p.add_run("      ")
            p.add_run().add_picture(io.BytesIO(images.stamp(b.stamp, b.seed + 1)), width=Mm(27))
        if not b.scribble and not b.stamp:
            p.add_run().add_break()
        q = self.par(align="left")
        q.paragraph_format.keep_together = True
        self.lines(q, [b.name] + b.lines, bold_first=True)

    def block(self, b) -> None:
        st = self.st
        if isinstance(b, m.Title):
            p = self.par(align=b.align, space_after=b.space_after)
            self.run(p, b.text.upper() if b.caps else b.text, bold=b.bold, underline=b.underline,
                     size=b.size or st.size + 5)
        elif isinstance(b, m.Heading):
            p = self.par(align="left", space_after=3)
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.keep_with_next = True
            self.run(p, b.text, bold=True, size=st.heading_size or st.size + 1.5,
                     color=st.heading_color if st.heading_color != "#000000" else None)
            if b.shaded:
                _shade(p._p.get_or_add_pPr(), "D9E0EC")
        elif isinstance(b, m.Para):
            p = self.par(align=b.align, space_after=b.space_after)
            self.lines(p, [b.text], bold_first=b.bold, size=b.size)
            if b.italic:
                for r in p.runs:
                    r.italic = True
            p.paragraph_format.keep_with_next = b.keep
        elif isinstance(b, m.Lines):
            p = self.par(align=b.align, space_after=b.space_after)
            self.lines(p, b.lines, bold_first=b.bold_first, size=b.size)
        elif isinstance(b, m.KV):
            self.kv(b)
        elif isinstance(b, m.Grid):
            self.grid(b)
        elif isinstance(b, m.Signature):
            self.signature(b)
        elif isinstance(b, m.Gap):
            p = self.par(space_after=0)
            p.paragraph_format.space_before = Pt(b.mm * 2.83)
        elif isinstance(b, m.PageBreak):
            self.par().add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(b, m.BlankPage):
            # a stray empty page, as Word leaves it after two manual page breaks
            self.par(space_after=0).add_run().add_break(WD_BREAK.PAGE)
            self.par(space_after=0).add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(b, m.Mono):
            p = self.par(align="left")
            for i, line in enumerate(b.lines):
                if i:
                    p.add_run().add_break()
                self.run(p, line, bold=True, size=b.size, font="Liberation Mono")
        elif isinstance(b, m.Checklist):
            for checked, text in b.items:
                p = self.par(align="left", space_after=2)
                self.run(p, ("☒" if checked else "☐") + "  ", font="DejaVu Sans")
                self.run(p, text)
        elif isinstance(b, m.Drawing):
            for fb in b.fallback:
                self.block(fb)
        else:
            raise TypeError(b)

    def build(self) -> bytes:
        if self.st.letterhead:
            self.letterhead(self.st.letterhead)
        for b in self.src.blocks:
            self.block(b)
        self.footer()
        buf = io.BytesIO()
        self.d.save(buf)
        return buf.getvalue()


def to_docx(doc: m.Document) -> bytes:
    return _Writer(doc).build()


def soffice_binary() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_all(docx_paths: list[Path], outdir: Path, profile: Path) -> None:
    """Convert DOCX files to PDF in one LibreOffice run; raise if any PDF is missing."""
    exe = soffice_binary()
    if not exe:
        raise RuntimeError("LibreOffice (soffice) not found")
    outdir.mkdir(parents=True, exist_ok=True)
    for start in range(0, len(docx_paths), 60):
        chunk = docx_paths[start:start + 60]
        cmd = [exe, f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(outdir)] + [str(p) for p in chunk]
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
        missing = [p for p in chunk if not (outdir / (p.stem + ".pdf")).exists()]
        if res.returncode != 0 or missing:
            raise RuntimeError(f"LibreOffice conversion failed (exit {res.returncode}) for "
                               f"{[p.name for p in missing]}:\n{res.stderr[-2000:]}")
