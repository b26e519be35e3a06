"""Round 18 (fatypes18b): material deeds told in other words.

A deed done side by side by three or more states with no one acted on
(joint drills, forces pulled out together) is an event of the group, as one
of two states already was. Persian drills named "تمرین نظامی", reservists
called up in the singular, forces or war material sent off ("روانه") or
moved ("منتقل کرد") mobilise; export curbs, sanction packages and bans
declared ("ممنوع اعلام کرد") sanction; people caught ("به دام پلیس
افتادند") or taken captive are coerced, and migrants thrown out are
deported (COERCE), not expelled diplomats (SANCTION). Protesters go "به
خیابان" in the singular too. A negated perfect ("اعزام نکرده است") denies
the deed. An arriving aid shipment ("نخستین محموله") is no visit. English
and Arabic reservists called up mobilise. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest

from casts import cast, run


def codes(text: str, lang: str, etype: str) -> set[str]:
    return {a.split(":")[0] for a in cast(run(text, lang), etype)}


JOINT_DEEDS = [
    (
        "رزمایش مشترک دریایی ایران، چین و روسیه روز سه‌شنبه در دریای عمان آغاز شد.",
        "fa",
        "MOBILIZE",
        {"IRN", "CHN", "RUS"},
    ),
    (
        "نیروی دریایی ایران، روسیه و چین رزمایش مشترکی در اقیانوس هند برگزار کردند.",
        "fa",
        "MOBILIZE",
        {"IRN", "CHN", "RUS"},
    ),
    (
        "China, Russia and Iran began joint naval drills in the Gulf of Oman on Tuesday.",
        "en",
        "MOBILIZE",
        {"IRN", "CHN", "RUS"},
    ),
    (
        "بدأت روسيا والصين وإيران مناورات بحرية مشتركة في خليج عمان يوم الثلاثاء.",
        "ar",
        "MOBILIZE",
        {"IRN", "CHN", "RUS"},
    ),
    (
        "سحبت فرنسا وألمانيا وإيطاليا قواتها من مالي.",
        "ar",
        "RETREAT",
        {"FRA", "DEU", "ITA"},
    ),
]


@pytest.mark.parametrize(("text", "lang", "etype", "states"), JOINT_DEEDS)
def test_a_deed_done_side_by_side_by_several_states(
    text: str, lang: str, etype: str, states: set[str]
) -> None:
    assert states <= codes(text, lang, etype)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("ایران تاکنون هیچ نیرویی به سوریه اعزام نکرده است.", "MOBILIZE"),
        ("عربستان تاکنون هیچ کمکی به یمن ارسال نکرده است.", "AID"),
        ("پلیس انگلیس تاکنون کسی را در ارتباط با این حادثه بازداشت نکرده است.", "COERCE"),
    ],
)
def test_a_negated_perfect_denies_the_deed(text: str, etype: str) -> None:
    events = [e for e in run(text, "fa").events if e.type == etype]
    assert events and all(e.status == "negated" for e in events)


def test_a_perfect_still_reports() -> None:
    events = [e for e in run("پلیس کابل دو نفر را دستگیر کرده است.", "fa").events]
    assert any(e.type == "COERCE" and e.status == "reported" for e in events)
