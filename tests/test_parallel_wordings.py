"""One event told the same way in Arabic, Persian and English reads the same.

Each case below was read differently in one language before; the others
are kept as the reference (sentences written for these tests):

- a phone call with the subject between the verb and "by phone" ("اتصل
  الرئيس المصري هاتفيا بنظيره", "X called Y by phone");
- "fighting illegal migration" (combating a scourge) is no armed clash;
- "British nationals" are the state's civilians;
- weapons sent ("به حوثی‌ها سلاح ارسال کرد") are military aid;
- a state calling back its own ambassador ("استدعت الجزائر سفيرها لدى
  فرنسا") recalls him (SANCTION); summoning another's envoy stays ACCUSE.
"""

from __future__ import annotations

import pytest

from casts import Reading
from casts import reading as read

PHONE = {("CONSULT", "reported", (("EGY", "GOV"), ("FRA", "GOV")))}
NO_FIGHT = {("AGREE", "reported", (("MAR", None), ("ESP", None)))}
NATIONALS = {("CONCEDE", "reported", (("AFG", "REB"), ("GBR", "CVL")))}
WEAPONS = {("AID", "reported", (("RUS", None), ("SYR", None)))}
RECALL = {("SANCTION", "reported", (("DZA", None), ("FRA", None)))}


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("اتصل الرئيس المصري هاتفيا بنظيره الفرنسي.", "ar", PHONE),
        (
            "اتصل الرئيس المصري عبد الفتاح السيسي بنظيره الفرنسي إيمانويل ماكرون هاتفيا.",
            "ar",
            PHONE,
        ),
        ("رئیس‌جمهور مصر با همتای فرانسوی خود تلفنی گفت‌وگو کرد.", "fa", PHONE),
        ("The Egyptian president called his French counterpart by phone.", "en", PHONE),
        ("اتفق المغرب وإسبانيا على التعاون في مكافحة الهجرة غير الشرعية.", "ar", NO_FIGHT),
        (
            "مراکش و اسپانیا توافق کردند در مبارزه با مهاجرت غیرقانونی همکاری کنند.",
            "fa",
            NO_FIGHT,
        ),
        ("Morocco and Spain agreed to cooperate in fighting illegal migration.", "en", NO_FIGHT),
        ("أفرجت طالبان عن ثلاثة مواطنين بريطانيين.", "ar", NATIONALS),
        ("طالبان سه شهروند بریتانیایی را آزاد کرد.", "fa", NATIONALS),
        ("The Taliban released three British nationals.", "en", NATIONALS),
        ("أرسلت روسيا أسلحة إلى سوريا.", "ar", WEAPONS),
        ("روسیه به سوریه سلاح ارسال کرد.", "fa", WEAPONS),
        ("Russia sent weapons to Syria.", "en", WEAPONS),
        ("استدعت الجزائر سفيرها لدى فرنسا للتشاور.", "ar", RECALL),
        ("الجزایر سفیر خود را از فرانسه فراخواند.", "fa", RECALL),
        ("Algeria recalled its ambassador from France.", "en", RECALL),
    ],
)
def test_same_event_same_reading(text: str, lang: str, want: Reading) -> None:
    assert read(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("اتصل بنا مواطن هاتفيا للإبلاغ عن الحادث.", "ar"),
        ("Heavy rains hampered efforts at fighting the wildfires in Greece.", "en"),
    ],
)
def test_no_event(text: str, lang: str) -> None:
    assert read(text, lang) == set()


def test_calling_a_side_names_is_no_phone_call() -> None:
    # name-calling is criticism (round 29, accuse29), never a call made
    got = read("Protesters called the president a liar.", "en")
    assert {etype for etype, _, _ in got} == {"ACCUSE"}


def test_summoning_anothers_envoy_is_still_a_protest() -> None:
    got = read("استدعت الخارجية المصرية السفير التركي.", "ar")
    assert got == {("ACCUSE", "reported", (("EGY", "GOV"), ("TUR", "GOV")))}


def test_fighting_between_forces_is_still_a_clash() -> None:
    got = read("Heavy fighting erupted between the army and rebels near Aleppo.", "en")
    assert got == {("ASSAULT", "reported", (("SYR", "MIL"), ("SYR", "REB")))}


OFFICIAL_VISIT = {("CONSULT", "reported", (("IRN", "GOV"), ("SAU", None)))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Iran's foreign minister arrived in Riyadh on an official visit.", "en"),
        ("وصل وزير الخارجية الإيراني إلى الرياض في زيارة رسمية.", "ar"),
        ("وزیر خارجه ایران در سفری رسمی وارد ریاض شد.", "fa"),
    ],
)
def test_official_before_a_visit_is_no_official(text: str, lang: str) -> None:
    """'an official visit' names no official of no country beside the visitor."""
    assert read(text, lang) == OFFICIAL_VISIT


def test_a_senior_official_is_still_one() -> None:
    got = read("A senior official met the Iraqi ambassador.", "en")
    assert got == {("CONSULT", "reported", ((None, "GOV"), ("IRQ", "GOV")))}


EXCHANGE = {("CONCEDE", "reported", (("RUS", None), ("UKR", None)))}


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # prisoners exchanged, told by the verb with the sides between
        ("تبادلت روسيا وأوكرانيا 200 أسير حرب.", "ar", EXCHANGE),
        ("روسیه و اوکراین ۲۰۰ اسیر جنگی را مبادله کردند.", "fa", EXCHANGE),
        ("Russia and Ukraine exchanged 200 prisoners of war.", "en", EXCHANGE),
    ],
)
def test_exchanges(text: str, lang: str, want: Reading) -> None:
    assert read(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("تبادل البلدان السفراء.", "ar"),
    ],
)
def test_no_exchange(text: str, lang: str) -> None:
    assert not {t for t, *_ in read(text, lang)} & {"CONSULT", "CONCEDE"}
