"""A named place that takes no part is no side (places108).

(1) A state or capital named as the zone of a clock time ("بتوقيت تونس",
"به وقت تهران", "at 3 a.m. Tehran time", ``time_zones.clock_zone``) tells
whose clock the hour is read on: neither a side nor the home of the agents.
A state after the bare noun of timing ("توقيت تركيا للهجوم": Turkey's
timing) and a state with no zone word are untouched.
mendB108: (1) the zone word is a zone only after a clock (a number, an
hour, a day after a part of the day): after a verb taking "ب", "بتوقيت" is
"of the timing of" ("نددت سوريا بتوقيت إسرائيل": Israel's timing, a side),
and "bought Tehran time, and" gives Tehran time. The zone stays the home of
the agents named with none while its sentence names no other country
("Police detained twenty students at 10 p.m. Turkey time": Turkey's).
(2) places108's venue across a subject word ("مذاکرات هسته‌ای وین") was
removed: a capital after "talks" and a subject word is as often the subject
of the next clause ("در جریان مذاکرات صلح پاریس به مسکو هشدار داد") or the
owner of an agreement ("توافق هسته‌ای تهران"); those stay sides.
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
    # mendB108: another country named, so the zone is no home either
    ("ar", "قصفت طائرات أمريكية مواقع في العراق فجر الثلاثاء بتوقيت طهران.", "ASSAULT", "IRN", "IRQ"),
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


TIMING_SIDES = [
    # mendB108: "بتوقيت" after a verb taking "ب" with no clock before it: the timing
    ("ar", "انتقدت روسيا بتوقيت واشنطن لفرض العقوبات على إيران.", "ACCUSE", "USA"),
    ("ar", "أشادت الكويت بتوقيت قطر لإطلاق الوساطة.", "SUPPORT", "QAT"),
    ("ar", "نددت سوريا بتوقيت إسرائيل لقصفها مطار دمشق.", "ASSAULT", "ISR"),
    # a day with no part of the day before it is no clock
    ("ar", "رحبت البحرين يوم الأحد بتوقيت الإمارات لإعلان الهدنة.", "SUPPORT", "ARE"),
    ("fa", "چین نسبت به وقت آمریکا برای اعلام تحریم‌ها انتقاد کرد.", "ACCUSE", "USA"),
    ("fa", "روسیه به وقت آمریکا برای اعلام تحریم‌ها اعتراض کرد.", "ACCUSE", "USA"),
    # "time" and a mark, no clock before the state
    ("en", "Paris said the truce merely bought Tehran time, and threatened new sanctions.",
     "THREATEN", "IRN"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "etype", "side"), TIMING_SIDES)
def test_a_zone_word_with_no_clock_before_keeps_the_side(
    lang: str, text: str, etype: str, side: str
) -> None:
    assert side in _codes(text, lang, etype)


ZONE_HOMES = [
    # mendB108: the zone is the only country named: the home of the agents
    ("fa", "پلیس ترکیه ساعت ۲ بامداد به وقت آنکارا بیست دانشجو را بازداشت کرد.", "TUR:EDU"),
    ("fa", "بیست دانشجو ساعت ۲ بامداد به وقت ترکیه توسط پلیس بازداشت شدند.", "TUR:COP"),
    ("en", "Police detained twenty students near the stadium at 10 p.m. Turkey time.", "TUR:COP"),
    ("ar", "اعتقلت الشرطة التركية ثلاثين متظاهرا قرب البرلمان في الساعة العاشرة مساء بتوقيت تركيا.",
     "TUR:CVL"),
    # places108's own case, now the protesters' home, still no side of its own
    ("en", "Protesters stormed the embassy at noon Baghdad time on Friday.", "IRQ:CVL"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "actor"), ZONE_HOMES)
def test_a_lone_zone_stays_the_home(lang: str, text: str, actor: str) -> None:
    actors = {f"{a.code}:{a.agent}" for e in run(text, lang).events for a in e.actors}
    assert actor in actors
    assert f"{actor.split(':')[0]}:None" not in actors


SUBJECT_SIDES = [
    # mendB108: a capital after a talks noun and a subject word, still a side
    ("fa", "پس از شکست گفتگوهای هسته‌ای واشنگتن علیه ایران تحریم وضع کرد.", "SANCTION", "USA"),
    ("fa", "در جریان مذاکرات صلح پاریس به مسکو هشدار داد.", "ACCUSE", "FRA"),
    ("fa", "چین از توافق هسته‌ای تهران استقبال کرد.", "SUPPORT", "IRN"),
    ("fa", "فرانسه خواستار ازسرگیری گفتگوهای هسته‌ای تهران شد.", "REQUEST", "IRN"),
    ("fa", "گفتگوهای صلح کابل و طالبان در قطر برگزار شد.", "CONSULT", "AFG:None"),
    ("en", "China welcomed the Tehran nuclear agreement.", "SUPPORT", "IRN"),
    ("en", "Britain backed the Kabul peace process.", "SUPPORT", "AFG"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "etype", "side"), SUBJECT_SIDES)
def test_a_capital_behind_a_talks_subject_stays_a_side(
    lang: str, text: str, etype: str, side: str
) -> None:
    events = [e for e in run(text, lang).events if e.type == etype]
    assert events, f"no {etype} in {text}"
    sides = {a.code for e in events for a in e.actors}
    sides |= {f"{a.code}:{a.agent}" for e in events for a in e.actors}
    assert side in sides
