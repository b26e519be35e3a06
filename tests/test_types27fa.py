"""Persian event types told the common ways news tells them, read as the
same event told in Arabic and English (round 27; sentences written for these
tests).

- wounding in the active voice ("را زخمی کردند", "مجروح کرده‌اند") is an
  attack, as the passive "زخمی شدند", Arabic "أصيب … برصاص" and English
  "wounded by gunfire" are;
- rockets or missiles thrown or fired toward someone ("به سوی اسرائیل راکت
  پرتاب کرد", "به سمت … پرتاب شد") are an attack, as Arabic "أطلق صواريخ
  باتجاه" and English "fired rockets toward"; a satellite sent into space is
  none;
- people freed from prison or captivity ("از زندان رها شدند", "گروگان‌ها را
  رها کرد") are released, PLOVER CONCEDE; a plan dropped is no release;
- a speaker asking in the present ("از دولت عراق می‌خواهیم …") makes a
  request, as Arabic "نطلب من" and English "we ask"; "wanting" with no one
  asked is none, nor is "many of the people want".
"""

from __future__ import annotations

import pytest

from casts import run


def _types(text: str, lang: str) -> set[str]:
    return {e.type for e in run(text, lang).events}


def _codes(text: str, lang: str, etype: str) -> set[str | None]:
    return {a.code for e in run(text, lang).events if e.type == etype for a in e.actors}


@pytest.mark.parametrize(
    ("text", "lang", "etype", "codes"),
    [
        # wounding
        ("مسلحان طالبان ده سرباز افغان را زخمی کردند.", "fa", "ASSAULT", {"AFG"}),
        ("مسلحان طالبان ده سرباز افغان را مجروح کرده‌اند.", "fa", "ASSAULT", {"AFG"}),
        ("Ten Afghan soldiers were wounded by Taliban gunfire.", "en", "ASSAULT", {"AFG"}),
        ("أصيب عشرة جنود أفغان برصاص مسلحي طالبان.", "ar", "ASSAULT", {"AFG"}),
        # rockets fired toward a side
        ("حماس ده راکت به سوی اسرائیل پرتاب کرد.", "fa", "ASSAULT", {"PSE", "ISR"}),
        ("Hamas fired ten rockets toward Israel.", "en", "ASSAULT", {"PSE", "ISR"}),
        ("أطلقت حماس عشرة صواريخ باتجاه إسرائيل.", "ar", "ASSAULT", {"PSE", "ISR"}),
        ("ده راکت از غزه به سمت اسرائیل پرتاب شد.", "fa", "ASSAULT", {"PSE", "ISR"}),
        ("Ten rockets were fired from Gaza toward Israel.", "en", "ASSAULT", {"PSE", "ISR"}),
        ("أطلقت عشرة صواريخ من غزة باتجاه إسرائيل.", "ar", "ASSAULT", {"PSE", "ISR"}),
        # released from prison or captivity
        ("دو ملوان آمریکایی از زندان ایران رها شدند.", "fa", "CONCEDE", {"IRN", "USA"}),
        ("ایران دو گروگان آمریکایی را رها کرد.", "fa", "CONCEDE", {"IRN", "USA"}),
        (
            "Two American sailors were freed from an Iranian prison.",
            "en",
            "CONCEDE",
            {"IRN", "USA"},
        ),
        ("أفرج عن بحارين أمريكيين من سجن إيراني.", "ar", "CONCEDE", {"IRN", "USA"}),
        # asking in the present
        ("ما از دولت عراق می‌خواهیم زندانیان را آزاد کند.", "fa", "REQUEST", {"IRQ"}),
        ("We ask the Iraqi government to release the prisoners.", "en", "REQUEST", {"IRQ"}),
        ("نطلب من الحكومة العراقية الإفراج عن السجناء.", "ar", "REQUEST", {"IRQ"}),
        ("از دولت عراق می‌خواهم بازداشت‌شدگان را آزاد کند.", "fa", "REQUEST", {"IRQ"}),
        (
            "I ask the Iraqi government to release the detainees.",
            "en",
            "REQUEST",
            {"IRQ"},
        ),
        ("نطلب من الحكومة العراقية الإفراج عن المعتقلين.", "ar", "REQUEST", {"IRQ"}),
    ],
)
def test_event_read_in_each_language(text: str, lang: str, etype: str, codes: set[str]) -> None:
    assert etype in _types(text, lang)
    assert codes <= _codes(text, lang, etype)


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        ("ایران یک ماهواره به فضا پرتاب کرد.", "fa", "ASSAULT"),
        ("Iran launched a satellite into space.", "en", "ASSAULT"),
        ("أطلقت إيران قمرا صناعيا إلى الفضاء.", "ar", "ASSAULT"),
        ("وزیر خارجه ایران برنامه سفر خود را رها کرد.", "fa", "CONCEDE"),
        ("The Iranian foreign minister abandoned his travel plan.", "en", "CONCEDE"),
        ("تخلى وزير الخارجية الإيراني عن خطة سفره.", "ar", "CONCEDE"),
        ("پس از پایان جنگ، مردم عراق می‌خواهند به خانه‌های خود بازگردند.", "fa", "REQUEST"),
        ("After the war ends, the people of Iraq want to return to their homes.", "en", "REQUEST"),
        ("بعد انتهاء الحرب يريد أهالي العراق العودة إلى منازلهم.", "ar", "REQUEST"),
        ("بسیاری از مردم عراق می‌خواهند به خانه‌های خود بازگردند.", "fa", "REQUEST"),
        ("Many of the people of Iraq want to return to their homes.", "en", "REQUEST"),
        ("يريد كثير من أهالي العراق العودة إلى منازلهم.", "ar", "REQUEST"),
    ],
)
def test_no_such_event(text: str, lang: str, etype: str) -> None:
    assert etype not in _types(text, lang)
