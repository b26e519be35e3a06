"""An area of cooperation written as an indefinite adjective after its noun
("اتفاقية تعاون دفاعي", "مساعدات تنموية") is named as its definite form is,
as in Persian and English (sentences written for these tests)."""

from __future__ import annotations

import pytest

from casts import run


def sectors(text: str, lang: str) -> set[str]:
    return {s for e in run(text, lang).events for s in e.sectors}


@pytest.mark.parametrize(
    ("text", "lang", "sector"),
    [
        ("وقعت تركيا وقطر اتفاقية تعاون دفاعي جديدة.", "ar", "defense"),
        ("ترکیه و قطر یک توافقنامه همکاری دفاعی جدید امضا کردند.", "fa", "defense"),
        ("Turkey and Qatar signed a new defence cooperation agreement.", "en", "defense"),
        ("تعهدت اليابان بتقديم 500 مليون دولار مساعدات تنموية لمصر.", "ar", "development"),
        ("ژاپن متعهد شد ۵۰۰ میلیون دلار کمک توسعه‌ای به مصر ارائه کند.", "fa", "development"),
        ("Japan pledged $500 million in development aid to Egypt.", "en", "development"),
    ],
)
def test_indefinite_sector_is_named(text: str, lang: str, sector: str) -> None:
    assert sector in sectors(text, lang)
