"""Sides of deeds of force told from their victims' side (round 40,
doers40; every sentence written for these tests).

- who visits the wounded, the victims or the scene of a deed is no side of
  it: the visitor is not its doer, whom it struck stays, the doer is the
  unnamed attackers (``extract/visitors``);
- a deed told in a passive spelled as one (Arabic voweled "قُتل",
  "استُهدف", listed "هوجم", "اغتيل", a verbal noun after "تم"/"جرى";
  English "was attacked") names whom it struck, its doer unnamed
  (``extract/struck_passive``); Arabic "هدفا لهجوم" is undergone like
  "تعرض لهجوم";
- a capital glued to the deed's noun ("تفجير دمشق") tells where, and is no
  victim beside the victims named (``place_doer.where_states_out``).
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# One sentence in each language and its readings: the visitor is no side.
VISITS: list[tuple[str, str, set[str]]] = [
    (
        "The Jordanian health minister visited the wounded Jordanians of the hotel bombing.",
        "en",
        {"ASSAULT reported -:UAF JOR:CVL", "CONSULT reported JOR:GOV JOR:CVL"},
    ),
    (
        "زار وزير الصحة الأردني يوم الجمعة الجرحى الذين أصيبوا في تفجير الفندق.",
        "ar",
        {"ASSAULT reported -:UAF JOR:CVL", "CONSULT reported JOR:GOV JOR:CVL"},
    ),
    (
        "وزیر بهداشت اردن روز جمعه از مجروحان بمب‌گذاری هتل عیادت کرد.",
        "fa",
        {"ASSAULT reported JOR:UAF JOR:CVL"},
    ),
    (
        "رئیس جمهور لبنان از مجروحان انفجار بیروت در بیمارستان دیدن کرد.",
        "fa",
        # actors72: the hospital the wounded lie in is where, no victim
        {"ASSAULT reported LBN:UAF LBN:CVL"},
    ),
]

# One language: the construction's other forms, and what must stay.
CASES: list[tuple[str, str, set[str]]] = [
    # the visitor of the wounded is no attacker
    (
        "تفقد وزير الداخلية التونسي المصابين من رجال الحرس في الهجوم على الثكنة.",
        "ar",
        {"ASSAULT reported -:UAF TUN:CVL"},
    ),
    (
        "The Kenyan interior minister visited the injured policemen of the ambush.",
        "en",
        {"ASSAULT reported -:UAF KEN:COP", "CONSULT reported KEN:GOV KEN:COP"},
    ),
    # a visit to no victim leaves the deed's sides alone
    (
        "Kenyan troops attacked a rebel camp in Somalia before the Somali president visited the border town.",
        "en",
        {"ASSAULT reported KEN:MIL SOM:REB", "MOBILIZE reported KEN:MIL SOM:REB"},
    ),
    # the passive spelled as one: whom it struck, the doer unnamed
    (
        "استُهدفت قافلة للجيش الباكستاني قرب بيشاور.",
        "ar",
        {"ASSAULT reported PAK:UAF PAK:MIL"},
    ),
    (
        "هوجم مركز للشرطة المصرية في العريش.",
        "ar",
        {"ASSAULT reported EGY:UAF EGY:COP"},
    ),
    (
        "وتم استهداف دورية للجيش الليبي جنوب سرت.",
        "ar",
        {"ASSAULT reported LBY:UAF LBY:MIL"},
    ),
    (
        "كانت قاعدة للجيش الصومالي هدفا لهجوم قرب كيسمايو.",
        "ar",
        {"ASSAULT reported SOM:UAF SOM:MIL"},
    ),
    (
        "A Nigerian army base was attacked on Tuesday night.",
        "en",
        {"ASSAULT reported -:UAF NGA:MIL"},
    ),
    # the active, or a named agent of the passive, keeps its doer
    (
        "استهدفت الطائرات الروسية مواقع للمعارضة السورية.",
        "ar",
        {"ASSAULT reported RUS:MIL SYR:OPP"},
    ),
    (
        "A Nigerian army base was attacked by gunmen on Tuesday night.",
        "en",
        {"ASSAULT reported NGA:UAF NGA:MIL"},
    ),
    # the capital glued to the deed's noun tells where
    (
        "أصيب عشرات المدنيين في تفجير دمشق.",
        "ar",
        {"ASSAULT reported SYR:UAF SYR:CVL"},
    ),
]


@pytest.mark.parametrize(("text", "lang", "want"), VISITS)
def test_visitor_is_no_side(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_case(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want


def test_voweled_passive_only_on_a_perfect() -> None:
    """The damma of an imperfect's prefix ("يُهاجم") is active as well."""
    from diplowatch.extract.actor_context import context
    from diplowatch.extract.struck_passive import _voweled

    ctx = context("ar")
    assert all(_voweled(w, ctx) for w in ("قُتل", "استُهدف", "وقُتل", "اعتُقل", "أُطلق"))
    assert not any(
        _voweled(w, ctx) for w in ("يُهاجم", "قتل", "استهدف", "أَطْلَقُوا", "أصابُوا", "أسقطُوا", "كبُر")
    )
