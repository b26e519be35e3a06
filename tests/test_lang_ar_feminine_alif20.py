"""A noun listed with ة takes no accusative alif: Arabic writes "مطالبةً",
never "مطالبها", which is "مطالب" (demands) with "ها" (its). Sentences
written for these tests; the Persian and English ones read the same event."""

from __future__ import annotations

import pytest

from casts import reading as read

SUMMONED = {("ACCUSE", "reported", (("KOR", "GOV"), ("JPN", "GOV")))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("استدعت الخارجية الكورية السفير الياباني احتجاجا على تجديد طوكيو مطالبها بالجزر.", "ar"),
        ("وزارت خارجه کره سفیر ژاپن را به دلیل ادعاهای توکیو درباره جزایر احضار کرد.", "fa"),
        (
            "South Korea's foreign ministry summoned the Japanese ambassador to protest"
            " Tokyo's renewed claims to the islands.",
            "en",
        ),
    ],
)
def test_its_claims_are_no_request(text: str, lang: str) -> None:
    assert {(t, s, a) for t, s, a in read(text, lang) if t != "ACCUSE"} == set()
    assert any(t == "ACCUSE" for t, _, _ in read(text, lang))


def test_the_noun_itself_still_matches() -> None:
    readings = read("جددت كوريا مطالبة اليابان بالاعتذار عن ماضيها.", "ar")
    assert "REQUEST" in {t for t, _, _ in readings}


def test_its_aspects_are_no_demonstration() -> None:
    readings = read("تحدث الوزير المصري عن الأزمة الاقتصادية في مصر ومظاهرها.", "ar")
    assert "PROTEST" not in {t for t, _, _ in readings}
