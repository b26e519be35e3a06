"""Participants of a clause whose verb comes last (Persian) read off its
marks: a place of another country marked as the object of an attack is
struck in its country; an ambiguous state name marked as the object of a
plain actor is the state; the owner of a stand a reaction answers is its
target, not a state named inside the stand's content. Arabic and English
sentences show the same readings, and sentences where the marks do not hold
show no misfire. Sentences written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.model import Document, Record
from diplowatch.pipeline import process


def run(text: str, lang: str) -> Record:
    return process(Document("t", text, lang=lang))


def codes(record: Record, etype: str) -> set[str]:
    return {a.code or "-" for e in record.events if e.type == etype for a in e.actors}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fa", "روسیه شهر خارکیف را بمباران کرد.", {"RUS", "UKR"}),
        ("fa", "جنگنده‌های اسرائیلی حومه دمشق را بمباران کردند.", {"ISR", "SYR"}),
        ("fa", "ارتش پاکستان شهر قندهار را گلوله‌باران کرد.", {"PAK", "AFG"}),
        ("fa", "روسیه شهرهای خارکیف و اودسا را با موشک هدف قرار داد.", {"RUS", "UKR"}),
        ("fa", "نیروهای روسیه به شهر خرسون حمله کردند.", {"RUS", "UKR"}),
        ("fa", "آمریکا فرودگاه بغداد را هدف حمله پهپادی قرار داد.", {"USA", "IRQ"}),
        ("ar", "قصفت روسيا مدينة خاركيف.", {"RUS", "UKR"}),
        ("ar", "قصفت الطائرات السعودية مدينة الحديدة.", {"SAU", "YEM"}),
        ("en", "Russia bombed the city of Kharkiv.", {"RUS", "UKR"}),
        ("en", "Russian forces attacked Kherson.", {"RUS", "UKR"}),
    ],
)
def test_a_place_struck_as_the_object_brings_its_country(
    lang: str, text: str, expected: set[str]
) -> None:
    assert codes(run(text, lang), "ASSAULT") == expected


def test_a_place_of_the_scene_before_the_verb_is_not_struck() -> None:
    # "در تهران": where the police struck, not a target of another country
    record = run("پلیس ترکیه در استانبول معترضان را مورد حمله قرار داد.", "fa")
    assert "IRN" not in {a.code for e in record.events for a in e.actors}


@pytest.mark.parametrize(
    ("lang", "text", "etype", "expected"),
    [
        ("fa", "ارمنستان آذربایجان را به نقض آتش‌بس متهم کرد.", "ACCUSE", {"ARM", "AZE"}),
        ("fa", "روسیه گرجستان را تهدید کرد.", "THREATEN", {"RUS", "GEO"}),
        ("fa", "الجزایر مالی را به حمایت از تروریسم متهم کرد.", "ACCUSE", {"DZA", "MLI"}),
        ("fa", "اتحادیه اروپا گرجستان را تحریم کرد.", "SANCTION", {"EU", "GEO"}),
        ("fa", "نخست‌وزیر ارمنستان آذربایجان را تهدید کرد.", "THREATEN", {"ARM", "AZE"}),
        ("ar", "هددت روسيا جورجيا.", "THREATEN", {"RUS", "GEO"}),
        ("ar", "اتهمت الجزائر مالي بدعم الإرهاب.", "ACCUSE", {"DZA", "MLI"}),
        ("en", "Russia threatened Georgia.", "THREATEN", {"RUS", "GEO"}),
        ("en", "Algeria accused Mali of supporting terrorism.", "ACCUSE", {"DZA", "MLI"}),
    ],
)
def test_an_ambiguous_state_as_the_object_of_a_state_is_the_state(
    lang: str, text: str, etype: str, expected: set[str]
) -> None:
    assert codes(run(text, lang), etype) == expected


@pytest.mark.parametrize(
    ("lang", "text", "word_code"),
    [
        ("fa", "آمریکا کمک مالی را قطع کرد.", "MLI"),  # "financial aid"
        ("fa", "ایران کمک‌های مالی را به سوریه ارسال کرد.", "MLI"),
        ("fa", "دولت ایران مردم آذربایجان را به آرامش دعوت کرد.", "AZE"),  # the provinces
        ("ar", "قطعت الولايات المتحدة المساعدات المالية عن سوريا.", "MLI"),
    ],
)
def test_an_ambiguous_word_after_a_noun_stays_a_word(lang: str, text: str, word_code: str) -> None:
    assert word_code not in {a.code for e in run(text, lang).events for a in e.actors}


@pytest.mark.parametrize(
    ("lang", "text", "etype", "expected"),
    [
        (
            "fa",
            "عربستان سعودی از تصمیم آمریکا برای خروج نیروهایش از عراق استقبال کرد.",
            "SUPPORT",
            {"SAU", "USA"},
        ),
        (
            "fa",
            "امارات از تصمیم عربستان برای ازسرگیری روابط با ایران استقبال کرد.",
            "SUPPORT",
            {"ARE", "SAU"},
        ),
        ("fa", "چین از موضع روسیه درباره تایوان حمایت کرد.", "SUPPORT", {"CHN", "RUS"}),
        (
            "fa",
            "ایران آذربایجان را به همکاری با اسرائیل متهم کرد.",
            "ACCUSE",
            {"IRN", "AZE"},
        ),
        (
            "fa",
            "فرانسه مالی را به همکاری با روسیه متهم کرد.",
            "ACCUSE",
            {"FRA", "MLI"},
        ),
        (
            "ar",
            "رحبت الإمارات بقرار السعودية استئناف العلاقات مع إيران.",
            "SUPPORT",
            {"ARE", "SAU"},
        ),
        (
            "en",
            "The UAE welcomed Saudi Arabia's decision to resume relations with Iran.",
            "SUPPORT",
            {"ARE", "SAU"},
        ),
        (
            "en",
            "Saudi Arabia welcomed the US decision to withdraw its troops from Iraq.",
            "SUPPORT",
            {"SAU", "USA"},
        ),
    ],
)
def test_the_owner_of_a_stand_or_the_marked_object_is_the_target(
    lang: str, text: str, etype: str, expected: set[str]
) -> None:
    assert codes(run(text, lang), etype) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second object of the verb right after the marker stays the target
        ("ایران در دیدار با عراق از ترکیه انتقاد کرد.", {"IRN", "TUR"}),
        # a clause break ends the stand's phrase
        ("ایران در پاسخ به اقدام آمریکا، از عراق انتقاد کرد.", {"IRN", "IRQ"}),
    ],
)
def test_a_later_complement_of_the_verb_keeps_the_target(text: str, expected: set[str]) -> None:
    assert codes(run(text, "fa"), "ACCUSE") == expected
