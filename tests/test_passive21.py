"""The charge an accusation is made on (``extract/charges.py``), in parallel
triples written for these tests (none from the corpus, dev or challenge
sets).

"accused of spying for Israel", "اتهم … بالتجسس لصالح إسرائيل", "به جاسوسی
برای اسرائیل متهم شد": the state inside the charge is what the accused is
said to have done with or for, never a side of the accusation, and never
the country of the accused.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def accuse_actors(text: str, lang: str) -> list[set[tuple[str | None, str | None]]]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-04-23"))
    return [{(a.code, a.agent) for a in e.actors} for e in record.events if e.type == "ACCUSE"]


# the accused told in the passive, no accuser named: Israel is no side
PASSIVE = [
    ("The Iranian journalist was accused of spying for Israel.", "en"),
    ("اتهم الصحفي الإيراني بالتجسس لصالح إسرائيل.", "ar"),
    ("روزنامه‌نگار ایرانی به جاسوسی برای اسرائیل متهم شد.", "fa"),
]

# a court's charge: the journalist is Iran's, Israel is the charge
COURT = [
    ("An Iranian court charged the journalist with spying for Israel.", "en"),
    ("اتهمت محكمة إيرانية الصحفي بالتجسس لصالح إسرائيل.", "ar"),
    ("دادگاهی در ایران روزنامه‌نگار را به جاسوسی برای اسرائیل متهم کرد.", "fa"),
]

# a named accuser and accused: both kept, the charge's state left out
NAMED = [
    ("Iran accused a British diplomat of spying for Israel.", "en"),
    ("اتهمت إيران دبلوماسيا بريطانيا بالتجسس لصالح إسرائيل.", "ar"),
    ("ایران یک دیپلمات بریتانیایی را به جاسوسی برای اسرائیل متهم کرد.", "fa"),
]

# the accused is named before the verb with no charge between: kept
HELD = [
    ("The Israeli prime minister held Iran responsible for the attack on the tanker.", "en"),
    ("حمل رئيس الوزراء الإسرائيلي إيران مسؤولية الهجوم على الناقلة.", "ar"),
    ("نخست‌وزیر اسرائیل ایران را مسئول حمله به نفتکش دانست.", "fa"),
]


@pytest.mark.parametrize(("text", "lang"), PASSIVE)
def test_state_in_passive_charge_is_no_side(text: str, lang: str) -> None:
    for actors in accuse_actors(text, lang):
        assert "ISR" not in {code for code, _ in actors}


@pytest.mark.parametrize(("text", "lang"), COURT)
def test_court_charge_names_the_court_and_the_accused(text: str, lang: str) -> None:
    events = accuse_actors(text, lang)
    assert events
    for actors in events:
        assert ("IRN", "JUD") in actors
        assert ("IRN", "MED") in actors
        assert "ISR" not in {code for code, _ in actors}


@pytest.mark.parametrize(("text", "lang"), NAMED)
def test_named_sides_kept_without_the_charge(text: str, lang: str) -> None:
    events = accuse_actors(text, lang)
    assert events
    codes = {code for actors in events for code, _ in actors}
    assert {"IRN", "GBR"} <= codes
    assert "ISR" not in codes


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_accused_before_the_verb_is_kept(text: str, lang: str) -> None:
    codes = {code for actors in accuse_actors(text, lang) for code, _ in actors}
    assert {"ISR", "IRN"} <= codes
