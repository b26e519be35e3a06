"""One occasion told by two triggers of a sentence is one event
(extract/joined.py), and the understood doer of an event comes first
(extract/implied.py, ``IMPLIED_RECIPIENTS``). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.extract.implied import add_implied
from diplowatch.extract.joined import join, passive
from diplowatch.extract.lexicon import Entry
from diplowatch.extract.scan import Hit
from diplowatch.model import Actor, Document, Event, Record
from diplowatch.pipeline import process


def run(text: str, lang: str) -> Record:
    return process(Document(doc_id="t", text=text, lang=lang, published="2024-04-23"))


def cast(event: Event) -> list[str]:
    return [f"{a.code or '-'}:{a.agent or ''}" for a in event.actors]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # the victims are the subject of a passive, the attackers of an active verb
        (
            "en",
            "Four policemen were killed when militants opened fire on their patrol outside Kirkuk.",
            ["IRQ:REB", "IRQ:COP"],
        ),
        # the blast and the killing are one attack
        (
            "fa",
            "در انفجار یک بمب کنار جاده‌ای در قندهار دوازده غیرنظامی کشته شدند.",
            ["AFG:UAF", "AFG:CVL"],
        ),
        (
            "ar",
            "قتل سبعة مدنيين في انفجار سيارة مفخخة في سوق بمدينة كركوك.",
            ["IRQ:UAF", "IRQ:CVL"],  # sides22: as in Persian
        ),
    ],
)
def test_one_attack_told_twice_is_one_event(lang: str, text: str, want: list[str]) -> None:
    attacks = [e for e in run(text, lang).events if e.type == "ASSAULT"]
    assert len(attacks) == 1
    assert cast(attacks[0]) == want  # the doer first


def _hit(start: int, end: int) -> Hit:
    entry = Entry(layer="event", kind="event", value="ASSAULT", affix="verb", extra=("kill",))
    return Hit(start, end, start, end, entry, "")


def _at(text: str, word: str) -> Hit:
    return _hit(text.index(word), text.index(word) + len(word))


def _event(*units: tuple[str, str]) -> Event:
    return Event("ASSAULT", "kill", "reported", [Actor(c, agent=a) for c, a in units])


AUX = frozenset({"was", "were"})


def test_two_actives_or_two_passives_stay_apart() -> None:
    # "soldiers were killed in A and police were wounded in B": two passives
    text = "soldiers were killed in a and police were wounded in b"
    one, two = _event(("IRQ", "MIL")), _event(("IRQ", "COP"))
    found = [(one, _at(text, "killed")), (two, _at(text, "wounded"))]
    assert len(join(found, text, AUX)) == 2
    # two active clauses: nothing says one acts on the other
    text = "troops shelled a while rebels shelled b"
    one, two = _event(("SYR", "MIL")), _event(("SYR", "REB"))
    found = [(one, _at(text, "shelled a")), (two, _at(text, "shelled b"))]
    assert len(join(found, text, AUX)) == 2


def test_a_part_joins_its_whole_and_keeps_its_counts() -> None:
    text = "a blast killed 7 civilians"
    part, whole = _event(("AFG", "UAF")), _event(("AFG", "UAF"), ("AFG", "CVL"))
    part.counts = {"killed": 7}
    out = join([(part, _hit(2, 7)), (whole, _hit(8, 14))], text, AUX)
    assert out == [whole] and whole.counts == {"killed": 7}


@pytest.mark.parametrize(
    ("text", "start", "want"),
    [
        ("five soldiers were killed", 19, True),
        ("he was reportedly arrested", 18, True),
        ("gunmen killed five soldiers", 7, False),
        # Arabic and Persian list no auxiliaries: nothing is read as a passive
        ("قتل خمسة جنود", 0, False),
        ("پنج سرباز کشته شدند", 10, False),
    ],
)
def test_passive(text: str, start: int, want: bool) -> None:
    assert passive(_hit(start, start + 3), text, AUX if text.isascii() else frozenset()) is want


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_understood_doer_comes_first(lang: str) -> None:
    victims = [Actor("IRQ", agent="CVL")]
    assert [a.agent for a in add_implied("COERCE", victims, "IRQ", lang)] == ["COP", "CVL"]
    crowd = [Actor("IRQ", agent="CVL")]
    # the government a crowd protests against is the recipient
    assert [a.agent for a in add_implied("PROTEST", crowd, "IRQ", lang)][0] == "CVL"
