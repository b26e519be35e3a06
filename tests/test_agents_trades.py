"""Workers named by their trade, and health staff named as "cadres".

Sentences written for these tests (none from the corpus, dev or challenge
sets). Miners, oil workers, street sweepers and truck or bus drivers who
strike or rally are workers (``LAB``); the Maghreb's "الأطر الصحية" and
"مهنيو الصحة" are health workers (``HLH``), not civilians at large.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def agents(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-04-23"))
    return {(a.code, a.agent) for e in record.events for a in e.actors}


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("معدنچیان کرمان روز دوشنبه در اعتراض به حقوق معوقه تجمع کردند.", "fa", ("IRN", "LAB")),
        ("نفتگران ایران در اعتراض به دستمزدها دست به اعتصاب زدند.", "fa", ("IRN", "LAB")),
        ("پاکبانان تهران مقابل ساختمان شهرداری تجمع کردند.", "fa", ("IRN", "LAB")),
        ("کامیون‌داران ایران در اعتراض به نرخ کرایه اعتصاب کردند.", "fa", ("IRN", "LAB")),
        ("نظم المنجميون الجزائريون وقفة احتجاجية أمام مقر الولاية.", "ar", ("DZA", "LAB")),
        ("تظاهر أصحاب الشاحنات المغاربة أمام مقر البرلمان في الرباط.", "ar", ("MAR", "LAB")),
        ("Iranian truckers went on strike on Monday over fuel prices.", "en", ("IRN", "LAB")),
        ("French street sweepers protested in Paris over their pay.", "en", ("FRA", "LAB")),
        (
            "Hundreds of Kenyan bus drivers rallied outside parliament in Nairobi.",
            "en",
            ("KEN", "LAB"),
        ),
    ],
)
def test_trades_are_workers(text: str, lang: str, want: tuple[str, str]) -> None:
    got = agents(text, lang)
    assert want in got
    assert (want[0], "CVL") not in got


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("نفذت الأطر الصحية المغربية إضرابا عن العمل في المستشفيات العمومية.", "ar", "MAR"),
        ("تظاهر مهنيو الصحة التونسيون أمام مقر وزارة الصحة في العاصمة.", "ar", "TUN"),
        ("تظاهرت الكوادر الصحية الجزائرية أمام مقر الوزارة في العاصمة.", "ar", "DZA"),
        ("پرستاران ایران مقابل وزارت بهداشت تجمع کردند.", "fa", "IRN"),
        ("Moroccan health workers went on strike at public hospitals.", "en", "MAR"),
    ],
)
def test_health_cadres_are_health_workers(text: str, lang: str, code: str) -> None:
    got = agents(text, lang)
    assert (code, "HLH") in got
    assert (code, "CVL") not in got
