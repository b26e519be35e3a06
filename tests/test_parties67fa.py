"""A state a person set off from on a route told whole is the place he
left, no side of what befell him (round 67; sentences written for these
tests).

- "from" the state, a destination after it and a verb of returning or
  fleeing (``context.JOURNEY_WORDS``: fa after the destination, "از آلمان به
  روسیه برگشت"; ar and en before "from", "عاد من …", "returned from …"):
  an arrest on arrival is the destination's alone;
- a visit's route, a transfer, a flight, aid that came from a donor, or a
  state entered straight from ("از ایران وارد … شد") are left as they were:
  those states stay sides or homes;
- no destination after the state, no journey: "فر من تركيا" alone is not
  read (a withdrawal's or flight's state is read by other rules).
"""

from __future__ import annotations

import pytest

from casts import run


def _codes(text: str, lang: str, kind: str) -> set[str | None]:
    found = [e for e in run(text, lang).events if e.type == kind]
    assert found, f"no {kind} in {text}"
    return {a.code for e in found for a in e.actors}


@pytest.mark.parametrize(
    ("text", "lang", "kind", "left", "kept"),
    [
        (
            "روزنامه‌نگار منتقد دیروز از لیتوانی به بلاروس بازگشت و در فرودگاه دستگیر شد.",
            "fa",
            "COERCE",
            "LTU",
            "BLR",
        ),
        (
            "فعال مخالفی که از ترکیه به یونان گریخته بود، روز شنبه بازداشت شد.",
            "fa",
            "COERCE",
            "TUR",
            "GRC",
        ),
        (
            "عاد الصحفي من ألمانيا إلى بيلاروسيا واعتقل فور وصوله إلى مطار مينسك.",
            "ar",
            "COERCE",
            "DEU",
            "BLR",
        ),
        (
            "The dissident, who had fled from Turkey to Greece, was arrested on Saturday.",
            "en",
            "COERCE",
            "TUR",
            "GRC",
        ),
        (
            "The journalist returned from Germany to Belarus and was detained at the airport.",
            "en",
            "COERCE",
            "DEU",
            "BLR",
        ),
    ],
)
def test_state_left_on_a_route_is_no_side(
    text: str, lang: str, kind: str, left: str, kept: str
) -> None:
    codes = _codes(text, lang, kind)
    assert left not in codes
    assert kept in codes


@pytest.mark.parametrize(
    ("text", "lang", "kind", "codes"),
    [
        # a visit's route: the capital left is the unnamed visitor's
        ("هیئتی از تهران به مسکو سفر کرد.", "fa", "CONSULT", {"IRN", "RUS"}),
        # a transfer of arms ties the state it left
        (
            "آمریکا ایران را متهم کرد که سلاح از ایران به یمن منتقل کرده است.",
            "fa",
            "ACCUSE",
            {"USA", "IRN"},
        ),
        # a state entered straight from is read as before (his home)
        (
            "بازرگان یادشده با پروازی از عراق وارد فرودگاه آنکارا شد و بازداشت شد.",
            "fa",
            "COERCE",
            {"IRQ"},
        ),
        # aid that came from a donor: the donor stays
        (
            "Aid came from Turkey to Syria after the earthquake.",
            "en",
            "AID",
            {"TUR"},
        ),
        # no destination: no route, the state fled stays
        ("اعتقلت الشرطة اليونانية ناشطا فر من تركيا.", "ar", "COERCE", {"GRC", "TUR"}),
    ],
)
def test_other_routes_are_left(text: str, lang: str, kind: str, codes: set[str]) -> None:
    assert codes <= _codes(text, lang, kind)
