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
