"""Mends of round 105's non-events (mendB105; every sentence written for
these tests).

- F3: a count of one ("one strike", "یک حمله", "قمة واحدة") is one deed,
  never a running total, and an ordinal or superlative before "since" ("the
  first since 2019", "نخستین حمله از سال") measures one deed against the past.
- F1: a deed ruled out ("no room for dialogue") is joined by "and" to no
  deed of the next clause ("… and Turkey shelled Kobani"); the deeds listed
  right after the cue ("لا مجال للتهاون والتراجع") stay ruled out.
- F2: the reach of a deed ruled out ends at "after/بعد/بعدما/پس از", and
  "لا مجال/لا مكان" rule out only a word their "ل" is glued to ("لا مكان آمن":
  no safe place).
- F4: an English marker of possibility cut by quote marks ("the
  'possibility' of a prisoner swap") is read as the unquoted one.
"""

from __future__ import annotations

import pytest

from casts import run


def _types(text: str, lang: str) -> set[str]:
    return {e.type for e in run(text, lang).events}


# the event is real: each stays (the first of each block fails on main 958de319)
TOLD = [
    # F3: a count of one, or an ordinal or a superlative before "since"
    (
        "en",
        "Turkey launched one attack on Iraq on Friday, its biggest in three years since 2021.",
        "ASSAULT",
    ),
    (
        "en",
        "Iran and Iraq held one round of talks in Baghdad on Monday, the first since 2015.",
        "CONSULT",
    ),
    ("en", "Since 2011 Egypt and Jordan have held one summit in Cairo.", "CONSULT"),
    (
        "fa",
        "ترکیه روز سه‌شنبه یک حمله هوایی به شمال عراق انجام داد که اولین حمله از سال ۲۰۲۰ بود.",
        "ASSAULT",
    ),
    (
        "fa",
        "روسیه دیروز یک حمله به اوکراین انجام داد که بزرگترین حمله طی سه سال گذشته بود.",
        "ASSAULT",
    ),
    ("fa", "از سال ۱۳۹۰ تاکنون ایران و عراق یک اجلاس در بغداد برگزار کرده‌اند.", "CONSULT"),
    ("ar", "عقدت مصر وقطر قمة واحدة في الدوحة الأحد، هي الأولى منذ عام 2017.", "CONSULT"),
    ("ar", "ومنذ عام 2014 عقد العراق وإيران قمة واحدة في بغداد.", "CONSULT"),
    # F1: a ruled-out cue, "and", then another clause's own deed
    ("en", "There is no room for dialogue and Turkey shelled Kobani on Sunday.", "ASSAULT"),
    ("ar", "لا مجال للحوار وقصفت تركيا مدينة كوباني أمس.", "ASSAULT"),
    ("fa", "جایی برای گفتگو نیست و ترکیه دیروز به کوبانی حمله کرد.", "ASSAULT"),
    # F2: a deed after a word of time; "لا مكان" with no "ل" glued
    (
        "en",
        "The minister said there was no place for a ceasefire after strikes on Aleppo on Sunday.",
        "ASSAULT",
    ),
    ("ar", "وقال الوزير إنه لا مجال للحوار بعدما قصفت تركيا مدينة كوباني.", "ASSAULT"),
    ("ar", "وقال الوزير إنه لا مكان للحوار بعد القصف التركي على كوباني.", "ASSAULT"),
    ("ar", "وقال الأهالي إنه لا مكان آمن بعد القصف التركي على كوباني.", "ASSAULT"),
    ("fa", "وزیر گفت جایی برای مذاکره نماند، پس از آنکه ترکیه به کوبانی حمله کرد.", "ASSAULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), TOLD)
def test_told_deed_stays(lang: str, text: str, etype: str) -> None:
    assert etype in _types(text, lang)


# named, not done: each stays dropped (as on main)
NOT_TOLD = [
    # a running total of more than one
    ("en", "Since 2015 Iran and Iraq have held two summits in Baghdad.", "CONSULT"),
    ("fa", "از سال ۱۳۹۰ تاکنون ایران و عراق دو اجلاس در بغداد برگزار کرده‌اند.", "CONSULT"),
    ("ar", "ومنذ عام 2014 عقد العراق وإيران قمتين اثنتين في بغداد.", "CONSULT"),
    # deeds listed right after a ruled-out cue
    ("ar", "وقال رئيس الوزراء إنه لا مجال للتهاون والتراجع عن الإصلاح.", "RETREAT"),
    ("en", "The president said there was no room for delay or talks with the rebels.", "CONSULT"),
    ("fa", "رئیس‌جمهور گفت جایی برای درنگ و مذاکره با شورشیان نیست.", "CONSULT"),
    # the ruled-out deed itself, with "ل" glued
    ("ar", "وقال الوزير إنه لا مكان للتفاوض مع الحوثيين.", "CONSULT"),
    ("en", "The rebels said there was no place for talks after the massacre.", "CONSULT"),
    ("fa", "شورشیان گفتند جایی برای مذاکره با دولت وجود ندارد.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), NOT_TOLD)
def test_named_deed_is_no_event(lang: str, text: str, etype: str) -> None:
    assert etype not in _types(text, lang)


# F4: a marker cut by quote marks (the English ones fail on main 958de319)
QUOTED_NOT_TOLD = [
    ("en", "The minister spoke of the 'possibility' of a prisoner swap with Iran.", "CONCEDE"),
    ("en", "Turkey raised the 'prospect' of new talks with Syria.", "CONSULT"),
    (
        "en",
        "The envoy spoke of the 'possibility' of talks, but Israel attacked Gaza on Monday.",
        "CONSULT",
    ),
    ("ar", "تحدث الوزير عن «إمكانية» تبادل الأسرى مع إيران.", "CONCEDE"),
    ("fa", "وزیر از «احتمال» مذاکره با آمریکا سخن گفت.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), QUOTED_NOT_TOLD)
def test_quoted_marker_names_no_deed(lang: str, text: str, etype: str) -> None:
    assert etype not in _types(text, lang)


QUOTED_TOLD = [
    (
        "en",
        "The envoy spoke of the 'possibility' of talks, but Israel attacked Gaza on Monday.",
        "ASSAULT",
    ),
    ("en", "The minister said 'Israel' attacked Gaza on Monday.", "ASSAULT"),
    ("ar", "تحدث الوزير عن «إمكانية» الحوار، لكن إسرائيل قصفت غزة أمس.", "ASSAULT"),
    ("fa", "وزیر از «امکان» مذاکره سخن گفت، اما اسرائیل دیروز به غزه حمله کرد.", "ASSAULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), QUOTED_TOLD)
def test_deed_after_quoted_marker_stays(lang: str, text: str, etype: str) -> None:
    assert etype in _types(text, lang)
