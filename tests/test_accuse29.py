"""Round 29 (accuse29): criticism that the extractor missed (PLOVER ACCUSE).

- Displeasure voiced at a side: Arabic "أعرب/عبّر/أبدى عن استيائه/احتجاجه
  من/على …" with a subject of several words between, and the verbs
  "استاء", "امتعض"; Persian "خشم/اعتراض خود را … ابراز/اعلام کرد";
  English "voiced its protest over", "expressed anger/outrage/displeasure
  at/over/with". The target is the owner of what is criticised; a protest
  voiced is no demonstration.
- Name-calling: Arabic "وصف/نعت … بالكاذب", Persian "را دروغگو/تروریست
  خواند/نامید", English "called/branded … a liar/war criminal"; the insult
  names no militant, and praise or a phone call is none.
- A deed of force put on another state by a state's words ("said Iran
  carried out the attack", "قالت … إن إيران نفذت الهجوم", "گفت ایران این
  حمله را انجام داده است"): the speaker accuses that state; gunmen, the
  speaker's own side and strikes only told accuse no one. Persian "ایران را
  عامل حمله … معرفی کرد" makes the blamed state the doer.

Sentences written for these tests, in Arabic, Persian and English.
"""

from __future__ import annotations

import pytest

from casts import sides, types

_VOICED = [
    (
        "ar",
        "أعربت وزارة الخارجية المصرية عن استيائها من تصريحات السفير التركي في القاهرة.",
        [("EGY", "GOV"), ("TUR", "GOV")],
    ),
    (
        "ar",
        "عبر وزير الخارجية الأردني عن بالغ غضبه من زيارة الوزير الإسرائيلي للمسجد.",
        [("JOR", "GOV"), ("ISR", "GOV")],
    ),
    (
        "ar",
        "استاءت الحكومة العراقية من تصريحات الرئيس التركي الأخيرة.",
        [("IRQ", "GOV"), ("TUR", "GOV")],
    ),
    ("ar", "امتعض الرئيس اللبناني من قرار الحكومة السورية.", [("LBN", "GOV"), ("SYR", "GOV")]),
    (
        "fa",
        "وزارت امور خارجه ایران خشم خود را از تصمیم دولت عربستان ابراز کرد.",
        [("IRN", "GOV"), ("SAU", "GOV")],
    ),
    (
        "fa",
        "وزیر خارجه ترکیه از سخنان سفیر آمریکا ابراز خشم کرد.",
        [("TUR", "GOV"), ("USA", "GOV")],
    ),
    (
        "fa",
        "پاکستان اعتراض شدید خود را به اظهارات وزیر هند اعلام کرد.",
        [("PAK", None), ("IND", "GOV")],
    ),
    (
        "en",
        "The Egyptian foreign ministry voiced its protest over remarks by the Turkish ambassador.",
        [("EGY", "GOV"), ("TUR", "GOV")],
    ),
    (
        "en",
        "Jordan's foreign minister expressed his anger at the Israeli minister's visit.",
        [("JOR", "GOV"), ("ISR", "GOV")],
    ),
    (
        "en",
        "China expressed strong displeasure with the Japanese decision.",
        [("CHN", None), ("JPN", None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "cast"), _VOICED)
def test_displeasure_voiced_at_a_side_is_criticism(
    lang: str, text: str, cast: list[tuple[str | None, str | None]]
) -> None:
    assert cast in sides(text, lang, "ACCUSE")


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("ar", "عبر أعضاء النقابة الجهوية عن احتجاجهم على قرار الوزير التونسي.", "PROTEST"),
        (
            "en",
            "The Turkish foreign ministry voiced its protest over the Greek decision.",
            "PROTEST",
        ),
    ],
)
def test_a_protest_voiced_is_no_other_event(lang: str, text: str, etype: str) -> None:
    found = types(text, lang)
    assert "ACCUSE" in found
    assert etype not in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أعرب وزير الخارجية المصري عن ترحيبه بالاتفاق بين السودان وإثيوبيا."),
        ("ar", "نقلت القناة عبر الأقمار الصناعية صورا عن احتجاج العمال في المصنع."),
        ("fa", "وزیر خارجه ایران از خشم مردم در شهرهای مرزی سخن گفت."),
        ("en", "The Qatari minister expressed his support for the Palestinian people."),
    ],
)
def test_no_displeasure_voiced_is_no_criticism(lang: str, text: str) -> None:
    assert "ACCUSE" not in types(text, lang)


# Name-calling: a side called by an insult is criticised; praise is not.
_CALLED = [
    ("ar", "وصف الرئيس السوري نظيره التركي بالكاذب.", [("SYR", "GOV"), ("TUR", "GOV")]),
    ("ar", "نعت الرئيس الفنزويلي الرئيس الأمريكي بالمجنون.", [("VEN", "GOV"), ("USA", "GOV")]),
    (
        "fa",
        "رئیس جمهور ترکیه نخست وزیر اسرائیل را یک تروریست نامید.",
        [("TUR", "GOV"), ("ISR", "GOV")],
    ),
    (
        "fa",
        "وزیر خارجه ایران رئیس جمهور آمریکا را دروغگو خواند.",
        [("IRN", "GOV"), ("USA", "GOV")],
    ),
    (
        "en",
        "The Turkish president called the Syrian president a murderer.",
        [("TUR", "GOV"), ("SYR", "GOV")],
    ),
    (
        "en",
        "The Iranian foreign minister branded the Israeli prime minister a war criminal.",
        [("IRN", "GOV"), ("ISR", "GOV")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "cast"), _CALLED)
def test_a_side_called_by_an_insult_is_criticised(
    lang: str, text: str, cast: list[tuple[str | None, str | None]]
) -> None:
    assert cast in sides(text, lang, "ACCUSE")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وصف الرئيس المصري نظيره السوداني بالصديق."),
        ("fa", "رئیس جمهور ترکیه رئیس جمهور آذربایجان را دوست و برادر خواند."),
        ("en", "The Russian president called his Turkish counterpart after a terrorist attack."),
        ("en", "The Egyptian president called the Saudi king a great friend."),
    ],
)
def test_praise_or_a_phone_call_is_no_name_calling(lang: str, text: str) -> None:
    assert "ACCUSE" not in types(text, lang)


def test_an_insult_names_no_militant() -> None:
    found = sides("رئیس جمهور ترکیه رئیس جمهور سوریه را تروریست نامید.", "fa", "ACCUSE")
    assert all(agent != "REB" for cast in found for _, agent in cast)


# A state saying another state did a deed of force accuses it; the deed stays.
_ATTRIBUTED = [
    (
        "ar",
        "قالت وزارة الخارجية البريطانية إن إيران نفذت الهجوم على ناقلة النفط.",
        [("GBR", "GOV"), ("IRN", None)],
    ),
    (
        "fa",
        "وزیر خارجه آمریکا گفت ایران این حمله به نفتکش را انجام داده است.",
        [("USA", "GOV"), ("IRN", None)],
    ),
    (
        "en",
        "The British foreign secretary said Iran carried out the attack on the tanker.",
        [("GBR", "GOV"), ("IRN", None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "cast"), _ATTRIBUTED)
def test_a_deed_of_force_put_on_another_state_accuses_it(
    lang: str, text: str, cast: list[tuple[str | None, str | None]]
) -> None:
    assert cast in sides(text, lang, "ACCUSE")
    assert "ASSAULT" in types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # routine reporting: gunmen, the speaker's own side, a strike only told
        ("ar", "قال الجيش العراقي إن مسلحين نفذوا هجوما على نقطة تفتيش."),
        ("ar", "أعلنت تركيا أنها نفذت غارات على مواقع في شمال العراق."),
        ("fa", "ارتش پاکستان گفت افراد مسلح این حمله را انجام داده‌اند."),
        ("fa", "اسرائیل اعلام کرد نیروهایش این حمله را انجام داده‌اند."),
        ("en", "Israel said its aircraft carried out strikes on targets in Syria."),
        ("en", "Ukraine said Russian forces shelled Kharkiv overnight."),
    ],
)
def test_a_deed_only_reported_accuses_no_state(lang: str, text: str) -> None:
    assert not [c for c in sides(text, lang, "ACCUSE") if len(c) == 2 and c[0][0] != c[1][0]]


@pytest.mark.xfail(strict=True, reason="a speaker named after the deed is read as its source")
def test_known_gap_a_speaker_after_the_deed_accuses() -> None:
    text = "Iran carried out the attack on the tanker, the British foreign secretary said."
    assert [("GBR", "GOV"), ("IRN", None)] in sides(text, "en", "ACCUSE")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "اسرائیل ایران را عامل حمله به کشتی معرفی کرد."),
        ("fa", "آمریکا ایران را مسئول حمله به نفتکش معرفی کرد."),
    ],
)
def test_the_state_named_as_the_doer_did_the_deed(lang: str, text: str) -> None:
    assert all(cast[0][0] == "IRN" for cast in sides(text, lang, "ASSAULT"))
    assert sides(text, lang, "ASSAULT")
