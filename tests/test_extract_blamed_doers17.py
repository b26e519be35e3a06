"""Round 17 (actors17): an attack blamed on an armed group has it as its doer.

"a bombing that officials blamed on the Islamic State", "اتهمت السلطات
تنظيم داعش بالوقوف وراء الهجوم", "مقامات جیش العدل را عامل این حمله
دانستند": the armed group the blame names did the sentence's attacks, as
a group that claims one does (``status.CLAIM_CUES``, extract/claims.py), and
acts first. A state blamed is no armed group and names no doer here.
Sentences written for these tests, in ar, fa and en.
"""

from __future__ import annotations

import pytest

from casts import first_cast


@pytest.mark.parametrize(
    ("lang", "text", "doer", "victim"),
    [
        (
            "en",
            "A car bomb killed nine soldiers in Mogadishu, an attack the government blamed on"
            " al-Shabaab.",
            "SOM:REB",
            "SOM:MIL",
        ),
        (
            "en",
            "Twelve people were killed in a bombing at a market in Baghdad that officials blamed"
            " on the Islamic State.",
            "-:REB",
            "IRQ:CVL",
        ),
        (
            "ar",
            "قتل 12 شخصا في تفجير استهدف سوقا في بغداد، واتهمت السلطات تنظيم داعش بالوقوف وراء"
            " الهجوم.",
            "-:REB",
            "IRQ:CVL",
        ),
        (
            "fa",
            "در انفجار بمب در بازاری در بغداد ۱۲ نفر کشته شدند و مقامات عراقی داعش را عامل این"
            " انفجار دانستند.",
            "-:REB",
            "IRQ:CVL",
        ),
        (
            "fa",
            "در حمله به یک پاسگاه مرزی در سیستان و بلوچستان سه مرزبان کشته شدند و مقامات گروه"
            " جیش العدل را عامل این حمله دانستند.",
            "IRN:REB",
            "IRN:COP",
        ),
    ],
)
def test_the_blamed_armed_group_did_the_attack(
    lang: str, text: str, doer: str, victim: str
) -> None:
    """The armed group the blame names is the attack's doer, first; its
    victims follow."""
    cast_ = first_cast(text, lang, "ASSAULT")
    assert cast_[0] == doer
    assert victim in cast_


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Israel blamed Iran for the drone attack on the tanker off Oman."),
        ("ar", "اتهمت إسرائيل إيران بالوقوف وراء الهجوم على الناقلة قبالة سواحل عمان."),
        ("fa", "اسرائیل ایران را عامل این حمله به نفتکش در دریای عمان دانست."),
    ],
)
def test_a_blamed_state_is_no_armed_doer(lang: str, text: str) -> None:
    """A state blamed is no armed group: no rebel doer appears."""
    from casts import run

    events = [e for e in run(text, lang).events if e.type == "ASSAULT"]
    for e in events:
        assert not any(a.agent == "REB" for a in e.actors)
