"""Round 22 (speaker22): a speaker who judges a deed is no side of it.

- Persian names the judge first and the judging verb last: "X حمله به نفتکش را
  نقض قوانین بین‌المللی خواند", "X کشته شدن معترضان را جنایت دانست", "X حمله
  به کشتی را محکوم کرد". The deed's noun is the object ("را") of a verb that
  calls, deems or condemns it (``context.JUDGING_VERBS``); its sides are those
  named between its noun and "را", never the judge before it
  (``onlookers.before_judgement``). A "را" after a conjunction belongs to
  another clause ("… کشته شدند و مقامات داعش را عامل آن دانستند").
- Arabic names the describer right after its verb: "قتل ثلاثة …، فيما وصف
  وزير الخارجية الفرنسي الحادث بأنه جريمة" — the subject right after a later
  describing verb (``status.ONLOOKER_CUES``) is no side of the deed told
  before it (``onlookers.no_later_describer``).
- Arabic "وصف X الهجوم على … بأنه …" and English "X described the attack on …
  as …" already keep the describer out (``status.ONLOOKER_CUES``); the tests
  pin the same reading in all three languages; English "called the attack …
  a violation" now reads so too ("called the", "calls the" in
  ``status.ONLOOKER_CUES``).

Sentences written for these tests, in fa, ar and en.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _sides(lang: str, text: str, etype: str) -> list[list[str]]:
    record = process(Document("t", text, lang=lang)).to_dict()
    return [
        [f"{a['code'] or '-'}:{a['agent'] or ''}" for a in e["actors"]]
        for e in record["events"]
        if e["type"] == etype
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "وزیر خارجه فرانسه کشته شدن معترضان در عراق را جنایت خواند."),
        ("ar", "وصف وزير الخارجية الفرنسي مقتل المتظاهرين في العراق بأنه جريمة."),
        (
            "en",
            "The French foreign minister described the killing of protesters in Iraq as a crime.",
        ),
    ],
)
def test_judge_of_a_killing_is_no_side_of_it(lang: str, text: str) -> None:
    sides = _sides(lang, text, "ASSAULT")
    assert sides
    assert all(not a.startswith("FRA:") for actors in sides for a in actors)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fa",
            "سخنگوی وزارت خارجه ایران حمله اسرائیل به نفتکش ایرانی را نقض قوانین بین‌المللی خواند.",
        ),
        (
            "ar",
            "وصف المتحدث باسم الخارجية الإيرانية الهجوم الإسرائيلي على ناقلة نفط إيرانية "
            "بأنه انتهاك للقانون الدولي.",
        ),
        (
            "en",
            "The Iranian foreign ministry spokesman described the Israeli attack on an Iranian "
            "tanker as a violation of international law.",
        ),
    ],
)
def test_judged_attack_keeps_its_own_attacker(lang: str, text: str) -> None:
    sides = _sides(lang, text, "ASSAULT")
    assert sides
    assert all(actors[0].startswith("ISR:") for actors in sides)
    assert all(not a.endswith(":GOV") for actors in sides for a in actors)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "وزیر کشور ترکیه حمله به کاروان نظامیان در مرز سوریه را تروریستی دانست."),
        ("ar", "وصف وزير الداخلية التركي الهجوم على قافلة عسكرية على حدود سوريا بأنه إرهابي."),
        (
            "en",
            "The Turkish interior minister described the attack on a military convoy on the "
            "Syrian border as terrorist.",
        ),
    ],
)
def test_judging_minister_is_not_the_attacker(lang: str, text: str) -> None:
    sides = _sides(lang, text, "ASSAULT")
    assert all(actors[0] != "TUR:GOV" for actors in sides)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "وزارت خارجه ژاپن حمله به یک کشتی تجاری در دریای سرخ را محکوم کرد."),
        ("ar", "أدانت وزارة الخارجية اليابانية الهجوم على سفينة تجارية في البحر الأحمر."),
        (
            "en",
            "The Japanese foreign ministry condemned the attack on a merchant ship in the Red Sea.",
        ),
    ],
)
def test_condemning_ministry_is_not_the_attacker(lang: str, text: str) -> None:
    sides = _sides(lang, text, "ASSAULT")
    assert all(not actors[0].startswith("JPN:") for actors in sides)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "وزیر خارجه آلمان کشته شدن غیرنظامیان در غزه را فاجعه خواند."),
        ("ar", "وصف وزير الخارجية الألماني مقتل المدنيين في غزة بأنه كارثة."),
        (
            "en",
            "The German foreign minister described the killing of civilians in Gaza as a disaster.",
        ),
    ],
)
def test_killing_called_a_disaster_keeps_its_victims_only(lang: str, text: str) -> None:
    sides = _sides(lang, text, "ASSAULT")
    assert sides
    assert all(not a.startswith("DEU:") for actors in sides for a in actors)
    assert all(actors[-1] == "PSE:CVL" for actors in sides)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "سه معترض در بغداد کشته شدند و وزیر خارجه فرانسه این حادثه را جنایت خواند."),
        ("ar", "قتل ثلاثة متظاهرين في بغداد، فيما وصف وزير الخارجية الفرنسي الحادث بأنه جريمة."),
        (
            "en",
            "Three protesters were killed in Baghdad, while the French foreign minister "
            "described the incident as a crime.",
        ),
    ],
)
def test_who_later_describes_a_killing_is_no_side_of_it(lang: str, text: str) -> None:
    sides = _sides(lang, text, "ASSAULT")
    assert sides
    assert all(not a.startswith("FRA:") for actors in sides for a in actors)
    assert all(actors[-1] == "IRQ:CVL" for actors in sides)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "سخنگوی وزارت خارجه چین حمله به نفتکش ژاپنی را نقض قوانین بین‌المللی خواند."),
        (
            "ar",
            "وصف المتحدث باسم الخارجية الصينية الهجوم على ناقلة نفط يابانية بأنه انتهاك "
            "للقانون الدولي.",
        ),
        (
            "en",
            "The Chinese foreign ministry spokesman called the attack on a Japanese tanker a "
            "violation of international law.",
        ),
    ],
)
def test_who_calls_an_attack_a_violation_is_not_the_attacker(lang: str, text: str) -> None:
    sides = _sides(lang, text, "ASSAULT")
    assert sides
    assert all(not a.startswith("CHN:") for actors in sides for a in actors)
    assert all(any(a.startswith("JPN:") for a in actors) for actors in sides)
