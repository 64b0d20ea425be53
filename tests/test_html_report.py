"""The HTML report: self-contained, every PDF value escaped, thumbnails of every page, findings' pages marked."""

from __future__ import annotations

import base64
import io
import re
import shutil

from conftest import AS_OF, SAMPLES, checked, expects, find_truth, packet_for
from test_cli import esorcheck

from esorcheck.checker import check_packet
from esorcheck.render.html import render_batch, render_html
from esorcheck.schema.programmes import get_programme

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def _hostile_packet(folder):
    """A real PDF whose text and outline carry markup (the outline title reaches the report as evidence),
    under a file name that carries markup too."""
    from reportlab.pdfgen import canvas

    path = folder / "a<b>&'x.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setTitle(HOSTILE)
    pdf.drawString(72, 760, "ESOR CURRICULUM VITAE")
    pdf.drawString(72, 730, f"Surname: {HOSTILE}")
    pdf.showPage()
    pdf.bookmarkPage("letter")
    pdf.addOutlineEntry(HOSTILE, "letter")
    pdf.drawString(72, 760, "Letter of Motivation")
    pdf.drawString(72, 730, "Dear Members of the Evaluation Committee,")
    pdf.drawString(72, 700, "I am applying " + HOSTILE)
    pdf.showPage()
    pdf.save()
    return path


def test_every_value_from_the_pdf_is_escaped(tmp_path):
    path = _hostile_packet(tmp_path)
    report = check_packet(path, get_programme("aim-china"), as_of=AS_OF)
    assert any(HOSTILE in item for s in report.sections for item in s.evidence)  # it does reach the report
    page = render_html(report)
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    assert HOSTILE not in page and "<img src=x" not in page
    assert "a&lt;b&gt;&amp;&#39;x.pdf" in page  # the file name, as text
    assert page.count("<script>") == 1  # only the report's own


def test_the_page_is_self_contained_with_a_thumbnail_per_page():
    truth_path = find_truth("aim-china", expects("document.unexpected"))
    report = checked(truth_path)
    page = render_html(report)
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", page), "nothing may be fetched"
    assert 'lang="en"' in page and "Content-Security-Policy" in page
    sources = re.findall(r'<img src="([^"]+)"', page)
    assert len(sources) == report.pages
    from PIL import Image

    for source in sources:
        assert source.startswith("data:image/jpeg;base64,")
        picture = Image.open(io.BytesIO(base64.b64decode(source.split(",", 1)[1])))
        assert picture.format == "JPEG" and picture.width == 160
    assert report.status.upper() in page


def test_the_pages_a_finding_names_are_marked():
    report = checked(find_truth("aim-china", expects("document.unexpected")))
    finding = next(f for f in report.findings if f.code == "document.unexpected")
    page = render_html(report)
    for number in finding.pages:
        figure = re.search(rf'<figure class="([^"]*)" id="packet-p{number}"', page)
        assert figure and "marked" in figure.group(1) and "warning" in figure.group(1)
        assert f'href="#packet-p{number}"' in page  # the finding links to the page
    unmarked = set(range(1, report.pages + 1)) - {p for f in report.findings if f.severity.value != "info" for p in f.pages}
    for number in unmarked:
        assert re.search(rf'<figure class="page" id="packet-p{number}"', page)


def test_an_unreadable_file_is_reported_without_pictures():
    report = checked(find_truth("aim-china", lambda t: t["status"] == "unreadable"))
    page = render_html(report)
    assert "UNREADABLE" in page and "<img" not in page
    assert report.findings[0].message in page.replace("&#39;", "'").replace("&amp;", "&").replace("&#34;", '"')


def test_a_batch_has_an_overview_linking_to_each_packet():
    reports = [checked(find_truth("aim-china", expects("document.missing"))), checked(find_truth("aim-china", lambda t: t["status"] == "complete"))]
    page = render_batch(reports)
    for n, report in enumerate(reports, 1):
        assert f'<a href="#packet-{n}">{report.file.name}</a>' in page
        assert f'id="packet-{n}"' in page and f'id="packet-{n}-p1"' in page
    assert 'id="needs-action"' in page and 'class="sortable"' in page
    assert page.count('<tr data-status="') == len(reports)


def test_cli_writes_the_html_report(tmp_path):
    packet = packet_for(find_truth("aim-china", expects("document.missing")))
    out = tmp_path / "report.html"
    result = esorcheck("check", str(packet), "-p", "aim-china", "--format", "html", "-o", str(out))
    assert result.returncode == 1, result.stderr
    assert result.stdout == "" and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    by_name = esorcheck("check", str(packet), "-p", "aim-china", "-o", str(tmp_path / "x.html"))  # the extension says html
    assert by_name.returncode == 1 and (tmp_path / "x.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    refused = esorcheck("check", str(packet), "-p", "aim-china", "-o", str(tmp_path / "x.pdf"))
    assert refused.returncode == 2 and "--format" in refused.stderr and not (tmp_path / "x.pdf").exists()


def test_cli_writes_one_page_for_a_folder(tmp_path):
    folder = tmp_path / "received"
    folder.mkdir()
    for name in ("complete-reportlab.pdf", "missing-funding-declaration.pdf"):
        shutil.copy(SAMPLES / "aim-china" / name, folder / name)
    result = esorcheck("check", str(folder), "-p", "aim-china", "--format", "html")
    assert result.returncode == 1, result.stderr
    assert result.stdout.count("<!DOCTYPE html>") == 1 and '<a href="#packet-2">' in result.stdout
