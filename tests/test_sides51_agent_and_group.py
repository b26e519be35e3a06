"""An agent noun and a named group joined by "and" are two sides (round 51,
sides51).

Persian writes "و" as a word of its own, and a title chain may take one
short word between two of its parts; an agent noun followed by "و" and a
named group ("پلیس و سپاه پاسداران", "نیروی انتظامی و سپاه پاسداران") was
read as the group's own members, so the police were lost. A conjunction
between an agent noun and what follows (or precedes) it makes two actors
(``titles._chained``), as it already did between two agent nouns ("ارتش و
شورشیان"). Arabic glues "و" to the second word ("الشرطة والحرس الثوري")
and English reads "and" apart: their tests check the same two sides.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import run


def _sides(text: str, lang: str, etype: str) -> set[tuple[str | None, ...]]:
    return {
        tuple(f"{a.code}:{a.agent}" for a in e.actors)
        for e in run(text, lang).events
        if e.type == etype
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("پلیس و سپاه پاسداران ده‌ها معترض را بازداشت کردند.", "fa"),
        ("اعتقلت الشرطة والحرس الثوري عشرات المحتجين.", "ar"),
        ("Police and the Revolutionary Guards arrested dozens of protesters.", "en"),
    ],
)
def test_police_and_guards_both_arrest(text: str, lang: str) -> None:
    assert _sides(text, lang, "COERCE") == {("IRN:COP", "IRN:CVL"), ("IRN:MIL", "IRN:CVL")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وزیر کشور از نیروی انتظامی و سپاه پاسداران قدردانی کرد.", "fa"),
        ("وزیر کشور از نیروهای امنیتی و سپاه پاسداران قدردانی کرد.", "fa"),
        ("The Iranian interior minister praised the police and the Revolutionary Guards.", "en"),
    ],
)
def test_both_praised(text: str, lang: str) -> None:
    assert _sides(text, lang, "SUPPORT") == {("IRN:GOV", "IRN:COP"), ("IRN:GOV", "IRN:MIL")}


def test_group_members_still_the_group() -> None:
    """Without a conjunction the agent noun is the group's own: one side."""
    sides = _sides("شورشیان حوثی به یک پایگاه نظامی در عربستان حمله کردند.", "fa", "ASSAULT")
    assert sides
    assert all(s[0] == "YEM:REB" for s in sides)
