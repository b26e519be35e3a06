"""A deed's noun owned by a list of states and aimed at a marked target
(round 79, sides79fa; every sentence written for these tests).

"تحریم‌های جدید آمریکا، بریتانیا و کانادا علیه بلاروس", "عقوبات الولايات
المتحدة وبريطانيا وكندا ضد بيلاروس", "the sanctions of the United States,
Britain and Canada against Belarus": the whole list of genitives owns the
deed, and the target marker follows the list's last item. Only a lone
genitive was read as the doer (``genitive_source``); with a list, the next
owner stood where the marked target was looked for, so the subject of the
sentence (the sanctioned state) was put first as the sanctioner of every
owner. The accuser of such a deed stays first, and so does the speaker of
a deed whose list of genitives no target marker follows.
"""

from __future__ import annotations

import pytest

from casts import sides

_OWNERS = {"USA", "GBR", "CAN"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "وزارت خارجه بلاروس اعلام کرد تحریم‌های جدید آمریکا، بریتانیا و کانادا علیه "
            "بلاروس غیرقانونی است.",
            "fa",
        ),
        (
            "سخنگوی دولت بلاروس گفت تحریم‌های جدید آمریکا، کانادا و انگلیس علیه بلاروس بی‌اثر است.",
            "fa",
        ),
        (
            "قالت وزارة الخارجية البيلاروسية إن عقوبات الولايات المتحدة وبريطانيا وكندا "
            "ضد بيلاروس غير قانونية.",
            "ar",
        ),
        (
            "The Belarusian foreign ministry said the new sanctions of the United States, "
            "Britain and Canada against Belarus were illegal.",
            "en",
        ),
    ],
)
def test_listed_owners_sanction(text: str, lang: str) -> None:
    got = sides(text, lang, "SANCTION")
    assert got, f"no SANCTION in {text!r}"
    assert {s[0][0] for s in got} == _OWNERS, got
    assert all(s[1][0] == "BLR" for s in got), got


@pytest.mark.parametrize(
    ("text", "lang", "etype", "first"),
    [
        # the condemned threats' owners are the accused, not accusers
        (
            "سخنگوی وزارت خارجه ایران تهدیدهای آمریکا، اسرائیل و انگلیس علیه ایران را محکوم کرد.",
            "fa",
            "ACCUSE",
            ("IRN", "GOV"),
        ),
        (
            "أدانت وزارة الخارجية البيلاروسية عقوبات الولايات المتحدة وبريطانيا وكندا.",
            "ar",
            "ACCUSE",
            ("BLR", "GOV"),
        ),
        (
            "The Belarusian foreign ministry condemned the sanctions of the United States, "
            "Britain and Canada.",
            "en",
            "ACCUSE",
            ("BLR", "GOV"),
        ),
        # a lone owner with its marked target: read so before, still so
        (
            "وزارت خارجه بلاروس اعلام کرد تحریم‌های جدید آمریکا علیه بلاروس غیرقانونی است.",
            "fa",
            "SANCTION",
            ("USA", None),
        ),
    ],
)
def test_first_kept(text: str, lang: str, etype: str, first: tuple[str | None, str | None]) -> None:
    got = sides(text, lang, etype)
    assert got, f"no {etype} in {text!r}"
    assert all(s[0] == first for s in got), got


def test_listed_givers_of_aid() -> None:
    """A list of givers before a marked recipient, joined by "و" alone or
    with commas: each giver first, the recipient after."""
    got = sides("وزیر خارجه ایران با کمک‌های چین، روسیه و هند به افغانستان موافقت کرد.", "fa", "AID")
    assert {s[0][0] for s in got} == {"CHN", "RUS", "IND"}, got
    assert all(s[1][0] == "AFG" for s in got), got
