"""Round 99 (mendC99): the present closers of planned98 narrowed (every
sentence written for these tests or by the round 98 review).

Arabic "تعقد/يعقد" unvoweled is also "complicates" ("الزيارة تعقد جهود
السلام": its object a definite noun), so it closes a deed's clause only
before a word of time or place ("تعقد في الرياض", "يعقد يوم الأحد"). A
present that tells how or by which channel a deed is done ("از طریق", "به
تدریج", "با هماهنگی", "عبر", "through", "in stages") tells a deed going on,
not one ahead (``status.PRESENT_CLOSER_MANNERS``), unless a time ahead is
named beside it ("via Doha on Monday": ``PRESENT_CLOSER_AHEAD_TIMES``).

Each sentence marked "main: planned" was read so before this round; the
others guard readings that must not change.
"""

from __future__ import annotations

import pytest

from event_statuses import statuses

REPORTED = [
    # main: planned ("complicates")
    ("ar", "زيارة نتنياهو إلى واشنطن تعقد جهود السلام مع الفلسطينيين.", "CONSULT"),
    # main: planned ("complicates")
    ("ar", "انسحاب القوات الأمريكية من سوريا يعقد الوضع في المنطقة.", "RETREAT"),
    # main: planned ("complicates")
    ("ar", "وزيارة أردوغان إلى طهران تعقد العلاقات التركية مع الرياض.", "CONSULT"),
    # main: planned (a channel)
    ("ar", "المساعدات الإيرانية إلى سوريا تقام عبر الهلال الأحمر.", "AID"),
    # main: planned (a channel)
    ("fa", "کمک‌های بشردوستانه ایران به سوریه از طریق هلال احمر انجام می‌شود.", "AID"),
    # main: planned (a course)
    ("fa", "خروج نیروهای آمریکایی از عراق به تدریج انجام می‌شود.", "RETREAT"),
    # main: planned (a manner)
    ("fa", "استقرار نیروهای روسیه در سوریه با هماهنگی دولت دمشق صورت می‌گیرد.", "MOBILIZE"),
    # main: planned (a course)
    (
        "en",
        "The withdrawal of US troops from Iraq takes place in stages, the Pentagon said.",
        "RETREAT",
    ),
    # main: planned (a channel)
    ("en", "The delivery of Russian aid to Syria takes place through the port of Tartus.", "AID"),
    # main: planned (a channel)
    ("en", "Turkish aid to Syria takes place via the Bab al-Hawa crossing.", "AID"),
]

PLANNED = [
    # "تعقد" before a word of time: held
    ("ar", "وزيارة وزير الخارجية القطري إلى بغداد تعقد يوم الأحد.", "CONSULT"),
    # "تنعقد" alone
    ("ar", "زيارة الرئيس التونسي إلى الجزائر تنعقد يوم الاثنين.", "CONSULT"),
    ("fa", "سفر وزیر امور خارجه عراق به تهران فردا انجام می‌شود.", "CONSULT"),
    ("en", "The visit of the Iraqi foreign minister to Tehran takes place on Monday.", "CONSULT"),
    # a manner, but a time ahead named too
    (
        "en",
        "The visit of the Iranian president to Ankara takes place via Doha on Monday.",
        "CONSULT",
    ),
    (
        "en",
        "The meeting between the Iranian and Saudi ministers takes place next week through video link.",
        "CONSULT",
    ),
    ("fa", "دیدار وزرای خارجه ایران و عربستان از طریق ویدئوکنفرانس فردا برگزار می‌شود.", "CONSULT"),
    # "به صورت رسمی" (officially) is no channel or course
    ("fa", "سفر رئیس‌جمهور ایران به ترکیه به صورت رسمی انجام می‌شود.", "CONSULT"),
    ("ar", "لقاء وزير الخارجية الإيراني مع نظيره السعودي يعقد غدا في بغداد.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), REPORTED)
def test_manner_or_complicates_stays_reported(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"reported"}


@pytest.mark.parametrize(("lang", "text", "etype"), PLANNED)
def test_present_closer_still_plans(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"planned"}
