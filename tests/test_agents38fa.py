"""Agents of round 38 (Persian; every sentence written for these tests).

A people noun with a reflexive ("خود") whose own verb is in the first
person, inside a speaker's words ("ما از هموطنان خود درخواست کرده‌ایم"), is
the speaker's country's, not that of the place where the speaker is
posted: the Brazilian ambassador in Cairo speaks of Brazilians. English
"our nationals" and Arabic "رعايانا" are not read so yet (strict xfail).
"""

from __future__ import annotations

import pytest

from casts import cast, run


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "سفیر برزیل در قاهره گفت: ما از هموطنان خود درخواست کرده‌ایم از تظاهرات دوری کنند.",
            "fa",
        ),
        (
            "کنسول برزیل در اسکندریه افزود: از هموطنان خود درخواست کرده‌ایم در خانه بمانند.",
            "fa",
        ),
        # request83: the nationals a verb of asking addresses take the
        # asker's country (was a strict xfail: "'our' is read as no owner")
        (
            "The Brazilian ambassador in Cairo said: we have asked our nationals "
            "to stay away from the demonstrations.",
            "en",
        ),
        pytest.param(
            "قال السفير البرازيلي في القاهرة: طلبنا من رعايانا الابتعاد عن المظاهرات.",
            "ar",
            marks=pytest.mark.xfail(strict=True, reason="the clitic 'نا' is read as no owner yet"),
        ),
    ],
)
def test_our_nationals_are_the_speakers(text: str, lang: str) -> None:
    found = cast(run(text, lang), "REQUEST")
    assert "BRA:CVL" in found
    assert "EGY:CVL" not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The Peruvian foreign ministry spokesman said: we have asked Chile "
            "to cut the staff of its embassy in Lima.",
            "en",
        ),
        (
            "صرح الناطق باسم الخارجية البيروفية: طلبنا من تشيلي خفض عدد موظفي سفارتها في ليما.",
            "ar",
        ),
        (
            "معاون وزیر خارجه پرو گفت: از شیلی خواسته‌ایم دیپلمات‌های خود در لیما را کم کند.",
            "fa",
        ),
    ],
)
def test_reflexive_of_the_one_asked_is_not_the_speakers(text: str, lang: str) -> None:
    """A reflexive in the clause of what is asked belongs to the one asked:
    the first person of the asking verb before it gives it no owner."""
    found = cast(run(text, lang), "REQUEST")
    assert any(a.startswith("CHL:") for a in found)
    assert not {a for a in found if a.startswith("PER:") and a != "PER:GOV"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Argentine embassy in Lima asked its citizens to avoid the border.", "en"),
        ("طلبت السفارة الأرجنتينية في ليما من مواطنيها تجنب الحدود.", "ar"),
        ("سفارت آرژانتین در لیما از هموطنان خود درخواست کرد از مرز دوری کنند.", "fa"),
    ],
)
def test_a_named_subject_still_owns_them(text: str, lang: str) -> None:
    """The subject of the clause, when one is named, owns the reflexive or
    the third-person possessive: the first person takes nothing from it."""
    assert cast(run(text, lang), "REQUEST") == {"ARG:GOV", "ARG:CVL"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Residents of Kandahar asked the governor to repair the road.", "en"),
        ("طلب سكان قندهار من المحافظ إصلاح الطريق.", "ar"),
        ("ساکنان قندهار از فرماندار خواستند جاده را تعمیر کند.", "fa"),
    ],
)
def test_third_person_request_unchanged(text: str, lang: str) -> None:
    """No first person: the place's people and governor stay the place's."""
    assert cast(run(text, lang), "REQUEST") == {"AFG:CVL", "AFG:GOV"}
