"""Clock zones mended (mendE108, ``extract/time_zones.py``).

A zone's sentence is the segmenter's: a line end (a headline's) ends it, a
clock's dots ("3 a.m.") and a decimal hour ("23.30") do not, so a country
in the headline no longer takes the zone's home away from the police of
the body. The zone's sentence is found once per mention (bisect), so a
long document costs in proportion to its mentions. A number is a clock
only if it is an hour ("3", "23:30"), never a year ("since 2015 Iran
time and again"); "at dawn" is a clock; Arabic "بتوقيت" is read with a
glued "و"/"ف" too; one head or tail is picked whatever a set's order.
"""

from __future__ import annotations

import pytest

from casts import run
from diplowatch.extract.actor_context import context
from diplowatch.extract.lexicon import Entry
from diplowatch.extract.scan import Hit
from diplowatch.extract.time_zones import clock_zone
from diplowatch.text.normalize import normalize


def _zone(text: str, name: str, lang: str) -> bool:
    ntext, nname = normalize(text).text, normalize(name).text
    start = ntext.index(nname)
    end = start + len(nname)
    return clock_zone(
        ntext, Hit(start, end, start, end, Entry("actor", "country", "X", ""), ""), context(lang)
    )


CLOCKS = [
    ("en", "Gunmen attacked a mosque in Quebec at dawn Tunis time.", "Tunis", True),
    ("en", "Gunmen attacked a mosque at 5 a.m. Tunis time.", "Tunis", True),
    ("en", "Police detained them at 23:30 Ankara time.", "Ankara", True),
    ("ar", "هاجم مسلحون مسجدا فجر الاثنين وبتوقيت تونس.", "تونس", True),
    ("ar", "هاجم مسلحون مسجدا في الساعة 23.30 فبتوقيت تونس.", "تونس", True),
    ("fa", "ساعت ۲۳:۳۰ به وقت تهران مسجدی را هدف گرفتند.", "تهران", True),
    # a year is no clock: the state is given time, or its timing is meant
    ("en", "Since 2015 Iran time and again attacked ships.", "Iran", False),
    ("ar", "أشادت الكويت في 2019 بتوقيت قطر لإطلاق الوساطة.", "قطر", False),
    ("fa", "روسیه در سال ۲۰۱۹ به وقت آمریکا برای اعلام تحریم‌ها اعتراض کرد.", "آمریکا", False),
    # "و" glued to another word is no head
    ("ar", "نددت سوريا وتوقيت إسرائيل للقصف.", "إسرائيل", False),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "name", "zone"), CLOCKS)
def test_a_clock_before_the_zone(lang: str, text: str, name: str, zone: bool) -> None:
    assert _zone(text, name, lang) is zone


def _actors(text: str, lang: str) -> set[str]:
    return {f"{a.code}:{a.agent}" for e in run(text, lang).events for a in e.actors}


HEADLINE_HOMES = [
    # a headline's country is another sentence: the zone stays the police's home
    ("en", "Iran protests\nPolice detained ten protesters at 11 p.m. Turkey time.", "TUR:COP"),
    ("ar", "إيران تحتج\nاعتقلت الشرطة ثلاثين متظاهرا قرب البرلمان في الساعة العاشرة مساء بتوقيت تركيا.",
     "TUR:COP"),
    ("fa", "ایران اعتراض کرد\nپلیس ساعت ۲ بامداد به وقت ترکیه بیست دانشجو را بازداشت کرد.", "TUR:COP"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "actor"), HEADLINE_HOMES)
def test_a_headline_is_another_sentence(lang: str, text: str, actor: str) -> None:
    assert actor in _actors(text, lang)


DECIMAL_HOURS = [
    # "23.30" ends no sentence: Iraq is named with the zone, which is no home
    ("ar", "اعتقلت الشرطة ثلاثين متظاهرا في العراق في الساعة 23.30 بتوقيت طهران.", "IRN:CVL"),
    ("fa", "پلیس در عراق ساعت ۲۳.۳۰ به وقت تهران بیست دانشجو را بازداشت کرد.", "IRN:EDU"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "actor"), DECIMAL_HOURS)
def test_a_decimal_hour_ends_no_sentence(lang: str, text: str, actor: str) -> None:
    assert actor not in _actors(text, lang)


def test_a_glued_head_is_a_zone() -> None:
    events = run("هاجم مسلحون مسجدا في كندا فجر الاثنين وبتوقيت تونس.", "ar").events
    assert "TUN" not in {a.code for e in events for a in e.actors}


def test_long_documents_cost_by_their_mentions() -> None:
    # the zone's sentence is read once, not across every other mention
    sentence = "Israeli jets struck targets in Syria at 3 a.m. Tehran time."
    events = run(" ".join([sentence] * 60), "en").events
    assert events
    assert "IRN" not in {a.code for e in events for a in e.actors}
