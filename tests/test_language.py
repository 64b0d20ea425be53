"""Language detection: seeded, and honest about short text."""

from __future__ import annotations

from pathlib import Path

import pytest

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


# Too short for the detector (under MIN_LETTERS of running text once names and titles, capitalised, are left
# out): told by their function words.
GERMAN_CERTIFICATE = """URKUNDE
Frau Dr. med. Anna Beispiel
geboren am 12.07.1990 in Wien
hat nach Maßgabe der Weiterbildungsordnung die Anerkennung erworben, die Bezeichnung
FACHÄRZTIN FÜR RADIOLOGIE zu führen. Die Prüfung wurde vor dem Prüfungsausschuss erfolgreich abgelegt."""
ENGLISH_CERTIFICATE = """CERTIFICATE OF SPECIALIST TRAINING
This is to certify that Dr. Anna Example has completed the training programme in Diagnostic Radiology
and has been admitted to the register of specialists by the Board."""
REFEREES = """REFERENCES
The following persons have agreed to be contacted if necessary:
Univ.-Prof. Dr. Dirk Beispiel, Direktor des Instituts für Diagnostische und Interventionelle Radiologie
PD Dr. Sabine Muster, Leitende Oberärztin, Klinik für Radiologie und Nuklearmedizin"""


def test_a_short_text_is_told_by_its_function_words():
    for text, language in ((GERMAN_CERTIFICATE, "de"), (ENGLISH_CERTIFICATE, "en")):
        guess = detect(text)
        assert guess.code == language, (guess, text)
    # English and German function words side by side: too few of one language to tell.
    assert detect(REFEREES).code is None


def test_a_function_word_of_two_languages_is_refused():
    from esorcheck.schema.model import Invalid, load
    from esorcheck.schema.rules import FunctionWords

    with pytest.raises(Invalid, match="'die' is listed for de and en"):
        load(FunctionWords, {"min_words": 5, "share": 0.8, "words": {"de": ["der", "die"], "en": ["the", "die"]}})


# Texts in a script (practically) one language writes, told by it: the detector, which has no profile for
# them, named the Arabic certificate Estonian and the Hebrew letter Romanian.
ARABIC_CERTIFICATE = """شهادة تدريب
تشهد إدارة مستشفى الملك فهد الجامعي بأن الطبيب المذكور أعلاه قد أتم برنامج الإقامة في الأشعة التشخيصية
لمدة أربع سنوات، من عام ألفين وسبعة عشر إلى عام ألفين وواحد وعشرين. وقد أظهر خلال فترة تدريبه التزاماً
عالياً وكفاءة مهنية متميزة في التصوير المقطعي والرنين المغناطيسي.
أعطيت له هذه الشهادة بناءً على طلبه لتقديمها إلى من يهمه الأمر."""

HEBREW_LETTER = """לכבוד ועדת המלגות,
אני כותב מכתב זה כדי להמליץ בחום על המועמדת, אשר עבדה במחלקת הדימות שלנו במשך שלוש שנים.
במהלך תקופה זו היא הפגינה ידע רב, אחריות ויחסים טובים עם המטופלים ועם הצוות.
אני משוכנע שהיא תפיק תועלת רבה מההשתלמות במרכז שלכם ותחזור אלינו עם ניסיון חשוב.
בברכה,"""

PERSIAN_CERTIFICATE = """گواهی پایان دوره دستیاری
بدین وسیله گواهی می‌شود که پزشک نامبرده دوره دستیاری رادیولوژی را در بیمارستان دانشگاه علوم پزشکی
تهران با موفقیت به پایان رسانده است. ایشان در طول این دوره چهار ساله در بخش‌های تصویربرداری شکم،
قفسه سینه و اعصاب آموزش دیده و در آزمون نهایی پذیرفته شده است.
این گواهی بنا به درخواست ایشان صادر گردیده است."""

URDU_LETTER = """محترم انتخابی کمیٹی،
میں یہ خط اپنے شعبے کی ریزیڈنٹ ڈاکٹر کی سفارش میں لکھ رہا ہوں۔ انہوں نے ہمارے ہسپتال کے ریڈیالوجی
کے شعبے میں تین سال تک کام کیا ہے اور اس دوران انہوں نے بہت محنت اور لگن کا مظاہرہ کیا ہے۔
مجھے یقین ہے کہ یہ تربیت ان کے لیے اور ہمارے مریضوں کے لیے بہت مفید ثابت ہوگی۔"""

KOREAN_LETTER = """평가위원회 귀중
저는 영상의학과 전공의로서 유럽 영상의학회의 연수 프로그램에 지원하고자 이 편지를 씁니다.
지난 삼 년 동안 복부 영상과 종양 영상 분야에서 수련을 받았으며, 이번 연수를 통해 자기공명영상
판독 능력을 더욱 키우고 싶습니다. 귀 기관에서 배운 지식을 우리 병원의 환자 진료와 후배 교육에
활용하겠습니다. 감사합니다."""

JAPANESE_CERTIFICATE = """修了証明書
上記の者は、本学医学部附属病院放射線科において、平成二十九年四月一日から令和三年三月三十一日まで
専門研修プログラムを修了し、放射線診断専門医の資格を取得したことを証明する。
研修期間中、腹部画像診断及び核医学検査に従事し、優秀な成績を収めた。
本証明書は本人の申請により発行するものである。"""

ENGLISH_UNDER_HEBREW_LETTERHEAD = """בית החולים האוניברסיטאי הדסה עין כרם, המחלקה לדימות רפואי, ירושלים
Hadassah University Medical Center, Department of Medical Imaging, Jerusalem
Dear Members of the Selection Committee,
it is my pleasure to recommend the candidate for the fellowship in oncologic imaging. During the three
years of residency in our department, the candidate has shown excellent clinical judgement, a constant
wish to learn and great care for the patients. I am convinced that the training would benefit our
department and our patients greatly.
Yours sincerely,"""


# The Urdu letter writes Persian's letters too (اپنے, لگن): Urdu's own tell it.
IN_SCRIPTS = {"ar": ARABIC_CERTIFICATE, "he": HEBREW_LETTER, "fa": PERSIAN_CERTIFICATE, "ur": URDU_LETTER,
              "ko": KOREAN_LETTER, "ja": JAPANESE_CERTIFICATE}


@pytest.mark.parametrize("language", IN_SCRIPTS)
def test_a_text_in_a_script_of_its_own_is_told_by_it(language):
    guess = detect(IN_SCRIPTS[language])
    assert guess.code == language
    assert guess.probability == pytest.approx(1.0)  # every letter is in the script


def test_a_letterhead_in_another_script_leaves_the_page_in_its_language():
    assert detect(ENGLISH_UNDER_HEBREW_LETTERHEAD).code == "en"


def test_chinese_is_left_to_the_detector_and_short_text_stays_undetermined():
    """Han characters alone are Chinese, told by the detector; a script tells nothing of fewer letters than
    MIN_LETTERS (a passport's labels, a stamp)."""
    chinese = ("证明\n兹证明该医师自二〇一七年九月至二〇二一年七月在我院放射科完成住院医师规范化培训，培训期间"
               "轮转了腹部、胸部、神经及介入放射等专业组，掌握了计算机断层扫描和磁共振成像的诊断技能，考核成绩优秀。"
               "该医师工作认真负责，具有良好的职业道德和团队合作精神。本院对以上内容的真实性负责。特此证明。")
    assert detect(chinese).code == "zh"
    short = detect(HEBREW_LETTER[:60])
    assert short.code is None and "too little text to judge" in short.note


def test_scripts_are_given_as_letters_and_ranges_of_code_points():
    from esorcheck.schema.model import Invalid, load
    from esorcheck.schema.rules import Scripts

    scripts = load(Scripts, {"share": 0.6, "languages": {"fa": {"letters": ["0600-06FF"], "telling": ["پ"]}}})
    assert scripts.languages["fa"].written.fullmatch("ب") and scripts.languages["fa"].told.fullmatch("پ")
    assert not scripts.languages["fa"].told.fullmatch("ب")
    for wrong in (["06FF-0600"], ["0600"], ["پچ"], "0600-06FF", []):
        with pytest.raises(Invalid, match="languages.he.letters: "):
            load(Scripts, {"share": 0.6, "languages": {"he": {"letters": wrong}}})


# Norwegian, which the detector named Danish before it had Norwegian's profile, and Danish beside it.
NORWEGIAN_LETTER = """Til evalueringskomiteen,
jeg skriver dette brevet for å søke om stipendiet i onkologisk bildediagnostikk. I løpet av
spesialistutdanningen min har jeg arbeidet med bildediagnostikk av buken og brystet, og jeg ønsker nå
å fordype meg i magnetisk resonanstomografi. Oppholdet ville gi meg erfaring som jeg kan ta med tilbake
til sykehuset vårt, der vi skal bygge opp en ny enhet for kreftutredning. Jeg håper at søknaden min
blir vurdert positivt.
Med vennlig hilsen"""

DANISH_LETTER = """Til bedømmelsesudvalget,
jeg skriver dette brev for at søge om stipendiet i onkologisk billeddiagnostik. I løbet af min
speciallægeuddannelse har jeg arbejdet med billeddiagnostik af abdomen og thorax, og jeg ønsker nu
at fordybe mig i magnetisk resonansskanning. Opholdet vil give mig erfaringer, som jeg kan tage med
tilbage til vores sygehus, hvor vi skal opbygge en ny enhed for kræftudredning. Jeg håber, at min
ansøgning vil blive vurderet positivt.
Med venlig hilsen"""


def test_norwegian_is_not_danish():
    assert detect(NORWEGIAN_LETTER).code == "no"
    assert detect(DANISH_LETTER).code == "da"


def test_mrz_and_addresses_do_not_count_as_text():
    noise = "P<CHNWANG<<WEI<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<< wang.wei@example.org https://example.org/x " * 5
    assert detect(noise).code is None
    assert len(noise) > MIN_LETTERS


def test_quick_ngrams_are_langdetects_own():
    """The faster n-gram gathering gives exactly langdetect's n-grams, in every script the packets hold."""
    from langdetect.detector import Detector

    from esorcheck.split.language import _detectors, quick_ngrams

    factory = _detectors()
    samples = [
        "Dear Members of the Evaluation Committee, I am writing to apply for the fellowship in Lyon.",
        "Sehr geehrte Damen und Herren, hiermit bewerbe ich mich um das Stipendium — ÄÖÜ ß straße.",
        "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées. Œuvre, ça.",
        "尊敬的评审委员会：我谨申请欧洲放射学院的进修项目。放射科 医生 主任 ABC Hospital",
        "Уважаемые члены комиссии! Прошу рассмотреть мою заявку. Ελληνικά γράμματα, şțăîâ ș ț.",
        "UPPER CASE WORDS and MiXeD CaSe, numbers 2019–2023, e-mail a@b.org, http://x.y/z ... ¿Qué? ¡Sí!",
    ]
    for text in [*samples, " ".join(samples), *samples]:  # again: a word's n-grams are remembered
        detector = Detector(factory)
        detector.append(text)
        assert quick_ngrams(detector.text, factory.word_lang_prob_map) == Detector._extract_ngrams(detector), text


def test_quick_detector_gives_langdetects_probabilities():
    """The faster detector gives exactly langdetect's probabilities: the same text kept, the same sums, the same draws."""
    from langdetect.detector import Detector

    from esorcheck.split.language import TRIALS, _detectors

    factory = _detectors()
    texts = [
        ENGLISH, FRENCH, ENGLISH[:90] + "   " + FRENCH[:90],
        "Sehr geehrte Damen und Herren, hiermit bewerbe ich mich um das Stipendium. Mit freundlichen Grüßen " * 3,
        "尊敬的评审委员会：我谨申请欧洲放射学院的进修项目。放射科 医生 主任 ABC Hospital " * 4,  # Latin letters dropped
        "Уважаемые члены комиссии! Прошу рассмотреть мою заявку. Tiếng Việt, http://x.y/z a@b.org  " * 4,
    ]
    for text in texts:
        quick, own = factory.create(), Detector(factory)
        for detector in (quick, own):
            detector.n_trial = TRIALS
            detector.append(text)
        assert quick.text == own.text
        assert [(p.lang, p.prob) for p in quick.get_probabilities()] == [(p.lang, p.prob) for p in own.get_probabilities()]


def test_ngram_table_from_the_cache_is_the_one_built_from_the_profiles(tmp_path, monkeypatch):
    """The table mapped from the cache file holds langdetect's n-grams and probabilities exactly; a damaged
    cache file is built again, never trusted."""
    from langdetect.detector_factory import PROFILES_DIRECTORY

    from esorcheck.cachefiles import CACHE_ENV
    from esorcheck.schema.rules import rule_words
    from esorcheck.split.language import _build_table, _table

    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    profiles = list(rule_words().detected_languages.values())
    words, probabilities = _build_table(Path(PROFILES_DIRECTORY), profiles)

    def as_built(table) -> bool:
        return list(table) == words and all(list(table[w]) == list(probabilities[i * len(profiles) : (i + 1) * len(profiles)])
                                            for i, w in enumerate(words))

    built = _table(profiles)  # builds, and writes the cache file
    (cached,) = tmp_path.glob("langdetect-*.bin")
    size = cached.stat().st_size
    with monkeypatch.context() as patched:
        patched.setattr("esorcheck.split.language._build_table", None)  # read from the file, or fail
        assert as_built(built) and as_built(_table(profiles))
    cached.write_bytes(cached.read_bytes()[:-8])  # cut short: one probability missing
    assert as_built(_table(profiles))
    assert cached.stat().st_size == size  # written whole again


def test_the_tables_of_other_langdetect_installations_do_not_pile_up(tmp_path, monkeypatch):
    """Each installation's profiles have their own times, hence their own table: building one deletes all
    tables of other installations but the newest, which two installations used in turn still share."""
    import os

    from esorcheck.cachefiles import CACHE_ENV
    from esorcheck.schema.rules import rule_words
    from esorcheck.split.language import _table

    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    older = [tmp_path / f"langdetect-{n:016x}.bin" for n in range(3)]
    for age, path in enumerate(older):
        path.write_bytes(b"a table of another installation")
        os.utime(path, ns=(10**18 - age * 10**12, 10**18 - age * 10**12))  # older[0] is the newest
    _table(list(rule_words().detected_languages.values()))
    left = sorted(tmp_path.glob("langdetect-*.bin"))
    assert older[0] in left and not {older[1], older[2]} & set(left)
    assert len(left) == 2  # the table just built, and the newest other one
