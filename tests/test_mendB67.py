"""Mends of round 67's review (mendB67); every sentence written for these
tests.

- A response promised to a hostile deed is a threat (recall67fa) only when
  the deed is one: an English strike only as a deed of arms ("missile
  strikes", not a labour strike); an Arabic "سترد" only with "على" before
  the deed ("سترد" also means "will appear"); a Persian deed only as what
  is responded to ("به/با … پاسخ/مقابله", or a conditional "حمله کنند"),
  not a topic among the words before ("درباره تهدیدها … به پرسش پاسخ").
- Captives are read in every clitic form alike ("للأسيرات"), and the
  numbers of words their nouns have come from the data.
"""

from __future__ import annotations

import pytest

from casts import run
from diplowatch.extract.captives import _noun_lengths
from diplowatch.lang import load


def _types(text: str, lang: str) -> set[str]:
    """The event types of ``text``."""
    return {e.type for e in run(text, lang).events}


THREATS: list[tuple[str, str, str, str]] = [
    (
        "en",
        "Pakistan said it would respond to the Indian missile strikes on its territory.",
        "PAK",
        "IND",
    ),
    ("ar", "أكد وزير الدفاع الباكستاني أن إسلام آباد سترد على الهجوم الهندي.", "PAK", "IND"),
    (
        "fa",
        "سخنگوی وزارت خارجه پاکستان گفت اسلام آباد به هر گونه تجاوز هند پاسخ محکمی خواهد داد.",
        "PAK",
        "IND",
    ),
]


@pytest.mark.parametrize(("lang", "text", "threatener", "threatened"), THREATS)
def test_response_promised_to_a_deed_of_arms_is_a_threat(
    lang: str, text: str, threatener: str, threatened: str
) -> None:
    """A side that will respond to an attack threatens its doer."""
    codes = {a.code for e in run(text, lang).events if e.type == "THREATEN" for a in e.actors}
    assert {threatener, threatened} <= codes, codes


def test_english_drone_strike_is_a_deed_of_arms() -> None:
    text = "Lebanon's army said it will respond to any drone strike on its posts."
    assert "THREATEN" in _types(text, "en")


def test_english_labour_strike_is_no_threat_and_stays_a_protest() -> None:
    text = "The teachers' union said the ministry would respond to the strike by nurses on Monday."
    assert _types(text, "en") == {"PROTEST"}


def test_arabic_will_appear_is_no_threat() -> None:
    text = "أوضح المسؤول أن الأرقام سترد في حصيلة الهجمات الأخيرة."
    assert "THREATEN" not in _types(text, "ar")


def test_persian_topic_of_a_question_is_no_threat() -> None:
    text = "وزیر دفاع هند در مورد حمله به پایگاه هوایی به سوال نمایندگان مجلس جواب خواهد داد."
    assert "THREATEN" not in _types(text, "fa")


def test_persian_conditional_deed_and_dealing_with_it_stay_threats() -> None:
    for text in (
        "قاهره به آدیس آبابا هشدار داد: هرگاه به نیروگاه‌های ما حمله کنند، پاسخ خواهیم داد.",
        "وزیر دفاع لبنان گفت بیروت با هرگونه تعرض به خاک خود مقابله خواهد کرد.",
    ):
        assert "THREATEN" in _types(text, "fa"), text


def test_arabic_captives_after_a_glued_preposition() -> None:
    """ "للأسيرات" (for the women captives) names captives as "الأسيرات"
    does: a sit-in for them is against no government of their own."""
    text = "اعتصم طلاب جامعة بيرزيت في رام الله دعما للأسيرات الفلسطينيات المضربات عن الطعام."
    sides = {
        (a.code, a.agent) for e in run(text, "ar").events if e.type == "PROTEST" for a in e.actors
    }
    assert ("PSE", "CVL") in sides, sides
    assert ("PSE", "GOV") not in sides, sides


def test_arabic_captive_forms_are_even() -> None:
    """Each captive noun is listed with every glued clitic alike."""
    nouns = set(load("ar", "agents").CAPTIVE_NOUNS)
    for noun in ("الأسرى", "الأسير", "الأسيرات", "أسرى", "أسيرات"):
        bare = noun[1:] if noun.startswith("ال") else noun
        assert {f"ب{noun}", f"ل{bare}", f"و{noun}", f"وب{noun}", f"ول{bare}"} <= nouns, noun


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_captive_noun_lengths_come_from_the_data(lang: str) -> None:
    nouns = load(lang, "agents").CAPTIVE_NOUNS
    assert set(_noun_lengths(lang)) == {len(n.split()) for n in nouns}
