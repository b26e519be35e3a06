"""towards67: a deal worked towards is an aim, no agreement reached.

English "working towards an agreement", "a step towards a ceasefire" and
Persian "حرکت به سمت توافق", "گامی به سوی توافق" read AGREE reported on main
before towards67; Arabic "نحو اتفاق" gave no agreement already (a guard). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _reported(text: str, lang: str) -> list[str]:
    events = process(Document("t", text, lang=lang)).events
    return [e.type for e in events if e.status == "reported"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Iran is working towards an agreement with the IAEA."),  # AGREE before
        ("en", "Iran and the IAEA worked toward the agreement for months."),  # AGREE before
        (
            "en",
            "The talks are a step towards a ceasefire between Israel and Hamas.",
        ),  # AGREE before
        ("ar", "تعمل إيران نحو اتفاق مع الوكالة الدولية للطاقة الذرية."),
        # AGREE before towards67
        ("fa", "ایران در حال حرکت به سمت توافق با آژانس بین‌المللی انرژی اتمی است."),
        ("fa", "مذاکرات وین گامی به سوی توافق میان ایران و آمریکا بود."),  # AGREE before
    ],
)
def test_a_deal_worked_towards_is_not_made(lang: str, text: str) -> None:
    assert "AGREE" not in _reported(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Israel and Hamas agreed to a ceasefire on Friday."),
        ("en", "Iran signed an agreement with the IAEA towards the end of the year."),
        ("ar", "وقعت إيران اتفاقا مع الوكالة الدولية للطاقة الذرية يوم الأحد."),
        ("fa", "ایران و آژانس بین‌المللی انرژی اتمی روز یکشنبه توافقنامه‌ای امضا کردند."),
    ],
)
def test_a_deal_made_still_reads(lang: str, text: str) -> None:
    assert "AGREE" in _reported(text, lang)
