"""An event dated after the article is still to come (plans15).

Whatever the tense, a deed whose own date (the nearest day-precise date of
its clause) lies after the publication date has not happened yet: "the
ministers meet in Amman on 20 June", "announced a strike on 15 June". A
weekday alone is read backwards; a date beyond another named deed is that
deed's ("agreed to hold talks on 20 June"); a call's date is what it calls
for. Sentences written for these tests; published 2024-05-02.
"""

from __future__ import annotations

import pytest

from event_statuses import statuses

PLANNED = [
    ("en", "The foreign ministers of Egypt and Jordan meet in Amman on 20 June.", "CONSULT"),
    ("en", "Teachers in Tunisia announced a general strike on 15 June.", "PROTEST"),
    (
        "en",
        "The leaders of Egypt and Sudan are holding talks in Cairo on June 20 on the dam dispute.",
        "CONSULT",
    ),
    ("ar", "وأعلنت نقابة المعلمين في تونس عن إضراب عام يوم 15 مايو.", "PROTEST"),
    ("ar", "يلتقي وزيرا خارجية مصر والأردن في عمان يوم 20 يونيو.", "CONSULT"),
    ("fa", "کارگران نیشکر هفت‌تپه روز ۲۵ اردیبهشت در مقابل استانداری تجمع می‌کنند.", "PROTEST"),
    ("fa", "وزیران خارجه ایران و عمان روز ۲۵ اردیبهشت در مسقط دیدار می‌کنند.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), PLANNED)
def test_a_date_after_the_article_makes_the_event_planned(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"planned"}


REPORTED = [
    # a date before the article
    ("en", "The foreign ministers of Egypt and Jordan met in Amman on 20 April.", "CONSULT"),
    ("fa", "وزیران خارجه ایران و عمان روز ۱۰ اردیبهشت در مسقط دیدار کردند.", "CONSULT"),
    # a weekday alone is read backwards
    ("ar", "والتقى وزيرا خارجية مصر والأردن في عمان يوم الاثنين.", "CONSULT"),
    # the date is the talks', not the agreement's
    ("en", "Egypt and Ethiopia agreed to hold a new round of talks on 20 June.", "AGREE"),
    ("ar", "واتفقت مصر وإثيوبيا على عقد جولة جديدة من المفاوضات يوم 20 يونيو.", "AGREE"),
    ("fa", "ایران و عمان توافق کردند دور تازه مذاکرات را روز ۲۵ اردیبهشت برگزار کنند.", "AGREE"),
    # a date before a word of saying or a colon dates another clause
    (
        "fa",
        "نماینده کارگران در گفت‌وگو با خبرنگار ما درباره انتخابات ۲۵ اردیبهشت گفت: کارگران "
        "در مقابل استانداری تجمع کردند.",
        "PROTEST",
    ),
    (
        "ar",
        "وقال رئيس النقابة في تصريح بشأن انتخابات 20 يونيو: إن العمال نفذوا إضرابا عاما في الميناء.",
        "PROTEST",
    ),
    (
        "en",
        "Speaking about the vote on 20 June, the union leader said: workers staged a general "
        "strike at the port.",
        "PROTEST",
    ),
    # a call was made; the date is of what it calls for
    ("fa", "معلمان بازنشسته برای روز ۳۰ اردیبهشت فراخوان تجمع در مقابل مجلس داده‌اند.", "REQUEST"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), REPORTED)
def test_a_date_that_is_not_the_events_own_future_leaves_it_reported(
    lang: str, text: str, etype: str
) -> None:
    assert statuses(text, lang, etype) == {"reported"}
