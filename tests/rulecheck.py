"""Helpers of the rule tests (test_rules_*.py): a sample packet by name, checked at another date or programme."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import SAMPLES, as_of, load_truth, packet_for

from esorcheck.checker import check_packet
from esorcheck.schema.programmes import Programme, get_programme


def sample(programme: str, name: str) -> Path:
    """The truth sidecar of a sample packet, by programme and name."""
    return SAMPLES / programme / f"{name}.truth.json"


SAME_TRACK = "same"


def check_at(truth_path: Path, when: dt.date | None = None, programme: Programme | None = None,
             track: str | None = SAME_TRACK):
    """The sample checked at another reference date, against another programme copy, or for another track (None: none)."""
    truth = load_truth(truth_path)
    return check_packet(packet_for(truth_path), programme or get_programme(truth["programme"]),
                        as_of=when or as_of(truth), track=truth.get("track") if track == SAME_TRACK else track)


def verdict(report, code: str, label: str | None = None):
    """The one eligibility verdict of ``code`` (and ``label``) in the report."""
    found = [v for v in report.eligibility if v.code == code and (label is None or v.label == label)]
    assert len(found) == 1, [v.to_dict() for v in report.eligibility]
    return found[0]


def findings(report, code: str) -> list:
    return [f for f in report.findings if f.code == code]


def the(report, code: str):
    """The one finding of ``code`` in the report."""
    found = findings(report, code)
    assert len(found) == 1, [f"{f.code}: {f.message}" for f in report.findings]
    return found[0]
