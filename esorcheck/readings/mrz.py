"""The passport's machine-readable zone (ICAO Doc 9303, TD3): find it, undo OCR slips, check it, parse it.

A TD3 zone is two lines of 44 characters from ``A-Z``, ``0-9`` and the filler
``<``; the first starts ``P``. Line 2 holds five check digits (weights 7-3-1
over the character values ``0-9`` → 0–9, ``A-Z`` → 10–35, ``<`` → 0)::

    P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
    L898902C36UTO7408122F1204159ZE184226B<<<<<10
    └doc no.┘│└na┘└dob─┘│││exp─┘│└personal──┘│└ composite (0–9, 13–19, 21–42)
             check       check│  check       check
                              sex

OCR reads a zone with typical slips: ``<`` as ``K``, ``«`` (for one filler
or two), ``c`` or ``e``; a space inside a line; a run of fillers one too long
or short; ``O`` for ``0`` in a number and ``0`` for ``O`` in a country code.
A slip is undone where the zone itself settles it: by position (every field
has a known kind: digits, letters, either), by the line's structure, by the
ICAO code list (``schemas/icao-codes.yaml``), or by check digits that can tell
the readings apart.

What nothing singles out is never verified. ``K``, ``A`` and ``U`` are worth
20, 10 and 30, so like ``<`` and ``0`` they weigh nothing modulo 10 at any
position: no check digit sees a filler read as ``K``. The composite weighs the
document and personal numbers with the same weights at the same offsets as
their own check digits, so it confirms nothing about them: a number's own
digit is its only judge, and one digit cannot tell an ``O``/``0`` slip from
any other wrong character. The one ``O``/``0`` reading it accepts is taken
(the zone is valid), several are none; either way, like a ``K`` taken for a
filler, a state that is no ICAO code, an impossible date or a line of the wrong
length that only a lost character explains, the zone is "read, not verified"
(``status``), with the reason in ``doubts``. ``lines`` carry only the repairs
the zone settles, so parsing them again gives the same verdict. Written from
the ICAO specification; nothing is taken from the GPL ``mrz`` package.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field

from esorcheck.schema.icao import state_codes

LENGTH = 44
NAMES_START = 5  # line 1: document code (2), issuing state (3), then the names
MRZ_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
WEIGHTS = (7, 3, 1)
# Lines this far from 44 characters may still be an OCR'd zone (fillers miscounted).
MIN_CANDIDATE, MAX_CANDIDATE = 30, 56
# A second line must carry at least this many digits once slips are undone (three dates and check digits hold 21).
MIN_LINE2_DIGITS = 12

VERIFIED, UNVERIFIED, INVALID = "verified", "unverified", "invalid"

# OCR slips by field kind: letters read in a numeric field, digits read in an alphabetic one.
_TO_DIGIT = str.maketrans("OQDILZSGB", "000112568")
_TO_LETTER = str.maketrans("012568", "OIZSGB")
# Letters a digit read in a country code may stand for: the code list picks among them.
_LETTERS_OF = {"0": "ODQ", "1": "IL", "2": "Z", "5": "S", "6": "G", "8": "B"}
# In the alphanumeric document and personal numbers, O and 0 may be either.
_SWAP = {"O": "0", "0": "O"}
MAX_SWAPS = 12  # O/0 positions tried in one field; more leave it undecided
# OCR's reading of a pair of fillers (or of one): the line's structure decides which.
DOUBLE = "«"
# Characters OCR puts where a filler is printed.
_FILLERS = str.maketrans({"‹": "<", "≤": "<", "(": "<", "[": "<", "{": "<"})
# In a line that is mostly zone characters, these lower-case letters are fillers misread.
_LOWER_FILLERS = str.maketrans({"c": "<", "e": "<", "k": "<"})
ZONE_SHARE = 0.6
FILLER_MISREADINGS = "KX"  # letters OCR makes of a filler; K weighs nothing, X fails any check digit it is in
# Every letter OCR makes of a filler on a poor copy, its chevron's look-alikes: too common in names to be dropped
# from one, they only excuse a slip where a name is compared (readings/names.py).
FILLER_LOOK_ALIKES = FILLER_MISREADINGS + "CESL"
_FILLER_WORD = re.compile(r"(?<=<)K+(?=<|$)")  # "<<KK<": a run of K between fillers is fillers
_SPACES = re.compile(r"\s+")
_RUNS = re.compile(f"[<{DOUBLE}]+|[^<{DOUBLE}]+")
_DIGITISH = "[0-9OQDILZSGB]"
_LINE2_ANCHOR = re.compile(f"[A-Z0-9<]{{3}}{_DIGITISH}{{7}}[MFX<K]{_DIGITISH}{{7}}")
# Nationality, birth date and its check digit, sex, expiry and its check digit; fillers for unknown date parts.
_DATES = re.compile(f"[A-Z0-9<]{{3}}[0-9OQDILZSGB<]{{6}}{_DIGITISH}[MFX<K][0-9OQDILZSGB<]{{7}}")
MIN_DATE_CHARACTERS = 8  # of the fifteen after the nationality: at least the birth date, its digit and the sex

# Line 2 fields: (name, start, end, kind); kinds: "n" digits, "a" letters, "x" either.
DOCUMENT_NUMBER = ("document_number", 0, 9, "x")
NATIONALITY = ("nationality", 10, 13, "a")
BIRTH = ("date_of_birth", 13, 19, "n")
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
    if not all(ch in MRZ_CHARS for ch in data):
        return False
    return digit.isdigit() and check_digit(data) == digit


def is_state_code(code: str) -> bool:
    """Is this (without its fillers) a code ICAO allows for an issuing state or a nationality?"""
    return code.rstrip("<") in state_codes()


@dataclass
class Mrz:
    """A TD3 zone as read and what it says.

    ``lines`` hold the zone with the slips the zone itself settles undone; the
    fields are its reading (where a filler read as ``K`` is taken as a filler,
    the fields say so and ``doubts`` explain). ``checks`` judge the fields.
    """

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
    doubts: list[str] = field(default_factory=list)  # why the reading is not verified, one sentence each
    doubted: frozenset[str] = frozenset()  # the fields those doubts concern ("document_number", "expiry", …)
    may_be_misread: list[str] = field(default_factory=list)  # failed checks an OCR slip could explain
    calendar_dates: bool = True  # the dates are real dates (or left unknown with fillers)

    @property
    def valid(self) -> bool:
        """Every check digit holds and the dates are real dates."""
        return all(self.checks.values()) and self.calendar_dates

    @property
    def failed_checks(self) -> list[str]:
        return [name for name, ok in self.checks.items() if not ok]

    @property
    def verified(self) -> bool:
        """Valid, and nothing in it rests on a reading the check digits, the code list and the dates do not single out."""
        return self.valid and not self.doubts

    @property
    def status(self) -> str:
        """"verified"; "invalid" (a check digit fails that no OCR slip explains); else "unverified" (read, not verified)."""
        if self.verified:
            return VERIFIED
        if any(name not in self.may_be_misread for name in self.failed_checks):
            return INVALID
        return UNVERIFIED


def _normalise(text: str) -> str:
    """A line as zone characters and ``«``: no spaces, filler look-alikes as fillers, upper case."""
    line = _SPACES.sub("", text).translate(_FILLERS)
    fillers = line.count("<") + line.count(DOUBLE)
    zone_like = sum(ch in MRZ_CHARS or ch == DOUBLE for ch in line)
    if fillers >= 2 and zone_like >= ZONE_SHARE * len(line):
        line = line.translate(_LOWER_FILLERS)
    return line.upper()


def clean_line(text: str) -> str:
    """A line as MRZ characters: no spaces, filler look-alikes as fillers, upper case.

    Ordinary text has no ``<``, so it stays free of fillers and never passes for a zone.
    """
    return _FILLER_WORD.sub(lambda m: "<" * len(m.group()), _normalise(text).replace(DOUBLE, "<"))


def _zone_chars(line: str) -> bool:
    return MIN_CANDIDATE <= len(line) <= MAX_CANDIDATE and all(ch in MRZ_CHARS for ch in line)


def _is_line1(line: str) -> bool:
    return line.startswith("P") and _zone_chars(line) and line.count("<") >= 2


def _is_line2(line: str) -> bool:
    """Shaped like line 2: zone characters with its dates where they belong, counted once slips are undone.

    Line 2 need hold no filler (Chinese, Serbian and Norwegian passports fill the personal number).
    """
    if not _zone_chars(line):
        return False
    if line.count("<") < 2 and not any(_dates_at(line, p) for p in (10, 9, 11, 8, 12)):
        return False
    aligned = _align_line2(line).line
    return sum(ch.isdigit() for ch in _numeric_as_digits(aligned)[0]) >= MIN_LINE2_DIGITS


def is_candidate(text: str) -> bool:
    """Could this line of text be one line of a passport's zone, as OCR or a text layer gives it?"""
    line = clean_line(text)
    return (_zone_chars(line) and line.count("<") >= 2) or _is_line2(line)


def printed_alike(a: str, b: str) -> bool:
    """Whether two characters are one OCR-B glyph as OCR may read it (S and 5, O and 0, B and 8, I and 1...)."""
    return a.translate(_TO_DIGIT) == b.translate(_TO_DIGIT)


def looks_like_zone(text: str) -> bool:
    """Loosely: a line OCR may have made of a zone line, worth reading again with the zone's characters only."""
    line = clean_line(text)
    return len(line) >= 20 and (line.count("<") >= 3 or bool(_LINE2_ANCHOR.search(line)))


# ------------------------------------------------------------------ line 1


def _run_length(run: str) -> tuple[int, int]:
    """The fewest and most fillers a run stands for (``«`` is one filler or two)."""
    single = len(run)
    return single, single + run.count(DOUBLE)


def _line1(raw: str) -> tuple[str, list[str]]:
    """Line 1 at 44 characters: ``«`` counted as the structure needs, stray ``K`` and text after the names as fillers.

    The issuing state is padded to three characters; one ``<<`` parts surname
    from given names, and the next ``<<`` ends the names. An over-long line
    loses fillers from its end, never the ``<<`` between the names.
    """
    notes: list[str] = []
    head = raw[:2].replace(DOUBLE, "<").ljust(2, "<")
    runs = _RUNS.findall(raw[2:])
    state = ""
    if runs and runs[0][0] not in f"<{DOUBLE}":
        state, tail = runs[0][:3], runs[0][3:]
        runs = ([tail] if tail else []) + runs[1:]
    leading = 0  # fillers before the surname: two when there is none
    if runs and runs[0][0] in f"<{DOUBLE}":
        lo, hi = _run_length(runs.pop(0))
        need = 3 - len(state)
        if hi < need:
            notes.append("a filler missing after the issuing state put back")
        fits = [n for n in (0, 2) if lo - need <= n <= hi - need]
        leading = fits[0] if fits else (2 if lo - need >= 2 else 0)
    state = state.ljust(3, "<")
    # The names: words parted by filler runs, each run standing for a range of fillers.
    words = runs[0::2]
    gaps = [_run_length(run) for run in runs[1::2]][: max(len(words) - 1, 0)]
    lengths = [lo for lo, _ in gaps]
    separator = 0 if leading else next((i + 1 for i, (lo, _) in enumerate(gaps) if lo >= 2), None)
    if separator is None:
        double = next((i for i, (_, hi) in enumerate(gaps) if hi >= 2), None)
        if double is not None:
            separator = double + 1
            notes.append("'«' taken as the two fillers between surname and given names")
    if separator:
        lengths[separator - 1] = 2
    # The next "<<" after the given names ends the names: what OCR made of the fillers after it is fillers.
    end = next((i + 1 for i in range(separator or 0, len(lengths)) if lengths[i] >= 2), len(words))
    if end < len(words):
        notes.append("characters after the names taken as fillers")
        words, lengths = words[:end], lengths[: end - 1]
    # A last name part of K or X alone (never the surname's first) is fillers misread: OCR reads "<" so.
    while len(words) > 1 and set(words[-1]) <= set(FILLER_MISREADINGS) and len(words) - 1 >= (separator or 1):
        notes.append(f"'{words[-1]}' at the end of the names taken as fillers")
        words, lengths = words[:-1], lengths[:-1]
    letters = [word.translate(_TO_LETTER) for word in words]
    if letters != words:
        notes.append("digits read in the names taken as letters")
    names = "<" * leading + "".join(word + "<" * (lengths[i] if i < len(lengths) else 0) for i, word in enumerate(letters))
    room = LENGTH - NAMES_START
    if len(names) > room:
        notes.append(f"names longer than the line's {room} places: cut at the end")
        names = names[:room]
    return head + state + names.ljust(room, "<"), notes


def _line1_read(raw: str) -> tuple[str, list[str]]:
    """Line 1, with a filler lost or doubled after the document code put right where only that makes the issuing state a code."""
    line, notes = _line1(raw)
    if _code(line[2:5])[2]:
        return line, notes
    if len(raw) < LENGTH and raw[1:2] not in ("<", DOUBLE):
        other, note = raw[:1] + "<" + raw[1:], "a filler lost after the document code put back"
    elif len(raw) > LENGTH and raw[1:3] == "<<":
        other, note = raw[:1] + raw[2:], "a filler doubled after the document code taken out"
    else:
        return line, notes
    other_line, other_notes = _line1(other)
    return (other_line, [note, *other_notes]) if _code(other_line[2:5])[2] else (line, notes)


# ------------------------------------------------------------------ line 2


def _fit_field(raw: str, size: int) -> tuple[str, bool]:
    """A field read with too many or too few characters, at ``size`` by its trailing fillers; and whether that is settled.

    It is not when data would be cut, when the field read short has no
    trailing filler to have lost, when the field read long has fillers inside
    its data (the extra one may be there), or when a ``0`` lost from the end of
    the data (or doubled there, read ``00``) would explain the length as well:
    a ``0`` weighs as little as a filler, so no check digit tells.
    """
    if len(raw) == size:
        return raw, True
    data = raw.rstrip("<")
    if len(raw) > size:
        return raw[:size], len(data) <= size and "<" not in data and not data.endswith("00")
    return raw.ljust(size, "<"), (raw == "" or raw.endswith("<")) and not data.endswith("0")


def _dates_at(line: str, position: int) -> bool:
    """Do the nationality, dates and sex start at ``position`` (ten in a line of 44)?"""
    match = _DATES.match(line, position)
    return bool(match) and sum(ch != "<" for ch in match.group()[3:]) >= MIN_DATE_CHARACTERS


def _run_after_zero(line: str, position: int, zeros: int) -> bool:
    """Does the run of fillers at ``position`` follow ``zeros`` 0s? A 0 lost (or doubled) there would weigh as little."""
    while position > 0 and line[position - 1] == "<":
        position -= 1
    return position >= zeros and line[position - zeros : position] == "0" * zeros


def _miscounted_head(raw: str) -> str | None:
    """A line 2 one character off, with a filler put back or taken out before its dates, where one reading alone fits.

    The reading must put the dates in place, make the document number's check
    digit hold and the nationality an ICAO code (``D«`` for ``D<<`` is no
    fault of the document number).
    """
    if len(raw) == LENGTH - 1:
        readings, zeros = {(raw[:i] + "<" + raw[i:], i) for i in range(1, 14) if "<" in raw[i - 1 : i + 1]}, 1
    elif len(raw) == LENGTH + 1:
        readings, zeros = {(raw[:i] + raw[i + 1 :], i) for i in range(14) if raw[i] == "<"}, 2
    else:
        return None
    fits = {
        (line, _run_after_zero(line, position, zeros))
        for line, position in readings
        if _dates_at(line, 10) and _digit_ok(line[0:9], line[9]) and _code(line[10:13])[2]
    }
    lines = {line for line, _ in fits}
    return lines.pop() if len(lines) == 1 and not any(zero for _, zero in fits) else None


@dataclass
class _Line2:
    """Line 2 at 44 characters, and what setting it to 44 may have disturbed."""

    line: str
    read_length: int
    doubt: str | None = None  # why the fitted line is unsure, when data (not fillers) may have moved
    touched: frozenset[str] = frozenset()  # checks whose data a filler put back or taken out may have moved


_ALL_CHECKS = frozenset({*CHECKED, "composite"})


def _align_line2(raw: str) -> _Line2:
    """Line 2 at 44 characters, aligned on nationality, dates and sex, fillers counted back into its fields."""
    raw = raw.replace(DOUBLE, "<")
    if len(raw) == LENGTH:
        return _Line2(raw, LENGTH)
    if not _dates_at(raw, 10):
        head = _miscounted_head(raw)
        if head is not None:
            return _Line2(head, len(raw), touched=frozenset({"document_number", "composite"}))
    start = next((p for p in (10, 9, 11, 8, 12) if _dates_at(raw, p)), None)
    trouble, touched = None, set()
    if start is None:
        start, trouble, touched = 10, "its dates could not be aligned", set(_ALL_CHECKS)
    number, number_ok = _fit_field(raw[: start - 1], 9)
    digit = raw[start - 1 : start]
    rest = raw[start + 18 :]
    digits = rest[-2:] if len(rest) >= 2 else rest.rjust(2, "<")
    personal, personal_ok = _fit_field(rest[:-2] if len(rest) >= 2 else "", 14)
    if start != 10:
        touched |= {"document_number", "composite"}
    if len(rest) != 16:
        touched |= {"personal_number", "composite"}
    if not number_ok:
        trouble = trouble or "the document number may have lost or gained a character"
    elif not personal_ok:
        trouble = trouble or "the personal number may have lost or gained a character"
    line = (number + digit + raw[start : start + 18] + personal + digits)[:LENGTH].ljust(LENGTH, "<")
    doubt = f"line 2 was read with {len(raw)} characters: {trouble}" if trouble else None
    return _Line2(line, len(raw), doubt, frozenset(touched))


def _numeric_as_digits(line2: str) -> tuple[str, list[str]]:
    """Dates and check digits as digits: letters read there are their look-alike digits, ``K`` a filler."""
    chars, notes = list(line2), []
    for name, start, end, _ in (BIRTH, EXPIRY):
        value = line2[start:end].translate(_TO_DIGIT).replace("K", "<")
        if value != line2[start:end]:
            notes.append(f"{CHECK_LABELS[name]}: '{line2[start:end]}' read as '{value}'")
        chars[start:end] = value
    for position in (*CHECKED.values(), 43):  # check digits are digits (or a filler for an empty field)
        chars[position] = chars[position].translate(_TO_DIGIT).replace("K", "<")
    if chars[20] == "K":
        chars[20] = "<"
    return "".join(chars), notes


def _fillers_read_as_k(value: str, *, empty_allowed: bool = False) -> tuple[str, str, bool]:
    """A number field's ``K`` runs that stand where fillers belong: (as the zone settles, as read, whether any is unsure).

    A run of ``K`` after a filler with nothing but fillers after it is taken
    as fillers. Data is left-aligned, so where only fillers precede it (or the
    field's check digit is a filler, which only an empty field may have) that
    is settled; after data, no check digit can confirm it.
    """
    if empty_allowed and not value.strip("<K"):
        return "<" * len(value), "<" * len(value), False
    settled, reading, unsure = value, value, False
    for match in re.finditer("K+", value):
        if match.start() == 0 or value[match.start() - 1] != "<" or value[match.end() :].strip("<K"):
            continue
        run = "<" * len(match.group())
        reading = reading[: match.start()] + run + reading[match.end() :]
        if settled[: match.start()].strip("<"):
            unsure = True
        else:
            settled = settled[: match.start()] + run + settled[match.end() :]
    return settled, reading, unsure


def _swaps_that_fit(data: str, digit: str, *, may_be_empty: bool) -> list[str] | None:
    """Readings of a field with O and 0 exchanged (not as read) under which its check digit holds; None: too many to try."""
    positions = [i for i, ch in enumerate(data) if ch in _SWAP]
    if len(positions) > MAX_SWAPS:
        return None
    found = []
    for flips in itertools.product((False, True), repeat=len(positions)):
        if not any(flips):
            continue
        chars = list(data)
        for position, flip in zip(positions, flips):
            if flip:
                chars[position] = _SWAP[chars[position]]
        variant = "".join(chars)
        if _digit_ok(variant, digit, may_be_empty=may_be_empty):
            found.append(variant)
    return found


def _code(raw: str) -> tuple[str, str | None, bool]:
    """A state code read in three places: (the code taken, why it is unsure, whether the zone settles it).

    Digits become the letters they look like and a ``K`` in the padding a
    filler; of those readings, the one that is an ICAO code is taken.
    """
    default = raw.translate(_TO_LETTER)
    options = [_LETTERS_OF.get(ch, ch) + ("<" if ch == "K" else "") for ch in raw]
    readings = {"".join(chars) for chars in itertools.product(*options)}
    codes = sorted(r for r in readings if re.fullmatch("[A-Z]{1,3}<*", r) and is_state_code(r))
    if len(codes) == 1:
        return codes[0], None, True
    if not codes:
        return default, f"'{default.rstrip('<')}' is not an ICAO code", False
    taken = default if default in codes else codes[0]
    return taken, f"'{raw.rstrip('<')}' could be {' or '.join(c.rstrip('<') for c in codes)}", False


def _composite_data(line2: str) -> str:
    return line2[0:10] + line2[13:20] + line2[21:43]


def _checks(line2: str) -> dict[str, bool]:
    return {
        "document_number": _digit_ok(line2[0:9], line2[9]),
        "date_of_birth": _digit_ok(line2[13:19], line2[19]),
        "expiry": _digit_ok(line2[21:27], line2[27]),
        "personal_number": _digit_ok(line2[28:42], line2[42], may_be_empty=True),
        "composite": _digit_ok(_composite_data(line2), line2[43]),
    }


def check_digits_hold(line2: str, names: tuple[str, ...] = ("composite", *CHECKED)) -> bool:
    """Whether the check digits ``names`` (all five by default) of a line 2 of 44 characters, read as it stands, hold."""
    if len(line2) != LENGTH or not all(ch in MRZ_CHARS for ch in line2):
        return False
    checks = _checks(line2)
    return all(checks[name] for name in names)


def _date(yymmdd: str, *, birth: bool, today: dt.date) -> tuple[dt.date | None, bool]:
    """YYMMDD as a date, and whether it is one (fillers: unknown, which ICAO allows).

    A birth date is the latest in its century not after ``today``; an expiry
    date lies within fifty years of it.
    """
    if not yymmdd.isdigit():
        return None, True
    yy, month, day = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:6])
    centuries = (2000, 1900) if birth or 2000 + yy <= today.year + 50 else (1900, 2000)
    for century in centuries:
        try:
            date = dt.date(century + yy, month, day)
        except ValueError:
            continue
        if not birth or date <= today:
            return date, True
    return None, False


def _names(field_: str) -> tuple[str, str]:
    surname, _, given = field_.partition("<<")
    return " ".join(surname.replace("<", " ").split()), " ".join(given.replace("<", " ").split())


def _settle_code(line: str, start: int, label: str) -> tuple[str, str, list[str], list[str]]:
    """The line with its state code at ``start`` read as the code list settles it: (line, code, notes, doubts).

    A code the list does not single out stays in the line as read.
    """
    raw = line[start : start + 3]
    code, why, settled = _code(raw)
    notes = [f"{label}: '{raw}' read as '{code}'"] if settled and code != raw else []
    if settled:
        line = line[:start] + code + line[start + 3 :]
    return line, code.rstrip("<"), notes, [f"{label}: {why}"] if why else []


def _fillers_in_numbers(line2: str) -> tuple[str, str, list[str], list[str], set[str]]:
    """Fillers read as ``K`` in the document and personal numbers: (line as settled, line as read, notes, doubts,
    the numbers doubted)."""
    notes, doubts, doubted, reading = [], [], set(), list(line2)
    for name, start, end, _ in (DOCUMENT_NUMBER, PERSONAL):
        empty_allowed = name == "personal_number" and line2[42] == "<"
        settled, taken, unsure = _fillers_read_as_k(line2[start:end], empty_allowed=empty_allowed)
        if settled != line2[start:end]:
            notes.append(f"{CHECK_LABELS[name]}: fillers read as 'K' taken as fillers")
            line2 = line2[:start] + settled + line2[end:]
        if unsure:
            doubted.add(name)
            doubts.append(
                f"{CHECK_LABELS[name]}: a 'K' after its fillers is taken as a filler; no check digit can tell (K and < both weigh nothing)"
            )
        reading[start:end] = taken
    return line2, "".join(reading), notes, doubts, doubted


def _o0_doubt(label: str, read: str, found: list[str] | None) -> str:
    if found is None:
        return f"{label} '{read}': its check digit fails, and it holds too many O and 0 to try the other readings"
    if len(found) == 1:
        return (
            f"{label} '{read}' taken as '{found[0]}', the one reading with O and 0 exchanged that its check digit "
            "accepts; no other check digit can confirm it"
        )
    return f"{label} '{read}': its check digit fails; {len(found)} readings with O and 0 exchanged make it hold, so none is singled out"


_NUMBERS = {"document_number": (0, 9, False), "personal_number": (28, 42, True)}  # span, may be empty


def _judge(read: str, fitted: _Line2) -> tuple[str, dict[str, bool], list[str], list[str], list[str], set[str], set[str]]:
    """Line 2's check digits, and where they fail whether an OCR slip could be why.

    Returns the reading taken, its checks, notes, doubts, the failed checks a
    slip could explain, the numbers whose O/0 reading is doubted, and the
    fields whose failure only a character lost or doubled explains. A
    number's O/0 reading is taken when it alone makes the number's check
    digit hold; that digit being its only judge, it is doubted.
    """
    checks = _checks(read)
    failing = [name for name, ok in checks.items() if not ok]
    swaps = {
        name: _swaps_that_fit(read[start:end], read[CHECKED[name]], may_be_empty=empty)
        for name, (start, end, empty) in _NUMBERS.items()
        if not checks[name]
    }
    best = trial = read
    for name, found in swaps.items():
        start, end, _ = _NUMBERS[name]
        if found:
            trial = trial[:start] + found[0] + trial[end:]
            if len(found) == 1:
                best = best[:start] + found[0] + best[end:]

    def swap_explains(name: str) -> bool:
        if name in swaps:
            return swaps[name] is None or bool(swaps[name])
        return name == "composite" and (_checks(trial)["composite"] or None in swaps.values())

    # Where a character lost or doubled in a line of the wrong length may have been: in the field
    # fitted, or in the dates, which then stay in place only by chance (an expiry date that holds
    # rules out a birth date that lost one).
    places = [fitted.touched]
    if fitted.read_length != LENGTH:
        places.append(frozenset({"expiry", "personal_number", "composite"}))
        if "document_number" in fitted.touched:
            places.append(frozenset({"document_number", "date_of_birth", "composite"}))
        if not checks["expiry"]:
            places.append(frozenset({"date_of_birth", "expiry", "personal_number", "composite"}))
    others = {name for name in failing if not swap_explains(name)}
    moved = next((place for place in places if others <= place), frozenset())

    taken = _checks(best)
    notes = [
        f"{CHECK_LABELS[name]}: '{read[_NUMBERS[name][0] : _NUMBERS[name][1]]}' read as '{found[0]}' (O and 0 exchanged)"
        for name, found in swaps.items()
        if found and len(found) == 1
    ]
    if not all(name in moved or swap_explains(name) for name in failing):
        return best, taken, notes, [], [], set(), set()  # the zone fails whatever was misread
    doubts = [_o0_doubt(CHECK_LABELS[name], read[_NUMBERS[name][0] : _NUMBERS[name][1]], found) for name, found in swaps.items()]
    lost = [name for name in failing if name in others and name in moved]
    if lost and not fitted.doubt:
        doubts.append(
            f"line 2 was read with {fitted.read_length} characters: the check digit of the "
            f"{', '.join(CHECK_LABELS[name] for name in lost)} fails, which a character lost or doubled (not a filler) "
            "would explain"
        )
    return best, taken, notes, doubts, [name for name, ok in taken.items() if not ok], set(swaps), set(lost)


def parse(line1: str, line2: str, *, today: dt.date | None = None) -> Mrz:
    """Both lines as read (any length near 44): slips undone where the zone settles them, the rest judged and explained."""
    today = today or dt.date.today()
    l1, notes = _line1_read(_normalise(line1))
    l1, issuing, issuing_notes, doubts = _settle_code(l1, 2, "issuing state")
    fitted = _align_line2(_normalise(line2))
    l2, numeric_notes = _numeric_as_digits(fitted.line)
    l2, nationality, nationality_notes, nationality_doubts = _settle_code(l2, 10, "nationality")
    l2, read, filler_notes, filler_doubts, doubted = _fillers_in_numbers(l2)
    read, checks, check_notes, check_doubts, may_be_misread, swapped, lost = _judge(read, fitted)
    doubted |= swapped | lost | (set(fitted.touched or _ALL_CHECKS) if fitted.doubt else set())
    doubted |= ({"issuing_state"} if doubts else set()) | ({"nationality"} if nationality_doubts else set())
    if fitted.doubt or lost:
        l2 = _normalise(line2)  # fitted to 44 it would read as settled when parsed again
    notes += issuing_notes + numeric_notes + nationality_notes + filler_notes + check_notes
    doubts += ([fitted.doubt] if fitted.doubt else []) + nationality_doubts + filler_doubts + check_doubts

    birth, birth_real = _date(read[13:19], birth=True, today=today)
    expiry, expiry_real = _date(read[21:27], birth=False, today=today)
    for name, value, real in (("date_of_birth", read[13:19], birth_real), ("expiry", read[21:27], expiry_real)):
        if not real:
            doubted.add(name)
            doubts.append(f"{CHECK_LABELS[name]} '{value}' is not a calendar date")
    surname, given = _names(l1[NAMES_START:])
    return Mrz(
        lines=(l1, l2),
        document_type=l1[:2].rstrip("<"),
        issuing_state=issuing,
        surname=surname,
        given_names=given,
        document_number=read[0:9].rstrip("<"),
        nationality=nationality,
        date_of_birth=birth,
        sex={"F": "F", "M": "M"}.get(read[20]),
        expiry=expiry,
        personal_number=read[28:42].rstrip("<"),
        checks=checks,
        corrections=notes,
        doubts=doubts,
        doubted=frozenset(doubted),
        may_be_misread=may_be_misread,
        calendar_dates=birth_real and expiry_real,
    )


def find(lines: list[str]) -> tuple[str, str] | None:
    """The two lines of a TD3 zone among a page's lines (in reading order), as written; None if there is none."""
    cleaned = [clean_line(line) for line in lines]
    for i, first in enumerate(cleaned):
        if not _is_line1(first):
            continue
        for j in range(i + 1, min(i + 3, len(cleaned))):
            if _is_line2(cleaned[j]):
                return lines[i], lines[j]
            if cleaned[j]:
                break
    return None


def read(text: str, *, today: dt.date | None = None) -> Mrz | None:
    """The zone on a page (or several pages' text), parsed; None when there is no zone."""
    found = find(text.splitlines())
    return parse(*found, today=today) if found else None
