"""A person named after an honorific, the object of an arrest or sentence,
is its civilian side (round 68; sentences written for these tests).

- Persian: "آقای/خانم" + a name no list knows + "را", and a verb of arrest
  (``agents.HELD_VERBS`` with its light verb) within reach after it, even
  past a date or the doer ("را روز ۱۲ مهر دستگیر کرد");
- Arabic and English: the verb of arrest first, within reach before the
  honorific ("اعتقلت الشرطة السيد …", "Police arrested Mr. …");
- not a name that speaks of another's arrest, nor one before a noun of
  arrest that is no verb ("در جریان بازداشت … قرار داد"), nor one past a
  clause break.
"""

from __future__ import annotations

import pytest

from casts import run


def _agents(text: str, lang: str) -> set[str | None]:
    found = [e for e in run(text, lang).events if e.type == "COERCE"]
    assert found, f"no COERCE in {text}"
    return {a.agent for e in found for a in e.actors}


@pytest.mark.parametrize(
    ("text", "lang", "doer"),
    [
        ("پلیس آقای ملکوتیان را دیروز بازداشت کرد.", "fa", "COP"),
        ("ماموران امنیتی خانم نیک‌سرشت را روز ۱۲ مهر ۱۳۹۹ در خانه‌اش دستگیر کردند.", "fa", "COP"),
        ("دادگاه انقلاب آقای ملکوتیان را به شش سال زندان محکوم کرد.", "fa", "JUD"),
        ("Police arrested Mr. Malakutian at his home on Sunday.", "en", "COP"),
        ("The court sentenced Ms. Niksereshti to six years in prison.", "en", "JUD"),
        ("اعتقلت الشرطة السيد الملكوتي في منزله يوم الأحد.", "ar", "COP"),
    ],
)
def test_the_person_held_is_a_civilian_side(text: str, lang: str, doer: str) -> None:
    """The held person is the second side, after the police or the court
    that held him (mendD68: the order, not only the presence)."""
    found = [e for e in run(text, lang).events if e.type == "COERCE"]
    assert found, f"no COERCE in {text}"
    assert [a.agent for a in found[0].actors][:2] == [doer, "CVL"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("آقای ملکوتیان گفت پلیس دیروز قاچاقچیان را بازداشت کرد.", "fa"),
        ("پلیس آقای ملکوتیان را در جریان بازداشت قاچاقچیان قرار داد.", "fa"),
        ("Mr. Malakutian said the police arrested the smugglers.", "en"),
        ("Police arrested the smugglers, Mr. Malakutian said.", "en"),
        ("قال السيد الملكوتي إن الشرطة اعتقلت المهربين.", "ar"),
    ],
)
def test_a_named_person_elsewhere_is_no_side(text: str, lang: str) -> None:
    assert "CVL" not in _agents(text, lang)
