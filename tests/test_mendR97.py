"""mendR97: recall66's own-envoy summons, narrowed (review96a findings 9-11).

Sentences written for these tests; each of the first three lost its summons
or its type on recall66's first version."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _types(text: str, lang: str) -> list[str]:
    return [e.type for e in process(Document("t", text, lang=lang)).events]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # another state's own envoy, told in the next clause, cancels no summons
        ("fa", "ایران سفیر انگلیس را احضار کرد؛ لندن نیز سفیرش را از تهران فراخواند."),
        ("fa", "وزارت خارجه کاردار سوئیس را احضار کرد و سفیرش در برن را نیز فراخواند."),
        # "their ambassador" is as often the other side's envoy
        (
            "en",
            "The Netherlands barred the Turkish minister, and Ankara summoned their ambassador.",
        ),
    ],
)
def test_a_summons_of_another_states_envoy_stays(lang: str, text: str) -> None:
    assert "ACCUSE" in _types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "ترکیه سفیر خود در هلند را احضار خواهد کرد."),  # no event on recall66
        ("fa", "ترکیه سفیرش در هلند را احضار کرد."),
        ("en", "Turkey summoned its ambassador to the Netherlands home."),
        ("ar", "استدعت تركيا سفيرها في هولندا للتشاور."),
    ],
)
def test_ones_own_envoy_called_home_is_no_summons(lang: str, text: str) -> None:
    types = _types(text, lang)
    assert types, "the recall is still an event"
    assert "ACCUSE" not in types


def test_arabic_summons_kept_beside_anothers_recall() -> None:
    # the envoy called home is London's, named after the summons' own object:
    # the sentence-wide veto cancelled the summons of "استدعت" on 548cf38a,
    # leaving only the protest noun's event, its sides reversed
    text = "استدعت الخارجية الإيرانية السفير البريطاني احتجاجا على قرار لندن سحب سفيرها من طهران."
    events = process(Document("t", text, lang="ar")).events
    summons = [e for e in events if e.type == "ACCUSE" and e.trigger == "استدعت"]
    assert summons and summons[0].actors[0].code == "IRN"
