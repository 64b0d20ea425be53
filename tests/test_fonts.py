"""pdfium reads the same text, glyph boxes and pixels whatever fonts the machine has.

pdfium substitutes the fonts a PDF does not embed; left to itself it takes
them from the machine's font folders, so a lone character of a non-embedded
CJK font is dropped where no CJK font is installed (``Wang ( )``), and Latin
glyph boxes follow whichever font the folders hold. esorcheck.pdf.fonts
serves a bundled box font for CJK and pdfium's own base-14 fonts for the rest.

The proof of machine independence hides every font folder pdfium's Linux
font info scans: each gets an empty folder bind-mounted over it, inside a user
and mount namespace (``unshare``), so no root is needed and nothing outside
the test process changes. The same PDF must then read and render exactly as
with the folders visible; a control run with pdfium's own font info in the
same hidden state must lose the lone characters, which shows the hiding
works and that these tests catch the machine dependence.
"""

from __future__ import annotations

import functools
import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from font_probe import RENDER_SCALE, char_boxes
from reportlab.pdfbase import _cidfontdata, pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from esorcheck.pdf import fonts

ROOT = Path(__file__).resolve().parent.parent
PROBE = Path(__file__).with_name("font_probe.py")
CHINESE_NAMES_CV = Path(__file__).with_name("cv_fixtures") / "good-rl-columns.pdf"

# The folders pdfium's default Linux font info scans, and the per-user ones, for good measure.
FONT_FOLDERS = (
    "/usr/share/fonts", "/usr/share/X11/fonts/Type1", "/usr/share/X11/fonts/TTF",
    "/usr/local/share/fonts", "~/.fonts", "~/.local/share/fonts",
)

# (non-embedded CJK font, its CMap, the charset pdfium asks the font info for, lone character, Latin font around it)
LONE_CHARACTERS = [
    ("STSong-Light", "UniGB-UCS2-H", 134, "王", "Helvetica"),
    ("MSung-Light", "UniCNS-UCS2-H", 136, "陳", "Times-Roman"),
    ("HeiseiMin-W3", "UniJIS-UCS2-H", 128, "田", "Helvetica"),
    ("HYSMyeongJo-Medium", "UniKS-UCS2-H", 129, "김", "Times-Roman"),
]
EXPECTED_TEXT = "\r\n".join(f"{font}: Wang ({char})" for font, _, _, char, _ in LONE_CHARACTERS)
FONT_SIZE = 11

# Non-embedded TrueType fonts named after families machines often have: left to itself,
# pdfium takes the installed one (Liberation Sans here), so its glyph boxes follow the machine.
LATIN_FONT_NAMES = ("Arial", "TimesNewRoman", "Calibri", "LiberationSans", "DejaVuSans", "NotoSans")


@pytest.fixture(scope="module")
def lone_characters_pdf(tmp_path_factory) -> Path:
    """Each line: Latin text, one CJK character, Latin text, each string its own text object.

    reportlab writes its CJK fonts unembedded (Adobe's standard CID fonts). It files
    MSung-Light under the GB CMap; the CNS one makes pdfium ask for Big5 instead.
    """
    path = tmp_path_factory.mktemp("fonts") / "lone-characters.pdf"
    page = canvas.Canvas(str(path), invariant=1)
    with pytest.MonkeyPatch.context() as patch:
        for font, cmap, _, _, _ in LONE_CHARACTERS:
            language = _cidfontdata.defaultUnicodeEncodings[font][0]
            patch.setitem(_cidfontdata.defaultUnicodeEncodings, font, (language, cmap))
            pdfmetrics.registerFont(UnicodeCIDFont(font))
    y = 760
    for font, _, _, char, latin in LONE_CHARACTERS:
        x = 72
        for text, text_font in ((f"{font}: Wang (", latin), (char, font), (")", latin)):
            page.setFont(text_font, FONT_SIZE)
            page.drawString(x, y, text)
            x += pdfmetrics.stringWidth(text, text_font, FONT_SIZE)
        y -= 2 * FONT_SIZE
    page.save()
    return path


@pytest.fixture(scope="module")
def latin_fonts_pdf(tmp_path_factory) -> Path:
    """One line per name in LATIN_FONT_NAMES, each font a non-embedded TrueType font (reportlab cannot write one)."""
    fonts_and_descriptors = []
    for name in LATIN_FONT_NAMES:
        fonts_and_descriptors.append(
            f"<< /Type /Font /Subtype /TrueType /BaseFont /{name} /FirstChar 32 /LastChar 126 "
            f"/Widths [{' '.join(['556'] * 95)}] /Encoding /WinAnsiEncoding /FontDescriptor {{descriptor}} 0 R >>")
        fonts_and_descriptors.append(
            f"<< /Type /FontDescriptor /FontName /{name} /Flags 32 /FontBBox [-600 -300 2000 1000] "
            "/ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>")
    content = "".join(f"BT /F{i} 14 Tf 72 {700 - 30 * i} Td ({name}: Hamburg 1234) Tj ET\n"
                      for i, name in enumerate(LATIN_FONT_NAMES))
    first_font = 4
    font_refs = " ".join(f"/F{i} {first_font + 2 * i} 0 R" for i in range(len(LATIN_FONT_NAMES)))
    contents_ref = first_font + len(fonts_and_descriptors)
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << {font_refs} >> >> "
        f"/Contents {contents_ref} 0 R >>",
        *(obj.format(descriptor=first_font + i + 1) for i, obj in enumerate(fonts_and_descriptors)),
        f"<< /Length {len(content)} >>\nstream\n{content}endstream",
    ]
    data = b"%PDF-1.4\n"
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(data))
        data += f"{number} 0 obj\n{obj}\nendobj\n".encode("latin-1")
    xref = len(data)
    data += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    data += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    data += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path = tmp_path_factory.mktemp("fonts") / "latin-fonts.pdf"
    path.write_bytes(data)
    return path


def _read_in_process(path: Path) -> tuple[str, list[list]]:
    document = pdfium.PdfDocument(path)
    try:
        textpage = document[0].get_textpage()
        return textpage.get_text_range(), char_boxes(textpage)
    finally:
        document.close()


def test_lone_cjk_characters_between_latin_text_are_read_exactly(lone_characters_pdf):
    text, _ = _read_in_process(lone_characters_pdf)
    assert text == EXPECTED_TEXT


def test_each_cjk_font_gets_the_fallback_font_and_no_other_font_does(lone_characters_pdf):
    _read_in_process(lone_characters_pdf)
    requests = fonts.font_requests()
    for font, _, charset, _, latin in LONE_CHARACTERS:
        assert requests[font, charset] is True
        assert requests[latin, 0] is False
    assert not [request for request, served in requests.items() if served and request[1] not in fonts.CJK_CHARSETS]


def test_each_cjk_character_gets_a_box_one_em_wide_less_the_margins(lone_characters_pdf):
    _, boxes = _read_in_process(lone_characters_pdf)
    cjk = {char for *_, char, _ in LONE_CHARACTERS}
    widths = [right - left for char, left, right, _, _ in boxes if char in cjk]
    assert len(widths) == len(cjk)
    assert widths == pytest.approx([0.8 * FONT_SIZE] * len(cjk), abs=0.01)  # the box spans 100..900 of 1000 units


def test_rendering_draws_base14_latin_text_and_the_cjk_character_as_a_hollow_box(lone_characters_pdf):
    document = pdfium.PdfDocument(lone_characters_pdf)
    try:
        page = document[0]
        height = page.get_height()
        image = page.render(scale=RENDER_SCALE, grayscale=True).to_pil()
        boxes = char_boxes(page.get_textpage())
    finally:
        document.close()

    def darkest(image, left, right, bottom, top):
        crop = image.crop((round(left * RENDER_SCALE), round((height - top) * RENDER_SCALE),
                           round(right * RENDER_SCALE), round((height - bottom) * RENDER_SCALE)))
        return crop.getextrema()[0]

    cjk = {char for *_, char, _ in LONE_CHARACTERS}
    drawn = 0
    for char, left, right, bottom, top in boxes:
        if char in cjk:
            third_wide, third_tall = (right - left) / 3, (top - bottom) / 3
            assert darkest(image, left, right, bottom, top) < 100, f"{char}: no outline drawn"
            inside = (left + third_wide, right - third_wide, bottom + third_tall, top - third_tall)
            assert darkest(image, *inside) > 200, f"{char}: the box is not hollow"
            drawn += 1
        elif char.isascii() and char.isalpha():
            assert darkest(image, left, right, bottom, top) < 100, f"{char}: Latin glyph not drawn"
    assert drawn == len(cjk)


# Hiding the machine's font folders, in a fresh process.


@functools.cache
def _namespaces_refused(empty: str) -> str | None:
    """Why the font folders cannot be hidden here, or None."""
    if not sys.platform.startswith("linux"):
        return "the font folders are hidden with Linux user and mount namespaces"
    if shutil.which("unshare") is None:
        return "unshare (util-linux) is not installed"
    trial = subprocess.run(_hidden(empty, ["true"]), capture_output=True, text=True, timeout=30)
    if trial.returncode:
        return f"unprivileged user and mount namespaces are not allowed here: {trial.stderr.strip()}"
    return None


def _hidden(empty: str, command: list[str]) -> list[str]:
    """``command`` in a user and mount namespace where every font folder shows ``empty``."""
    folders = [os.path.expanduser(f) for f in FONT_FOLDERS]
    mounts = [f"mount --bind {shlex.quote(empty)} {shlex.quote(f)}" for f in folders if os.path.isdir(f)]
    script = " && ".join([*mounts, 'exec "$@"'])
    return ["unshare", "--user", "--mount", "--map-root-user", "sh", "-c", script, "sh", *command]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """Run a Python command in a fresh process (``hide_fonts``: with the machine's font folders hidden)."""
    empty = str(tmp_path_factory.mktemp("no-fonts"))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}

    def run_python(args: list[str], hide_fonts: bool = False) -> str:
        command = [sys.executable, *args]
        if hide_fonts:
            if reason := _namespaces_refused(empty):
                pytest.skip(reason)
            command = _hidden(empty, command)
        done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
        assert done.returncode in (0, 1), done.stderr  # esorcheck exits 1 when a packet has findings
        return done.stdout

    return run_python


def test_with_the_font_folders_hidden_text_boxes_and_pixels_do_not_change(lone_characters_pdf, run):
    visible = json.loads(run([str(PROBE), str(lone_characters_pdf)]))
    hidden = json.loads(run([str(PROBE), str(lone_characters_pdf)], hide_fonts=True))
    assert hidden["text"] == EXPECTED_TEXT
    assert hidden["chars"] == visible["chars"]
    assert hidden["render_sha256"] == visible["render_sha256"]
    assert hidden["font_requests"] == visible["font_requests"]


def test_with_the_font_folders_hidden_latin_glyph_boxes_do_not_change(latin_fonts_pdf, run):
    visible = json.loads(run([str(PROBE), str(latin_fonts_pdf)]))
    hidden = json.loads(run([str(PROBE), str(latin_fonts_pdf)], hide_fonts=True))
    assert hidden["text"] == "\r\n".join(f"{name}: Hamburg 1234" for name in LATIN_FONT_NAMES)
    assert hidden["chars"] == visible["chars"]
    assert hidden["render_sha256"] == visible["render_sha256"]
    assert not [request for request in hidden["font_requests"] if request[2]]  # all pdfium's base-14 and generic fonts


def test_control_with_pdfium_own_font_info_the_hidden_folders_lose_the_lone_characters(lone_characters_pdf, run):
    control = json.loads(run([str(PROBE), str(lone_characters_pdf), "--machine-fonts"], hide_fonts=True))
    lost = [char for *_, char, _ in LONE_CHARACTERS if char not in control["text"]]
    assert lost, "hiding the font folders left pdfium a CJK font: the other hidden-folder tests prove nothing"
    assert control["font_requests"] == []  # pdfium's own font info was in charge


def test_chinese_names_in_a_cv_read_with_the_font_folders_hidden(run):
    report = json.loads(run(["-m", "esorcheck", "cv", "--format", "json", str(CHINESE_NAMES_CV)], hide_fonts=True))
    assert (report["cv"]["surname"], report["cv"]["first_names"]) == ("Wang (王)", "Yuqing (雨晴)")
