"""Round 86 (mendB86): mends of review85's findings 5, 6, 7 (status85) and
13 (sides85); every sentence written for these tests.

- ar "مزمعة" after a noun a past light verb governs or a past time word
  dates ("أجرى … زيارة مزمعة … أمس"): the visit was made, not planned;
- en "supposed to have" + a participle, ar "يفترض أن" + a perfect: a deed
  held to have been done, no plan;
- fa "قرار بود این دیدار …" after the meeting was told: the same meeting,
  no second, planned one;
- the one who ascribes an attack to a group (fa "که آمریکا به ایران نسبت
  داد", en "attributed to Iran by US officials", ar "نسب إلى … من قبل …")
  is no side of the attack.

Each sentence marked "main:" was read so on main (b494e830); the others
guard readings that must not change.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order
from event_statuses import statuses

DONE = [
    # main: planned ("مزمعة" outweighed the past light verb and "أمس")
    (
        "ar",
        "أجرى رئيس الوزراء العراقي زيارة مزمعة إلى الرياض أمس التقى خلالها ولي العهد السعودي.",
        "CONSULT",
    ),
    # main: planned
    ("ar", "قام وزير الخارجية المصري بزيارة مزمعة إلى الخرطوم الأسبوع الماضي.", "CONSULT"),
    # main: planned
    ("ar", "عقد وزيرا خارجية الأردن ومصر اجتماعا مزمعا في عمان أمس.", "CONSULT"),
    # main: planned ("is supposed to" read as a plan)
    ("en", "Russia is supposed to have attacked the Ukrainian power grid in January.", "ASSAULT"),
    # main: planned
    (
        "en",
        "The raid, which Israel was supposed to have ordered, killed five people in Beirut.",
        "ASSAULT",
    ),
    # main: planned ("يفترض أن" before a perfect verb)
    ("ar", "يفترض أن الجيش الإسرائيلي قصف مواقع لحزب الله في جنوب لبنان.", "ASSAULT"),
    # main: planned
    ("ar", "من المفترض أن وزير الخارجية القطري التقى نظيره التركي في أنقرة.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), DONE)
def test_deed_told_as_done_is_reported(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"reported"}


STILL_PLANNED = [
    # guards: no past deed governs the noun
    ("ar", "أعلنت الرئاسة عن زيارة مزمعة للرئيس المصري إلى موسكو.", "CONSULT"),
    ("en", "The Iranian president is supposed to visit Baghdad.", "CONSULT"),
    ("fa", "قرار بود محموله کمک‌های ترکیه ماه گذشته به سوریه فرستاده شود.", "AID"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), STILL_PLANNED)
def test_plan_without_past_deed_stays_planned(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"planned"}


TOLD_AGAIN = [
    # main: the meeting twice, reported and planned
    (
        "fa",
        "عراقچی با وزیر خارجه عمان در مسقط دیدار کرد؛ قرار بود این دیدار ماه گذشته برگزار شود.",
        "CONSULT",
    ),
    # main: the trip twice, reported and planned
    ("fa", "رئیس‌جمهور ایران به ترکیه سفر کرد؛ قرار بود این سفر هفته گذشته انجام شود.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), TOLD_AGAIN)
def test_deed_named_again_after_was_to_is_one_event(lang: str, text: str, etype: str) -> None:
    assert len(casts_in_order(text, lang, etype)) == 1
    assert statuses(text, lang, etype) == {"reported"}


# (language, sentence, the attack's sides in order): the blamer is no side
BLAMER_NO_SIDE: list[tuple[str, str, list[str]]] = [
    # main: [RUS, UKR] (Ukraine, who blamed Russia, struck)
    ("fa", "روسیه حمله به خط لوله را که اوکراین به روسیه نسبت داده است محکوم کرد.", ["RUS:"]),
    # main: [ISR, SYR:GOV] (the Syrian officials struck)
    (
        "en",
        "The drone strike on the convoy, attributed to Israel by Syrian officials, killed"
        " four soldiers.",
        ["ISR:"],
    ),
    # main: [UKR, RUS:GOV]
    (
        "en",
        "The bombing of the pipeline, blamed on Ukraine by Russian officials, damaged a"
        " pumping station.",
        ["UKR:"],
    ),
    # main: [IRN, USA:GOV]
    (
        "ar",
        "ألحق الهجوم على الناقلة الذي نسب إلى إيران من قبل مسؤولين أمريكيين أضرارا بهيكلها.",
        ["IRN:"],
    ),
    # guards: no blamer named, the doer and the struck stay
    (
        "en",
        "Five Pakistani soldiers died in a roadside bombing which officials attributed to"
        " the Taliban.",
        ["AFG:REB", "PAK:MIL"],
    ),
    (
        "fa",
        "حمله به سفارت آمریکا در بغداد به شبه‌نظامیان عراقی نسبت داده شد.",
        ["IRQ:REB", "USA:GOV"],
    ),
    (
        "en",
        "Three soldiers were killed by gunmen in an attack on a checkpoint.",
        ["-:UAF", "-:MIL"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "sides"), BLAMER_NO_SIDE)
def test_who_ascribes_an_attack_is_no_side_of_it(lang: str, text: str, sides: list[str]) -> None:
    assert casts_in_order(text, lang, "ASSAULT")[0] == sides
