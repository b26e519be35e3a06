"""Bystanders are no parties: a country inside the name of a sea or gulf,
the body whose figures a sentence cites, a country named only in the cause
of a deed, the port a deed happened in. Sentences written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def parties(text: str, lang: str) -> list[set[str | None]]:
    return [{a.code for a in e.actors} for e in process(Document("t", text, lang=lang)).events]


def agents(text: str, lang: str) -> list[set[str | None]]:
    return [{a.agent for a in e.actors} for e in process(Document("t", text, lang=lang)).events]


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("نیروهای دریایی ما چهل روز در خلیج فنلاند مستقر شدند.", "fa", "FIN"),
        ("زیردریایی‌ها در خلیج مکزیک مستقر شدند.", "fa", "MEX"),
        ("نشرت البحرية سفنا حربية في بحر الصين.", "ar", "CHN"),
        ("Naval forces were deployed in the Gulf of Panama for forty days.", "en", "PAN"),
        ("Warships were deployed in the Strait of Georgia.", "en", "GEO"),
    ],
)
def test_a_country_in_the_name_of_a_sea_is_no_party(text: str, lang: str, place: str) -> None:
    events = process(Document("t", text, lang=lang)).events
    assert events
    assert all(a.code != place for e in events for a in e.actors)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ناوهای چینی و روسی در دریای ژاپن رزمایش برگزار کردند.", "fa"),
        ("أجرت سفن صينية وروسية مناورات في بحر اليابان.", "ar"),
        ("Chinese and Russian ships held drills in the Sea of Japan.", "en"),
    ],
)
def test_the_sides_at_sea_stay(text: str, lang: str) -> None:
    assert any({"CHN", "RUS"} <= p for p in parties(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        ("بر اساس آمار سازمان ملل، در حملات هوایی هفته گذشته سی غیرنظامی کشته شدند.", "fa", "UN"),
        ("وفقا لإحصاءات الأمم المتحدة قتل ثلاثون مدنيا في الغارات الجوية.", "ar", "UN"),
        ("According to UN figures, thirty civilians were killed in the air strikes.", "en", "UN"),
    ],
)
def test_whose_figures_are_cited_is_no_party(text: str, lang: str, source: str) -> None:
    events = parties(text, lang)
    assert events
    assert all(source not in p for p in events)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("طبق برآورد عفو بین‌الملل دست‌کم ده معترض به دست نیروهای امنیتی کشته شدند.", "fa"),
        ("حسب تقديرات منظمة العفو الدولية قتلت قوات الأمن عشرة محتجين.", "ar"),
        (
            "According to Amnesty International estimates, security forces killed ten protesters.",
            "en",
        ),
    ],
)
def test_a_rights_group_counting_the_dead_is_no_party(text: str, lang: str) -> None:
    found = agents(text, lang)
    assert any("COP" in a for a in found)
    assert all("NGO" not in a for a in found)


@pytest.mark.parametrize(
    ("text", "lang", "cause"),
    [
        (
            "ایران و عراق به دلیل تحریم‌های آمریکا درباره راه‌های پرداخت بدهی گفتگو کردند.",
            "fa",
            "USA",
        ),
        ("اتفقت إيران والعراق على آلية لسداد الديون بسبب العقوبات الأمريكية.", "ar", "USA"),
        ("Iran and Iraq agreed on a debt payment mechanism because of US sanctions.", "en", "USA"),
    ],
)
def test_a_country_in_the_cause_of_a_joint_act_is_no_side(text: str, lang: str, cause: str) -> None:
    joint = [p for p in parties(text, lang) if {"IRN", "IRQ"} <= p]
    assert joint
    assert all(cause not in p for p in joint)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ایران به دلیل حمایت عربستان از تروریسم از ریاض انتقاد کرد.", "fa"),
        ("انتقدت إيران السعودية بسبب دعمها للإرهاب.", "ar"),
        ("Iran criticised Saudi Arabia because of its support for terrorism.", "en"),
    ],
)
def test_a_comment_keeps_whom_its_cause_names(text: str, lang: str) -> None:
    assert any({"IRN", "SAU"} <= p for p in parties(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("An Iranian tanker was attacked in the port of Latakia.", "en"),
        ("یک نفتکش ایرانی در لاذقیه هدف حمله قرار گرفت.", "fa"),
    ],
)
def test_the_port_a_ship_was_struck_in_is_the_scene(text: str, lang: str) -> None:
    """Syria is not the side struck (the state itself, no agent); an
    attacker of unknown name may still be placed there."""
    events = process(Document("t", text, lang=lang)).events
    assert events
    assert all((a.code, a.agent) != ("SYR", None) for e in events for a in e.actors)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("دعت المنظمة التي مقرها لندن الرئيس الفلبيني إلى احترام حقوق الإنسان.", "ar"),
        (
            "این سازمان که مقر آن در لندن است از رئیس‌جمهور فیلیپین خواست به حقوق بشر احترام بگذارد.",
            "fa",
        ),
        ("The group, which is based in London, urged the Philippine president to act.", "en"),
    ],
)
def test_the_seat_of_a_body_is_no_side(text: str, lang: str) -> None:
    assert all("GBR" not in p for p in parties(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قال المرصد ومقره بريطانيا إن مسلحين قتلوا عشرة مدنيين.", "ar"),
    ],
)
def test_the_seat_is_not_the_home_of_the_agents_named(text: str, lang: str) -> None:
    events = process(Document("t", text, lang=lang)).events
    assert all(a.code != "GBR" for e in events for a in e.actors)
