"""The subject told right before its verb in Arabic (direction111).

The round-110 audit found arrests with the sides reversed: "… بأن قوات
الأمن اعتقلت رجلا … دورية للشرطة" made the man the arrester. Where the
subject may follow its verb (Arabic), ``split_sides.local_split`` took the
group right after the verb as its subject even when a group stood right
before the bare verb, with no word or comma between, opened by a word of
``context.SUBJECT_OPENERS`` ("أن", "إن", "كان"): that group is the subject
told first, and the group after the verb its object. A verb with a
glued conjunction ("… من مصر وطالب …") or a glued object pronoun ("جنودا
قتلهم عناصر التنظيم", the soldiers whom the men killed) keeps the old
reading. Persian and English sentences guard the same meanings. In Persian,
a sentence's first group of the target's own people before a relative "که"
is no subject of the clause's verb: the group after "که" is
(``marked_split._clause_subject``). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order


@pytest.mark.parametrize(
    ("text", "lang", "etype", "expected"),
    [
        # the subject before the verb, a second police mention after it
        (
            "ذكرت وكالة أنباء أن الشرطة الألمانية اعتقلت شابا في برلين بعد مشادة مع دورية للشرطة.",
            "ar",
            "COERCE",
            ["DEU:COP", "DEU:CVL"],
        ),
        (
            "A news agency said German police arrested a young man in Berlin after a quarrel"
            " with a police patrol.",
            "en",
            "COERCE",
            ["DEU:COP", "DEU:CVL"],
        ),
        # the army killed the gunmen, not the reverse
        (
            "وقال مسؤول إن الجيش العراقي قتل خمسة مسلحين في الموصل بعد هجوم على نقطة للجيش.",
            "ar",
            "ASSAULT",
            ["IRQ:MIL", "IRQ:REB"],
        ),
        # the Iranian minister criticised Saudi Arabia beside his Russian peer
        (
            "وذكر التلفزيون أن وزير الخارجية الإيراني انتقد السعودية في مؤتمر صحفي مع نظيره الروسي.",
            "ar",
            "ACCUSE",
            ["IRN:GOV", "SAU:"],
        ),
        # guards: a verb told first keeps the subject after it
        (
            "اعتقلت الشرطة التركية صحفيا إيرانيا في إسطنبول بعد شجار مع دورية للشرطة.",
            "ar",
            "COERCE",
            ["TUR:COP", "IRN:MED"],
        ),
        # a glued object pronoun: the group before the verb was struck
        (
            "دفن ذووهم جنودا عراقيين قتلهم عناصر التنظيم قرب الموصل في هجوم على ثكنة للجيش.",
            "ar",
            "ASSAULT",
            ["IRQ:REB", "IRQ:MIL"],
        ),
        (
            "Iraqi soldiers whom gunmen killed near Mosul were buried on Sunday.",
            "en",
            "ASSAULT",
            ["IRQ:UAF", "IRQ:MIL"],
        ),
        (
            "سربازان عراقی که افراد مسلح آنها را نزدیک موصل کشتند روز یکشنبه به خاک سپرده شدند.",
            "fa",
            "ASSAULT",
            ["IRQ:UAF", "IRQ:MIL"],
        ),
        (
            "روزنامه نوشت که شبه‌نظامیان بارها نیروهای امنیتی پاکستان را در پیشاور هدف قرار داده‌اند.",
            "fa",
            "ASSAULT",
            ["PAK:REB", "PAK:COP"],
        ),
    ],
)
def test_subject_before_its_verb(text: str, lang: str, etype: str, expected: list[str]) -> None:
    """The first event of ``etype`` names the doer first."""
    casts = casts_in_order(text, lang, etype)
    assert casts, f"no {etype} in {text}"
    assert casts[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # "وطالب" here is a student, no verb: no request from Morocco
        "أوقفت الشرطة الفرنسية في مرسيليا مهربا من المغرب وطالب من الجزائر بعد مطاردة.",
    ],
)
def test_no_subject_before_a_glued_conjunction(text: str) -> None:
    """A verb with a glued conjunction opens its own clause."""
    assert casts_in_order(text, "ar", "REQUEST") == []


def test_persian_arrest_keeps_the_police_first() -> None:
    """Persian marks the object: the police arrest, whatever comes after."""
    text = "خبرگزاری گزارش داد که پلیس آلمان مرد جوانی را در برلین پس از درگیری با یک گشت پلیس بازداشت کرد."
    casts = casts_in_order(text, "fa", "COERCE")
    assert casts and casts[0][0] == "DEU:COP"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the protesters named before "که" are the arrested, not the arresters
        (
            "تجمع همبستگی با معترضان در اراک در شرایطی برگزار شده که نیروهای امنیتی در اهواز"
            " برخی معترضان را کشته و ده‌ها نفر را بازداشت کرده‌اند.",
            "fa",
        ),
        (
            "A solidarity rally with the protesters was held in Tabriz while security forces,"
            " besides deploying special units in Ahvaz, had wounded some protesters and"
            " arrested more than a hundred.",
            "en",
        ),
        (
            "نُظمت وقفة تضامنية مع المحتجين في تبريز في حين أن قوات الأمن اعتقلت أكثر من مئة"
            " من المحتجين في الأهواز بعد نشر وحدات خاصة.",
            "ar",
        ),
    ],
)
def test_clause_subject_after_the_target_named_first(text: str, lang: str) -> None:
    """The subject of a clause after its own people's first mention arrests."""
    casts = casts_in_order(text, lang, "COERCE")
    assert casts and casts[0] == ["IRN:COP", "IRN:CVL"]
