"""Trigger words in another sense and trips still ahead (round 14b).

Dialogue as a value or a skill ("فرهنگ گفتگو", "a culture of dialogue") is
no talks. Persian: bringing the private sector or investors in ("وارد کردن بخش
خصوصی به سرمایه گذاری") and manpower ("نیروی انسانی") deploy no forces;
halting a trend ("متوقف کردن رشد تورم", "رشد تورم را متوقف می کند")
stops a rise in prices, no one's trade or ties, so it is no SANCTION or
COERCE; "خواسته" / "خواست" before officials or rulers ("خواسته مسئولان این
است که") is their will or wish, no REQUEST. Arabic: "before heading to" a
place ("قبيل توجهه إلى الرياض في أولى محطات جولته") tells of a trip still
to come, so planned. The political uses must keep firing (controls), and the
other languages' like sentences must not change. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def events(text: str, lang: str) -> list[tuple[str, str]]:
    return [(e.type, e.status) for e in process(Document("t", text, lang=lang)).events]


def types(text: str, lang: str) -> set[str]:
    return {t for t, _ in events(text, lang)}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "ایجاد شغل، مقابله با آمریکا ، متوقف کردن تورم و کمک به جوانان از شعارهای انتخاباتی او بود.",
            "COERCE",
        ),
        ("وزیر اقتصاد گفت دولت با همکاری چین رشد تورم را متوقف می کند.", "SANCTION"),
        ("نامزد ریاست جمهوری گفت با کمک روسیه گرانی را متوقف کرد.", "SANCTION"),
        ("نماینده مجلس گفت خواسته مسئولان این است که مردم در انتخابات شرکت کنند.", "REQUEST"),
        ("خواست دولتمردان غربی این است که ایران ضعیف شود.", "REQUEST"),
        ("سخنگو گفت خواسته مقامات عراقی خروج نیروهای خارجی است.", "REQUEST"),
        ("روحانی گفت این کار هرگز خواسته مسؤولین نبوده است.", "REQUEST"),
        (
            "وزیر علوم گفت تربیت نیروی انسانی ماهر و وارد کردن بخش خصوصی به سرمایه گذاری در دانشگاه ها ضروری است.",
            "MOBILIZE",
        ),
        (
            "معاون وزیر گفت نیروی انسانی کارآمد و وارد کردن سرمایه گذاران خارجی به بازار ایران هدف دولت است.",
            "MOBILIZE",
        ),
    ],
)
def test_fa_other_sense_does_not_fire(text: str, wrong: str) -> None:
    assert wrong not in types(text, "fa")


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("آمریکا صادرات نفت ایران را متوقف کرد.", "fa", "SANCTION"),
        ("ترکیه نیروهای خود را وارد شمال سوریه کرد.", "fa", "MOBILIZE"),
        ("ارتش روسیه ده هزار سرباز را وارد منطقه کرد.", "fa", "MOBILIZE"),
        ("Turkey sent troops into northern Syria to back private contractors.", "en", "MOBILIZE"),
        ("عراق روابط دیپلماتیک خود با کویت را قطع کرد.", "fa", "SANCTION"),
        ("کارگران خواستار افزایش حقوق شدند.", "fa", "REQUEST"),
        ("وزیر خارجه از سازمان ملل خواست به این موضوع رسیدگی کند.", "fa", "REQUEST"),
        ("رئیس جمهور از قوه قضاییه خواست مسئولان این حادثه را مجازات کند.", "fa", "REQUEST"),
        ("The United States imposed new sanctions on Iran.", "en", "SANCTION"),
        ("Iraq cut diplomatic ties with Kuwait.", "en", "SANCTION"),
        ("أوقفت الولايات المتحدة صادرات النفط إلى إيران.", "ar", "SANCTION"),
    ],
)
def test_political_senses_keep_firing(text: str, lang: str, kept: str) -> None:
    assert kept in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The government vowed to halt inflation and the rise in prices.", "en"),
        ("تعهدت الحكومة بوقف ارتفاع التضخم والأسعار.", "ar"),
    ],
)
def test_halting_a_trend_is_no_sanction_elsewhere(text: str, lang: str) -> None:
    assert not {"SANCTION", "COERCE"} & types(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "قبيل توجهه إلى الرياض في أولى محطات جولته الخارجية، قال الرئيس الأمريكي إن العلاقات قوية.",
        "قبيل توجهها إلى بكين في جولتها الآسيوية، أكدت وزيرة الخارجية الألمانية دعم بلادها للحوار.",
    ],
)
def test_ar_before_heading_to_is_planned(text: str) -> None:
    evs = events(text, "ar")
    assert ("CONSULT", "planned") in evs
    assert ("CONSULT", "reported") not in evs


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وصل الرئيس الأمريكي إلى الرياض في أولى محطات جولته الخارجية.", "ar"),
        ("وقبل توجهه إلى موسكو، التقى وزير الخارجية نظيره التركي في أنقرة.", "ar"),
        ("التقى الرئيس الفرنسي نظيره الإيراني في باريس الشهر الماضي.", "ar"),
        ("The president arrived in Riyadh on Saturday and met King Salman.", "en"),
        ("رئیس جمهور ایران به مسکو سفر کرد و با پوتین دیدار کرد.", "fa"),
    ],
)
def test_trips_done_stay_reported(text: str, lang: str) -> None:
    assert ("CONSULT", "reported") in events(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("او گفت ناتوانی اصولگرایان و نبود مهارت گفتگو با اصلاح طلبان مشکل اصلی است.", "fa"),
        ("رئیس جمهور بر ضرورت ترویج فرهنگ گفتگو با مخالفان در جامعه تاکید کرد.", "fa"),
        (
            "The president stressed the need to spread a culture of dialogue with the opposition.",
            "en",
        ),
        ("وأكد الرئيس على أهمية نشر ثقافة الحوار مع المعارضة في المجتمع.", "ar"),
    ],
)
def test_dialogue_as_a_value_is_no_talks(text: str, lang: str) -> None:
    assert "CONSULT" not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وزرای خارجه ایران و ترکیه در تهران گفتگو کردند.", "fa"),
        ("The Iranian and Turkish foreign ministers held talks in Ankara.", "en"),
        ("أجرى وزيرا خارجية إيران وتركيا محادثات في أنقرة.", "ar"),
    ],
)
def test_dialogue_held_stays_talks(text: str, lang: str) -> None:
    assert "CONSULT" in types(text, lang)
