"""Agents of round 41 (Persian first; every sentence written for these tests).

Persian news numbers Iran's governments and parliaments ("دولت دوازدهم",
"مجلس یازدهم") and names them by slogan: each is Iran's, unless a state
is written right after ("دولت یازدهم لبنان"). A definite title or agent noun followed by "از" and a named group
is an actor of its own, the group whom its verb is aimed at ("رئیس جمهور از
سپاه تقدیر کرد"); an indefinite or counted one is a member of the group.
Wholesalers, military advisers and the scientists who speak
for public health in an epidemic have agents of their own.
"""

from __future__ import annotations

import pytest

from casts import cast, run


@pytest.mark.parametrize(
    ("text", "lang", "etype", "expected"),
    [
        ("نماینده کرمان از دولت یازدهم به خاطر گرانی بنزین انتقاد کرد.", "fa", "ACCUSE", "IRN:GOV"),
        ("او از عملکرد دولت‌های نهم و دهم در حوزه مسکن انتقاد کرد.", "fa", "ACCUSE", "IRN:GOV"),
        ("مجلس دهم از وزیر راه به خاطر سوانح جاده‌ای انتقاد کرد.", "fa", "ACCUSE", "IRN:LEG"),
        ("نمایندگان مجلس هشتم از وزیر راه انتقاد کردند.", "fa", "ACCUSE", "IRN:LEG"),
        ("او از کارنامه اقتصادی دولت تدبیر و امید انتقاد کرد.", "fa", "ACCUSE", "IRN:GOV"),
        ("انتقد النائب حكومة روحاني بسبب أسعار البنزين.", "ar", "ACCUSE", "IRN:GOV"),
        (
            "The lawmaker criticised the Rouhani government over petrol prices.",
            "en",
            "ACCUSE",
            "IRN:GOV",
        ),
    ],
)
def test_iran_numbered_and_named_governments(
    text: str, lang: str, etype: str, expected: str
) -> None:
    assert expected in cast(run(text, lang), etype)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("دولت دوم ترامپ از کانادا به خاطر تعرفه‌ها انتقاد کرد.", "fa"),
        ("انتقدت إدارة ترامب الثانية كندا بسبب الرسوم الجمركية.", "ar"),
        ("Trump's second administration criticised Canada over tariffs.", "en"),
    ],
)
def test_a_low_ordinal_government_is_not_iran(text: str, lang: str) -> None:
    found = cast(run(text, lang), "ACCUSE")
    assert "CAN" in {a.split(":")[0] for a in found}
    assert not any(a.startswith("IRN") for a in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ترکیه از دولت یازدهم لبنان به خاطر این تصمیم انتقاد کرد.", "fa"),
        ("ترکیه از مجلس دهم لبنان به خاطر این تصمیم انتقاد کرد.", "fa"),
        ("انتقدت تركيا الحكومة الحادية عشرة في لبنان بسبب القرار.", "ar"),
        ("Turkey criticised the eleventh government of Lebanon over the decision.", "en"),
    ],
)
def test_a_numbered_government_of_another_state_is_that_states(text: str, lang: str) -> None:
    found = cast(run(text, lang), "ACCUSE")
    assert any(a.startswith("LBN:") for a in found)
    assert not any(a.startswith("IRN") for a in found)


@pytest.mark.parametrize(
    ("text", "lang", "etype", "doer", "other"),
    [
        (
            "رئیس جمهور از سپاه پاسداران به خاطر امدادرسانی تقدیر کرد.",
            "fa",
            "SUPPORT",
            "GOV",
            "MIL",
        ),
        ("رئیس مجلس از شورای نگهبان به خاطر این تصمیم انتقاد کرد.", "fa", "ACCUSE", "LEG", "GOV"),
        (
            "دانشجویان از سپاه پاسداران به خاطر امدادرسانی تقدیر کردند.",
            "fa",
            "SUPPORT",
            "EDU",
            "MIL",
        ),
        ("انتقد الجيش حزب الله بسبب إطلاق الصواريخ.", "ar", "ACCUSE", "MIL", "REB"),
        ("The army criticised Hezbollah over the rocket fire.", "en", "ACCUSE", "MIL", "REB"),
    ],
)
def test_title_before_from_and_a_group_is_its_own_actor(
    text: str, lang: str, etype: str, doer: str, other: str
) -> None:
    agents = {a.split(":")[1] for a in cast(run(text, lang), etype)}
    assert {doer, other} <= agents


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("نماینده‌ای از حماس با وزیر خارجه عمان در مسقط دیدار کرد.", "fa"),
        ("یک نماینده از حماس با وزیر خارجه عمان در مسقط دیدار کرد.", "fa"),
        ("التقى ممثل عن حماس وزير الخارجية العماني في مسقط.", "ar"),
        ("A representative of Hamas met the Omani foreign minister in Muscat.", "en"),
    ],
)
def test_an_indefinite_title_from_a_group_is_its_member(text: str, lang: str) -> None:
    found = cast(run(text, lang), "CONSULT")
    assert "PSE:REB" in found and "OMN:GOV" in found
    assert not any(a.endswith(":GOV") and not a.startswith("OMN") for a in found)


@pytest.mark.parametrize(
    ("text", "lang", "etype", "expected"),
    [
        ("اپیدمیولوژیست‌ها از دولت خواستند مدارس شیراز را تعطیل کند.", "fa", "REQUEST", "HLH"),
        ("ویروس‌شناسان از وزارت بهداشت به خاطر تأخیر واکسن انتقاد کردند.", "fa", "ACCUSE", "HLH"),
        (
            "دبیر کمیته علمی کشوری کووید-۱۹ از وزیر بهداشت به خاطر تأخیر واکسن انتقاد کرد.",
            "fa",
            "ACCUSE",
            "HLH",
        ),
        ("Epidemiologists urged the government to close schools in Leeds.", "en", "REQUEST", "HLH"),
        ("Virologists criticised the health ministry over vaccine delays.", "en", "ACCUSE", "HLH"),
        # agentsar110 added the Arabic nouns
        ("طالب علماء الأوبئة الحكومة بإغلاق المدارس في صفاقس.", "ar", "REQUEST", "HLH"),
    ],
)
def test_public_health_scientists_are_health_agents(
    text: str, lang: str, etype: str, expected: str
) -> None:
    assert expected in {a.split(":")[1] for a in cast(run(text, lang), etype)}


@pytest.mark.parametrize(
    ("text", "lang", "etype", "expected"),
    [
        ("مستشاران نظامی ترکیه در پایگاهی در شمال لیبی مستقر شدند.", "fa", "MOBILIZE", "TUR:MIL"),
        (
            "Turkish military advisers were deployed to a base in northern Libya.",
            "en",
            "MOBILIZE",
            "TUR:MIL",
        ),
        ("أرسلت تركيا مستشارين عسكريين إلى قاعدة في شمال ليبيا.", "ar", "MOBILIZE", "TUR:MIL"),
        ("بنکداران بازار تبریز در اعتراض به مالیات جدید اعتصاب کردند.", "fa", "PROTEST", "IRN:BUS"),
        ("Wholesalers in Kano went on strike over the new tax.", "en", "PROTEST", "NGA:BUS"),
        ("أضرب تجار الجملة في كانو احتجاجا على الضريبة الجديدة.", "ar", "PROTEST", "NGA:BUS"),
    ],
)
def test_military_advisers_and_wholesalers(text: str, lang: str, etype: str, expected: str) -> None:
    assert expected in cast(run(text, lang), etype)
