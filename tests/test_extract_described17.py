"""Round 17 (faextra17): people named only as the owners of what is talked about.

"از آرای مردم صیانت کند", "احترام إرادة الشعب": the people written after a
noun of their votes, will, interests or livelihood
(``context.DESCRIBED_PEOPLE_HEADS``, extract/described.py) are no side of
the request or the meeting; people who are met, arrested or asked stay.
English names no party in "the will of the people" already. Sentences
written for these tests, in ar, fa and en.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _agents(lang: str, text: str) -> set[str | None]:
    record = process(Document("t", text, lang=lang)).to_dict()
    return {a["agent"] for e in record["events"] for a in e["actors"]}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "وزیر کشور از نامزدها خواست به رأی مردم احترام بگذارند."),
        ("fa", "نماینده تهران از دولت خواست منافع مردم را در مذاکرات در نظر بگیرد."),
        ("fa", "رئیس مجلس از دولت خواست به مشکلات معیشتی مردم رسیدگی کند."),
        (
            "fa",
            "نخست وزیر ارمنستان در پیامی انتخاب وی به عنوان رئیس جمهور منتخب ملت ایران را"
            " تبریک گفت.",
        ),
        ("ar", "ودعا وزير الداخلية المرشحين إلى احترام إرادة الشعب."),
        ("en", "The interior minister urged the candidates to respect the will of the people."),
    ],
)
def test_people_only_described_are_no_side(lang: str, text: str) -> None:
    assert "CVL" not in _agents(lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "رئیس جمهور با مردم کرمان دیدار کرد."),
        ("fa", "پلیس ده‌ها نفر از مردم معترض را در تهران بازداشت کرد."),
        ("ar", "واعتقلت الشرطة عشرات المواطنين في بغداد."),
        ("en", "Police arrested dozens of people in Baghdad."),
    ],
)
def test_people_who_take_part_stay(lang: str, text: str) -> None:
    assert "CVL" in _agents(lang, text)
