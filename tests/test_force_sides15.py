"""Sides of deeds of force (round 15, attacksides15). Sentences written for
these tests.

- A military coalition "led by" a state fights as that state's armed forces
  ("التحالف الذي تقوده الولايات المتحدة", "ائتلاف به رهبری آمریکا", "the
  US-led coalition"): the coalition is the leader's MIL, not the state as a
  whole nor the country of the place it strikes (``lang/*/agents.py``).
- A state the article's main pair fills in stands where the sentence writes
  it as a place, not before the doer: "وقصفت الطائرات الإسرائيلية مواقع في
  سوريا" is Israel's strike on Syria, not Syria's on Israel
  (``selected_sides._written_at``).
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document, Event, Record
from diplowatch.pipeline import process


def run(text: str, lang: str) -> Record:
    return process(Document(doc_id="t", text=text, lang=lang, published="2024-04-23"))


def cast(event: Event) -> list[str]:
    return [f"{a.code or '-'}:{a.agent or ''}" for a in event.actors]


def assaults(record: Record) -> list[Event]:
    return [e for e in record.events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("lang", "text", "doer"),
    [
        (
            "ar",
            "شنت طائرات التحالف الذي تقوده الولايات المتحدة غارات جوية على مواقع"
            " لتنظيم داعش قرب مدينة الرقة يوم الأحد.",
            "USA:MIL",
        ),
        (
            "ar",
            "قصفت طائرات التحالف بقيادة السعودية مواقع للحوثيين في محافظة صعدة شمال اليمن.",
            "SAU:MIL",
        ),
        (
            "fa",
            "هواپیماهای ائتلاف به رهبری آمریکا مواضع داعش را در نزدیکی رقه بمباران کردند.",
            "USA:MIL",
        ),
        (
            "fa",
            "ائتلاف تحت رهبری عربستان سعودی مواضع حوثی‌ها را در استان صعده هدف قرار داد.",
            "SAU:MIL",
        ),
        (
            "fa",
            "ائتلاف بین‌المللی به رهبری آمریکا مواضع داعش را در شرق سوریه بمباران کرد.",
            "USA:MIL",
        ),
        (
            "en",
            "Aircraft of the US-led coalition struck Islamic State positions near Raqqa on Sunday.",
            "USA:MIL",
        ),
        (
            "en",
            "The U.S.-led coalition carried out air strikes on Islamic State positions near Mosul.",
            "USA:MIL",
        ),
    ],
)
def test_led_coalition_is_the_leaders_military(lang: str, text: str, doer: str) -> None:
    events = assaults(run(text, lang))
    assert events
    assert all(cast(e)[0] == doer for e in events)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A Labour-led coalition rejected the budget proposal on Tuesday."),
        ("fa", "ائتلاف حاکم به رهبری حزب محافظه‌کار طرح دولت را رد کرد."),
    ],
)
def test_a_coalition_of_parties_is_no_army(lang: str, text: str) -> None:
    record = run(text, lang)
    assert not any(a.agent == "MIL" for e in record.events for a in e.actors)


@pytest.mark.parametrize(
    ("lang", "text", "struck"),
    [
        ("ar", "قصف الجيش التركي مواقع للمسلحين في شمال سوريا.", "SYR"),
        ("fa", "ارتش ترکیه مواضع شبه‌نظامیان را در شمال سوریه بمباران کرد.", "SYR"),
        ("en", "Turkish jets bombed militant positions in northern Syria on Friday.", "SYR"),
    ],
)
def test_a_place_inside_the_country_still_tells_it(lang: str, text: str, struck: str) -> None:
    events = assaults(run(text, lang))
    assert events
    assert struck in {a.code for e in events for a in e.actors}


@pytest.mark.parametrize(
    ("lang", "text", "order"),
    [
        (
            "ar",
            "شنت إسرائيل غارات على سوريا. وقصفت الطائرات الإسرائيلية مواقع في سوريا يوم الأحد.",
            ["ISR:MIL", "SYR:"],
        ),
        ("ar", "قصفت إسرائيل مواقع في سوريا يوم الأحد.", ["ISR:", "SYR:"]),
        (
            "ar",
            "حذرت تركيا العراق من إيواء المسلحين. وقصف الجيش التركي مواقع في العراق ليلة الأحد.",
            ["TUR:MIL", "IRQ:"],
        ),
        (
            "fa",
            "اسرائیل بار دیگر به سوریه حمله کرد. جنگنده‌های اسرائیلی روز یکشنبه مواضعی را"
            " در سوریه بمباران کردند.",
            ["ISR:MIL", "SYR:"],
        ),
        (
            "en",
            "Israel said it would strike Syria again. Israeli jets struck targets in Syria on Sunday.",
            ["ISR:MIL", "SYR:"],
        ),
    ],
)
def test_a_state_written_as_a_place_is_struck_not_striking(
    lang: str, text: str, order: list[str]
) -> None:
    events = assaults(run(text, lang))
    assert cast(events[-1]) == order
