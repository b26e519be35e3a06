"""Round 17 (faextra17): who reacts to a deed of force is no party to it.

"وزارت خارجه روسیه در واکنش به حمله به نفتکش ایرانی گفت …", "the ministry,
in response to the attack on the tanker, said …", "قالت الخارجية ردا على
الهجوم …": the deed named right after the reaction word
(``status.REACTED_CUES``, extract/reacted.py) was done by others; the one
who reacts is not its doer. A reply told later in the clause keeps its
doer. Sentences written for these tests, in ar, fa and en.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _assault_codes(lang: str, text: str) -> list[set[str | None]]:
    record = process(Document("t", text, lang=lang)).to_dict()
    return [{a["code"] for a in e["actors"]} for e in record["events"] if e["type"] == "ASSAULT"]


@pytest.mark.parametrize(
    ("lang", "text", "reactor"),
    [
        (
            "fa",
            "سخنگوی وزارت خارجه چین در پاسخ به حمله موشکی به پایگاه آمریکایی گفت که همه"
            " طرف‌ها باید خویشتنداری کنند.",
            "CHN",
        ),
        (
            "fa",
            "وزیر امور خارجه ایران در واکنش به انفجار تروریستی امروز در بغداد گفت که این اقدام"
            " محکوم است.",
            "IRN",
        ),
        (
            "en",
            "China's foreign ministry spokesman, in response to the missile attack on an"
            " American base, urged restraint.",
            "CHN",
        ),
        (
            "ar",
            "وقالت وزارة الخارجية الروسية ردا على الهجوم على ناقلة نفط إيرانية في البحر الأحمر"
            " إنه من المبكر تحديد المسؤول.",
            "RUS",
        ),
    ],
)
def test_reactor_is_no_party_to_the_deed(lang: str, text: str, reactor: str) -> None:
    sides = _assault_codes(lang, text)
    assert sides, "the attack is still told"
    assert all(reactor not in codes for codes in sides)


@pytest.mark.parametrize(
    ("lang", "text", "doer"),
    [
        (
            "fa",
            "سپاه پاسداران در واکنش به ترور فرمانده خود به پایگاه آمریکایی در عراق حمله کرد.",
            "IRN",
        ),
        (
            "en",
            "In response to the killing of its commander, Iran's Revolutionary Guards fired"
            " missiles at a US base in Iraq.",
            "IRN",
        ),
        ("ar", "وقصف الحرس الثوري قاعدة أمريكية في العراق ردا على اغتيال قائده.", "IRN"),
    ],
)
def test_the_reply_keeps_its_doer(lang: str, text: str, doer: str) -> None:
    assert any(doer in codes for codes in _assault_codes(lang, text))
