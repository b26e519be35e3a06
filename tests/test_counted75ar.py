"""Counted and construct forms of the Houthis, and the dead counted beside
them (round 75, counted75ar; every sentence written for these tests).

"قتل أكثر من 200 حوثيا", "هاجم حوثيو المنطقة": a named group that is a noun
for people takes a person noun's case endings (``agents.NAMED_PEOPLE``,
affix class "people"), not only a name's. "قتل 17 حوثيا …، وما زال البحث
عن القتلى جاريا": the dead named bare after a count of fighters are those
fighters, no civilians (``context.COUNTED_DEAD_NOUNS``,
``extract/counted_dead.py``). Persian and English guard the same family.

The negative cases guard the feminine adjective of a thing ("مخازن أسلحة
حوثية"), the dead with no count of fighters before them in their sentence
(none at all, a count in the sentence before, the attackers counted), where
"the dead" stay civilians.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _actors(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    """(code, agent) of every actor of every ASSAULT event the text gives."""
    events = process(Document("t", text, lang=lang)).to_dict()["events"]
    return [(a["code"], a["agent"]) for e in events if e["type"] == "ASSAULT" for a in e["actors"]]


HOUTHIS = [
    ("ar", "قتل أكثر من 200 حوثيا في غارات للتحالف قرب عدن."),
    ("ar", "هاجم حوثيو المنطقة مقرات الحكومة في تعز."),
    ("fa", "۲۰۰ حوثی در درگیری با نیروهای دولتی کشته شدند."),
    ("fa", "حوثی‌ها به مواضع ارتش یمن حمله کردند."),
    ("en", "200 Houthis were killed in clashes with government forces near Aden."),
]


@pytest.mark.parametrize(("lang", "text"), HOUTHIS)
def test_counted_houthis_are_a_side(lang: str, text: str) -> None:
    assert ("YEM", "REB") in _actors(text, lang)


def test_feminine_adjective_names_no_houthi() -> None:
    assert ("YEM", "REB") not in _actors("دمرت غارات التحالف مخازن أسلحة حوثية في صنعاء.", "ar")


DEAD_OF_FIGHTERS = [
    ("ar", "قتل 17 حوثيا في غارة للتحالف، وما زال البحث عن القتلى جاريا."),
    ("ar", "قتل 12 جنديا في هجوم على حاجز للجيش، ونقل الجرحى إلى المستشفى."),
    ("fa", "در حمله هوایی ائتلاف ۱۷ حوثی کشته شدند و جستجو برای یافتن کشته‌شدگان ادامه دارد."),
    (
        "en",
        "Coalition air strikes killed 12 soldiers at a checkpoint, and the victims were buried.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DEAD_OF_FIGHTERS)
def test_dead_after_counted_fighters_are_no_civilians(lang: str, text: str) -> None:
    actors = _actors(text, lang)
    assert actors
    assert all(agent != "CVL" for _, agent in actors)


PLAIN_DEAD = [
    ("ar", "أطلق المسلحون النار على الحافلة ونقل الجرحى إلى المستشفى."),
    ("ar", "قتل 7 أشخاص على يد 3 مهاجمين، وما زالت هوية الضحايا مجهولة."),
    ("ar", "قتل 17 حوثيا في غارة للتحالف. وقصف الجيش القرية وما زال البحث عن القتلى جاريا."),
    ("fa", "حمله هوایی ائتلاف به روستا ادامه یافت و جستجو برای یافتن کشته‌شدگان ادامه دارد."),
    ("en", "Coalition air strikes hit a market in Hodeidah, and rescuers pulled the victims out."),
]


@pytest.mark.parametrize(("lang", "text"), PLAIN_DEAD)
def test_dead_without_counted_fighters_stay_civilians(lang: str, text: str) -> None:
    assert any(agent == "CVL" for _, agent in _actors(text, lang))
