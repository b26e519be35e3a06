"""Agents of party cadres, tourists, military formations and social partners
(round 41, agents41ar; every sentence written for these tests).

Rules added in this round (Arabic data; English and Persian read the same
sentences alike already, and are checked so they stay so):

- a party's cadre named after the party itself ("القيادي في الحزب",
  "القيادية بالحزب", "قياديون بالحزب") speaks for the party (PTY); a named
  group after "قيادي في" keeps its own agent ("قيادي في حزب الله" is the
  movement's);
- tourists ("سائح", "سياح") are civilians, while "سياحة"/"سياحي" (tourism,
  touristic) name no one;
- military formations ("التشكيلات العسكرية") are the army; Tunisia's social
  partners ("الأطراف الاجتماعية") are labour;
- in all three languages, a civilian an arrest or a sentence holds is a
  criminal (CRM) where the crime is told right after them ("carrying
  cocaine", "بتهمة تهريب", "به اتهام سرقت"; ``extract/held_criminals.py``,
  ``context.CRIME_CUES``); protesters held for no crime stay civilians.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
TRIPLES: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "A senior member of the party criticised the government.",
        "انتقد القيادي في الحزب الحكومة.",
        "یک عضو ارشد حزب از دولت انتقاد کرد.",
        ("ACCUSE reported -:PTY -:GOV",),
    ),
    (
        "Gunmen attacked German tourists in Luxor.",
        "هاجم مسلحون سياحا ألمانا في الأقصر.",
        "مردان مسلح به گردشگران آلمانی در اقصر حمله کردند.",
        ("ASSAULT reported EGY:UAF DEU:CVL",),
    ),
    (
        "Military formations shelled rebel positions near Homs.",
        "قصفت التشكيلات العسكرية مواقع المتمردين قرب حمص.",
        "یگان‌های نظامی مواضع شورشیان را در نزدیکی حمص گلوله‌باران کردند.",
        ("ASSAULT reported SYR:MIL SYR:REB",),
    ),
    (
        "The Tunisian government called on the unions to hold talks.",
        "دعت الحكومة التونسية الأطراف الاجتماعية إلى الحوار.",
        "دولت تونس از اتحادیه‌ها خواست گفتگو کنند.",
        ("REQUEST reported TUN:GOV TUN:LAB",),
    ),
    (
        "Police arrested a young man carrying heroin in Bizerte.",
        "ألقت الشرطة القبض على شاب بحوزته كمية من الهيروين في بنزرت.",
        "پلیس یک مرد جوان را به اتهام قاچاق هروئین در بنزرت بازداشت کرد.",
        ("COERCE reported TUN:COP TUN:CRM",),
    ),
    (
        "Police arrested a woman on charges of theft.",
        "أوقفت الشرطة امرأة بتهمة السرقة.",
        "پلیس یک زن را به اتهام سرقت بازداشت کرد.",
        ("COERCE reported -:COP -:CRM",),
    ),
    (
        "Police arrested two protesters in Tehran.",
        "اعتقلت الشرطة متظاهرين اثنين في طهران.",
        "پلیس دو معترض را در تهران بازداشت کرد.",
        ("COERCE reported IRN:COP IRN:CVL",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), TRIPLES)
def test_three_languages_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    assert _read(en, "en") == set(want)
    assert _read(ar, "ar") == set(want)
    assert _read(fa, "fa") == set(want)


ARABIC = [
    # the cadre's other forms: feminine with "ب" and the article, plural
    (
        "انتقدت القيادية بالحزب نوال الصافي وزير المالية.",
        ("ACCUSE reported -:PTY -:GOV",),
    ),
    ("اتهم قياديون بالحزب الحكومة بالفشل.", ("ACCUSE reported -:PTY -:GOV",)),
    # a named movement after the title keeps its agent and its country
    (
        "اتهم قيادي في حزب الله الجيش الإسرائيلي بقصف قرية لبنانية.",
        ("ACCUSE reported LBN:REB ISR:MIL",),
    ),
    # the sound plural of the tourist
    (
        "هاجم مسلحون حافلة تقل سائحين ألمانا في الأقصر.",
        ("ASSAULT reported EGY:UAF DEU:CVL",),
    ),
    # tourism is no one: the ministry and the firm are the sides
    (
        "وقعت وزارة السياحة المصرية اتفاقية مع شركة ألمانية.",
        ("AGREE reported EGY:GOV DEU:BUS",),
    ),
    # a court's sentence on a charge of trafficking; a wanted man
    (
        "قضت المحكمة بسجن رجل خمس سنوات بتهمة الاتجار بالمخدرات.",
        ("COERCE reported -:JUD -:CRM",),
    ),
    ("أوقفت الشرطة رجلا مفتشا عنه في قضية تحيل.", ("COERCE reported -:COP -:CRM",)),
]


@pytest.mark.parametrize(("text", "want"), ARABIC)
def test_arabic(text: str, want: tuple[str, ...]) -> None:
    assert _read(text, "ar") == set(want)
