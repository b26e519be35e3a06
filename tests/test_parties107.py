"""Persian "به" with a verb of going is a direction (parties107).

"از مرز به ایران بروند" (go to Iran across the border), "به ترکیه
گریختند", "به ترکیه منتقل شدند": a state after the bare "به" with a
verb of going, sending or fleeing right after it (``context.
DESTINATION_VERBS``) is where someone goes, as after "عازم" or Arabic
"إلى" and English "to" (codes91): it gives no agent of the sentence its
country, and does not make the article's home
(``home_country.home_code``). The bare "به" without such a verb stays
the dative it mostly is; a visit's destination stays the host, a
deployment's the other side and a return's a home. Sentences written
for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order


@pytest.mark.parametrize(
    "text",
    [
        # main: [IRN:GOV, AFG:REB] (the officials read as Iran's)
        "مقامات این ولایت با طالبان مذاکره کردند و سپس به ایران گریختند.",
        "مقامات این ولایت با طالبان مذاکره کردند و سپس به ایران رفتند.",
    ],
)
def test_persian_officials_are_not_of_where_they_went(text: str) -> None:
    assert casts_in_order(text, "fa", "CONSULT") == [["AFG:GOV", "AFG:REB"]]


def test_persian_a_destination_makes_no_home() -> None:
    # main: [AFG:REB, IRN:GOV]: the one mention of Iran, where they may go,
    # made it the home of the officials
    text = (
        "طالبان با مقام‌های این ولایت مذاکره کردند و به آنان اجازه داده شد که از مرز به ایران بروند."
    )
    assert casts_in_order(text, "fa", "CONSULT") == [["AFG:REB", "AFG:GOV"]]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # main: [TUR:COP, TUR:] (the police read as Turkish)
        ("پلیس ده مهاجر را که می‌خواستند به ترکیه بروند بازداشت کرد.", "-:REF"),
        # main: [TUR:COP, TUR:CVL]
        ("ماموران امنیتی دو نفر را بازداشت کردند که سپس به ترکیه منتقل شدند.", "-:CVL"),
    ],
)
def test_persian_police_are_not_of_where_the_held_go(text: str, held: str) -> None:
    assert casts_in_order(text, "fa", "COERCE") == [["-:COP", held]]


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # a visit: the host stays a side
        ("وزیر خارجه عراق به ایران سفر کرد.", "CONSULT", [["IRQ:GOV", "IRN:"]]),
        # a return: the state is the returning people's home and places the police
        (
            "پلیس ده پناهجو را که به افغانستان بازگشتند بازداشت کرد.",
            "COERCE",
            [["AFG:COP", "AFG:"]],
        ),
        # a deployment: the state stays the sending's other side
        ("آلمان ۶۰۰ سرباز به افغانستان اعزام می‌کند.", "MOBILIZE", [["DEU:MIL", "AFG:"]]),
        # the dative with no verb of going
        (
            "رئیس جمهور در پیامی به مردم ایران از آنان قدردانی کرد.",
            "SUPPORT",
            [["IRN:GOV", "IRN:CVL"]],
        ),
    ],
)
def test_persian_the_event_stays(text: str, etype: str, expected: list[list[str]]) -> None:
    assert casts_in_order(text, "fa", etype) == expected


@pytest.mark.parametrize(
    ("text", "lang", "etype", "expected"),
    [
        # the same reading in Arabic and English, where "إلى" and "to" mark it
        (
            "اعتقلت الشرطة عشرة مهاجرين أرادوا السفر إلى تركيا.",
            "ar",
            "COERCE",
            [["-:COP", "-:REF"]],
        ),
        (
            "Police arrested ten migrants who wanted to go to Turkey.",
            "en",
            "COERCE",
            [["-:COP", "-:REF"]],
        ),
        # guards: a visit's host and a return's home
        ("سافر وزير الخارجية العراقي إلى إيران.", "ar", "CONSULT", [["IRQ:GOV", "IRN:"]]),
        ("اعتقلت الشرطة عشرة لاجئين عادوا إلى أفغانستان.", "ar", "COERCE", [["AFG:COP", "AFG:"]]),
        ("Iraq's foreign minister travelled to Iran.", "en", "CONSULT", [["IRQ:GOV", "IRN:"]]),
    ],
)
def test_arabic_and_english_directions(
    text: str, lang: str, etype: str, expected: list[list[str]]
) -> None:
    assert casts_in_order(text, lang, etype) == expected
