"""A crown prince or a vice-president is a senior official, not the head of state.

The spec's roles have no "heir" or "deputy head": the audits' readers failed
every crown prince and vice-president we labelled head of state. The
sentences are written for this test.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process

CASES = [
    ("ar", "التقى ولي العهد السعودي الرئيس المصري في القاهرة أمس.", "SAU", "EGY"),
    ("ar", "بحث نائب الرئيس الأمريكي مع وزير الخارجية الأردني في عمان الأوضاع.", "USA", "JOR"),
    ("fa", "معاون اول رئیس جمهور ایران روز دوشنبه با وزیر خارجه عراق دیدار کرد.", "IRN", "IRQ"),
    ("fa", "ولیعهد سعودی با رئیس جمهور مصر در قاهره دیدار کرد.", "SAU", "EGY"),
    ("en", "The Saudi crown prince met the Egyptian president in Cairo on Monday.", "SAU", "EGY"),
    ("en", "The US vice president met Jordan's foreign minister in Amman on Monday.", "USA", "JOR"),
]


@pytest.mark.parametrize(("lang", "text", "second", "other"), CASES)
def test_second_in_office_is_an_official(lang: str, text: str, second: str, other: str) -> None:
    [event] = [e for e in process(Document("t", text, lang=lang)).events if e.type == "CONSULT"]
    roles = {a.code: (a.agent, a.role) for a in event.actors}
    assert roles[second] == ("GOV", "official")
    assert roles[other][1] in ("head_of_state", "foreign_minister")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "التقى الرئيس السعودي نظيره المصري في القاهرة أمس."),
        ("fa", "رئیس جمهور ایران روز دوشنبه با وزیر خارجه عراق دیدار کرد."),
        ("en", "The US president met Jordan's foreign minister in Amman on Monday."),
    ],
)
def test_the_head_himself_stays_head_of_state(lang: str, text: str) -> None:
    [event] = [e for e in process(Document("t", text, lang=lang)).events if e.type == "CONSULT"]
    assert "head_of_state" in {a.role for a in event.actors}
