"""The charge of an arrest or a sentence (``extract/charges.py``).

Sentences written for these tests (none from the corpus, dev or challenge
sets). "arrested on charges of collaborating with the US government": the
United States is the charge, no side of the arrest.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def coerce_actors(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-04-23"))
    return {(a.code, a.agent) for e in record.events if e.type == "COERCE" for a in e.actors}


@pytest.mark.parametrize(
    ("text", "lang", "charged"),
    [
        (
            "یک بازرگان ایرانی به اتهام همکاری با حکومت آمریکا در تهران بازداشت شد.",
            "fa",
            "USA",
        ),
        (
            "پلیس ترکیه دو شهروند ترکیه‌ای را به اتهام جاسوسی برای اسرائیل بازداشت کرد.",
            "fa",
            "ISR",
        ),
        ("قضت محكمة كويتية بسجن مواطن كويتي عشر سنوات بتهمة التجسس لصالح إيران.", "ar", "IRN"),
        ("قضت محكمة كويتية بسجن مواطن عشر سنوات بتهمة التجسس لصالح إيران.", "ar", "IRN"),
        ("اعتقلت الشرطة التركية مواطنين أتراك بتهمة التجسس لصالح إسرائيل.", "ar", "ISR"),
        (
            "Turkish police detained two Turkish citizens on charges of spying for Israel.",
            "en",
            "ISR",
        ),
        (
            "Iran arrested a dual national accused of collaborating with the US government.",
            "en",
            "USA",
        ),
    ],
)
def test_a_state_inside_the_charge_is_no_side(text: str, lang: str, charged: str) -> None:
    got = coerce_actors(text, lang)
    assert got, "the arrest or sentence is still an event"
    assert not any(code == charged for code, _ in got)
