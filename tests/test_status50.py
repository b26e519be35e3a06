"""Round 50, the status of deeds halted or promised only on a condition
(status50; every sentence written for these tests).

- a deed halted or suspended ("were halted", "توقفت المفاوضات", "متوقف
  شده است", the headline noun "توقف تبادل زندانیان") is negated, as one
  called off is (and, since round 86, a postponed one); failed or collapsed talks stay
  held (``extract/status.halted``, ``status.HALTED_*_CUES``);
- a halt that ended ("resumed after being halted", "بعد توقفها", "پس از
  توقف") leaves the resumption reported; "X suspended aid to Y" stays a
  sanction;
- a harm promised before "unless" ("will kill … unless", "سيعدمونه ما
  لم", "… خواهد کرد مگر اینکه") is a threat by whoever promises it, not the
  harm planned, told once when a threat word is there too
  (``status.threatened_on_condition``, ``context.THREAT_CONDITIONS``); what
  "unless" names is a condition, no deed.
"""

from __future__ import annotations

import pytest

from casts import reading_lines

HALTED = [
    ("en", "Talks between Iran and the United States were halted.", "CONSULT negated IRN: USA:"),
    (
        "en",
        "The prisoner exchange between Iran and Britain has been halted.",
        "CONCEDE negated IRN: GBR:",
    ),
    ("en", "Talks between Russia and Ukraine have been suspended.", "CONSULT negated RUS: UKR:"),
    ("ar", "توقفت المفاوضات بين إيران والولايات المتحدة.", "CONSULT negated IRN: USA:"),
    ("ar", "توقف تبادل الأسرى بين روسيا وأوكرانيا.", "CONCEDE negated RUS: UKR:"),
    ("fa", "تبادل زندانی میان ایران و بریتانیا متوقف شده است.", "CONCEDE negated IRN: GBR:"),
    ("fa", "توقف تبادل زندانیان میان ایران و بریتانیا.", "CONCEDE negated IRN: GBR:"),
    ("fa", "مذاکرات ایران و آمریکا متوقف شد.", "CONSULT negated IRN: USA:"),
]


@pytest.mark.parametrize(("lang", "text", "line"), HALTED)
def test_halted_deed_is_negated(lang: str, text: str, line: str) -> None:
    assert reading_lines(text, lang) == {line}


KEPT = [
    # called off and (postponed86) postponed: negated
    (
        "en",
        "The visit of the French president to Algeria was called off.",
        "CONSULT negated FRA:GOV DZA:",
    ),
    (
        "en",
        "The visit of the French president to Algeria was postponed.",
        "CONSULT negated FRA:GOV DZA:",
    ),
    ("ar", "أرجئت زيارة الرئيس الفرنسي إلى الجزائر.", "CONSULT negated FRA:GOV DZA:"),
    ("fa", "سفر رئیس جمهور فرانسه به الجزایر به تعویق افتاد.", "CONSULT negated FRA:GOV DZA:"),
    ("fa", "سفر رئیس جمهور فرانسه به الجزایر لغو شد.", "CONSULT negated FRA:GOV DZA:"),
    # failed talks were held (the project's reading of "فشلت المفاوضات")
    ("en", "Talks between Ethiopia and Egypt failed.", "CONSULT reported ETH: EGY:"),
    ("ar", "فشلت المفاوضات بين إثيوبيا ومصر.", "CONSULT reported ETH: EGY:"),
    ("fa", "مذاکرات اتیوپی و مصر شکست خورد.", "CONSULT reported ETH: EGY:"),
    # a halt that ended: the resumption
    (
        "en",
        "Talks between Iran and the United States resumed after being halted.",
        "CONSULT reported IRN: USA:",
    ),
    (
        "ar",
        "استؤنفت المفاوضات بين إيران والولايات المتحدة بعد توقف دام شهرين.",
        "CONSULT reported IRN: USA:",
    ),
    ("fa", "مذاکرات ایران و آمریکا پس از توقف از سر گرفته شد.", "CONSULT reported IRN: USA:"),
    # suspending aid is a deed of its own
    ("en", "The United States suspended aid to Egypt.", "SANCTION reported USA: EGY:"),
    ("ar", "علقت الولايات المتحدة المساعدات لمصر.", "SANCTION reported USA: EGY:"),
    ("fa", "آمریکا کمک به مصر را تعلیق کرد.", "SANCTION reported USA: EGY:"),
]


@pytest.mark.parametrize(("lang", "text", "line"), KEPT)
def test_postponed_failed_resumed_and_suspending_verbs_kept(
    lang: str, text: str, line: str
) -> None:
    assert reading_lines(text, lang) == {line}


@pytest.mark.parametrize(
    ("lang", "text", "line"),
    [
        # a deed set before a comma is not the halted one: the strike was held
        (
            "fa",
            "کار پالایشگاه‌ها با اعتصاب کارگران از روز شنبه، متوقف شده است.",
            "PROTEST reported -:LAB",
        ),
        (
            "en",
            "The strike by workers since Saturday, the company said, was halted.",
            "PROTEST reported -:LAB",
        ),
        (
            "ar",
            "أضرب العمال في المصفاة يوم السبت، ما أدى إلى توقف الإنتاج.",
            "PROTEST reported -:LAB",
        ),
    ],
)
def test_halt_of_something_else_leaves_the_deed(lang: str, text: str, line: str) -> None:
    assert line in reading_lines(text, lang)


THREATS = [
    (
        "en",
        "The militants said they will kill the hostages unless the government releases their leader.",
        {"THREATEN reported -:REB -:CVL"},
    ),
    (
        "en",
        "Israel threatened to attack Lebanon unless Hezbollah withdraws.",
        {"THREATEN reported ISR: LBN:"},
    ),
    (
        "ar",
        "قالت إيران إنها ستعدم المواطن البريطاني ما لم تدفع بريطانيا ديونها.",
        {"THREATEN reported IRN: GBR:CVL"},
    ),
    (
        "ar",
        "هدد الحوثيون بأنهم سيعدمونه ما لم تفرج السعودية عن أسراهم.",
        {"THREATEN reported YEM:REB SAU:"},
    ),
    (
        "fa",
        "ایران شهروند بریتانیایی را اعدام خواهد کرد مگر اینکه بریتانیا بدهی خود را بپردازد.",
        {"THREATEN reported IRN: GBR:CVL"},
    ),
    (
        "fa",
        "ایران تهدید کرد اگر بریتانیا بدهی خود را نپردازد، شهروند بریتانیایی را اعدام می‌کند.",
        {"THREATEN reported IRN: GBR:"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "lines"), THREATS)
def test_harm_promised_unless_is_a_threat(lang: str, text: str, lines: set[str]) -> None:
    assert reading_lines(text, lang) == lines


@pytest.mark.parametrize(
    ("lang", "text", "line"),
    [
        ("en", "The army will attack the rebels on Monday.", "ASSAULT planned -:MIL -:REB"),
        ("ar", "ستقصف إسرائيل لبنان الأسبوع المقبل.", "ASSAULT planned ISR: LBN:"),
        ("fa", "اسرائیل هفته آینده به لبنان حمله خواهد کرد.", "ASSAULT planned ISR: LBN:"),
    ],
)
def test_harm_planned_without_condition_stays_planned(lang: str, text: str, line: str) -> None:
    assert line in reading_lines(text, lang)
