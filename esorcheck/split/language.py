"""Which language a section is written in, or an honest "too little text to judge".

langdetect is seeded (it is random otherwise) and loaded on first use, with
the profiles of the languages applicants write in (loading all 55 profiles
costs about twice as long as these 25). A text in another language is still
found "not English", named after the closest language known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

# Below this many letters a detector guesses; we say so instead.
MIN_LETTERS = 120
MIN_PROBABILITY = 0.80
# Enough running text to tell any two languages apart; more only costs time.
SAMPLE_LETTERS = 1200
# langdetect's random trials (7 by default); on this much text three agree as well as seven.
TRIALS = 3
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
# Machine-readable zones, e-mail addresses, URLs and DOIs are not language.
_NOISE = re.compile(r"\S*[<@/]\S*|\b10\.\d{4,}\S*")

NAMES = {
    "bg": "Bulgarian", "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek", "en": "English",
    "es": "Spanish", "et": "Estonian", "fi": "Finnish", "fr": "French", "hr": "Croatian",
    "hu": "Hungarian", "it": "Italian", "lt": "Lithuanian", "lv": "Latvian", "nl": "Dutch",
    "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "sk": "Slovak", "sl": "Slovenian",
    "sv": "Swedish", "ru": "Russian", "tr": "Turkish", "zh-cn": "Chinese",
}  # the languages the detector knows: the EU's, and Russian, Turkish and Chinese (AIM China)


@dataclass(frozen=True)
class LanguageGuess:
    code: str | None  # ISO 639-1 (langdetect's code), None when undetermined
    probability: float
    note: str | None = None  # why it is undetermined


def language_name(code: str | None) -> str:
    return NAMES.get(code or "", code or "unknown")


@cache
def _detectors():
    """A seeded langdetect factory holding the profiles of NAMES, built once per run."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_json_profile([(Path(PROFILES_DIRECTORY) / code).read_text(encoding="utf-8") for code in NAMES])
    factory.set_seed(0)
    return factory


def _running_text(text: str) -> str:
    """The text without noise and without capitalised words: those are mostly names of
    people, places and institutions, which would make a list of Italian referees "Italian"."""
    return " ".join(word for word in _NOISE.sub(" ", text).split() if not word[0].isupper())


def detect(text: str) -> LanguageGuess:
    cleaned = _running_text(text)
    letters = len(_LETTERS.findall(cleaned))
    if letters < MIN_LETTERS:
        return LanguageGuess(None, 0.0, f"too little text to judge ({letters} letters)")
    from langdetect.lang_detect_exception import LangDetectException

    detector = _detectors().create()
    detector.n_trial = TRIALS
    detector.append(cleaned[:SAMPLE_LETTERS])
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return LanguageGuess(None, 0.0, "no language recognised")
    if best.prob < MIN_PROBABILITY:
        return LanguageGuess(None, best.prob, f"mixed languages (at most {best.prob:.0%} {language_name(best.lang)})")
    return LanguageGuess(best.lang, best.prob)
