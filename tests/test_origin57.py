"""Places that only say where from, read as sides (origin57).

* Rockets fired from a territory ("fired from Gaza towards southern
  Israel", "از خاک لبنان به شمال اسرائیل شلیک شد", "أطلقت … من لبنان على
  شمال إسرائيل"): the state aimed at is the target, never the doer nor the
  attackers' country; the origin is no side as a whole, the ground the
  unnamed attackers fired from (``extract/launched.py``).

Parallel triples written for these tests."""

from __future__ import annotations

import pytest

from casts import sides


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أطلقت ثلاثة صواريخ من لبنان على شمال إسرائيل."),
        ("fa", "سه موشک از خاک لبنان به شمال اسرائیل شلیک شد."),
        ("en", "Three rockets were fired from Lebanon into northern Israel."),
    ],
)
def test_rockets_fired_from_a_territory_strike_the_state_aimed_at(lang: str, text: str) -> None:
    assert sides(text, lang, "ASSAULT") == [[("LBN", "UAF"), ("ISR", None)]]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أطلق مسلحون صواريخ من جنوب لبنان باتجاه إسرائيل."),
        ("fa", "شبه‌نظامیان سه موشک از خاک لبنان به سمت اسرائیل شلیک کردند."),
        ("en", "Militants fired rockets from southern Lebanon towards Israel."),
    ],
)
def test_named_attackers_stay_first_the_aim_second(lang: str, text: str) -> None:
    got = sides(text, lang, "ASSAULT")
    assert got, text
    # "مسلحون" are gunmen (UAF), "شبه‌نظامیان" and "militants" rebels
    assert all(s[0][1] in ("REB", "UAF") and s[-1] == ("ISR", None) for s in got), got
    assert all(("LBN", None) not in s and ("ISR", "REB") not in s for s in got), got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "قصف الجيش الإسرائيلي مواقع في لبنان ردا على إطلاق صواريخ من لبنان."),
        (
            "fa",
            "ارتش اسرائیل در پاسخ به شلیک موشک از لبنان مواضعی را در جنوب این کشور هدف قرار داد.",
        ),
        ("en", "The Israeli army shelled Lebanon in response to rockets fired from Lebanon."),
    ],
)
def test_a_strike_answering_rocket_fire_keeps_its_target(lang: str, text: str) -> None:
    got = sides(text, lang, "ASSAULT")
    assert any(s[0] == ("ISR", "MIL") and ("LBN", None) in s for s in got), got
