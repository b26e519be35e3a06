"""An event's own future told after its noun (status12).

A relative clause with a future auxiliary after an event's noun makes the
event planned ("the summit, which will be held", "القمة التي ستعقد", "نشست
… که … برگزار خواهد شد"); a future verb of the event's course ("المفاوضات
ستبدأ") and "upcoming" after the noun ("سفر آتی") too. Controls: a cue
joined by "and" belongs to another clause; a time word in a relative clause
dates something else; what follows a reaction or a compound verb is what
was said. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from event_statuses import statuses

PLANNED = [
    (
        "fa",
        "عراق از رئیس جمهور ایران برای شرکت در نشست بین‌المللی بغداد که در اواخر "
        "ماه اوت و اوایل سپتامبر برگزار خواهد شد دعوت کرد.",
        "CONSULT",
    ),
    ("fa", "وزیر خارجه روسیه در سفر آتی خود به پکن با همتای چینی دیدار می‌کند.", "CONSULT"),
    ("fa", "دور آتی مذاکرات ایران و اتحادیه اروپا در بروکسل است.", "CONSULT"),
    (
        "ar",
        "وصدر التقرير قبل أيام من اجتماع وزراء خارجية مصر والأردن الذي سينعقد في عمان "
        "لبحث الأوضاع في غزة.",
        "CONSULT",
    ),
    ("ar", "وقال الوزير إن المفاوضات بين مصر وإثيوبيا ستبدأ بعد أسبوعين.", "CONSULT"),
    (
        "en",
        "A meeting of the Egyptian and Jordanian foreign ministers in Amman, which is "
        "expected to focus on Gaza and on the crossings, was announced on Monday.",
        "CONSULT",
    ),
    ("en", "The presidents of Egypt and Sudan are scheduled to meet in Khartoum.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), PLANNED)
def test_a_future_after_the_event_makes_it_planned(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"planned"}


REPORTED = [
    # a future joined by "and" is another clause's ("will fly": tri29b reads
    # "will travel to" as a visit of its own)
    ("ar", "وأدان الوزير الهجوم الذي استهدف القنصلية التركية وسوف يبحث الأمر مع نظيره.", "ASSAULT"),
    (
        "en",
        "A meeting of the Egyptian and Jordanian foreign ministers took place in Amman on "
        "Monday, and Cairo said that its minister will fly to Riyadh.",
        "CONSULT",
    ),
    # a time word in the relative clause dates the aim, not the declaration
    (
        "ar",
        "ووقع وزيرا خارجية تونس وإيطاليا في روما الإعلان المشترك الذي يعتبر بمثابة خارطة "
        "الطريق بين البلدين للسنوات الثلاث القادمة.",
        "AGREE",
    ),
    # "که" after a compound verb opens what was said
    (
        "fa",
        "وزیر خارجه ایران در دیدار با همتای عراقی خود ابراز امیدواری کرد که انتخابات "
        "عراق که قرار است ماه آینده برگزار شود آرام باشد.",
        "CONSULT",
    ),
    # the present "برگزار می‌شود" may be what goes on now
    (
        "fa",
        "این چندمین تظاهرات کارگران در تهران علیه دولت است که در شهرهای مختلف کشور در "
        "همبستگی با کارگران نفت برگزار می‌شود.",
        "PROTEST",
    ),
    (
        "fa",
        "دستگاه‌های دولتی با رعایت احتیاط و احتمال نیاز آتی از همکاری با ایران خودداری کردند.",
        "REJECT",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), REPORTED)
def test_a_future_of_something_else_leaves_the_event_reported(
    lang: str, text: str, etype: str
) -> None:
    assert statuses(text, lang, etype) == {"reported"}
