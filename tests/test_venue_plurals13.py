"""Where talks were held is no side of them (sentences written for these
tests): a city after a venue noun whose plural ending is written apart
("رایزنی‌های وین") is the venue, as after the plain noun; a city after the
venue noun and before "with" ("رایزنی‌های تهران با مسکو", "محادثات طهران مع
موسكو", "Tehran's talks with Moscow") holds the talks and stays a side."""

from __future__ import annotations

import pytest

from casts import run


def _codes(text: str, lang: str) -> set[str]:
    return {a.code or "-" for e in run(text, lang).events if e.type == "CONSULT" for a in e.actors}


VENUE = [
    ("fa", "معاون وزیر خارجه ایران در رایزنی‌های ژنو گفت که اختلاف‌ها کم شده است.", "CHE"),
    ("fa", "سخنگوی اتحادیه اروپا پس از نشست‌های وین گفت گفتگوها ادامه دارد.", "AUT"),
    ("ar", "قال نائب وزير الخارجية الإيراني على هامش محادثات جنيف إن الخلافات تقلصت.", "CHE"),
    (
        "en",
        "Iran's deputy foreign minister said at the Geneva talks that gaps had narrowed.",
        "CHE",
    ),
]

SIDE = [
    ("fa", "رایزنی‌های تهران با مسکو درباره سوریه ادامه دارد.", {"IRN", "RUS"}),
    ("ar", "تتواصل محادثات طهران مع موسكو بشأن سوريا.", {"IRN", "RUS"}),
    ("en", "Tehran held talks with Moscow on Syria.", {"IRN", "RUS"}),
]


@pytest.mark.parametrize(("lang", "text", "place"), VENUE)
def test_the_venue_city_is_no_side(lang: str, text: str, place: str) -> None:
    assert place not in _codes(text, lang)


@pytest.mark.parametrize(("lang", "text", "sides"), SIDE)
def test_a_city_talking_with_another_is_a_side(lang: str, text: str, sides: set[str]) -> None:
    assert sides <= _codes(text, lang)
