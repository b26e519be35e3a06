"""The doer of a deed told with a relative result clause, round 73 (sentences
written for these tests).

Persian tells a toll as the relative result of the deed noun: "حمله طالبان
به پایگاه ارتش که به کشته شدن سه سرباز منجر شد، محکوم شد". A comment about
the killing made it a commented deed whose phrase started at the
infinitive, so the Taliban, named before "که", were outside it. The doer
named before the deed noun's target is the killing's doer too; the target
named after "به" is none. Arabic ("الهجوم الذي … أسفر عن مقتل") and English
("the attack which killed") read the doer already.
"""

from __future__ import annotations

import pytest

from casts import run


def _assault_sides(text: str, lang: str) -> list[list[tuple[str | None, str | None]]]:
    found = [e for e in run(text, lang).events if e.type == "ASSAULT"]
    return [[(a.code, a.agent) for a in e.actors] for e in found]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "حمله طالبان به پایگاه ارتش که به کشته شدن سه سرباز افغان منجر شد، محکوم شد.",
            "fa",
            [("AFG", "REB"), ("AFG", "MIL")],
        ),
        (
            "وزارت خارجه ایران حمله اسرائیل به غزه را که به کشته شدن ده غیرنظامی منجر شد، محکوم کرد.",
            "fa",
            [("ISR", None), ("PSE", "CVL")],
        ),
        (
            "اردن حمله شبه‌نظامیان حوثی به عربستان را که به زخمی شدن شش غیرنظامی انجامید، محکوم کرد.",
            "fa",
            [("YEM", "REB"), (None, "CVL")],
        ),
        (
            "أدانت الحكومة هجوم طالبان الذي أسفر عن مقتل ثلاثة جنود أفغان.",
            "ar",
            [("AFG", "REB"), ("AFG", "MIL")],
        ),
        (
            "The government condemned the Taliban attack which killed three Afghan soldiers.",
            "en",
            [("AFG", "REB"), ("AFG", "MIL")],
        ),
    ],
)
def test_the_deed_nouns_doer_did_the_killing(
    text: str, lang: str, want: list[tuple[str | None, str | None]]
) -> None:
    assert _assault_sides(text, lang) == [want]


@pytest.mark.parametrize(
    ("text", "lang", "struck"),
    [
        ("حمله به پایگاه ارتش آمریکا که به کشته شدن سه سرباز منجر شد، محکوم شد.", "fa", "USA"),
        (
            "أدانت الحكومة الهجوم على قاعدة للجيش الأمريكي الذي أسفر عن مقتل ثلاثة جنود.",
            "ar",
            "USA",
        ),
        (
            "The government condemned the attack on a US army base, which killed three soldiers.",
            "en",
            "USA",
        ),
    ],
)
def test_the_struck_named_after_the_noun_is_no_doer(text: str, lang: str, struck: str) -> None:
    found = _assault_sides(text, lang)
    assert found and all(s[-1][0] == struck for s in found)  # the soldiers were struck
    assert all(len(s) == 1 or s[0][0] != struck for s in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # no result verb: a speech that mentions a killing did no killing
        ("سخنرانی وزیر خارجه اسرائیل که به کشته شدن ده غیرنظامی اشاره داشت، محکوم شد.", "fa"),
        (
            "The speech of the Israeli foreign minister, which mentioned the killing of ten civilians, was condemned.",
            "en",
        ),
        ("أدينت كلمة وزير الخارجية الإسرائيلي التي أشارت إلى مقتل عشرة مدنيين.", "ar"),
    ],
)
def test_a_clause_that_is_no_result_gives_no_doer(text: str, lang: str) -> None:
    for sides in _assault_sides(text, lang):
        assert ("ISR", "GOV") not in sides and ("ISR", None) not in sides[:1]
