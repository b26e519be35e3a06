"""Round 17 (misc17): a strike with a weapon is an attack; whom a blame is
put on is accused; the country one is asked to leave is not one's own.

A strike named with its weapon ("launched a drone strike", "شن غارة
بطائرة مسيرة", "حمله پهپادی انجام دادند") is an armed attack, not a
walkout: the weapon noun before "strike" makes it a blow.

"blamed the attack on Iran" (as "حمّلت إيران مسؤولية الهجوم", "ایران را
مسئول حمله دانست"): the state after "on" that closes a verb of blame is the
accused side, not whom the attack struck; "blamed Russia for the attack on
Ukraine" still accuses Russia alone.

Nationals asked to leave a country ("طالبت بريطانيا رعاياها بمغادرة
لبنان") are their caller's: a verbal noun of leaving ends the agent noun's
phrase, so the country after it is the place they leave, not theirs.
Sentences written for these tests, in ar, fa and en.
"""

from __future__ import annotations

import pytest

from casts import found, run


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Houthi rebels launched a drone strike on a Saudi oil facility on Monday."),
        ("en", "Israel launched a retaliatory strike on Hezbollah positions in southern Lebanon."),
        ("en", "The US military launched missile strikes against militia targets in Syria."),
        ("ar", "شن الحوثيون هجوما بطائرة مسيرة على منشأة نفطية سعودية يوم الاثنين."),
        ("fa", "شورشیان حوثی حمله پهپادی به تاسیسات نفتی عربستان انجام دادند."),
    ],
)
def test_a_strike_with_a_weapon_is_an_attack(lang: str, text: str) -> None:
    """A weapon's strike is an armed attack and no labour protest."""
    kinds = found(text, lang)
    assert "ASSAULT" in kinds
    assert "PROTEST" not in kinds


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Teachers launched a strike over unpaid wages in Amman."),
        ("ar", "أعلن المعلمون إضرابا عاما عن العمل في عمان للمطالبة بزيادة الأجور."),
        ("fa", "معلمان در تهران برای افزایش حقوق دست به اعتصاب زدند."),
    ],
)
def test_a_labour_strike_stays_a_protest(lang: str, text: str) -> None:
    """A strike with no weapon named is still a walkout."""
    assert "PROTEST" in found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "blamer", "blamed"),
    [
        ("en", "Saudi Arabia blamed the drone attack on its oil facilities on Iran.", "SAU", "IRN"),
        ("en", "Washington blamed the tanker attacks on Iran and its proxies.", "USA", "IRN"),
        ("en", "The Israeli prime minister blamed the attack on Hezbollah.", "ISR", "LBN"),
        ("ar", "حمّلت السعودية إيران مسؤولية الهجوم على ناقلات النفط في خليج عمان.", "SAU", "IRN"),
        ("fa", "عربستان ایران را مسئول حمله به نفتکش‌ها در دریای عمان دانست.", "SAU", "IRN"),
    ],
)
def test_whom_a_blame_is_put_on_is_accused(lang: str, text: str, blamer: str, blamed: str) -> None:
    """ "blamed the attack on Iran": Iran is the accused side, not a victim."""
    codes = {a.code for e in run(text, lang).events if e.type == "ACCUSE" for a in e.actors}
    assert {blamer, blamed} <= codes


@pytest.mark.parametrize(
    ("lang", "text", "victim"),
    [
        ("en", "Britain blamed Russia for the missile attack on Ukraine.", "UKR"),
        ("en", "Tunisia condemned the attack on Egyptian police.", "EGY"),
        ("ar", "حملت بريطانيا روسيا مسؤولية الهجوم الصاروخي على أوكرانيا.", "UKR"),
        ("fa", "بریتانیا روسیه را مسئول حمله موشکی به اوکراین دانست.", "UKR"),
    ],
)
def test_whom_the_blamed_deed_struck_is_not_accused(lang: str, text: str, victim: str) -> None:
    """The victim of the deed blamed on someone else is no accused side."""
    codes = {a.code for e in run(text, lang).events if e.type == "ACCUSE" for a in e.actors}
    assert victim not in codes


@pytest.mark.parametrize(
    ("lang", "text", "own", "left"),
    [
        (
            "ar",
            "طالبت بريطانيا رعاياها بمغادرة لبنان فورا بسبب تدهور الأوضاع الأمنية.",
            "GBR",
            "LBN",
        ),
        ("ar", "طالبت فرنسا رعاياها بمغادرة إيران في أسرع وقت ممكن.", "FRA", "IRN"),
        ("en", "Britain urged its citizens to leave Lebanon immediately.", "GBR", "LBN"),
        (
            "fa",
            "سفارت آمریکا از همه شهروندان آمریکایی خواست هر چه زودتر خاک افغانستان را ترک کنند.",
            "USA",
            "AFG",
        ),
    ],
)
def test_the_country_one_is_asked_to_leave_is_not_ones_own(
    lang: str, text: str, own: str, left: str
) -> None:
    """Nationals asked to leave a country are their caller's, not its."""
    got = {
        f"{a.code}:{a.agent}"
        for e in run(text, lang).events
        if e.type == "REQUEST"
        for a in e.actors
    }
    assert f"{own}:CVL" in got
    assert f"{left}:CVL" not in got
