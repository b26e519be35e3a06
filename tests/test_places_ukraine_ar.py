"""Arabic names the cities of the war in Ukraine as Persian and English do.

A withdrawal from or a strike on a Ukrainian city has Ukraine as its other
side (``places.place_as_target``); Arabic lacked the cities, so the event
named Russia alone. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def codes(text: str, lang: str) -> set[str | None]:
    record = process(Document(doc_id="t", text=text, lang=lang))
    return {a.code for e in record.events for a in e.actors}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("انسحبت القوات الروسية من مدينة خيرسون.", "ar"),
        ("قصفت القوات الروسية مدينة خاركيف بالصواريخ.", "ar"),
        ("نیروهای روسیه از شهر خرسون عقب‌نشینی کردند.", "fa"),
        ("Russian forces withdrew from the city of Kherson.", "en"),
    ],
)
def test_ukrainian_city_is_ukraine(text: str, lang: str) -> None:
    assert codes(text, lang) == {"RUS", "UKR"}
