"""A deed noun that only names a topic, a kind or a habit is no event
(topics50): after a head noun of a subject, kind, policy or danger ("the
issue of", "سياسة", "مسئله", ``context.TOPIC_MARKERS``), joined by "and" to
such a noun (``context.TOPIC_JOINS``), told with an adverb of habit
("often", "بشكل متكرر", "معمولا", ``status.BACKGROUND_CUES``), or a danger
rather than a threat made ("the threat of terrorism", ``NOT_TRIGGERS``).
The same deeds told as done stay events."""

from __future__ import annotations

import pytest

from casts import run


def _types(text: str, lang: str) -> set[str]:
    return {e.type for e in run(text, lang).events}


TOPIC_HEADS = [
    ("ar", "تحدث الوزير عن سياسة الاغتيالات الإسرائيلية.", "ASSAULT"),
    ("ar", "تحدث الرئيس عن سياسة الحصار ضد قطر.", "COERCE"),
    ("ar", "ناقش الاجتماع مسألة طرد الدبلوماسيين من البلاد.", "SANCTION"),
    ("fa", "وزیر درباره مسئله اخراج پناهجویان سخن گفت.", "COERCE"),
    ("fa", "مسئله خروج نیروهای آمریکایی از عراق در مجلس مطرح شد.", "RETREAT"),
    ("fa", "نماینده از سیاست بازداشت فعالان انتقاد کرد.", "COERCE"),
    ("fa", "بحث اعتصاب‌ها در مجلس مطرح شد.", "PROTEST"),
    ("en", "The minister spoke on the issue of the expulsion of refugees.", "SANCTION"),
    ("en", "The question of the withdrawal of US troops was raised in parliament.", "RETREAT"),
    ("en", "The report looked at the problem of kidnappings in Nigeria.", "ASSAULT"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "etype"), TOPIC_HEADS)
def test_a_deed_after_a_topic_head_is_no_event(lang: str, text: str, etype: str) -> None:
    assert etype not in _types(text, lang)


JOINED = [
    ("ar", "ناقش البرلمان قضية الاحتجاجات والإضرابات في المصانع.", "PROTEST"),
    ("fa", "مسئله اعتراضات و اعتصاب‌ها در مجلس بررسی شد.", "PROTEST"),
    ("en", "Parliament debated the issue of protests and arrests.", "COERCE"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "etype"), JOINED)
def test_a_deed_joined_to_a_topic_is_a_topic(lang: str, text: str, etype: str) -> None:
    assert etype not in _types(text, lang)


HABITS = [
    ("ar", "تعتقل قوات الأمن الصحفيين في مصر بشكل متكرر.", "COERCE"),
    ("ar", "تشن إسرائيل غارات على سوريا بشكل شبه يومي.", "ASSAULT"),
    ("ar", "تتعرض السفن في كثير من الأحيان لهجمات القراصنة.", "ASSAULT"),
    ("ar", "قال الرئيس إن مئات الأشخاص يقتلون سنويا بحوادث إطلاق النار في البلاد.", "ASSAULT"),
    ("fa", "نیروهای امنیتی به طور مرتب روزنامه‌نگاران را بازداشت می‌کنند.", "COERCE"),
    ("fa", "پلیس غالبا معترضان را در تهران بازداشت می‌کند.", "COERCE"),
    ("fa", "اسرائیل تقریبا هر روز به سوریه حمله می‌کند.", "ASSAULT"),
    ("en", "Israel strikes Syria almost daily.", "ASSAULT"),
    ("en", "Security forces frequently arrest journalists in Egypt.", "COERCE"),
    ("en", "Kidnappings are common in northern Nigeria.", "ASSAULT"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "etype"), HABITS)
def test_a_habit_is_no_event(lang: str, text: str, etype: str) -> None:
    assert etype not in _types(text, lang)


DANGERS = [
    ("ar", "حذر الوزير من التهديدات التي تشكلها إيران للمنطقة.", "THREATEN"),
    ("fa", "وزیر از تهدید تروریسم در منطقه سخن گفت.", "THREATEN"),
    ("en", "The president spoke about the threat of terrorism in the region.", "THREATEN"),
    ("en", "He warned of the threat posed by Iran to the region.", "THREATEN"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "etype"), DANGERS)
def test_a_danger_is_no_threat(lang: str, text: str, etype: str) -> None:
    assert etype not in _types(text, lang)


KEPT = [
    ("ar", "عقدت إيران وفرنسا محادثات بشأن العقوبات في باريس.", "CONSULT"),
    ("ar", "أدانت إيران التهديدات الإسرائيلية ضدها.", "ACCUSE"),
    ("ar", "هددت إيران إسرائيل يوم الاثنين.", "THREATEN"),
    ("ar", "شنت إسرائيل غارات على سوريا يوم الاثنين.", "ASSAULT"),
    ("ar", "اعتقلت الشرطة المصرية صحفيين ومتظاهرين في القاهرة.", "COERCE"),
    ("fa", "ایران و فرانسه در پاریس درباره تحریم‌ها مذاکره کردند.", "CONSULT"),
    ("fa", "ایران تهدیدهای اسرائیل را محکوم کرد.", "ACCUSE"),
    ("fa", "پلیس روز دوشنبه معترضان را در تهران بازداشت کرد.", "COERCE"),
    ("fa", "اسرائیل روز دوشنبه به سوریه حمله کرد.", "ASSAULT"),
    ("fa", "رهبران فرانسه و آلمان بر سر این مسئله اتفاق نظر دارند.", "AGREE"),
    ("fa", "نخست‌وزیر پاکستان برای رایزنی و میانجیگری میان ایران و عربستان به تهران آمد.", "CONSULT"),
    ("en", "Talks on sanctions were held in Paris between Iran and France.", "CONSULT"),
    ("en", "Iran condemned the threats by Israel.", "ACCUSE"),
    ("en", "Iran issued a threat against Israel on Monday.", "THREATEN"),
    ("en", "Israel struck Syria on Monday.", "ASSAULT"),
    ("en", "Police arrested protesters and journalists in Cairo on Monday.", "COERCE"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "etype"), KEPT)
def test_deeds_told_as_done_stay(lang: str, text: str, etype: str) -> None:
    assert etype in _types(text, lang)
