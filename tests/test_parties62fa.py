"""What a meeting or talks aim at is no side of them (round 62; sentences
written for these tests).

- an aim ("با هدف", "به هدف", "به منظور"; ar "بهدف", "بغية"; en "aimed at",
  "aiming at", "aim of": ``context.TALK_AIM_OPENERS``) opens a topic as
  "درباره" does: the people it names (refugees, prisoners, citizens to be
  evacuated) are whom the aim concerns, no partner, when the sides named
  outside it are enough for the event;
- a partner behind "با"/"مع"/"with" inside the aim stays a side ("به منظور
  دیدار با مقامات ایرانی");
- "هدف" alone ("هدف قرار داد", a strike) opens nothing;
- a talk noun written after the aim is part of it ("با هدف کسب امتیاز از
  دولت آمریکا در جریان مذاکرات"): the aim is no topic of those talks.
"""

from __future__ import annotations

import pytest

from casts import run


def _codes(text: str, lang: str, kind: str) -> list[set[str | None]]:
    found = [{a.code for a in e.actors} for e in run(text, lang).events if e.type == kind]
    assert found, f"no {kind} in {text}"
    return found


@pytest.mark.parametrize(
    ("text", "lang", "sides", "aimed_at"),
    [
        (
            "سران گروه هفت نشستی با هدف تسهیل خروج شهروندان افغانی برگزار کردند.",
            "fa",
            {"G7"},
            "AFG",
        ),
        ("عراق و ایران با هدف آزادی اسیران کویتی مذاکره کردند.", "fa", {"IRQ", "IRN"}, "KWT"),
        (
            "Iraq and Iran held talks aimed at the release of Kuwaiti prisoners.",
            "en",
            {"IRQ", "IRN"},
            "KWT",
        ),
        (
            "أجرى العراق وإيران محادثات بهدف الإفراج عن الأسرى الكويتيين.",
            "ar",
            {"IRQ", "IRN"},
            "KWT",
        ),
    ],
)
def test_whom_the_aim_concerns_is_no_side(
    text: str, lang: str, sides: set[str], aimed_at: str
) -> None:
    """The meeting's sides stay; the state its aim names is no side."""
    for codes in _codes(text, lang, "CONSULT"):
        assert sides <= codes
        assert aimed_at not in codes


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وزیر خارجه عراق به منظور دیدار با مقامات ایرانی وارد تهران شد.", "fa"),
        ("وزیر خارجه عراق به منظور گفت‌وگو با همتای ایرانی خود وارد تهران شد.", "fa"),
        ("وصل وزير الخارجية العراقي إلى طهران بهدف التشاور مع المسؤولين الإيرانيين.", "ar"),
        (
            "The Iraqi foreign minister held talks in Tehran with the aim of meeting Iranian officials.",
            "en",
        ),
    ],
)
def test_partner_inside_the_aim_stays(text: str, lang: str) -> None:
    """A partner behind its preposition inside the aim is the other side."""
    assert any({"IRQ", "IRN"} <= codes for codes in _codes(text, lang, "CONSULT"))


def test_a_target_is_no_aim() -> None:
    """ "هدف قرار داد" is a strike: the struck stay its target."""
    codes = _codes("ارتش آمریکا پایگاه‌های داعش را در سوریه هدف قرار داد.", "fa", "ASSAULT")
    assert {"USA", "SYR"} <= codes[0]


def test_talks_inside_the_aim_keep_their_sides() -> None:
    """A talk noun after the aim is part of it: its partner stays."""
    text = "مقام‌های ایران با هدف کسب امتیاز از دولت آمریکا در جریان مذاکرات هسته‌ای او را بازداشت کردند."
    assert any({"IRN", "USA"} <= codes for codes in _codes(text, "fa", "CONSULT"))
