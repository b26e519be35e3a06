"""A tour of a production site is no meeting (round 62, falsehits62fa;
every sentence written for these tests).

ONTOLOGY: CONSULT is a meeting or a visit between sides. An official who
tours a factory, a refinery, a production line or a training centre
("وزیر … از کارخانه خودروسازی در آلمان بازدید کرد", "زار الوزير مصنعا")
inspects a place and meets no side; a commander who does so deploys
nothing. A visit to a city or a country stays a visit, and only the nearest
"از" of the visit word is read. Prisons, homes, institutes and headquarters
were tried as sites and dropped: readers mark such visits as meetings (an
MP touring a sugar works with its striking workers is CONSULT for them).
"""

from __future__ import annotations

import pytest

from casts import types

TOURS: list[tuple[str, str]] = [
    ("fa", "وزیر خارجه چین از یک کارخانه خودروسازی در آلمان بازدید کرد."),
    ("fa", "فرمانده ارتش آمریکا از خط تولید موتور هواپیما در عراق بازدید کرد."),
    ("fa", "وزیر نفت عراق در ایران پس از بازدید از پالایشگاه آبادان سخنرانی کرد."),
    ("ar", "زار وزير الخارجية الصيني مصنعا للسيارات في ألمانيا."),
    ("en", "The Chinese foreign minister visited a car factory in Germany on Monday."),
]


@pytest.mark.parametrize(("lang", "text"), TOURS)
def test_a_tour_of_a_site_is_no_meeting(lang: str, text: str) -> None:
    assert not types(text, lang) & {"CONSULT", "MOBILIZE"}


VISITS: list[tuple[str, str]] = [
    ("fa", "وزیر خارجه چین از تهران بازدید کرد."),
    ("fa", "وزیر خارجه چین از تهران بازدید کرد و سپس به کارخانه خودروسازی رفت."),
    ("ar", "زار وزير الخارجية الصيني ألمانيا حيث التقى نظيره الألماني."),
    ("en", "The Chinese foreign minister visited Germany on Monday."),
]


@pytest.mark.parametrize(("lang", "text"), VISITS)
def test_a_visit_to_a_state_stays_a_meeting(lang: str, text: str) -> None:
    assert "CONSULT" in types(text, lang)
