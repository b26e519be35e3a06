"""falsehits54: "يستهدف/تستهدف" in a relative clause describes what the
thing it follows aims at ("الخطر الذي يستهدف …"), no strike told; a deed
noun at the head still reads as the deed. English and Persian never read
such a clause as a strike: their tests check that nothing changes there.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from casts import types


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "واعتبر الوزير التونسي أن الخطر الإرهابي الذي يستهدف مؤسسات الدولة يفرض توحيد الصفوف.",
            "ar",
        ),
        ("وقال الحزب التونسي إن الحملة الإعلامية المنظمة التي تستهدف قياداته لن تثنيه.", "ar"),
        # English "targets" and Persian "هدف گرفته" in such a clause were
        # never read as a strike
        (
            "The Tunisian minister said the terrorist danger that targets state institutions requires unity.",
            "en",
        ),
        ("وزیر تونسی گفت خطر تروریستی که نهادهای دولت را هدف گرفته است وحدت می‌طلبد.", "fa"),
    ],
)
def test_what_a_thing_targets_describes_it(text: str, lang: str) -> None:
    assert "ASSAULT" not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قتل عشرة مدنيين في الغارات التي تستهدف مدينة إدلب منذ أيام.", "ar"),
        ("استهدفت طائرات التحالف مواقع الحوثيين في صنعاء.", "ar"),
        ("Ten civilians were killed in the air strikes that target the city of Idlib.", "en"),
        ("ده غیرنظامی در حملات هوایی که شهر ادلب را هدف قرار می‌دهد کشته شدند.", "fa"),
    ],
)
def test_strikes_that_target_a_city_stay(text: str, lang: str) -> None:
    assert "ASSAULT" in types(text, lang)
