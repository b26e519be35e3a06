"""Round 17 (actors17): a body right after a person's name is no title of his.

"دعا الرئيس المصري عبد الفتاح السيسي البرلمان إلى …", "حسن روحانی مجلس را
به … فراخواند": a body or a people noun with no office of its own
(parliament, the army, students) written right after a named man is the
object of his verb, the addressee of his call, not a title he holds
("محمد جواد ظريف وزير الخارجية" holds one: an office). Sentences written for
these tests, in ar, fa and en.

Likewise a people noun, then only a marker of the doer ("by", "من قبل",
"از سوی"), then a named body: the body did something to them ("یک
روزنامه‌نگار از سوی دادگاه انقلاب … محکوم شد"), they are not its members.
"""

from __future__ import annotations

import pytest

from casts import first_cast


@pytest.mark.parametrize(
    ("lang", "text", "cast_"),
    [
        (
            "ar",
            "دعا الرئيس المصري عبد الفتاح السيسي البرلمان إلى المصادقة على القانون الجديد.",
            ["EGY:GOV", "EGY:LEG"],
        ),
        (
            "ar",
            "حث الرئيس التونسي قيس سعيد النقابات على وقف الإضرابات في قطاع النقل.",
            ["TUN:GOV", "TUN:LAB"],
        ),
        (
            "fa",
            "حسن روحانی مجلس را به همکاری با دولت در تصویب بودجه فراخواند.",
            ["IRN:GOV", "IRN:LEG"],
        ),
        ("fa", "ابراهیم رئیسی دانشجویان را به آرامش دعوت کرد.", ["IRN:GOV", "IRN:EDU"]),
        ("fa", "ولادیمیر پوتین ارتش را به آماده باش کامل فراخواند.", ["RUS:GOV", "RUS:MIL"]),
        (
            "en",
            "President Kais Saied urged parliament to pass the budget quickly.",
            ["TUN:GOV", "TUN:LEG"],
        ),
        (
            "en",
            "Prime Minister Shehbaz Sharif asked the unions to call off the strike.",
            ["PAK:GOV", "PAK:LAB"],
        ),
    ],
)
def test_the_body_after_a_name_is_the_addressee(lang: str, text: str, cast_: list[str]) -> None:
    """The named man asks; the body after his name is whom he asks."""
    assert first_cast(text, lang, "REQUEST") == cast_


@pytest.mark.parametrize(
    ("lang", "text", "cast_"),
    [
        (
            "ar",
            "دعا محمد جواد ظريف وزير الخارجية الإيراني فرنسا إلى رفع العقوبات.",
            ["IRN:GOV", "FRA:None"],
        ),
        (
            "fa",
            "محمدباقر قالیباف رئیس مجلس از دولت خواست لایحه بودجه را اصلاح کند.",
            ["IRN:LEG", "IRN:GOV"],
        ),
        (
            "en",
            "Mohammad Javad Zarif, Iran's foreign minister, urged France to lift the sanctions.",
            ["IRN:GOV", "FRA:None"],
        ),
    ],
)
def test_an_office_after_a_name_is_still_his(lang: str, text: str, cast_: list[str]) -> None:
    """An office written after a name stays that man's title: he asks."""
    assert first_cast(text, lang, "REQUEST") == cast_


@pytest.mark.parametrize(
    ("lang", "text", "etype", "cast_"),
    [
        (
            "fa",
            "یک روزنامه‌نگار از سوی دادگاه انقلاب به پنج سال حبس محکوم شد.",
            "COERCE",
            ["IRN:JUD", "IRN:MED"],
        ),
        (
            "fa",
            "دو دانشجو توسط سپاه پاسداران در تهران بازداشت شدند.",
            "COERCE",
            ["IRN:MIL", "IRN:EDU"],
        ),
        ("ar", "اعتقل صحفي من قبل الحرس الثوري في طهران.", "COERCE", ["IRN:MIL", "IRN:MED"]),
        (
            "en",
            "Two activists were arrested by the Revolutionary Guards in Tehran.",
            "COERCE",
            ["IRN:MIL", "IRN:OPP"],
        ),
    ],
)
def test_people_before_a_doer_marker_are_no_members(
    lang: str, text: str, etype: str, cast_: list[str]
) -> None:
    """The named body after "by" did the deed; the people before it are
    whom it struck, not its members."""
    assert first_cast(text, lang, etype) == cast_
