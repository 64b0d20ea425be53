"""Style choices: fonts, sizes, margins, footers, letterheads and date formats.

Everything is drawn from a ``random.Random`` seeded per document, so a rebuild
makes the same choices.
"""
from __future__ import annotations

import random
from datetime import date

from .model import Letterhead, Style

BODY_FONTS = ["helvetica", "times", "dejavu-sans", "dejavu-serif", "liberation-sans",
              "liberation-serif", "arial", "times", "helvetica", "courier"]
FOOTERS = [None, None, "page_x_of_y", "x_slash_y", "dash", "page_x", "page_x_of_y"]
LOGOS = ["cross", "circle", "shield", "bars", None]
COLORS = ["#1f4e79", "#7a1f2b", "#1d5e3a", "#333333", "#0b5394", "#5b2c6f"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def fmt_date(d: date, how: str) -> str:
    day = d.day
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return {
        "long": f"{day} {MONTHS[d.month - 1]} {d.year}",
        "us": f"{MONTHS[d.month - 1]} {day}, {d.year}",
        "ordinal": f"{day}{suffix} {MONTHS[d.month - 1]} {d.year}",
        "slash": d.strftime("%d/%m/%Y"),
        "dots": d.strftime("%d.%m.%Y"),
        "iso": d.isoformat(),
        "short": f"{day} {MONTHS[d.month - 1][:3]} {d.year}",
    }[how]


DATE_STYLES = ["long", "us", "ordinal", "slash", "dots", "iso", "short"]


def letter_style(rng: random.Random, letterhead: Letterhead | None = None, font: str | None = None) -> Style:
    left = rng.choice([20, 22, 25, 25, 28, 30])
    return Style(
        font=font or rng.choice(BODY_FONTS),
        size=rng.choice([10, 10.5, 11, 11, 11.5, 12]),
        leading=rng.choice([1.2, 1.3, 1.35, 1.45]),
        margins_mm=(left, rng.choice([20, 22, 25, 25]), rng.choice([20, 25, 30]), 22),
        justify=rng.random() < 0.55,
        para_space=rng.choice([4, 6, 8, 10]),
        footer=rng.choice(FOOTERS),
        letterhead=letterhead,
    )


def letterhead(rng: random.Random, name: str, lines: list[str]) -> Letterhead:
    """An institution keeps its logo and colour; the layout varies from one letter template to another."""
    house = random.Random(name)
    return Letterhead(name=name, lines=lines, logo=house.choice(LOGOS), color=house.choice(COLORS),
                      align=rng.choice(["left", "left", "center", "right"]), rule=rng.random() < 0.7)
