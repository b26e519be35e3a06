"""Talks named as where a post is held tell no talks held (round 89,
frame89; every sentence written for these tests).

"نماینده روسیه در مذاکرات وین گفت", "رئيس الوفد الحكومي في محادثات
أستانا", "the mediator in the talks … said": a post noun, a few words, a
preposition and the talks noun name who holds the post, not a round of
talks held (``named_topic._post_in_talks``, ``context.TALKS_POSTS``). Talks
held, taken part in or held with a partner stay told.
Cases marked "fails on main" gave a CONSULT on main 9ac05248.
"""

from __future__ import annotations

import pytest

from casts import run


def _types(text: str, lang: str) -> set[str]:
    """The type of every event read in ``text``."""
    return {e.type for e in run(text, lang).events}


POSTS_IN_TALKS = [
    # fails on main: CONSULT reported
    (
        "fa",
        "میخائیل اولیانوف نماینده روسیه در مذاکرات وین در توییتی نوشت که طرفین به توافق نزدیک هستند.",
    ),
    # fails on main: CONSULT reported
    ("fa", "میانجی در مذاکرات میان دولت و طالبان گفت که دو طرف به توافق رسیده‌اند."),
    # fails on main: CONSULT reported
    ("ar", "وأكد المبعوث الأممي إلى مفاوضات جنيف أن الأطراف ما زالت متباعدة."),
    # guard of the same kind (main reads it right too)
    ("ar", "وقال رئيس الوفد الحكومي في محادثات أستانا إن الجولة المقبلة ستكون حاسمة."),
    # fails on main: CONSULT reported
    (
        "en",
        "The mediator in the talks between the government and the rebels said both sides agreed.",
    ),
    # guard of the same kind (main reads it right too)
    ("en", "Russia's envoy to the Vienna talks said the sides were close to a deal."),
]


@pytest.mark.parametrize(("lang", "text"), POSTS_IN_TALKS)
def test_a_post_in_the_talks_is_no_talks_held(lang: str, text: str) -> None:
    assert "CONSULT" not in _types(text, lang)


TALKS_HELD = [
    # taking part keeps the talks told
    ("fa", "هیئت ایرانی در مذاکرات وین شرکت کرد."),
    ("fa", "ایران و آمریکا در وین مذاکرات غیرمستقیم برگزار کردند."),
    # a partner right after the talks noun: the post's holder is a side
    ("fa", "رئیس‌جمهور ایران در گفت‌وگوی تلفنی با پوتین درباره افغانستان رایزنی کرد."),
    ("ar", "وشارك ممثل روسيا في محادثات أستانا مع وفد المعارضة السورية."),
    ("ar", "عقد وزير الخارجية محادثات مع نظيره الروسي في موسكو."),
    ("en", "Iranian and American diplomats held negotiations in Vienna on Tuesday."),
    ("en", "Russia's envoy attended the negotiations with Iran in Vienna on Tuesday."),
]


@pytest.mark.parametrize(("lang", "text"), TALKS_HELD)
def test_talks_held_stay_told(lang: str, text: str) -> None:
    assert "CONSULT" in _types(text, lang)


RETURNED_OR_SENT = [
    # returning to the talks or sending an envoy to them keeps them told
    (
        "fa",
        "ایران و آمریکا هیئت‌های خود را برای مذاکرات به وین اعزام کردند و نمایندگان در مذاکرات حضور یافتند.",
    ),
    ("ar", "وعاد ممثلو الحكومة والمعارضة إلى المحادثات في جنيف أمس."),
    ("en", "Russian and Iranian negotiators returned to the talks in Vienna."),
]


@pytest.mark.parametrize(("lang", "text"), RETURNED_OR_SENT)
def test_returned_to_the_talks_stay_told(lang: str, text: str) -> None:
    assert "CONSULT" in _types(text, lang)
