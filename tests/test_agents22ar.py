"""Round 22, Arabic agents. Sentences written for these tests, the same event
told in Arabic, Persian and English.

1. "قوات الجيش والشرطة": the forces and the army are read as two mentions of
   one actor; the conjunction after the repeat still joins the police to
   them, so the police are a side too, not lost behind the repeat
   (``participants.coordinated_groups``).
"""

from __future__ import annotations

import pytest

from casts import cast, run

# (lang, sentence, type, the cast of that type's events)
FORCES_AND_POLICE = [
    (
        "ar",
        "هاجم مسلحون قوات الجيش والشرطة في سيناء.",
        "ASSAULT",
        {"EGY:UAF", "EGY:MIL", "EGY:COP"},
    ),
    (
        "en",
        "Gunmen attacked army forces and police in Sinai.",
        "ASSAULT",
        {"EGY:UAF", "EGY:MIL", "EGY:COP"},
    ),
    (
        "ar",
        "اعتقلت قوات الجيش والشرطة عشرات المتظاهرين في القاهرة.",
        "COERCE",
        {"EGY:MIL", "EGY:COP", "EGY:CVL"},
    ),
    (
        "fa",
        "نیروهای ارتش و پلیس ده‌ها معترض را در قاهره بازداشت کردند.",
        "COERCE",
        {"EGY:MIL", "EGY:COP", "EGY:CVL"},
    ),
    (
        "en",
        "Army forces and police arrested dozens of protesters in Cairo.",
        "COERCE",
        {"EGY:MIL", "EGY:COP", "EGY:CVL"},
    ),
    (
        "ar",
        "هاجم مسلحون قوات الجيش والشرطة المصرية.",
        "ASSAULT",
        {"-:UAF", "EGY:MIL", "EGY:COP"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actors"), FORCES_AND_POLICE)
def test_police_after_the_forces_of_the_army(
    lang: str, text: str, etype: str, actors: set[str]
) -> None:
    assert cast(run(text, lang), etype) == actors
