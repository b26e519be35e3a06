"""Two titled persons written one after the other (round 59, titles59ar;
every sentence written for these tests).

A whole Arabic title (a construct ending in a definite word: "رئيس
الكنيست") takes no genitive, so a title right after it opens a new noun
phrase, after the verb its object: "استقبل رئيس الكنيست وزير الخارجية
الألماني" names two people. Where "and" is a word of its own (Persian "و")
two titles joined by it are two people too. Both only when the offices are
ones no man holds together (a seat in parliament beside an executive office,
an ambassador's post beside any other): "نائب رئيس الوزراء وزير الخارجية"
and "سفیر و نماینده دائم" stay one man.
"""

from __future__ import annotations

import pytest

from casts import run


def _sides(text: str, lang: str) -> list[set[tuple[str | None, str | None]]]:
    """The (code, role) of the actors of every event of ``text``."""
    return [{(a.code, a.role) for a in e.actors} for e in run(text, lang).events]


def _roles(text: str, lang: str) -> set[str | None]:
    """Every role of every actor of ``text``'s events."""
    return {role for side in _sides(text, lang) for _, role in side}


@pytest.mark.parametrize(
    ("text", "roles", "code"),
    [
        (
            "استقبل رئيس الكنيست وزير الخارجية الألماني في القدس.",
            {"legislator", "foreign_minister"},
            "DEU",
        ),
        ("استقبل رئيس مجلس النواب السفير السعودي.", {"legislator", "ambassador"}, "SAU"),
        ("التقى نائب رئيس البرلمان وزير الدفاع العراقي.", {"legislator", "minister"}, "IRQ"),
        (
            "بحث رئيس مجلس الشيوخ وزيرة الخارجية الكندية العلاقات بين البلدين.",
            {"legislator", "foreign_minister"},
            "CAN",
        ),
    ],
)
def test_arabic_whole_title_then_title_is_two_people(text: str, roles: set[str], code: str) -> None:
    """The title after a whole definite title is the verb's object."""
    sides = _sides(text, "ar")
    assert any({r for _, r in side} == roles for side in sides), sides
    assert any(c == code for side in sides for c, _ in side)


@pytest.mark.parametrize(
    "text",
    [
        "استقبل نائب رئيس الوزراء وزير الخارجية الأردني أيمن الصفدي السفير الأمريكي.",
        "استقبل رئيس مجلس الوزراء وزير الدفاع الأمير محمد بن سلمان السفير الأمريكي.",
    ],
)
def test_arabic_two_executive_titles_stay_one_man(text: str) -> None:
    """A deputy prime minister who is also a minister is one man: his side
    and his guest's, no third."""
    sides = _sides(text, "ar")
    assert sides and all(len(side) == 2 for side in sides), sides
    assert "legislator" not in _roles(text, "ar")


def test_arabic_adviser_of_office_stays_a_chain() -> None:
    """An indefinite head ("مستشار") takes the title after it as its
    genitive: one adviser, whose guest is the ambassador."""
    text = "التقى مستشار رئيس الوزراء السفير الفرنسي في بغداد."
    sides = _sides(text, "ar")
    assert sides and all(len(side) == 2 for side in sides), sides
    assert "head_of_government" not in _roles(text, "ar")


def test_persian_seat_and_ministry_are_two_people() -> None:
    """ "نماینده مجلس و وزیر کشور": an MP and a minister, not one minister-MP."""
    assert {"legislator", "minister"} <= _roles(
        "نماینده مجلس و وزیر کشور ایران با هم دیدار کردند.", "fa"
    )


def test_persian_official_and_ambassador_are_two_people() -> None:
    text = "رئیس بانک مرکزی و سفیر ژاپن در تهران دیدار و گفتگو کردند."
    assert {"official", "ambassador"} <= _roles(text, "fa")


def test_persian_ambassador_and_permanent_envoy_is_one_man() -> None:
    """One man holds both posts ("سفیر و نماینده دائم"): one side."""
    text = "سفیر و نماینده دائم ایران در سازمان ملل با دبیرکل دیدار کرد."
    assert all(sum(role == "ambassador" for _, role in side) == 1 for side in _sides(text, "fa"))


def test_persian_object_marked_guest_unchanged() -> None:
    """Persian marks the guest with "را": the two were already apart."""
    text = "رئیس مجلس عراق وزیر امور خارجه ایران را در بغداد پذیرفت."
    assert any(
        side == {("IRQ", "legislator"), ("IRN", "foreign_minister")} for side in _sides(text, "fa")
    )


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Parliament Speaker Maria Lopez met Japanese Foreign Minister Kenji Sato in Madrid.",
            {"legislator", "foreign_minister"},
        ),
        (
            "The speaker of parliament and the Japanese ambassador met in Baghdad.",
            {"legislator", "ambassador"},
        ),
    ],
)
def test_english_two_titles_two_people(text: str, pair: set[str]) -> None:
    """English parts the two by the verb or "and": unchanged."""
    assert pair <= _roles(text, "en")


def test_english_deputy_prime_minister_and_minister_one_man() -> None:
    text = "Deputy Prime Minister and Foreign Minister Omar Haddad of Jordan met the US ambassador."
    sides = _sides(text, "en")
    assert sides and all(len(side) == 2 for side in sides), sides
