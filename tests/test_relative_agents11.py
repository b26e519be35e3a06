"""A passive relative clause between a subject and its verb names its own
agent ("حزب‌الله که از سوی ایران حمایت می‌شود به مواضع اسرائیل حمله کرد":
Iran backs, Hezbollah attacks Israel); the agent is no party of the main
verb. Where the main verb is passive too, the clause's agents stay ("پیش‌نویسی
که از سوی استونی و نروژ ارائه شده مورد موافقت قرار گرفت"). Sentences written
for these tests; Persian reads the rule (``relative_clause_out.relative_agents_out``),
ar and en are controls."""

from __future__ import annotations

import pytest

from casts import cast, run

# (lang, sentence, type, the backer left out, the doer and the target kept)
RELATIVE = [
    (
        "fa",
        "حزب‌الله که از سوی ایران حمایت می‌شود به مواضع اسرائیل حمله کرد.",
        "ASSAULT",
        "IRN",
        {"LBN", "ISR"},
    ),
    (
        "fa",
        "نیروهای حفتر که از سوی امارات حمایت می‌شوند طرابلس را بمباران کردند.",
        "ASSAULT",
        "ARE",
        {"LBY"},
    ),
    (
        "fa",
        "گروه الشباب که توسط آمریکا تروریستی اعلام شده است به پایگاه ارتش کنیا حمله کرد.",
        "ASSAULT",
        "USA",
        {"SOM", "KEN"},
    ),
    (
        "fa",
        "حوثی‌ها که از سوی ایران مسلح شده‌اند به یک کشتی انگلیسی حمله کردند.",
        "ASSAULT",
        "IRN",
        {"YEM"},
    ),
    (
        "fa",
        "شورشیانی که از سوی رواندا و اوگاندا حمایت می‌شوند به ارتش بوروندی حمله کردند.",
        "ASSAULT",
        "UGA",
        {"BDI"},
    ),
    ("ar", "هاجم الحوثيون الذين تسلحهم إيران سفينة بريطانية.", "ASSAULT", "-", {"YEM"}),
    (
        "en",
        "Rebels who are backed by Rwanda attacked Congolese army positions.",
        "ASSAULT",
        "RWA",
        {"COD"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "backer", "kept"), RELATIVE)
def test_agent_of_a_relative_clause_is_no_party(
    lang: str, text: str, etype: str, backer: str, kept: set[str]
) -> None:
    codes = {a.split(":")[0] for a in cast(run(text, lang, "2025-03-10"), etype)}
    assert kept <= codes
    if lang == "fa":
        assert backer not in codes


def test_passive_main_verb_keeps_the_clause_agents() -> None:
    text = "پیش‌نویس قطعنامه‌ای که از سوی استونی و نروژ ارائه شده بود از سوی شورای امنیت مورد موافقت قرار گرفت."
    codes = {a.split(":")[0] for a in cast(run(text, "fa", "2025-03-10"), "AGREE")}
    assert {"EST", "NOR"} <= codes
