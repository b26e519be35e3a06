"""Deeds named as a place, a span of time or a danger (round 15).

Detention named as a place or a span ("detention centres", "after eight
months of detention", "مراكز الاحتجاز", "فترة احتجاز", "پانصد روز از
بازداشت", "در دوران بازداشت") is no new arrest. A deed that may befall
someone ("face the threat of deportation", "خطر الترحيل", "در معرض خطر
اخراج", "the risk of attacks") is no deed done and no threat made. The deeds
themselves must keep firing (controls), "subjected to torture" among them.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from casts import types


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        # detention as a place or a span of time
        (
            "The Iranian journalist was freed on Monday after eight months of detention, his lawyer said.",
            "en",
            "COERCE",
        ),
        (
            "وأفرجت السلطات المصرية عن الصحفي بعد فترة احتجاز دامت ثمانية أشهر.",
            "ar",
            "COERCE",
        ),
        ("فعالان حقوق بشر از شکنجه زندانیان در دوران بازداشت خبر دادند.", "fa", "COERCE"),
        (
            "Human Rights Watch said Syrian detainees were tortured in detention centres run by the army.",
            "en",
            "COERCE",
        ),
        (
            "وقالت المنظمة إن عشرات المهاجرين يقبعون في مراكز الاحتجاز الليبية منذ أشهر.",
            "ar",
            "COERCE",
        ),
        ("پانصد روز از بازداشت این فعالان محیط زیست در ایران می‌گذرد.", "fa", "COERCE"),
        # a danger, not a deed or a threat
        (
            "Afghan refugees in Pakistan face the threat of deportation, the UN refugee agency said.",
            "en",
            "THREATEN",
        ),
        (
            "Thousands of Afghan refugees in Iran are at risk of deportation, aid groups said.",
            "en",
            "COERCE",
        ),
        (
            "ويواجه اللاجئون السوريون في لبنان خطر الترحيل القسري، بحسب المفوضية الأممية.",
            "ar",
            "COERCE",
        ),
        ("پناهجویان افغان در پاکستان در معرض خطر اخراج قرار دارند.", "fa", "SANCTION"),
        (
            "Shipping companies worry about the risk of attacks on their vessels in the Red Sea.",
            "en",
            "ASSAULT",
        ),
        ("وتواجه العائلات السورية في تركيا خطر الترحيل إلى سوريا.", "ar", "COERCE"),
        ("هزاران مهاجر افغان در ایران با خطر اخراج روبرو هستند.", "fa", "SANCTION"),
    ],
)
def test_place_span_or_danger_is_no_event(text: str, lang: str, wrong: str) -> None:
    assert wrong not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "right"),
    [
        ("Turkish police detained 20 protesters in Istanbul on Friday.", "en", "COERCE"),
        ("The opposition leader was taken into custody on Monday.", "en", "COERCE"),
        ("Washington renewed its threat of sanctions against Iran on Monday.", "en", "THREATEN"),
        ("Italian authorities placed five migrants in detention in Palermo.", "en", "COERCE"),
        ("واعتقلت الشرطة المصرية عشرين متظاهرا في القاهرة يوم الجمعة.", "ar", "COERCE"),
        ("وهدد الرئيس الأمريكي بفرض عقوبات جديدة على إيران.", "ar", "THREATEN"),
        ("ووضعت السلطات الإيطالية خمسة مهاجرين رهن الاعتقال في باليرمو.", "ar", "COERCE"),
        ("وشنت إسرائيل غارات جوية على غزة يوم الاثنين.", "ar", "ASSAULT"),
        ("ماموران امنیتی روز دوشنبه سه فعال کارگری را در تهران بازداشت کردند.", "fa", "COERCE"),
        ("حمید نوری زندانیان سیاسی را در معرض شکنجه قرار می‌داد.", "fa", "ASSAULT"),
    ],
)
def test_the_deeds_still_fire(text: str, lang: str, right: str) -> None:
    assert right in types(text, lang)
