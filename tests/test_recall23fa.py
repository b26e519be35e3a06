"""Round 23 (recall23fa): Persian criticism told without a verb of accusing.

A side's conduct named by a word of blame ("سیاست‌های خصمانه آمریکا",
"رفتار غیرانسانی مقامات لهستانی", "با برخوردهایی غیرمسئولانه") is
criticism of that side by whoever tells it (PLOVER ACCUSE), as "the
hostile policies of the United States" and "السياسات العدائية للولايات
المتحدة" are read. "Hostile" and "illegal" are words of blame when a side
calls something so ("را غیرقانونی خواند"). An attack called barbaric is the
attack told, a terrorist act is no blame word of conduct, and "الأعمال
العدائية" (hostilities) is fighting. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest

from casts import cast, run, types

_CHINA = "سخنگوی وزارت خارجه چین گفت"
_TURKEY = "وزیر خارجه ترکیه گفت"
CONDUCT_BLAMED = [
    (f"{_CHINA} سیاست‌های خصمانه آمریکا به ثبات منطقه آسیب می‌زند.", "fa", {"CHN", "USA"}),
    (f"{_CHINA} سیاست های خصمانه آمریکا به ثبات منطقه آسیب می زند.", "fa", {"CHN", "USA"}),
    (
        "قال المتحدث باسم الخارجية الصينية إن السياسات العدائية للولايات المتحدة تضر باستقرار المنطقة.",
        "ar",
        {"CHN", "USA"},
    ),
    (
        "China's foreign ministry spokesman said the hostile policies of the United States harm stability.",
        "en",
        {"CHN", "USA"},
    ),
    (f"{_TURKEY} اقدامات تحریک‌آمیز یونان در دریای اژه ادامه دارد.", "fa", {"TUR", "GRC"}),
    (
        "قال وزير الخارجية التركي إن الخطوات الاستفزازية لليونان في بحر إيجه مستمرة.",
        "ar",
        {"TUR", "GRC"},
    ),
    (
        "Turkey's foreign minister said Greece's provocative moves in the Aegean continue.",
        "en",
        {"TUR", "GRC"},
    ),
]


@pytest.mark.parametrize(("text", "lang", "sides"), CONDUCT_BLAMED)
def test_conduct_named_by_a_word_of_blame_is_criticism(
    text: str, lang: str, sides: set[str]
) -> None:
    assert {a.split(":")[0] for a in cast(run(text, lang), "ACCUSE")} >= sides


INHUMANE = [
    ("بلاروس اعلام کرد که مهاجران بر اثر رفتار غیرانسانی مقامات لهستانی زخمی شده‌اند.", "fa"),
    ("بلاروس اعلام کرد که مهاجران بر اثر رفتار غیر انسانی مقامات لهستانی زخمی شده اند.", "fa"),
    ("قالت بيلاروس إن المهاجرين أصيبوا جراء المعاملة اللاإنسانية من المسؤولين البولنديين.", "ar"),
    ("Belarus said the migrants were injured by the inhumane treatment of Polish officials.", "en"),
    ("وزیر نفت در برخوردهایی غیرمسئولانه گفته است مشکل کارگران ربطی به دولت ندارد.", "fa"),
]


@pytest.mark.parametrize(("text", "lang"), INHUMANE)
def test_inhumane_or_irresponsible_conduct_is_criticism(text: str, lang: str) -> None:
    assert "ACCUSE" in types(text, lang)


CALLED_HOSTILE = [
    ("وزیر خارجه ایران تحریم‌های آمریکا را غیرقانونی خواند.", "fa"),
    ("وزیر خارجه ایران اقدام اسرائیل را خصمانه دانست.", "fa"),
]


@pytest.mark.parametrize(("text", "lang"), CALLED_HOSTILE)
def test_called_illegal_or_hostile_is_criticism(text: str, lang: str) -> None:
    assert {a.split(":")[0] for a in cast(run(text, lang), "ACCUSE")} >= {"IRN"}


NO_BLAME_OF_CONDUCT = [
    # the attack is told, not blamed by a word of conduct
    ("شبه‌نظامیان حمله وحشیانه‌ای به روستا انجام دادند.", "fa", "ACCUSE"),
    # terrorist acts are deeds, not a conduct called names
    ("پلیس از خنثی شدن اقدامات تروریستی در مرز خبر داد.", "fa", "ACCUSE"),
    # hostilities are fighting
    ("توقفت الأعمال العدائية بين الطرفين.", "ar", "ACCUSE"),
    # a policy praised is no criticism
    ("وزیر خارجه ایران سیاست‌های سازنده چین را ستود.", "fa", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "lang", "absent"), NO_BLAME_OF_CONDUCT)
def test_deeds_and_praise_are_no_criticism_of_conduct(text: str, lang: str, absent: str) -> None:
    assert absent not in types(text, lang)


HARSH_RESPONSE = [
    ("سخنگوی سپاه گفت آمریکا با پاسخی کوبنده روبرو خواهد شد.", "fa"),
    ("وزیر دفاع ایران گفت هر تجاوزی با پاسخی قاطع مواجه می‌شود.", "fa"),
    ("وزیر خارجه اسرائیل گفت پاسخی سخت برای ایران محفوظ است.", "fa"),
    ("The Guards spokesman said the United States will face a crushing response.", "en"),
    ("قال وزير الدفاع الإيراني إن أي عدوان سيقابل برد حاسم.", "ar"),
]


@pytest.mark.parametrize(("text", "lang"), HARSH_RESPONSE)
def test_a_harsh_response_promised_is_a_threat_with_the_indefinite_too(
    text: str, lang: str
) -> None:
    assert "THREATEN" in types(text, lang)


def test_an_answer_given_to_questions_is_no_threat() -> None:
    assert "THREATEN" not in types("وزیر گفت پاسخی روشن به سوالات نمایندگان داده می‌شود.", "fa")


WORKERS_PROTEST = [
    ("اعتراض کارگران هفت‌تپه ادامه دارد.", "fa"),
    ("هفتادمین روز اعتراض معلمان قراردادی فرا رسید.", "fa"),
    ("The protest of the Haft Tappeh workers continues.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), WORKERS_PROTEST)
def test_the_protest_of_a_working_group_is_a_protest(text: str, lang: str) -> None:
    assert "PROTEST" in types(text, lang)


def test_the_protesting_workers_stay_workers() -> None:
    assert "IRN:LAB" in cast(run("اعتراض کارگران هفت‌تپه ادامه دارد.", "fa"), "PROTEST")


def test_an_objection_of_the_people_stays_no_protest() -> None:
    assert "PROTEST" not in types("وزیر کار به اعتراض مردم پاسخ داد.", "fa")
