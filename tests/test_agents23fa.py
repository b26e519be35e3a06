"""Round 23 (agents23fa): the country of Persian agent nouns.

- A reflexive possessive written after an agent noun ("اتباع خود", "شهروندان
  خویش": its own nationals, ``context.POSSESSIVES_AFTER``) makes the noun its
  clause subject's own, as English "its nationals" and Arabic "رعاياها" already
  do (``countries.reflexive_noun``, ``participants._Sentence.possessor``). The
  subject is the side named before it in its clause, never one after a
  preposition ("از هند") or a place, and a country after the noun is where they
  are, not theirs.
- A number between an agent noun and a named movement counts a noun of its
  own ("پلیس یک عضو طالبان را بازداشت کرد"): the police are no head of the
  movement and stay an actor (``countries.counted_gap``,
  ``mention_scan._claimed_by_pending``).
- Nouns: "طبیب"/"اطبا" (HLH), "محصلین" (EDU), "امام جماعت"/"ائمه جماعت" (REL);
  English "physician(s)" (HLH) and "prayer leader(s)" (REL, not a head of state).

Sentences written for these tests, in fa, ar and en.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _actors(lang: str, text: str, kind: str) -> list[set[str]]:
    record = process(Document("t", text, lang=lang)).to_dict()
    return [
        {f"{a['code'] or '-'}:{a['agent'] or ''}" for a in e["actors"]}
        for e in record["events"]
        if e["type"] == kind
    ]


NATIONALS = [
    ("fa", "FRA", "وزارت خارجه فرانسه از شهروندان خود خواست هرچه زودتر لبنان را ترک کنند."),
    ("ar", "FRA", "طلبت وزارة الخارجية الفرنسية من رعاياها مغادرة لبنان في أسرع وقت."),
    (
        "en",
        "FRA",
        "France's foreign ministry asked its nationals to leave Lebanon as soon as possible.",
    ),
    ("fa", "CAN", "دولت کانادا از اتباع خویش در سودان خواست به کشور بازگردند."),
    ("ar", "CAN", "طلبت الحكومة الكندية من رعاياها في السودان العودة إلى البلاد."),
    ("en", "CAN", "The government of Canada asked its nationals in Sudan to return home."),
]


@pytest.mark.parametrize(("lang", "code", "text"), NATIONALS)
def test_own_nationals_take_the_subjects_country(lang: str, code: str, text: str) -> None:
    events = _actors(lang, text, "REQUEST")
    assert events, text
    assert {f"{code}:GOV", f"{code}:CVL"} <= events[0], events


ARMY = [
    ("fa", "ارتش پاکستان نیروهای خود را از منطقه مرزی عقب کشید."),
    ("ar", "سحب الجيش الباكستاني قواته من المنطقة الحدودية."),
    ("en", "The Pakistani army pulled its troops back from the border area."),
]


@pytest.mark.parametrize(("lang", "text"), ARMY)
def test_own_forces_of_an_army_are_the_army(lang: str, text: str) -> None:
    events = _actors(lang, text, "RETREAT")
    assert events, text
    assert events[0] == {"PAK:MIL"}, events


def test_reflexive_after_a_preposition_takes_no_country() -> None:
    # "از هند" names where they were taken from, not whose nationals they are
    events = _actors("fa", "کشورهای دیگر اتباع خود را از هند خارج کردند.", "RETREAT")
    assert all("IND:CVL" not in e for e in events), events


# Agent nouns of every form: an Arabic broken plural used in Persian ("اطبا"),
# a plural in "ین" ("محصلین"), a two-word title in the plural ("ائمه جماعت").
NOUNS = [
    ("fa", "HLH", "اطبای شهر از دولت خواستند حقوق معوقه آنان را بپردازد."),
    ("ar", "HLH", "طالب الأطباء في المدينة الحكومة بدفع رواتبهم المتأخرة."),
    ("en", "HLH", "Physicians in the city asked the government to pay their late wages."),
    ("fa", "HLH", "طبیبان شهر از دولت خواستند حقوق معوقه آنان را بپردازد."),
    ("fa", "EDU", "محصلین شهر از دولت خواستند شهریه مدارس را کاهش دهد."),
    ("ar", "EDU", "طالب التلاميذ في المدينة الحكومة بخفض الرسوم المدرسية."),
    ("en", "EDU", "Pupils in the city asked the government to cut school fees."),
    ("fa", "REL", "ائمه جماعت مساجد شهر از دولت خواستند به وضعیت مساجد رسیدگی کند."),
    ("ar", "REL", "طالب أئمة المساجد في المدينة الحكومة بالاهتمام بأوضاع المساجد."),
    (
        "en",
        "REL",
        "Prayer leaders of the city's mosques asked the government to look after the mosques.",
    ),
]


@pytest.mark.parametrize(("lang", "agent", "text"), NOUNS)
def test_agent_nouns_in_all_forms(lang: str, agent: str, text: str) -> None:
    events = _actors(lang, text, "REQUEST")
    assert events, text
    assert any(a.endswith(f":{agent}") for a in events[0]), events
    assert not any(a.endswith(":head_of_state") for a in events[0]), events


# A number between an agent noun and a movement counts a noun of its own: the
# police and "one member of the Taliban" are two actors ("پلیس یک عضو طالبان").
COUNTED_MEMBER = [
    ("fa", "پلیس یک عضو طالبان را در کابل دستگیر کرد."),
    ("fa", "پلیس دو عضو طالبان را در کابل بازداشت کرد."),
    ("ar", "اعتقلت الشرطة عضوا في حركة طالبان في كابل."),
    ("en", "Police arrested a member of the Taliban in Kabul."),
]


@pytest.mark.parametrize(("lang", "text"), COUNTED_MEMBER)
def test_counted_member_keeps_the_police_apart(lang: str, text: str) -> None:
    events = _actors(lang, text, "COERCE")
    assert events, text
    assert {"AFG:COP", "AFG:REB"} <= events[0], events
