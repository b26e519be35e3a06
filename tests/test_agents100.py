"""Held or struck extremists are rebels, also when counted in the singular
or when some of them are named by nationality (agents100).

``extract/partitive_members.py``: nationals written after a partitive word
("بينهم", "از جمله", "including") right after a group of another agent are
some of that group and take its agent; main read them as civilians once a
comma stood between ("3 إرهابيين، بينهم تونسيان"). ``COUNTED_AGENT_NOUNS``:
extremists and jihadists counted in the singular ("15 متطرفا", "ده افراطی")
are rebels; main gave them no actor. Sentences written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order
from diplowatch.model import Document
from diplowatch.pipeline import process


def test_arabic_nationals_among_terrorists_after_comma() -> None:
    # main: [DZA:COP, TUN:CVL]
    text = "اعتقلت الشرطة الجزائرية 3 إرهابيين، بينهم تونسيان."
    assert casts_in_order(text, "ar", "COERCE") == [["DZA:COP", "TUN:REB"]]


def test_arabic_nationals_among_gunmen_after_comma() -> None:
    # main: [IRQ:COP, SYR:CVL]
    text = "اعتقلت قوات الأمن العراقية سبعة مسلحين، من بينهم سوريان."
    assert casts_in_order(text, "ar", "COERCE") == [["IRQ:COP", "SYR:UAF"]]


def test_arabic_nationals_among_people_stay_civilians() -> None:
    # guard: a group of plain people keeps its nationals civilians
    text = "اعتقلت الشرطة الجزائرية خمسة أشخاص، بينهم ليبيان."
    assert casts_in_order(text, "ar", "COERCE") == [["DZA:COP", "LBY:CVL"]]


def test_arabic_counted_extremists_are_rebels() -> None:
    # main: [EGY:COP] (the counted singular was no actor)
    text = "اعتقلت الشرطة المصرية 15 متطرفا في الإسكندرية."
    assert casts_in_order(text, "ar", "COERCE") == [["EGY:COP", "EGY:REB"]]


def test_arabic_counted_jihadists_are_rebels() -> None:
    # main: [SYR:MIL]
    text = "قتل الجيش السوري عشرين جهاديا قرب إدلب."
    assert casts_in_order(text, "ar", "ASSAULT") == [["SYR:MIL", "SYR:REB"]]


def test_persian_nationals_among_terrorists() -> None:
    # main: [DZA:COP, LBY:CVL]
    text = "پلیس الجزایر سه تروریست، از جمله دو لیبیایی، را بازداشت کرد."
    assert casts_in_order(text, "fa", "COERCE") == [["DZA:COP", "LBY:REB"]]


def test_persian_nationals_among_people_stay_civilians() -> None:
    # guard
    text = "پلیس الجزایر پنج نفر، از جمله دو لیبیایی، را بازداشت کرد."
    assert casts_in_order(text, "fa", "COERCE") == [["DZA:COP", "LBY:CVL"]]


def test_persian_counted_extremists_are_rebels() -> None:
    # main: [PAK:COP]
    text = "پلیس پاکستان ده افراطی را در کراچی دستگیر کرد."
    assert casts_in_order(text, "fa", "COERCE") == [["PAK:COP", "PAK:REB"]]


def test_persian_counted_jihadists_are_rebels() -> None:
    # main: [SYR:MIL]
    text = "ارتش سوریه بیست جهادی را در ادلب کشت."
    assert casts_in_order(text, "fa", "ASSAULT") == [["SYR:MIL", "SYR:REB"]]


def test_english_terrorists_including_nationals() -> None:
    # guard: English already reads the group as rebels
    text = "Algerian police arrested three terrorists, including two Libyans."
    assert casts_in_order(text, "en", "COERCE") == [["DZA:COP", "DZA:REB"]]


def test_english_people_including_nationals_stay_civilians() -> None:
    # guard
    text = "Algerian police arrested five people, including two Libyans."
    assert casts_in_order(text, "en", "COERCE") == [["DZA:COP", "DZA:CVL"]]


def test_english_counted_extremists_are_rebels() -> None:
    # guard
    text = "Pakistani police arrested ten extremists in Karachi."
    assert casts_in_order(text, "en", "COERCE") == [["PAK:COP", "PAK:REB"]]


def test_counted_political_hardliners_are_no_rebels() -> None:
    # review100 F3: "متشددا" and "تندرو" counted are mostly hardliners in a
    # parliament or a party, not armed men; agents100 first read them REB
    for text, lang in (
        ("انتقد ثلاثون متشددا في البرلمان الإيراني وزير الخارجية.", "ar"),
        ("سه تندرو مجلس از وزیر خارجه انتقاد کردند.", "fa"),
        ("صدها تندرو در تهران علیه توافق با آمریکا تظاهرات کردند.", "fa"),
    ):
        events = process(Document("t", text, lang=lang)).events
        assert all(a.agent != "REB" for e in events for a in e.actors), text
        assert all(e.type != "AGREE" for e in events), text
