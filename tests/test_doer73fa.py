"""The doer of a deed told with a relative result clause, round 73 (sentences
written for these tests).

Persian tells a toll as the relative result of the deed noun: "حمله طالبان
به پایگاه ارتش که به کشته شدن سه سرباز منجر شد، محکوم شد". A comment about
the killing made it a commented deed whose phrase started at the
infinitive, so the Taliban, named before "که", were outside it. The doer
named before the deed noun's target is the killing's doer too; the target
named after "به" is none. With no comment ("گزارش … درباره حمله … عربستان به
یمن، که به کشته شدن … منجر شد، منتشر شد") the toll is still the attack's,
its phrase up to the result verb. Arabic ("الهجوم الذي … أسفر عن مقتل") and English
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


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "گزارش سازمان ملل درباره حمله هوایی عربستان به یمن، که به کشته شدن بیست غیرنظامی یمنی منجر شد، منتشر شد.",
            "fa",
        ),
        (
            "نُشر تقرير الأمم المتحدة عن الغارة الجوية السعودية على اليمن، التي أسفرت عن مقتل عشرين مدنيا يمنيا.",
            "ar",
        ),
        (
            "The UN report on the Saudi air strike on Yemen, which killed twenty Yemeni civilians, was published.",
            "en",
        ),
    ],
)
def test_a_toll_told_in_passing_is_the_deed_nouns(text: str, lang: str) -> None:
    # no comment: the killing is still the attack's, not the report's author's
    assert [("SAU", "MIL"), ("YEM", "CVL")] in _assault_sides(text, lang)
    if lang == "fa":
        assert all(s[0][0] != "UN" for s in _assault_sides(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the noun before "که" is no deed of force; the clause no result
        (
            "گزارش سازمان ملل درباره تصمیم دولت عربستان، که به کشته شدن بیست غیرنظامی یمنی منجر شد، منتشر شد.",
            "fa",
        ),
        (
            "گزارش سازمان ملل درباره حمله هوایی عربستان به یمن، که به کشته شدن بیست غیرنظامی یمنی اشاره دارد، منتشر شد.",
            "fa",
        ),
        (
            "The UN report on the Saudi decision, which mentioned the death of twenty Yemeni civilians, was published.",
            "en",
        ),
        (
            "نُشر تقرير الأمم المتحدة عن القرار السعودي الذي أشار إلى مقتل عشرين مدنيا يمنيا.",
            "ar",
        ),
    ],
)
def test_no_deed_noun_no_doer_for_the_toll(text: str, lang: str) -> None:
    for sides in _assault_sides(text, lang):
        assert not (sides[0][0] == "SAU" and ("YEM", "CVL") in sides)


def test_the_struck_ship_is_no_doer() -> None:
    # "حمله به" is one trigger: the ship after it is struck, not the doer
    text = "حمله به کشتی باری که به کشته شدن سه ملوان انجامید، محکوم شد."
    assert all(len(s) == 2 for s in _assault_sides(text, "fa"))


# A doer named after the clause by an agent marker ("حمله به این نفتکش که به
# کشته شدن دو ملوان انجامید، توسط پهپادهای انتحاری ایران انجام شده است")
# stays the doer: guarded by tests/test_prec26fa.py.
