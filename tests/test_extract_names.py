"""Proper names in cased scripts (extract/names.py): a name in lower case is a
word, a name glued to an unknown capitalised word is part of a longer name,
a name next to a city of another country is that country's region. Arabic
and Persian have no capitals and are left as they were.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document, Record
from diplowatch.pipeline import process


def run(text: str, lang: str = "en") -> Record:
    return process(Document(doc_id="t", text=text, lang=lang))


def parties(record: Record) -> set[str | None]:
    return {a.code for e in record.events for a in e.actors}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Jordan and the United States agreed to expand trade.", {"JOR", "USA"}),
        ("Chad's government rejected a proposal by France on Tuesday.", {"TCD", "FRA"}),
        ("Georgia's prime minister met the Hungarian president in Budapest.", {"GEO", "HUN"}),
        ("In Niger, soldiers detained the president on Wednesday.", {"NER"}),
        ("On Monday Jordan condemned the Israeli raid.", {"JOR", "ISR"}),
        ("Guinea and Mali signed a border agreement.", {"GIN", "MLI"}),
    ],
)
def test_ambiguous_country_names_are_countries_in_context(text: str, want: set[str]) -> None:
    assert want <= parties(run(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Michael Jordan visited China last week.", "JOR"),
        ("Opposition leader Jordan Bardella accused the government of failing.", "JOR"),
        ("Fishermen on Lake Chad were attacked by gunmen on Friday.", "TCD"),
        ("Police in Atlanta, Georgia, arrested 12 people on Sunday.", "GEO"),
        ("Storms hit Georgia and South Carolina, and officials urged residents to leave.", "GEO"),
        ("The Georgia Bureau of Investigation arrested two men.", "GEO"),
    ],
)
def test_ambiguous_names_inside_longer_names_or_regions_are_not_countries(
    text: str, absent: str
) -> None:
    assert absent not in parties(run(text))


def test_the_us_state_gives_the_country_of_its_city() -> None:
    record = run("Police in Atlanta, Georgia, arrested 12 people on Sunday.")
    [event] = [e for e in record.events if e.type == "COERCE"]
    assert {(a.code, a.agent) for a in event.actors} >= {("USA", "COP")}


@pytest.mark.parametrize(
    "text",
    [
        "Prices of frozen turkey rose ahead of the holidays, and shoppers protested.",
        "Sales of fine china slumped as buyers rejected formal dining.",
    ],
)
def test_lower_case_country_words_are_words(text: str) -> None:
    assert not parties(run(text)) & {"TUR", "CHN"}


def test_a_headline_in_title_case_keeps_its_names() -> None:
    assert {"JOR", "USA"} <= parties(run("Jordan And United States Agree To Expand Trade Ties"))


def test_a_city_glued_to_a_name_is_part_of_it() -> None:
    # "Washington Post" is a newspaper, not the US government.
    record = run("Iran rejected the report, the Washington Post said.")
    assert "USA" not in parties(record)


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # No capitals in Arabic or Persian: every name is kept as before.
        ("رفض الأردن طلب إسرائيل.", "ar", {"JOR", "ISR"}),
        ("اردن درخواست اسرائیل را رد کرد.", "fa", {"JOR", "ISR"}),
    ],
)
def test_uncased_scripts_are_unchanged(text: str, lang: str, want: set[str]) -> None:
    assert want <= parties(run(text, lang))


def test_no_arabic_name_begins_with_a_preposition_and_article() -> None:
    """'ولي العهد السعودي بالعلاقات المتميزة': what follows the title is the
    object of the praise, not the prince's name (context.NAME_BAD_STARTS)."""
    from diplowatch.model import Document
    from diplowatch.pipeline import process

    record = process(
        Document("t", "أشاد ولي العهد السعودي بالعلاقات المتميزة مع الإمارات.", lang="ar")
    )
    assert record.events
    assert all(not a.name for e in record.events for a in e.actors)
    named = process(
        Document("t", "استقبل الرئيس الكوري لي جاي ميونغ الوفد الياباني في سيول.", lang="ar")
    )
    assert any(a.name for e in named.events for a in e.actors)
