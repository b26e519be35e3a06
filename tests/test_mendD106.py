"""Mends of review106b (mendD106): a teller's place and the anaphor of a teller.

F1: an official of the place's own state, or a teller whose adjective is
that state, tells of a foreign deed on his own city: the victims stay his
(``participants._Sentence._teller_code``). F2: an official abroad telling of
a deed on his own state's mission: his state is no "other state" of what he
tells, and the place keeps its country. F4: the anaphor of a teller ("مكاتب المنظمة") takes up
another noun of its kind standing between them, not the teller
(``sources._taken_up``, ``context.TELLER_KINDS``). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from casts import run


def _cast(text: str, lang: str, etype: str) -> list[list[str]]:
    """'CODE:AGENT' of the actors of each event of ``etype``, in order."""
    return [
        [f"{a.code or '-'}:{a.agent or ''}" for a in e.actors]
        for e in run(text, lang).events
        if e.type == etype
    ]


def _names(text: str, lang: str, etype: str) -> list[str]:
    """The names of the actors of the events of ``etype`` ('' for none)."""
    return [a.name or "" for e in run(text, lang).events if e.type == etype for a in e.actors]


@pytest.mark.parametrize(
    ("text", "lang", "cast"),
    [
        # F1, main ade5f8b3: [ISR:MIL] (the Syrian victims dropped)
        (
            "قال مسؤولون في دمشق إن غارة إسرائيلية قتلت أربعة مدنيين.",
            "ar",
            [["ISR:MIL", "SYR:CVL"]],
        ),
        (
            "قال مسؤول سوري في حلب إن الطائرات الروسية قتلت سبعة مدنيين.",
            "ar",
            [["RUS:MIL", "SYR:CVL"]],
        ),
        (
            "مقامات سوری در دمشق گفتند حمله هوایی اسرائیل چهار غیرنظامی را کشت.",
            "fa",
            [["ISR:MIL", "SYR:CVL"]],
        ),
        (
            "Officials in Damascus said an Israeli air strike killed four civilians.",
            "en",
            [["ISR:MIL", "SYR:CVL"]],
        ),
        # main: [RUS:MIL, RUS:CVL]
        (
            "A Syrian official in Aleppo said Russian jets killed seven civilians.",
            "en",
            [["RUS:MIL", "SYR:CVL"]],
        ),
        # F2, main: [GBR:GOV] (the attackers lost)
        (
            "قال السفير البريطاني في بغداد إن مسلحين هاجموا السفارة البريطانية في المدينة.",
            "ar",
            [["IRQ:UAF", "GBR:GOV"]],
        ),
        (
            "سفیر انگلیس در بغداد گفت افراد مسلح به سفارت انگلیس در این شهر حمله کردند.",
            "fa",
            [["IRQ:UAF", "GBR:GOV"]],
        ),
        (
            "The British ambassador in Baghdad said gunmen attacked the British embassy in the city.",
            "en",
            [["IRQ:UAF", "GBR:GOV"]],
        ),
    ],
)
def test_a_tellers_place_and_the_victims_of_what_he_tells(
    text: str, lang: str, cast: list[list[str]]
) -> None:
    assert _cast(text, lang, "ASSAULT") == cast


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # main ade5f8b3: a second COERCE with the teller as target
        (
            "وبحسب منظمة هيومن رايتس ووتش، داهمت الشرطة المصرية مقر منظمة حقوقية صغيرة"
            " وأغلقت مكاتب المنظمة.",
            "ar",
        ),
        # main: the teller made the target
        (
            "به گزارش سازمان دیده‌بان حقوق بشر، پلیس مصر به دفتر یک سازمان حقوقی کوچک یورش برد"
            " و دفتر این سازمان را پلمب کرد.",
            "fa",
        ),
        (
            "As reported by Human Rights Watch, Egyptian police raided a small rights"
            " organisation and closed its offices.",
            "en",
        ),
    ],
)
def test_an_anaphor_past_another_of_its_kind_is_not_the_teller(text: str, lang: str) -> None:
    names = _names(text, lang, "COERCE")
    assert names and not any(("Watch" in n or "ووتش" in n or "دیده" in n) for n in names)


@pytest.mark.parametrize(
    ("text", "lang", "teller"),
    [
        # guards (right on main): with none of its kind between, the anaphor
        # still takes up the teller
        ("وبحسب منظمة هيومن رايتس ووتش، داهمت الشرطة المصرية مكاتب المنظمة.", "ar", "ووتش"),
        ("به گزارش سازمان دیده‌بان حقوق بشر، پلیس مصر به دفتر این سازمان یورش برد.", "fa", "دیده"),
        ("As reported by Human Rights Watch, Egyptian police raided its offices.", "en", "Watch"),
    ],
)
def test_an_anaphor_with_none_of_its_kind_between_is_the_teller(
    text: str, lang: str, teller: str
) -> None:
    assert any(teller in n for n in _names(text, lang, "COERCE"))
