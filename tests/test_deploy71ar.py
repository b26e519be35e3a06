"""Troops sent to a place are their sender's, not the place's (round 71;
sentences written for these tests).

- Arabic: a place glued to "ب" a word after the troops' preposition ("في
  قاعدة بالدوحة", "إلى معسكر بأفغانستان", "من قاعدة بالعراق") no longer
  lends the troops its country when a verb of sending stands before them:
  the sender named before keeps its forces, and the state sent to stays a
  side of its own (``countries._placed_agent``, ``_sent_troops``);
- without such a verb the place is still the agent's ("المحكمة الابتدائية
  بتونس", soldiers killed "في هجوم بمالي" are not made another state's);
- Persian and English read the same sentences right already (guards).
"""

from __future__ import annotations

import pytest

from casts import cast, run

# a sentence, its language, its event type and the whole cast of that type
SENDER_KEEPS: list[tuple[str, str, str, set[str]]] = [
    ("ستنشر تركيا 200 جندي في قاعدة بالدوحة.", "ar", "MOBILIZE", {"TUR:MIL"}),
    ("أرسلت ألمانيا 500 جندي إلى معسكر بأفغانستان.", "ar", "MOBILIZE", {"DEU:MIL", "AFG:"}),
    ("تعتزم فرنسا نشر نحو ألف جندي في قاعدة بالنيجر.", "ar", "MOBILIZE", {"FRA:MIL", "NER:"}),
    ("ستسحب بريطانيا 300 جندي من قاعدة بالعراق.", "ar", "RETREAT", {"GBR:MIL", "IRQ:"}),
    ("نشر الجيش التركي 200 جندي في معسكر بالدوحة.", "ar", "MOBILIZE", {"TUR:MIL"}),
    ("ترکیه ۲۰۰ سرباز در پایگاهی در دوحه مستقر می‌کند.", "fa", "MOBILIZE", {"TUR:MIL"}),
    (
        "آلمان ۵۰۰ سرباز را به پایگاهی در افغانستان اعزام کرد.",
        "fa",
        "MOBILIZE",
        {"DEU:MIL", "AFG:"},
    ),
    ("Turkey will deploy 200 soldiers at a base in Doha.", "en", "MOBILIZE", {"TUR:MIL"}),
    ("France will deploy about 1,000 troops at a base in Niger.", "en", "MOBILIZE", {"FRA:MIL"}),
]


@pytest.mark.parametrize(("text", "lang", "etype", "expected"), SENDER_KEEPS)
def test_sent_troops_keep_their_sender(
    text: str, lang: str, etype: str, expected: set[str]
) -> None:
    assert cast(run(text, lang), etype) == expected


# no verb of sending before the agent: the place glued to "ب" is still its own
PLACE_KEPT: list[tuple[str, str, str, str]] = [
    ("قضت المحكمة الابتدائية بتونس بسجن المتهم.", "ar", "COERCE", "TUN:JUD"),
    ("قتل جنديان في هجوم ببغداد.", "ar", "ASSAULT", "IRQ:MIL"),
    ("مقتل اثنين من المتمردين في اشتباكات بالهند.", "ar", "ASSAULT", "IND:REB"),
    ("Four soldiers were killed in an attack in Mali.", "en", "ASSAULT", "MLI:MIL"),
]


@pytest.mark.parametrize(("text", "lang", "etype", "actor"), PLACE_KEPT)
def test_a_place_without_sending_stays_the_agents(
    text: str, lang: str, etype: str, actor: str
) -> None:
    assert actor in cast(run(text, lang), etype)


def test_killed_soldiers_take_no_side_from_the_place() -> None:
    """Soldiers killed "في هجوم بسوريا": no verb of sending, so the state is
    not split off as a side of the killing (it would be read as the doer)."""
    assert cast(run("قتل خمسة جنود في هجوم بسوريا.", "ar"), "ASSAULT") == {"-:UAF", "SYR:MIL"}
