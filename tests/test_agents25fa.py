"""Round 25 (agents25fa): Persian agents.

The dead of a blast counted back through a pronoun ("شصت کشته که سه تن از
آنان سربازان آمریکایی بودند", "sixty dead, three of them American
soldiers", "ستون قتيلا ثلاثة منهم جنود") are whom the deed struck: the
soldiers among them are no doer, so the unidentified attackers are still
understood (``counts.COUNTED_LINKS``). Every sentence is written for these
tests."""

from __future__ import annotations

import pytest

from casts import cast, run

COUNTED_BACK = [
    (
        "دو انفجار در فرودگاه کابل شصت کشته برجای گذاشت که سه تن از آنان سربازان آمریکایی بودند.",
        "fa",
    ),
    ("انفجار یک بمب در بغداد ده کشته برجای گذاشت که چهار نفر از آنها پلیس عراقی بودند.", "fa"),
    ("Two explosions at Kabul airport killed sixty people, three of them American soldiers.", "en"),
    ("A bomb in Baghdad killed ten people, four of whom were Iraqi policemen.", "en"),
    ("أسفر انفجاران في مطار كابل عن ستين قتيلا ثلاثة منهم جنود أمريكيون.", "ar"),
    ("أسفر انفجار قنبلة في بغداد عن عشرة قتلى أربعة منهم من الشرطة العراقية.", "ar"),
]


@pytest.mark.parametrize(("text", "lang"), COUNTED_BACK)
def test_the_dead_counted_back_leave_the_attackers_understood(text: str, lang: str) -> None:
    agents = {a.split(":")[1] for a in cast(run(text, lang), "ASSAULT")}
    assert "UAF" in agents


NAMED_DOER = [
    ("شبه‌نظامیان به یک پاسگاه حمله کردند و سه تن از آنان کشته شدند.", "fa"),
    ("Militants attacked a checkpoint and three of them were killed.", "en"),
    ("هاجم متمردون حاجزا وقتل ثلاثة منهم.", "ar"),
]


@pytest.mark.parametrize(("text", "lang"), NAMED_DOER)
def test_a_named_doer_is_not_joined_by_unknown_attackers(text: str, lang: str) -> None:
    agents = {a.split(":")[1] for a in cast(run(text, lang), "ASSAULT")}
    assert "REB" in agents


# A titled person in another clause of the sentence (a meeting put off, a
# minister who visits the site) names no doer of the blast: the counted dead
# still leave the attackers understood (victims_only._all_counted).
TITLED_ELSEWHERE = [
    (
        "دو انفجار در فرودگاه کابل شصت کشته برجای گذاشت که سه تن از آنان سربازان آمریکایی"
        " بودند و دیدار رئیس جمهور آمریکا و نخست وزیر اسرائیل به تعویق افتاد.",
        "fa",
    ),
    (
        "Two explosions at Kabul airport killed sixty people, three of them American soldiers,"
        " and a meeting of the US president and the Israeli prime minister was postponed.",
        "en",
    ),
    (
        "یک بمب در بغداد ده کشته برجای گذاشت که چهار نفر از آنان پلیس عراقی بودند و وزیر"
        " کشور عراق به محل رفت.",
        "fa",
    ),
    pytest.param(
        "أسفر انفجاران في مطار كابل عن ستين قتيلا ثلاثة منهم جنود أمريكيون، وتأجل لقاء"
        " الرئيس الأمريكي ورئيس الوزراء الإسرائيلي.",
        "ar",
        # the Arabic reading takes the leaders of the put-off meeting as the
        # blast's sides (another cause, left for a later round)
        marks=pytest.mark.xfail(strict=True),
    ),
]


@pytest.mark.parametrize(("text", "lang"), TITLED_ELSEWHERE)
def test_a_titled_person_elsewhere_names_no_doer(text: str, lang: str) -> None:
    agents = {a.split(":")[1] for a in cast(run(text, lang), "ASSAULT")}
    assert "UAF" in agents


# Groups of people that rally or are detained as themselves: artists, war
# veterans, religious minorities and orders, fuel porters are civilians;
# entrepreneurs and bakers are business (agents.AGENT_NOUNS).
GROUPS = [
    ("پلیس ایران چند تن از هنرمندان را در تهران بازداشت کرد.", "fa", "COERCE", "CVL"),
    ("Iranian police arrested several artists in Tehran.", "en", "COERCE", "CVL"),
    ("اعتقلت الشرطة الإيرانية عددا من الفنانين في طهران.", "ar", "COERCE", "CVL"),
    ("جانبازان جنگ در تهران اعتراض کردند.", "fa", "PROTEST", "CVL"),
    ("War veterans protested in Tehran.", "en", "PROTEST", "CVL"),
    ("احتج المحاربون القدامى في طهران.", "ar", "PROTEST", "CVL"),
    ("بهائیان در شیراز اعتراض کردند.", "fa", "PROTEST", "CVL"),
    ("Baha'is protested in Shiraz.", "en", "PROTEST", "CVL"),
    ("ماموران امنیتی ایران دراویش را در تهران بازداشت کردند.", "fa", "COERCE", "CVL"),
    ("Iranian security agents arrested dervishes in Tehran.", "en", "COERCE", "CVL"),
    ("اعتقلت قوات الأمن الإيرانية الدراويش في طهران.", "ar", "COERCE", "CVL"),
    ("سوخت‌بران در سراوان اعتراض کردند.", "fa", "PROTEST", "CVL"),
    ("Fuel porters protested in Saravan, Iran.", "en", "PROTEST", "CVL"),
    ("نانوایان در تهران اعتراض کردند.", "fa", "ACCUSE", "BUS"),
    ("Bakers protested in Tehran.", "en", "PROTEST", "BUS"),
]


@pytest.mark.parametrize(("text", "lang", "etype", "agent"), GROUPS)
def test_groups_of_people_are_agents(text: str, lang: str, etype: str, agent: str) -> None:
    agents = {a.split(":")[1] for a in cast(run(text, lang), etype)}
    assert agent in agents
