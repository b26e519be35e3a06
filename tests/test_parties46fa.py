"""Who the sides of a deed are (round 46, parties46fa; every sentence
written for these tests).

- Co-victims: a deed of force whose first actor is an agent of force (an
  unidentified attacker or the police the text leaves understood, or a
  named one) and that struck two or more people or ships is one event per
  victim ("a French and a German citizen were killed" → UAF–FRA, UAF–DEU;
  "a French journalist and a German activist were arrested in Istanbul" →
  TUR police–FRA, TUR police–DEU), never one event that pairs the victims
  with one another (``extract/co_victims.py``). The Arabic killing "قُتل"
  is unvocalised and the language adds no understood killer
  (``IMPLIED_AGENTS``), so Arabic is tested with an arrest, whose police
  it does understand.
- Believers: a verb of belief in the third person ("معتقدند", "بر این
  باورند", "believe", "يعتقد") opens what is held as a verb of saying opens
  what is said: the believer takes no part in the deed told after it.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process

Side = tuple[str | None, str | None]


def _events(text: str, lang: str, etype: str) -> list[tuple[Side, ...]]:
    """(code, agent) of the actors of every ``etype`` event of ``text``."""
    rec = process(Document(doc_id="t", text=text, lang=lang, published="2021-08-20"))
    return [tuple((a.code, a.agent) for a in e.actors) for e in rec.events if e.type == etype]


CO_VICTIMS = [
    (
        "fa",
        "در این انفجار یک شهروند فرانسوی و یک شهروند آلمانی کشته شدند.",
        {((None, "UAF"), ("FRA", "CVL")), ((None, "UAF"), ("DEU", "CVL"))},
    ),
    (
        "fa",
        "دو مسافر این هواپیما که شهروندان فرانسه و آلمان بودند، در پی این حمله کشته شدند.",
        {((None, "UAF"), ("FRA", "CVL")), ((None, "UAF"), ("DEU", "CVL"))},
    ),
    (
        "en",
        "A French citizen and a German citizen were killed in the blast.",
        {((None, "UAF"), ("FRA", "CVL")), ((None, "UAF"), ("DEU", "CVL"))},
    ),
    (
        "en",
        "Two ships, one Indian and one Japanese, were hijacked.",
        {((None, "UAF"), ("IND", None)), ((None, "UAF"), ("JPN", None))},
    ),
]


ARRESTED_TOGETHER = [
    ("fa", "یک روزنامه‌نگار فرانسوی و یک فعال آلمانی در استانبول بازداشت شدند."),
    ("en", "A French journalist and a German activist were arrested in Istanbul."),
    ("ar", "اعتقل صحفي فرنسي وناشط ألماني في إسطنبول."),
]


@pytest.mark.parametrize(("lang", "text"), ARRESTED_TOGETHER)
def test_people_arrested_together_are_each_held_by_the_police(lang: str, text: str) -> None:
    events = _events(text, lang, "COERCE")
    assert len(events) == 2
    assert {e[0] for e in events} == {("TUR", "COP")}
    assert {e[1][0] for e in events} == {"FRA", "DEU"}


@pytest.mark.parametrize(("lang", "text", "expected"), CO_VICTIMS)
def test_co_victims_are_struck_each_by_the_understood_doer(
    lang: str, text: str, expected: set[tuple[Side, ...]]
) -> None:
    assert set(_events(text, lang, "ASSAULT")) == expected


NAMED_DOER = [
    ("fa", "نیروهای روسیه به یک روستای اوکراینی و یک شهر گرجستان حمله کردند.", "RUS"),
    ("en", "Russian forces attacked a Ukrainian village and a Georgian town.", "RUS"),
    ("ar", "هاجمت القوات الروسية قرية أوكرانية ومدينة جورجية.", "RUS"),
]


@pytest.mark.parametrize(("lang", "text", "doer"), NAMED_DOER)
def test_a_named_doer_keeps_every_victim_of_its_own(lang: str, text: str, doer: str) -> None:
    events = _events(text, lang, "ASSAULT")
    assert events and all(e[0][0] == doer for e in events)


BELIEVERS = [
    (
        "fa",
        "کارشناسان نیروی دریایی آمریکا معتقدند یک نفتکش ژاپنی در دریای عمان "
        "هدف حمله پهپادی قرار گرفته است.",
        "USA",
        "JPN",
    ),
    (
        "fa",
        "تحلیلگران انگلیسی بر این باورند که یک کشتی هندی در دریای سرخ هدف حمله قرار گرفت.",
        "GBR",
        "IND",
    ),
    (
        "en",
        "US Navy experts believe a Japanese tanker was hit by a drone attack off Oman.",
        "USA",
        "JPN",
    ),
    (
        "ar",
        "يعتقد خبراء البحرية الأمريكية أن ناقلة يابانية تعرضت لهجوم بطائرة مسيرة قبالة عمان.",
        "USA",
        "JPN",
    ),
]


@pytest.mark.parametrize(("lang", "text", "believer", "struck"), BELIEVERS)
def test_a_believer_takes_no_part_in_the_deed_it_holds_happened(
    lang: str, text: str, believer: str, struck: str
) -> None:
    events = _events(text, lang, "ASSAULT")
    codes = {a[0] for e in events for a in e}
    assert struck in codes
    assert believer not in codes
