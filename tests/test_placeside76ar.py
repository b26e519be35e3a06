"""A place a road leads to is no side (round 76, placeside76ar; every
sentence written for these tests).

"الطريق المؤدية إلى الضاحية الجنوبية", "جاده منتهی به لبنان", "the road
leading to Lebanon": the place named after a word of leading and a
preposition of direction is where the road goes, neither a party of what
happens on it nor the home of the people there. The word joins the words of
going that name no visit (``context.TRAVEL_WORDS``,
``countries._outside_or_named``); a visit still names its host.
"""

from __future__ import annotations

import pytest

from casts import cast, run


def _cast(text: str, lang: str, etype: str) -> set[str]:
    return cast(run(text, lang), etype)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أغلق محتجون الطريق المؤدية إلى لبنان احتجاجا على قرار الحكومة السورية."),
        ("fa", "معترضان جاده منتهی به لبنان را در اعتراض به تصمیم دولت سوریه بستند."),
        (
            "en",
            "Protesters blocked the road leading to Lebanon in protest at the Syrian government's decision.",
        ),
    ],
)
def test_the_place_a_road_leads_to_is_no_side(lang: str, text: str) -> None:
    got = _cast(text, lang, "PROTEST")
    assert "SYR:GOV" in got
    assert not any(side.startswith("LBN") for side in got)


def test_a_suburb_a_road_leads_to_gives_no_home() -> None:
    """The suburb's state is no home for the young men on the road."""
    text = "أحرق شبان العجلات المطاطية على الطريق المؤدية إلى الضاحية الجنوبية احتجاجا على البطالة."
    assert not any(side.startswith("LBN") for side in _cast(text, "ar", "PROTEST"))


@pytest.mark.parametrize(
    ("lang", "text", "host"),
    [
        ("ar", "أدى الرئيس المصري زيارة إلى السعودية التقى خلالها الملك سلمان.", "SAU:GOV"),
        ("fa", "وزیر خارجه ایران به لبنان سفر کرد و با رئیس جمهور این کشور دیدار کرد.", "LBN:GOV"),
        (
            "en",
            "The Egyptian president paid a visit to Saudi Arabia and met King Salman.",
            "SAU:GOV",
        ),
    ],
)
def test_a_visit_still_names_its_host(lang: str, text: str, host: str) -> None:
    assert host in _cast(text, lang, "CONSULT")


def test_the_protesters_own_state_stays() -> None:
    """Protesters named with their state keep it on the road too."""
    text = "أغلق محتجون سوريون الطريق المؤدية إلى لبنان احتجاجا على قرار الحكومة."
    got = _cast(text, "ar", "PROTEST")
    assert "SYR:CVL" in got
    assert not any(side.startswith("LBN") for side in got)
