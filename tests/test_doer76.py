"""A bare coalition right next to a deed's noun is that deed's doer (round
76, doer76; every sentence written for these tests).

"غارات التحالف", "قصف للتحالف", "حملات ائتلاف", "coalition strikes": the
owner of the strike, in the construct state, glued to "ل", with the ezafe
or before the English noun, is who struck. The bare word is no actor
elsewhere (a party list, an alliance), so it is read only there
(``extract/deed_owner.py``), as the coalitions named in full are: a
military force of no one country (-:MIL). Before, such strikes had an
unknown attacker (UAF) or none.

The guards: a strike *on* the coalition, the coalition's statement about a
raid, and a political coalition.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process

Actor = tuple[str | None, str | None]


def _assaults(text: str, lang: str) -> list[list[Actor]]:
    """The actors (code, agent) of each ASSAULT the text gives."""
    events = process(Document("t", text, lang=lang)).to_dict()["events"]
    return [
        [(a["code"], a["agent"]) for a in e["actors"]] for e in events if e["type"] == "ASSAULT"
    ]


# (language, sentence, the struck side): the coalition is the doer
OWNED = [
    ("ar", "قتل 17 حوثيا في غارة للتحالف.", ("YEM", "REB")),
    ("ar", "قتلت غارات التحالف عشرة مدنيين.", (None, "CVL")),
    ("ar", "قتل عشرة مدنيين في غارات التحالف على صعدة.", ("YEM", "CVL")),
    ("ar", "قتل 17 من الحوثيين بقصف للتحالف على الحديدة.", ("YEM", "REB")),
    ("fa", "حملات ائتلاف به صعده ده غیرنظامی را کشت.", ("YEM", "CVL")),
    ("fa", "در بمباران ائتلاف پنج کودک کشته شدند.", (None, "CVL")),
    ("fa", "در حمله موشکی ائتلاف به الحدیده هفت نفر کشته شدند.", ("YEM", "CVL")),
    ("en", "Coalition strikes killed ten civilians in Saada.", ("YEM", "CVL")),
    ("en", "The coalition strikes killed five fighters.", (None, "REB")),
    ("en", "Saudi officials said coalition strikes killed five fighters.", ("SAU", "REB")),
]


@pytest.mark.parametrize(("lang", "text", "struck"), OWNED)
def test_the_coalition_owning_the_strike_is_its_doer(lang: str, text: str, struck: Actor) -> None:
    """The doer is the coalition (-:MIL), no unknown attacker."""
    found = _assaults(text, lang)
    assert found, text
    assert found[0][0] == (None, "MIL"), found
    assert struck in found[0]
    assert not any(agent == "UAF" for _, agent in found[0])


# (language, sentence): the coalition struck or only talking: no doer of it
STRUCK_OR_TALKING = [
    ("ar", "قتل ثلاثة مدنيين في هجوم على التحالف."),
    ("fa", "در حمله به ائتلاف سه غیرنظامی کشته شدند."),
    ("en", "Three civilians were killed in an attack on the coalition."),
]


@pytest.mark.parametrize(("lang", "text"), STRUCK_OR_TALKING)
def test_a_strike_on_the_coalition_is_not_its_own(lang: str, text: str) -> None:
    """After a preposition the coalition is no owner: no -:MIL doer."""
    found = _assaults(text, lang)
    assert found, text
    assert (None, "MIL") not in found[0], found


# (language, sentence): the coalition's statement about a raid: no event of it
STATEMENTS = [
    ("ar", "رحب التحالف ببيان حول الغارة."),
    ("fa", "بیانیه ائتلاف درباره حمله منتشر شد."),
    ("en", "The coalition's statement on the raid was criticised."),
]


@pytest.mark.parametrize(("lang", "text"), STATEMENTS)
def test_a_statement_on_a_raid_makes_no_doer(lang: str, text: str) -> None:
    """The deed's noun is not right next to the coalition: no attack by it."""
    assert not any((None, "MIL") in actors for actors in _assaults(text, lang))


def test_a_party_coalition_is_no_force() -> None:
    """A ruling coalition attacking a leader in words is a party, not a force."""
    found = _assaults("The ruling coalition attacked the opposition leader.", "en")
    assert all((None, "MIL") not in actors for actors in found)
