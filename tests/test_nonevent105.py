"""Deeds named where the sentence tells none (round 105, nonevent105; every
sentence written for these tests).

- A running total may write its count in words ("nine summits", "سه دور",
  "منذ عشرة أعوام") and Arabic writes one and two after the noun ("قمة
  واحدة"): the count of deeds since a year is no event, as with digits.
- The quote marks a writer sets round a cue of possibility or plan, or round
  the deed after it ("از «امکان» تبادل زندانیان", 'a plan for the "exchange
  of prisoners"'), are no words between them: the deed stays only named.
- A deed ruled out ("لا مجال للتردد والتراجع", "no room for talks", "جایی
  برای مذاکره وجود ندارد") is named, not done.

Each rule has sentences where the event is real and stays.
"""

from __future__ import annotations

import pytest

from casts import run


def _types(text: str, lang: str) -> set[str]:
    return {e.type for e in run(text, lang).events}


# main 2378516f reads the event in each of these
NOT_TOLD = [
    # a running total counted in words, or with "one" after the noun
    # (mendB105: a count of one, "قمة واحدة", is one deed: tests/test_mendB105.py)
    ("ar", "ومنذ عام 2011 عقدت مصر والأردن قمتين اثنتين في القاهرة.", "CONSULT"),
    ("ar", "وعقدت مصر والأردن منذ عشرة أعوام 12 قمة في القاهرة.", "CONSULT"),
    ("fa", "از سال ۱۳۷۰ تاکنون ایران و عراق سه دور مذاکره برگزار کرده‌اند.", "CONSULT"),
    ("fa", "از سال ۱۳۷۰ تاکنون ایران و عراق هفت اجلاس برگزار کرده‌اند.", "CONSULT"),
    ("en", "Since 1990 Egypt and Jordan have held nine summits in Cairo.", "CONSULT"),
    ("en", "The minister said Iran and Iraq have held three summits since 2010.", "CONSULT"),
    # a possibility or a plan set in quote marks
    ("fa", "لاریجانی از «امکان» تبادل زندانیان ایران و آمریکا سخن گفت.", "CONCEDE"),
    ("fa", "لاریجانی از 'امکان' تبادل زندانیان ایران و آمریکا سخن گفت.", "CONCEDE"),
    ("fa", "لاریجانی از امکان «تبادل زندانیان» ایران و آمریکا سخن گفت.", "CONCEDE"),
    ("fa", "لاریجانی از «احتمال» حمله اسرائیل به ایران خبر داد.", "ASSAULT"),
    ("ar", "ناقشت تركيا وروسيا «خطة» لتبادل الأسرى بين البلدين.", "CONCEDE"),
    ("en", 'Turkey and Russia discussed a plan for the "exchange of prisoners".', "CONCEDE"),
    # a deed ruled out
    ("ar", "وأكد الرئيس المصري أنه لا مجال للتراجع عن الحرب على الإرهاب.", "RETREAT"),
    ("ar", "وقال رئيس الحكومة التونسية إنه لا مجال للتردد والتراجع عن الإصلاحات.", "RETREAT"),
    ("fa", "وزیر خارجه ایران گفت جایی برای تردید و مذاکره با آمریکا وجود ندارد.", "CONSULT"),
    ("en", "The Iranian foreign minister said there was no room for talks with the US.", "CONSULT"),
    (
        "en",
        "The Iranian foreign minister said there was no room for hesitation or talks with the US.",
        "CONSULT",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), NOT_TOLD)
def test_named_deed_is_no_event(lang: str, text: str, etype: str) -> None:
    assert etype not in _types(text, lang)


# the event is real: each stays (as on main)
TOLD = [
    # a count of one deed's day, or of deeds since a recent day
    ("ar", "عقدت مصر والأردن قمة واحدة في القاهرة أمس.", "CONSULT"),
    ("ar", "وشنت القوات الإسرائيلية منذ الاثنين ثلاث غارات على قطاع غزة.", "ASSAULT"),
    ("fa", "ایران و عراق هفته گذشته سه دور مذاکره در بغداد برگزار کردند.", "CONSULT"),
    (
        "fa",
        "از سال ۱۳۹۰ تاکنون ایران و عراق سه اجلاس برگزار کرده‌اند، اما دیروز دو کشور در بغداد "
        "دیدار کردند.",
        "CONSULT",
    ),
    ("en", "Egypt and Jordan held nine rounds of talks in Cairo last week.", "CONSULT"),
    # a quoted cue with a clause between it and the deed
    ("fa", "ایران از «امکان» سخن گفت، اما آمریکا به ایران حمله کرد.", "ASSAULT"),
    # "no room for doubt that …" tells the deed; another clause after a comma
    ("ar", "وقال الوزير إنه لا مجال للشك في أن القوات الإسرائيلية قصفت مدرسة في غزة.", "ASSAULT"),
    (
        "ar",
        "وقال الوزير إنه لا مجال للتراجع، فيما قصفت القوات الإسرائيلية مدرسة في غزة.",
        "ASSAULT",
    ),
    ("fa", "وزیر خارجه ایران گفت جایی برای تردید نیست که اسرائیل به غزه حمله کرد.", "ASSAULT"),
    ("en", "The minister said there was no room for doubt that Israel attacked Gaza.", "ASSAULT"),
    (
        "en",
        "There is no place for retreat, the Egyptian president said, as Egypt attacked Libya.",
        "ASSAULT",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), TOLD)
def test_told_deed_stays(lang: str, text: str, etype: str) -> None:
    assert etype in _types(text, lang)
