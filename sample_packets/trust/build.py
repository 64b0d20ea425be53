#!/usr/bin/env python3
"""Build the trust packets: ground truth for the checker's verdicts (false errors, false completes).

Usage:  python sample_packets/trust/build.py [--keep-work]

Writes ``sample_packets/trust/{dev,heldback}/<programme>/<name>.pdf`` with a
``<name>.truth.json`` beside each, and README.md. The documents come from the
sample builder (reportlab, LibreOffice) and the held-out generator (Chromium); this
script adds what those sets lack: heads of department signing in other words,
non-heads, passports captured by scanners and phones, owner-password files, packets
that tell their AIM China track, and pages nothing can be read from.

About one packet in three is held back: drawn at random, with a fixed seed, within
each packet's first class, so every class has held-back packets. The held-back part
is for measuring only; do not open it while tuning the checker.

Needs what ``sample_packets/build.py`` and ``sample_packets/holdout/build.py`` need
(reportlab, python-docx, pypdf, pypdfium2, Pillow, LibreOffice, Chromium, fonts) and
qpdf. The build is deterministic: every random choice is seeded with the packet's
name, and PDF dates and file identifiers are fixed. The one exception is the three
AES-256 owner-password files made with qpdf: their key salts are random, so their
bytes change at each rebuild while their content and truth do not.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import io
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zlib
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent
sys.path[:0] = [str(SAMPLES), str(HERE)]
sys.dont_write_bytecode = True

HELD_BACK_SHARE = 1 / 3
HELD_BACK_SEED = "esorcheck-trust-heldback-v1"
SPLITS = ("dev", "heldback")


def load(name: str, path: Path):
    """Import a build script by path (both sample builds are called build.py)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------- the held-back draw
def draw_heldback(packets) -> set[str]:
    """Keys of the held-back packets: a third of each first class, at least one, by a seeded draw."""
    by_class = defaultdict(list)
    for p in packets:
        by_class[p.classes[0]].append(p.key)
    held = set()
    for cls, keys in sorted(by_class.items()):
        rng = random.Random(f"{HELD_BACK_SEED}/{cls}")
        held.update(rng.sample(sorted(keys), max(1, round(len(keys) * HELD_BACK_SHARE))))
    return held


# ---------------------------------------------------------------- rendering
def render_builder_packets(packets, work: Path, sample_build) -> dict[str, tuple[bytes, list[dict], str]]:
    """PDF bytes, true sections and producer of every packet made of builder documents and image pages."""
    from builder.assemble import Packet as BuilderPacket, Part, merge, pages_of
    from builder.model import Document
    from trustgen.model import ImagePart

    made = [p for p in packets if p.parts]
    drawn = [BuilderPacket(p.programme, p.name.replace("/", "-"), p.description, p.status, p.expected,
                           [x for x in p.parts if isinstance(x, Part)], p.as_of, track=p.track or "")
             for p in made]
    rendered = sample_build.render_all(drawn, work)
    out = {}
    for p, pages in zip(made, rendered):
        pages = iter(pages)
        all_pages, parts, extra = [], [], []
        for j, item in enumerate(p.parts):
            if isinstance(item, ImagePart):
                rng = random.Random(zlib.crc32(f"{p.key}/{j}".encode()))
                all_pages.append(pages_of(item.make(rng)))
                parts.append(Part(Document(item.type, item.language or "", []), "rl", scanned=True))
                extra.append({"unreadable": item.unreadable, **({"stands_for": item.stands_for} if item.stands_for
                                                                 else {})})
            else:
                all_pages.append(next(pages))
                parts.append(item)
                extra.append({})
        whole = BuilderPacket(p.programme, p.name, p.description, p.status, p.expected, parts, p.as_of,
                              title=p.title)
        data, sections = merge(whole, all_pages)
        for section, item, more in zip(sections, p.parts, extra):
            if isinstance(item, ImagePart):
                section["language"] = item.language
                section.update(more)
        out[p.key] = (data, sections, whole.producer)
    return out


def render_chromium_packets(packets, holdout_build, work: Path) -> dict[str, tuple[bytes, list[dict], str]]:
    """Held-out packets reprinted with reworded signature blocks."""
    from gen.docs import esc
    from gen.packets import all_packets as holdout_packets

    sources = {f"{h.programme}/{h.name}": h for h in holdout_packets()}
    binary = holdout_build.chromium_binary()
    out = {}
    for p in packets:
        if not p.chromium:
            continue
        source = sources[p.chromium.source]
        docs = list(source.docs)
        for old, new in p.chromium.roles.items():
            needle, hits = f"<div>{esc(old)}</div>", 0
            for i, d in enumerate(docs):
                hits += d.html.count(needle)
                docs[i] = replace(d, html=d.html.replace(needle, f"<div>{esc(new)}</div>"))
            if not hits:
                raise SystemExit(f"{p.key}: no signature block reads {old!r} in {p.chromium.source}")
        pdfs = [holdout_build.print_html(binary, d.html, work) for d in docs]
        target = work / "packets" / f"{p.programme}--{p.name}.pdf"
        sections = holdout_build.assemble(replace(source, name=f"trust-{p.name}", docs=docs), pdfs, target)
        out[p.key] = (target.read_bytes(), sections, "chromium")
    return out


# ---------------------------------------------------------------- owner passwords
def compact(data: bytes, work: Path) -> bytes:
    """The same PDF with object streams and maximum Flate compression (qpdf), to keep the set small."""
    src, dst = work / "loose.pdf", work / "compact.pdf"
    src.write_bytes(data)
    subprocess.run(["qpdf", "--deterministic-id", "--object-streams=generate", "--recompress-flate", "--compression-level=9",
                    str(src), str(dst)], check=True, capture_output=True)
    return dst.read_bytes()


def owner_password_only(data: bytes, key: str, protect: dict, work: Path) -> bytes:
    """The same file restricted by an owner password only: it opens, but printing and/or copying are refused."""
    owner = "esor-owner-" + hashlib.sha1(key.encode()).hexdigest()[:8]
    if protect["tool"] == "qpdf":
        src, dst = work / "plain.pdf", work / "protected.pdf"
        src.write_bytes(data)
        cmd = ["qpdf", "--static-id", "--static-aes-iv", "--encrypt", "", owner, "256",
               f"--print={protect['print']}", f"--extract={'y' if protect['copy'] else 'n'}", "--",
               str(src), str(dst)]
        subprocess.run(cmd, check=True, capture_output=True)
        return dst.read_bytes()
    from pypdf import PdfReader, PdfWriter
    from pypdf.constants import UserAccessPermissions as Perm
    from pypdf.generic import ArrayObject, ByteStringObject
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    allowed = Perm.all()
    if not protect["print"]:
        allowed &= ~(Perm.PRINT | Perm.PRINT_TO_REPRESENTATION)
    if not protect["copy"]:
        allowed &= ~(Perm.EXTRACT | Perm.EXTRACT_TEXT_AND_GRAPHICS)
    fixed = ByteStringObject(hashlib.md5(key.encode()).digest())
    writer._ID = ArrayObject([fixed, fixed])
    writer.encrypt(user_password="", owner_password=owner, permissions_flag=allowed,
                   algorithm=protect.get("algorithm", "RC4-128"))
    writer._ID = ArrayObject([fixed, fixed])
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# ---------------------------------------------------------------- truth and checks
def truth_of(p, sections: list[dict], producer: str, split: str) -> dict:
    from trustgen.model import TRACKED
    t: dict = {"programme": p.programme}
    if p.programme in TRACKED:
        t["track"] = p.track
    t.update({"as_of": p.as_of.isoformat(), "producer": producer, "description": p.description, "status": p.status,
              "sections": sections, "expected_findings": sorted(p.expected), "classes": p.classes, "split": split})
    if p.programme == "aim-china" and (p.track is None or p.expected_track):
        t["expected_track"] = p.expected_track
    if p.passport:
        t["passport"] = p.passport
    unread = [n for s in sections if s.get("unreadable") for n in range(s["first_page"], s["last_page"] + 1)]
    if unread:
        t["unreadable_pages"] = unread
    if p.protect:
        t["protection"] = {"owner_password_only": True, "printing": p.protect["print"],
                           "copying": p.protect["copy"], "made_with": p.protect["tool"]}
    return t


MRZ_WEIGHTS = (7, 3, 1)


def mrz_check(field: str) -> str:
    value = lambda ch: int(ch) if ch.isdigit() else 0 if ch == "<" else ord(ch) - 55  # noqa: E731
    return str(sum(value(c) * MRZ_WEIGHTS[i % 3] for i, c in enumerate(field)) % 10)


def verify(pdf: bytes, truth: dict) -> list[str]:
    """The file agrees with its truth: pages tile, image pages carry no text, zones check, restrictions hold."""
    from pypdf import PdfReader
    problems = []
    reader = PdfReader(io.BytesIO(pdf))
    if reader.is_encrypted:
        if not truth.get("protection") or reader.decrypt("") == 0:
            problems.append("encrypted, but not an owner-password-only file of the copy-restricted class")
    sections = truth["sections"]
    if len(reader.pages) != sections[-1]["last_page"]:
        problems.append(f"{len(reader.pages)} pages, truth ends at {sections[-1]['last_page']}")
    expected = 1
    for s in sections:
        if s["first_page"] != expected:
            problems.append(f"sections do not tile at {s}")
        expected = s["last_page"] + 1
        if s["scanned"]:
            for n in range(s["first_page"], s["last_page"] + 1):
                if (reader.pages[n - 1].extract_text() or "").strip():
                    problems.append(f"page {n} is meant to be image-only but has text")
    pp = truth.get("passport")
    if pp:
        l2 = pp["mrz"][1]
        fields = [(l2[0:9], l2[9]), (l2[13:19], l2[19]), (l2[21:27], l2[27]),
                  (l2[0:10] + l2[13:20] + l2[21:43], l2[43])]
        if l2[28:42].strip("<"):
            fields.append((l2[28:42], l2[42]))
        if not all(mrz_check(f) == d for f, d in fields) or len(l2) != 44 or len(pp["mrz"][0]) != 44:
            problems.append("passport zone in the truth fails its check digits")
    return problems


# ---------------------------------------------------------------- README
def readme(rows: list[tuple]) -> str:
    counts = defaultdict(lambda: [0, 0])
    for _, truth in rows:
        for cls in truth["classes"]:
            counts[cls][truth["split"] == "heldback"] += 1
    lines = [
        "# Trust packets: ground truth for the checker's verdicts",
        "",
        "Application packets made to measure whether `esorcheck` reports as certain only what it has read: "
        "error-level findings on eligible applicants (false errors) and `complete` on packets that are not "
        "(false completes). Every packet is built with its truth: a valid packet is valid because its applicant, "
        "signers and dates were chosen against the call (schemas/programmes/*.yaml) at its `as_of` date.",
        "",
        "**Keep the held-back part unseen.** `heldback/` is about a third of the packets, drawn at random "
        "(fixed seed) within each class. Tune the checker on `dev/` only; run `heldback/` to measure, and do not "
        "open its PDFs, truths or per-packet results while changing the checker.",
        "",
        "Each `<split>/<programme>/<name>.pdf` has a `<name>.truth.json` in the format of `sample_packets/`: "
        "`programme`, `track` (for the tracked calls; `null` asks the checker to infer it), `as_of`, `producer`, "
        "`description`, `status` (complete | incomplete | unverified), `sections` (type, pages, scanned, language; "
        "image pages add `unreadable` and, when nothing can be read, `stands_for`: the document meant to be "
        "there), `expected_findings` (the codes a correct checker reports), plus `classes`, `split`, and where "
        "relevant `expected_track`, `passport` (exact zone lines, expiry, valid for the whole fellowship, how it "
        "was captured), `unreadable_pages` and `protection`.",
        "",
        "Classes: `valid-packet` (must draw no error and no warning), `signer-role` (heads of department "
        "signing as 'Director, Department of …', 'Chair, …', 'Chief of Radiology', 'Head, Institute of …', and in "
        "German, French, Spanish, Italian, Polish, Dutch, Portuguese, Croatian; and non-heads where the call asks "
        "for a head), `passport-zone` (scans at 100–150 dpi, photos at an angle, 450–600 px phone images, "
        "zones with a filled second line, passports expiring before the fellowship ends), `copy-restricted` "
        "(owner password only: opens, but printing and/or copying are refused), `track-inference` (AIM China "
        "without `--track`), `no-false-complete` (required documents replaced by pages nothing can be read "
        "from, single-image files, and plainly missing documents with every page readable).",
        "",
        "| class | dev | held back |",
        "|---|---|---|",
    ]
    for cls in ("valid-packet", "signer-role", "passport-zone", "copy-restricted", "track-inference",
                "no-false-complete"):
        lines.append(f"| `{cls}` | {counts[cls][0]} | {counts[cls][1]} |")
    lines += ["", "A packet may belong to several classes; the held-back draw uses its first class.", "",
              "Rebuild with `python sample_packets/trust/build.py` (needs what the two sample builds need — "
              "reportlab, python-docx, pypdf, pypdfium2, Pillow, LibreOffice, Chromium, fonts — and qpdf). "
              "Measure with `python tools/score_verdicts.py` (see its `--help`).", ""]
    baseline = HERE / "baseline.md"
    if baseline.exists():
        lines += [baseline.read_text(encoding="utf-8").rstrip(), ""]
    lines += ["## Packets", "", "| file | classes | producer | status | expected findings | track → expected | "
              "what it shows |", "|---|---|---|---|---|---|---|"]
    for p, truth in rows:
        if truth["split"] == "heldback":
            continue
        findings = ", ".join(f"`{c}`" for c in truth["expected_findings"]) or "–"
        track = "–"
        if "track" in truth:
            track = truth["track"] or "none"
            if "expected_track" in truth:
                track += f" → {truth['expected_track'] or 'contradictory'}"
        lines.append(f"| `dev/{p.key}.pdf` | {', '.join(truth['classes'])} | {truth['producer']} | "
                     f"{truth['status']} | {findings} | {track} | {p.description} |")
    held = [p for p, t in rows if t["split"] == "heldback"]
    lines += ["", f"The {len(held)} held-back packets are not listed here on purpose; their truth files "
              "describe them.", "",
              "All people, institutions and numbers are invented. Producers: *reportlab*, *libreoffice* (DOCX by "
              "python-docx, converted by LibreOffice), *chromium* (held-out HTML documents reprinted), *mixed* "
              "(text documents with image-only pages made with reportlab and Pillow).", ""]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep-work", action="store_true", help="keep intermediate files in sample_packets/trust/_work/")
    args = ap.parse_args()

    sample_build = load("sample_build", SAMPLES / "build.py")
    problems = sample_build.check_tools()
    if not shutil.which("qpdf"):
        problems.append("qpdf is not installed (apt-get install qpdf); it writes the owner-password files")
    if problems:
        print("build.py: cannot build the trust packets:\n  - " + "\n  - ".join(problems), file=sys.stderr)
        return 2
    holdout_build = load("holdout_build", SAMPLES / "holdout" / "build.py")
    from trustgen.catalogue import all_packets

    packets = all_packets()
    held = draw_heldback(packets)
    work = HERE / "_work"
    if work.exists():
        shutil.rmtree(work)
    (work / "chromium").mkdir(parents=True)
    built = render_builder_packets(packets, work / "builder", sample_build)
    built.update(render_chromium_packets(packets, holdout_build, work / "chromium"))

    staging = Path(tempfile.mkdtemp(prefix="trust-", dir=work))
    rows, problems = [], []
    for p in packets:
        data, sections, producer = built[p.key]
        data = compact(data, work)
        if p.protect:
            data = owner_password_only(data, p.key, p.protect, work)
        split = SPLITS[p.key in held]
        truth = truth_of(p, sections, producer, split)
        problems += [f"{p.key}: {x}" for x in verify(data, truth)]
        target = staging / split / p.programme
        target.mkdir(parents=True, exist_ok=True)
        (target / f"{p.name}.pdf").write_bytes(data)
        (target / f"{p.name}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n",
                                                      encoding="utf-8")
        rows.append((p, truth))
    if problems:
        print("build.py: the packets do not match their truth, nothing was replaced:\n  - " + "\n  - ".join(problems),
              file=sys.stderr)
        return 1
    for split in SPLITS:
        if (HERE / split).exists():
            shutil.rmtree(HERE / split)
        shutil.move(str(staging / split), str(HERE / split))
    (HERE / "README.md").write_text(readme(rows), encoding="utf-8")
    if not args.keep_work:
        shutil.rmtree(work)
    total = sum(f.stat().st_size for f in HERE.rglob("*") if f.is_file() and "_work" not in f.parts)
    print(f"built {len(packets)} trust packets ({len(held)} held back), {total / 1e6:.2f} MB in "
          f"sample_packets/trust/", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
