"""Language detection: seeded, and honest about short text."""

from __future__ import annotations

from esorcheck.split.language import MIN_LETTERS, detect

ENGLISH = (
    "Dear Members of the Evaluation Committee, I am writing to apply for the fellowship in oncologic imaging. "
    "During my residency I worked in abdominal imaging and I would like to deepen my training."
)
FRENCH = (
    "Madame, Monsieur, je vous écris afin de présenter ma candidature pour la bourse de recherche en imagerie "
    "oncologique. Pendant mon internat, j'ai travaillé en imagerie abdominale et je souhaite approfondir ma formation."
)


def test_english_and_french_are_told_apart():
    assert detect(ENGLISH).code == "en"
    assert detect(FRENCH).code == "fr"


def test_detection_is_deterministic():
    mixed = ENGLISH[:90] + " " + FRENCH[:90]
    assert len({detect(mixed) for _ in range(5)}) == 1


def test_short_text_is_not_guessed():
    guess = detect("Signed, Prof. Li Ming")
    assert guess.code is None
    assert "too little text to judge" in guess.note


def test_mrz_and_addresses_do_not_count_as_text():
    noise = "P<CHNWANG<<WEI<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<< wang.wei@example.org https://example.org/x " * 5
    assert detect(noise).code is None
    assert len(noise) > MIN_LETTERS
