"""Protesters who pelt someone, and riots named with the article (round 64,
recall64ar; every sentence written for these tests).

Protesters who pelt a politician or the police with eggs, tomatoes or
stones demonstrate (PLOVER PROTEST): Arabic "رشق … بالبيض/بالحجارة" (the
thrower and the one pelted may stand between the verb and the thing
thrown), English "pelted … with eggs", Persian "تخم‌مرغ پرتاب کردند". A
volley of rockets ("رشقات صاروخية"), a missile launched ("موشک پرتاب کرد")
or a verb with nothing thrown is no protest. Arabic riots with the article
on the second word ("أعمال الشغب") are riots as "أعمال شغب" is.
"""

from __future__ import annotations

import pytest

from casts import run


def _types(text: str, lang: str) -> set[str]:
    """The event types read in ``text``."""
    return {e.type for e in run(text, lang).events}


PELTED = [
    ("ar", "رشق طلاب غاضبون صباح اليوم وزير التربية الأردني بالبيض أمام مقر الوزارة."),
    ("ar", "وتجمع عشرات الشبان أمام البلدية حيث رشقوا رئيسها بالطماطم."),
    ("ar", "أقدم عدد من الشبان على رشق دورية للشرطة بالحجارة في حي شعبي بالعاصمة."),
    ("ar", "قال وزير الداخلية المغربي إن أعمال الشغب التي شهدتها مدينة الحسيمة خلفت أضرارا كبيرة."),
    ("ar", "وتواصلت أعمال الشغب بين شبان غاضبين وعناصر الشرطة في مدينة بجاية الجزائرية."),
    ("en", "Students pelted the education minister with eggs outside parliament in Amman."),
    ("en", "Angry villagers pelted the police convoy with stones near the border town."),
    ("fa", "دانشجویان معترض به سوی وزیر آموزش تخم‌مرغ پرتاب کردند."),
    ("fa", "گروهی از کشاورزان به سوی استاندار گوجه فرنگی پرتاب کردند."),
]

NOT_PELTED = [
    ("ar", "أطلقت الفصائل رشقات صاروخية على المستوطنات الجنوبية."),
    ("ar", "نشرت وزارة الداخلية شرطة مكافحة الشغب في وسط العاصمة."),
    ("ar", "رشق اللاعب منافسه بنظرة غاضبة بعد المباراة."),
    ("en", "The minister was pelted by questions from reporters about the budget."),
    ("fa", "سپاه پاسداران یک ماهواره به فضا پرتاب کرد."),
]


@pytest.mark.parametrize(("lang", "text"), PELTED)
def test_pelting_is_protest(lang: str, text: str) -> None:
    assert "PROTEST" in _types(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOT_PELTED)
def test_no_thing_thrown_no_protest(lang: str, text: str) -> None:
    assert "PROTEST" not in _types(text, lang)


# A ban on entering whose banned people are named at length (more than 8
# words between the verb and "من دخول") is still a ban (PLOVER COERCE).
BANNED = [
    "وقع الرئيس الأمريكي مرسوما يمنع مواطني ست دول عربية وأفريقية هي ليبيا والصومال "
    "والسودان واليمن وتشاد وموريتانيا من دخول الأراضي الأمريكية.",
    "منعت السلطات الجزائرية صباح اليوم وفدا من نواب البرلمان الأوروبي القادمين من "
    "بروكسل من دخول مخيمات اللاجئين.",
]


@pytest.mark.parametrize("text", BANNED)
def test_long_banned_list_is_ban(text: str) -> None:
    assert "COERCE" in _types(text, "ar")


def test_ban_far_from_entry_is_no_ban() -> None:
    text = (
        "منعت الأمطار الغزيرة المزارعين في الجنوب من جني المحصول هذا العام، وقال وزير "
        "الفلاحة إن دخول الموسم الجديد سيتأخر."
    )
    assert "COERCE" not in _types(text, "ar")


def test_bare_entry_in_another_clause_is_no_ban() -> None:
    """A bare "دخول" twelve words on belongs to the next clause (the review of round 64)."""
    text = (
        "منعت مصر تصدير الأسلحة إلى المنطقة، وقال وزير خارجيتها إن روسيا والصين تؤيدان "
        "دخول المعاهدة حيز التنفيذ."
    )
    assert "COERCE" not in _types(text, "ar")
