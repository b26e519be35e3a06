"""agents57fa: the sides an arrest's or a sentence's charge names.

Sentences written for these tests (none from the corpus, dev or challenge
sets). "X was sentenced to ten years on charges of collaborating with the
US government": the state of the charge is no side, and the court that
passed the sentence is understood (``extract/charges.py``,
``lang/xx/agents.UNPLACED_IMPLIED``); a state body the charge names ("for
assaulting a police officer") is whom the accused wronged, not who
arrested or sentenced him.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def coerce_sides(text: str, lang: str) -> list[list[tuple[str | None, str | None]]]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-04-23"))
    return [[(a.code, a.agent) for a in e.actors] for e in record.events if e.type == "COERCE"]


@pytest.mark.parametrize(
    ("text", "lang", "charged"),
    [
        (
            "سخنگوی دستگاه قضا گفت: رضا کریمی به جرم همکاری با دولت آمریکا به هشت سال حبس محکوم شده است.",
            "fa",
            "USA",
        ),
        ("بهرام نوری به اتهام جاسوسی برای اسرائیل به پنج سال زندان محکوم شد.", "fa", "ISR"),
        ("حكم على سامي خليل بالسجن سبع سنوات بتهمة التخابر مع إسرائيل.", "ar", "ISR"),
        (
            "John Miller was sentenced to seven years in prison on charges of spying for Russia.",
            "en",
            "RUS",
        ),
    ],
)
def test_a_sentence_on_a_foreign_charge_keeps_its_court(text: str, lang: str, charged: str) -> None:
    """With no other side and no place named, the sentence is still a court's."""
    sides = coerce_sides(text, lang)
    assert sides, "the sentence is still an event"
    assert all(code != charged for side in sides for code, _ in side)
    assert any(agent == "JUD" for side in sides for _, agent in side)


@pytest.mark.parametrize(
    ("text", "lang", "doer"),
    [
        ("تهران - یک جوان به اتهام حمله به پلیس به سه سال حبس محکوم شد.", "fa", ("IRN", "JUD")),
        ("شیراز - دو مرد به اتهام توهین به ماموران پلیس بازداشت شدند.", "fa", ("IRN", "COP")),
        ("القاهرة - حكم على شاب بالسجن ثلاث سنوات بتهمة الاعتداء على شرطي.", "ar", ("EGY", "JUD")),
        (
            "CAIRO - A young man was arrested on charges of assaulting a police officer.",
            "en",
            ("EGY", "COP"),
        ),
    ],
)
def test_police_inside_the_charge_are_no_doer(text: str, lang: str, doer: tuple[str, str]) -> None:
    """The police the accused is said to have wronged leave the doer's place
    to the understood court or police of the dateline."""
    sides = coerce_sides(text, lang)
    assert sides
    assert sides[0][0] == doer
    assert all(side.count(doer) == 1 for side in sides)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("تهران - دو مرد به اتهام حمایت از گروه‌های تروریستی بازداشت شدند.", "fa"),
        ("القاهرة - اعتقل رجلان بتهمة دعم جماعات إرهابية.", "ar"),
    ],
)
def test_a_group_inside_the_charge_still_tells_who_was_held(text: str, lang: str) -> None:
    """ "arrested on charges of supporting terrorist groups": the group tells
    what the accused are (readers code them so), unchanged."""
    sides = coerce_sides(text, lang)
    assert any(agent == "REB" for side in sides for _, agent in side)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("علی رضایی به اتهام جاسوسی برای اسرائیل بازداشت شد.", "fa"),
        ("اعتقل علي رضا بتهمة التجسس لصالح إسرائيل.", "ar"),
        ("Ali Reza was arrested on charges of spying for Israel.", "en"),
    ],
)
def test_an_unplaced_arrest_keeps_its_sides(text: str, lang: str) -> None:
    """An arrest names no court: with no place named its police are of no
    known country, and the charge's state is kept rather than no side at
    all (the rule is a sentence's only)."""
    sides = coerce_sides(text, lang)
    assert sides, "the arrest is still an event"
    assert not any(agent == "JUD" for side in sides for _, agent in side)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وقال وزير العدل الهولندي إن القانون الجديد يقضي بحبس من يرفض دفع الضرائب.", "ar"),
        (
            "وزیر دادگستری هلند گفت قانون جدید کسانی را که مالیات نپردازند به زندان محکوم می‌کند.",
            "fa",
        ),
        (
            "The Dutch justice minister said the new law would jail those who refuse to pay taxes.",
            "en",
        ),
    ],
)
def test_no_court_is_understood_without_a_charge(text: str, lang: str) -> None:
    """The court stands alone, with no side and no place named, only where
    the sentence's sides were its charge's: a law that would jail someone
    names no sentencing by a court of no country."""
    assert not any(side == [(None, "JUD")] for side in coerce_sides(text, lang))
