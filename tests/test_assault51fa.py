"""Attacks told with no side, Dari police and counted subjects (round 51,
assault51fa; every sentence written for these tests).

Persian reports a deed of force on a thing with no one named ("نفتکش …
مورد حمله قرار گرفت", "انفجار … کشته برجای گذاشت"): it is reported with
unknown attackers alone (``unnamed_deed.unnamed_deed``, ``context.SIDELESS_DEEDS``).
Arabic and English have no such data: their attack words are the same in
passing mentions, sports and cyber attacks, and the corpus hits without a
side were mostly those; their sentences below keep their earlier reading.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read
from casts import run

# Persian deeds that name no side: unknown attackers alone
SIDELESS_FA: list[str] = [
    "یک نفتکش در دریای عمان مورد حمله قرار گرفت.",
    "منابع محلی از هدف قرار گرفتن یک کاروان سوخت خبر دادند.",
    "این کشتی با یک پهپاد هدف قرار گرفته است.",
    "انفجار در بازار دست‌کم ۲۰ کشته و ۴۰ زخمی بر جای گذاشت.",
    "یک خودروی بمب‌گذاری‌شده در نزدیکی یک هتل منفجر شد.",
]


@pytest.mark.parametrize("text", SIDELESS_FA)
def test_persian_deed_with_no_side(text: str) -> None:
    assert _read(text, "fa") == {"ASSAULT reported -:UAF"}


def test_sideless_deed_keeps_its_counts() -> None:
    events = run("انفجار در بازار دست‌کم ۲۰ کشته و ۴۰ زخمی بر جای گذاشت.", "fa").events
    assert events[0].counts == {"killed": 20, "wounded": 40}


# The same deeds in Arabic and English: no sideless data there (see the
# module's docstring); what they gave before stands.
@pytest.mark.parametrize(
    ("text", "lang", "reading"),
    [
        ("أفادت مصادر محلية باستهداف قافلة وقود.", "ar", set()),
        ("Local sources reported that a fuel convoy had been targeted.", "en", set()),
        ("تعرضت ناقلة نفط لهجوم في بحر عمان.", "ar", {"ASSAULT reported -:UAF -:"}),
        ("A tanker was attacked in the Sea of Oman.", "en", {"ASSAULT reported -:UAF -:BUS"}),
        ("A blast in the market left at least 20 dead.", "en", set()),
    ],
)
def test_other_languages_unchanged(text: str, lang: str, reading: set[str]) -> None:
    assert _read(text, lang) == reading


def test_commented_attack_with_no_side() -> None:
    """Persian reports an attack a condemnation is about; with nobody in its
    phrase, its attackers are unknown. Arabic and English drop the noun a
    reaction is about (docs "How a document is read", 4)."""
    fa = "وزیر خارجه آمریکا حمله به کشتی را به شدت محکوم کرد."
    assert _read(fa, "fa") == {"ACCUSE reported USA:GOV", "ASSAULT reported -:UAF"}
    ar = "أدان وزير الخارجية الأمريكي بشدة الهجوم على السفينة."
    en = "The US secretary of state strongly condemned the attack on the ship."
    assert _read(ar, "ar") == {"ACCUSE reported USA:GOV"}
    assert _read(en, "en") == {"ACCUSE reported USA:GOV"}


@pytest.mark.parametrize(
    "text",
    [
        # a weapons test: the active "هدف قرار داد" is no sideless form
        "موشک پس از شلیک، ماهواره هدف را در ارتفاع ۲۸۰ کیلومتری هدف قرار داد.",
        # terror blamed in passing
        "این رژیم به خاطر اشغال، ترور و سیاست‌های مخرب خود منزوی شده است.",
        # a condemned blast pointed back to ("این انفجار")
        "اردن این انفجار را به شدت محکوم کرد.",
        "اردن گفت «این حمله به کشتی را محکوم می‌کنیم».",
        # a disaster's dead
        "زلزله در هرات ۲۰ کشته و ۱۰۰ زخمی برجای گذاشت.",
        # football
        "پرسپولیس در این بازی به استقلال حمله کرد.",
        "بازیکنان دو تیم در دقیقه ۸۰ با هم درگیر شدند.",
        # a death with no deed
        "او روز گذشته در اثر سقوط از داربست جان خود را از دست داد.",
    ],
)
def test_no_sideless_attack(text: str) -> None:
    assert not any(line.startswith("ASSAULT") for line in _read(text, "fa"))


def test_later_sentence_names_the_doer() -> None:
    """A sideless attack is not "told" for "این حمله" of the next sentence:
    the doer it names still gives its event. The speaker of the present
    "می‌گوید" is none of its sides (attribution65fa: it accuses the doer)."""
    text = "نفتکش مورد حمله قرار گرفت. آمریکا می‌گوید ایران این حمله را انجام داده است."
    read = _read(text, "fa")
    assert "ASSAULT reported IRN:" in read
    assert "ACCUSE reported USA: IRN:" in read


# A counted subject before a "را" object (Persian); Arabic and English
# have no object marker and read the same killing so already.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("یک سرباز اسرائیلی یک جوان فلسطینی را در الخلیل کشت.", "fa"),
        ("یک سرباز اسرائیلی یک جوان فلسطینی را به ضرب گلوله کشت.", "fa"),
        ("قتل جندي إسرائيلي شابا فلسطينيا في الخليل.", "ar"),
    ],
)
def test_counted_subject_is_the_doer(text: str, lang: str) -> None:
    assert _read(text, lang) == {"ASSAULT reported ISR:MIL PSE:CVL"}


def test_counted_subject_english() -> None:
    text = "An Israeli soldier killed a young Palestinian in Hebron."
    assert _read(text, "en") == {"ASSAULT reported ISR:MIL PSE:"}


def test_counted_victim_alone_still_struck() -> None:
    assert _read("یک سرباز اسرائیلی در الخلیل کشته شد.", "fa") == {"ASSAULT reported -:UAF ISR:MIL"}


# Dari "پولیس" is the police, as Arabic "الشرطة" and English "police"
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("در حمله طالبان بر یک پوسته پولیس در ولایت غزنی، پنج پولیس کشته شدند.", "fa"),
        ("قتل خمسة من رجال الشرطة في هجوم لطالبان على نقطة أمنية في ولاية غزني.", "ar"),
        (
            "Five policemen were killed in a Taliban attack on a checkpoint in Ghazni province.",
            "en",
        ),
    ],
)
def test_dari_police(text: str, lang: str) -> None:
    assert _read(text, lang) == {"ASSAULT reported AFG:REB AFG:COP"}


def test_dari_police_whole_word() -> None:
    """The club "پرسپولیس" and "پوپولیستی" hold no police."""
    record = run("باشگاه پرسپولیس از سیاست‌های پوپولیستی انتقاد کرد.", "fa")
    assert all(a.agent != "COP" for e in record.events for a in e.actors)


def test_struck_by_bullets() -> None:
    """Persian "هدف گلوله قرار گرفتند"; Arabic "أصيب … بالرصاص" gave the
    attack already, and its dual "شرطيان" now counts the policemen as
    victims of an unidentified attacker, as Persian reads them (victims57);
    English "were shot" is read as no attack here (an English passive with
    no doer, left as it was)."""
    fa = "دو مامور پلیس در جریان اعتراضات هدف گلوله قرار گرفتند."
    assert "ASSAULT reported -:UAF -:COP" in _read(fa, "fa")
    assert "ASSAULT reported -:UAF -:COP" in _read("أصيب شرطيان بالرصاص خلال الاحتجاجات.", "ar")
    en = "Two police officers were shot during the protests."
    assert not any(line.startswith("ASSAULT") for line in _read(en, "en"))
