"""Round 59 (precision59): two kinds of a deed the corpus told as happening
when it does not (every sentence written for these tests).

- A habit told by "whenever" ("كلما", "في كل مرة", "هرگاه", "هر وقت", "هر
  زمان که", "هر بار", "whenever", "every time") is no one event: the deed
  the cue opens is read as a condition's (``status.CONDITIONAL_CUES``), as
  "if" is. "بیش از هر زمان دیگری" (more than ever) is no such cue.
- A country word that is also a given name (``context.COUNTRY_WORDS_IN_NAMES``)
  right before a word of descent ("بن", "bin") is a man's name, not the state:
  "الإمام تركي بن عبدالله", "Jordan bin Ali" (before, only after a title).
- An Arabic tour that "will include" a visit ("ستتضمن زيارة", "سيتضمن
  لقاء") plans it, as "ستشمل" does (``status.PLANNED_CUES``); English "will
  include" already did, and the past "تضمنت" reports it.
"""

from __future__ import annotations

import pytest

from casts import run
from event_statuses import statuses


def _types(text: str, lang: str) -> set[str]:
    """The event types of ``text``."""
    return {e.type for e in run(text, lang).events}


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        ("وكلما تظاهر العمال أمام الوزارة اعتقلت الشرطة بعضهم.", "ar", "PROTEST"),
        ("وكلما تظاهر العمال أمام الوزارة اعتقلت الشرطة بعضهم.", "ar", "COERCE"),
        ("وفي كل مرة تقصف فيها إسرائيل غزة تسقط ضحايا مدنيون.", "ar", "ASSAULT"),
        ("هرگاه کارگران در برابر وزارتخانه تجمع کردند پلیس آنها را بازداشت کرد.", "fa", "PROTEST"),
        ("هر بار معلمان در تهران تجمع اعتراضی برگزار کردند.", "fa", "PROTEST"),
        ("هر وقت معلمان اعتصاب کردند، دولت آنها را بازداشت کرد.", "fa", "PROTEST"),
        ("Whenever teachers went on strike, the police arrested them.", "en", "PROTEST"),
        (
            "Every time protesters gathered in the square, the police arrested them.",
            "en",
            "PROTEST",
        ),
    ],
)
def test_a_habit_told_by_whenever_is_no_event(text: str, lang: str, etype: str) -> None:
    assert etype not in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # the same deeds told once are events
        ("واعتقلت الشرطة التونسية عشرين متظاهرا أمام الوزارة يوم الاثنين.", "ar", "COERCE"),
        ("معلمان روز دوشنبه در تهران تجمع اعتراضی برگزار کردند.", "fa", "PROTEST"),
        ("The police arrested twenty protesters in the square on Monday.", "en", "COERCE"),
        # "more than ever" is no "whenever"
        (
            "امروز کشور بیش از هر زمان دیگری به همکاری نیاز دارد و وزیر با همتای عراقی دیدار کرد.",
            "fa",
            "CONSULT",
        ),
    ],
)
def test_a_deed_told_once_stays(text: str, lang: str, etype: str) -> None:
    assert etype in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "status"),
    [
        ("وقال مصدر إن جولة الرئيس الصيني الخارجية ستتضمن زيارة مصر والسعودية.", "ar", "planned"),
        ("وقال المتحدث إن برنامج الرئيس الفرنسي سيتضمن لقاء مع العاهل المغربي.", "ar", "planned"),
        ("وتضمنت جولة الرئيس الصيني زيارة مصر والسعودية.", "ar", "reported"),
        (
            "A senior official said the president's first foreign tour will include a visit "
            "to Japan and South Korea.",
            "en",
            "planned",
        ),
        ("The president's tour included a visit to Japan and South Korea.", "en", "reported"),
    ],
)
def test_a_tour_that_will_include_a_visit_plans_it(text: str, lang: str, status: str) -> None:
    assert statuses(text, lang, "CONSULT") == {status}


def _codes(text: str, lang: str) -> set[str | None]:
    """The actor codes of every event of ``text``."""
    return {a.code for e in run(text, lang).events for a in e.actors}


@pytest.mark.parametrize(
    ("text", "lang", "absent", "present"),
    [
        (
            "وألقى الشيخ خطبة في جامع الإمام تركي بن عبدالله بالرياض وأدان الهجوم الإرهابي "
            "على المسجد.",
            "ar",
            "TUR",
            "SAU",
        ),
        (
            "Jordan bin Ali, a Saudi businessman, met the Egyptian minister in Cairo.",
            "en",
            "JOR",
            "EGY",
        ),
    ],
)
def test_a_country_word_before_a_word_of_descent_is_a_name(
    text: str, lang: str, absent: str, present: str
) -> None:
    codes = _codes(text, lang)
    assert absent not in codes and present in codes


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        # the adjective or the name of the state itself, with no word of descent
        ("وقال مسؤول تركي إن أنقرة ستدعم قطر.", "ar", "TUR"),
        ("وزیر خارجه ایران با وزیر خارجه چاد در تهران دیدار کرد.", "fa", "TCD"),
        ("The foreign minister of Jordan met his Egyptian counterpart in Cairo.", "en", "JOR"),
    ],
)
def test_a_country_word_without_descent_stays_the_state(text: str, lang: str, code: str) -> None:
    assert code in _codes(text, lang)
