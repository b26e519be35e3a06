"""Review mends of round 41 (mend41a; every sentence written for these tests).

- a preposition that also marks the verb's object ("lashed out at",
  Arabic "ب" glued on the body), right after the verb and its speaker, names
  whom the words are for: the assembly stays a side
  (``assembly_venue._verbs_object``, ``context.ASSEMBLY_OBJECT_PREPOSITIONS``);
- an assembly where words are voiced is dropped only while the event keeps
  the coded sides it needs (``assembly_venue_out``'s ``need``);
- Arabic adverbs and prepositions that begin like a charge ("بالأمس",
  "بالإضافة") open none (``context.CHARGE_NOT_OPENING``);
- a response called good ("پاسخ مثبت", "a favourable response", "برد
  إيجابي") threatens no one (``triggers.GUARD_NOT_OBJECTS``, ``NOT_TRIGGERS``);
- appearing in the assembly ("از حضور در مجلس خودداری کرد") is addressed
  to it (``context.ASSEMBLY_OWN_DEEDS``).
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# The body marked as the verb's object is a side: (sentence, language, readings).
OBJECT_BODIES: list[tuple[str, str, set[str]]] = [
    (
        "أشادت وزيرة الخارجية الأوغندية بالبرلمان الأوغندي أمس.",
        "ar",
        {"SUPPORT reported UGA:GOV UGA:LEG"},
    ),
    ("ندد رئيس الوزراء الإثيوبي بمجلس الأمن بسبب العقوبات.", "ar", {"ACCUSE reported ETH:GOV UN:"}),
    (
        "The Ugandan foreign minister lashed out at the African Union on Friday.",
        "en",
        {"ACCUSE reported UGA:GOV AU:"},
    ),
    (
        "The Ugandan foreign minister lashed out at parliament on Friday.",
        "en",
        {"ACCUSE reported UGA:GOV UGA:LEG"},
    ),
    ("وزیر خارجه اوگاندا از مجلس اوگاندا انتقاد کرد.", "fa", {"ACCUSE reported UGA:GOV UGA:LEG"}),
]
# ... while a session between keeps the assembly where the words are voiced.
SESSION_VENUES: list[tuple[str, str, set[str]]] = [
    (
        "وانتقد وزير المالية الأوغندي العقوبات خلال جلسة البرلمان يوم الجمعة.",
        "ar",
        {"ACCUSE reported UGA:GOV"},
    ),
    (
        "The Ugandan envoy criticised the sanctions at a session of the African Union on Friday.",
        "en",
        {"ACCUSE reported UGA:GOV"},
    ),
    (
        "وزیر دارایی اوگاندا در جلسه علنی مجلس از مجلس انتقاد کرد.",
        "fa",
        {"ACCUSE reported UGA:GOV UGA:LEG"},
    ),
]
# A body dropped as a venue would leave the event with too few sides.
NEEDED_SIDES: list[tuple[str, str, set[str]]] = [
    (
        "The Ugandan president voiced support for reforms in the United Nations.",
        "en",
        {"SUPPORT reported UGA:GOV UN:"},
    ),
    (
        "أعرب الرئيس الأوغندي عن دعمه للإصلاحات في الأمم المتحدة.",
        "ar",
        {"SUPPORT reported UGA:GOV UN:"},
    ),
    (
        "رئیس جمهور اوگاندا از اصلاحات در سازمان ملل حمایت کرد.",
        "fa",
        {"SUPPORT reported UGA:GOV UN:"},
    ),
]


@pytest.mark.parametrize(
    ("text", "lang", "expected"), OBJECT_BODIES + SESSION_VENUES + NEEDED_SIDES
)
def test_assembly_object_or_venue(text: str, lang: str, expected: set[str]) -> None:
    assert _read(text, lang) == expected


# An adverb that begins like a charge opens none: the accused stays a side.
CHARGES: list[tuple[str, str, set[str]]] = [
    (
        "واتهمت الحكومة الأوغندية بالأمس المعارضة بتزوير الانتخابات.",
        "ar",
        {"ACCUSE reported UGA:GOV UGA:OPP"},
    ),
    (
        "واتهم الجيش الأوغندي بالإضافة إلى ذلك المتمردين بقتل مدنيين.",
        "ar",
        {"ACCUSE reported UGA:MIL UGA:REB"},
    ),
    (
        "دولت اوگاندا دیروز مخالفان را به تقلب در انتخابات متهم کرد.",
        "fa",
        {"ACCUSE reported UGA:GOV UGA:OPP"},
    ),
    (
        "The Ugandan government yesterday accused the opposition of rigging the vote.",
        "en",
        {"ACCUSE reported UGA:GOV UGA:OPP"},
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CHARGES)
def test_adverb_opens_no_charge(text: str, lang: str, expected: set[str]) -> None:
    assert _read(text, lang) == expected


WELCOMED: list[tuple[str, str]] = [
    ("پیشنهاد اوگاندا با پاسخ مثبت اتحادیه آفریقا روبرو خواهد شد.", "fa"),
    ("این لایحه با واکنشی مساعد از سوی کشاورزان روبرو خواهد شد.", "fa"),
    ("Uganda expects its plan will be met with a favourable response from Kenya.", "en"),
    ("وقالت أوغندا إن خطتها ستقابل برد إيجابي من كينيا.", "ar"),
]
THREATS: list[tuple[str, str]] = [
    ("هر حمله‌ای به اوگاندا با پاسخ قاطع روبرو خواهد شد.", "fa"),
    ("Uganda said any attack on its soil will be met with a strong response.", "en"),
    ("وقالت أوغندا إن أي هجوم على أراضيها سيقابل برد قاس.", "ar"),
]


@pytest.mark.parametrize(("text", "lang"), WELCOMED)
def test_good_response_is_no_threat(text: str, lang: str) -> None:
    assert not any(line.startswith("THREATEN") for line in _read(text, lang))


@pytest.mark.parametrize(("text", "lang"), THREATS)
def test_harsh_response_still_threatens(text: str, lang: str) -> None:
    assert any(line.startswith("THREATEN reported UGA:") for line in _read(text, lang))


# Refusing to appear in the assembly is addressed to it.
APPEARING: list[tuple[str, str, set[str]]] = [
    pytest.param(
        "وزیر دارایی اوگاندا از حضور در مجلس خودداری کرد.",
        "fa",
        {"REJECT reported UGA:GOV UGA:LEG"},
        marks=pytest.mark.xfail(
            strict=True,
            reason="fa 'حضور' is no own deed of the assembly: 'با حضور در مجلس' (attending it) "
            "is far more often where one spoke (mend41c)",
        ),
    ),
    (
        "ورفض وزير المالية الأوغندي الحضور إلى البرلمان الأوغندي.",
        "ar",
        {"REJECT reported UGA:GOV UGA:LEG"},
    ),
    (
        "The Ugandan finance minister refused to appear in the Ugandan parliament on Monday.",
        "en",
        {"REJECT reported UGA:GOV UGA:LEG"},
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), APPEARING)
def test_refused_appearance_keeps_assembly(text: str, lang: str, expected: set[str]) -> None:
    assert _read(text, lang) == expected


# A member's seat right after him is no side, even when he is left alone;
# the body praised right after the verb and its subject still is one.
SEATS: list[tuple[str, str, set[str]]] = [
    ("وطالب نائب عن حركة النهضة بالبرلمان التونسي بتأجيل التصويت على الميزانية.", "ar", set()),
    ("أشادت حركة النهضة بالبرلمان التونسي يوم الأحد.", "ar", {"SUPPORT reported TUN:PTY TUN:LEG"}),
    (
        "The Ugandan finance minister praised the Ugandan parliament on Sunday.",
        "en",
        {"SUPPORT reported UGA:GOV UGA:LEG"},
    ),
    ("وزیر دارایی اوگاندا از مجلس اوگاندا تقدیر کرد.", "fa", {"SUPPORT reported UGA:GOV UGA:LEG"}),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SEATS)
def test_members_seat_is_no_side(text: str, lang: str, expected: set[str]) -> None:
    assert _read(text, lang) == expected


# Another compound verb of becoming closes no demand ("بیکار شدند", "حاضر
# شد"); the demand's own light verb still does.
NO_DEMAND: list[tuple[str, str]] = [
    ("کارگران خواهان شغل در پایتخت اوگاندا بیکار شدند.", "fa"),
    ("خواهان دعوای ملکی صبح امروز در دادگاه کامپالا حاضر شد.", "fa"),
    ("The plaintiff in the land case appeared in a Kampala court this morning.", "en"),
    ("ومثل المدعي في قضية الأرض أمام محكمة كمبالا صباح اليوم.", "ar"),
]
DEMANDS: list[tuple[str, str]] = [
    ("کارگران اوگاندایی خواهان افزایش دستمزد خود شدند.", "fa"),
    ("وطالب العمال الأوغنديون الحكومة بزيادة أجورهم.", "ar"),
    ("Ugandan workers demanded higher wages.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), NO_DEMAND)
def test_other_compound_closes_no_demand(text: str, lang: str) -> None:
    assert not any(line.startswith("REQUEST") for line in _read(text, lang))


@pytest.mark.parametrize(("text", "lang"), DEMANDS)
def test_demand_still_read(text: str, lang: str) -> None:
    assert any(line.startswith("REQUEST") for line in _read(text, lang))
