"""The report as an applicant meets it: at 80 columns on a terminal, in a file on Windows (cp1252), from stdin,
on the wrong kind of file; never a traceback, never exit 1 for a failure of esorcheck itself."""

from __future__ import annotations

import json
import os
import re
import struct
import sys
import zipfile

import pytest

from conftest import ROOT, SAMPLES
from test_cli import esorcheck

INCOMPLETE = SAMPLES / "aim-china" / "one-recommendation.pdf"  # one letter of recommendation where two are required
COMPLETE = SAMPLES / "aim-china" / "complete-reportlab.pdf"
CLOSED_CALL = SAMPLES / "exchange-fellowship" / "complete-reportlab.pdf"  # assembled for the 2024 call, closed since
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def on_terminal(*args: str, columns: int = 80, rows: int = 24) -> tuple[list[str], int]:
    """esorcheck run on a pseudo-terminal of the given size: its lines as shown (colours removed), its exit code."""
    import subprocess

    pty = pytest.importorskip("pty", reason="pseudo-terminals are POSIX only")
    fcntl, termios = pytest.importorskip("fcntl"), pytest.importorskip("termios")
    main, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))  # before esorcheck asks
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES")}
    process = subprocess.Popen([sys.executable, "-m", "esorcheck", *args], stdin=child, stdout=child, stderr=child, cwd=ROOT, env=env)
    os.close(child)
    output = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # esorcheck exited and closed the terminal
            break
        if not chunk:
            break
        output += chunk
    os.close(main)
    code = process.wait(timeout=120)
    text = ANSI.sub("", output.decode("utf-8")).replace("\r\n", "\n")
    return text.rstrip("\n").split("\n"), code


def test_80_columns_ends_with_the_findings_and_the_verdict():
    lines, code = on_terminal("check", str(INCOMPLETE), "-p", "aim-china", "--track", "self-funded", "--as-of", "2025-09-15")
    assert code == 1
    assert max(len(line) for line in lines) <= 80
    screen = "\n".join(lines[-23:])  # the last screen at 80x24, above the prompt
    assert lines[-2].startswith("Verdict: INCOMPLETE — 1 error: ") or lines[-1].startswith("Verdict: INCOMPLETE — 1 error: ")
    assert "Errors (1)" in screen and "[document.too_few]" in screen and "fix: " in screen
    first = next(i for i, line in enumerate(lines) if line.startswith("  ✘ Letters of recommendation"))
    assert re.match(r" {4}\S", lines[first + 1])  # the wrapped message keeps its hanging indent
    assert "Conf." not in "\n".join(lines) and "Why" not in "\n".join(lines)  # behind --verbose


def test_verbose_shows_how_sure_and_why():
    lines, _ = on_terminal("check", str(INCOMPLETE), "-p", "aim-china", "--as-of", "2025-09-15", "-v", columns=140)
    assert "Sure" in "\n".join(lines) and "heading 'LETTER OF MOTIVATION'" in "\n".join(lines)


def test_a_file_is_neither_wrapped_nor_padded():
    result = esorcheck("check", str(INCOMPLETE), "-p", "aim-china", "--as-of", "2025-09-15")
    lines = result.stdout.splitlines()
    assert not [line for line in lines if line != line.rstrip()]
    message = next(line for line in lines if "[document.too_few]" in line)
    assert "1 found, at least 2 required" in message  # one line, however long
    assert lines[-1].startswith("Verdict: INCOMPLETE — 1 error: ")
    assert "pages 4–4" not in result.stdout and "(page 4)" in result.stdout


def test_findings_blocks_are_named_in_plain_words():
    result = esorcheck("check", str(SAMPLES / "aim-china" / "french-recommendation.pdf"), "-p", "aim-china", "--as-of", "2025-09-15", "-v")
    assert "INFOS" not in result.stdout and "ERRORS" not in result.stdout
    assert "Errors (" in result.stdout
    assert "\n\n" in result.stdout.split("Errors (")[1]  # a blank line between blocks


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_a_stdout_that_is_not_utf8_never_crashes(tmp_path, encoding):
    packet = tmp_path / "申请-Müller.pdf"
    packet.write_bytes(INCOMPLETE.read_bytes())
    result = subprocess_in(encoding, "check", str(packet), "-p", "aim-china", "--as-of", "2025-09-15")
    assert result.returncode == 1, result.stderr[-2000:]
    assert b"Traceback" not in result.stderr and result.stderr == b""
    text = result.stdout.decode(encoding)
    assert "Verdict: INCOMPLETE" in text and "??-M" in text  # each missing character stands alone
    as_json = subprocess_in(encoding, "check", str(packet), "-p", "aim-china", "--format", "json")
    assert json.loads(as_json.stdout.decode(encoding))["file"] == str(packet)  # escaped, not lost


def subprocess_in(encoding: str, *args: str):
    import subprocess

    env = {**os.environ, "PYTHONIOENCODING": encoding}
    return subprocess.run([sys.executable, "-m", "esorcheck", *args], capture_output=True, cwd=ROOT, env=env, timeout=120)


def test_dash_reads_the_packet_from_stdin():
    import subprocess

    result = subprocess.run([sys.executable, "-m", "esorcheck", "check", "-", "-p", "aim-china", "--format", "json", "--as-of", "2025-09-15"],
                            input=INCOMPLETE.read_bytes(), capture_output=True, cwd=ROOT, timeout=120)
    report = json.loads(result.stdout)
    assert result.returncode == 1 and report["file"] == "-" and report["status"] == "incomplete"
    lines, code = on_terminal("check", "-", "-p", "aim-china")  # nothing piped in: said, not waited for
    assert code == 2 and "nothing is piped in" in lines[0]


def test_quiet_with_verbose_is_a_usage_error():
    result = esorcheck("check", str(COMPLETE), "-p", "aim-china", "-q", "-v")
    assert result.returncode == 2 and "--quiet and --verbose" in result.stderr


def test_a_failure_of_esorcheck_is_unreadable_and_exit_3(monkeypatch, capsys):
    from esorcheck import checker, cli

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(checker, "split_packet", broken)
    monkeypatch.setattr(sys, "argv", ["esorcheck", "check", str(COMPLETE), "-p", "aim-china", "--format", "json", "--no-cache"])
    with pytest.raises(SystemExit) as exit_:
        cli.run()
    assert exit_.value.code == 3
    report = json.loads(capsys.readouterr().out)
    assert report["status"] == "unreadable" and report["findings"][0]["code"] == "esorcheck.internal_error"


def test_a_failure_outside_any_packet_is_one_line_and_exit_3(monkeypatch, capsys):
    from esorcheck import cli
    from esorcheck.render import terminal

    def broken(*args, **kwargs):
        raise RuntimeError("a bug in the renderer")

    monkeypatch.setattr(terminal, "render_terminal", broken)
    monkeypatch.setattr(sys, "argv", ["esorcheck", "check", str(COMPLETE), "-p", "aim-china"])
    with pytest.raises(SystemExit) as exit_:
        cli.run()
    assert exit_.value.code == 3
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "internal error" in error and "Traceback" not in error


def _pdf_with_brotli() -> bytes:
    """A PDF 2.0 file whose page content is compressed with Brotli (the stream's bytes need not decode)."""
    content = b"\x1b\x2a\x00\xf8\x8d\xd4\x0f"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /BrotliDecode >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out, offsets = bytearray(b"%PDF-2.0\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, start)
    return bytes(out)


def _docx(path):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")


def _zip(path):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("cv.pdf", "%PDF-1.7")


@pytest.mark.parametrize(("name", "write", "said"), [
    ("cv.docx", _docx, "is a Word document (.docx), not a PDF"),
    ("packet.zip", _zip, "is a ZIP archive, not a PDF"),
    ("packet.pdf", lambda p: p.write_text("<!DOCTYPE html><html><body>Login</body></html>"), "is a web page (HTML), not a PDF"),
    ("passport.pdf", lambda p: p.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200)), "is a JPEG photo, not a PDF"),
    ("brotli.pdf", lambda p: p.write_bytes(_pdf_with_brotli()), "Brotli, a PDF 2.0 feature"),
    ("cut.pdf", lambda p: p.write_bytes(COMPLETE.read_bytes()[: COMPLETE.stat().st_size // 2]), "the file is cut short"),
])
def test_a_file_that_cannot_be_read_is_named_for_what_it_is(tmp_path, name, write, said):
    path = tmp_path / name
    write(path)
    result = esorcheck("check", str(path), "-p", "aim-china", "--format", "json")
    finding = json.loads(result.stdout)["findings"][0]
    assert result.returncode == 3 and said in finding["message"], finding
    assert "b'" not in finding["message"] and "PDFium" not in finding["message"]


def test_reference_date_is_the_closing_date_of_a_closed_call():
    result = esorcheck("check", str(CLOSED_CALL), "-p", "exchange-fellowship")
    assert result.returncode == 0, result.stdout
    assert "checked as of 2024-03-18, the call's closing date; use --as-of to change" in result.stdout
    listing = esorcheck("programmes")
    assert re.search(r"exchange-fellowship\s+closed 2024-03-18", listing.stdout)


def test_ids_are_matched_whatever_their_case_with_did_you_mean():
    assert esorcheck("check", str(COMPLETE), "-p", "AIM-China", "--track", "Self-Funded", "--as-of", "2025-09-15", "-q").returncode == 0
    typo = esorcheck("check", str(COMPLETE), "-p", "aim-chian")
    assert typo.returncode == 2 and "did you mean aim-china?" in typo.stderr
    track = esorcheck("check", str(COMPLETE), "-p", "aim-china", "--track", "self")
    assert track.returncode == 2 and "did you mean self-funded?" in track.stderr


def test_version_names_pdfium_and_tesseract():
    result = esorcheck("-V")
    assert result.returncode == 0
    assert result.stdout.startswith("esorcheck ") and "pdfium " in result.stdout and "Tesseract: " in result.stdout


def test_color_never_and_always():
    never, _ = on_terminal("check", str(COMPLETE), "-p", "aim-china", "--as-of", "2025-09-15", "--color", "never")
    assert "✔" not in "\n".join(never)  # plain, ASCII marks
    always = esorcheck("check", str(COMPLETE), "-p", "aim-china", "--as-of", "2025-09-15", "--color", "always")
    assert "\x1b[" in always.stdout and not [line for line in always.stdout.splitlines() if line.endswith(" ")]
    forced = esorcheck("check", str(INCOMPLETE), "-p", "aim-china", "--as-of", "2025-09-15", env={"FORCE_COLOR": "1"})
    assert "\x1b[" in forced.stdout and any("1 found, at least 2 required" in line for line in forced.stdout.splitlines()
                                            if "[document.too_few]" in line)  # coloured, still not wrapped


def test_cv_on_a_file_that_is_not_a_cv_says_so(tmp_path):
    import subprocess

    if not _has("qpdf"):
        pytest.skip("qpdf is not installed (it cuts one letter out of a sample packet)")
    letter = tmp_path / "letter.pdf"
    subprocess.run(["qpdf", str(INCOMPLETE), "--pages", ".", "3", "--", str(letter)], check=True)
    result = esorcheck("cv", str(letter))
    assert result.returncode == 1
    assert "does not look like a CV" in result.stdout and "Documents found" not in result.stdout


def test_cv_that_matches_says_so_not_complete():
    result = esorcheck("cv", str(ROOT / "tests" / "cv_fixtures" / "good-docx.pdf"))
    assert result.returncode == 0
    assert result.stdout.splitlines()[-1].startswith("Verdict: the CV matches the ESOR template")
    assert "COMPLETE" not in result.stdout


def _has(tool: str) -> bool:
    import shutil

    return shutil.which(tool) is not None


def _findings(packet, *args: str) -> dict[str, dict]:
    result = esorcheck("check", str(packet), "--format", "json", *args)
    return {f["code"]: f for f in json.loads(result.stdout)["findings"]}


def test_too_few_says_how_many_more():
    finding = _findings(INCOMPLETE, "-p", "aim-china", "--as-of", "2025-09-15")["document.too_few"]
    assert finding["hint"].startswith("add one more") and "two letters" not in finding["hint"].lower()


def test_a_missing_declaration_hint_names_the_chosen_track_only():
    packet = SAMPLES / "aim-china" / "missing-funding-declaration.pdf"
    hint = _findings(packet, "-p", "aim-china", "--track", "sponsored", "--as-of", "2025-09-15")["document.missing"]["hint"]
    assert "sponsored" in hint and "self-funded" not in hint


def test_residence_hint_states_the_rule_and_what_the_cv_shows():
    hint = _findings(SAMPLES / "aim-china" / "resides-outside-china.pdf", "-p", "aim-china", "--as-of", "2025-09-15")["eligibility.residence"]["hint"]
    assert "open only to candidates who reside in China" in hint and "resides in Germany" in hint


def test_a_scanned_declaration_is_not_told_to_be_exported():
    finding = _findings(SAMPLES / "aim-china" / "scanned-declaration.pdf", "-p", "aim-china", "--as-of", "2025-09-15", "--ocr", "never")["pdf.scanned_pages"]
    assert "instead of scanning" not in (finding["hint"] or "") and finding["message"].count("page 6") == 1


def test_too_large_names_what_makes_the_weight(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=str(COMPLETE))
    writer.add_attachment("cv-original.docx", os.urandom(9_000_000))  # incompressible: the file is over 8 MB
    heavy = tmp_path / "heavy.pdf"
    writer.write(str(heavy))
    finding = _findings(heavy, "-p", "aim-china", "--as-of", "2025-09-15")["pdf.too_large"]
    assert "cv-original.docx" in finding["message"] and "cv-original.docx" in finding["hint"]
    assert "single PDF accepts" not in finding["message"]
