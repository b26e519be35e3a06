"""Disaster cues that are also a month or a common word (round 87, bahman87;
every sentence written for these tests).

Persian "بهمن" is the month Bahman ("۱۴ بهمن", "بهمن ماه ۱۳۹۹") and a given
name far more often than an avalanche: as a bare disaster cue
(``status.DISASTER_CUES``) it made every deed of a sentence dated in Bahman
an accident with no doer (no event). It is an avalanche only with a word of
its fall or its victims ("ریزش بهمن", "زیر بهمن"). English "storm" is the
weather's cue, and the verb of a raid too ("tried to storm the embassy"):
"to storm" and "storm the" are attack words (``status.ATTACK_CUES``), as is
"outbreak of violence/fighting/…" (an outbreak is a disease's cue).
Arabic lists no month or common word among its disaster cues: its cases
are guards.

Cases marked "fails on main" gave the wrong reading on main (6a6e353f);
"guard" cases held there and must keep holding.
"""

from __future__ import annotations

import pytest

from casts import run


def _types(text: str, lang: str) -> set[str]:
    """The types of every event read in ``text``."""
    return {e.type for e in run(text, lang).events}


TOLD = [
    # fails on main: no COERCE (the day and month read as an avalanche)
    ("fa", "دادگاهی در تبریز روز ۱۴ بهمن سه روزنامه‌نگار را به پنج سال زندان محکوم کرد.", "COERCE"),
    # fails on main: no COERCE ("بهمن ماه")
    ("fa", "دادگاه انقلاب مشهد در بهمن ماه دو فعال کارگری را به زندان محکوم کرد.", "COERCE"),
    # fails on main: no COERCE (month and year)
    ("fa", "دادگاه تجدید نظر در بهمن ۱۴۰۰ دو فعال مدنی را به شش سال زندان محکوم کرد.", "COERCE"),
    # guard: an armed doer kept the arrest on main too
    ("fa", "ماموران امنیتی در بهمن ۱۴۰۰ چهار دانشجو را در شیراز بازداشت کردند.", "COERCE"),
    # guard: the given name Bahman, a speaker
    ("fa", "بهمن رستمی گفت پلیس دیروز سه معترض را در اهواز بازداشت کرد.", "COERCE"),
    # fails on main: no ASSAULT (the verb of a raid, no armed actor named)
    ("en", "Angry students storm the Danish consulate in Karachi.", "ASSAULT"),
    # fails on main: no ASSAULT
    (
        "en",
        "Dozens of farmers tried to storm the governor's office in Multan on Sunday.",
        "ASSAULT",
    ),
    # fails on main: no ASSAULT (an outbreak of fighting read as a disease's)
    ("en", "The outbreak of violence between two clans in Jos killed eleven villagers.", "ASSAULT"),
    # guard: a date with a Levantine month and a storming
    ("ar", "اقتحم مئات الطلاب مبنى القنصلية الدنماركية في بيروت في 5 شباط.", "ASSAULT"),
    # guard: a Persian month that is no cue
    ("fa", "دادگاهی در تبریز روز ۱۴ آذر سه روزنامه‌نگار را به پنج سال زندان محکوم کرد.", "COERCE"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), TOLD)
def test_month_or_verb_is_no_disaster(lang: str, text: str, etype: str) -> None:
    assert etype in _types(text, lang)


ACCIDENTS = [
    # guard: an avalanche's fall kills climbers: no attack
    ("fa", "ریزش بهمن در ارتفاعات دماوند هفت کوهنورد را کشت.", "ASSAULT"),
    # guard: victims under an avalanche
    ("fa", "شش کارگر راهداری زیر بهمن در گردنه حیران جان باختند.", "ASSAULT"),
    # guard: the weather's storm
    ("en", "A storm hit the coast of Oman on Monday, killing twelve people.", "ASSAULT"),
    # guard: a disease's outbreak
    ("en", "An outbreak of cholera killed thirty people in Taiz last week.", "ASSAULT"),
    # guard: an Arabic fire in a month of the Levant
    ("ar", "قتل ستة أشخاص في حريق اندلع في سوق بحلب في 3 آذار.", "ASSAULT"),
    # guard: an Arabic earthquake
    ("ar", "أودى الزلزال الذي ضرب شمال المغرب في أيلول بحياة عشرين شخصا.", "ASSAULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), ACCIDENTS)
def test_disaster_still_no_attack(lang: str, text: str, etype: str) -> None:
    assert etype not in _types(text, lang)
