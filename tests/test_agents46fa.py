"""Round 46, Persian agents (agents46fa; every sentence written for these tests).

- a body named only as where a workers' protest gathers (a landmark: "در
  نزدیکی ساختمان وزارت کار", "near the labour ministry building", "قرب مبنى
  وزارة العمل") is no government named: the strike keeps no government
  understood, as with no body named (``implied_sides._named_agents``);
- Persian verbs of saying in the third person plural ("عنوان کردند", "اطلاع
  دادند", "بیان کردند") are verbs of saying as the singular is: media who
  name a beating as a death's cause tell the deed and are no side of it
  (``lang/fa/status.REPORTING_CUES``). Not Arabic or English: an Arabic verb
  before its plural subject stays singular ("ذكرت وسائل إعلام"), and the
  English past has no person; their sentences below check the same reading;
- a Persian object fronted before an unknown doer ("دو ملوان ایرانی را
  قاچاقچیان ربودند", object – "را" – subject – verb) is his object, as one
  written after him is: its country is not his (``participants._struck_named``).
  Arabic and English do not front an object before its subject so; their
  sentences in the usual order check the same reading.
"""

from __future__ import annotations

import pytest

from casts import cast, run

# --- 1. a landmark body is no government named in a workers' protest ---------------

LANDMARK_STRIKES = [
    ("fa", "کارگران کارخانه فولاد در نزدیکی ساختمان وزارت کار در تهران تجمع کردند."),
    ("en", "Steel plant workers rallied near the labour ministry building in Cairo."),
    ("ar", "تظاهر عمال مصنع الصلب قرب مبنى وزارة العمل في القاهرة."),
]


@pytest.mark.parametrize(("lang", "text"), LANDMARK_STRIKES)
def test_landmark_body_is_no_named_government(lang: str, text: str) -> None:
    got = cast(run(text, lang), "PROTEST")
    assert any(a.endswith(":LAB") for a in got), got
    assert not any(a.endswith(":GOV") for a in got), got


# the government named as a side still keeps it understood (mend38)
NAMED_OFFICIAL_STRIKES = [
    (
        "fa",
        "کارگران کارخانه فولاد در نزدیکی ساختمان استانداری اعتصاب کردند و وزیر کار"
        " خواسته‌های آنان را غیرقانونی خواند.",
    ),
    (
        "en",
        "Steel plant workers went on strike near the governor's office while the labour"
        " minister called their demands unlawful.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NAMED_OFFICIAL_STRIKES)
def test_named_official_keeps_government(lang: str, text: str) -> None:
    got = cast(run(text, lang), "PROTEST")
    assert any(a.endswith(":GOV") for a in got), got


# --- 2. plural verbs of saying: the telling media are no side -----------------------

MEDIA_TELL_BEATING = [
    ("fa", "روزنامه‌نگاران محلی علت مرگ این کارگر را ضرب و شتم او عنوان کردند."),
    ("fa", "رسانه‌های استان علت مرگ این معلم را ضرب و شتم او بیان کردند."),
    ("ar", "ذكرت وسائل إعلام محلية أن العامل تعرض للضرب على يد مجهولين."),
]


@pytest.mark.parametrize(("lang", "text"), MEDIA_TELL_BEATING)
def test_media_telling_a_beating_are_no_side(lang: str, text: str) -> None:
    got = cast(run(text, lang), "ASSAULT")
    assert "-:UAF" in got, got
    assert not any(a.endswith(":MED") for a in got), got


def test_plural_saying_cues_are_listed() -> None:
    from diplowatch.lang.fa import status

    for cue in ("عنوان کردند", "اطلاع دادند", "بیان داشتند", "یادآور شدند"):
        assert cue in status.REPORTING_CUES
    # a crowd that goes on goes on with a deed, not with words
    assert "ادامه دادند" not in status.REPORTING_CUES


# --- 3. a fronted object gives an unknown doer no country ----------------------------

FRONTED_OBJECTS = [
    ("fa", "دو ملوان هندی را قاچاقچیان در دریای عمان ربودند.", "-:CRM", "IND:CVL"),
    ("fa", "سه ماهیگیر پاکستانی را افراد مسلح ربودند.", "-:UAF", "PAK:CVL"),
    ("en", "Smugglers kidnapped two Indian sailors in the Sea of Oman.", "-:CRM", "IND:CVL"),
    ("ar", "خطف مسلحون ثلاثة صيادين باكستانيين.", "-:UAF", "PAK:CVL"),
]


@pytest.mark.parametrize(("lang", "text", "doer", "struck"), FRONTED_OBJECTS)
def test_fronted_object_gives_no_country(lang: str, text: str, doer: str, struck: str) -> None:
    got = cast(run(text, lang), "ASSAULT")
    assert doer in got and struck in got, got


def test_police_before_a_fronted_object_keep_the_place() -> None:
    # police are no unknown doers: the rule leaves them as they were
    got = cast(run("دو خبرنگار ایرانی را پلیس بازداشت کرد.", "fa"), "COERCE")
    assert "IRN:COP" in got, got
