"""Mends of direction111's two side readings (mendE111).

Arabic: a noun opened by "أن/إن" right before a verb is its subject told
first, unless the verb carries its object as a glued pronoun; a fronted
topic can also be taken up by a pronoun on a preposition right after the
verb ("أن السفير احتجت لديه الخارجية": the ministry protested to the
ambassador), so that noun is no subject either
(``trigger_sides._object_after``, data ``SUBJECT_OPENER_BREAKS``).

Persian: the group after a relative "که" stands for a first group of the
target's own people only while that clause is still open at the verb: a
verb or auxiliary with a comma ("بسته بود،") closes it, and a group that a
preposition governs ("که از پشتیبانی همه مردم") or that "را" follows is no
subject (``marked_split._clause_subject``). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order


@pytest.mark.parametrize(
    ("text", "lang", "etype", "doer"),
    [
        # a pronoun on "لدى" takes up the envoy: the ministry protested
        (
            "وذكرت الصحيفة أن السفير الإيطالي احتجت لديه وزارة الخارجية الليبية على تصريحات روما.",
            "ar",
            "ACCUSE",
            "LBY:GOV",
        ),
        (
            "وأفادت الوكالة أن القائم بالأعمال الفرنسي احتجت لديه الخارجية الجزائرية"
            " على تصريحات باريس.",
            "ar",
            "ACCUSE",
            "DZA:GOV",
        ),
        # a pronoun on "على": the police assaulted the journalists
        (
            "وذكرت الرابطة أن الطلاب اعتدى عليهم عناصر من الشرطة التونسية أمام مقر الرابطة.",
            "ar",
            "ASSAULT",
            "TUN:COP",
        ),
        # the same meanings where the object is marked or the order is fixed
        (
            "خبرگزاری گزارش داد وزارت خارجه الجزایر به کاردار فرانسه اعتراض کرد.",
            "fa",
            "ACCUSE",
            "DZA:GOV",
        ),
        (
            "کانون وکلا گفت وکلا را ماموران پلیس اردن مقابل دادگاه مورد ضرب و شتم قرار دادند.",
            "fa",
            "ASSAULT",
            "JOR:COP",
        ),
        (
            "Witnesses said Tunisian police officers beat the students outside the league's office.",
            "en",
            "ASSAULT",
            "TUN:COP",
        ),
    ],
)
def test_topic_taken_up_after_the_verb_is_no_subject(
    text: str, lang: str, etype: str, doer: str
) -> None:
    """The doer comes first although the topic is told before the verb."""
    casts = casts_in_order(text, lang, etype)
    assert casts, f"no {etype} in {text}"
    assert casts[0][0] == doer


@pytest.mark.parametrize(
    ("text", "lang", "etype", "doer"),
    [
        # a clause closed by "بود،" before the verb: the students praised
        (
            "دانشجویان در روزی که ارتش خیابان‌ها را بسته بود، از دانشجویان زندانی تقدیر کردند.",
            "fa",
            "SUPPORT",
            "-:EDU",
        ),
        (
            "خبرنگاران در نشستی که دولت آن را لغو کرده بود، از خبرنگاران بازداشت‌شده حمایت کردند.",
            "fa",
            "SUPPORT",
            "-:MED",
        ),
        # a group a preposition governs in the clause: the president praises
        (
            "رئیس‌جمهور ایران که از پشتیبانی همه مردم ایران برخوردار است قطعاً از رهبر ایران"
            " تقدیر خواهد کرد.",
            "fa",
            "SUPPORT",
            "IRN:GOV",
        ),
        # the clause still open at the verb: its subject arrested (kept)
        (
            "تجمع همبستگی با کارگران در شیراز در حالی برگزار شد که نیروهای امنیتی در تهران،"
            " شماری از کارگران را بازداشت کرده‌اند.",
            "fa",
            "COERCE",
            "IRN:COP",
        ),
        # the same meanings in Arabic and English
        (
            "سيشيد الرئيس الإيراني الذي يحظى بدعم كل الإيرانيين بالمرشد الإيراني.",
            "ar",
            "SUPPORT",
            "IRN:GOV",
        ),
        (
            "The students praised the jailed students on a day when the army had closed the"
            " streets.",
            "en",
            "SUPPORT",
            "-:EDU",
        ),
    ],
)
def test_closed_or_marked_clause_gives_no_doer(text: str, lang: str, etype: str, doer: str) -> None:
    """Only an open clause's unmarked subject stands for the first group."""
    casts = casts_in_order(text, lang, etype)
    assert casts, f"no {etype} in {text}"
    assert casts[0][0] == doer
