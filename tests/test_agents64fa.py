"""Agents of round 64 (Persian first; every sentence written for these tests).

A region's adjective right after an agent noun ("مقام اروپایی", "دیپلمات‌های
غربی", "مسؤول أوروبي") says the agents are of a region, not of the one state
the sentence names, which is mostly their other side: an official of Europe
is the EU's (as readers code him), Western or Arab ones are of none. Before,
the noun borrowed the sentence's one state ("یک مقام اروپایی با وزیر خارجه
ایران دیدار کرد" read one Iranian official). English writes the adjective
before its noun, where the noun already takes no state: its cases guard
that it stays so.
"""

from __future__ import annotations

import pytest

from casts import first_cast


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("یک مقام اروپایی با وزیر خارجه ایران دیدار کرد.", "fa", ["EU:GOV", "IRN:GOV"]),
        ("مقامات اروپایی در وین با مقامات ایرانی دیدار کردند.", "fa", ["EU:GOV", "IRN:GOV"]),
    ],
)
def test_european_official_is_the_eus(text: str, lang: str, expected: list[str]) -> None:
    assert first_cast(text, lang, "CONSULT") == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("دیپلمات‌های غربی از ایران انتقاد کردند.", "fa"),
        ("مقام های غربی از ایران انتقاد کردند.", "fa"),
        ("Western diplomats criticised Iran.", "en"),
    ],
)
def test_western_officials_are_of_no_state(text: str, lang: str) -> None:
    assert first_cast(text, lang, "ACCUSE") == ["-:GOV", "IRN:None"]


def test_english_european_official_takes_no_state_named() -> None:
    text = "A European official met the foreign minister of Iran."
    assert first_cast(text, "en", "CONSULT") == ["-:GOV", "IRN:GOV"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a nationality adjective still gives its own state
        ("یک مقام آمریکایی با وزیر خارجه ایران دیدار کرد.", "fa", ["USA:GOV", "IRN:GOV"]),
        ("التقى مسؤول أمريكي وزير الخارجية الإيراني أمس.", "ar", ["USA:GOV", "IRN:GOV"]),
        ("An American official met the foreign minister of Iran.", "en", ["USA:GOV", "IRN:GOV"]),
    ],
)
def test_nationality_adjective_keeps_its_state(text: str, lang: str, expected: list[str]) -> None:
    assert first_cast(text, lang, "CONSULT") == expected


def test_arab_people_within_a_state_keep_it() -> None:
    # "عرب" is also a people within a state: not a region's adjective
    text = "پلیس ایران معترضان عرب را در اهواز بازداشت کرد."
    assert first_cast(text, "fa", "COERCE") == ["IRN:COP", "IRN:CVL"]


def test_place_adjective_is_no_agent_region() -> None:
    # "آذربایجان غربی" is a province: the police there are Iran's
    text = "پلیس در آذربایجان غربی معترضان را بازداشت کرد."
    assert first_cast(text, "fa", "COERCE") == ["IRN:COP", "IRN:CVL"]
