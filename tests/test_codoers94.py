"""States listed together as the doers of a directed deed (round 94,
codoers94; every sentence written for these tests).

English read a list of co-acting states before a directed deed as one
one-sided event each ("Russia and China criticised the coup": RUS; CHN);
Arabic and Persian read the same list as a source and its target, one
event RUS → CHN (Russia accusing China). Now every language reads the
co-doers as English does, each with the target when one is named. A list
that an object marker closes ("ایران و آمریکا را متهم کرد") is still the
deed's object, as before.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order

# (text, lang, type, the events' actors in order). Main read each Arabic
# and Persian sentence here as one event of the first state against the
# second (and Arabic "أدانت روسيا والصين اليابان" as Japan accusing China).
CO_DOERS: list[tuple[str, str, str, list[list[str]]]] = [
    ("انتقدت تركيا وقطر القرار الأخير", "ar", "ACCUSE", [["TUR:"], ["QAT:"]]),
    ("شجبت مصر والأردن والسعودية تفجير الكنيسة", "ar", "ACCUSE", [["EGY:"], ["JOR:"], ["SAU:"]]),
    ("أدانت تركيا وقطر اليونان", "ar", "ACCUSE", [["TUR:", "GRC:"], ["QAT:", "GRC:"]]),
    ("ترکیه و قطر تصمیم اخیر را محکوم کردند", "fa", "ACCUSE", [["TUR:"], ["QAT:"]]),
    ("هند و برزیل از طرح تازه استقبال کردند", "fa", "SUPPORT", [["IND:"], ["BRA:"]]),
    ("ترکیه و قطر یونان را محکوم کردند", "fa", "ACCUSE", [["TUR:", "GRC:"], ["QAT:", "GRC:"]]),
    (
        "مصر، اردن و عربستان انفجار کلیسا را محکوم کردند",
        "fa",
        "ACCUSE",
        [["EGY:"], ["JOR:"], ["SAU:"]],
    ),
    # guards: English read these right already
    ("Turkey and Qatar condemned the recent decision", "en", "ACCUSE", [["TUR:"], ["QAT:"]]),
    ("Turkey and Qatar condemned Greece", "en", "ACCUSE", [["TUR:", "GRC:"], ["QAT:", "GRC:"]]),
]


@pytest.mark.parametrize(("text", "lang", "etype", "expected"), CO_DOERS)
def test_listed_states_each_do_the_deed(
    text: str, lang: str, etype: str, expected: list[list[str]]
) -> None:
    assert sorted(casts_in_order(text, lang, etype)) == sorted(expected)


# Guards main reads right and must keep: a list an object marker closes is
# the object, a state alone before another is its source, a meeting of a
# list stays one event.
KEPT: list[tuple[str, str, str, list[list[str]]]] = [
    ("ترکیه و قطر را به حمایت از شورشیان متهم کرد", "fa", "ACCUSE", [["TUR:", "QAT:"]]),
    ("مصر اسرائیل را محکوم کرد", "fa", "ACCUSE", [["EGY:", "ISR:"]]),
    ("أدانت مصر إسرائيل", "ar", "ACCUSE", [["EGY:", "ISR:"]]),
    ("Egypt condemned Israel", "en", "ACCUSE", [["EGY:", "ISR:"]]),
]

# A reciprocal makes the listed states each other's source and target: one
# event of both, as main read Arabic and Persian (English split them, and
# so would the co-doer rule without the reciprocal).
RECIPROCAL: list[tuple[str, str, str, list[list[str]]]] = [
    ("اتهمت تركيا واليونان بعضهما بانتهاك المجال الجوي", "ar", "ACCUSE", [["TUR:", "GRC:"]]),
    ("ترکیه و یونان یکدیگر را به نقض حریم هوایی متهم کردند", "fa", "ACCUSE", [["TUR:", "GRC:"]]),
    (
        "Turkey and Greece accused each other of violating airspace",
        "en",
        "ACCUSE",
        [["TUR:", "GRC:"]],
    ),
]


@pytest.mark.parametrize(("text", "lang", "etype", "expected"), KEPT + RECIPROCAL)
def test_objects_and_lone_doers_kept(
    text: str, lang: str, etype: str, expected: list[list[str]]
) -> None:
    assert sorted(casts_in_order(text, lang, etype)) == sorted(expected)
