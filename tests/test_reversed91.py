"""reversed91: every state listed after a doer marker did the deed.

"Belarus said the sanctions by France, Germany and Britain were illegal": the
marker ("by", "من قبل", "فرضها", "از سوی", "توسط") stands right before the
first state only, which main moved first; the later states of the same list
kept their place after the state the deed was done to, which then read as
doing it to them (BLR → DEU, IRN:GOV → GBR). Now each conjunct of the marked
list goes first too. Sentences written for these tests."""

import pytest

from casts import code_pairs


# main read the later conjuncts as done to by the target (BLR → DEU, …)
@pytest.mark.parametrize(
    ("text", "lang", "etype", "doers", "target"),
    [
        (
            "قالت بيلاروسيا إن العقوبات المفروضة من قبل فرنسا، ألمانيا وبريطانيا غير قانونية.",
            "ar",
            "SANCTION",
            {"FRA", "DEU", "GBR"},
            "BLR",
        ),
        (
            "قالت موسكو إن العقوبات التي فرضها الاتحاد الأوروبي، كندا، واليابان ستفشل.",
            "ar",
            "SANCTION",
            {"EU", "CAN", "JPN"},
            "RUS",
        ),
        (
            "استدعي السفير الإيراني من قبل فرنسا، ألمانيا وبريطانيا.",
            "ar",
            "ACCUSE",
            {"FRA", "DEU", "GBR"},
            "IRN",
        ),
        (
            "لوکاشنکو گفت تحریم‌هایی که از سوی فرانسه و آلمان وضع شده بی‌اثر است.",
            "fa",
            "SANCTION",
            {"FRA", "DEU"},
            "BLR",
        ),
        (
            "Belarus said the new sanctions by Britain, the US and Canada were illegal.",
            "en",
            "SANCTION",
            {"GBR", "USA", "CAN"},
            "BLR",
        ),
        (
            "Russia dismissed sanctions by the EU and the US as illegal.",
            "en",
            "SANCTION",
            {"EU", "USA"},
            "RUS",
        ),
        (
            "The Iranian ambassador was summoned by France and Germany.",
            "en",
            "ACCUSE",
            {"FRA", "DEU"},
            "IRN",
        ),
    ],
)
def test_every_listed_doer_acts(
    text: str, lang: str, etype: str, doers: set[str], target: str
) -> None:
    assert code_pairs(text, lang, etype) == {(d, target) for d in doers}


# guards: main reads these right and must keep them (a glued Arabic "و", a
# Persian list after "توسط", the accuser after "by" in a passive, a reaction
# whose subject is no side of the sanctions)
@pytest.mark.parametrize(
    ("text", "lang", "etype", "pairs"),
    [
        (
            "اتهمت إيران من قبل الولايات المتحدة وبريطانيا بمهاجمة الناقلة.",
            "ar",
            "ACCUSE",
            {("USA", "IRN"), ("GBR", "IRN")},
        ),
        (
            "سفیر ایران توسط فرانسه، آلمان و انگلیس احضار شد.",
            "fa",
            "ACCUSE",
            {("FRA", "IRN"), ("DEU", "IRN"), ("GBR", "IRN")},
        ),
        (
            "ایران از سوی آمریکا و انگلیس به حمله به نفتکش متهم شد.",
            "fa",
            "ACCUSE",
            {("USA", "IRN"), ("GBR", "IRN")},
        ),
        (
            "Moscow rejected the sanctions imposed by the European Union and the United States.",
            "en",
            "REJECT",
            {("RUS", "EU"), ("RUS", "USA")},
        ),
    ],
)
def test_listed_doers_guards(text: str, lang: str, etype: str, pairs: set[tuple[str, str]]) -> None:
    assert code_pairs(text, lang, etype) == pairs
