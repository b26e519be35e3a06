"""Review mends of round 38.

* Arabic "علي" is no given name for the surname rule: folded, it is the
  preposition "على", and a nationality after it is a person of that country.
* A Persian stance verb in a relative clause told in the present perfect
  ("… که خواستار … شده است") is a deed told, not a standing position.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from casts import sides, types


@pytest.mark.parametrize(
    ("lang", "text", "victim"),
    [
        ("ar", "أطلق حرس الحدود الأردني النار على سوري قرب المعبر.", ("SYR", "CVL")),
        ("ar", "اعتدى مستوطنون على الفلسطينيين قرب قرية بيتا.", ("PSE", "CVL")),
        ("fa", "ماموران مرزی به یک سوری نزدیک گذرگاه شلیک کردند.", ("SYR", "CVL")),
        ("en", "Border guards opened fire on a Syrian near the crossing.", ("SYR", "CVL")),
    ],
)
def test_nationality_after_on_is_a_person(lang: str, text: str, victim: tuple[str, str]) -> None:
    events = sides(text, lang, "ASSAULT")
    assert events, text
    assert any(victim in actors for actors in events), events


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("fa", "قطر که خواستار آتش‌بس شده است، هیئتی به قاهره فرستاد.", "REQUEST"),
        ("ar", "أرسلت قطر، التي طالبت بوقف فوري لإطلاق النار في غزة، وفدا إلى القاهرة.", "REQUEST"),
        (
            "en",
            "Qatar, which has urged a halt to the fighting around Rafah, sent envoys to Cairo.",
            "REQUEST",
        ),
    ],
)
def test_perfect_in_relative_clause_is_told(lang: str, text: str, etype: str) -> None:
    assert etype in types(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("fa", "جنبش که خواستار استقلال کامل منطقه است، در انتخابات شرکت نکرد.", "REQUEST"),
        ("ar", "الحركة التي تطالب باستقلال كامل للإقليم لم تشارك في الانتخابات.", "REQUEST"),
        (
            "en",
            "The movement, which demands full independence for the region, stayed out of the vote.",
            "REQUEST",
        ),
    ],
)
def test_present_in_relative_clause_is_a_standing(lang: str, text: str, etype: str) -> None:
    assert etype not in types(text, lang), text
