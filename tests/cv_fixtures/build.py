"""Build the CV fixtures the test_cv_* tests read (run once; the PDFs and DOCX are committed).

    python tests/cv_fixtures/build.py

Needs python-docx, reportlab, Pillow and LibreOffice (soffice); the tests
need none of them. Three producers, as applicants' CVs really reach a PDF:

* ``docx``: the form as a Word document with two-column tables (label | value),
  converted by LibreOffice (table cells, labels with printed hints that wrap);
* ``rl-columns``: a reportlab layout with borderless label/value columns,
  cells aligned at the bottom (values wrapped above their label's line);
* ``rl-inline``: a reportlab layout with "Label: value" lines.

Every person, number and address is invented. ``EXPECTED`` in
tests/cv_fixtures/expected.py says what each fixture must give.
"""

from __future__ import annotations

import copy
import math
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent


# ------------------------------------------------------------------ the form
@dataclass
class KV:
    rows: list[tuple[str, str, str | None]]  # label, printed hint, value


@dataclass
class Grid:
    columns: list[str]
    rows: list[list[str]]
    blank_rows: int = 3  # empty rows in the blank form


@dataclass
class Text:
    text: str | None
    placeholder: str = ""


@dataclass
class Statement:
    text: str


@dataclass
class FormSection:
    heading: str
    items: list = field(default_factory=list)


@dataclass
class Form:
    title: list[str]
    sections: list[FormSection]


@dataclass
class Person:
    surname: str
    first: str
    dob: str
    nationality: str
    residence: str
    address: str
    email: str
    phone: str
    esr: str
    position: str
    department: str
    institution: str
    city: str
    since: str
    degree: str
    board: str
    experience: list[list[str]]
    interests: str
    languages: list[list[str]]
    pubs: str
    refs: list[str]
    congress: str
    previous: str
    place: str
    signed: str


DVORAKOVA = Person(
    "Dvořáková", "Zuzana Běla", "04/11/1990", "Czech", "Czech Republic",
    "Nemocnice Na Homolce, Roentgenova 37/2, 150 30 Praha 5, Czech Republic",
    "z.dvorakova@example.cz", "+420 257 271 111", "M-0458812",
    "Consultant Radiologist", "Department of Radiology", "Nemocnice Na Homolce", "Prague / Czech Republic", "03/2021",
    "Charles University, First Faculty of Medicine, 2015",
    "12/05/2021, Ministry of Health of the Czech Republic",
    [["03/2021 – present", "Nemocnice Na Homolce, Prague", "Consultant Radiologist"],
     ["09/2015 – 02/2021", "General University Hospital in Prague, First Faculty of Medicine, Charles University", "Resident in Radiology"]],
    "Cardiothoracic imaging; cardiac MRI in inherited cardiomyopathies; CT of interstitial lung disease.",
    [["Czech", "mother tongue"], ["English", "C1"], ["German", "B1"]],
    "7",
    [f"Dvořáková Z, Novák P, et al. {t}. {j} 202{i};{30 + i}:{100 + 17 * i}–{109 + 17 * i}." for i, (t, j) in enumerate([
        ("Late gadolinium enhancement patterns in hypertrophic cardiomyopathy carriers", "Eur Radiol"),
        ("T1 mapping at 1.5 T and 3 T in a Central European cohort", "Insights Imaging"),
        ("CT quantification of fibrotic interstitial lung disease: interobserver agreement", "Eur J Radiol"),
        ("Strain imaging with feature tracking in athletes", "J Cardiovasc Magn Reson"),
        ("Incidental pulmonary nodules on cardiac CT", "Radiology"),
    ])],
    "ECR 2023, Vienna: oral presentation RPS 1404; ESCR 2022, Cologne: poster.",
    "none", "Prague", "10/01/2024",
)

WANG = Person(
    "Wang (王)", "Yuqing (雨晴)", "14/03/1989", "Chinese", "China",
    "37 Guoxue Alley, Wuhou District, Chengdu 610041, Sichuan, China (四川省成都市武侯区国学巷37号)",
    "wangyuqing.radiol@example.cn", "+86 28 8542 2114", "M-0213377",
    "Attending Radiologist", "Department of Radiology", "West China Hospital, Sichuan University", "Chengdu / China", "09/2019",
    "West China School of Medicine, Sichuan University, 2014",
    "15/07/2019, Sichuan Provincial Health Commission",
    [["09/2019 – present", "West China Hospital, Sichuan University", "Attending Radiologist"],
     ["09/2016 – 08/2019", "West China Hospital, Sichuan University", "Resident in Radiology (standardised training)"],
     ["09/2014 – 08/2016", "Chengdu Second People's Hospital", "Junior Physician, Imaging Centre"]],
    "Abdominal imaging, liver MRI with hepatobiliary contrast agents, LI-RADS, quantitative MRI of chronic liver disease.",
    [["Chinese (Mandarin)", "mother tongue"], ["English", "C1"]],
    "9",
    ["Wang Y, Song B, et al. Gadoxetic acid-enhanced MRI in chronic hepatitis B. Eur Radiol 2023;33:2101–2110.",
     "Wang Y, Li Z. LI-RADS v2018 categories and histopathology. Insights Imaging 2022;13:88."],
    "ECR 2024, Vienna: poster C-11872; CSR 2023, Xiamen: oral presentation.",
    "none", "Chengdu", "02/02/2025",
)

LEFEVRE = Person(
    "Lefèvre-Nuñez", "Hélène Agnès", "21/06/1991", "French", "France",
    "12 rue de l'Hôpital, 34000 Montpellier, France",
    "helene.lefevre@example.fr", "+33 4 67 00 00 00", "F-2290417",
    "Radiologist (Chef de clinique)", "Service d'Imagerie Médicale", "CHU de Montpellier", "Montpellier / France", "11/2022",
    "Université de Montpellier, Faculté de Médecine, 2016",
    "03/10/2022, Conseil National de l'Ordre des Médecins",
    [["11/2022 – present", "CHU de Montpellier", "Chef de clinique"],
     ["11/2017 – 10/2022", "CHU de Montpellier", "Interne en radiologie"]],
    "Oncologic imaging, radiomics of rectal cancer MRI.",
    [["French", "mother tongue"], ["English", "C1"], ["Spanish", "B2"]],
    "5",
    ["Lefèvre-Nuñez H, et al. MRI radiomics after chemoradiotherapy for rectal cancer. Eur Radiol 2024;34:455–466."],
    "JFR 2023, Paris: oral presentation.",
    "ESOR Visiting Scholarship Programme 2021 (abdominal imaging, Leuven)", "Montpellier", "01/02/2023",
)

STATEMENT = "I confirm that the information given in this CV is correct."


def reference_form(p: Person | None, *, hints: bool = True) -> Form:
    """The reference rendition of the ESOR CV template, filled with ``p`` (blank when None)."""
    v = (lambda value: value) if p else (lambda value: None)
    h = (lambda hint: hint) if hints else (lambda hint: "")
    return Form(["ESOR CURRICULUM VITAE", "European School of Radiology"], [
        FormSection("1. Personal Details", [KV([
            ("Surname", "", v(p and p.surname)), ("First Name(s)", "", v(p and p.first)),
            ("Date of Birth", h("DD/MM/YYYY"), v(p and p.dob)), ("Nationality", "", v(p and p.nationality)),
            ("Country of Residence", "", v(p and p.residence)), ("Address", "", v(p and p.address)),
            ("E-mail", "", v(p and p.email)), ("Phone", "", v(p and p.phone)),
            ("ESR Membership Number", "", v(p and p.esr))])]),
        FormSection("2. Current Position", [KV([
            ("Position", "", v(p and p.position)), ("Department", "", v(p and p.department)),
            ("Institution", "", v(p and p.institution)), ("City / Country", "", v(p and p.city)),
            ("Since", h("MM/YYYY"), v(p and p.since))])]),
        FormSection("3. Education", [KV([
            ("Medical Degree", h("university, year"), v(p and p.degree)),
            ("Board Certification in Radiology", h("date DD/MM/YYYY, awarding authority"), v(p and p.board))])]),
        FormSection("4. Professional Experience", [Grid(["From – To", "Institution", "Position"], p.experience if p else [])]),
        FormSection("5. Fields of Interest / Subspecialty", [Text(v(p and p.interests))]),
        FormSection("6. Language Skills", [Grid(["Language", "Level (CEFR A1–C2 or mother tongue)"], p.languages if p else [])]),
        FormSection("7. Research Activities and Publications", [KV([
            ("Number of peer-reviewed publications", "", v(p and p.pubs)),
            ("Selected references", h("up to five"), v(p and "\n".join(p.refs)))])]),
        FormSection("8. Congress Presentations", [Text(v(p and p.congress))]),
        FormSection("9. Previous ESOR Programmes Attended", [Text(v(p and p.previous))]),
        FormSection("10. Declaration", [Statement(STATEMENT), KV([
            ("Place", "", v(p and p.place)), ("Date", "", v(p and p.signed)), ("Signature", "", v(p and "SIGNATURE"))])]),
    ])


def revised_form(p: Person | None, orcid: str | None = "0000-0002-1825-0097") -> Form:
    """A fictional 2027 revision of the form: the import round-trip fixture (new field, renamed section)."""
    form = reference_form(p)
    form.title = ["ESOR CURRICULUM VITAE 2027", "European School of Radiology"]
    personal = form.sections[0].items[0]
    personal.rows.insert(8, ("ORCID iD", "", orcid if p else None))
    form.sections[7].heading = "8. Congress Presentations and Awards"
    form.sections.insert(9, FormSection("10. Teaching Activities", [Text(p and "Tutor for radiology residents, two lectures a year.")]))
    form.sections[10].heading = "11. Declaration"
    return form


# ----------------------------------------------------------------- variants
def _section(form: Form, word: str) -> FormSection:
    return next(s for s in form.sections if word.lower() in s.heading.lower())


def _set(form: Form, label: str, value: str | None) -> None:
    for section in form.sections:
        for item in section.items:
            if isinstance(item, KV):
                item.rows = [(lab, hint, value if lab == label else old) for lab, hint, old in item.rows]


def drop_section(form: Form, word: str) -> Form:
    form = copy.deepcopy(form)
    form.sections.remove(_section(form, word))
    return form


def swap_sections(form: Form, a: str, b: str) -> Form:
    form = copy.deepcopy(form)
    i, j = form.sections.index(_section(form, a)), form.sections.index(_section(form, b))
    form.sections[i], form.sections[j] = form.sections[j], form.sections[i]
    return form


def blank_fields(form: Form, *labels: str) -> Form:
    form = copy.deepcopy(form)
    for label in labels:
        _set(form, label, "")
    return form


def set_field(form: Form, label: str, value: str) -> Form:
    form = copy.deepcopy(form)
    _set(form, label, value)
    return form


def rename_labels(form: Form, rename: dict[str, str]) -> Form:
    """Labels as OCR or a careless retyping leaves them ("Nationallity")."""
    form = copy.deepcopy(form)
    for section in form.sections:
        for item in section.items:
            if isinstance(item, KV):
                item.rows = [(rename.get(label, label), hint, value) for label, hint, value in item.rows]
    return form


def restyle_headings(form: Form, rename: dict[str, str] | None = None, *, numbers: bool = True, case: str = "as is") -> Form:
    form = copy.deepcopy(form)
    for section in form.sections:
        text = section.heading if numbers else section.heading.split(" ", 1)[1]
        for old, new in (rename or {}).items():
            text = text.replace(old, new)
        section.heading = text.upper() if case == "upper" else text.lower() if case == "lower" else text
    return form


# --------------------------------------------------------------- producers
def _signature_png(path: Path) -> None:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (360, 110), "white")
    draw = ImageDraw.Draw(image)
    rng = random.Random(7)
    points = [(20 + i * 8, 60 + 25 * math.sin(i / 2.3) + rng.uniform(-8, 8)) for i in range(40)]
    draw.line(points, fill=(20, 30, 120), width=4)
    image.save(path)


def build_docx(form: Form, out: Path, *, signature: Path | None = None) -> Path:
    """The form as Word tables (label | value); a blank form keeps its value cells empty."""
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10)
    for n, line in enumerate(form.title):
        run = doc.add_paragraph().add_run(line)
        run.bold, run.font.size = n == 0, Pt(16 if n == 0 else 11)
    for section in form.sections:
        run = doc.add_paragraph().add_run(section.heading)
        run.bold, run.font.size = True, Pt(12)
        for item in section.items:
            if isinstance(item, KV):
                table = doc.add_table(rows=0, cols=2)
                table.style = "Table Grid"
                for label, hint, value in item.rows:
                    cells = table.add_row().cells
                    cells[0].width, cells[1].width = Cm(6), Cm(10)
                    cells[0].text = f"{label} ({hint})" if hint else label
                    if value == "SIGNATURE" and signature:
                        cells[1].paragraphs[0].add_run().add_picture(str(signature), width=Cm(3.5))
                    elif value:
                        cells[1].text = value
            elif isinstance(item, Grid):
                table = doc.add_table(rows=1, cols=len(item.columns))
                table.style = "Table Grid"
                for cell, label in zip(table.rows[0].cells, item.columns):
                    cell.text = label
                for row in item.rows or [[""] * len(item.columns)] * item.blank_rows:
                    for cell, value in zip(table.add_row().cells, row):
                        cell.text = value
            elif isinstance(item, Text):
                doc.add_paragraph(item.text or item.placeholder)
            elif isinstance(item, Statement):
                doc.add_paragraph(item.text)
    docx = out.with_suffix(".docx")
    doc.save(docx)
    return docx


def docx_to_pdf(docx: Path, out: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(docx)],
                       check=True, capture_output=True, timeout=180)
        shutil.move(str(Path(tmp) / (docx.stem + ".pdf")), out)
    return out


def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        from reportlab.lib.fonts import addMapping

        addMapping("DejaVu", 0, 0, "DejaVu")
        addMapping("DejaVu", 1, 0, "DejaVu-Bold")


def _cjk(text: str) -> str:
    """Wrap runs of CJK characters in a CID font tag (DejaVu has no Chinese); ``text`` is reportlab markup."""
    out, run = [], ""
    for ch in text:
        if "\u3000" <= ch <= "\u9fff":
            run += ch
        else:
            if run:
                out.append(f'<font name="STSong-Light">{run}</font>')
                run = ""
            out.append(ch)
    if run:
        out.append(f'<font name="STSong-Light">{run}</font>')
    return "".join(out)


def _scribble(width: float = 120, height: float = 30):
    """A hand-drawn signature: bezier curves on the canvas (no text, no image)."""
    from reportlab.platypus import Flowable

    class Scribble(Flowable):
        def wrap(self, *_):
            return width, height

        def draw(self):
            c = self.canv
            c.setStrokeColorRGB(0.1, 0.15, 0.5)
            c.setLineWidth(1.2)
            path = c.beginPath()
            path.moveTo(2, 8)
            for i in range(6):
                x = 10 + i * 18
                path.curveTo(x, 30, x + 6, -4, x + 14, 14)
            c.drawPath(path, stroke=1, fill=0)

    return Scribble()


def build_reportlab(form: Form, out: Path, *, style: str) -> Path:
    """``style``: "columns" (borderless label/value table, bottom-aligned) or "inline" ("Label: value")."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    _fonts()
    body = ParagraphStyle("body", fontName="DejaVu", fontSize=9.5, leading=12)
    head = ParagraphStyle("head", fontName="DejaVu-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=3)
    title = ParagraphStyle("title", fontName="DejaVu-Bold", fontSize=16, leading=20, alignment=1)

    def para(text, st=body):
        return Paragraph(_cjk(text).replace("\n", "<br/>"), st)

    story = [para(form.title[0], title)] + [para(t, ParagraphStyle("sub", parent=body, alignment=1)) for t in form.title[1:]]
    story.append(Spacer(1, 4 * mm))
    for section in form.sections:
        story.append(para(section.heading, head))
        for item in section.items:
            if isinstance(item, KV):
                if style == "columns":
                    rows = []
                    for label, hint, value in item.rows:
                        cell = _scribble() if value == "SIGNATURE" else para(value or "")
                        rows.append([para(f"{label} ({hint})" if hint else label), cell])
                    table = Table(rows, colWidths=[55 * mm, 105 * mm])
                    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
                    story.append(table)
                else:
                    for label, hint, value in item.rows:
                        if value == "SIGNATURE":
                            story += [para(f"<b>{label}:</b>"), _scribble()]
                        else:
                            story.append(para(f"<b>{label}:</b> {value or ''}".replace("\n", "<br/>")))
            elif isinstance(item, Grid):
                if style == "columns":
                    table = Table([[para(c) for c in item.columns]] + [[para(x) for x in r] for r in item.rows],
                                  colWidths=[160 * mm / len(item.columns)] * len(item.columns))
                    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
                    story.append(table)
                else:
                    for row in item.rows:
                        story.append(para(" – ".join(row) if len(row) == 2 else ": ".join([row[0], ", ".join(row[1:])])))
            elif isinstance(item, (Text, Statement)):
                story.append(para(item.text or ""))
    SimpleDocTemplate(str(out), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
                      title="CV", author="esorcheck fixtures").build(story)
    return out


def build_form_filled_by_editor(form: Form, out: Path) -> Path:
    """A PDF form printed first and filled in afterwards with a PDF editor: every value is written after all labels."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _fonts()
    c = canvas.Canvas(str(out), pagesize=A4)
    width, height = A4
    values = []
    y = height - 60
    c.setFont("DejaVu-Bold", 15)
    c.drawString(70, y, form.title[0])
    y -= 30
    for section in form.sections:
        if y < 120:
            c.showPage()
            y = height - 60
        c.setFont("DejaVu-Bold", 11)
        c.drawString(70, y, section.heading)
        y -= 18
        c.setFont("DejaVu", 9.5)
        for item in section.items:
            if isinstance(item, KV):
                for label, hint, value in item.rows:
                    c.drawString(70, y, label)
                    c.line(270, y - 2, 520, y - 2)
                    first = (value or "").split("\n")[0]
                    values.append((c.getPageNumber(), 275, y, "Z. D." if value == "SIGNATURE" else first))
                    y -= 16
            elif isinstance(item, Grid):
                for row in item.rows:
                    c.drawString(70, y, " – ".join(row) if len(row) == 2 else "; ".join(row))
                    y -= 14
            else:
                c.drawString(70, y, item.text or "")
                y -= 16
        y -= 8
    c.showPage()
    # Second pass: what the editor adds. reportlab cannot go back to a page, so
    # overlay the values with pypdf onto the printed form.
    c.save()
    import io

    import pypdf
    from reportlab.pdfgen import canvas as canvas2

    writer = pypdf.PdfWriter(clone_from=str(out))
    for number, page in enumerate(writer.pages, start=1):
        buffer = io.BytesIO()
        overlay = canvas2.Canvas(buffer, pagesize=A4)
        overlay.setFont("DejaVu", 9.5)
        for page_number, x, y, text in values:
            if page_number == number:
                overlay.drawString(x, y, text)
        overlay.save()
        page.merge_page(pypdf.PdfReader(buffer).pages[0])
    with out.open("wb") as fh:
        writer.write(fh)
    return out


# ----------------------------------------------------------- other formats
def build_europass(out: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    _fonts()
    left = ParagraphStyle("l", fontName="DejaVu", fontSize=9, leading=11, alignment=2, textColor="#1f4e79")
    body = ParagraphStyle("b", fontName="DejaVu", fontSize=9.5, leading=12)
    rows = [
        ("Europass Curriculum Vitae", ""),
        ("Personal information", ""), ("First name(s) / Surname(s)", "Helena Kowalczyk"),
        ("Address", "ul. Banacha 1a, 02-097 Warszawa, Poland"), ("E-mail", "h.kowalczyk@example.pl"),
        ("Nationality", "Polish"), ("Date of birth", "02/02/1990"),
        ("Work experience", ""), ("Dates", "2019 – present"), ("Occupation or position held", "Radiologist"),
        ("Name and address of employer", "University Clinical Centre, Warsaw"),
        ("Education and training", ""), ("Dates", "2009 – 2015"), ("Title of qualification awarded", "Physician (lekarz)"),
        ("Personal skills and competences", ""), ("Mother tongue(s)", "Polish"),
        ("Other language(s)", "English (C1), German (B1)"), ("Self-assessment", "Understanding / Speaking / Writing"),
        ("Communication skills", "Teaching residents; multidisciplinary tumour boards."),
        ("Digital skills", "PACS administration; Python for image analysis."),
        ("Driving licence", "B"), ("Additional information", "Member of the European Society of Radiology."),
    ]
    table = Table([[Paragraph(a, left), Paragraph(b, body)] for a, b in rows], colWidths=[55 * mm, 105 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEAFTER", (0, 0), (0, -1), 0.5, "#1f4e79")]))
    SimpleDocTemplate(str(out), pagesize=A4).build([Spacer(1, 5 * mm), table])
    return out


def build_free_form(out: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    _fonts()
    body = ParagraphStyle("b", fontName="DejaVu", fontSize=10, leading=13, spaceAfter=4)
    head = ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=12.5, leading=16, spaceBefore=10)
    big = ParagraphStyle("t", fontName="DejaVu-Bold", fontSize=18, leading=22)
    story = [Paragraph("Dr. Matteo Rinaldi", big), Paragraph("Curriculum Vitae", head),
             Paragraph("Via Roma 12, 20122 Milano · matteo.rinaldi@example.it · born 7 May 1988", body)]
    for heading, lines in [
        ("Profile", ["Radiologist with a focus on neuroradiology and head and neck imaging."]),
        ("Career", ["2019 – today: Neuroradiologist, Ospedale Niguarda, Milano.", "2014 – 2019: Residency in Radiology, Università degli Studi di Milano."]),
        ("Education", ["2014: MD, Università degli Studi di Milano (110/110 cum laude).", "2019: Specialist in Radiology."]),
        ("Skills", ["Advanced MRI, perfusion imaging, spectroscopy."]),
        ("Awards", ["Young Investigator Award, Italian Society of Neuroradiology, 2021."]),
        ("Memberships", ["European Society of Radiology; ESNR."]),
    ]:
        story.append(Paragraph(heading, head))
        story += [Paragraph(line, body) for line in lines]
    SimpleDocTemplate(str(out), pagesize=A4).build(story)
    return out


# ------------------------------------------------------------------- main
def main() -> None:
    out = HERE
    with tempfile.TemporaryDirectory() as tmp:
        sig = Path(tmp) / "signature.png"
        _signature_png(sig)

        def docx_pdf(form: Form, name: str, keep_docx: bool = False) -> None:
            docx = build_docx(form, Path(tmp) / name, signature=sig)
            docx_to_pdf(docx, out / f"{name}.pdf")
            if keep_docx:
                shutil.copy(docx, out / f"{name}.docx")

        good_docx = reference_form(DVORAKOVA)
        docx_pdf(good_docx, "good-docx")
        build_reportlab(reference_form(WANG, hints=False), out / "good-rl-columns.pdf", style="columns")
        build_reportlab(restyle_headings(reference_form(LEFEVRE, hints=False), numbers=False, case="upper"),
                        out / "good-rl-inline.pdf", style="inline")
        build_reportlab(rename_labels(restyle_headings(reference_form(LEFEVRE, hints=False), {
            "Personal Details": "Persona1 Detai1s", "Language Skills": "Langauge Skills", "Professional Experience": "Profesional Experiance",
        }), {"Nationality": "Nationallity", "Country of Residence": "Country of Residense", "ESR Membership Number": "ESR Membersh1p Number"}),
            out / "ocr-slips.pdf", style="inline")
        build_form_filled_by_editor(reference_form(DVORAKOVA, hints=False), out / "filled-by-editor.pdf")

        docx_pdf(drop_section(good_docx, "Previous ESOR"), "missing-section")
        build_reportlab(swap_sections(reference_form(WANG, hints=False), "Fields of Interest", "Language Skills"),
                        out / "section-order.pdf", style="columns")
        docx_pdf(blank_fields(good_docx, "Date of Birth", "ESR Membership Number"), "field-empty-docx")
        build_reportlab(blank_fields(reference_form(LEFEVRE, hints=False), "Nationality"), out / "field-empty-inline.pdf", style="inline")
        docx_pdf(blank_fields(good_docx, "Signature"), "unsigned")
        build_reportlab(set_field(set_field(reference_form(LEFEVRE, hints=False), "Date of Birth", "spring 1991"),
                                  "Board Certification in Radiology", "expected 06/2026 (Conseil National de l'Ordre des Médecins)"),
                        out / "unparsed-values.pdf", style="inline")
        build_europass(out / "europass.pdf")
        build_free_form(out / "free-form.pdf")

        # Import round trip: the office's blank form (DOCX, and the PDF it exports), a CV filled from it.
        build_docx(reference_form(None), out / "blank-reference")
        build_docx(revised_form(None), out / "blank-2027")
        docx_to_pdf(out / "blank-2027.docx", out / "blank-2027.pdf")
        docx_pdf(revised_form(DVORAKOVA), "filled-2027")
        docx_pdf(revised_form(DVORAKOVA, orcid=""), "filled-2027-no-orcid")
    print("built:", ", ".join(sorted(p.name for p in out.iterdir() if p.suffix in {".pdf", ".docx"})))


if __name__ == "__main__":
    sys.exit(main())
