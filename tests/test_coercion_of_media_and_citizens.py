"""Citizenship taken away and media shut are COERCE; goods by weight are aid.

Sentences written for these tests, in the three languages (the English
counterparts of the first two rules are in tests/test_extract_refusals.py).
"""

from __future__ import annotations

import pytest

from casts import found
from diplowatch.model import Document
from diplowatch.pipeline import process


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("سحبت السلطات البحرينية الجنسية من عشرين معارضا.", "ar"),
        ("أسقطت الحكومة الكويتية جنسية نائب سابق.", "ar"),
        ("دولت بحرین تابعیت بیست مخالف را لغو کرد.", "fa"),
        ("دولت بحرین تابعیت بیست مخالف را سلب کرد.", "fa"),
        ("Bahrain's government stripped twenty dissidents of their citizenship.", "en"),
    ],
)
def test_citizenship_taken_away_is_coercion(text: str, lang: str) -> None:
    assert "COERCE" in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("أغلقت السلطات المصرية صحيفة معارضة.", "ar"),
        ("حجبت السلطات السعودية موقعا إخباريا قطريا.", "ar"),
        ("مقامات مصر روزنامه مخالف را تعطیل کردند.", "fa"),
        ("Egyptian authorities shut down an opposition newspaper.", "en"),
    ],
)
def test_media_shut_by_the_state_is_coercion(text: str, lang: str) -> None:
    assert "COERCE" in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "other"),
    [
        ("سحبت روسيا قواتها من سوريا.", "ar", "RETREAT"),
        ("أغلقت الشركة مصنعها في القاهرة.", "ar", None),
        ("ایران مرزهای خود را با عراق بست.", "fa", None),
        ("The minister withdrew his candidacy.", "en", None),
    ],
)
def test_the_same_verbs_with_other_objects_are_no_censorship(
    text: str, lang: str, other: str | None
) -> None:
    events = process(Document("t", text, lang=lang)).events
    assert not any(e.type == "COERCE" and e.mode in ("censor", "restrict") for e in events)
    if other:
        assert other in {e.type for e in events}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("أرسلت اليابان خمسين طنا من الطحين إلى اليمن.", "ar"),
        ("أرسلت الكويت بطانيات ومولدات إلى سوريا.", "ar"),
        ("ژاپن پنجاه تن آرد به یمن فرستاد.", "fa"),
        ("Japan sent fifty tonnes of flour to Yemen.", "en"),
    ],
)
def test_goods_by_weight_or_in_kind_sent_are_aid(text: str, lang: str) -> None:
    assert "AID" in found(text, lang)
