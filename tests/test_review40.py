"""Review mends of round 40, part 3 (after mend40a/mend40b were read again).

- "جرى/جرت + verbal noun" is again a passive lead ("جرى استهداف …": the
  patrol was struck), but not when "بين/مع" follows the deed's noun
  (clashes between two sides took place).
- A phrase of place or occasion between a verb of asking and whom it asks
  ("دعا في كلمته الناخبين إلى") does not block the addressee.
- "ف" written on a voweled passive ("فقُتل") is a conjunction too; only a
  plain alif opens a derived form ("أَسَرُوا" is active).
- Persian "هیچ یک از" is partitive: the people after it are not asked.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import sides

STRUCK = [
    ("ar", "جرى استهداف حافلة للجيش اللبناني قرب طرابلس."),
    ("en", "A Lebanese army bus was targeted near Tripoli."),
    ("fa", "یک اتوبوس ارتش لبنان در نزدیکی طرابلس هدف حمله قرار گرفت."),
]


@pytest.mark.parametrize(("lang", "text"), STRUCK)
def test_struck_by_an_unnamed_doer(lang: str, text: str) -> None:
    assert sides(text, lang, "ASSAULT") == [[(None, "UAF"), ("LBN", "MIL")]]


CLASHES = [
    ("ar", "جرت مواجهات بين الشرطة التونسية ومحتجين في صفاقس."),
    ("en", "Clashes took place between Tunisian police and protesters in Sfax."),
    ("fa", "درگیری‌هایی میان پلیس تونس و معترضان در صفاقس رخ داد."),
]


@pytest.mark.parametrize(("lang", "text"), CLASHES)
def test_clash_between_keeps_both_sides_and_no_unknown_doer(lang: str, text: str) -> None:
    assert sides(text, lang, "ASSAULT") == [[("TUN", "COP"), ("TUN", "CVL")]]


ASKED_AFTER_A_PHRASE = [
    ("ar", "حث رئيس وزراء كندا في خطابه المستهلكين على الحذر."),
    ("en", "In his speech, Canada's prime minister urged consumers to be careful."),
    ("fa", "نخست‌وزیر کانادا در سخنرانی خود از مصرف‌کنندگان خواست محتاط باشند."),
]


@pytest.mark.parametrize(("lang", "text"), ASKED_AFTER_A_PHRASE)
def test_addressee_after_a_phrase_of_occasion(lang: str, text: str) -> None:
    assert sides(text, lang, "REQUEST") == [[("CAN", "GOV"), ("CAN", "CVL")]]


def test_glued_fa_and_plain_alif_only() -> None:
    from diplowatch.extract.actor_context import context
    from diplowatch.extract.struck_passive import _voweled

    ctx = context("ar")
    assert all(_voweled(w, ctx) for w in ("فقُتل", "فاستُهدف", "وقُتل", "انتُهك"))
    assert not any(_voweled(w, ctx) for w in ("أَسَرُوا", "أخذُوا", "فقتل"))


PARTITIVE = [
    pytest.param("fa", "هیچ یک از رای‌دهندگان پرو خواستار بازشماری آرا نشد.", id="fa"),
    pytest.param("en", "None of the voters in Peru called for a recount.", id="en"),
    pytest.param(
        "ar",
        "لم يطالب أي من الناخبين في بيرو بإعادة فرز الأصوات.",
        id="ar",
        marks=pytest.mark.xfail(
            strict=True, reason="known gap: Arabic reads the voters after 'أي من' as asked"
        ),
    ),
]


@pytest.mark.parametrize(("lang", "text"), PARTITIVE)
def test_people_of_a_partitive_are_not_asked(lang: str, text: str) -> None:
    assert all(side[1:] != [("PER", "CVL")] for side in sides(text, lang, "REQUEST"))
