"""A state told only by its adjective or genitive on a deed of force is the
deed's doer, not the country of those it struck (round 73, adjdoer73; every
sentence written for these tests).

A strike, a shelling, a blockade or the craft that does it, named with a
state's adjective or genitive ("الغارات الروسية", "حمله هوایی ترکیه",
"Turkish air strikes", "Russia's shelling"), names the deed's doer (its
MIL). Where that is the one state the sentence names, those it struck took
its country too ("RUS:CVL"): now they take the dateline's, else none.

The negative cases guard a force named with its state (an army acts at home
as often as abroad), a place that tells where the victims are, and the
victims' own adjective.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _actors(text: str, lang: str) -> list[list[tuple[str | None, str | None]]]:
    """The actors (code, agent) of each ASSAULT the text gives."""
    events = process(Document("t", text, lang=lang)).to_dict()["events"]
    return [
        [(a["code"], a["agent"]) for a in e["actors"]] for e in events if e["type"] == "ASSAULT"
    ]


# (language, sentence, the doer, the struck agent: of no country the text tells)
STRUCK_UNCODED = [
    ("ar", "قتلت الغارات الروسية عشرة مدنيين.", ("RUS", "MIL"), "CVL"),
    ("ar", "استهدفت الطائرات الإسرائيلية مستشفيين.", ("ISR", "MIL"), "HLH"),
    ("ar", "أدى القصف المدفعي التركي إلى مقتل خمسة مدنيين.", ("TUR", "MIL"), "CVL"),
    ("fa", "در حمله هوایی ترکیه دو غیرنظامی کشته شدند.", ("TUR", "MIL"), "CVL"),
    ("fa", "جنگنده‌های روسیه چهار غیرنظامی را کشتند.", ("RUS", "MIL"), "CVL"),
    ("en", "Turkish air strikes killed two civilians.", ("TUR", "MIL"), "CVL"),
    ("en", "Russia's shelling killed ten civilians on Sunday.", ("RUS", "MIL"), "CVL"),
]


@pytest.mark.parametrize(("lang", "text", "doer", "agent"), STRUCK_UNCODED)
def test_struck_take_no_country_from_the_doer(
    lang: str, text: str, doer: tuple[str, str], agent: str
) -> None:
    """The deed's doer is its adjective's state; the struck are not its people."""
    found = _actors(text, lang)
    assert found, text
    assert found[0][0] == doer
    assert (None, agent) in found[0]
    assert (doer[0], agent) not in found[0]


# (language, sentence, an agent that keeps the country it is given)
KEPT = [
    # an army named with its state: its deeds at home lend its country
    ("ar", "قتل الجيش العراقي عشرة مسلحين.", ("IRQ", "REB")),
    ("fa", "ارتش عراق ده شبه‌نظامی را کشت.", ("IRQ", "REB")),
    ("en", "Iraqi troops killed ten militants.", ("IRQ", "REB")),
    # a place tells where the victims are
    ("ar", "قتلت الغارات الروسية عشرة مدنيين في إدلب.", ("SYR", "CVL")),
    ("en", "Russian air strikes killed ten civilians in Aleppo.", ("SYR", "CVL")),
    # the victims' own adjective
    ("fa", "حملات هوایی ترکیه سه غیرنظامی عراقی را کشت.", ("IRQ", "CVL")),
    ("en", "Turkish air strikes killed two Iraqi civilians.", ("IRQ", "CVL")),
]


@pytest.mark.parametrize(("lang", "text", "actor"), KEPT)
def test_other_countries_kept(lang: str, text: str, actor: tuple[str, str]) -> None:
    """A force's own state, a place or an adjective of the victims still codes them."""
    assert any(actor in actors for actors in _actors(text, lang)), text


def test_police_keep_their_adjectives_country() -> None:
    """A force that is no deed's noun still lends its state ("Egyptian police")."""
    events = process(Document("t", "Egyptian police arrested protesters.", lang="en")).to_dict()
    actors = [(a["code"], a["agent"]) for e in events["events"] for a in e["actors"]]
    assert ("EGY", "CVL") in actors
