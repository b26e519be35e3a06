"""Refusals, denials, strikes and shipments of goods (issue 10, round 4).

Sentences written for these tests. A refusal's verb inside a negation cue
("refused to") states the refusal; a denial negates the deed of its clause
("denied that it had detained"); "striking" before a trade is a strike, not
an attack; "will send tonnes of flour" is aid.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def events(text: str, lang: str) -> dict[str, str]:
    """Event type → status of one sentence."""
    return {e.type: e.status for e in process(Document("t", text, lang=lang)).events}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Iraqi government refused to hand over the suspects to Turkey.", "en"),
        ("Kenya's parliament declined to approve the loan and refused to vote.", "en"),
        ("رفضت الحكومة العراقية طلب تركيا بتسليم المطلوبين.", "ar"),
        ("دولت عراق درخواست ترکیه را رد کرد.", "fa"),
    ],
)
def test_a_refusal_is_reported_not_negated(text: str, lang: str) -> None:
    assert events(text, lang).get("REJECT") == "reported"


def test_a_negation_cue_still_negates_other_verbs() -> None:
    assert events("The two ministers called off their meeting in Paris.", "en") == {}
    assert events("Iran did not sign the agreement with France.", "en") == {"AGREE": "negated"}


@pytest.mark.parametrize(
    "text",
    [
        "Egypt's interior ministry denied that it had detained foreign journalists.",
        "The Venezuelan government denied having arrested any American citizens.",
    ],
)
def test_a_denied_deed_is_negated(text: str) -> None:
    assert events(text, "en").get("COERCE") == "negated"


def test_a_deed_after_that_without_a_denial_is_reported() -> None:
    text = "Egypt's interior ministry said that it had detained foreign journalists."
    assert events(text, "en").get("COERCE") == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "Striking dock workers in Rotterdam blocked the port entrance.",
        "Striking junior doctors in Seoul marched to the health ministry.",
        "Striking bus drivers in Lagos demanded higher wages from the state government.",
    ],
)
def test_striking_trades_protest_and_attack_nobody(text: str) -> None:
    found = events(text, "en")
    assert "PROTEST" in found
    assert "ASSAULT" not in found


def test_striking_targets_is_still_an_attack() -> None:
    found = events("Israeli jets were striking Hamas positions in Gaza on Monday.", "en")
    assert "ASSAULT" in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Japan will send 50 tonnes of flour to Yemen.", "en"),
        ("India sent a shipment of rice and blankets to Sri Lanka.", "en"),
        ("ژاپن پنجاه تن آرد به یمن فرستاد.", "fa"),
    ],
)
def test_goods_sent_are_aid(text: str, lang: str) -> None:
    assert "AID" in events(text, lang)
