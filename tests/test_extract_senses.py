"""Trigger words in another sense, and ceremonies that report no event
between states: condolences among one's own, jobs lost,
swarms and rushes, a tablecloth, lives given. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from casts import types
from diplowatch.model import Document
from diplowatch.pipeline import process


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وزیر کشور ایران شهادت سه مأمور پلیس را به خانواده‌هایشان تسلیت گفت.", "fa"),
        ("رئیس مجلس ایران در پیامی درگذشت یک شاعر پیشکسوت را تسلیت گفت.", "fa"),
        ("قدم وزير الدفاع الأردني تعازيه إلى أسر الجنود الذين سقطوا.", "ar"),
        ("قدمت رئيسة الحكومة التونسية تعازيها لعائلات ضحايا الحريق.", "ar"),
        (
            "The Jordanian defence minister offered condolences to the families of the soldiers.",
            "en",
        ),
    ],
)
def test_condolences_among_ones_own_are_a_ceremony(text: str, lang: str) -> None:
    assert "SUPPORT" not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وزیر خارجه ایران درگذشت قربانیان سیل را به همتای پاکستانی خود تسلیت گفت.", "fa"),
        ("قدم ملك الأردن تعازيه إلى الرئيس اللبناني في ضحايا الانفجار.", "ar"),
        ("The King of Jordan sent condolences to the Lebanese president over the victims.", "en"),
    ],
)
def test_condolences_to_another_state_are_support(text: str, lang: str) -> None:
    assert "SUPPORT" in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        ("شهرداری تبریز بیست کارگر را از کار اخراج کرد.", "fa", "SANCTION"),
        ("دانشگاه تهران پنج دانشجو را اخراج کرد.", "fa", "SANCTION"),
        ("سفره مردم ایران کوچک‌تر شده است.", "fa", "CONSULT"),
        ("هجوم ملخ به مزارع سیستان ادامه دارد.", "fa", "ASSAULT"),
        ("هجوم خریداران به بازارهای تهران پیش از عید ادامه دارد.", "fa", "ASSAULT"),
        ("رزمندگان ایرانی جان خود را اهدا کردند.", "fa", "AID"),
        ("زار وزير الصحة الأردني مستشفى البشير في عمان.", "ar", "CONSULT"),
        ("غزو الجراد يهدد المزارع في اليمن.", "ar", "ASSAULT"),
        ("ضحى الجنود المصريون بأرواحهم دفاعا عن الوطن.", "ar", "AID"),
        ("A locust invasion is threatening farms in Yemen.", "en", "ASSAULT"),
        ("The company laid off two hundred workers in Egypt.", "en", "SANCTION"),
    ],
)
def test_other_senses_are_no_event(text: str, lang: str, wrong: str) -> None:
    assert wrong not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("ایران سه دیپلمات هلندی را اخراج کرد.", "fa", "SANCTION"),
        ("وزیر خارجه ایران از عمان بازدید کرد.", "fa", "CONSULT"),
        ("سفر رئیس‌جمهور ایران به ترکیه آغاز شد.", "fa", "CONSULT"),
        ("سفرهای رئیس‌جمهور ایران به ترکیه و عراق ادامه دارد.", "fa", "CONSULT"),
        ("طردت الكويت دبلوماسيا إيرانيا.", "ar", "SANCTION"),
        ("The Egyptian foreign minister paid a visit to Jordan.", "en", "CONSULT"),
        ("The Netherlands expelled two Iranian diplomats.", "en", "SANCTION"),
    ],
)
def test_the_diplomatic_sense_is_kept(text: str, lang: str, kept: str) -> None:
    assert kept in types(text, lang)


def statuses(text: str, lang: str, etype: str) -> set[str]:
    return {e.status for e in process(Document("t", text, lang=lang)).events if e.type == etype}


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        ("المسلحون فشلوا في تنفيذ هجوم على السفارة الأمريكية في بغداد.", "ar", "ASSAULT"),
        ("انتهت حملة الشرطة العراقية في الموصل دون أن تسفر عن القبض على أحد.", "ar", "COERCE"),
        (
            "The militants failed to carry out an attack on the US embassy in Baghdad.",
            "en",
            "ASSAULT",
        ),
    ],
)
def test_a_failed_attempt_is_negated(text: str, lang: str, etype: str) -> None:
    assert "reported" not in statuses(text, lang, etype)


def test_a_failed_attempt_in_persian_is_no_attack() -> None:
    assert "ASSAULT" not in statuses(
        "شبه‌نظامیان نتوانستند به سفارت آمریکا در بغداد حمله کنند.", "fa", "ASSAULT"
    ) - {"negated"}


def test_an_arrest_that_happened_is_reported() -> None:
    assert "reported" in statuses(
        "ألقت الشرطة العراقية القبض على ثلاثة مسلحين في بغداد.", "ar", "COERCE"
    )


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("گفت‌وگوی روزنامه اعتماد با سفیر پیشین ایران در لبنان را بخوانید.", "fa", False),
        ("گفتگوی خبرنگار ما با وزیر خارجه پیشین عراق را می‌خوانید.", "fa", False),
        ("در گفت و گوی وزیر خارجه ایران با همتای عراقی خود روابط دو کشور بررسی شد.", "fa", True),
        ("أجرت صحيفة الأهرام حوارا مع وزير الخارجية العراقي.", "ar", False),
        ("Read our interview with the former Iraqi foreign minister.", "en", False),
    ],
)
def test_an_outlets_interview_is_no_meeting(text: str, lang: str, kept: bool) -> None:
    assert ("CONSULT" in types(text, lang)) is kept
