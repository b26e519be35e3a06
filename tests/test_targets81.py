"""targets81: whom a deed of force struck or held is its people, not their
state named as a whole beside them (sentences written for this test in
ar, fa and en)."""

from __future__ import annotations

import pytest

from diplowatch.extract.place_doer import own_people_place_out
from diplowatch.model import Actor, Document
from diplowatch.pipeline import process


def _events(text: str, lang: str, etype: str) -> list[list[str]]:
    """The actors (``CODE:AGENT``) of each event of ``etype`` read in ``text``."""
    events = process(Document("t", text, lang=lang)).to_dict()["events"]
    return [
        [f"{a['code']}:{a['agent']}" for a in e["actors"]] for e in events if e["type"] == etype
    ]


@pytest.mark.parametrize(
    ("lang", "text", "etype", "people"),
    [
        ("ar", "قتل 12 شخصا في تفجيرات كابول وتبنى تنظيم داعش الهجوم.", "ASSAULT", "AFG:CVL"),
        ("ar", "اعتقلت الشرطة الرجل في مطار طهران.", "COERCE", "IRN:CVL"),
        ("fa", "گروه مسلح به غیرنظامیان در شهرهای مختلف افغانستان حمله کرد.", "ASSAULT", "AFG:CVL"),
        ("en", "Police arrested the man at Tehran airport.", "COERCE", "IRN:CVL"),
        (
            "en",
            "The attack on Iraqi troops near Baghdad killed four soldiers.",
            "ASSAULT",
            "IRQ:MIL",
        ),
    ],
)
def test_struck_people_without_their_state(lang: str, text: str, etype: str, people: str) -> None:
    """The people struck or held keep their code; their state as a whole is
    no other side beside them."""
    found = _events(text, lang, etype)
    assert any(people in actors for actors in found)
    code = people.split(":")[0]
    for actors in found:
        if people in actors:
            assert f"{code}:None" not in actors[1:]


def _actor(code: str | None, agent: str | None = None, role: str | None = None) -> Actor:
    return Actor(code=code, agent=agent, role=role)


def test_state_beside_its_people_struck_is_dropped() -> None:
    """An attack's bare state beside its own civilians, or an arrest's
    beside its own held man, leaves; the doer is never touched."""
    actors = [_actor(None, "REB"), _actor("SYR", "CVL"), _actor("SYR")]
    assert own_people_place_out("ASSAULT", actors) == actors[:2]
    held = [_actor("IRN", "COP"), _actor("IRN"), _actor("IRN", "CVL")]
    assert own_people_place_out("COERCE", held) == [held[0], held[2]]
    doer = [_actor("FRA"), _actor("FRA", "CVL"), _actor("DEU")]
    assert own_people_place_out("ASSAULT", doer) == doer


@pytest.mark.parametrize(
    "actors",
    [
        # another state's people: the state struck stays ("Saudi forces
        # struck Yemen, killing Omani fishermen")
        [_actor("SAU", "MIL"), _actor("YEM"), _actor("OMN", "CVL")],
        # a spokesman with a role may be the teller, not whom it struck
        [_actor(None, "UAF"), _actor("YEM"), _actor("YEM", "MIL", "official")],
        # two sides only: the state alone is what was struck
        [_actor(None, "UAF"), _actor("ISR")],
    ],
)
def test_state_kept(actors: list[Actor]) -> None:
    """Where no people of its own and no role-less agent stand beside it,
    the state keeps its slot."""
    assert own_people_place_out("ASSAULT", actors) == actors


@pytest.mark.parametrize("etype", ["CONSULT", "REQUEST", "PROTEST", "AID"])
def test_other_types_untouched(etype: str) -> None:
    """Only deeds of force: a call on a state and its citizens names both."""
    actors = [_actor("USA", "GOV"), _actor("IRQ"), _actor("IRQ", "CVL")]
    assert own_people_place_out(etype, actors) == actors
