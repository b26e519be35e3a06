"""Protesters struck by a hand no side names (agentsfa109).

A deed of force whose victims are protesters and whose doer the sentence
does not name leaves the security forces understood (COP), not unknown
attackers (UAF): "پنج معترض کشته شدند", "قتل خمسة متظاهرين", "five
protesters were killed" (``extract/protest_victims.py``). On main the
understood doer was UAF. A sentence that names an armed side (gunmen, a
policeman struck beside them) keeps its reading. Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # main: [["BLR:UAF", "BLR:CVL"]]
        (
            "روز جمعه در جریان تظاهرات در بلاروس پنج معترض کشته شدند.",
            "fa",
            [["BLR:COP", "BLR:CVL"]],
        ),
        (
            "سه تظاهرکننده در اعتراضات دیروز در سریلانکا کشته شدند.",
            "fa",
            [["LKA:COP", "LKA:CVL"]],
        ),
        (
            "قتل خمسة متظاهرين خلال احتجاجات في بيلاروسيا يوم الجمعة.",
            "ar",
            [["BLR:COP", "BLR:CVL"]],
        ),
        (
            "قتل ثلاثة محتجين في تظاهرات أمس في سريلانكا.",
            "ar",
            [["LKA:COP", "LKA:CVL"]],
        ),
        (
            "Five protesters were killed during Friday's rallies in Belarus.",
            "en",
            [["BLR:COP", "BLR:CVL"]],
        ),
        (
            "Three demonstrators were killed in yesterday's protests in Sri Lanka.",
            "en",
            [["LKA:COP", "LKA:CVL"]],
        ),
    ],
)
def test_protesters_struck_by_the_police(text: str, lang: str, expected: list[list[str]]) -> None:
    assert casts_in_order(text, lang, "ASSAULT") == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("افراد مسلح به معترضان در بغداد حمله کردند.", "fa"),
        ("چهار معترض و یک مامور پلیس در تظاهرات روز شنبه در پرو کشته شدند.", "fa"),
        ("هاجم مسلحون المتظاهرين في بغداد.", "ar"),
        ("Gunmen attacked protesters in Baghdad.", "en"),
        ("Four protesters and a police officer were killed in the clashes in Lima.", "en"),
        # no protesters struck: the bomb's makers stay unknown
        ("A bomb killed ten civilians in Kabul.", "en"),
    ],
)
def test_armed_sides_or_other_victims_keep_unknown_attackers(text: str, lang: str) -> None:
    casts = casts_in_order(text, lang, "ASSAULT")
    assert casts and casts[0][0].endswith(":UAF")
