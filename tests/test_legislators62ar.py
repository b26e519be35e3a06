"""The head of a parliamentary bloc named by his party (round 62,
legislators62ar; every sentence written for these tests).

A legislator's title that names a bloc or faction ("رئيس كتلة حركة النهضة",
"رئیس فراکسیون حزب …", "head of the parliamentary bloc of the … party")
before a named party is the bloc's head in parliament: LEG of the party's
country, where the party's name had made him PTY
(``extract/mention_scan.py`` ``bloc_head``, ``context.BLOC_WORDS``). The
party's own leader stays PTY, and a bare member ("النائب عن حزب …") is left
to the party: the annotation is split on him.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (language, sentence, the reading)
CASES: list[tuple[str, str, tuple[str, ...]]] = [
    (
        "ar",
        "انتقد رئيس كتلة حركة النهضة، نور الدين البحيري تصريحات الحكومة التونسية.",
        ("ACCUSE reported TUN:LEG TUN:GOV",),
    ),
    (
        "fa",
        "رئیس فراکسیون حزب عدالت و توسعه در پارلمان ترکیه از دولت آلمان انتقاد کرد.",
        ("ACCUSE reported TUR:LEG DEU:GOV",),
    ),
    (
        "en",
        "The head of the parliamentary bloc of the Ennahda party criticised the Tunisian government.",
        ("ACCUSE reported TUN:LEG TUN:GOV",),
    ),
    # negative: the party's own leader speaks for the party
    ("ar", "انتقد رئيس حركة النهضة الحكومة التونسية.", ("ACCUSE reported TUN:PTY TUN:GOV",)),
    (
        "fa",
        "رئیس حزب عدالت و توسعه از دولت آلمان انتقاد کرد.",
        ("ACCUSE reported TUR:PTY DEU:GOV",),
    ),
    (
        "en",
        "The leader of the Ennahda party criticised the Tunisian government.",
        ("ACCUSE reported TUN:PTY TUN:GOV",),
    ),
    # negative: a bare member of a party is left to the party (split annotation)
    (
        "ar",
        "انتقدت النائبة عن حزب نداء تونس الحكومة التونسية.",
        ("ACCUSE reported TUN:PTY TUN:GOV",),
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), CASES)
def test_bloc_head_is_a_legislator(lang: str, text: str, want: tuple[str, ...]) -> None:
    assert _read(text, lang) == set(want)
