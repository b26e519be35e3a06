"""Round 29 (lead): merchant ships are their owners' (BUS) in Arabic too, as
they were in English; the leader of a party named by its kind is a party
leader, not a head of state (sentences written for these tests).

A tanker, a cargo ship or a fishing boat that is attacked or seized is a
side of the event: the business that owns it, of the country written next to
it only. English had these nouns; Arabic now has the same ones. A bare
"ناقلة" stays out: it is as often a troop carrier ("ناقلة جند"). Persian was
tried and dropped (a held-out agents figure fell: its annotations give an
attacked tanker its country with no agent), so its case is a strict xfail.
"""

from __future__ import annotations

import pytest

from casts import cast, run

SHIPS = [
    ("An oil tanker was attacked off the coast of Oman on Thursday.", "en", "-:BUS"),
    ("تعرضت ناقلة نفط لهجوم قبالة سواحل عمان يوم الخميس.", "ar", "-:BUS"),
    ("A Greek oil tanker was attacked off the coast of Oman.", "en", "GRC:BUS"),
    ("تعرضت ناقلة نفط يونانية لهجوم قبالة سواحل عمان.", "ar", "GRC:BUS"),
    ("The Houthis attacked a cargo ship in the Red Sea.", "en", "-:BUS"),
    ("هاجم الحوثيون سفينة شحن في البحر الأحمر.", "ar", "-:BUS"),
    ("Gunmen attacked two fishing boats near the port.", "en", "-:BUS"),
    ("هاجم مسلحون قوارب صيد قرب الميناء.", "ar", "-:BUS"),
    pytest.param(
        "یک نفتکش یونانی در دریای عمان مورد حمله قرار گرفت.",
        "fa",
        "GRC:BUS",
        marks=pytest.mark.xfail(strict=True, reason="Persian ships dropped: held-out agents fell"),
    ),
]


@pytest.mark.parametrize(("text", "lang", "unit"), SHIPS)
def test_an_attacked_ship_is_its_owner(text: str, lang: str, unit: str) -> None:
    assert unit in cast(run(text, lang), "ASSAULT")


SEIZED = [
    ("Iran seized the British oil tanker in the Gulf.", "en"),
    ("احتجزت إيران ناقلة النفط البريطانية في الخليج.", "ar"),
]


@pytest.mark.parametrize(("text", "lang"), SEIZED)
def test_a_seized_tanker_is_the_target(text: str, lang: str) -> None:
    assert cast(run(text, lang), "COERCE") >= {"IRN:", "GBR:BUS"}


CARRIERS = [
    ("The army shelled a troop carrier of the rebels.", "en"),
    ("قصف الجيش ناقلة جند تابعة للمتمردين.", "ar"),
    ("ارتش یک نفربر متعلق به شورشیان را هدف قرار داد.", "fa"),
]


@pytest.mark.parametrize(("text", "lang"), CARRIERS)
def test_a_troop_carrier_is_no_business(text: str, lang: str) -> None:
    assert not any(u.endswith(":BUS") for u in cast(run(text, lang), "ASSAULT"))


# English "leader" alone is a head of state's title; "the leader of an
# opposition party" is a party leader of the opposition, as Arabic "زعيم حزب
# معارض" already was. Persian "رهبر مخالفان" was; the singular adjective
# "یک رهبر مخالف" now is too.
PARTY_HEADS = [
    ("Turkish police detained the leader of an opposition party.", "en", "TUR:OPP"),
    ("اعتقلت الشرطة التركية زعيم حزب معارض.", "ar", "TUR:OPP"),
    ("پلیس ترکیه رهبر حزب مخالف را بازداشت کرد.", "fa", "TUR:OPP"),
    (
        "An Egyptian court sentenced the leader of the main opposition party to prison.",
        "en",
        "EGY:OPP",
    ),
    ("یک دادگاه مصری یک رهبر مخالف را به پنج سال زندان محکوم کرد.", "fa", "EGY:OPP"),
    ("قضت محكمة مصرية بسجن رئيس حزب معارض خمس سنوات.", "ar", "EGY:OPP"),
    ("Turkish police detained the head of the ruling party.", "en", "TUR:PTY"),
]


@pytest.mark.parametrize(("text", "lang", "unit"), PARTY_HEADS)
def test_the_leader_of_a_party_leads_a_party(text: str, lang: str, unit: str) -> None:
    units = cast(run(text, lang), "COERCE")
    assert unit in units
    assert not any(u.endswith(":GOV") for u in units)


def test_a_leader_alone_is_still_a_head_of_state() -> None:
    assert "IRN:GOV" in cast(
        run("The Iranian leader met the Iraqi prime minister.", "en"), "CONSULT"
    )
