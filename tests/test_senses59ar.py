"""Arabic "نشر" in its sense of publishing, and the same in Persian and
English (round 59, senses59ar; every sentence written for these tests).

"نشر" deploys forces and publishes a text or an image. With the published
thing right after it ("نشر فيديو", "لم يتم نشر اسمه"), or as the noun its
relative "نشرتها" follows ("أخبار نشرتها عناصر من الجيش"), it is no
deployment (PLOVER MOBILIZE) though a military word stands nearby; Persian
"منتشر کرد" and English "posted" / "published" never deploy.
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
