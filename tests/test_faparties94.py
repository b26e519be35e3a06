"""A death told in a relative clause on a deed of force is that deed's toll
(round 94, faparties94; every sentence written for these tests).

"آلمان و فرانسه روسیه را مسئول حمله‌ای دانستند که طی آن ده غیرنظامی
اوکراینی کشته شدند": the killing is the attack itself. Main read the
death's trigger on its own and took the sentence's first sides, the
accusers, as the killers of the accused (ASSAULT DEU → RUS, FRA → RUS)
beside the attack read right (RUS → UKR:CVL). ``extract/tolls`` drops a
toll read with a named doer other than the deed's own; a toll whose doer is
understood, or whose deed gave no event, stays.
"""

from __future__ import annotations

import pytest

from casts import code_pairs, sides

# (language, sentence, (accuser, accused)): main read an ASSAULT of the
# accuser against the accused from the death in the toll clause.
ACCUSERS_AS_KILLERS: list[tuple[str, str, tuple[str, str]]] = [
    (
        "fa",
        "آلمان و فرانسه روسیه را مسئول حمله‌ای دانستند که طی آن ده غیرنظامی اوکراینی کشته شدند.",
        ("DEU", "RUS"),
    ),
    (
        "fa",
        "کانادا و ژاپن، ایران را مسئول حمله به نفتکشی که در آن یک ملوان هندی کشته شد دانستند.",
        ("CAN", "IRN"),
    ),
    (
        "fa",
        "ترکیه سوریه را مسئول بمبارانی دانست که در جریان آن شش کودک ترکمن کشته شدند.",
        ("TUR", "SYR"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "pair"), ACCUSERS_AS_KILLERS)
def test_accusers_are_no_killers(lang: str, text: str, pair: tuple[str, str]) -> None:
    assert pair not in code_pairs(text, lang, "ASSAULT")
    # the deed itself is still read, its doer the accused
    assert any(first == pair[1] for first, _ in code_pairs(text, lang, "ASSAULT"))


# Guards: read the same on main and on this branch.
GUARDS: list[tuple[str, str, str, list[tuple[str | None, str | None]]]] = [
    # the toll whose doer is understood keeps the dead of its clause
    (
        "fa",
        "پهپادهای مسلح کشتی را هدف قرار دادند که بر اثر آن دو ملوان از بریتانیا و رومانی کشته شدند.",
        "ASSAULT",
        [(None, "UAF"), ("GBR", "CVL")],
    ),
    # the deed's own doer named in the toll's event: nothing dropped
    (
        "fa",
        "ارتش اسرائیل به روستایی حمله کرد که در آن سه غیرنظامی لبنانی کشته شدند.",
        "ASSAULT",
        [("ISR", "MIL"), ("LBN", "CVL")],
    ),
    # Arabic and English tell the toll after the deed's noun; the accusers
    # were no killers on main either
    (
        "ar",
        "حملت ألمانيا وفرنسا روسيا مسؤولية الهجوم الذي قتل فيه عشرة مدنيين أوكرانيين.",
        "ASSAULT",
        [("RUS", None), ("UKR", "CVL")],
    ),
    (
        "en",
        "Germany and France blamed Russia for the attack in which ten Ukrainian civilians were killed.",
        "ASSAULT",
        [(None, "UAF"), ("UKR", "CVL")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "cast"), GUARDS)
def test_toll_guards(
    lang: str, text: str, etype: str, cast: list[tuple[str | None, str | None]]
) -> None:
    assert cast in sides(text, lang, etype)


# The toll told by "led to the death of": the Persian sentence read the two
# accusers as killers of Iran on main (fails there); Arabic and English guard.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "حملت بريطانيا والدنمارك إيران مسؤولية الهجوم الذي أسفر عن مقتل بحار فلبيني."),
        ("en", "Britain and Denmark blamed Iran for the attack which left a Filipino sailor dead."),
        (
            "fa",
            "بریتانیا و دانمارک ایران را مسئول حمله‌ای دانستند که منجر به کشته شدن یک ملوان فیلیپینی شد.",
        ),
    ],
)
def test_no_accuser_kills_the_accused(lang: str, text: str) -> None:
    pairs = code_pairs(text, lang, "ASSAULT")
    assert ("GBR", "IRN") not in pairs and ("DNK", "IRN") not in pairs
