"""Copy-restricted files: a PDF that opens without a password but whose owner withheld printing or copying.

The portal refuses them, so they draw pdf.encrypted (error) with a fix a doctor can follow. The permissions
are read by pdfium, which opened the file: they do not depend on pypdf being able to decrypt it (AES needs
the optional ``cryptography`` package), nor on the bytes spelling ``/Encrypt`` plainly.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT, find_truth, is_complete, load_truth, packet_for
from pypdf import PdfReader, PdfWriter

from esorcheck.checker import check_packet
from esorcheck.schema.programmes import get_programme

needs_qpdf = pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")


def _complete_packet():
    truth_path = find_truth("aim-china", is_complete)
    truth = load_truth(truth_path)
    return packet_for(truth_path), truth


def _qpdf(source, target, *permissions: str) -> None:
    subprocess.run(["qpdf", "--encrypt", "", "office-only", "256", *permissions, "--", str(source), str(target)], check=True)


def _check(path, truth):
    return check_packet(path, get_programme("aim-china"), as_of=load_as_of(truth), track=truth["track"])


def load_as_of(truth):
    import datetime as dt

    return dt.date.fromisoformat(truth["as_of"])


def _encrypted(report):
    found = [f for f in report.findings if f.code == "pdf.encrypted"]
    assert found, f"pdf.encrypted not reported: {[f.code for f in report.findings]}"
    return found[0]


@needs_qpdf
def test_low_resolution_printing_only_is_a_restriction(tmp_path):
    """qpdf --print=low: the file prints, but only as a low-resolution image; the office cannot print it properly."""
    source, truth = _complete_packet()
    target = tmp_path / "low-print.pdf"
    _qpdf(source, target, "--print=low")
    report = _check(target, truth)
    finding = _encrypted(report)
    assert "high-quality printing" in finding.message
    assert "print it to a new PDF" in finding.hint and "password" in finding.hint
    assert report.status == "incomplete"


@needs_qpdf
def test_aes_restrictions_are_read_without_the_cryptography_package(tmp_path):
    """A plain install has no ``cryptography``, without which pypdf cannot decrypt AES (qpdf's default):
    the restriction must be seen all the same, and the file not called damaged."""
    source, truth = _complete_packet()
    target = tmp_path / "no-copy-aes.pdf"
    _qpdf(source, target, "--extract=n")
    program = (
        "import sys, json, datetime as dt; sys.modules['cryptography'] = None\n"
        "from pathlib import Path\n"
        "from esorcheck.checker import check_packet\n"
        "from esorcheck.schema.programmes import get_programme\n"
        f"r = check_packet(Path({str(target)!r}), get_programme('aim-china'), as_of=dt.date.fromisoformat({truth['as_of']!r}),"
        f" track={truth['track']!r}).to_dict()\n"
        "print(json.dumps({'status': r['status'], 'codes': [f['code'] for f in r['findings']], "
        "'messages': [f['message'] for f in r['findings']]}))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, env=env, check=True, cwd=ROOT)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert "pdf.encrypted" in result["codes"], result
    assert "pdf.damaged" not in result["codes"], result
    assert any("copying" in m for m in result["messages"])
    assert result["status"] == "incomplete"


@needs_qpdf
@pytest.mark.parametrize("permissions, withheld", [(["--print=none"], "printing"), (["--extract=n"], "copying")])
def test_qpdf_owner_password(tmp_path, permissions, withheld):
    source, truth = _complete_packet()
    target = tmp_path / "restricted.pdf"
    _qpdf(source, target, *permissions)
    finding = _encrypted(_check(target, truth))
    assert withheld in finding.message


@needs_qpdf
def test_owner_password_without_restrictions_passes(tmp_path):
    """Encrypted, but printing and copying allowed (only editing withheld): the portal takes it."""
    source, truth = _complete_packet()
    target = tmp_path / "no-modify.pdf"
    _qpdf(source, target, "--modify=none")
    report = _check(target, truth)
    assert "pdf.encrypted" not in {f.code for f in report.findings}
    assert report.status == "complete"


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128"])
def test_pypdf_owner_password(tmp_path, algorithm):
    from pypdf.constants import UserAccessPermissions

    source, truth = _complete_packet()
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password="", owner_password="office-only", algorithm=algorithm,
                   permissions_flag=UserAccessPermissions.PRINT | UserAccessPermissions.PRINT_TO_REPRESENTATION)
    target = tmp_path / "no-copy.pdf"
    with open(target, "wb") as handle:
        writer.write(handle)
    finding = _encrypted(_check(target, truth))
    assert "copying" in finding.message and "printing" not in finding.message


def test_encrypt_entry_spelt_with_a_name_escape(tmp_path):
    """``/Encr#79pt`` is the name /Encrypt (PDF names may escape any byte): readers honour it, so must we."""
    source, truth = _complete_packet()
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password="", owner_password="office-only", algorithm="RC4-128", permissions_flag=0)
    plain = tmp_path / "plain-name.pdf"
    with open(plain, "wb") as handle:
        writer.write(handle)
    data = plain.read_bytes()
    trailer = data.rindex(b"trailer")
    assert data.count(b"/Encrypt", trailer) == 1
    escaped = tmp_path / "escaped-name.pdf"
    escaped.write_bytes(data[:trailer] + data[trailer:].replace(b"/Encrypt", b"/Encr#79pt"))
    finding = _encrypted(_check(escaped, truth))
    assert "printing" in finding.message and "copying" in finding.message
