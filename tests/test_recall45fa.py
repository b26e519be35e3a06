"""Sides carried over by a pronoun subject (round 45, recall45fa; every
sentence written for these tests).

- A sentence opened by a pronoun subject ("وی", "او", "he") has as its
  subject the one of the sentence before; that subject is never inside a
  prepositional phrase: an actor a preposition governs, itself or as the
  genitive of the phrase's head noun ("با خروج نیروهای آمریکا", "به گزارش
  ایرنا", "with the US withdrawal"), is passed over and the first free
  actor is the subject (``text.words.governed``). A demonstrative
  between opens a phrase of its own ("در این حال وزیر …").
- A sentence opened by a pronoun itself carries its referent on to the next
  one ("X met Y. He said … . He accused Z …").
- Arabic has no such test: its subject pronoun is the verb's person ending
  ("واتهم"), and the language lists no ``PRONOUN_SUBJECTS``.
- A bare "this country" ("این کشور", "هذا البلد", "this country") that a
  preposition of a side governs stands for the state named before its
  clause (``extract/this_country.this_country_sides``); "در این کشور" stays
  a place.
- A Persian deed noun that a claimed responsibility is for ("مسئولیت حمله …
  را بر عهده گرفت") reports its deed with no verb of its own and is no mere
  object (``extract/predicates._claimed``); a denial ("رد کرد", "نپذیرفت")
  makes the denier no doer. Arabic and English deed nouns need no verb and
  already read "تبنى الهجوم", "claimed responsibility for the attack".
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _accusations(text: str, lang: str) -> list[tuple[tuple[str | None, str | None], ...]]:
    """(code, agent) of the actors of every ACCUSE event of ``text``."""
    rec = process(Document(doc_id="t", text=text, lang=lang, published="2021-08-20"))
    return [tuple((a.code, a.agent) for a in e.actors) for e in rec.events if e.type == "ACCUSE"]


GOVERNED_FIRST = [
    # a place a preposition governs is no subject (round 23 read the
    # subject of such a sentence as unsure; the first free actor is it)
    (
        "fa",
        "در تهران وزیر خارجه ایران سخنرانی کرد. او عربستان را به دخالت در یمن متهم کرد.",
        ("IRN", "GOV"),
    ),
    (
        "en",
        "In Tehran, the Iranian foreign minister gave a speech. He accused Saudi Arabia of"
        " meddling in Yemen.",
        ("IRN", "GOV"),
    ),
    (
        "fa",
        "با خروج نیروهای آمریکا، وزیر خارجه افغانستان از شورای امنیت خواست تحریم‌ها را"
        " تشدید کند. وی طالبان را به ارتکاب جنایات جنگی متهم کرد.",
        ("AFG", "GOV"),
    ),
    (
        "fa",
        "به گزارش ایرنا، وزیر خارجه بلاروس در بیانیه‌ای سخن گفت. او آمریکا را به دخالت"
        " در امور داخلی متهم کرد.",
        ("BLR", "GOV"),
    ),
    (
        "en",
        "With the US withdrawal, the Afghan foreign minister asked the Security Council to"
        " tighten sanctions. He accused the Taliban of war crimes.",
        ("AFG", "GOV"),
    ),
    (
        "en",
        "According to Reuters, the Belarusian foreign minister spoke on Monday. He accused"
        " the United States of meddling.",
        ("BLR", "GOV"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "doer"), GOVERNED_FIRST)
def test_actor_in_prepositional_phrase_is_no_subject(lang: str, text: str, doer: tuple) -> None:
    found = _accusations(text, lang)
    assert found and found[0][0] == doer


CHAINED = [
    (
        "fa",
        "وزیر خارجه ایران در تهران با همتای عراقی دیدار کرد. او گفت روابط دو کشور خوب است."
        " وی عربستان را به دخالت در یمن متهم کرد.",
    ),
    (
        "en",
        "The Iranian foreign minister met his Iraqi counterpart in Tehran. He said relations"
        " were good. He accused Saudi Arabia of meddling in Yemen.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CHAINED)
def test_pronoun_sentence_carries_its_referent_on(lang: str, text: str) -> None:
    assert (("IRN", "GOV"), ("SAU", None)) in _accusations(text, lang)


def test_demonstrative_opens_a_free_phrase() -> None:
    text = "در این حال وزیر خارجه ایران به بغداد رفت. وی عربستان را به دخالت در یمن متهم کرد."
    assert _accusations(text, "fa") == [(("IRN", "GOV"), ("SAU", None))]


def test_governed_actor_alone_gives_no_referent() -> None:
    # only a governed actor before: the pronoun stays unresolved, no accuser made up
    text = "با خروج نیروهای آمریکا اوضاع تغییر کرد. وی طالبان را به جنایات جنگی متهم کرد."
    assert not any(actors and actors[0][0] == "USA" for actors in _accusations(text, "fa"))


def _sides(text: str, lang: str, etype: str) -> list[tuple[str | None, ...]]:
    """The codes of the actors of every ``etype`` event of ``text``."""
    rec = process(Document(doc_id="t", text=text, lang=lang, published="2021-08-20"))
    return [tuple(a.code for a in e.actors) for e in rec.events if e.type == etype]


THIS_COUNTRY = [
    (
        "fa",
        "معترضان در بلاروس به خیابان آمدند. آمریکا و بریتانیا تحریم‌هایی را علیه این کشور"
        " اعمال کردند.",
        "SANCTION",
        ("GBR", "BLR"),
    ),
    ("fa", "عراق در جنگ بود. آمریکا به این کشور حمله کرد.", "ASSAULT", ("USA", "IRQ")),
    ("ar", "شهدت لبنان أزمة حادة. وفرضت فرنسا عقوبات ضد هذا البلد.", "SANCTION", ("FRA", "LBN")),
    (
        "en",
        "Protests continued in Belarus. Britain imposed sanctions against this country.",
        "SANCTION",
        ("GBR", "BLR"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "sides"), THIS_COUNTRY)
def test_governed_this_country_is_its_antecedent(
    lang: str, text: str, etype: str, sides: tuple[str, str]
) -> None:
    assert sides in _sides(text, lang, etype)


def test_this_country_of_a_place_is_no_side() -> None:
    text = "کنیا دچار خشکسالی شد. سازمان ملل در این کشور با مقامات محلی دیدار کرد."
    assert all("KEN" not in codes for codes in _sides(text, "fa", "CONSULT"))


def test_co_argument_is_no_antecedent() -> None:
    # the doer in its own clause is no antecedent: Iraq, named before, is
    text = "عراق در جنگ بود. آمریکا به این کشور حمله کرد."
    assert ("USA", "USA") not in _sides(text, "fa", "ASSAULT")


CLAIMED = [
    ("fa", "داعش مسئولیت حمله به ارتش ایران را برعهده گرفت."),
    ("fa", "داعش مسئولیت حمله به ارتش ایران را پذیرفته است."),
    ("ar", "تبنى تنظيم داعش الهجوم على الجيش الإيراني."),
    ("en", "Islamic State claimed responsibility for the attack on the Iranian army."),
]


def _assaults(text: str, lang: str) -> list[tuple[tuple[str | None, str | None], ...]]:
    """(code, agent) of the actors of every ASSAULT event of ``text``."""
    rec = process(Document(doc_id="t", text=text, lang=lang, published="2021-08-20"))
    return [tuple((a.code, a.agent) for a in e.actors) for e in rec.events if e.type == "ASSAULT"]


@pytest.mark.parametrize(("lang", "text"), CLAIMED)
def test_claimed_deed_is_the_claimers(lang: str, text: str) -> None:
    found = _assaults(text, lang)
    assert found and found[0][0][1] == "REB" and found[0][-1] == ("IRN", "MIL")


@pytest.mark.parametrize(
    "text",
    [
        "طالبان مسئولیت حمله به سفارت آمریکا را نپذیرفت.",
        "طالبان مسئولیت حمله به سفارت آمریکا را رد کرد.",
    ],
)
def test_denied_responsibility_names_no_doer(text: str) -> None:
    assert not any(actors[0][0] == "AFG" for actors in _assaults(text, "fa"))
