"""Packets that merge real documents made elsewhere (the shared real corpus) with the project's own.

The real files are read in place and never copied into the project: ``build_real_packets`` writes the
merged packets into a folder the caller owns (a temporary one) and returns each with its truth, in the
format of ``sample_packets/*/*.truth.json`` plus ``classes``. The truth of a real page range is the
clerk's, from the corpus's INDEX.json (with its ``acceptable_types`` / ``acceptable_languages``); the
truth of the generated pages is their own sidecar's. Nothing is returned when the corpus is absent.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "corpus" / "real"
SAMPLES = ROOT / "sample_packets"

# The error-level codes (report contract): a packet expected to draw one is incomplete.
ERROR_CODES = {"pdf.unreadable", "pdf.encrypted", "pdf.too_large", "document.missing", "document.too_few",
               "document.order", "language.not_english", "cv.not_esor_template", "cv.section_missing",
               "eligibility.age", "eligibility.certification", "eligibility.residence", "eligibility.language_level",
               "eligibility.membership", "recommendation.same_author", "funding.track_mismatch",
               "passport.mrz_invalid", "passport.expired"}

# Generated packets whose documents the real ones replace; complete, so every finding comes from the real pages.
EXCHANGE_BASE = SAMPLES / "exchange-fellowship" / "complete-reportlab"      # motivation, CV, board, 2 recommendations
ONE_YEAR_BASE = SAMPLES / "icm-oncologic-imaging" / "complete-reportlab"    # nine documents, passport last
COVER_BASE = SAMPLES / "varied" / "dev" / "aim-china" / "cover-sheet"       # cover sheet, CV, letters, declaration


@dataclass
class Pages:
    """A run of pages from one PDF, with the truth sections they carry (page numbers within that run)."""
    pdf: Path
    first: int
    last: int
    sections: list[dict]
    findings: list[str] = field(default_factory=list)


def real_corpus_present() -> bool:
    return (REAL / "INDEX.json").exists()


def _index() -> dict[str, dict]:
    return {entry["path"]: entry for entry in json.loads((REAL / "INDEX.json").read_text(encoding="utf-8"))["files"]}


def _real_sections(entry: dict, wanted: set[str] | None = None) -> Pages:
    """The pages of a real file (only the sections whose type is in ``wanted``, which must be contiguous)."""
    chosen = [s for s in entry["truth"]["sections"] if wanted is None or s["type"] in wanted]
    first, last = chosen[0]["first_page"], chosen[-1]["last_page"]
    image_only = set(entry.get("image_only_pages") or [])
    sections, findings = [], []
    for s in chosen:
        out = {"type": s["type"], "first_page": s["first_page"] - first + 1, "last_page": s["last_page"] - first + 1,
               "scanned": any(p in image_only for p in range(s["first_page"], s["last_page"] + 1)),
               "language": s.get("language")}
        for key in ("acceptable_types", "acceptable_languages"):
            if s.get(key):
                out[key] = list(s[key])
        out["source"] = f"real:{entry['path']}"
        sections.append(out)
        findings += s.get("findings_when_used", [])
    if len(chosen) == len(entry["truth"]["sections"]):
        findings += entry["truth"].get("findings_expected_when_used", [])
    return Pages(REAL / entry["path"], first, last, sections, sorted(set(findings)))


def _base(stem: Path) -> tuple[dict, list[Pages]]:
    """A generated packet cut into its documents, each a run of pages with its own truth."""
    truth = json.loads(stem.with_suffix(".truth.json").read_text(encoding="utf-8"))
    pdf = stem.with_suffix(".pdf")
    parts = []
    for s in truth["sections"]:
        local = dict(s, first_page=1, last_page=s["last_page"] - s["first_page"] + 1, source=f"generated:{stem.name}")
        parts.append(Pages(pdf, s["first_page"], s["last_page"], [local]))
    return truth, parts


def _write(parts: list[Pages], out: Path) -> list[dict]:
    """Concatenate the runs of pages into one PDF; returns the truth sections renumbered in the packet."""
    writer = PdfWriter()
    sections = []
    for part in parts:
        start = len(writer.pages)
        reader = PdfReader(part.pdf)
        for n in range(part.first, part.last + 1):
            writer.add_page(reader.pages[n - 1])
        for s in part.sections:
            sections.append(dict(s, first_page=s["first_page"] + start, last_page=s["last_page"] + start))
    writer.add_metadata({"/Producer": "pypdf", "/CreationDate": "D:20250110090000+01'00'"})
    ident = out.name.encode().ljust(16, b"-")[:16]
    writer._ID = ArrayObject([ByteStringObject(ident), ByteStringObject(ident)])
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as handle:
        writer.write(handle)
    return sections


def _packet(folder: Path, name: str, base: dict, parts: list[Pages], classes: list[str], description: str,
            extra_findings: list[str] = ()) -> tuple[Path, dict]:
    path = folder / f"{name}.pdf"
    sections = _write(parts, path)
    expected = sorted(set(base["expected_findings"]) | {f for p in parts for f in p.findings} | set(extra_findings))
    truth = {k: base[k] for k in ("programme", "track", "as_of") if k in base}
    truth.update({"producer": "mixed", "description": description,
                  "status": "incomplete" if ERROR_CODES & set(expected) else base["status"],
                  "classes": classes, "sections": sections, "expected_findings": expected})
    (folder / f"{name}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path, truth


def build_real_packets(folder: Path) -> list[tuple[Path, dict]]:
    """Write every real-corpus packet into ``folder``; returns (pdf path, truth) pairs, none without the corpus.

    - each real CV as the CV of a complete exchange packet (its own publications page kept with it);
    - each real letter in the role INDEX.json gives it (a motivation or recommendation stand-in), and the
      journal's response to reviewers as a stray page;
    - each passport's A4 scan as the passport copy of a complete ICM packet;
    - a real CV placed after the board certificate (wrong order), and a real CV behind a generated cover sheet.
    A CV, letter or passport of someone else than the applicant also draws ``consistency.name_mismatch``.
    """
    if not real_corpus_present():
        return []
    index = _index()
    out: list[tuple[Path, dict]] = []
    ex_truth, ex = _base(EXCHANGE_BASE)           # motivation, cv, board, rec, rec

    cvs = sorted(p for p, e in index.items() if p.startswith("cv/"))
    for path in cvs:
        cv = _real_sections(index[path], {"cv", "publication_list"})
        classes = ["cv-any-make"] + (["publication-shape"] if any(s["type"] == "publication_list" for s in cv.sections) else [])
        out.append(_packet(folder, f"cv-{Path(path).stem}", ex_truth, [ex[0], cv, ex[2], ex[3], ex[4]], classes,
                           f"Exchange packet whose CV is the real LaTeX CV {path} (its own pages only).",
                           ["cv.not_esor_template", "consistency.name_mismatch"]))

    letters = {p: e for p, e in index.items() if p.startswith("letters/")}
    for path, entry in sorted(letters.items()):
        letter = _real_sections(entry)
        role = entry["truth"]["sections"][0].get("stands_in_for")
        lorem = any(s.get("language") == "la" for s in letter.sections)
        classes = ["letter-any-language"] + (["language-every-section"] if lorem else []) + \
                  (["multi-page"] if letter.last - letter.first > 0 else [])
        if role == "motivation_letter":
            parts, what = [letter] + ex[1:], "in place of the motivation letter"
        elif role == "recommendation_letter":
            parts, what = ex[:4] + [letter], "in place of the second recommendation"
        else:
            parts, what = ex[:2] + [letter] + ex[2:], "as a stray page after the CV"
        out.append(_packet(folder, f"letter-{Path(path).stem}", ex_truth, parts, classes,
                           f"Complete exchange packet with the real letter {path} {what}."))

    icm_truth, icm = _base(ONE_YEAR_BASE)
    passport_at = next(i for i, p in enumerate(icm) if p.sections[0]["type"] == "passport_copy")
    for path in sorted(p for p in index if p.startswith("passports/") and p.endswith("-scan-a4.pdf")):
        scan = _real_sections(index[path])
        out.append(_packet(folder, f"passport-{Path(path).stem}", icm_truth,
                           icm[:passport_at] + [scan] + icm[passport_at + 1:], [],
                           f"ICM packet whose passport copy is the real specimen scan {path}.",
                           ["consistency.name_mismatch"]))

    first_cv = _real_sections(index[cvs[0]], {"cv", "publication_list"})
    out.append(_packet(folder, "real-cv-out-of-order", ex_truth, [ex[0], ex[2], first_cv, ex[3], ex[4]],
                       ["content-over-order", "cv-any-make"],
                       f"Exchange packet whose real CV ({cvs[0]}) comes after the board certificate.",
                       ["cv.not_esor_template", "consistency.name_mismatch", "document.order"]))

    if COVER_BASE.with_suffix(".pdf").exists():
        cover_truth, cover = _base(COVER_BASE)
        cv_at = next(i for i, p in enumerate(cover) if p.sections[0]["type"] == "cv")
        awesome = _real_sections(index[next(p for p in cvs if "awesome" in p)], {"cv"})
        out.append(_packet(folder, "real-cv-behind-cover-sheet", cover_truth,
                           cover[:cv_at] + [awesome] + cover[cv_at + 1:], ["cover-page", "cv-any-make"],
                           "AIM China packet opening with a generated cover sheet, whose CV is the real Awesome-CV résumé.",
                           ["cv.not_esor_template", "consistency.name_mismatch"]))
    return out


def real_packets_or_skip(folder: Path) -> list[tuple[Path, dict]]:
    """For tests: the packets, or a pytest skip when the shared real corpus is not on this machine."""
    packets = build_real_packets(folder)
    if not packets:
        import pytest
        pytest.skip("the shared real corpus is not on this machine")
    return packets
