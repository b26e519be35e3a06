"""Checks added at the merge of round 111 (diffread76's probes, own sentences).

A number after English "about" is a quantity, not a topic: "said … about 30
attacks" keeps the teller's own forces as the attackers (teller111 read
"about" as "concerning" and dropped them; mendD111's own-verb and back-word
reading mended it). Arabic and Persian say the quantity with other words
("حوالي/نحو", "حدود"), which no topic list holds; they are checked alike.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order


@pytest.mark.parametrize(
    ("lang", "text", "cast"),
    [
        (
            "en",
            "Russia said its forces made about 30 attacks on Ukrainian positions.",
            ["RUS:MIL", "UKR:"],
        ),
        (
            "en",
            "The Syrian army said it carried out about a dozen attacks on rebel positions in Idlib.",
            ["SYR:MIL", "SYR:REB"],
        ),
        ("ar", "قالت روسيا إن قواتها شنت حوالي 30 هجوما على مواقع أوكرانية.", ["RUS:MIL", "UKR:"]),
        (
            "ar",
            "قال الجيش السوري إنه نفذ نحو عشر هجمات على مواقع المسلحين في إدلب.",
            ["SYR:MIL", "SYR:REB"],
        ),
        (
            "fa",
            "روسیه گفت نیروهایش حدود ۳۰ حمله به مواضع اوکراین انجام دادند.",
            ["RUS:MIL", "UKR:"],
        ),
    ],
)
def test_a_quantity_after_about_keeps_the_tellers_forces(
    lang: str, text: str, cast: list[str]
) -> None:
    assert casts_in_order(text, lang, "ASSAULT") == [cast]
