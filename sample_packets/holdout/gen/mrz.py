"""ICAO Doc 9303 TD3 (passport) machine-readable zone: two lines of 44 characters."""

from __future__ import annotations

import datetime as dt
import unicodedata

# ICAO 9303 part 3, section 6: recommended transliterations (the rest: strip the diacritic).
_TRANSLIT = {
    "Ä": "AE", "Å": "AA", "Æ": "AE", "Ö": "OE", "Ø": "OE", "Ü": "UE", "ß": "SS",
    "Þ": "TH", "Đ": "D", "Ð": "D", "Ł": "L", "Ħ": "H", "Ŋ": "N", "Œ": "OE", "Ĳ": "IJ",
}


def transliterate(name: str, keep_umlauts: bool = False) -> str:
    """Upper-case Latin letters for the MRZ; spaces and hyphens become fillers."""
    out = []
    for ch in name.upper():
        if ch in _TRANSLIT and not (keep_umlauts and ch in "ÄÖÜ"):
            out.append(_TRANSLIT[ch])
            continue
        base = unicodedata.normalize("NFD", ch)[0]
        if "A" <= base <= "Z":
            out.append(base)
        elif ch in " -'’":
            out.append("<")
    return "".join(out)


def check_digit(field: str) -> str:
    """Weights 7-3-1 over digits (0-9), letters (A=10 … Z=35) and fillers (<=0), modulo 10."""
    total = 0
    for i, ch in enumerate(field):
        if ch.isdigit():
            value = int(ch)
        elif "A" <= ch <= "Z":
            value = ord(ch) - 55
        elif ch == "<":
            value = 0
        else:
            raise ValueError(f"character {ch!r} not allowed in an MRZ field")
        total += value * (7, 3, 1)[i % 3]
    return str(total % 10)


def _yymmdd(day: dt.date) -> str:
    return day.strftime("%y%m%d")


def td3(issuer: str, surname: str, given: str, number: str, nationality: str,
        birth: dt.date, sex: str, expiry: dt.date, personal: str = "") -> tuple[str, str]:
    """The two MRZ lines of a passport (document code P, no subtype)."""
    names = transliterate(surname) + "<<" + transliterate(given)
    line1 = ("P<" + issuer.ljust(3, "<") + names)[:44].ljust(44, "<")
    num = number.upper().ljust(9, "<")[:9]
    pers = personal.upper().replace("-", "").ljust(14, "<")[:14]
    parts = [num, check_digit(num), nationality.ljust(3, "<"), _yymmdd(birth), check_digit(_yymmdd(birth)), sex,
             _yymmdd(expiry), check_digit(_yymmdd(expiry)), pers, check_digit(pers)]
    composite = num + parts[1] + _yymmdd(birth) + parts[4] + _yymmdd(expiry) + parts[7] + pers + parts[9]
    line2 = "".join(parts) + check_digit(composite)
    assert len(line1) == 44 and len(line2) == 44, (line1, line2)
    return line1, line2


def verify(line2: str) -> bool:
    """Recompute every check digit of a TD3 second line."""
    ok = check_digit(line2[0:9]) == line2[9]
    ok &= check_digit(line2[13:19]) == line2[19]
    ok &= check_digit(line2[21:27]) == line2[27]
    ok &= check_digit(line2[28:42]) == line2[42]
    ok &= check_digit(line2[0:10] + line2[13:20] + line2[21:43]) == line2[43]
    return bool(ok)


if __name__ == "__main__":
    # ICAO 9303 part 4 specimen (Anna Maria Eriksson, Utopia).
    l1, l2 = td3("UTO", "Eriksson", "Anna Maria", "L898902C3", "UTO", dt.date(1974, 8, 12), "F", dt.date(2012, 4, 15), "ZE184226B")
    print(l1); print(l2)
    assert l1 == "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
    assert l2 == "L898902C36UTO7408122F1204159ZE184226B<<<<<10", l2
    assert verify(l2)
