"""Per-character votes over several readings of one zone line.

Each pass of the zone's reader slips somewhere else, so where readings fitted
to the line's length disagree, the character most of them give (weighted by
how sure each pass was) is usually the printed one. Where the majority still
leaves a check digit failing, the characters the other readings give are
tried, but only where two check digits judge the choice: the dates and the
check digits themselves, which their own digit and the composite weigh
differently. Not the document and personal numbers: the composite weighs
them with the same weights as their own digit, so it confirms nothing there,
and one digit cannot tell an ``O``/``0`` slip from any other wrong character.
A repair is taken only when exactly one combination of those characters makes
every check digit hold.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter

from esorcheck.readings import mrz

MIN_READINGS = 3  # fewer readings make no majority
MAX_TRIALS = 4096  # combinations tried in one group of positions; more leave the line unrepaired
# Groups of line 2's positions whose characters may be chosen among the readings', each with the check digit
# that judges the group alone (the composite judges them all together).
GROUPS = (
    (tuple(range(13, 20)), ("date_of_birth",)),  # the date and its check digit
    (tuple(range(21, 28)), ("expiry",)),
    ((9,), ("document_number",)),  # the number's check digit
    ((42,), ("personal_number",)),
    ((43,), ()),  # the composite's own digit
)


def tally(lines: list[tuple[str, float]], length: int = mrz.LENGTH) -> list[Counter] | None:
    """Per position, each character's weight over the readings of ``length`` characters (``(line, confidence
    0–100)``); None under ``MIN_READINGS`` such readings. A reading Tesseract gave no confidence still counts."""
    fitted = [(line, 1 + confidence / 100) for line, confidence in lines if len(line) == length]
    if len(fitted) < MIN_READINGS:
        return None
    votes = [Counter() for _ in range(length)]
    for line, weight in fitted:
        for position, ch in enumerate(line):
            votes[position][ch] += weight
    return votes


def majority(lines: list[tuple[str, float]], length: int = mrz.LENGTH) -> str | None:
    """Per position, the character with the most weight; None under ``MIN_READINGS`` readings of ``length``."""
    votes = tally(lines, length)
    return None if votes is None else _most(votes)


def _most(votes: list[Counter]) -> str:
    return "".join(counts.most_common(1)[0][0] for counts in votes)


def repaired(lines: list[tuple[str, float]]) -> str | None:
    """Line 2 from the readings' majority with the other readings' characters tried where two check digits judge
    them; the one combination that makes every check digit hold, or None where there is none or several."""
    votes = tally(lines)
    if votes is None:
        return None
    base = _most(votes)
    fits: list[list[dict[int, str]]] = []
    for positions, check in GROUPS:
        choices = [[ch for ch, _ in votes[p].most_common() if ch in mrz.MRZ_CHARS] for p in positions]
        if any(not c for c in choices) or math.prod(len(c) for c in choices) > MAX_TRIALS:
            return None
        found = []
        for combination in itertools.product(*choices):
            chars = dict(zip(positions, combination))
            if mrz.check_digits_hold(_with(base, chars), check):
                found.append(chars)
        if not found:
            return None
        fits.append(found)
    if math.prod(len(found) for found in fits) > MAX_TRIALS:
        return None
    holding = {line for group in itertools.product(*fits)
               if mrz.check_digits_hold(line := _with(base, {p: ch for chars in group for p, ch in chars.items()}))}
    return holding.pop() if len(holding) == 1 else None


def _with(line: str, chars: dict[int, str]) -> str:
    return "".join(chars.get(position, ch) for position, ch in enumerate(line))
