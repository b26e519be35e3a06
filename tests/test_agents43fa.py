"""Round 43 (agents43fa): lists with a quantity, social media, hospitals
as destinations.

Sentences written for these tests (none from the corpus, dev or challenge
sets).

- A quantity between a list's conjunction and its next item ("و چند",
  "وعدة", "and several") leaves the item coordinated with the one before
  it: both are one side, each with its own agent
  (``coordination._quantified_item``, ``context.ITEM_QUANTIFIERS``).
- Social media ("رسانه‌های اجتماعی", "وسائل الإعلام الاجتماعية") are where
  something is posted, no MED side (``agents.NOT_AGENTS``); English "social
  media" already gave none.
- A hospital someone is taken to ("انتقال به بیمارستان") is no HLH side
  (Persian ``agents.NOT_AGENTS``); English and Arabic already gave none, and
  the tests check they still do. A hospital that is struck stays a side.
"""

from __future__ import annotations

import pytest

from diplowatch.extract.coordination import _quantified_item
from diplowatch.extract.coordinators import Coordinators
from diplowatch.model import Document
from diplowatch.pipeline import process


def agents(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-05-14"))
    return {(a.code, a.agent) for e in record.events for a in e.actors}


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "آمریکا بانک مرکزی ایران و چند بانک ایرانی را تحریم کرد.",
            "fa",
            {("IRN", "GOV"), ("IRN", "BUS")},
        ),
        (
            "کانادا ارتش ونزوئلا و شماری از شرکت‌های ونزوئلایی را تحریم کرد.",
            "fa",
            {("VEN", "MIL"), ("VEN", "BUS")},
        ),
        (
            "فرضت الولايات المتحدة عقوبات على الجيش الإيراني وعدة شركات إيرانية.",
            "ar",
            {("IRN", "MIL"), ("IRN", "BUS")},
        ),
        (
            "فرضت كندا عقوبات على الجيش الفنزويلي وثلاثة بنوك فنزويلية.",
            "ar",
            {("VEN", "MIL"), ("VEN", "BUS")},
        ),
        (
            "The United States sanctioned the Iranian army and several Iranian companies.",
            "en",
            {("IRN", "MIL"), ("IRN", "BUS")},
        ),
        (
            "Canada sanctioned the Venezuelan army and three Venezuelan banks.",
            "en",
            {("VEN", "MIL"), ("VEN", "BUS")},
        ),
    ],
)
def test_quantity_after_conjunction_keeps_both_items(
    text: str, lang: str, want: set[tuple[str, str]]
) -> None:
    assert want <= agents(text, lang)


def test_quantified_item_needs_conjunction_and_known_quantity() -> None:
    conj = Coordinators(frozenset({"و", "and"}), frozenset(), frozenset({"چند", "several"}))
    assert _quantified_item("و چند", conj)
    assert _quantified_item("and several", conj)
    assert not _quantified_item("و 3", conj)  # digits: counted victims' rules
    assert _quantified_item("وچند", conj)  # the conjunction written on the quantity
    assert not _quantified_item("چند", conj)  # no conjunction: no list
    assert not _quantified_item("و دیروز", conj)  # not a quantity
    assert not _quantified_item("و چند", Coordinators(frozenset({"و"}), frozenset()))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("طبق فیلم‌های منتشرشده در رسانه‌های اجتماعی، کارگران معدن در کرمان اعتصاب کردند.", "fa"),
        ("رسانه‌های اجتماعی عراق نشان دادند که پلیس عراق ده معترض را بازداشت کرد.", "fa"),
        ("بحسب مقاطع نشرت على وسائل الإعلام الاجتماعية، أضرب عمال المناجم في البصرة.", "ar"),
        (
            "وفقا لمقاطع فيديو نشرت على وسائل الإعلام الاجتماعية، انضم عمال المصفاة إلى الإضراب.",
            "ar",
        ),
        ("According to clips shared on social media, miners in Basra went on strike.", "en"),
    ],
)
def test_social_media_are_no_media_side(text: str, lang: str) -> None:
    found = agents(text, lang)
    assert found, "the event itself is still read"
    assert not any(agent == "MED" for _, agent in found)


def test_social_media_country_is_no_actor() -> None:
    found = agents("رسانه‌های اجتماعی عراق نشان دادند که پلیس عراق ده معترض را بازداشت کرد.", "fa")
    assert ("IRQ", "COP") in found
    assert ("IRQ", None) not in found


def test_press_still_acts() -> None:
    assert ("IRN", "MED") in agents("رسانه‌های ایران از دولت انتقاد کردند.", "fa")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("پلیس راننده را کتک زد و او پیش از انتقال به بیمارستان جان باخت.", "fa"),
        ("ماموران کارگر را کتک زدند و او به بیمارستان منتقل شد و جان باخت.", "fa"),
        ("نیروهای امنیتی به معترضان حمله کردند و زخمی‌ها به بیمارستان منتقل شدند.", "fa"),
        ("Police attacked the marchers and the injured were taken to a hospital.", "en"),
        ("هاجمت الشرطة المتظاهرين ونقل المصابون إلى المستشفى.", "ar"),
    ],
)
def test_hospital_as_destination_is_no_side(text: str, lang: str) -> None:
    found = agents(text, lang)
    assert found, "the deed itself is still read"
    assert not any(agent == "HLH" for _, agent in found)


def test_hospital_struck_stays_a_side() -> None:
    assert any(agent == "HLH" for _, agent in agents("معترضان به بیمارستان حمله کردند.", "fa"))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # listed written apart, found glued
        ("پلیس ترکیه توریستها را در آنکارا بازداشت کرد.", ("TUR", "CVL")),
        ("پلیس ترکیه تکفیریها را در آنکارا بازداشت کرد.", ("TUR", "REB")),
        # listed glued, found after a ZWNJ, alone and inside a longer phrase
        ("نیرو‌های ترکیه یک روستا را در شمال عراق بمباران کردند.", ("TUR", "MIL")),
        ("نیرو‌های انتظامی ترکیه ده نفر را در آنکارا بازداشت کردند.", ("TUR", "COP")),
        ("نیرو های امنیتی ترکیه ده نفر را در آنکارا بازداشت کردند.", ("TUR", "COP")),
    ],
)
def test_plural_ending_in_every_spelling(text: str, want: tuple[str, str]) -> None:
    assert want in agents(text, "fa")


def test_plural_spellings_of_a_phrase() -> None:
    from diplowatch.lang.fa.agents import _plural_spellings

    assert _plural_spellings("نیروهای امنیتی") == ("نیروهای امنیتی", "نیرو های امنیتی")
    assert _plural_spellings("دیپلمات‌ها") == ("دیپلماتها", "دیپلمات ها")
    assert _plural_spellings("فقها") == ("فقها", "فقها")  # no stem of two letters
    # Arabic and English write no detached plural ending: nothing to spell
    # otherwise there.
