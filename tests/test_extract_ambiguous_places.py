"""Names that are both a place inside one country and a state, country words
that are also persons' names, and places named only as the scene of an
attack. Sentences written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def parties(text: str, lang: str) -> list[set[str | None]]:
    return [{a.code for a in e.actors} for e in process(Document("t", text, lang=lang)).events]


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        (
            "ترکیه و آذربایجان روز دوشنبه یک توافقنامه همکاری نظامی امضا کردند.",
            "fa",
            {"TUR", "AZE"},
        ),
        ("ایران و آذربایجان درباره کریدور زنگزور گفتگو کردند.", "fa", {"IRN", "AZE"}),
        ("رئیس جمهور آذربایجان با همتای روسی خود در مسکو دیدار کرد.", "fa", {"AZE", "RUS"}),
        ("گرجستان و اوکراین یک توافقنامه تجاری امضا کردند.", "fa", {"GEO", "UKR"}),
        ("وقعت جورجيا وأوكرانيا اتفاقية تجارية.", "ar", {"GEO", "UKR"}),
        ("وقعت تركيا وأذربيجان يوم الاثنين اتفاقية للتعاون العسكري.", "ar", {"TUR", "AZE"}),
        (
            "Turkey and Azerbaijan signed a military cooperation agreement on Monday.",
            "en",
            {"TUR", "AZE"},
        ),
    ],
)
def test_a_name_listed_with_a_state_is_the_state(text: str, lang: str, pair: set[str]) -> None:
    assert any(pair <= p for p in parties(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("استاندار آذربایجان شرقی با سفیر ترکیه در تبریز دیدار کرد.", "fa"),
        ("معترضان در آذربایجان غربی علیه کم‌آبی دریاچه ارومیه تجمع کردند.", "fa"),
        ("زلزله‌ای به بزرگی پنج ریشتر آذربایجان را لرزاند و پلیس ده نفر را بازداشت کرد.", "fa"),
        ("Police in Atlanta, Georgia arrested five protesters.", "en"),
    ],
)
def test_a_province_stays_a_province(text: str, lang: str) -> None:
    assert all("AZE" not in p and "GEO" not in p for p in parties(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        ("انتقد الرئيس رفائيل كوريا الولايات المتحدة في خطاب بكيتو.", "ar", "KOR"),
        ("التقى الأمير تركي الفيصل السفير الأمريكي في الرياض.", "ar", "TUR"),
        ("انتقد السيناتور تشاد وولف سياسة الحكومة المكسيكية.", "ar", "TCD"),
        ("سناتور چاد ولف از سیاست دولت مکزیک انتقاد کرد.", "fa", "TCD"),
        ("Senator Chad Wolf criticised the Mexican government.", "en", "TCD"),
    ],
)
def test_a_country_word_in_a_persons_name_is_no_party(text: str, lang: str, wrong: str) -> None:
    assert all(wrong not in p for p in parties(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("التقى الرئيس التركي رجب طيب أردوغان نظيره الكوري في أنقرة.", "ar", {"TUR", "KOR"}),
        (
            "زار وزير الخارجية الروسي تركيا وبحث مع نظيره التركي الأزمة السورية.",
            "ar",
            {"RUS", "TUR"},
        ),
        ("رئیس جمهور ترکیه با رئیس جمهور کره جنوبی دیدار کرد.", "fa", {"TUR", "KOR"}),
        ("The president of Chad met the French foreign minister.", "en", {"TCD", "FRA"}),
    ],
)
def test_a_country_after_its_title_is_still_the_state(text: str, lang: str, kept: set[str]) -> None:
    assert any(kept <= p for p in parties(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "scene"),
    [
        ("Two American soldiers were killed in a drone attack in Jordan.", "en", "JOR"),
        ("A French soldier was killed in an ambush in central Mali.", "en", "MLI"),
    ],
)
def test_the_scene_of_an_attack_is_no_side(text: str, lang: str, scene: str) -> None:
    found = parties(text, lang)
    assert found and all(scene not in p for p in found)


@pytest.mark.parametrize(
    ("text", "lang", "target"),
    [
        ("Russia withdrew its troops from Kherson in Ukraine.", "en", "UKR"),
        ("Russia bombed the city of Kharkiv.", "en", "UKR"),
        ("قصفت روسيا مدينة خاركيف الأوكرانية.", "ar", "UKR"),
        ("اسرائیل به دمشق حمله کرد.", "fa", "SYR"),
    ],
)
def test_a_place_the_deed_is_done_to_is_its_side(text: str, lang: str, target: str) -> None:
    assert any(target in p for p in parties(text, lang))
