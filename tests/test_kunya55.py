"""A kunya is a name: "طالب" (demanded) inside "أبي طالب" tells no demand.

The precision audit of round 55 found a street named after Ali ibn Abi
Talib read as a demand by the police who closed it. Persian and English
have no demand verb inside the name; their tests check nothing fires.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _types(text: str, lang: str) -> list[str]:
    return [e.type for e in process(Document("t", text, lang=lang)).events]


@pytest.mark.parametrize(
    "text",
    [
        "أغلقت الشرطة المصرية شارع علي بن أبي طالب في القاهرة أمس.",
        "زار وزير التربية العراقي مدرسة علي بن ابي طالب في البصرة.",
        "افتتح محافظ النجف مسجد أبو طالب بعد ترميمه.",
    ],
)
def test_arabic_kunya_is_no_demand(text: str) -> None:
    assert "REQUEST" not in _types(text, "ar")


def test_arabic_demand_still_read() -> None:
    assert "REQUEST" in _types("طالب الرئيس التونسي فرنسا بإعادة الأموال المهربة.", "ar")


def test_persian_name_gives_no_demand() -> None:
    assert "REQUEST" not in _types("پلیس عراق خیابان علی بن ابی طالب را در بغداد بست.", "fa")


def test_english_name_gives_no_demand() -> None:
    assert "REQUEST" not in _types(
        "Egyptian police closed Ali ibn Abi Talib Street in Cairo on Monday.", "en"
    )
