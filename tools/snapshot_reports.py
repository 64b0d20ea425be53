"""Write the JSON report of every ground-truth packet to a folder, timings left out, to compare two versions.

A refactor that must change no verdict is proved by two snapshots that are equal:

    python tools/snapshot_reports.py /tmp/before      # on the old version
    python tools/snapshot_reports.py /tmp/after       # on the new one
    diff -r /tmp/before /tmp/after
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_packets"
TIMING_KEYS = {"seconds", "seconds_per_page", "esorcheck_version"}


def _without_timings(value):
    """The report minus what differs from run to run (timings, version) or from checkout to checkout (the root)."""
    if isinstance(value, dict):
        return {k: _without_timings(v) for k, v in value.items() if k not in TIMING_KEYS}
    if isinstance(value, str) and value.startswith(str(ROOT)):
        return value[len(str(ROOT)) + 1 :]
    if isinstance(value, list):
        return [_without_timings(v) for v in value]
    return value


def main(out: Path) -> None:
    from esorcheck.checker import check_packet
    from esorcheck.schema.programmes import get_programme

    out.mkdir(parents=True, exist_ok=True)
    truths = sorted(SAMPLES.glob("*/*.truth.json")) + sorted(SAMPLES.glob("holdout/*/*.truth.json"))
    for truth_path in truths:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        packet = truth_path.with_name(truth_path.name.replace(".truth.json", ".pdf"))
        as_of = dt.date.fromisoformat(truth["as_of"]) if "as_of" in truth else dt.date(2025, 1, 15)
        report = check_packet(packet, get_programme(truth["programme"]), as_of=as_of, track=truth.get("track"))
        name = str(packet.relative_to(SAMPLES)).replace("/", "__").removesuffix(".pdf") + ".json"
        data = _without_timings(report.to_dict())
        (out / name).write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    from esorcheck.checker import check_cv

    cvs = sorted((ROOT / "tests" / "cv_fixtures").glob("*.pdf"))
    for path in cvs:
        data = _without_timings(check_cv(path, as_of=dt.date(2025, 1, 15)).to_dict())
        (out / f"cv__{path.stem}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    hostile_root = ROOT.parent / "shared" / "corpus" / "hostile"
    hostile = sorted(p for p in hostile_root.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf")
    for path in hostile:
        report = check_packet(path, get_programme("aim-china"), as_of=dt.date(2025, 1, 15), ocr="never")
        data = _without_timings(report.to_dict())
        (out / ("hostile__" + str(path.relative_to(hostile_root)).replace("/", "__") + ".json")).write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(truths)} packets, {len(cvs)} CVs and {len(hostile)} hostile files written to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
