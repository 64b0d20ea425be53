#!/usr/bin/env python3
"""Score esorcheck's splitter against packets with ground truth, per set of packets and per class.

Usage:  python tools/score_split.py [SET ...] [--json FILE] [--markdown]

Sets: samples (sample_packets/*/), holdout (sample_packets/holdout/*/), varied-dev, varied-heldback
(sample_packets/varied/{dev,heldback}/*/), real (tests/realpackets.py, built into a temporary folder;
skipped when the shared real corpus is absent), real-files (the corpus's real CVs and letters, each file
checked whole as its maker produced it), or the path of any folder holding ``*.truth.json`` files beside their
PDFs (searched recursively; a batch of documents written outside the project). Default: all the named sets.

For each set and each class named in the truth files' ``classes`` it prints: page-type accuracy (a page
is right when its type is the truth's or in the section's ``acceptable_types``), boundary precision,
recall and F1 (document starts, page 1 excluded; a start is left out of both when the truth accepts the
section as part of the one before, by naming that one's type among its ``acceptable_types``), language accuracy per section (the language of most
of the section's pages, right when it is the truth's or in ``acceptable_languages``), and the share of
packets whose expected findings are all reported and whose status matches. Then three figures of the
recognition issue: real CVs typed cv over all their pages, letters typed as their truth over all their
pages, and Lorem-ipsum bodies reported not English.

Only the checker's stable surface is used: ``check_packet``, ``get_programme`` and the report's JSON
(``to_dict()``: sections[].type/first_page/last_page/language, findings[].code, status).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_packets"
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

LETTERS = {"motivation_letter", "recommendation_letter"}
ALL_PACKETS = "(all)"


def glob_set(pattern: str, folder: Path = SAMPLES):
    def load(_tmp: Path) -> list[tuple[Path, dict]]:
        return [(p.with_name(p.name.replace(".truth.json", ".pdf")), json.loads(p.read_text(encoding="utf-8")))
                for p in sorted(folder.glob(pattern))]
    return load


def real_set(tmp: Path) -> list[tuple[Path, dict]]:
    from realpackets import build_real_packets
    return build_real_packets(tmp / "real")


def real_files_set(_tmp: Path) -> list[tuple[Path, dict]]:
    """Each CV and letter of the shared real corpus checked whole, as its maker produced it (a moderncv CV
    with the package's own cover letter), against aim-china, whose rules concern both letters."""
    from realpackets import REAL, _index, _real_sections, real_corpus_present
    if not real_corpus_present():
        return []
    packets = []
    for path, entry in _index().items():
        if entry["kind"] != "pdf" or not path.startswith(("cv/", "letters/")):
            continue
        pages = _real_sections(entry)
        packets.append((REAL / path, {"programme": "aim-china", "as_of": "2025-09-15", "status": "incomplete",
                                      "sections": pages.sections, "expected_findings": pages.findings,
                                      "classes": [path.split("/")[0]]}))
    return packets


SETS = {
    "samples": glob_set("*/*.truth.json"),
    "holdout": glob_set("holdout/*/*.truth.json"),
    "varied-dev": glob_set("varied/dev/*/*.truth.json"),
    "varied-heldback": glob_set("varied/heldback/*/*.truth.json"),
    "real": real_set,
    "real-files": real_files_set,
}


@dataclass
class Tally:
    """Counts that add up over packets; the figures are ratios of them."""
    pages: int = 0
    pages_right: int = 0
    true_starts: int = 0
    found_starts: int = 0
    starts_right: int = 0
    sections: int = 0
    languages_right: int = 0
    packets: int = 0
    packets_right: int = 0
    real_cvs: int = 0
    real_cvs_whole: int = 0
    letters: int = 0
    letters_right: int = 0
    lorem: int = 0
    lorem_not_english: int = 0
    misses: list = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        for name, value in vars(other).items():
            setattr(self, name, getattr(self, name) + value)

    def figures(self) -> dict:
        def ratio(a, b):
            return round(a / b, 4) if b else None
        precision, recall = ratio(self.starts_right, self.found_starts), ratio(self.starts_right, self.true_starts)
        f1 = round(2 * precision * recall / (precision + recall), 4) if precision and recall else (0.0 if precision == 0 or recall == 0 else None)
        return {"packets": self.packets, "pages": self.pages, "page_type_accuracy": ratio(self.pages_right, self.pages),
                "boundary_precision": precision, "boundary_recall": recall, "boundary_f1": f1,
                "language_accuracy": ratio(self.languages_right, self.sections),
                "findings_and_status": ratio(self.packets_right, self.packets),
                "real_cvs_whole": f"{self.real_cvs_whole}/{self.real_cvs}" if self.real_cvs else None,
                "letters_right": f"{self.letters_right}/{self.letters}" if self.letters else None,
                "lorem_not_english": f"{self.lorem_not_english}/{self.lorem}" if self.lorem else None}


def page_map(sections: list[dict], key: str) -> dict[int, object]:
    return {n: s.get(key) for s in sections for n in range(s["first_page"], s["last_page"] + 1)}


def primary_language(code: str | None) -> str | None:
    """ISO 639-1 of a reported language tag ('zh-cn' is Chinese)."""
    return code.split("-")[0].lower() if code else None


def score_packet(truth: dict, report: dict | None, name: str) -> Tally:
    t = Tally(packets=1)
    findings = {f["code"] for f in (report or {}).get("findings", [])}
    status = (report or {}).get("status")
    if set(truth["expected_findings"]) <= findings and status == truth["status"]:
        t.packets_right = 1
    else:
        t.misses.append(f"{name}: status {status} (truth {truth['status']}), missing "
                        f"{sorted(set(truth['expected_findings']) - findings)}")
    if not truth["sections"]:
        return t
    got = (report or {}).get("sections", [])
    got_type = page_map(got, "type")
    got_lang = {n: primary_language(code) for n, code in page_map(got, "language").items()}
    for s in truth["sections"]:
        accepted = {s["type"], *s.get("acceptable_types", [])}
        pages = range(s["first_page"], s["last_page"] + 1)
        right = [got_type.get(n) in accepted for n in pages]
        t.pages += len(right)
        t.pages_right += sum(right)
        if not all(right):
            t.misses.append(f"{name} p.{s['first_page']}-{s['last_page']}: {s['type']} typed "
                            f"{[got_type.get(n) for n in pages]}")
        whole = all(right)
        if s["type"] == "cv" and str(s.get("source", "")).startswith("real:"):
            t.real_cvs += 1
            t.real_cvs_whole += whole
        if s["type"] in LETTERS:
            t.letters += 1
            t.letters_right += whole
        if s.get("language"):
            said = Counter(got_lang.get(n) for n in pages).most_common(1)[0][0]
            t.sections += 1
            said_right = said in {s["language"], *s.get("acceptable_languages", [])}
            t.languages_right += said_right
            if not said_right:
                t.misses.append(f"{name} p.{s['first_page']}-{s['last_page']}: {s['type']} in {s['language']} said {said}")
            if s["language"] == "la":
                t.lorem += 1
                t.lorem_not_english += said not in (None, "en")
    # A start the truth leaves open: the section may be folded into the one before (it accepts that one's type).
    optional = {s["first_page"] for before, s in zip(truth["sections"], truth["sections"][1:])
                if before["type"] in s.get("acceptable_types", [])}
    true_starts = {s["first_page"] for s in truth["sections"][1:]} - optional
    found = {s["first_page"] for s in got[1:]} - optional
    t.true_starts, t.found_starts, t.starts_right = len(true_starts), len(found), len(true_starts & found)
    return t


def check(path: Path, truth: dict) -> dict | None:
    from esorcheck.checker import check_packet
    from esorcheck.schema.programmes import get_programme
    try:
        report = check_packet(path, get_programme(truth["programme"]), as_of=dt.date.fromisoformat(truth["as_of"]),
                              track=truth.get("track"))
        return report.to_dict()
    except Exception as exc:            # a crash scores as an empty report; say so
        print(f"  {path.name}: checker raised {type(exc).__name__}: {exc}", file=sys.stderr)
        return None


def score_sets(names: list[str]) -> dict[str, dict[str, Tally]]:
    """{set: {class or '(all)': Tally}}"""
    results: dict[str, dict[str, Tally]] = {}
    with tempfile.TemporaryDirectory(prefix="score-split-") as tmp:
        for name in names:
            packets = (SETS[name] if name in SETS else glob_set("**/*.truth.json", Path(name)))(Path(tmp))
            print(f"{name}: {len(packets)} packets", file=sys.stderr)
            tallies: dict[str, Tally] = defaultdict(Tally)
            for path, truth in packets:
                label = f"{path.parent.name}/{path.stem}"
                tally = score_packet(truth, check(path, truth), label)
                tallies[ALL_PACKETS].add(tally)
                for cls in truth.get("classes", []):
                    tallies[cls].add(tally)
            results[name] = dict(tallies)
    return results


COLUMNS = [("packets", "packets"), ("pages", "pages"), ("page_type_accuracy", "page type"),
           ("boundary_precision", "bound. P"), ("boundary_recall", "bound. R"), ("boundary_f1", "bound. F1"),
           ("language_accuracy", "language"), ("findings_and_status", "findings+status"),
           ("real_cvs_whole", "real CVs whole"), ("letters_right", "letters right"), ("lorem_not_english", "Lorem not en")]


def table(results: dict[str, dict[str, Tally]], markdown: bool) -> str:
    rows = [["set", "class"] + [title for _, title in COLUMNS]]
    for set_name, tallies in results.items():
        for cls in [ALL_PACKETS] + sorted(k for k in tallies if k != ALL_PACKETS):
            fig = tallies[cls].figures()
            rows.append([set_name, cls] + ["–" if fig[key] is None else str(fig[key]) for key, _ in COLUMNS])
    if markdown:
        out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
        return "\n".join(out + ["| " + " | ".join(r) + " |" for r in rows[1:]])
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help=f"sets to score, of {', '.join(SETS)}, or folders of truth files (default: all)")
    ap.add_argument("--json", type=Path, help="also write the figures and the misses as JSON")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument("--misses", action="store_true", help="list every page range and packet scored wrong")
    args = ap.parse_args()
    unknown = {name for name in args.sets if name not in SETS and not Path(name).is_dir()}
    if unknown:
        ap.error(f"unknown sets {sorted(unknown)}; choose from {', '.join(SETS)}, or name a folder")
    results = score_sets(args.sets or list(SETS))
    print(table(results, args.markdown))
    if args.misses:
        for set_name, tallies in results.items():
            for miss in tallies.get(ALL_PACKETS, Tally()).misses:
                print(f"{set_name}: {miss}")
    if args.json:
        args.json.write_text(json.dumps({s: {c: dict(t.figures(), misses=t.misses) for c, t in tallies.items()}
                                         for s, tallies in results.items()}, indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
