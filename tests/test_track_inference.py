"""AIM China without --track: the track is read from the packet (the declaration's kind and signer, and what the
motivation letter asks for or states), reported with its evidence, and checked; a packet that contradicts itself,
or contradicts a given --track, draws funding.track_mismatch."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT, SAMPLES, load_truth, packet_for
from rulecheck import findings

from esorcheck.checker import check_packet
from esorcheck.readings.funding import read_funding_statement
from esorcheck.schema.programmes import get_programme
from esorcheck.split.section import Section

TRUST = SAMPLES / "trust" / "dev" / "aim-china"


def _check(name: str, track: str | None = None, folder=TRUST):
    truth_path = folder / f"{name}.truth.json"
    truth = load_truth(truth_path)
    return check_packet(packet_for(truth_path), get_programme("aim-china"), as_of=dt.date.fromisoformat(truth["as_of"]),
                        track=track)


def test_a_motivation_letter_stating_self_funding_and_the_heads_declaration_give_the_self_funded_track():
    report = _check("infer-self-funded-statement")
    data = report.to_dict()
    assert data["track"] is None and data["inferred_track"] == "self-funded"
    assert any("motivation letter" in e and "self-funding" in e for e in data["track_evidence"])
    assert any("declaration of self-funding" in e for e in data["track_evidence"])
    assert report.status == "complete" and not findings(report, "funding.track_mismatch")
    (verdict,) = [v for v in report.eligibility if v.code == "funding.track_mismatch"]
    assert verdict.status == "ok" and "track inferred: self-funded" in verdict.value


def test_the_declaration_alone_tells_the_track():
    data = _check("infer-from-declaration-only").to_dict()
    assert data["inferred_track"] == "self-funded"
    assert data["track_evidence"] and all("declaration" in e for e in data["track_evidence"])


def test_a_sponsored_packet_is_inferred_sponsored():
    data = _check("complete-sponsored-additional", folder=SAMPLES / "holdout" / "aim-china").to_dict()
    assert data["inferred_track"] == "sponsored" and data["status"] == "complete"


@pytest.mark.parametrize("name, letter", [("contradiction-asks-sponsorship", "asks for sponsorship"),
                                          ("contradiction-financial-support", "asks for sponsorship"),
                                          ("contradiction-states-self-funding", "states self-funding")])
def test_a_packet_that_contradicts_itself_draws_a_track_mismatch(name, letter):
    report = _check(name)
    (finding,) = findings(report, "funding.track_mismatch")
    assert finding.severity.value == "error" and "contradicts itself" in finding.message
    assert letter in finding.message and "declaration" in finding.message
    assert report.to_dict()["inferred_track"] is None and report.status == "incomplete"


def test_a_motivation_letter_contradicting_the_given_track():
    """No declaration at all, and --track sponsored, but the letter says the fellowship is self-funded."""
    report = _check("missing-declaration-all-readable", track="sponsored")
    (finding,) = findings(report, "funding.track_mismatch")
    assert "the chosen track is sponsored" in finding.message and "states self-funding" in finding.message


def test_the_given_track_agrees_with_the_packet():
    report = _check("infer-self-funded-statement", track="self-funded")
    assert report.to_dict()["inferred_track"] == "self-funded" and report.status == "complete"
    assert not findings(report, "funding.track_mismatch")


def _letter(text: str) -> Section:
    from esorcheck.pdf.pages import Page

    return Section("motivation_letter", (Page(1, text, (), 0.0),), 1.0, ())


@pytest.mark.parametrize("text, kind", [
    ("I respectfully apply for one of the sponsored places of the programme.", "need_for_sponsorship"),
    ("My participation will be self-funded, so I do not ask for one of the sponsored places.", "self_funding"),
    ("I do not ask for one of the sponsored places.", "self_funding"),
    ("I am not able to self-fund three months abroad.", "need_for_sponsorship"),
    ("I look forward to learning abdominal MRI in Vienna.", None),
])
def test_what_a_motivation_letter_says_of_its_funding(text, kind):
    assert read_funding_statement(_letter(text)).kind == kind


def test_a_batch_without_track_checks_each_packet_on_its_own_track(tmp_path):
    folder = tmp_path / "received"
    folder.mkdir()
    shutil.copyfile(TRUST / "infer-self-funded-statement.pdf", folder / "a.pdf")
    shutil.copyfile(SAMPLES / "holdout" / "aim-china" / "complete-sponsored-additional.pdf", folder / "b.pdf")
    result = subprocess.run([sys.executable, "-m", "esorcheck", "check", str(folder), "-p", "aim-china", "--as-of", "2025-09-15",
                             "--format", "jsonl"], capture_output=True, text=True, cwd=ROOT, timeout=300,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["inferred_track"], r["status"]) for r in reports] == [("self-funded", "complete"), ("sponsored", "complete")]
    assert result.returncode == 0
