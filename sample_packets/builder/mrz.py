"""ICAO Doc 9303 TD3 (passport) machine-readable zone with correct check digits."""
from __future__ import annotations

import unicodedata
from datetime import date

_TRANSLIT = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "Å": "AA", "Æ": "AE", "Ø": "OE", "ß": "SS",
             "Ł": "L", "Đ": "D", "Þ": "TH", "Ñ": "N", "Ĳ": "IJ", "Œ": "OE"}


def _value(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return ord(ch) - ord("A") + 10


def check_digit(field: str) -> str:
    weights = (7, 3, 1)
    return str(sum(_value(c) * weights[i % 3] for i, c in enumerate(field)) % 10)


def transliterate(name: str) -> str:
    """Latin transliteration for the MRZ (ICAO 9303 part 3, simplified)."""
    out = []
    for ch in name.upper():
        if ch in _TRANSLIT:
            out.append(_TRANSLIT[ch])
            continue
        base = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in base if not unicodedata.combining(c))
        if base.isalpha() and base.isascii():
            out.append(base)
        else:
            out.append("<")      # spaces, hyphens and apostrophes become fillers
    return "".join(out)


def _yymmdd(d: date) -> str:
    return d.strftime("%y%m%d")


def td3(issuer: str, surname: str, given: str, number: str, nationality: str,
        birth: date, sex: str, expiry: date, personal: str = "") -> tuple[str, str]:
    """The two 44-character lines of a passport MRZ."""
    names = transliterate(surname).strip("<") + "<<" + transliterate(given).strip("<")
    line1 = ("P<" + issuer.ljust(3, "<") + names)[:44].ljust(44, "<")
    num = number.upper().ljust(9, "<")[:9]
    pers = personal.upper().ljust(14, "<")[:14]
    parts = [num + check_digit(num),
             nationality.ljust(3, "<"),
             _yymmdd(birth) + check_digit(_yymmdd(birth)),
             sex,
             _yymmdd(expiry) + check_digit(_yymmdd(expiry)),
             pers + (check_digit(pers) if personal else "<")]
    composite = parts[0] + parts[2] + parts[4] + parts[5]
    line2 = "".join(parts) + check_digit(composite)
    assert len(line1) == 44 and len(line2) == 44, (line1, line2)
    return line1, line2
