"""A blame told in a phone call (round 60, calls60; every sentence written
for these tests).

"أدان X في اتصال هاتفي مع Y …", "X condemned … during a phone call with
Y": the call was held (CONSULT X–Y, reported; the verb's doer is lent to
the call noun) and the partner is no side of the blame
(``nonevents.held_call``, ``events._call_sides``). A call with no partner
word ("في اتصال هاتفي بإذاعة …") or named before the verb stays as it was.
"""

from __future__ import annotations

import pytest

from casts import run

# (language, sentence, the call's sides, the blame's sides)
HELD: list[tuple[str, str, set[str], set[str]]] = [
    (
        "ar",
        "أدان وزير الخارجية المصري في اتصال هاتفي مع نظيره الأردني القصف على المدنيين في السودان.",
        {"EGY:GOV", "JOR:GOV"},
        {"EGY:GOV"},
    ),
    (
        "ar",
        "انتقد الرئيس التركي خلال اتصال هاتفي مع الرئيس الفرنسي الهجمات على المدارس.",
        {"TUR:GOV", "FRA:GOV"},
        {"TUR:GOV"},
    ),
    (
        "en",
        "The Egyptian foreign minister condemned the shelling of civilians in Sudan during a "
        "phone call with his Jordanian counterpart.",
        {"EGY:GOV", "JOR:GOV"},
        {"EGY:GOV"},
    ),
]


def _sides(text: str, lang: str, etype: str) -> list[tuple[str, set[str]]]:
    """Status and 'CODE:AGENT' sides of each event of ``etype``."""
    return [
        (e.status, {f"{a.code}:{a.agent}" for a in e.actors})
        for e in run(text, lang).events
        if e.type == etype
    ]


@pytest.mark.parametrize(("lang", "text", "call", "blame"), HELD)
def test_call_held_with_both_sides(lang: str, text: str, call: set[str], blame: set[str]) -> None:
    assert ("reported", call) in _sides(text, lang, "CONSULT")


@pytest.mark.parametrize(("lang", "text", "call", "blame"), HELD)
def test_partner_no_side_of_blame(lang: str, text: str, call: set[str], blame: set[str]) -> None:
    blames = _sides(text, lang, "ACCUSE")
    assert blames and all(blame <= sides and not (call - blame) & sides for _, sides in blames)


def test_persian_call_before_demand_kept() -> None:
    text = "وزیر خارجه مصر در تماس تلفنی با وزیر خارجه اردن خواستار توقف حملات به غیرنظامیان شد."
    assert ("reported", {"EGY:GOV", "JOR:GOV"}) in _sides(text, "fa", "CONSULT")


def test_blame_of_the_partner_kept_without_call() -> None:
    # no call: the one named after the verb is what is blamed
    text = "The Egyptian foreign minister condemned Israel for the shelling of civilians in Gaza."
    assert ("reported", {"EGY:GOV", "ISR:None"}) in _sides(text, "en", "ACCUSE") or any(
        "ISR" in "".join(sides) for _, sides in _sides(text, "en", "ACCUSE")
    )


def test_call_with_radio_gives_no_sides_lent() -> None:
    # a call to a radio station, no partner word: nothing lent, no state call
    text = "أدان وزير الخارجية المصري في اتصال هاتفي بإذاعة محلية القصف على المدنيين."
    assert not any(
        "EGY:GOV" in sides and len(sides) > 1 for _, sides in _sides(text, "ar", "CONSULT")
    )


def test_persian_call_before_blame_is_found() -> None:
    # the call heads a phrase of occasion, not the object "را" closes
    text = "وزیر خارجه مصر در تماس تلفنی با وزیر خارجه اردن حمله به مدارس سودان را محکوم کرد."
    assert ("reported", {"EGY:GOV", "JOR:GOV"}) in _sides(text, "fa", "CONSULT")
    assert all("JOR:GOV" not in sides for _, sides in _sides(text, "fa", "ACCUSE"))


def test_call_asked_for_is_no_call_held() -> None:
    text = "The Egyptian foreign minister called for a phone call with his Jordanian counterpart."
    assert ("reported", {"EGY:GOV", "JOR:GOV"}) not in _sides(text, "en", "CONSULT")


def test_persian_call_object_of_verb_stays_dropped() -> None:
    # a call that is the object ("تماس تلفنی … را رد کرد"), no opener: no call held
    text = "وزیر خارجه مصر تماس تلفنی وزیر خارجه اردن را رد کرد."
    assert ("reported", {"EGY:GOV", "JOR:GOV"}) not in _sides(text, "fa", "CONSULT")
