"""Two senses that are no event's (round 77, senses77; every sentence
written for these tests): a mountain's summit is no summit meeting
(``triggers.NOT_TRIGGERS``: "قمة جبل", "summit of Mount"; Persian "قله" is
no trigger at all), and the country glued to a ship by "-flagged" or
"-registered" names where it is registered, no side
(``context.RESIDENCE_SUFFIXES``), as Arabic "ترفع علم", Persian "با پرچم"
and English "flying the flag of" already did (``context.TOPIC_HEADS``).
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (language, sentence, the readings expected)
CASES: list[tuple[str, str, set[str]]] = [
    # a mountain's summit: no meeting
    ("ar", "قال المتسلقون الهنود والصينيون إنهم وصلوا إلى قمة جبل إيفرست.", set()),
    ("ar", "صعد وزير الخارجية الإيراني والوفد الروسي إلى قمة الجبل.", set()),
    ("fa", "کوهنوردان ایرانی و نپالی به قله اورست رسیدند.", set()),
    ("en", "Indian and Chinese climbers reached the summit of Mount Everest.", set()),
    ("en", "The Iranian and Russian ministers reached the summit of the mountain.", set()),
    # guards: a summit of leaders stays a meeting
    (
        "ar",
        "اجتمع الرئيس المصري والملك الأردني في قمة الرياض.",
        {"CONSULT reported EGY:GOV JOR:GOV"},
    ),
    (
        "fa",
        "رئیس جمهور ایران و رئیس جمهور روسیه در نشست سران در تهران دیدار کردند.",
        {"CONSULT reported IRN:GOV RUS:GOV"},
    ),
    (
        "en",
        "The Egyptian president and the Jordanian king met at a summit in Riyadh.",
        {"CONSULT reported EGY:GOV JOR:GOV"},
    ),
    # a ship's flag: no side
    ("ar", "احتجزت إيران ناقلة ترفع علم ليبيريا في مضيق هرمز.", {"COERCE reported IRN:"}),
    ("fa", "ایران یک نفتکش با پرچم لیبریا را در تنگه هرمز توقیف کرد.", {"COERCE reported IRN:"}),
    (
        "en",
        "Iran seized a Liberian-flagged tanker in the Strait of Hormuz.",
        {"COERCE reported IRN: -:BUS"},
    ),
    (
        "en",
        "Houthis attacked a Panama-registered merchant ship in the Red Sea.",
        {"ASSAULT reported YEM:REB -:BUS"},
    ),
    # guards: an owner's country stays the ship's
    (
        "en",
        "Iran seized a Greek-owned tanker in the Strait of Hormuz.",
        {"COERCE reported IRN: GRC:BUS"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_reading(lang: str, text: str, expected: set[str]) -> None:
    assert _read(text, lang) == expected
