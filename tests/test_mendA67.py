"""Mends of round 67's review (mendA67; every sentence written for these tests).

- a route's state of origin (``countries._journeyed_from``): the verb of
  going after the destination counts only in a verb-final language, and
  the route is read no further than its clause, so a verb of returning past
  a comma leaves the state a side ("arms from Iran to Yemen, an envoy who
  returned said");
- a Persian "از" ruled by a verbal noun before it ("با انتقاد از",
  "با استقبال از", "ضمن تشکر از") marks what is criticised, welcomed or
  thanked, not the one asked: the one asked after the verb stays.
"""

from __future__ import annotations

import pytest

from casts import run


def _codes(text: str, lang: str, kind: str) -> set[str | None]:
    found = [e for e in run(text, lang).events if e.type == kind]
    assert found, f"no {kind} in {text}"
    return {a.code for e in found for a in e.actors}


def _requests(text: str, lang: str) -> list[tuple[str | None, ...]]:
    """The codes of each REQUEST read from one sentence, in order."""
    return [tuple(a.code for a in e.actors) for e in run(text, lang).events if e.type == "REQUEST"]


@pytest.mark.parametrize(
    ("text", "lang", "kind", "codes"),
    [
        (
            "Egypt denounced the smuggling of rifles from Iran to Iraq, a diplomat "
            "who returned last week said.",
            "en",
            "ACCUSE",
            {"EGY", "IRN"},
        ),
        (
            "استنكرت مصر نقل البنادق من إيران إلى العراق، وقال دبلوماسي عاد أمس إن الأمر خطير.",
            "ar",
            "ACCUSE",
            {"EGY", "IRN"},
        ),
        (
            "عربستان ایران را به ارسال سلاح از ایران به یمن متهم کرد، سفیر برگشت.",
            "fa",
            "ACCUSE",
            {"SAU", "IRN"},
        ),
    ],
)
def test_a_journey_word_past_a_comma_is_another_clause(
    text: str, lang: str, kind: str, codes: set[str]
) -> None:
    assert codes <= _codes(text, lang, kind)


@pytest.mark.parametrize(
    ("text", "lang", "codes"),
    [
        (
            "Egypt denounced the smuggling of rifles from Iran to Iraq after he returned.",
            "en",
            {"EGY", "IRN"},
        ),
        ("نددت قطر بتهريب السلاح من إيران إلى سوريا عقب عودتها.", "ar", {"QAT", "IRN"}),
    ],
)
def test_journey_word_after_the_destination_is_not_read(
    text: str, lang: str, codes: set[str]
) -> None:
    # English and Arabic put the verb of going before "from": one after the
    # route is another deed's ("after he returned" is his own return)
    assert codes <= _codes(text, lang, "ACCUSE")


def test_fa_journey_word_after_the_destination_still_read() -> None:
    text = "این روزنامه‌نگار از لهستان به بلاروس بازگشته بود و در فرودگاه بازداشت شد."
    codes = _codes(text, "fa", "COERCE")
    assert "POL" not in codes
    assert "BLR" in codes


@pytest.mark.parametrize(
    "text",
    [
        "وزیر خارجه ترکیه با انتقاد از این وضع خواست عراق مرزهایش را ببندد.",
        "وزیر خارجه ترکیه با استقبال از این تصمیم خواست عراق گفتگو را ادامه دهد.",
        "وزیر خارجه ترکیه ضمن تشکر از میزبانان خواست عراق به گفتگو بازگردد.",
    ],
)
def test_fa_az_ruled_by_a_verbal_noun_marks_no_one_asked(text: str) -> None:
    assert _requests(text, "fa") == [("TUR", "IRQ")]


def test_fa_uncoded_one_asked_still_keeps_the_state_out() -> None:
    # no verbal noun before "از": the deputies are the ones asked
    text = "وزیر خارجه ترکیه از نمایندگان خواست با عراق همکاری کنند."
    assert _requests(text, "fa") == [("TUR",)]


def test_en_welcoming_then_asking_keeps_the_one_asked() -> None:
    text = "Welcoming the decision, the Turkish foreign minister asked Iraq to keep talking."
    assert _requests(text, "en") == [("TUR", "IRQ")]


def test_ar_welcoming_then_asking_keeps_the_one_asked() -> None:
    text = "رحب وزير الخارجية التركي بالقرار وطلب من العراق مواصلة الحوار."
    assert _requests(text, "ar") == [("TUR", "IRQ")]
