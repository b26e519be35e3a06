"""Who reacts to an attack is not its attacker's country (round 59,
condemners59; every sentence written for these tests).

An attacker the text does not identify (UAF: "الهجوم الإرهابي", "افراد
مسلح ناشناس", "unknown gunmen") used to take the one country its sentence
names. In a sentence of a reaction (condemnation, denunciation, concern,
condolence: ``context.REACTION_WORDS``) that country, named before him, is
the reactor's: "أدان الرئيس التركي الهجوم الإرهابي" made the attackers
Turkish. He now takes the dateline's country or none; a country named
after him (whom he struck) and any sentence of no reaction read as before.
"""

from __future__ import annotations

import pytest

from casts import run


def _cast(text: str, lang: str, etype: str) -> set[str]:
    """'CODE:AGENT' of every actor of the events of one type."""
    return {
        f"{a.code or '-'}:{a.agent}"
        for e in run(text, lang).events
        if e.type == etype
        for a in e.actors
    }


REACTED = [
    ("ar", "أدان الرئيس التركي الهجوم الإرهابي الذي استهدف مسجدا."),
    ("ar", "أدانت تركيا هجوم مسلحين مجهولين على مسجد."),
    ("ar", "أعربت تركيا عن إدانتها للهجوم الإرهابي على مسجد."),
    ("fa", "ترکیه حمله افراد مسلح ناشناس به یک مسجد را محکوم کرد."),
    ("en", "Turkey condemned the attack by unknown gunmen on a mosque."),
]


@pytest.mark.parametrize(("lang", "text"), REACTED)
def test_reactor_lends_no_country_to_the_attackers(lang: str, text: str) -> None:
    cast = _cast(text, lang, "ASSAULT")
    assert "-:UAF" in cast
    assert "TUR:UAF" not in cast


@pytest.mark.parametrize(("lang", "text"), REACTED[:1] + REACTED[3:])
def test_the_condemnation_keeps_its_reactor(lang: str, text: str) -> None:
    assert any(c.startswith("TUR:") and c != "TUR:UAF" for c in _cast(text, lang, "ACCUSE"))


# Precision: no reaction, or the one country named after the attacker
UNREACTED = [
    ("ar", "قال وزير الداخلية التركي إن مسلحين مجهولين هاجموا مسجدا."),
    ("ar", "أكد الرئيس التركي أن الهجوم الإرهابي استهدف مسجدا."),
    ("fa", "وزیر کشور ترکیه گفت افراد مسلح ناشناس به یک مسجد حمله کردند."),
    ("en", "The Turkish interior minister said unknown gunmen attacked a mosque."),
]


@pytest.mark.parametrize(("lang", "text"), UNREACTED)
def test_attackers_take_the_one_country_without_a_reaction(lang: str, text: str) -> None:
    assert "TUR:UAF" in _cast(text, lang, "ASSAULT")
