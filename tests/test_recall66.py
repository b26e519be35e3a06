"""recall66: a state summoning its own ambassador calls him home (SANCTION),
as a recall reads; summoning another state's envoy stays ACCUSE.

Sentences written for these tests. On main before recall66 the Persian and
English own-envoy summonses read ACCUSE (review94a finding 9)."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _types(text: str, lang: str) -> list[str]:
    return [e.type for e in process(Document("t", text, lang=lang)).events]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "ترکیه سفیرش در هلند را احضار کرد."),  # ACCUSE before recall66
        ("fa", "فرانسه سفیر خود در استرالیا را برای مشورت احضار کرد."),  # ACCUSE before
        (
            "en",
            "Turkey summoned its envoys to Berlin and Vienna for consultations.",
        ),  # ACCUSE before
        ("en", "France summoned its ambassador to Australia home."),  # ACCUSE before
        ("ar", "استدعت فرنسا سفيرها في أستراليا للتشاور."),  # already SANCTION
    ],
)
def test_summoning_ones_own_envoy_is_a_recall(lang: str, text: str) -> None:
    types = _types(text, lang)
    assert "SANCTION" in types
    assert "ACCUSE" not in types


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "وزارت خارجه ایران سفیر انگلیس را احضار کرد."),
        ("en", "Egypt summoned the Israeli ambassador over the raid."),
        ("ar", "استدعت مصر السفير الإسرائيلي احتجاجا على الغارة."),
    ],
)
def test_summoning_another_states_envoy_stays_a_protest(lang: str, text: str) -> None:
    types = _types(text, lang)
    assert "ACCUSE" in types
    assert "SANCTION" not in types
