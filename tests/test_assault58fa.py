"""Towns taken told by "تصرف" and by split or spaced idioms (round 58,
assault58fa; every sentence written for these tests).

A town captured is ASSAULT (capture) since misses53fa. Persian also tells
it with "تصرف" ("شهر … را تصرف کردند", passive "تصرف شد"), with the verb
written apart ("به تصرف خود در آوردند") and with takers named in more
than two words before "افتاد" ("به دست شبه‌نظامیان مسلح افتاد"). A ship or
a building taken stays a seizure (COERCE). Arabic and English tell the
same captures with their own verbs ("سيطر على", "fell to", "captured"),
which these rules do not touch: their readings below stand.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

CAPTURED_FA: list[str] = [
    "شورشیان شهر مرزی الف را تصرف کردند.",
    "شورشیان توانستند مرکز استان را تصرف کنند.",
    "شهر الف دیشب توسط شورشیان تصرف شد.",
    "شورشیان شهر مرزی الف را به تصرف خود در آوردند.",
    "شورشیان چند روستا را به کنترل خود در آورده‌اند.",
    "شهر الف، مرکز استان ب، به دست شبه‌نظامیان مسلح افتاد.",
]


@pytest.mark.parametrize("text", CAPTURED_FA)
def test_persian_town_taken(text: str) -> None:
    assert _read(text, "fa") == {"ASSAULT reported -:REB"}


@pytest.mark.parametrize(
    "text",
    ["شورشیان یک نفتکش را تصرف کردند.", "شورشیان ساختمان فرماندهی پلیس را تصرف کردند."],
)
def test_persian_ship_or_building_stays_seized(text: str) -> None:
    """What is no town (a ship, a building) stays COERCE (seize)."""
    assert {line.split()[0] for line in _read(text, "fa")} == {"COERCE"}


def test_control_far_before_taking_in_hand_is_no_capture() -> None:
    """The word "کنترل" of prices far before "به دست گرفت" (taking the initiative)
    is no town taken: the idiom keeps its short window."""
    text = "دولت برای کنترل قیمت‌ها در بازار و جلوگیری از گرانی در ماه‌های آینده ابتکار عمل را به دست گرفت."
    assert not any(line.startswith("ASSAULT") for line in _read(text, "fa"))


@pytest.mark.parametrize(
    ("text", "lang", "reading"),
    [
        ("سيطر المسلحون على مدينة قندوز في شمال البلاد.", "ar", {"ASSAULT reported AFG:UAF"}),
        ("سقطت مدينة قندوز في أيدي المسلحين.", "ar", {"ASSAULT reported AFG:UAF"}),
        # agents70fa: the government a known state's town is taken from
        ("The town of Kunduz fell to the rebels.", "en", {"ASSAULT reported AFG:REB AFG:GOV"}),
        ("The rebels captured the town.", "en", {"ASSAULT reported -:REB"}),
    ],
)
def test_other_languages_unchanged(text: str, lang: str, reading: set[str]) -> None:
    """Arabic and English captures are read by their own verbs, untouched."""
    assert _read(text, lang) == reading
