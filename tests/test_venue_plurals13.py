"""Where talks were held is no side of them (sentences written for these
tests): a city after a venue noun whose plural ending is written apart
("نشست‌های وین", after a ZWNJ) is the venue, as after the plain noun; the
cities that hold the talks stay sides."""

from __future__ import annotations

import pytest

from casts import run


def _codes(text: str, lang: str) -> set[str]:
    return {a.code or "-" for e in run(text, lang).events if e.type == "CONSULT" for a in e.actors}


VENUE = [
    ("fa", "سخنگوی اتحادیه اروپا پس از نشست‌های وین گفت گفتگوها ادامه دارد.", "AUT"),
    ("fa", "نماینده ایران در اجلاس‌های ژنو با همتای آمریکایی خود دیدار کرد.", "CHE"),
    ("ar", "قال نائب وزير الخارجية الإيراني على هامش محادثات جنيف إن الخلافات تقلصت.", "CHE"),
    (
        "en",
        "Iran's deputy foreign minister said at the Geneva talks that gaps had narrowed.",
        "CHE",
    ),
]

SIDE = [
    ("fa", "تهران و مسکو در وین درباره سوریه مذاکره کردند.", {"IRN", "RUS"}),
    ("ar", "تفاوضت طهران وموسكو في فيينا بشأن سوريا.", {"IRN", "RUS"}),
    ("en", "Tehran held talks with Moscow on Syria in Vienna.", {"IRN", "RUS"}),
]


@pytest.mark.parametrize(("lang", "text", "place"), VENUE)
def test_the_venue_city_is_no_side(lang: str, text: str, place: str) -> None:
    assert place not in _codes(text, lang)


@pytest.mark.parametrize(("lang", "text", "sides"), SIDE)
def test_the_cities_that_talk_are_sides(lang: str, text: str, sides: set[str]) -> None:
    assert sides <= _codes(text, lang)
