"""A sweep of a place for armed men is an attack (round 107, recall107;
every sentence written for these tests).

"عمليات تمشيط ضد المسلحين", "عملیات پاکسازی … از عناصر داعش", "a
clearing operation against militants": troops sweeping an area for
insurgents fight them (PLOVER ASSAULT, a military offensive). The Arabic
noun is read only with the armed men named near it (``lang/ar/triggers.py``
``_SWEPT_OF``), as the Persian and English clearing (types78fa): "تمشيط"
also searches a dam for the drowned, a coast for smugglers or combs hair.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _types(text: str, lang: str) -> set[str]:
    """The event types the text gives."""
    return {e["type"] for e in process(Document("t", text, lang=lang)).to_dict()["events"]}


SWEPT = [
    # the three Arabic sentences give no event on main
    ("ar", "أطلق الجيش السوري عمليات تمشيط واسعة ضد المسلحين في ريف حمص."),
    ("ar", "قالت الحكومة الأفغانية إن قواتها شنت عمليات تمشيط ضد طالبان في ولاية قندوز."),
    ("ar", "وبدأت القوات العراقية بملاحقة عناصر داعش وتمشيط المناطق التي انتزعتها من التنظيم."),
    ("fa", "ارتش افغانستان عملیات پاکسازی منطقه از عناصر طالبان را آغاز کرد."),
    ("en", "The Iraqi army launched a clearing operation against militants in Anbar."),
]

NOT_SWEPT = [
    ("ar", "واصلت فرق الدفاع المدني تمشيط السد بحثا عن الغريق."),
    ("ar", "تمكنت وحدات الحرس الوطني خلال حملة تمشيط بحرية من حجز كمية من السجائر."),
    ("ar", "افتتحت الشركة مصنعا جديدا لأدوات تمشيط الشعر في صفاقس."),
    ("fa", "شهرداری عملیات پاکسازی آلودگی‌های نفتی ساحل را آغاز کرد."),
    ("en", "Firefighters cleared the town of debris after the storm."),
]


@pytest.mark.parametrize(("lang", "text"), SWEPT)
def test_a_sweep_for_armed_men_is_an_attack(lang: str, text: str) -> None:
    assert "ASSAULT" in _types(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOT_SWEPT)
def test_a_search_or_a_comb_is_no_attack(lang: str, text: str) -> None:
    assert "ASSAULT" not in _types(text, lang)
