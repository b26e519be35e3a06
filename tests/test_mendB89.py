"""mendB89: mends of status88 after review 88 (sentences written for this
mend; "main:" names what main 02c5c468 reads)."""

from __future__ import annotations

import pytest

from event_statuses import statuses

# A negated verb of containing whose object ends before a later deed: the
# deed keeps its own status (``extract/lacked.py``, finding 4).
OBJECT_ENDED = [
    # main: AGREE negated (a state is the object, then "and" + verb)
    ("en", "The talks did not include Qatar and ended with an agreement on prisoners.", "AGREE"),
    # main: AGREE negated (a state is the object, then a relative clause)
    ("ar", "لا تشمل المفاوضات قطر التي وقعت اتفاقا مع تركيا", "AGREE"),
    # main: SANCTION negated (a state is the object, then "و" + verb)
    ("ar", "قال الوزير إن العقوبات لا تشمل الصين وأعلن فرض عقوبات على كوريا الشمالية", "SANCTION"),
    # main: AGREE negated (a state and its relative clause before the closer)
    ("fa", "این تحریم‌ها شامل ایران که با روسیه توافق کرده است نمی‌شود", "AGREE"),
]

# Guards: the deed is the verb's object, a state's adjective beside it.
STILL_LACKING = [
    ("en", "The deal does not include a Turkish apology to Russia.", "CONCEDE"),
    ("ar", "ولم يشمل الاتفاق أي تعهد قطري بتقديم مساعدات لمصر.", "AID"),
    ("fa", "این بیانیه شامل عذرخواهی ترکیه از روسیه نیست.", "CONCEDE"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), OBJECT_ENDED)
def test_a_deed_past_the_object_of_containing_keeps_its_status(
    lang: str, text: str, etype: str
) -> None:
    assert statuses(text, lang, etype) == {"reported"}


@pytest.mark.parametrize(("lang", "text", "etype"), STILL_LACKING)
def test_the_object_of_a_negated_containing_stays_negated(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"negated"}


# An added deed told by a clause of its own is done, not planned
# (``extract/added.py``, finding 5).
ADDED_APART = [
    # main: ASSAULT planned (its own relative clause)
    (
        "ar",
        "سيحضر الرئيس المصري اجتماعا مع العاهل الأردني في عمان يوم 12 مارس"
        " بالإضافة إلى الهجوم الذي شنته إسرائيل على غزة",
        "ASSAULT",
    ),
    # main: ASSAULT planned (a past time in its clause)
    (
        "en",
        "The Egyptian president will attend a meeting with the Jordanian king in Amman"
        " next Sunday as well as the Israeli attack on Gaza last week.",
        "ASSAULT",
    ),
    # main: ASSAULT planned (its own relative clause)
    (
        "fa",
        "رئیس جمهور مصر در نشستی با پادشاه اردن در امان شرکت خواهد کرد"
        " و همچنین حمله‌ای که اسرائیل به غزه انجام داد",
        "ASSAULT",
    ),
]

# The past talks were planned and merged into the planned ones on main.
ADDED_PAST_TALKS = [
    # main: one CONSULT, planned
    (
        "ar",
        "ستعقد مصر محادثات مع الأردن بالإضافة إلى المحادثات التي أجرتها مع قطر الأسبوع الماضي",
    ),
    # main: one CONSULT, planned
    (
        "ar",
        "سيحضر الرئيس المصري اجتماعا مع العاهل الأردني في عمان يوم 12 مارس"
        " بالإضافة إلى لقائه مع ولي العهد السعودي أمس",
    ),
    # main: one CONSULT, planned
    (
        "fa",
        "رئیس جمهور مصر در نشستی با پادشاه اردن در امان شرکت خواهد کرد"
        " و همچنین دیدار هفته گذشته با ولیعهد عربستان",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), ADDED_APART)
def test_an_added_deed_told_apart_is_not_planned(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"reported"}


@pytest.mark.parametrize(("lang", "text"), ADDED_PAST_TALKS)
def test_past_talks_added_to_planned_ones_stay_done(lang: str, text: str) -> None:
    assert statuses(text, lang, "CONSULT") == {"planned", "reported"}


# A denial with a spokesman's title opening it, whose deed lies outside the
# subject (finding 10): the title opens the subject, but what is denied
# ("ذلك", "الخبر") and a verb of its own stand before the deed, which stays
# reported (a subject must end in a mention; dropping that check fails). In
# Arabic this runs ``status.DENIER_TITLES`` (the guard of status88 used
# "أكد", no denial); en and fa are the same construction's guards.
DENIAL_ELSEWHERE = [
    ("ar", "نفى المتحدث ذلك وأكد قصف مواقع المسلحين", "ASSAULT"),
    ("ar", "نفى الناطق باسم الحكومة الخبر وأكد اعتقال صحفيين", "COERCE"),
    ("en", "The spokesman denied this and confirmed the bombing of militant positions.", "ASSAULT"),
    ("fa", "سخنگو این خبر را تکذیب کرد و بمباران مواضع شبه‌نظامیان را تایید کرد", "ASSAULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), DENIAL_ELSEWHERE)
def test_a_spokesman_denying_something_else_keeps_the_deed(
    lang: str, text: str, etype: str
) -> None:
    assert statuses(text, lang, etype) == {"reported"}
