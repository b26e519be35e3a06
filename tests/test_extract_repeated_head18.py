"""Coordinated things of two countries with their head noun written again.

"سپاه یک نفتکش اماراتی و یک نفتکش انگلیسی را توقیف کرد", "احتجزت القوات
ناقلة إماراتية وناقلة بريطانية": where the country adjective follows its noun
(Arabic, Persian), the second conjunct repeats the noun after the
conjunction, so its country is as much a target as the first one's
(``coordination.repeated_head``). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document, Record
from diplowatch.pipeline import process


def run(text: str, lang: str) -> Record:
    return process(Document(doc_id="t", text=text, lang=lang, published="2024-05-14"))


def pairs(record: Record, etype: str) -> set[frozenset[str | None]]:
    return {frozenset(a.code for a in e.actors) for e in record.events if e.type == etype}


# (language, sentence, type, pairs that must each be an event)
REPEATED = [
    (
        "fa",
        "نیروی دریایی سپاه روز دوشنبه یک نفتکش اماراتی و یک نفتکش انگلیسی را در تنگه هرمز توقیف کرد.",
        "COERCE",
        [{"IRN", "ARE"}, {"IRN", "GBR"}],
    ),
    (
        "fa",
        "گارد ساحلی آمریکا یک کشتی ایرانی و یک کشتی ونزوئلایی را در دریای کارائیب توقیف کرد.",
        "COERCE",
        [{"USA", "IRN"}, {"USA", "VEN"}],
    ),
    (
        "fa",
        "یک نفت‌کش اماراتی و یک نفت‌کش بریتانیایی هفته گذشته ازسوی ایران توقیف شده بود.",
        "COERCE",
        [{"IRN", "ARE"}, {"IRN", "GBR"}],
    ),
    (
        "ar",
        "احتجزت القوات الإيرانية ناقلة إماراتية وناقلة بريطانية قرب مضيق هرمز فجر الأحد.",
        "COERCE",
        [{"IRN", "ARE"}, {"IRN", "GBR"}],
    ),
    (
        "ar",
        "احتجز الحرس الثوري الإيراني سفينة يونانية وسفينة بريطانية في مياه الخليج.",
        "COERCE",
        [{"IRN", "GRC"}, {"IRN", "GBR"}],
    ),
    (
        "en",
        "Iranian forces seized an Emirati tanker and a British tanker near the Strait of Hormuz.",
        "COERCE",
        [{"IRN", "ARE"}, {"IRN", "GBR"}],
    ),
]


@pytest.mark.parametrize("lang,text,etype,want", REPEATED)
def test_second_conjunct_with_repeated_head(
    lang: str, text: str, etype: str, want: list[set[str]]
) -> None:
    found = pairs(run(text, lang), etype)
    for pair in want:
        assert any(set(pair) <= p for p in found), (pair, found)


# A country named after the object in another phrase (a source, a topic)
# is no second conjunct: no repeated head joins it.
NOT_REPEATED = [
    (
        "fa",
        "سپاه یک نفتکش اماراتی را توقیف کرد و گزارش رسانه‌های انگلیسی را رد کرد.",
        "COERCE",
        "GBR",
    ),
    (
        "ar",
        "احتجزت القوات الإيرانية ناقلة إماراتية في المياه الدولية بحسب مصادر بريطانية.",
        "COERCE",
        "GBR",
    ),
    (
        "en",
        "Iranian forces seized an Emirati tanker in international waters, British sources said.",
        "COERCE",
        "GBR",
    ),
]


@pytest.mark.parametrize("lang,text,etype,absent", NOT_REPEATED)
def test_other_noun_is_no_conjunct(lang: str, text: str, etype: str, absent: str) -> None:
    found = pairs(run(text, lang), etype)
    assert found and not any(absent in p for p in found), found
