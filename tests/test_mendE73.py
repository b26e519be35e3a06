"""Review mends of round 73 (mendE73; every sentence written for these tests).

(1) Bare "regretted"/"regrets" is a regret cue again: who regretted a deed
named after it is no doer of it ("Belgium regretted the bombing of …");
"regretted its decision" stays the regretter's own.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _actors(text: str, lang: str, etype: str) -> list[set[tuple[str | None, str | None]]]:
    """The actors (code, agent) of each event of ``etype`` the text gives."""
    events = process(Document("t", text, lang=lang)).to_dict()["events"]
    return [{(a["code"], a["agent"]) for a in e["actors"]} for e in events if e["type"] == etype]


def _codes(text: str, lang: str, etype: str) -> set[str | None]:
    """Every country code among the actors of ``etype`` events."""
    return {code for actors in _actors(text, lang, etype) for code, _ in actors}


# (sentence, the state that only regrets)
BARE_REGRETS = [
    ("Belgium regretted the bombing of a Kurdish village in Iraq.", "BEL"),
    ("Spain regrets the attack on the Moroccan consulate.", "ESP"),
]


@pytest.mark.parametrize(("text", "regretter"), BARE_REGRETS)
def test_bare_regret_keeps_regretter_out(text: str, regretter: str) -> None:
    assert _actors(text, "en", "ASSAULT")
    assert regretter not in _codes(text, "en", "ASSAULT")


def test_regretted_own_decision_stays_own() -> None:
    assert "FRA" in _codes("France regretted its decision to withdraw from Mali.", "en", "RETREAT")
