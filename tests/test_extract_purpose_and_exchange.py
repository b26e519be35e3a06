"""What talks aim at is not planned talks; "in exchange for" is no exchange;
prisoners exchanged are a concession. Sentences written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def events(text: str, lang: str) -> dict[str, str]:
    return {e.type: e.status for e in process(Document("t", text, lang=lang)).events}


def test_talks_that_aim_at_something_are_going_on() -> None:
    found = events("The talks, mediated by Qatar and Egypt, aim to secure a truce.", "en")
    assert found.get("CONSULT") == "reported"


def test_an_aim_before_the_trigger_still_plans_it() -> None:
    assert events("Egypt aims to sign a gas deal with Israel.", "en").get("AGREE") == "planned"


def test_in_exchange_for_is_no_exchange() -> None:
    text = "Qatar seeks the release of hostages in exchange for Palestinian prisoners."
    record = process(Document("t", text, lang="en"))
    assert not any(e.mode == "exchange" for e in record.events)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia and Ukraine exchanged prisoners on Sunday.", "en"),
        ("تبادلت روسيا وأوكرانيا الأسرى يوم الأحد.", "ar"),
        ("أعلنت حماس وإسرائيل صفقة تبادل الأسرى.", "ar"),
    ],
)
def test_prisoners_exchanged_are_a_concession(text: str, lang: str) -> None:
    assert "CONCEDE" in events(text, lang)


def test_views_exchanged_are_no_concession() -> None:
    assert "CONCEDE" not in events("تبادل الوزيران وجهات النظر حول الأزمة السورية.", "ar")
    assert "CONCEDE" not in events("The two ministers exchanged views on Syria.", "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("نفت سوريا أي دور لها في تفجير السفارة.", "ar"),
        ("Syria denied having attacked the embassy.", "en"),
    ],
)
def test_a_role_denied_is_a_negated_deed(text: str, lang: str) -> None:
    assert events(text, lang).get("ASSAULT") in (None, "negated")
    assert "reported" not in {
        e.status for e in process(Document("t", text, lang=lang)).events if e.type == "ASSAULT"
    }


def test_a_claimed_attack_is_still_reported() -> None:
    assert (
        events("أعلن تنظيم الدولة مسؤوليته عن التفجير في بغداد.", "ar").get("ASSAULT") == "reported"
    )


def test_persian_prisoners_exchanged_are_a_concession() -> None:
    assert "CONCEDE" in events("روسیه و اوکراین روز یکشنبه اسرا را مبادله کردند.", "fa")
