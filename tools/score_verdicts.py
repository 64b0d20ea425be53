#!/usr/bin/env python3
"""Score the checker's verdicts against packets whose truth is known by construction.

Usage:
    PYTHONPATH=. python tools/score_verdicts.py                      # trust-dev, trust-heldback, hostile
    PYTHONPATH=. python tools/score_verdicts.py trust-dev samples holdout real-passports
    PYTHONPATH=. python tools/score_verdicts.py trust-dev --details  # one line per packet (never for held-back)
    PYTHONPATH=. python tools/score_verdicts.py --json out.json

Sets: ``trust-dev`` and ``trust-heldback`` (sample_packets/trust/), ``samples``
(sample_packets/<programme>/), ``holdout`` (sample_packets/holdout/<programme>/),
``real-passports`` (the specimen passport scans of the shared corpus, read in place,
passport figures only) and ``hostile`` (the 500 PDFs of the shared hostile corpus,
none an ESOR packet: how many come out complete, per programme).

Per set and per class it prints: false errors (error-level findings not in the truth's
expected findings, on packets whose truth is complete), false completes (status
complete where the truth is not), statuses and exit codes against the truth, missed
expected findings, passport figures and AIM China track inference.

Only the checker's stable interface is used: ``check_packet(path, get_programme(id),
as_of=..., track=..., ocr=...)`` and the report's ``to_dict()`` (status, findings,
sections, passport). The hostile corpus runs with ``ocr="never"`` to stay fast.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_packets"
SHARED = Path("/work/shared") if Path("/work/shared").exists() else ROOT.parent / "shared"
HOSTILE = SHARED / "corpus" / "hostile"
REAL = SHARED / "corpus" / "real"
PROGRAMMES = ["aim-china", "exchange-fellowship", "icm-oncologic-imaging", "gustave-roussy-hybrid-imaging",
              "lille-neuroinflammatory", "visiting-scholarship-europe", "bracco-fellowship"]
# The reference date each programme's hostile run and real passports are judged at: before its call closed.
AS_OF = {"aim-china": "2025-09-15", "exchange-fellowship": "2024-03-04", "icm-oncologic-imaging": "2023-01-30",
         "gustave-roussy-hybrid-imaging": "2021-03-12", "lille-neuroinflammatory": "2020-07-20",
         "visiting-scholarship-europe": "2025-04-10", "bracco-fellowship": "2025-05-20"}
# Exit codes of the report contract, by packet status.
EXIT = {"complete": 0, "incomplete": 1, "unreadable": 3, "unverified": 4}
DEFAULT_SETS = ["trust-dev", "trust-heldback", "hostile"]
NOT_PACKET_DIRS = {"builder", "holdout", "trust", "_work"}


# ---------------------------------------------------------------- running the checker
def check(job: dict) -> dict:
    """Run the checker on one file; a crash is recorded, not raised (it is a finding about the checker)."""
    from esorcheck.checker import check_packet
    from esorcheck.schema.programmes import get_programme
    started = time.monotonic()
    try:
        report = check_packet(Path(job["path"]), get_programme(job["programme"]),
                              as_of=dt.date.fromisoformat(job["as_of"]), track=job.get("track"),
                              ocr=job.get("ocr", "auto")).to_dict()
    except Exception as exc:  # noqa: BLE001
        report = {"status": "crash", "findings": [], "error": f"{type(exc).__name__}: {exc}"}
    return {**job, "report": report, "seconds": round(time.monotonic() - started, 2)}


def run(jobs: list[dict], workers: int) -> list[dict]:
    if workers <= 1:
        return [check(j) for j in jobs]
    with multiprocessing.Pool(workers) as pool:
        return pool.map(check, jobs, chunksize=1)


# ---------------------------------------------------------------- the sets
def packet_jobs(folder: Path, pattern: str, set_name: str) -> list[dict]:
    jobs = []
    for truth_path in sorted(folder.glob(pattern)):
        if NOT_PACKET_DIRS & set(truth_path.relative_to(folder).parts[:-2]):
            continue
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        pdf = truth_path.with_name(truth_path.name.replace(".truth.json", ".pdf"))
        jobs.append({"set": set_name, "path": str(pdf), "name": str(pdf.relative_to(ROOT)),
                     "programme": truth["programme"], "as_of": truth["as_of"], "track": truth.get("track"),
                     "truth": truth})
    return jobs


def set_jobs(name: str) -> list[dict]:
    if name == "trust-dev":
        return packet_jobs(SAMPLES / "trust" / "dev", "*/*.truth.json", name)
    if name == "trust-heldback":
        return packet_jobs(SAMPLES / "trust" / "heldback", "*/*.truth.json", name)
    if name == "samples":
        return [j for j in packet_jobs(SAMPLES, "*/*.truth.json", name)
                if Path(j["path"]).parent.name not in NOT_PACKET_DIRS]
    if name == "holdout":
        return packet_jobs(SAMPLES / "holdout", "*/*.truth.json", name)
    if name == "real-passports":
        index = json.loads((REAL / "INDEX.json").read_text(encoding="utf-8"))
        jobs = []
        for entry in index["files"]:
            if entry["path"].startswith("passports/") and entry["path"].endswith(".pdf"):
                pp = entry["truth"]["passport"]
                truth = {"status": None, "classes": ["passport-zone"],
                         "expected_findings": ["passport.expired"] if pp.get("expired") else [],
                         "passport": {"mrz": pp["mrz"], "expiry": pp.get("expiry_date"),
                                      "zone_valid": all(pp["check_digits"].values())}}
                jobs.append({"set": name, "path": str(REAL / entry["path"]), "name": entry["path"],
                             "programme": "icm-oncologic-imaging", "as_of": AS_OF["icm-oncologic-imaging"],
                             "track": None, "truth": truth})
        return jobs
    if name == "hostile":
        files = sorted(HOSTILE.rglob("*.pdf"))
        return [{"set": name, "path": str(f), "name": str(f.relative_to(HOSTILE)), "programme": p,
                 "as_of": AS_OF[p], "track": None, "ocr": "never", "truth": None}
                for p in PROGRAMMES for f in files]
    raise SystemExit(f"unknown set {name!r}: choose from trust-dev, trust-heldback, samples, holdout, "
                     "real-passports, hostile")


# ---------------------------------------------------------------- scoring
def codes(report: dict, severity: str | None = None) -> list[str]:
    return [f["code"] for f in report.get("findings", []) if severity is None or f.get("severity") == severity]


def inferred_track(report: dict, told: str | None) -> str | None:
    """The track the report says it inferred; a report that states none has not inferred one."""
    for key in ("inferred_track", "track_inferred"):
        if report.get(key):
            return report[key]
    track = report.get("track")
    if isinstance(track, dict):
        return track.get("inferred") or track.get("value")
    return track if track and track != told else None


def passport_score(result: dict) -> dict | None:
    truth = result["truth"].get("passport") if result["truth"] else None
    if not truth:
        return None
    report = result["report"]
    pp = report.get("passport") or {}
    checks = pp.get("checks") or {}
    read_valid = bool(pp.get("mrz_found")) and bool(checks) and all(checks.values())
    return {"read_all_checks_valid": read_valid,
            "read_exactly": read_valid and list(pp.get("mrz") or []) == truth["mrz"],
            "expiry_found": bool(pp.get("expiry")),
            "expiry_right": pp.get("expiry") == truth.get("expiry"),
            # Trust passports carry valid zones by construction ("valid" there means valid for the fellowship).
            "mrz_invalid_on_valid_zone": truth.get("zone_valid", True) and "passport.mrz_invalid" in codes(report),
            "expired_expected": "passport.expired" in result["truth"].get("expected_findings", []),
            "expired_reported": "passport.expired" in codes(report)}


def score(results: list[dict]) -> dict:
    s = {"packets": len(results), "status_agree": 0, "status_pairs": Counter(), "exit_pairs": Counter(),
         "false_errors": Counter(), "packets_with_false_error": 0, "complete_truth": 0,
         "false_warnings": Counter(), "unexpected": Counter(), "false_complete": 0, "false_complete_by_truth": Counter(),
         "missed": Counter(), "not_complete_truth": 0, "crashes": 0, "seconds": 0.0, "passport": Counter(), "track": Counter()}
    for r in results:
        truth, report = r["truth"], r["report"]
        status = report.get("status")
        s["seconds"] += r["seconds"]
        s["crashes"] += status == "crash"
        want = truth.get("status")
        expected = set(truth.get("expected_findings", []))
        pp = passport_score(r)
        if want is None and pp:          # a lone passport page: only its passport findings are scored
            s["missed"].update(c for c in expected if c not in set(codes(report)))
        if want is not None:
            s["not_complete_truth"] += want != "complete"
            s["status_agree"] += status == want
            s["status_pairs"][f"{want} -> {status}"] += 1
            s["exit_pairs"][f"{EXIT.get(want)} -> {EXIT.get(status, 'crash')}"] += 1
            if want == "complete":
                s["complete_truth"] += 1
                wrong = [c for c in codes(report, "error") if c not in expected]
                s["false_errors"].update(wrong)
                s["packets_with_false_error"] += bool(wrong)
                s["false_warnings"].update(c for c in codes(report, "warning") if c not in expected)
            else:
                # On a packet that is not complete, an error or warning its truth does not expect is as false
                # (a name misread on a passport that has also expired).
                s["unexpected"].update(c for c in (*codes(report, "error"), *codes(report, "warning")) if c not in expected)
                if status == "complete":
                    s["false_complete"] += 1
                    s["false_complete_by_truth"][want] += 1
            s["missed"].update(c for c in expected if c not in set(codes(report)))
        if pp:
            s["passport"]["passports"] += 1
            s["passport"].update(k for k, v in pp.items() if v)
        if truth.get("programme") == "aim-china" and "expected_track" in truth and truth.get("track") is None:
            want_track = truth["expected_track"]
            got = inferred_track(report, None)
            s["track"]["packets"] += 1
            s["track"]["self-contradictory" if want_track is None else "inferable"] += 1
            if want_track is not None:
                s["track"]["inferred"] += got is not None
                s["track"]["inferred_right"] += got == want_track
            else:
                s["track"]["mismatch_reported"] += "funding.track_mismatch" in codes(report, "error")
    return s


def render(title: str, s: dict) -> list[str]:
    judged = s["complete_truth"] + s["not_complete_truth"]
    out = [f"  {title}: {s['packets']} packets, status agrees on {s['status_agree']} of {judged}, "
           f"{s['crashes']} crashes, {s['seconds']:.0f} s of checking"]
    if s["complete_truth"]:
        fe = ", ".join(f"{c} ×{n}" for c, n in s["false_errors"].most_common()) or "none"
        fw = ", ".join(f"{c} ×{n}" for c, n in s["false_warnings"].most_common()) or "none"
        out.append(f"    false errors on {s['packets_with_false_error']} of {s['complete_truth']} complete packets: {fe}")
        out.append(f"    false warnings on complete packets: {fw}")
    not_complete = s["not_complete_truth"]
    if not_complete:
        by = ", ".join(f"{k} ×{n}" for k, n in s["false_complete_by_truth"].items())
        out.append(f"    false completes: {s['false_complete']} of {not_complete} not-complete packets"
                   + (f" ({by})" if by else ""))
        unexpected = ", ".join(f"{c} ×{n}" for c, n in s["unexpected"].most_common()) or "none"
        out.append(f"    errors and warnings not expected on not-complete packets: {unexpected}")
    if s["status_pairs"]:
        out.append("    status truth -> report: " + ", ".join(f"{k} ×{n}" for k, n in sorted(s["status_pairs"].items())))
        out.append("    exit truth -> report: " + ", ".join(f"{k} ×{n}" for k, n in sorted(s["exit_pairs"].items())))
    if s["missed"]:
        out.append("    expected findings missed: " + ", ".join(f"{c} ×{n}" for c, n in s["missed"].most_common()))
    p = s["passport"]
    if p["passports"]:
        out.append(f"    passports: {p['passports']}; zone read with every check digit valid {p['read_all_checks_valid']}"
                   f" (exactly the true lines {p['read_exactly']}); expiry found {p['expiry_found']} (right "
                   f"{p['expiry_right']}); passport.mrz_invalid on valid zones {p['mrz_invalid_on_valid_zone']}; "
                   f"passport.expired {p['expired_reported']} reported / {p['expired_expected']} expected")
    t = s["track"]
    if t["packets"]:
        out.append(f"    track inference (no --track): inferred {t['inferred']} of {t['inferable']} (right "
                   f"{t['inferred_right']}); self-contradictory packets with funding.track_mismatch "
                   f"{t['mismatch_reported']} of {t['self-contradictory']}")
    return out


def hostile_summary(results: list[dict]) -> list[str]:
    per = defaultdict(Counter)
    for r in results:
        status = r["report"].get("status")
        per[r["programme"]][status] += 1
    files = len({r["path"] for r in results})
    out = [f"hostile corpus ({files} PDFs, none an ESOR packet; ocr=never): status complete (exit 0) per programme"]
    for p in PROGRAMMES:
        if p in per:
            c = per[p]
            out.append(f"  {p:32s} complete {c['complete']:4d}   " + ", ".join(
                f"{k} {v}" for k, v in sorted(c.items(), key=lambda kv: str(kv[0])) if k != "complete"))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", default=DEFAULT_SETS,
                    help="trust-dev, trust-heldback, samples, holdout, real-passports, hostile")
    ap.add_argument("--workers", type=int, default=2, help="checker processes (default 2)")
    ap.add_argument("--details", action="store_true", help="one line per packet (not for trust-heldback)")
    ap.add_argument("--json", type=Path, help="write every result (held-back packets aggregated only)")
    args = ap.parse_args()

    dump = {}
    for name in args.sets:
        jobs = set_jobs(name)
        started = time.monotonic()
        results = run(jobs, args.workers)
        print(f"\n== {name} ({len(jobs)} runs, {time.monotonic() - started:.0f} s wall)")
        if name == "hostile":
            lines = hostile_summary(results)
            print("\n".join(lines))
            dump[name] = lines
            continue
        overall = score(results)
        print("\n".join(render("all", overall)))
        by_class = defaultdict(list)
        for r in results:
            for cls in r["truth"].get("classes", []):
                by_class[cls].append(r)
        for cls in sorted(by_class):
            print("\n".join(render(f"class {cls}", score(by_class[cls]))))
        dump[name] = {"all": overall, **{cls: score(rs) for cls, rs in by_class.items()}}
        if args.details and name != "trust-heldback":
            for r in results:
                rep = r["report"]
                print(f"    {r['name']}: truth {r['truth'].get('status')} -> {rep.get('status')}; "
                      f"expected {r['truth'].get('expected_findings')}; got "
                      f"{sorted(set((f['code'], f.get('severity')) for f in rep.get('findings', [])))}")
        if name != "trust-heldback":
            dump[name + ":packets"] = [{"name": r["name"], "status": r["report"].get("status"),
                                        "findings": [(f["code"], f.get("severity")) for f in r["report"].get("findings", [])]}
                                       for r in results]
    if args.json:
        args.json.write_text(json.dumps(dump, indent=1, default=lambda o: dict(o)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
