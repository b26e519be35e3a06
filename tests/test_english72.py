"""English readings left by earlier rounds (round 72, english72; every
sentence written for these tests).

(1) A war told as going on, "the war between X and Y continues": English
noun phrases end at "and", save the one that joins the two sides "between"
names; Persian and Arabic read it since round 70 (guards here). A figure's
adjective before the war ("trade war", "price war") keeps it out.
"""

from __future__ import annotations

import pytest

from casts import cast, run

# (language, sentence, the sides the ASSAULT must have)
WARS = [
    (
        "en",
        "The war between government forces and the Taliban continues in Helmand.",
        {"AFG:MIL", "AFG:REB"},
    ),
    (
        "en",
        "The bloody war between Armenia and Azerbaijan went on for six weeks.",
        {"ARM:", "AZE:"},
    ),
    (
        "en",
        "War between the army and the rebels resumed in Darfur on Sunday.",
        {"SDN:MIL", "SDN:REB"},
    ),
    ("en", "Russia's war against Ukraine has continued despite the sanctions.", {"RUS:", "UKR:"}),
    # guards: read since round 70
    ("fa", "جنگ میان نیروهای امنیتی و طالبان در هلمند ادامه دارد.", {"AFG:COP", "AFG:REB"}),
    ("ar", "تتواصل الحرب بين الجيش السوداني وقوات الدعم السريع في دارفور.", None),
]


@pytest.mark.parametrize(("lang", "text", "sides"), WARS)
def test_war_between_sides_goes_on(lang: str, text: str, sides: set[str] | None) -> None:
    found = cast(run(text, lang), "ASSAULT")
    assert found
    if sides is not None:
        assert sides <= found


# A war of trade, prices or words, or one with a single side, is no clash.
NO_WARS = [
    ("en", "The trade war between the United States and China continues."),
    ("en", "A price war between Saudi Arabia and Russia intensified in March."),
    ("en", "The war of words between Tehran and Washington continues."),
    ("en", "The war in Yemen continues."),
    ("en", "The war against corruption between 2010 and 2015 continued."),
    ("fa", "جنگ تجاری میان آمریکا و چین ادامه دارد."),
    ("ar", "تتواصل الحرب التجارية بين الولايات المتحدة والصين."),
]


@pytest.mark.parametrize(("lang", "text"), NO_WARS)
def test_figure_of_war_is_no_clash(lang: str, text: str) -> None:
    assert not cast(run(text, lang), "ASSAULT")
