"""mendR99: a short insert between commas does not end the summons' phrase.

outlets67 ended the own-envoy recall's search at any comma, so a recall with a
day or a cause set off by commas read as a summons of a foreign envoy
(review98a F1). Sentences written for these tests, after the review's; the
Arabic and Persian ones read ACCUSE (or nothing) on main before mendR99."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _types(text: str, lang: str) -> list[str]:
    return [e.type for e in process(Document("t", text, lang=lang)).events]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "استدعت الكويت، يوم الأحد، سفيرها لدى طهران للتشاور."),
        ("ar", "استدعت السعودية، احتجاجا على الهجوم، سفيرها في طهران."),
        ("fa", "عربستان سفیر خود در تهران را روز یکشنبه، برای مشورت احضار کرد."),
        ("fa", "کویت سفیرش در تهران را، روز یکشنبه، به کشور احضار کرد."),
        ("fa", "کویت سفیرش در تهران را، در اعتراض به این حمله، احضار کرد."),
        ("en", "France summoned its ambassador in Canberra home on Sunday."),
    ],
)
def test_a_recall_across_a_short_insert_stays_a_recall(lang: str, text: str) -> None:
    # the recall itself; a protest word beside it ("احتجاجا على") may add an ACCUSE
    assert "SANCTION" in _types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a long clause after the comma is another phrase (outlets67)
        ("ar", "استدعت الخارجية المصرية السفير البريطاني، ثم سحبت لندن سفيرها من القاهرة."),
        (
            "ar",
            "استدعت الخارجية التونسية السفير الليبي، وقالت الحكومة إن ليبيا سترسل سفيرها لاحقا.",
        ),
        ("en", "Britain summoned, its ambassador in Tehran said, the Iranian charge d'affaires."),
        ("fa", "وزارت خارجه ایران سفیر انگلیس را احضار کرد."),
    ],
)
def test_another_states_envoy_leaves_the_summons(lang: str, text: str) -> None:
    assert "ACCUSE" in _types(text, lang)
