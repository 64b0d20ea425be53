"""OCR-like noise for passport zones, made the same way every run, and what a parser makes of it.

The zones are those of other MRZ libraries' test suites and of real specimen
passports, read in place from ``../shared/corpus`` (never copied here). Each
kind of noise is applied to every zone whose check digits all hold, a few
times with a seeded generator; "wrong" kinds first change one digit of a
field (a zone that is genuinely wrong), alone and then with each kind of noise.

Run as a script to print the rates for any copy of the parser, e.g. the
committed one before a change::

    git show HEAD:esorcheck/readings/mrz.py > /tmp/mrz_before.py
    python tests/mrz_noise.py /tmp/mrz_before.py
    PYTHONPATH=. python tests/mrz_noise.py esorcheck/readings/mrz.py
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import random
import sys
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
VECTORS = ROOT.parent / "shared" / "corpus" / "mrz" / "vectors.json"
REAL_INDEX = ROOT.parent / "shared" / "corpus" / "real" / "INDEX.json"
TODAY = dt.date(2025, 1, 15)
VARIANTS = 12  # noisy variants per zone and kind
WRONG_NOISY_VARIANTS = 3  # per zone, wrong kind and kind of noise

MRZ_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
NUMERIC_POSITIONS = (*range(13, 20), *range(21, 28), 9, 42, 43)
DIGIT_LOOKALIKES = {"0": "O", "1": "I", "8": "B", "5": "S", "2": "Z"}
LETTER_LOOKALIKES = {"O": "0", "I": "1", "B": "8", "S": "5", "Z": "2", "G": "6"}
FIELDS = ("document_type", "issuing_state", "document_number", "nationality", "date_of_birth", "sex", "expiry", "personal_number")
NAMES = ("surname", "given_names")
PAGE_ABOVE = ["REPUBLIC OF UTOPIA", "PASSPORT / PASSEPORT", "Type/Type P", "Surname/Nom", "Signature of bearer"]
PAGE_BELOW = ["Page 11 of 12", "Copy certified 2025-01-10"]


# ------------------------------------------------------------------ zones


def _value(ch: str) -> int:
    return int(ch) if ch.isdigit() else 0 if ch == "<" else ord(ch) - 55


def _digit(data: str) -> str:
    return str(sum(_value(ch) * (7, 3, 1)[i % 3] for i, ch in enumerate(data)) % 10)


def adds_up(line1: str, line2: str) -> bool:
    """Read exactly as written, is this a TD3 zone whose five check digits hold? (independent of the parser)"""
    if len(line1) != 44 or len(line2) != 44 or not all(ch in MRZ_CHARS for ch in line1 + line2):
        return False
    personal_ok = _digit(line2[28:42]) == line2[42] or (line2[42] == "<" and set(line2[28:42]) == {"<"})
    return (
        line1[0] == "P"
        and _digit(line2[0:9]) == line2[9]
        and _digit(line2[13:19]) == line2[19]
        and _digit(line2[21:27]) == line2[27]
        and personal_ok
        and _digit(line2[0:10] + line2[13:20] + line2[21:43]) == line2[43]
    )


def indistinguishable(truth: tuple[str, str], noisy: tuple[str, str]) -> bool:
    """Does the noisy text read, field by field, as another zone that adds up? Then no reader can tell.

    Line 2 is taken as read, or (read one character short or long) with one
    filler put back or taken out anywhere, as a miscounted run; its document
    or personal number (with its check digit), or the whole line, replaces the
    zone's own. ``K`` for ``<`` in a number is one such reading: both weigh nothing.
    """
    line1, line2 = ("".join(line.split()) for line in noisy)
    if adds_up(line1, line2) and (line1, line2) != truth:
        return True
    if len(line2) == 44:
        readings = [line2]
    elif len(line2) == 43:
        readings = [line2[:i] + "<" + line2[i:] for i in range(44)]
    elif len(line2) == 45:
        readings = [line2[:i] + line2[i + 1 :] for i in range(45) if line2[i] == "<"]
    else:
        readings = []
    for reading in readings:
        for start, end in ((0, 10), (28, 43), (0, 44)):
            other = truth[1][:start] + reading[start:end] + truth[1][end:]
            if other != truth[1] and adds_up(truth[0], other):
                return True
    return False


def td3_vectors() -> list[dict]:
    """Every passport zone in vectors.json: the ``td3`` cases with what their source states, and the TD3 ``kurz_samples``."""
    data = json.loads(VECTORS.read_text(encoding="utf-8"))
    cases = [{"id": v["id"], "lines": tuple(v["lines"]), "expect": v["expect"]} for v in data["td3"]]
    for n, sample in enumerate(data["kurz_samples"]):
        if len(sample) == 88 and sample.startswith("P"):
            cases.append({"id": f"kurz-{n}", "lines": (sample[:44], sample[44:]), "expect": {}})
    return cases


def real_passports() -> list[dict]:
    """The specimen passports' truth from the real corpus (one entry per image)."""
    index = json.loads(REAL_INDEX.read_text(encoding="utf-8"))
    return [
        {"path": f["path"], **f["truth"]["passport"]}
        for f in index["files"]
        if f.get("kind") == "image" and f.get("truth", {}).get("passport", {}).get("mrz")
    ]


def clean_zones() -> list[tuple[str, str]]:
    """The distinct zones, from both sources, whose check digits all hold."""
    zones = [case["lines"] for case in td3_vectors()] if VECTORS.exists() else []
    zones += [tuple(p["mrz"]) for p in real_passports()] if REAL_INDEX.exists() else []
    return [zone for zone in dict.fromkeys(zones) if adds_up(*zone)]


# ------------------------------------------------------------------ noise

Noise = Callable[[random.Random, str, str], "tuple[str, str] | None"]


def _replace(line: str, position: int, text: str) -> str:
    return line[:position] + text + line[position + 1 :]


def _k_filler(rng, l1, l2):
    """1–3 fillers anywhere read as K."""
    spots = [(n, i) for n, line in enumerate((l1, l2)) for i, ch in enumerate(line) if ch == "<"]
    lines = [l1, l2]
    for n, i in rng.sample(spots, min(len(spots), rng.randint(1, 3))):
        lines[n] = _replace(lines[n], i, "K")
    return tuple(lines)


def _k_last_filler(rng, l1, l2):
    """The filler just before the document or personal number's check digit read as K."""
    spots = [i for i in (8, 41) if l2[i] == "<"]
    return (l1, _replace(l2, rng.choice(spots), "K")) if spots else None


def _guillemet_each(rng, l1, l2):
    """Every filler of one line (or both) read as «."""
    which = rng.choice((0, 1, 2))
    return tuple(line.replace("<", "«") if which in (n, 2) else line for n, line in enumerate((l1, l2)))


def _guillemet_pair(rng, l1, l2):
    """One pair of fillers read as a single «."""
    spots = [(n, i) for n, line in enumerate((l1, l2)) for i in range(len(line) - 1) if line[i : i + 2] == "<<"]
    n, i = rng.choice(spots)
    lines = [l1, l2]
    lines[n] = lines[n][:i] + "«" + lines[n][i + 2 :]
    return tuple(lines)


def _lookalike_numeric(rng, l1, l2):
    """1–2 digits of the dates or check digits read as their look-alike letters (O/0, I/1, B/8, S/5, Z/2)."""
    spots = [i for i in NUMERIC_POSITIONS if l2[i] in DIGIT_LOOKALIKES]
    for i in rng.sample(spots, min(len(spots), rng.randint(1, 2))):
        l2 = _replace(l2, i, DIGIT_LOOKALIKES[l2[i]])
    return (l1, l2) if spots else None


def _lookalike_code(rng, l1, l2):
    """A letter of the issuing state or nationality read as its look-alike digit."""
    spots = [(0, i) for i in range(2, 5) if l1[i] in LETTER_LOOKALIKES] + [(1, i) for i in range(10, 13) if l2[i] in LETTER_LOOKALIKES]
    if not spots:
        return None
    n, i = rng.choice(spots)
    lines = [l1, l2]
    lines[n] = _replace(lines[n], i, LETTER_LOOKALIKES[lines[n][i]])
    return tuple(lines)


def _lookalike_name(rng, l1, l2):
    """A letter of the names read as its look-alike digit."""
    spots = [i for i in range(5, 44) if l1[i] in LETTER_LOOKALIKES]
    if not spots:
        return None
    i = rng.choice(spots)
    return _replace(l1, i, LETTER_LOOKALIKES[l1[i]]), l2


def _o_zero_number(rng, l1, l2):
    """An O read as 0, or a 0 as O, in the alphanumeric document or personal number."""
    spots = [i for i in (*range(9), *range(28, 42)) if l2[i] in "O0"]
    if not spots:
        return None
    i = rng.choice(spots)
    return l1, _replace(l2, i, "O" if l2[i] == "0" else "0")


def _space(rng, l1, l2):
    """A space inside a line."""
    n = rng.choice((0, 1))
    lines = [l1, l2]
    i = rng.randrange(1, 44)
    lines[n] = lines[n][:i] + " " + lines[n][i:]
    return tuple(lines)


def _short_filler(rng, l1, l2):
    """A line of 43 characters: one filler of a run not read."""
    spots = [(n, i) for n, line in enumerate((l1, l2)) for i, ch in enumerate(line) if ch == "<"]
    n, i = rng.choice(spots)
    lines = [l1, l2]
    lines[n] = lines[n][:i] + lines[n][i + 1 :]
    return tuple(lines)


def _long_filler(rng, l1, l2):
    """A line of 45 characters: one filler of a run read twice."""
    spots = [(n, i) for n, line in enumerate((l1, l2)) for i, ch in enumerate(line) if ch == "<"]
    n, i = rng.choice(spots)
    lines = [l1, l2]
    lines[n] = lines[n][:i] + "<" + lines[n][i:]
    return tuple(lines)


def _drop_char_line2(rng, l1, l2):
    """Line 2 of 43 characters: any one character not read."""
    i = rng.randrange(44)
    return l1, l2[:i] + l2[i + 1 :]


def _long_line1(rng, l1, l2):
    """Line 1 of 45 characters: a character of the names read twice."""
    i = rng.randrange(5, 44)
    return l1[:i] + l1[i] + l1[i:], l2


NOISE: dict[str, Noise] = {
    "'<' read as K": _k_filler,
    "'<' before a check digit read as K": _k_last_filler,
    "every '<' of a line read as «": _guillemet_each,
    "'<<' read as «": _guillemet_pair,
    "O/0 I/1 B/8 S/5 Z/2 in dates, check digits": _lookalike_numeric,
    "digit read in a state code": _lookalike_code,
    "digit read in the names": _lookalike_name,
    "O/0 in document or personal number": _o_zero_number,
    "space inside a line": _space,
    "line of 43 (a filler lost)": _short_filler,
    "line of 45 (a filler doubled)": _long_filler,
    "line 2 of 43 (any character lost)": _drop_char_line2,
    "line 1 of 45 (a name character doubled)": _long_line1,
}


def _wrong_digit(start: int, end: int) -> Noise:
    def wrong(rng, l1, l2):
        spots = [i for i in range(start, end) if l2[i].isdigit()]
        if not spots:
            return None
        i = rng.choice(spots)
        return l1, _replace(l2, i, rng.choice([d for d in "0123456789" if d != l2[i]]))

    return wrong


WRONG: dict[str, Noise] = {
    "one wrong digit in the document number": _wrong_digit(0, 9),
    "one wrong digit in the personal number": _wrong_digit(28, 42),
    "one wrong digit in the date of birth": _wrong_digit(13, 19),
    "one wrong digit in the date of expiry": _wrong_digit(21, 27),
}


def variants(kind: str, noise: Noise, zones: list[tuple[str, str]], count: int = VARIANTS) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """(zone, noisy zone) pairs, the same every run: each zone's generator is seeded with the kind and the zone."""
    pairs = []
    for zone in zones:
        rng = random.Random(f"{kind}|{zone[0]}|{zone[1]}")
        for _ in range(count):
            noisy = noise(rng, *zone)
            if noisy is not None and noisy != zone:
                pairs.append((zone, noisy))
    return pairs


def wrong_variants(
    kind: str, zones: list[tuple[str, str]], per_noise: int = WRONG_NOISY_VARIANTS
) -> list[tuple[tuple[str, str], tuple[str, str], str]]:
    """(wrong zone, noisy wrong zone, noise kind) triples: each wrong zone read exactly, then with every kind of noise."""
    triples = []
    for _, wrong in variants(kind, WRONG[kind], zones):
        triples.append((wrong, wrong, "none"))
        for noise_kind, noise in NOISE.items():
            triples += [(w, noisy, noise_kind) for w, noisy in variants(f"{kind}|{noise_kind}", noise, [wrong], per_noise)]
    return triples


# ------------------------------------------------------------------ what a parser makes of them


def verified(zone) -> bool:
    """The parser's "take it" verdict: ``verified`` where it has one, else ``valid``."""
    return bool(getattr(zone, "verified", zone.valid))


def _values(zone, names: tuple[str, ...]) -> tuple:
    return tuple(getattr(zone, name) for name in names)


@cache
def _exact(mrz: ModuleType, zone: tuple[str, str]):
    return mrz.parse(*zone, today=TODAY)


def judge(mrz: ModuleType, truth: tuple[str, str], noisy: tuple[str, str]) -> dict[str, bool]:
    """What the parser made of one noisy zone, against its reading of the zone itself."""
    expected = _exact(mrz, truth)
    zone = mrz.parse(*noisy, today=TODAY)
    page = [*PAGE_ABOVE, *noisy, *PAGE_BELOW]
    return {
        "found": mrz.find(page) == noisy,
        "valid": zone.valid,
        "verified": verified(zone),
        "fields_right": _values(zone, FIELDS) == _values(expected, FIELDS),
        "names_right": _values(zone, NAMES) == _values(expected, NAMES),
        "indistinguishable": indistinguishable(truth, noisy),
        "invalid": getattr(zone, "status", None) == "invalid",
    }


def measure(mrz: ModuleType) -> tuple[dict[str, Counter], dict[str, Counter]]:
    zones = clean_zones()
    noisy = {kind: Counter() for kind in NOISE}
    for kind, noise in NOISE.items():
        for truth, variant in variants(kind, noise, zones):
            result = judge(mrz, truth, variant)
            noisy[kind].update(key for key, value in result.items() if value)
            noisy[kind]["n"] += 1
            if verified(_exact(mrz, truth)):
                noisy[kind]["clean_taken"] += 1
                noisy[kind]["taken_of_clean_taken"] += result["verified"]
            noisy[kind]["verified_wrong"] += result["verified"] and not result["fields_right"] and not result["indistinguishable"]
    wrong = {kind: Counter() for kind in WRONG}
    for kind in WRONG:
        for truth, variant, noise_kind in wrong_variants(kind, zones):
            result = judge(mrz, truth, variant)
            bucket = "exact" if noise_kind == "none" else "noisy"
            wrong[kind][f"{bucket}_n"] += 1
            for key in ("valid", "verified", "indistinguishable", "invalid"):
                wrong[kind][f"{bucket}_{key}"] += result[key]
            for key in ("valid", "verified"):
                wrong[kind][f"{bucket}_{key}_distinct"] += result[key] and not result["indistinguishable"]
    return noisy, wrong


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f} %" if whole else "    –  "


def report(mrz: ModuleType) -> str:
    noisy, wrong = measure(mrz)
    rows = [
        f"{len(clean_zones())} zones whose check digits hold; {VARIANTS} variants a zone and kind.",
        "taken: verified (valid where the parser has no verdict of its own), of the variants whose zone read exactly is taken;",
        "error: reported invalid; right: fields other than the names as read exactly; taken, wrong: taken with other fields,",
        "where the noisy text does not itself read as another valid zone",
        "",
    ]
    rows.append(
        f"{'noise on a valid zone':44} {'n':>5} {'found':>8} {'valid':>8} {'taken':>8} {'error':>8} {'right':>8} {'names':>8} {'taken, wrong':>13}"
    )
    for kind, c in noisy.items():
        n = c["n"]
        rows.append(
            f"{kind:44} {n:5} {_percent(c['found'], n)} {_percent(c['valid'], n)} {_percent(c['taken_of_clean_taken'], c['clean_taken'])} "
            f"{_percent(c['invalid'], n)} {_percent(c['fields_right'], n)} {_percent(c['names_right'], n)} {c['verified_wrong']:13}"
        )
    rows += [
        "",
        "a genuinely wrong zone: read exactly (n, valid, taken, error), then with each kind of noise (n, valid, taken; the same",
        "leaving out readings that are themselves another valid zone; how many those are)",
    ]
    for kind, c in wrong.items():
        rows.append(
            f"{kind:44} {c['exact_n']:5} {_percent(c['exact_valid'], c['exact_n'])} {_percent(c['exact_verified'], c['exact_n'])} "
            f"{_percent(c['exact_invalid'], c['exact_n'])}   {c['noisy_n']:5} {_percent(c['noisy_valid'], c['noisy_n'])} "
            f"{_percent(c['noisy_verified'], c['noisy_n'])}; {_percent(c['noisy_valid_distinct'], c['noisy_n'])} "
            f"{_percent(c['noisy_verified_distinct'], c['noisy_n'])}; {c['noisy_indistinguishable']}"
        )
    return "\n".join(rows)


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("mrz_under_test", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    print(report(load(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "esorcheck" / "mrz.py")))
