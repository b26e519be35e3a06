"""A state after a title is the title's own unless the verb takes it
(round 61; sentences written for these tests).

- Persian marks the direct object with "را": a state right after a title
  that opens its clause and right before "را" (after a space or a ZWNJ) is
  whom the verb acts on, not the title's country;
- with no "را" ("فرمانده نیروی دریایی ارتش ایران"), after a comma (an
  apposition or an adverbial before the object phrase) or after an agent
  noun ("ملت ایران را"), the country stays the title's or noun's own;
- the IRGC's commands (fa "فرمانده کل سپاه", ar "قائد الحرس الثوري", en
  "the IRGC commander") are offices of Iran's state forces: MIL, official.
"""

from __future__ import annotations

import pytest

from casts import run

Actor = tuple[str | None, str | None, str | None]


def _events(text: str, lang: str) -> list[tuple[str, list[Actor]]]:
    return [(e.type, [(a.code, a.agent, a.role) for a in e.actors]) for e in run(text, lang).events]


def _sides(text: str, lang: str, kind: str) -> list[Actor]:
    found = [actors for t, actors in _events(text, lang) if t == kind]
    assert found, f"no {kind} in {text}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("فرمانده سنتکام ایران را تهدید کرد.", ("USA", "MIL", "official"), ("IRN", None, None)),
        ("فرمانده سنتکام ایران‌را تهدید کرد.", ("USA", "MIL", "official"), ("IRN", None, None)),
        ("فرمانده کل سپاه اسرائیل را تهدید کرد.", ("IRN", "MIL", "official"), ("ISR", None, None)),
        (
            "یک فرمانده سپاه پاسداران اسرائیل را تهدید کرد.",
            ("IRN", "MIL", "official"),
            ("ISR", None, None),
        ),
        (
            "فرمانده سپاه پاسداران آمریکا‌را تهدید کرد.",
            ("IRN", "MIL", "official"),
            ("USA", None, None),
        ),
    ],
)
def test_state_before_ra_is_the_object(text: str, doer: Actor, target: Actor) -> None:
    """The state before "را" is threatened; the title keeps its own state."""
    sides = _sides(text, "fa", "THREATEN")
    assert sides[0] == doer
    assert target in sides


def test_state_without_ra_stays_the_titles() -> None:
    """With no "را" after it, Iran is the commander's: he threatens America."""
    sides = _sides("فرمانده نیروی دریایی ارتش ایران آمریکا را تهدید کرد.", "fa", "THREATEN")
    assert sides[0] == ("IRN", "MIL", "official")
    assert ("USA", None, None) in sides


def test_title_after_comma_keeps_its_state() -> None:
    """After a comma the title and its state are the object together."""
    sides = _sides("وزارت خارجه عراق، سفیر ترکیه را احضار کرد.", "fa", "ACCUSE")
    assert ("TUR", "GOV", "ambassador") in sides


def test_agent_noun_keeps_its_state() -> None:
    """An agent noun ("ملت ایران را") and its state are the object together."""
    sides = _sides("آمریکا ملت ایران را تحریم کرد.", "fa", "SANCTION")
    assert ("IRN", "CVL", None) in sides


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("فرمانده کل سپاه با وزیر دفاع سوریه دیدار کرد.", "fa"),
        ("The commander of the Revolutionary Guards met the Syrian defence minister.", "en"),
        ("التقى قائد الحرس الثوري وزير الدفاع السوري.", "ar"),
    ],
)
def test_irgc_commander_is_an_iranian_officer(text: str, lang: str) -> None:
    """The IRGC's commander is Iran's MIL official meeting Syria's minister."""
    sides = _sides(text, lang, "CONSULT")
    assert ("IRN", "MIL", "official") in sides
    assert ("SYR", "GOV", "minister") in sides


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The IRGC commander threatened Israel.", "en"),
        ("هدد قائد الحرس الثوري إسرائيل.", "ar"),
    ],
)
def test_irgc_commander_threatens(text: str, lang: str) -> None:
    """The commander is the doer, Israel the one threatened."""
    sides = _sides(text, lang, "THREATEN")
    assert sides[0] == ("IRN", "MIL", "official")
    assert ("ISR", None, None) in sides


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Israel threatened the IRGC commander.", "en"),
        ("هددت إسرائيل قائد الحرس الثوري.", "ar"),
    ],
)
def test_irgc_commander_as_target(text: str, lang: str) -> None:
    """Named after the verb, the commander is the target, not the doer."""
    sides = _sides(text, lang, "THREATEN")
    assert sides[0] == ("ISR", None, None)
    assert ("IRN", "MIL", "official") in sides


def test_second_title_after_and_keeps_its_state() -> None:
    """After "و" a second title joins the object phrase with its state."""
    text = "رئیس جمهور ایران وزیر خارجه عمان و وزیر خارجه قطر را به حضور پذیرفت."
    met = [actors for t, actors in _events(text, "fa") if t == "CONSULT"]
    assert any(("QAT", "GOV", "foreign_minister") in actors for actors in met)
