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


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sri Lanka received a $3 billion loan from the IMF.", "en"),
        ("Pakistan secured a $3 billion bailout from the IMF.", "en"),
        ("تلقت مصر قرضا بقيمة ثلاثة مليارات دولار من صندوق النقد الدولي.", "ar"),
        ("پاکستان وامی به ارزش سه میلیارد دلار از صندوق بین‌المللی پول دریافت کرد.", "fa"),
    ],
)
def test_money_received_from_a_lender_is_aid_not_a_meeting(text: str, lang: str) -> None:
    found = events(text, lang)
    assert "AID" in found
    assert "CONSULT" not in found


def test_a_guest_received_right_after_the_verb_is_still_a_meeting() -> None:
    found = events("The king received the visiting Kenyan president in Amman.", "en")
    assert "CONSULT" in found


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("The government stripped 94 critics of their citizenship.", {"GOV"}),
        ("The Malian junta suspended the broadcasts of two French radio stations.", {"GOV", "MED"}),
        ("Authorities in Baku shut down an independent news website.", {"GOV", "MED"}),
    ],
)
def test_stripping_citizenship_and_closing_media_are_coercion(text: str, agents: set[str]) -> None:
    record = process(Document("t", text, lang="en"))
    coerce = [e for e in record.events if e.type == "COERCE"]
    assert coerce
    assert agents <= {a.agent for a in coerce[0].actors}


@pytest.mark.parametrize(
    "text",
    [
        "The airline closed its office in the city centre.",
        "The minister suspended his visit to Paris.",
    ],
)
def test_closing_or_suspending_other_things_is_no_censorship(text: str) -> None:
    assert all(
        e.type != "COERCE" or "censor" not in (e.mode or "")
        for e in process(Document("t", text, lang="en")).events
    )


def test_a_persian_newspaper_closed_by_officials_is_coercion_of_media() -> None:
    text = "مقامات ایران یک روزنامه مخالف را توقیف کردند."
    record = process(Document("t", text, lang="fa"))
    assert any(e.type == "COERCE" and "MED" in {a.agent for a in e.actors} for e in record.events)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan forces killed an al-Shabaab commander near the border.",
        "An al-Shabaab attack killed five soldiers in Mogadishu.",
    ],
)
def test_a_name_after_a_glued_arabic_article_is_a_name(text: str) -> None:
    """'al-Shabaab' keeps its lower-case article in English; the capital after
    the hyphen makes it a name."""
    actors = {
        (a.code, a.agent) for e in process(Document("t", text, lang="en")).events for a in e.actors
    }
    assert ("SOM", "REB") in actors


def test_a_lower_case_word_is_still_no_name() -> None:
    text = "They cooked turkey and rice for the soldiers in Mogadishu."
    actors = {a.code for e in process(Document("t", text, lang="en")).events for a in e.actors}
    assert "TUR" not in actors


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قتلت القوات الكينية قائدا في حركة الشباب قرب الحدود.", "ar"),
        ("نیروهای کنیا یک فرمانده الشباب را در نزدیکی مرز کشتند.", "fa"),
    ],
)
def test_the_same_group_in_arabic_script_is_unaffected(text: str, lang: str) -> None:
    record = process(Document("t", text, lang=lang))
    assert any(e.type == "ASSAULT" for e in record.events)
