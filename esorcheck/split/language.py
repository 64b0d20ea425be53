"""Which language a section is written in, or an honest "too little text to judge".

A text most of whose letters are in a script (practically) one language
writes, Hebrew, Arabic, Hangul, Japanese kana…, is told by its script
(``scripts`` in ``schemas/rules.yaml``); the detector has no profile for these.
Any other is told by langdetect, seeded (it is random otherwise) and loaded on
first use, with the profiles of the languages applicants write in
(``detected_languages``). A text in another language of their scripts is still
found "not English", named after the closest language known. Languages are
reported by their ISO 639-1 code ("zh", not langdetect's "zh-cn").

Building langdetect's n-gram table from its JSON profiles costs about 0.06 s
a run; the table is kept in the user cache folder in a compact form (the
n-grams as one line each, and one array of their probabilities, mapped into
memory rather than read) that loads in a few milliseconds, keyed by the
profile files used (name, size, time) and the form's layout.
"""

from __future__ import annotations

import hashlib
import mmap
import re
from array import array
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import ClassVar

from esorcheck.schema.rules import rule_words
from esorcheck.text import normalize

# The cache file's form: the n-grams' length in bytes, the n-grams one a line (splitting lines is three times
# faster than unmarshalling a list), padding to 8 bytes, the doubles.
_TABLE_LAYOUT = 3
# Below this many letters a detector guesses; we say so instead.
MIN_LETTERS = 120
MIN_PROBABILITY = 0.80
# Enough running text to tell any two languages apart; more only costs time.
SAMPLE_LETTERS = 1200
# langdetect's random trials (7 by default); on this much text three agree as well as seven.
TRIALS = 3
_NOT_LETTERS = re.compile(r"[\W\d_]+")  # what is left of a text without them is its letters
# Machine-readable zones, e-mail addresses, URLs and DOIs are not language: a word holding < @ or / (tried
# only where a word starts, so that a long word is not scanned again from each of its letters), a DOI.
_NOISE = re.compile(r"(?<!\S)\S*[<@/]\S*|\b10\.\d{4,}\S*")


@dataclass(frozen=True)
class LanguageGuess:
    """The language a section is written in, or why it could not be told."""
    code: str | None  # ISO 639-1, None when undetermined
    probability: float
    note: str | None = None  # why it is undetermined


def language_name(code: str | None) -> str:
    """"French" for "fr": the report's name of a language."""
    return rule_words().language_name(code)


class NgramTable(dict):
    """langdetect's n-gram → per-language probabilities, held as one array instead of a list per n-gram.

    A dict of each n-gram's place in the array, so that ``in`` stays a plain dict look-up. The array is an
    array of doubles or a view of them mapped from the cache file (pages read only where n-grams are used).
    """

    def __init__(self, words: list[str], probabilities: array | memoryview, width: int):
        super().__init__(zip(words, range(0, len(words) * width, width)))
        self._probabilities = probabilities
        self._width = width

    def __getitem__(self, word: str) -> array | memoryview:
        start = dict.__getitem__(self, word)
        return self._probabilities[start : start + self._width]


def _build_table(profile_dir: Path, profiles: list[str]) -> tuple[list[str], array]:
    """The table langdetect's DetectorFactory.load_json_profile would build, with the same numbers."""
    import json

    width = len(profiles)
    rows: dict[str, list[float]] = {}
    for index, name in enumerate(profiles):
        data = json.loads((profile_dir / name).read_text(encoding="utf-8"))
        for word, count in data["freq"].items():
            row = rows.setdefault(word, [0.0] * width)
            if 1 <= len(word) <= 3:
                row[index] = 1.0 * count / data["n_words"][len(word) - 1]
    return list(rows), array("d", (p for row in rows.values() for p in row))


def _table(profiles: list[str]) -> NgramTable:
    """The n-gram table of these profiles, from the cache when it holds it."""
    from langdetect.detector_factory import PROFILES_DIRECTORY

    from esorcheck.cachefiles import cache_dir, write_cache_file

    folder = Path(PROFILES_DIRECTORY)
    stamps = [(name, (folder / name).stat().st_size, (folder / name).stat().st_mtime_ns) for name in profiles]
    key = hashlib.sha256(repr((_TABLE_LAYOUT, stamps)).encode()).hexdigest()[:16]
    cached = cache_dir() / f"langdetect-{key}.bin"
    try:
        with open(cached, "rb") as handle:
            mapped = memoryview(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))
        size = int.from_bytes(mapped[:8], "little")
        words = str(mapped[8 : 8 + size], "utf-8").split("\n")
        probabilities = mapped[_aligned(8 + size) :].cast("d")
        if len(probabilities) == len(words) * len(profiles):
            return NgramTable(words, probabilities, len(profiles))
    except (OSError, ValueError, TypeError):
        pass  # not there, or damaged: build it again
    words, probabilities = _build_table(folder, profiles)
    lines = "\n".join(words).encode("utf-8")
    packed = len(lines).to_bytes(8, "little") + lines
    # One other table kept: each langdetect installation's profiles have their own times, hence their own
    # table, and two installations used in turn (a project's environment and the user's) keep theirs.
    write_cache_file(cached, packed.ljust(_aligned(len(packed)), b"\0") + probabilities.tobytes(), keep_others=1)
    return NgramTable(words, probabilities, len(profiles))


def _aligned(offset: int) -> int:
    """The next multiple of 8: where the cache file's doubles start."""
    return -(-offset // 8) * 8


def load_detector() -> None:
    """Load langdetect and its n-gram table now (a long packet's sections are then told apart in forked shares)."""
    _detectors()


@cache
def _detectors():
    """A seeded langdetect factory holding the profiles of the detected languages, built once per run;
    its detectors are ``QuickDetector``s."""
    from langdetect.detector_factory import DetectorFactory

    detector = _quick_detector()

    class Factory(DetectorFactory):
        def _create_detector(self):
            return detector(self)

    profiles = list(rule_words().detected_languages.values())
    factory = Factory()
    factory.langlist, factory.word_lang_prob_map = profiles, _table(profiles)
    factory.set_seed(0)
    return factory


def _quick_detector():
    """langdetect's Detector doing the same sums in the same order, on the same random draws, with fewer steps
    of Python: text appended and cleaned by regular expressions rather than a character at a time, n-grams
    gathered by ``quick_ngrams``, and each trial's probabilities updated a list at a time."""
    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException
    from langdetect.utils.ngram import NGram

    class QuickDetector(Detector):
        SPACES = re.compile(" {2,}")
        BASIC_LATIN_LETTERS = re.compile("[A-z]")  # langdetect's own test: 'A' <= ch <= 'z'
        BELOW_U0300 = re.compile(r"[\x00-\u02ff]")

        def append(self, text: str) -> None:
            text = NGram.normalize_vi(self.MAIL_RE.sub(" ", self.URL_RE.sub(" ", text)))
            self.text += self.SPACES.sub(" ", text[: self.max_text_length])

        def cleaning_text(self) -> None:
            # Every character from U+0300 counts as not Latin: langdetect compares the block of Latin Extended
            # Additional letters (a number) with its name (a string), which never agree.
            text = self.text
            latin = len(text) - len(self.BASIC_LATIN_LETTERS.sub("", text))
            if latin * 2 < len(self.BELOW_U0300.sub("", text)):
                self.text = self.BASIC_LATIN_LETTERS.sub("", text)

        def _extract_ngrams(self) -> list[str]:
            return quick_ngrams(self.text, self.word_lang_prob_map)

        def _detect_block(self) -> None:
            self.cleaning_text()
            ngrams = self._extract_ngrams()
            if not ngrams:
                raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
            table, choice = self.word_lang_prob_map, self.random.choice
            self.langprob = [0.0] * len(self.langlist)
            self.random.seed(self.seed)
            for _ in range(self.n_trial):
                prob = self._init_probability()
                weight = (self.alpha + self.random.gauss(0.0, 1.0) * self.ALPHA_WIDTH) / self.BASE_FREQ
                i = 0
                while True:
                    prob = [p * (weight + q) for p, q in zip(prob, table[choice(ngrams)])]
                    if i % 5 == 0:
                        total = sum(prob)
                        prob = [p / total for p in prob]
                        if max(prob) > self.CONV_THRESHOLD or i >= self.ITERATION_LIMIT:
                            break
                    i += 1
                self.langprob = [sum_ + p / self.n_trial for sum_, p in zip(self.langprob, prob)]

    return QuickDetector


class _Normalized(dict):
    """langdetect's normalisation of each character (NGram.normalize), remembered: a ``str.translate`` table."""

    def __missing__(self, code: int) -> str:
        from langdetect.utils.ngram import NGram

        self[code] = normal = NGram.normalize(chr(code))
        return normal


_NORMALIZED = _Normalized()
_WORD_GRAMS_KEPT = 1 << 16


class _WordGrams:
    """Each word's n-grams, remembered for one n-gram table (the one this run's detectors use)."""

    table: ClassVar[object] = None
    grams: ClassVar[dict[str, list[str]]] = {}


def quick_ngrams(text: str, table) -> list[str]:
    """The n-grams langdetect's Detector._extract_ngrams finds in ``text``, the same ones in the same order,
    several times faster. Its n-gram buffer starts afresh after every space, so the n-grams of a text are
    those of its words (each with the space after it) one after the other; a word's are found once and
    remembered, since the same words come back in every section."""
    pieces = text.translate(_NORMALIZED).split(" ")
    if _WordGrams.table is not table or len(_WordGrams.grams) > _WORD_GRAMS_KEPT:
        _WordGrams.table, _WordGrams.grams = table, {}
    remembered = _WordGrams.grams
    found: list[str] = []
    last = len(pieces) - 1
    for index, piece in enumerate(pieces):
        if not piece:
            continue
        word = piece if index == last else piece + " "
        grams = remembered.get(word)
        if grams is None:
            grams = remembered[word] = _grams_of_word(word, table)
        found.extend(grams)
    return found


def _grams_of_word(word: str, table) -> list[str]:
    """The n-grams langdetect takes from one normalised word (and the space after it, if any), as its NGram
    buffer gives them: at each character, the last one, two and three characters after the space before the
    word, none where a capital follows a capital."""
    padded = " " + word
    found: list[str] = []
    for i in range(1, len(padded)):
        ch = padded[i]
        if ch.isupper() and padded[i - 1].isupper():
            continue
        if ch != " " and ch in table:
            found.append(ch)
        if padded[i - 1 : i + 1] in table:
            found.append(padded[i - 1 : i + 1])
        if i >= 2 and padded[i - 2 : i + 1] in table:
            found.append(padded[i - 2 : i + 1])
    return found


@cache
def _iso_codes() -> dict[str, str]:
    """langdetect's profile name -> the ISO 639-1 code the report gives."""
    return {profile: code for code, profile in rule_words().detected_languages.items()}


def _running_text(text: str) -> str:
    """The text without noise and without capitalised words: those are mostly names of
    people, places and institutions, which would make a list of Italian referees "Italian"."""
    return " ".join(word for word in _NOISE.sub(" ", text).split() if not word[0].isupper())


def _judged_text(text: str) -> tuple[str, str]:
    """The running text to judge and its letters: without the bibliographic entries when enough is left to
    judge (a German CV whose publications have English titles is German); a list of publications alone keeps
    its entries."""
    lines = text.splitlines()
    prose = "\n".join(line for line, entry in zip(lines, rule_words().publications.entry_lines(lines)) if not entry)
    running = _running_text(prose)
    letters = _NOT_LETTERS.sub("", running)
    if len(letters) >= MIN_LETTERS or prose == text:
        return running, letters
    running = _running_text(text)
    return running, _NOT_LETTERS.sub("", running)


def _by_script(letters: str) -> LanguageGuess | None:
    """The language of a text whose letters are mostly of a script one language writes (``scripts`` in
    ``schemas/rules.yaml``): the first listed that holds the share of them and, if it has telling letters,
    shows one; its probability is that share. None for a text in any other script."""
    scripts = rule_words().scripts
    if len(scripts.written.findall(letters)) < scripts.share * len(letters):
        return None
    for code, script in scripts.languages.items():
        share = len(script.written.findall(letters)) / len(letters)
        if share >= scripts.share and (script.told is None or script.told.search(letters)):
            return LanguageGuess(code, share)
    return None


def _by_words(cleaned: str) -> str | None:
    """A language the detector has no profile for, told by its commonest words (Latin placeholder text)."""
    words = [word.strip(".,;:!?()\"'").lower() for word in cleaned.split()]
    words = [word for word in words if word.isalpha()]
    known = rule_words().word_languages
    for code, vocabulary in known.words.items():
        listed = set(vocabulary)
        if words and sum(word in listed for word in words) >= known.share * len(words):
            return code
    return None


def in_listed_language(text: str) -> str | None:
    """The language of a text told by a word list alone, if it is written in one (placeholder Latin)."""
    return _by_words(_running_text(text))


def by_function_words(cleaned: str) -> LanguageGuess | None:
    """The language of a text too short for the detector, told by its function words (``function_words`` in
    ``schemas/rules.yaml``): enough of them, and nearly all from one language; else None."""
    listed = rule_words().function_words
    found = Counter(code for word in cleaned.split() if (code := listed.language_by_word.get(normalize(word))))
    if not found:
        return None
    code, count = found.most_common(1)[0]
    share = count / sum(found.values())
    return LanguageGuess(code, share) if count >= listed.min_words and share >= listed.share else None


def detect(text: str) -> LanguageGuess:
    """The language of a text: by its script, by a word list (placeholder Latin), else by the detector.

    A text under MIN_LETTERS letters is told by its function words or not at all, whatever its script. Its
    script would not be a guess, but a few letters in it are as likely a bilingual form's labels (a
    passport's), a stamp or a name as the document's text (most of these scripts have no capitals, by which
    names are left out of Latin text), and an undetermined language is reported as an info where a wrong one
    is an error. Kana and Hangul carry a syllable a letter, so the same minimum asks more text of them, two or
    three sentences: a shorter certificate in them stays undetermined, as it was before their scripts were
    known.
    """
    cleaned, letters = _judged_text(text)
    if len(letters) < MIN_LETTERS:
        return by_function_words(cleaned) or LanguageGuess(None, 0.0, f"too little text to judge ({len(letters)} letters)")
    by_letters = _by_script(letters)
    if by_letters is not None:
        return by_letters
    by_words = _by_words(cleaned)
    if by_words is not None:
        return LanguageGuess(by_words, 1.0)
    from langdetect.lang_detect_exception import LangDetectException

    detector = _detectors().create()
    detector.n_trial = TRIALS
    detector.append(cleaned[:SAMPLE_LETTERS])
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return LanguageGuess(None, 0.0, "no language recognised")
    code = _iso_codes().get(best.lang, best.lang)
    if best.prob < MIN_PROBABILITY:
        return LanguageGuess(None, best.prob, f"mixed languages (at most {best.prob:.0%} {language_name(code)})")
    return LanguageGuess(code, best.prob)
