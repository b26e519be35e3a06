"""A defence ministry's spokesman is a ministry's spokesman (round 68,
roles68; every sentence written for these tests).

ONTOLOGY.md puts ministries and spokespeople under GOV. The spokesman of a
defence ministry ("سخنگوی وزارت دفاع", "المتحدث باسم وزارة الدفاع", "the
Pentagon spokesman") was read MIL from the ministry named after the title;
he is now GOV (``lang/xx/roles.py`` ``_DEFENCE_SPOKESMEN`` in
``TITLE_AGENTS``), and the Pentagon's is the United States'. The ministry
itself, reporting operations, stays MIL, and an army's spokesman stays MIL.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (language, sentence, the reading)
CASES: list[tuple[str, str, tuple[str, ...]]] = [
    (
        "fa",
        "سخنگوی وزارت دفاع آمریکا کره شمالی را به آزمایش موشکی متهم کرد.",
        ("ACCUSE reported USA:GOV PRK:",),
    ),
    (
        "fa",
        "سخنگوی پنتاگون کره شمالی را به آزمایش موشکی متهم کرد.",
        ("ACCUSE reported USA:GOV PRK:",),
    ),
    (
        "ar",
        "اتهم المتحدث باسم وزارة الدفاع الأمريكية كوريا الشمالية بإطلاق صاروخ.",
        ("ACCUSE reported USA:GOV PRK:",),
    ),
    (
        "ar",
        "اتهم المتحدث باسم البنتاغون كوريا الشمالية بإطلاق صاروخ.",
        ("ACCUSE reported USA:GOV PRK:",),
    ),
    (
        "en",
        "A Pentagon spokeswoman accused North Korea of firing a missile.",
        ("ACCUSE reported USA:GOV PRK:",),
    ),
    # negative: the ministry itself stays the armed forces' body (MIL)
    (
        "fa",
        "وزارت دفاع آمریکا کره شمالی را به آزمایش موشکی متهم کرد.",
        ("ACCUSE reported USA:MIL PRK:",),
    ),
    (
        "ar",
        "اتهمت وزارة الدفاع الأمريكية كوريا الشمالية بإطلاق صاروخ.",
        ("ACCUSE reported USA:MIL PRK:",),
    ),
    (
        "en",
        "The Pentagon accused North Korea of firing a missile.",
        ("ACCUSE reported USA:MIL PRK:",),
    ),
    # negative: an army's spokesman is the army's (MIL)
    (
        "fa",
        "سخنگوی ارتش کره جنوبی کره شمالی را به آزمایش موشکی متهم کرد.",
        ("ACCUSE reported KOR:MIL PRK:",),
    ),
    (
        "ar",
        "اتهم المتحدث العسكري الكوري الجنوبي كوريا الشمالية بإطلاق صاروخ.",
        ("ACCUSE reported KOR:MIL PRK:",),
    ),
    (
        "en",
        "A South Korean military spokesman accused North Korea of firing a missile.",
        ("ACCUSE reported KOR:MIL PRK:",),
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), CASES)
def test_defence_spokesman_is_gov(lang: str, text: str, want: tuple[str, ...]) -> None:
    assert _read(text, lang) == set(want)
