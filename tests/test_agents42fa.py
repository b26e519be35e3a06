"""Agents of "this country" take the country named last before them.

Sentences written for these tests (none from the corpus, dev or challenge
sets). An agent noun or a title closed by a demonstrative "country" ("این
کشور", "هذا البلد", "of the country") or opened by "the country's" is of
the country the text named last, not of a place written after it, nor of
the home country (``extract/this_country.py``).
"""

from __future__ import annotations

import pytest

from diplowatch.extract.actor_context import context
from diplowatch.extract.this_country import _whole_word
from diplowatch.model import Document
from diplowatch.pipeline import process


def agents(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-05-14"))
    return {(a.code, a.agent) for e in record.events for a in e.actors}


@pytest.mark.parametrize(
    ("text", "lang", "want", "not_want"),
    [
        (
            "دولت اکوادور با مخالفان این کشور در بوگوتا گفتگو کرد.",
            "fa",
            ("ECU", "OPP"),
            ("COL", "OPP"),
        ),
        (
            "سفارت ایتالیا در بغداد از اتباع این کشور خواست شهر را ترک کنند.",
            "fa",
            ("ITA", "CVL"),
            ("IRQ", "CVL"),
        ),
        (
            "وزیر خارجه پرتغال به مسکو رفت و با رئیس جمهور این کشور دیدار کرد.",
            "fa",
            ("RUS", "GOV"),
            ("IRN", "GOV"),
        ),
        (
            "التقت الحكومة الإكوادورية معارضي هذا البلد في بوغوتا.",
            "ar",
            ("ECU", "OPP"),
            ("COL", "OPP"),
        ),
        (
            "دعت السفارة الإيطالية في بغداد رعايا هذا البلد إلى مغادرة المدينة.",
            "ar",
            ("ITA", "CVL"),
            ("IRQ", "CVL"),
        ),
        (
            "The Ecuadorian government met the country's opposition in Bogota.",
            "en",
            ("ECU", "OPP"),
            ("COL", "OPP"),
        ),
        (
            "The Italian embassy in Baghdad urged citizens of the country to leave the city.",
            "en",
            ("ITA", "CVL"),
            ("IRQ", "CVL"),
        ),
    ],
)
def test_this_country_points_back(
    text: str, lang: str, want: tuple[str, str], not_want: tuple[str, str]
) -> None:
    found = agents(text, lang)
    assert want in found
    assert not_want not in found


def test_joined_state_is_the_antecedent() -> None:
    """A state joined to the agent by "and" is what "this country" names,
    though it opens the sentence."""
    found = agents("نیکاراگوئه و مخالفان این کشور در کاستاریکا گفتگو کردند.", "fa")
    assert ("NIC", "OPP") in found
    assert ("CRI", "OPP") not in found


def test_opening_state_is_no_antecedent() -> None:
    """The state that opens the sentence as its subject is not "this
    country" of its own clause (it would say "its own"): the bank is the
    country named before."""
    text = "شورشیان هرات را گرفتند و دولت افغانستان سقوط کرد. هند ذخایر بانک مرکزی این کشور را مسدود کرد."
    found = agents(text, "fa")
    assert ("IND", "GOV") not in found
    assert ("AFG", "GOV") in found


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        (
            "نروژ در پاسخ به تحریم‌های بلژیک علیه رئیس جمهور آن کشور سفیر را احضار کرد.",
            "fa",
            ("BEL", "GOV"),
        ),
        (
            "Norway protested Belgium's sanctions against the country's president.",
            "en",
            ("BEL", "GOV"),
        ),
    ],
)
def test_other_side_of_a_deed_is_no_antecedent(
    text: str, lang: str, wrong: tuple[str, str]
) -> None:
    """A state written a few words before "against" and the agent is the
    deed's other side, not the country the agent is of."""
    assert wrong not in agents(text, lang)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("مخالفان این کشور گفتند", True),
        ("ارتش این کشورها آماده است", False),
        ("ارتش این کشور ها آماده است", False),
    ],
)
def test_plural_country_is_no_antecedent(text: str, whole: bool) -> None:
    """ "These countries" points back to no one country."""
    ctx = context("fa")
    phrase = next(p for p in ctx.this_country_words if p.startswith("اين"))
    at = text.replace("ی", "ي").replace("ک", "ك").find(phrase)
    assert at > 0
    assert _whole_word(text, at, at + len(phrase), ctx.people_suffixes) is whole
