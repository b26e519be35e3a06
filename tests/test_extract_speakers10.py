"""Who only reports or comments on a deed is no party to it: verbs of
saying, stating and stressing open what is reported, and who comments on,
is asked about or describes a deed named after him keeps out of it
(sentences written for these tests, in ar, fa and en)."""

from __future__ import annotations

import pytest

from casts import cast, run

# (lang, sentence, the speaker's code, the doer's code)
REPORTED = [
    ("ar", "وأوضح المتحدث باسم الجيش الأمريكي أن القوات الروسية قصفت مدينة خيرسون.", "USA", "RUS"),
    ("ar", "وأشار وزير الدفاع البريطاني إلى أن الجيش الروسي قصف مستشفى في أوكرانيا.", "GBR", "RUS"),
    (
        "ar",
        "وشدد وزير الخارجية الفرنسي على أن القوات الإسرائيلية قتلت مدنيين في غزة.",
        "FRA",
        "ISR",
    ),
    ("fa", "سخنگوی ارتش آمریکا توضیح داد که نیروهای روسیه به شهر خرسون حمله کردند.", "USA", "RUS"),
    (
        "fa",
        "سخنگوی وزارت خارجه آلمان یادآور شد که روسیه با موشک به اوکراین حمله کرد.",
        "DEU",
        "RUS",
    ),
    (
        "en",
        "France's foreign minister stressed that Israeli forces killed civilians in Gaza.",
        "FRA",
        "ISR",
    ),
    (
        "en",
        "Germany's foreign ministry spokeswoman pointed out that Russia attacked Ukraine with missiles.",
        "DEU",
        "RUS",
    ),
]


@pytest.mark.parametrize(("lang", "text", "speaker", "doer"), REPORTED)
def test_speaker_of_a_reported_deed_is_no_party(
    lang: str, text: str, speaker: str, doer: str
) -> None:
    codes = {c.split(":")[0] for c in cast(run(text, lang, "2025-03-10"), "ASSAULT")}
    assert doer in codes
    assert speaker not in codes


# (lang, sentence, the commenter's code)
COMMENTED = [
    ("ar", "وفي تعليقه على الهجوم، قال وزير الخارجية التركي إن إسرائيل قصفت مستشفى في غزة.", "TUR"),
    ("ar", "ووصف الرئيس المصري الضربات الإسرائيلية على لبنان بأنها عدوان سافر.", "EGY"),
    ("ar", "ووصفت وزارة الخارجية القطرية اقتحام القوات الإسرائيلية لمخيم جنين بأنه جريمة.", "QAT"),
    (
        "ar",
        "وتعليقا على اعتقال الصحفيين، قال وزير الخارجية الأمريكي إن السلطات الروسية تقمع الإعلام.",
        "USA",
    ),
    (
        "en",
        "Commenting on the attack, the Turkish foreign minister said Israel's strike on Gaza was a war crime.",
        "TUR",
    ),
    (
        "en",
        "Asked about the strike, the Turkish foreign minister said Israel bombed a hospital in Gaza.",
        "TUR",
    ),
    (
        "en",
        "Egypt's president described the Israeli strikes on Lebanon as blatant aggression.",
        "EGY",
    ),
    (
        "en",
        "French President Emmanuel Macron described the attack on a church in Niger as barbaric.",
        "FRA",
    ),
]


@pytest.mark.parametrize(("lang", "text", "commenter"), COMMENTED)
def test_commenter_is_no_party_to_the_deed(lang: str, text: str, commenter: str) -> None:
    record = run(text, lang, "2025-03-10")
    for etype in ("ASSAULT", "COERCE"):
        assert commenter not in {c.split(":")[0] for c in cast(record, etype)}


def test_persian_comment_opener_keeps_the_commenter_out() -> None:
    text = "وزیر خارجه ترکیه در اظهار نظر درباره حمله اسرائیل به غزه گفت این اقدام جنایت است."
    assert "TUR" not in {c.split(":")[0] for c in cast(run(text, "fa", "2025-03-10"), "ASSAULT")}


# Controls: the speaker who tells his own deed stays its doer.
OWN = [
    ("en", "The Jordanian army said its forces shot down a drone coming from Syria.", "JOR"),
    ("fa", "روسیه می‌گوید به مواضع شورشیان در ادلب حمله کرده است.", "RUS"),
    ("ar", "أعلن الجيش الروسي أنه قصف مواقع للمسلحين في إدلب.", "RUS"),
]


@pytest.mark.parametrize(("lang", "text", "doer"), OWN)
def test_speaker_of_his_own_deed_stays_its_doer(lang: str, text: str, doer: str) -> None:
    codes = {c.split(":")[0] for c in cast(run(text, lang, "2025-03-10"), "ASSAULT")}
    assert doer in codes


def test_persian_reply_keeps_its_own_deed() -> None:
    # "در واکنش به" is no onlooker cue: the reply's deed follows it in its clause
    text = "سپاه پاسداران در واکنش به ترور فرمانده خود به پایگاه آمریکا در عراق حمله موشکی کرد."
    assert "IRN:MIL" in cast(run(text, "fa", "2025-03-10"), "ASSAULT")


# A describer's own criticism, joined to the describing verb, is his reaction:
# the onlooker rule keeps him out of the deed he describes, not out of it.
DESCRIBER_CRITICISES = [
    ("ar", "وصفت الخارجية الإيرانية تصريحات الرئيس الفرنسي بأنها عدائية وانتقدتها بشدة.", "IRN"),
    ("fa", "وزارت خارجه ترکیه اقدام سوئد را توهین‌آمیز توصیف کرد و آن را محکوم کرد.", "TUR"),
    ("en", "Describing the raid as reckless, Egypt's foreign ministry condemned Israel.", "EGY"),
]


@pytest.mark.parametrize(("lang", "text", "critic"), DESCRIBER_CRITICISES)
def test_describer_keeps_his_own_criticism(lang: str, text: str, critic: str) -> None:
    accused = {a.split(":")[0] for a in cast(run(text, lang), "ACCUSE")}
    assert critic in accused
