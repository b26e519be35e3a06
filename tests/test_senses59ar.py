"""Arabic "نشر" in its sense of publishing, and the same in Persian and
English (round 59, senses59ar; every sentence written for these tests).

"نشر" deploys forces and publishes a text or an image. With the published
thing right after it ("نشر فيديو", "لم يتم نشر اسمه"), or as the noun its
relative "نشرتها" follows ("أخبار نشرتها عناصر من الجيش"), it is no
deployment (PLOVER MOBILIZE) though a military word stands nearby; Persian
"منتشر کرد" and English "posted" / "published" never deploy. A purpose
"لضبط" (to control, to adjust) tells no seizure, and the idiom "لقمة سائغة"
(an easy morsel) no summit, as English "adjust" and "the summit of
Everest" and Persian "تنظیم" and "قله" are none. Threats as standing dangers
("تهديدات الإرهاب", "التهديدات البحرية", "المخاطر والتهديدات") are no threat
an actor made, as "terrorist threats" and "تهدیدات تروریستی" are none.
"""

from __future__ import annotations

import pytest

from casts import types


@pytest.mark.parametrize(
    "text",
    [
        "تم نشر فيديو يظهر جنديا إسرائيليا يعتدي على فلسطيني.",
        "وقال المسؤول الذي لم يتم نشر اسمه إن الجيش سيغادر المدينة.",
        "إن أخبارا نشرتها عناصر من الجيش وصلت إلى القيادة.",
        "وتم نشر صور الجنود المصابين على مواقع التواصل.",
        "وقد نشرت تقريرا عن قوات الجيش في المدينة.",
    ],
)
def test_ar_published_is_no_deployment(text: str) -> None:
    assert "MOBILIZE" not in types(text, "ar")


@pytest.mark.parametrize(
    "text",
    [
        "ونشرت وزارة الدفاع السورية قوات إضافية في حلب.",
        "ونشر الجيش صواريخ على الحدود الشمالية.",
        "ونشرت الشرطة عناصرها في محيط البلدة القديمة.",
        "تستعد تركيا لنشر جنود في قاعدة بقطر.",
    ],
)
def test_ar_deployed_forces_still_mobilize(text: str) -> None:
    assert "MOBILIZE" in types(text, "ar")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ارتش سوریه ویدئویی از سربازانش در حلب منتشر کرد.", "fa"),
        ("نام این مقام نظامی منتشر نشد.", "fa"),
        ("The Syrian army posted a video of its soldiers in Aleppo.", "en"),
        ("The army published the names of the soldiers.", "en"),
    ],
)
def test_published_is_no_deployment_elsewhere(text: str, lang: str) -> None:
    assert "MOBILIZE" not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ترکیه ۲۰۰ سرباز به قطر اعزام کرد.", "fa"),
        ("Turkey deployed 200 troops to Qatar.", "en"),
    ],
)
def test_deployment_elsewhere(text: str, lang: str) -> None:
    assert "MOBILIZE" in types(text, lang)


# A purpose "لضبط" (to control, to adjust) tells no seizure that happened;
# the idiom "لقمة سائغة" (an easy morsel) is no summit.
@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        (
            "وفي السيارة السعودية الجديدة عشرون طريقة لضبط المقاعد الأمامية للسيارة ولوحة أجهزة القياس.",
            "ar",
            "COERCE",
        ),
        ("وحتى لا تصبح مصر لقمة سائغة لإسرائيل.", "ar", "CONSULT"),
        ("The new Saudi car offers twenty ways to adjust the front seats.", "en", "COERCE"),
        ("Iranian climbers reached the summit of Everest.", "en", "CONSULT"),
        ("خودروی جدید سعودی بیست روش برای تنظیم صندلی‌های جلو دارد.", "fa", "COERCE"),
        ("کوهنوردان ایرانی به قله اورست رسیدند.", "fa", "CONSULT"),
    ],
)
def test_purpose_and_idiom_are_no_event(text: str, lang: str, etype: str) -> None:
    assert etype not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وضبطت الشرطة السعودية شاحنة محملة بالأسلحة.", "ar"),
        ("ونجحت قوات الأمن في ضبط كمية من المخدرات.", "ar"),
        ("Saudi police seized a truck loaded with weapons.", "en"),
        ("پلیس عربستان یک کامیون حامل سلاح را توقیف کرد.", "fa"),
    ],
)
def test_seizure_still_coerces(text: str, lang: str) -> None:
    assert "COERCE" in types(text, lang)


# Threats as standing dangers (of terrorism, at sea, paired with risks) are
# no threat an actor made; a threat voiced or received stays one.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وقال رئيس الوزراء المصري إن كل الدول العربية تتعرض لتهديدات الإرهاب.", "ar"),
        ("ودعا قائد البحرية الأمريكية إلى حماية التجارة من التهديدات البحرية في الخليج.", "ar"),
        ("The Egyptian prime minister said all Arab states face terrorist threats.", "en"),
        ("The US navy commander called for protecting trade from maritime threats.", "en"),
        ("نخست وزیر مصر گفت همه کشورهای عربی با تهدیدات تروریستی روبرو هستند.", "fa"),
    ],
)
def test_standing_danger_is_no_threat(text: str, lang: str) -> None:
    assert "THREATEN" not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وهدد الرئيس الكوري الشمالي الولايات المتحدة بضربة نووية.", "ar"),
        ("وتلقى رئيس الحزب التونسي تهديدات بالقتل من جماعة متطرفة.", "ar"),
        ("North Korea threatened the United States with a nuclear strike.", "en"),
        ("کره شمالی آمریکا را به حمله هسته‌ای تهدید کرد.", "fa"),
    ],
)
def test_threat_made_stays(text: str, lang: str) -> None:
    assert "THREATEN" in types(text, lang)
