"""Round 98 (planned98): a deed told ahead by a present verb of taking place
(every sentence written for these tests).

A visit, meeting, deployment, aid or withdrawal named by its noun, the
subject of a clause that a present verb of being held or taking place
closes, is still to come: Persian "سفر … انجام می‌شود", "دیدار … صورت
می‌گیرد", Arabic "الزيارة … تنعقد يوم الاثنين", English "the visit … takes
place on Monday" (``extract/closing_future.closed_present``). Not when the
verb tells a relative clause after the noun (a process going on), nor with a
word of now, habit or course in the sentence ("امروز", "معمولا", "حاليا",
"عادة", "usually"), nor in the Persian idioms "X در حالی/پس از آن صورت
می‌گیرد که …" (X comes while or after something).

Each sentence marked "main: reported" was read so before this round; the
others guard readings that must not change.
"""

from __future__ import annotations

import pytest

from event_statuses import statuses

PLANNED = [
    # main: reported
    ("fa", "سفر وزیر خارجه عراق به تهران روز دوشنبه انجام می‌شود.", "CONSULT"),
    # main: reported
    ("fa", "دیدار رئیس‌جمهور ایران با نخست‌وزیر عراق در بغداد صورت می‌گیرد.", "CONSULT"),
    # main: reported
    ("fa", "گفت‌وگوهای ایران و عربستان به زودی در بغداد انجام می‌شود.", "CONSULT"),
    # main: reported
    ("ar", "وزيارة الرئيس التونسي إلى الجزائر تنعقد يوم الاثنين.", "CONSULT"),
    # main: reported
    ("ar", "والقمة العربية بين مصر والسعودية تعقد في الرياض بعد أسبوع.", "CONSULT"),
    # main: reported
    ("en", "The visit of the Iraqi foreign minister to Tehran takes place on Monday.", "CONSULT"),
]

REPORTED = [
    # a word of habit in the sentence
    ("fa", "سفر وزیر خارجه عراق به تهران معمولا در بهار انجام می‌شود.", "CONSULT"),
    # the verb of a relative clause after the noun: talks going on
    (
        "fa",
        "مذاکراتی که با میانجی‌گری قطر میان ایران و آمریکا انجام می‌شود به نتیجه نرسیده است.",
        "CONSULT",
    ),
    # "X در حالی صورت می‌گیرد که …": X comes while something else happens
    (
        "fa",
        "سفر وزیر خارجه عراق به تهران در حالی صورت می‌گیرد که تنش‌ها افزایش یافته است.",
        "CONSULT",
    ),
    # a word of now after the verb
    ("ar", "والمحادثات بين إيران والسعودية تعقد حاليا في بغداد.", "CONSULT"),
    # a word of habit
    ("ar", "وزيارة وزير الخارجية العراقي إلى طهران تعقد عادة في الربيع.", "CONSULT"),
    # the verb of a relative clause after the noun
    ("ar", "وشارك الوزير في المحادثات التي تعقد في الدوحة بين قطر وتركيا.", "CONSULT"),
    # the verb of a relative clause after the noun
    (
        "en",
        "The minister attended talks between Qatar and Turkey that take place in Doha.",
        "CONSULT",
    ),
    # a past deed
    (
        "en",
        "The Iraqi foreign minister met his Iranian counterpart in Tehran on Monday.",
        "CONSULT",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), PLANNED)
def test_present_closer_plans_the_deed(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"planned"}


@pytest.mark.parametrize(("lang", "text", "etype"), REPORTED)
def test_present_closer_stays_present(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"reported"}
