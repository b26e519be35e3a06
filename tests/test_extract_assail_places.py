""" "هاجم" attacks with words or with arms: a government's attack on another
state or on its opposition is one of words, its attack on a place of another
country is one of arms. Sentences written for these tests."""

from __future__ import annotations

import pytest

from casts import types


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("هاجمت إسرائيل غزة يوم الاثنين.", "ar"),
        ("هاجمت روسيا مدينة خاركيف الأوكرانية بالصواريخ.", "ar"),
        ("اسرائیل روز دوشنبه به غزه حمله کرد.", "fa"),
        ("Israel attacked Gaza on Monday.", "en"),
    ],
)
def test_an_attack_on_a_place_of_another_country_is_armed(text: str, lang: str) -> None:
    found = types(text, lang)
    assert "ASSAULT" in found
    assert "ACCUSE" not in found


@pytest.mark.parametrize(
    "text",
    [
        "هاجم الرئيس التركي المعارضة في إسطنبول.",
        "هاجم أردوغان الاتحاد الأوروبي في خطاب بأنقرة.",
    ],
)
def test_a_politicians_attack_on_a_party_is_one_of_words(text: str) -> None:
    found = types(text, "ar")
    assert "ACCUSE" in found
    assert "ASSAULT" not in found
