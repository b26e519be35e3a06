"""Agents that depend on whose force it is (round 64; sentences written for
these tests).

- A national guard is a gendarmerie in some states and an army in others:
  Arabic "الحرس الوطني" stays Tunisia's police but is Saudi Arabia's, the
  United States' and Kuwait's army; Persian "گارد ملی" and English
  "national guard" stay an army but are Tunisia's and Venezuela's police
  (``agents.AGENTS_BY_STATE``, ``extract/state_agents.py``);
- a bare "forces" head right before such a police force is that force's, one
  actor ("قوات الحرس الوطني التونسي", "نیروهای گارد ملی تونس");
- a conscript "of" a police body ("مجندا من الأمن المركزي") is the police's,
  as "مجندا بالأمن المركزي" already was; one of the army stays the army's.
"""

from __future__ import annotations

import pytest

from casts import actor_pairs

Actor = tuple[str | None, str | None]


# each guard with the agent its state gives it, and one it must not have
GUARDS: list[tuple[str, str, Actor, Actor]] = [
    (
        "أعلنت قوات الحرس الوطني السعودي أنها اعتقلت ثلاثة مهربين.",
        "ar",
        ("SAU", "MIL"),
        ("SAU", "COP"),
    ),
    (
        "أمر حاكم تكساس الحرس الوطني الأمريكي بمراقبة التمارين العسكرية.",
        "ar",
        ("USA", "MIL"),
        ("USA", "COP"),
    ),
    (
        "نشرت الكويت قوات من الحرس الوطني الكويتي على الحدود.",
        "ar",
        ("KWT", "MIL"),
        ("KWT", "COP"),
    ),
    ("گارد ملی تونس سه قاچاقچی را بازداشت کرد.", "fa", ("TUN", "COP"), ("TUN", "MIL")),
    (
        "نیروهای گارد ملی تونس دو قاچاقچی را در مرز لیبی دستگیر کردند.",
        "fa",
        ("TUN", "COP"),
        ("TUN", "MIL"),
    ),
    (
        "The Tunisian National Guard arrested three smugglers near Tataouine.",
        "en",
        ("TUN", "COP"),
        ("TUN", "MIL"),
    ),
    (
        "Venezuela's National Guard fired tear gas at protesters in Caracas.",
        "en",
        ("VEN", "COP"),
        ("VEN", "MIL"),
    ),
    # Tunisia's garde nationale stays the police, its forces too
    (
        "اعتقلت وحدات الحرس الوطني في تطاوين ثلاثة مهربين تونسيين.",
        "ar",
        ("TUN", "COP"),
        ("TUN", "MIL"),
    ),
    (
        "اعتقلت قوات الحرس الوطني التونسي ثلاثة مهربين في تطاوين.",
        "ar",
        ("TUN", "COP"),
        ("TUN", "MIL"),
    ),
    # an army's guard stays an army in the languages that read it so
    (
        "گارد ملی آمریکا معترضان را در مینیاپولیس متفرق کرد.",
        "fa",
        ("USA", "MIL"),
        ("USA", "COP"),
    ),
    (
        "The US National Guard dispersed protesters in Minneapolis.",
        "en",
        ("USA", "MIL"),
        ("USA", "COP"),
    ),
]


@pytest.mark.parametrize(("text", "lang", "actor", "not_actor"), GUARDS)
def test_a_national_guard_is_its_states_force(
    text: str, lang: str, actor: Actor, not_actor: Actor
) -> None:
    """The guard takes the agent its state's guard is; only the states listed
    change it."""
    found = actor_pairs(text, lang)
    assert actor in found, found
    assert not_actor not in found, found


@pytest.mark.parametrize(
    ("text", "actor", "not_actor"),
    [
        ("قتل مسلحون 25 مجندا من الأمن المركزي في شمال سيناء.", ("EGY", "COP"), ("EGY", "MIL")),
        ("قتل مسلحون مجندا من الشرطة المصرية في العريش.", ("EGY", "COP"), ("EGY", "MIL")),
        # a conscript of the army is the army's
        ("قتل مسلحون ثلاثة مجندين من الجيش المصري في سيناء.", ("EGY", "MIL"), ("EGY", "COP")),
    ],
)
def test_a_conscript_of_the_police_is_the_polices(
    text: str, actor: Actor, not_actor: Actor
) -> None:
    """ "من" names the body the conscript serves in, as "ب" does."""
    found = actor_pairs(text, "ar")
    assert actor in found, found
    assert not_actor not in found, found
