"""Two actors joined by "and", and "armed" as an adjective.

- A title and an agent noun joined by a conjunction written as its own word
  ("between the army and rebels", "میان ارتش و شورشیان") are two actors, as
  Arabic's glued "و" already made them; before, the title was read as the
  head of a chain ending in the agent noun, and the army was lost
  (``titles._chained``).
- "armed" after a deed's noun ("اشتباك مسلح", "درگیری مسلحانه") is an
  adjective, not the gunmen it is spelt like (``NOT_AGENTS``); "an armed
  man" still is a gunman.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def agents(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    record = process(Document(doc_id="t", text=text, lang=lang))
    return {(a.code, a.agent) for e in record.events for a in e.actors}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Clashes between the army and rebels erupted near Maiduguri.", "en"),
        ("درگیری میان ارتش و شورشیان در نزدیکی مایدوگوری رخ داد.", "fa"),
        ("اندلعت اشتباكات بين الجيش والمتمردين قرب مايدوغوري.", "ar"),
    ],
)
def test_army_and_rebels_are_two_actors(text: str, lang: str) -> None:
    assert agents(text, lang) == {("NGA", "MIL"), ("NGA", "REB")}


def test_army_and_protesters_keep_the_army() -> None:
    got = agents("Clashes between the army and protesters erupted near Maiduguri.", "en")
    assert got == {("NGA", "MIL"), ("NGA", "CVL")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("اندلع اشتباك مسلح بين الجيش والمتمردين قرب مايدوغوري.", "ar"),
        ("درگیری مسلحانه میان ارتش و شورشیان در نزدیکی مایدوگوری رخ داد.", "fa"),
        ("An armed clash between the army and rebels erupted near Maiduguri.", "en"),
    ],
)
def test_armed_clash_has_no_gunmen(text: str, lang: str) -> None:
    got = agents(text, lang)
    assert ("NGA", "UAF") not in got
    assert got == {("NGA", "MIL"), ("NGA", "REB")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("هاجم رجل مسلح مركزا للشرطة في القاهرة.", "ar"),
        ("مسلحان به یک پاسگاه پلیس در زاهدان حمله کردند.", "fa"),
        ("Armed men attacked a police station in Cairo.", "en"),
    ],
)
def test_armed_men_are_still_gunmen(text: str, lang: str) -> None:
    assert any(agent == "UAF" for _, agent in agents(text, lang))
