"""A named place that takes no part is no side (places108).

(1) A state or capital named as the zone of a clock time ("بتوقيت تونس",
"به وقت تهران", "at 3 a.m. Tehran time", ``time_zones.clock_zone``) tells
whose clock the hour is read on: neither a side nor the home of the agents.
A state after the bare noun of timing ("توقيت تركيا للهجوم": Turkey's
timing) and a state with no zone word are untouched.
(2) A capital one subject word away from a talks noun ("مذاکرات هسته‌ای
وین", "the Vienna nuclear talks", ``context.VENUE_SUBJECTS``) is still the
talks' venue, as "مذاکرات وین" is; two capitals joined there stay the sides.
"""

from __future__ import annotations

import pytest

from casts import run


def _codes(text: str, lang: str, etype: str) -> set[str | None]:
    events = [e for e in run(text, lang).events if e.type == etype]
    assert events, f"no {etype} in {text}"
    return {a.code for e in events for a in e.actors}


CLOCK_ZONES = [
    ("ar", "قصفت طائرات إسرائيلية مواقع في سوريا فجر الاثنين بتوقيت طهران.", "ASSAULT", "IRN", "ISR"),
    ("ar", "هاجم مسلحون مسجدا في كندا فجر الاثنين بتوقيت تونس.", "ASSAULT", "TUN", "CAN"),
    ("fa", "هواپیماهای اسرائیلی ساعت ۳ بامداد به وقت تهران مواضعی در سوریه را بمباران کردند.",
     "ASSAULT", "IRN", "ISR"),
    ("fa", "افراد مسلح بامداد دوشنبه به وقت تهران به یک مسجد در کانادا حمله کردند.",
     "ASSAULT", "IRN", "CAN"),
    ("en", "Israeli jets struck targets in Syria at 3 a.m. Tehran time.", "ASSAULT", "IRN", "ISR"),
    ("en", "Protesters stormed the embassy at noon Baghdad time on Friday.", "ASSAULT", "IRQ", None),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "etype", "zone", "side"), CLOCK_ZONES)
def test_a_clock_zone_is_no_side(
    lang: str, text: str, etype: str, zone: str, side: str | None
) -> None:
    codes = _codes(text, lang, etype)
    assert zone not in codes
    if side:
        assert side in codes


KEPT_SIDES = [
    # the noun of timing alone: Turkey's own timing of its attack
    ("ar", "انتقدت إيران توقيت تركيا للهجوم على سوريا.", "ACCUSE", "TUR"),
    # the capital struck, with no zone word
    ("ar", "قصفت طائرات إسرائيلية مواقع في طهران فجر الاثنين.", "ASSAULT", "IRN"),
    # "وقت" alone: Iran's time to answer; Iran threatened
    ("fa", "وقت ایران برای پاسخ به پیشنهاد آمریکا رو به پایان است و آمریکا ایران را تهدید کرد.",
     "THREATEN", "IRN"),
    # a clock with no zone after the state: the Iraqi police stay Iraq's
    ("en", "Police in Iraq arrested two Iranian pilgrims at 9 p.m. Tehran time.", "COERCE", "IRQ"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "etype", "side"), KEPT_SIDES)
def test_a_state_outside_a_clock_zone_stays(lang: str, text: str, etype: str, side: str) -> None:
    assert side in _codes(text, lang, etype)


SUBJECT_VENUES = [
    ("fa", "به گفته این مقام ایرانی گفتگوهای هسته ای وین ممکن است ماه آینده از سر گرفته شود.",
     "AUT"),
    ("fa", "عراقچی گفت ایران در مذاکرات هسته‌ای وین با آمریکا مذاکره مستقیم نمی‌کند.", "AUT"),
    ("en", "Iranian officials said the Vienna nuclear talks with the United States would resume.",
     "AUT"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "venue"), SUBJECT_VENUES)
def test_a_venue_behind_the_talks_subject_is_no_side(lang: str, text: str, venue: str) -> None:
    codes = {a.code for e in run(text, lang).events for a in e.actors}
    assert venue not in codes


JOINED_CAPITALS = [
    ("fa", "مذاکرات هسته‌ای تهران و واشنگتن در عمان برگزار شد.", {"IRN", "USA"}),
    ("en", "Iran and Russia discussed the Tehran nuclear talks with Washington.", {"USA"}),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "sides"), JOINED_CAPITALS)
def test_capitals_joined_behind_a_subject_stay_sides(lang: str, text: str, sides: set[str]) -> None:
    assert sides <= _codes(text, lang, "CONSULT")
