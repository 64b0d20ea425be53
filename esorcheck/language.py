"""Which language a section is written in, or an honest "too little text to judge".

langdetect is seeded (it is random otherwise) and loaded on first use: its
profiles take a few tenths of a second, which a run that never asks is spared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Below this many letters a detector guesses; we say so instead.
MIN_LETTERS = 120
MIN_PROBABILITY = 0.80
# Enough running text to tell any two languages apart; more only costs time.
SAMPLE_LETTERS = 2000
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
# Machine-readable zones, e-mail addresses, URLs and DOIs are not language.
_NOISE = re.compile(r"\S*[<@/]\S*|\b10\.\d{4,}\S*")

NAMES = {
    "en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "zh-cn": "Chinese", "zh-tw": "Chinese",
    "ru": "Russian", "tr": "Turkish", "ro": "Romanian", "cs": "Czech", "el": "Greek",
}


@dataclass(frozen=True)
class LanguageGuess:
    code: str | None  # ISO 639-1 (langdetect's code), None when undetermined
    probability: float
    note: str | None = None  # why it is undetermined


def language_name(code: str | None) -> str:
    return NAMES.get(code or "", code or "unknown")


def _running_text(text: str) -> str:
    """The text without noise and without capitalised words: those are mostly names of
    people, places and institutions, which would make a list of Italian referees "Italian"."""
    return " ".join(word for word in _NOISE.sub(" ", text).split() if not word[0].isupper())


def detect(text: str) -> LanguageGuess:
    cleaned = _running_text(text)
    letters = len(_LETTERS.findall(cleaned))
    if letters < MIN_LETTERS:
        return LanguageGuess(None, 0.0, f"too little text to judge ({letters} letters)")
    from langdetect import DetectorFactory, detect_langs  # loaded on first use: ~0.3 s
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        best = detect_langs(cleaned[:SAMPLE_LETTERS])[0]
    except (LangDetectException, IndexError):
        return LanguageGuess(None, 0.0, "no language recognised")
    if best.prob < MIN_PROBABILITY:
        return LanguageGuess(None, best.prob, f"mixed languages (at most {best.prob:.0%} {language_name(best.lang)})")
    return LanguageGuess(best.lang, best.prob)
