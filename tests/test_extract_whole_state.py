"""A state named as a whole in a protest (``agents.WHOLE_STATE_AGENTS``).

Sentences written for these tests (none from the corpus, dev or challenge
sets). Persian news names the country a crowd protests in for the government
protested against; Arabic and English keep the spec's default (a state named
as a whole has no agent) unless their own rules add the understood side.
"""

from __future__ import annotations

import pytest

from diplowatch.extract.implied import add_implied
from diplowatch.lang import load
from diplowatch.model import Actor, Document
from diplowatch.pipeline import process


def protest_agents(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-04-23"))
    return {(a.code, a.agent) for e in record.events if e.type == "PROTEST" for a in e.actors}


def test_persian_protest_in_a_state_is_against_its_government() -> None:
    got = protest_agents("اعتراضات گسترده‌ای در شهرهای عراق برپا شد.", "fa")
    assert got == {("IRQ", "GOV"), ("IRQ", "CVL")}


def test_arabic_keeps_the_state_as_a_whole() -> None:
    got = protest_agents("اندلعت احتجاجات واسعة في مدن العراق.", "ar")
    assert ("IRQ", None) in got and ("IRQ", "GOV") not in got


def test_english_protest_still_gets_its_understood_government() -> None:
    got = protest_agents("Large protests broke out in cities across Iraq.", "en")
    assert got == {("IRQ", "CVL"), ("IRQ", "GOV")}


@pytest.mark.parametrize(("lang", "want"), [("fa", "GOV"), ("ar", None), ("en", None)])
def test_the_rule_reads_each_languages_table(lang: str, want: str | None) -> None:
    out = add_implied("PROTEST", [Actor("IRQ"), Actor("IRQ", agent="CVL")], None, lang)
    assert Actor("IRQ", agent=want) in out


def test_other_types_keep_the_whole_state() -> None:
    out = add_implied("COERCE", [Actor("IRQ"), Actor("IRQ", agent="CVL")], None, "fa")
    assert Actor("IRQ") in out
    assert load("fa", "agents").WHOLE_STATE_AGENTS.get("COERCE") is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a state named by its "regime" is its government
        ("رژیم صهیونیستی به مواضع حماس در غزه حمله کرد.", "fa"),
        ("رژیم اسرائیل به مواضع حماس در غزه حمله کرد.", "fa"),
        ("The Israeli regime attacked Hamas positions in Gaza.", "en"),
        ("شنت الحكومة الإسرائيلية هجوما على مواقع حماس في غزة.", "ar"),
    ],
)
def test_a_state_named_by_its_regime_is_its_government(text: str, lang: str) -> None:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-04-23"))
    got = {(a.code, a.agent) for e in record.events if e.type == "ASSAULT" for a in e.actors}
    assert got == {("ISR", "GOV"), ("PSE", "REB")}
