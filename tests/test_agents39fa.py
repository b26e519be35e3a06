"""Agents of round 39 (Persian first; every sentence written for these tests).

Workers who rally or demonstrate protest against their employer, as
strikers do: no government is understood as whom the protest is against,
and the town it happens in does not stand for the state's government,
unless a government actor is named. "سران" (the heads) are a state's
officials, the heads of tribes their elders and "سران فتنه" the opposition;
security agents written "عوامل", the displaced "بی‌جاشدگان" and "رزمندگان
اسلام" have their agents in every spelling.
"""

from __future__ import annotations

import pytest

from casts import cast, run


@pytest.mark.parametrize(
    ("text", "lang", "workers"),
    [
        ("کارگران کارخانه نساجی در کاشان مقابل در کارخانه تجمع کردند.", "fa", "IRN:LAB"),
        (
            "کارگران معدن مس در اعتراض به حقوق معوقه در کرمان تجمع کردند.",
            "fa",
            "IRN:LAB",
        ),
        ("تظاهر عمال مصنع الإسمنت في مدينة أسيوط احتجاجا على تأخر أجورهم.", "ar", "EGY:LAB"),
        ("Cement plant workers rallied in Durban over late wages.", "en", "ZAF:LAB"),
    ],
)
def test_workers_rally_against_their_employer(text: str, lang: str, workers: str) -> None:
    found = cast(run(text, lang), "PROTEST")
    assert workers in found
    assert not any(a.endswith(":GOV") for a in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("کارگران کارخانه نساجی در اعتراض به تصمیم وزیر کار در کاشان تجمع کردند.", "fa"),
        ("تظاهر عمال مصنع الإسمنت في أسيوط احتجاجا على قرار وزير العمل.", "ar"),
        ("Cement plant workers rallied in Port Elizabeth against the labour minister.", "en"),
    ],
)
def test_workers_against_a_named_minister_keep_the_government(text: str, lang: str) -> None:
    assert any(a.endswith(":GOV") for a in cast(run(text, lang), "PROTEST"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("معلمان بازنشسته در کاشان تجمع کردند.", "fa"),
        ("تظاهر المعلمون المتقاعدون في مدينة أسيوط.", "ar"),
        ("Retired teachers rallied in Port Elizabeth.", "en"),
    ],
)
def test_a_rally_of_others_is_still_against_the_government(text: str, lang: str) -> None:
    assert any(a.endswith(":GOV") for a in cast(run(text, lang), "PROTEST"))


@pytest.mark.parametrize(
    ("text", "lang", "etype", "expected"),
    [
        ("دولت کانادا سران سودان را به سرکوب متهم کرد.", "fa", "ACCUSE", "SDN:GOV"),
        pytest.param(
            "اتهمت الحكومة الكندية قادة السودان بالقمع.",
            "ar",
            "ACCUSE",
            "SDN:GOV",
            marks=pytest.mark.xfail(
                strict=True, reason="Arabic 'قادة' before a state is no agent yet"
            ),
        ),
        (
            "The Canadian government accused Sudan's leaders of repression.",
            "en",
            "ACCUSE",
            "SDN:GOV",
        ),
        ("سران طوایف بلوچ در زاهدان از دولت خواستار آب شدند.", "fa", "REQUEST", "IRN:CVL"),
        ("سران فتنه از دولت هلند حمایت کردند.", "fa", "SUPPORT", "NLD:OPP"),
    ],
)
def test_heads_are_of_their_group(text: str, lang: str, etype: str, expected: str) -> None:
    assert expected in cast(run(text, lang), etype)


def test_per_capita_is_no_official() -> None:
    found = cast(run("سرانه مصرف برق در مشهد بالا رفت و کشاورزان تجمع کردند.", "fa"), "PROTEST")
    assert "IRN:CVL" in found
    assert not any(a.endswith(":GOV") and a != "IRN:GOV" for a in found)


@pytest.mark.parametrize(
    ("text", "lang", "etype", "expected"),
    [
        ("عوامل امنیتی در تبریز به تجمع معلمان حمله کردند.", "fa", "ASSAULT", "IRN:COP"),
        ("عوامل انتظامی در اراک از کشاورزان خواستند متفرق شوند.", "fa", "REQUEST", "IRN:COP"),
        ("اعتقل عناصر الأمن طالبين في مدينة حمص.", "ar", "COERCE", "SYR:COP"),
        ("Security agents detained two students in Homs.", "en", "COERCE", "SYR:COP"),
    ],
)
def test_more_agent_nouns(text: str, lang: str, etype: str, expected: str) -> None:
    assert expected in cast(run(text, lang), etype)


@pytest.mark.parametrize(
    ("text", "lang", "etype", "agent"),
    [
        # refugees take only a country written next to them (``STATELESS_AGENTS``)
        ("بی‌جاشدگان در هرات خواستار کمک غذایی شدند.", "fa", "REQUEST", "REF"),
        ("بی جاشدگان در هرات خواستار کمک غذایی شدند.", "fa", "REQUEST", "REF"),
        ("طالب النازحون في إدلب بمساعدات غذائية.", "ar", "REQUEST", "REF"),
        ("Displaced people in Herat appealed for food aid.", "en", "REQUEST", "REF"),
        ("رزمندگان اسلام به مواضع دشمن در خرمشهر حمله کردند.", "fa", "ASSAULT", "MIL"),
        ("هاجم المقاتلون الإسلاميون مواقع العدو في خرمشهر.", "ar", "ASSAULT", "REB"),
        ("Islamist fighters attacked enemy positions near Khorramshahr.", "en", "ASSAULT", "REB"),
    ],
)
def test_more_agents_by_noun(text: str, lang: str, etype: str, agent: str) -> None:
    assert any(a.endswith(":" + agent) for a in cast(run(text, lang), etype))
