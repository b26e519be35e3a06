"""Round 17 (misc17): a strike with a weapon is an attack.

A strike named with its weapon ("launched a drone strike", "شن غارة
بطائرة مسيرة", "حمله پهپادی انجام دادند") is an armed attack, not a
walkout: the weapon noun before "strike" makes it a blow.
Sentences written for these tests, in ar, fa and en.
"""

from __future__ import annotations

import pytest

from casts import found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Houthi rebels launched a drone strike on a Saudi oil facility on Monday."),
        ("en", "Israel launched a retaliatory strike on Hezbollah positions in southern Lebanon."),
        ("en", "The US military launched missile strikes against militia targets in Syria."),
        ("ar", "شن الحوثيون هجوما بطائرة مسيرة على منشأة نفطية سعودية يوم الاثنين."),
        ("fa", "شورشیان حوثی حمله پهپادی به تاسیسات نفتی عربستان انجام دادند."),
    ],
)
def test_a_strike_with_a_weapon_is_an_attack(lang: str, text: str) -> None:
    """A weapon's strike is an armed attack and no labour protest."""
    kinds = found(text, lang)
    assert "ASSAULT" in kinds
    assert "PROTEST" not in kinds


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Teachers launched a strike over unpaid wages in Amman."),
        ("ar", "أعلن المعلمون إضرابا عاما عن العمل في عمان للمطالبة بزيادة الأجور."),
        ("fa", "معلمان در تهران برای افزایش حقوق دست به اعتصاب زدند."),
    ],
)
def test_a_labour_strike_stays_a_protest(lang: str, text: str) -> None:
    """A strike with no weapon named is still a walkout."""
    assert "PROTEST" in found(text, lang)
