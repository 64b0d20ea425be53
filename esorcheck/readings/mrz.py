"""The passport's machine-readable zone (ICAO Doc 9303, TD3): find it, undo OCR slips, check it, parse it.

A TD3 zone is two lines of 44 characters from ``A-Z``, ``0-9`` and the filler
``<``; the first starts ``P``. Line 2 holds five check digits (weights 7-3-1
over the character values ``0-9`` → 0–9, ``A-Z`` → 10–35, ``<`` → 0)::

    P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
    L898902C36UTO7408122F1204159ZE184226B<<<<<10
    └doc no.┘│└na┘└dob─┘│││exp─┘│└personal──┘│└ composite (0–9, 13–19, 21–42)
             check       check│  check       check
                              sex

OCR reads a zone with typical slips: ``<`` as ``K``, ``«``, ``c`` or ``e``;
a space inside a line; a run of fillers one too long or short; ``O`` for
``0`` in a number and ``0`` for ``O`` in a country code. They are undone by
position, since every field has a known kind (digits, letters, either), and
in the alphanumeric document and personal numbers (O or 0) only where the
check digits then hold. Written from the
ICAO specification; nothing is taken from the GPL ``mrz`` package.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field

LENGTH = 44
MRZ_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
WEIGHTS = (7, 3, 1)
# Lines this far from 44 characters may still be an OCR'd zone (fillers miscounted).
MIN_CANDIDATE, MAX_CANDIDATE = 30, 56
# A second line must carry at least this many digits (three dates and check digits hold 21).
MIN_LINE2_DIGITS = 12

# OCR slips by field kind: letters read in a numeric field, digits read in an alphabetic one.
_TO_DIGIT = str.maketrans("OQDILZSGB", "000112568")
_TO_LETTER = str.maketrans("012568", "OIZSGB")
# In an alphanumeric field, O and 0 may be either: a variant is taken when the field's own check
# digit and the composite then hold, or when it is the only one that makes its own digit hold.
_AMBIGUOUS = {"O": "0", "0": "O"}
MAX_AMBIGUOUS = 4  # positions tried per field
# Characters OCR puts where a filler is printed.
_FILLERS = str.maketrans({"«": "<", "‹": "<", "≤": "<", "(": "<", "[": "<", "{": "<"})
# In a line that is mostly zone characters, these lower-case letters are fillers misread.
_LOWER_FILLERS = str.maketrans({"c": "<", "e": "<", "k": "<"})
ZONE_SHARE = 0.6
_FILLER_WORD = re.compile(r"(?<=<)K+(?=<|$)")  # "<<KK<": a run of K between fillers is fillers
_SPACES = re.compile(r"\s+")
_DIGITISH = "[0-9OQDILZSGB]"
_LINE2_ANCHOR = re.compile(f"[A-Z0-9<]{{3}}{_DIGITISH}{{7}}[MF<]{_DIGITISH}{{7}}")

# Line 2 fields: (name, start, end, kind); kinds: "n" digits, "a" letters, "x" either.
DOCUMENT_NUMBER = ("document_number", 0, 9, "x")
NATIONALITY = ("nationality", 10, 13, "a")
BIRTH = ("date_of_birth", 13, 19, "n")
SEX = ("sex", 20, 21, "s")
EXPIRY = ("expiry", 21, 27, "n")
PERSONAL = ("personal_number", 28, 42, "x")
CHECKED = {  # field -> position of its check digit
    "document_number": 9,
    "date_of_birth": 19,
    "expiry": 27,
    "personal_number": 42,
}
CHECK_LABELS = {
    "document_number": "document number",
    "date_of_birth": "date of birth",
    "expiry": "date of expiry",
    "personal_number": "personal number",
    "composite": "composite (whole line 2)",
}


def char_value(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    if "A" <= ch <= "Z":
        return ord(ch) - ord("A") + 10
    raise ValueError(f"{ch!r} is not an MRZ character")


def check_digit(data: str) -> str:
    """The ICAO 9303 check digit of ``data``: sum of values times 7, 3, 1 repeating, modulo 10."""
    return str(sum(char_value(ch) * WEIGHTS[i % 3] for i, ch in enumerate(data)) % 10)


def _digit_ok(data: str, digit: str, *, may_be_empty: bool = False) -> bool:
    if may_be_empty and digit == "<" and set(data) <= {"<"}:
        return True  # an empty optional field may have a filler for its check digit
    return digit.isdigit() and check_digit(data) == digit


@dataclass
class Mrz:
    """A TD3 zone as read (after OCR slips were undone) and what it says."""

    lines: tuple[str, str]
    document_type: str
    issuing_state: str
    surname: str
    given_names: str
    document_number: str
    nationality: str
    date_of_birth: dt.date | None
    sex: str | None  # "F", "M" or None (unspecified)
    expiry: dt.date | None
    personal_number: str
    checks: dict[str, bool]  # field ("document_number", …, "composite") -> its check digit holds
    corrections: list[str] = field(default_factory=list)  # OCR slips undone, as notes

    @property
    def valid(self) -> bool:
        return all(self.checks.values())

    @property
    def failed_checks(self) -> list[str]:
        return [name for name, ok in self.checks.items() if not ok]


def clean_line(text: str) -> str:
    """A line as MRZ characters: no spaces, filler look-alikes as fillers, upper case.

    Ordinary text has no ``<``, so it stays free of fillers and never passes for a zone.
    """
    line = _SPACES.sub("", text).translate(_FILLERS)
    zone_like = sum(ch in MRZ_CHARS for ch in line)
    if line.count("<") >= 2 and zone_like >= ZONE_SHARE * len(line):
        line = line.translate(_LOWER_FILLERS)
    return _FILLER_WORD.sub(lambda m: "<" * len(m.group()), line.upper())


def is_candidate(text: str) -> bool:
    """Could this line of text be one line of a passport's zone, as OCR or a text layer gives it?"""
    line = clean_line(text)
    return MIN_CANDIDATE <= len(line) <= MAX_CANDIDATE and line.count("<") >= 2 and all(ch in MRZ_CHARS for ch in line)


def looks_like_zone(text: str) -> bool:
    """Loosely: a line OCR may have made of a zone line, worth reading again with the zone's characters only."""
    line = clean_line(text)
    return len(line) >= 20 and line.count("<") >= 3


def _fit(line: str, tail: int = 0) -> str:
    """Make the line 44 characters long by growing or shrinking its longest run of fillers.

    ``tail`` characters at the end stay in place (line 2's check digits after the personal number).
    """
    if len(line) == LENGTH:
        return line
    runs = [m for m in re.finditer(r"<{2,}", line[: len(line) - tail] if tail else line)]
    if not runs:
        return (line + "<" * LENGTH)[:LENGTH]
    longest = max(runs, key=lambda m: (len(m.group()), m.start()))
    size = max(len(longest.group()) + LENGTH - len(line), 0)
    fitted = line[: longest.start()] + "<" * size + line[longest.end() :]
    return (fitted + "<" * LENGTH)[:LENGTH]


def _line2(raw: str) -> str:
    """Line 2 at 44 characters: the fixed fields first, fillers counted back into the personal number."""
    if len(raw) == LENGTH:
        return raw
    # The document number may have lost or gained a filler: align on nationality, dates and sex.
    start = next((p for p in (10, 9, 11, 8, 12) if _LINE2_ANCHOR.match(raw, p)), 10)
    number, digit = raw[: start - 1], raw[start - 1 : start]
    head = number[:9].ljust(9, "<") + digit + raw[start : start + 18]
    rest = raw[start + 18 :]
    # rest = personal number (14), its check digit, the composite check digit
    digits = rest[-2:] if len(rest) >= 2 else rest.rjust(2, "<")
    personal = rest[:-2].rstrip("<")
    if len(personal) > 14:
        personal = personal[:14]
    return head + personal.ljust(14, "<") + digits


def _as_kind(text: str, kind: str) -> str:
    if kind == "n":
        return text.translate(_TO_DIGIT)
    if kind == "a":
        return text.translate(_TO_LETTER)
    return text


def _variants(data: str, digit: str, *, may_be_empty: bool = False) -> list[str]:
    """The field as read, or — when its check digit fails — its O/0 variants for which it holds."""
    if _digit_ok(data, digit, may_be_empty=may_be_empty):
        return [data]
    positions = [i for i, ch in enumerate(data) if ch in _AMBIGUOUS][:MAX_AMBIGUOUS]
    found = []
    for flips in itertools.product((False, True), repeat=len(positions)):
        chars = list(data)
        for position, flip in zip(positions, flips):
            if flip:
                chars[position] = _AMBIGUOUS[chars[position]]
        variant = "".join(chars)
        if any(flips) and _digit_ok(variant, digit, may_be_empty=may_be_empty):
            found.append(variant)
    return found


def _resolve(line2: str) -> str:
    """Line 2 with O/0 slips in the document and personal numbers undone.

    A reading under which every check digit holds is taken; failing that (another
    digit is wrong, so the composite cannot hold), a field is changed only where one
    reading alone makes its own check digit hold — the composite still fails then.
    """
    numbers = _variants(line2[0:9], line2[9])
    personals = _variants(line2[28:42], line2[42], may_be_empty=True)
    for number, personal in itertools.product(numbers, personals):
        candidate = number + line2[9:28] + personal + line2[42:]
        if _digit_ok(candidate[0:10] + candidate[13:20] + candidate[21:43], candidate[43]):
            return candidate
    number = numbers[0] if len(numbers) == 1 else line2[0:9]
    personal = personals[0] if len(personals) == 1 else line2[28:42]
    return number + line2[9:28] + personal + line2[42:]


def _date(yymmdd: str, *, pivot: int) -> dt.date | None:
    """YYMMDD as a date; the century puts the year at most ``pivot`` (birth dates) or near it (expiry)."""
    if not yymmdd.isdigit():
        return None
    year = 2000 + int(yymmdd[:2])
    if year > pivot:
        year -= 100
    try:
        return dt.date(year, int(yymmdd[2:4]), int(yymmdd[4:6]))
    except ValueError:
        return None


def _names(field_: str) -> tuple[str, str]:
    surname, _, given = field_.partition("<<")
    return " ".join(surname.replace("<", " ").split()), " ".join(given.replace("<", " ").split())


def parse(line1: str, line2: str, *, today: dt.date | None = None) -> Mrz:
    """Both lines as read (cleaned, any length near 44), slips undone, check digits checked."""
    today = today or dt.date.today()
    notes: list[str] = []
    l1 = _fit(clean_line(line1))
    l2 = _line2(clean_line(line2))
    # Line 1: document code, issuing state (letters), names (letters and fillers).
    fixed1 = l1[:2] + _as_kind(l1[2:5], "a") + _as_kind(l1[5:], "a")
    if fixed1 != l1:
        notes.append("digits read in the names or issuing state taken as letters")
    chars = list(l2)
    for name, start, end, kind in (NATIONALITY, BIRTH, EXPIRY):
        value = _as_kind(l2[start:end], kind)
        if value != l2[start:end]:
            notes.append(f"{CHECK_LABELS.get(name, name.replace('_', ' '))}: '{l2[start:end]}' read as '{value}'")
        chars[start:end] = value
    for position in (*CHECKED.values(), 43):  # check digits are digits (or a filler for an empty field)
        if chars[position] != "<":
            chars[position] = chars[position].translate(_TO_DIGIT)
    read = "".join(chars)
    l2 = _resolve(read)
    for name, start, end, _ in (DOCUMENT_NUMBER, PERSONAL):
        if l2[start:end] != read[start:end]:
            notes.append(f"{CHECK_LABELS[name]}: '{read[start:end]}' read as '{l2[start:end]}' (the check digits then hold)")
    sex = {"F": "F", "M": "M"}.get(l2[20])
    checks = {
        "document_number": _digit_ok(l2[0:9], l2[9]),
        "date_of_birth": _digit_ok(l2[13:19], l2[19]),
        "expiry": _digit_ok(l2[21:27], l2[27]),
        "personal_number": _digit_ok(l2[28:42], l2[42], may_be_empty=True),
        "composite": _digit_ok(l2[0:10] + l2[13:20] + l2[21:43], l2[43]),
    }
    names = fixed1[5:]
    # "<<" parts surname from given names once; a second "<<" ends the names, whatever OCR made of the fillers after.
    end = names.find("<<", names.find("<<") + 2) if "<<" in names else -1
    if end >= 0 and names[end:].strip("<"):
        notes.append("characters after the names taken as fillers")
        fixed1 = fixed1[:5] + names[:end] + "<" * (len(names) - end)
    surname, given = _names(fixed1[5:])
    return Mrz(
        lines=(fixed1, l2),
        document_type=fixed1[:2].rstrip("<"),
        issuing_state=fixed1[2:5].rstrip("<"),
        surname=surname,
        given_names=given,
        document_number=l2[0:9].rstrip("<"),
        nationality=l2[10:13].rstrip("<"),
        date_of_birth=_date(l2[13:19], pivot=today.year),
        sex=sex,
        expiry=_date(l2[21:27], pivot=today.year + 50),
        personal_number=l2[28:42].rstrip("<"),
        checks=checks,
        corrections=notes,
    )


def find(lines: list[str]) -> tuple[str, str] | None:
    """The two lines of a TD3 zone among a page's lines (in reading order), as written; None if there is none."""
    cleaned = [clean_line(line) for line in lines]
    for i, first in enumerate(cleaned):
        if not (first.startswith("P") and is_candidate(lines[i])):
            continue
        for j in range(i + 1, min(i + 3, len(cleaned))):
            second = cleaned[j]
            if is_candidate(lines[j]) and sum(ch.isdigit() for ch in second) >= MIN_LINE2_DIGITS:
                return lines[i], lines[j]
            if second:
                break
    return None


def read(text: str, *, today: dt.date | None = None) -> Mrz | None:
    """The zone on a page (or several pages' text), parsed; None when there is no zone."""
    found = find(text.splitlines())
    return parse(*found, today=today) if found else None
