"""Review mends of round 73 (mendF73; every sentence written for these
tests).

(1) A country adjective after a comma opens the noun phrase after it, not
the movement before the comma: "…, linked to the Guards, Iranian troops
shelled …" keeps Iran on the troops; the medium's owner in its apposition
is still no side.
(3) "the army" is an institution whose agent (MIL) is armed: it takes a
bare town by force ("The Iraqi army captured Mosul"); a parliament does not.
"""

from __future__ import annotations

import pytest

from casts import run


def _casts(text: str, lang: str, etype: str) -> list[list[str]]:
    return [
        [f"{a.code or '-'}:{a.agent or ''}" for a in e.actors]
        for e in run(text, lang).events
        if e.type == etype
    ]


ARMY_TAKES = [
    ("en", "The Jordanian army captured Irbid.", "JOR:MIL"),
    ("en", "The Lebanese army seized Tripoli after heavy fighting.", "LBN:MIL"),
    ("ar", "سيطر الجيش اللبناني على طرابلس.", "LBN:MIL"),
    ("fa", "ارتش لبنان طرابلس را تصرف کرد.", "LBN:MIL"),
]


@pytest.mark.parametrize(("lang", "text", "doer"), ARMY_TAKES)
def test_army_takes_a_town(lang: str, text: str, doer: str) -> None:
    assert any(doer in c for c in _casts(text, lang, "ASSAULT")), text


def test_parliament_takes_no_town() -> None:
    assert _casts("The Jordanian parliament captured Irbid.", "en", "ASSAULT") == []


# the owner of the medium in its apposition is no side; the doer after the
# comma keeps the country of its adjective
OWNER_THEN_DOER = [
    (
        "en",
        "According to Mehr, linked to the Revolutionary Guards, Iranian troops shelled Iraq.",
        "IRN:MIL",
    ),
    (
        "en",
        "According to Fars, affiliated with the Revolutionary Guards, Iranian forces shelled Kurdish villages.",
        "IRN:MIL",
    ),
    (
        "ar",
        "بحسب وكالة مهر، المقربة من الحرس الثوري، قصف الجيش الإيراني قرى كردية في العراق.",
        "IRN:MIL",
    ),
    (
        "fa",
        "به گزارش خبرگزاری مهر، وابسته به سپاه پاسداران، ارتش ایران روستاهای کرد در عراق را گلوله‌باران کرد.",
        "IRN:MIL",
    ),
]


@pytest.mark.parametrize(("lang", "text", "doer"), OWNER_THEN_DOER)
def test_doer_after_an_owner_apposition(lang: str, text: str, doer: str) -> None:
    casts = _casts(text, lang, "ASSAULT")
    assert casts and all(c.count(doer) == 1 for c in casts), casts


def test_movement_keeps_its_adjective_without_comma() -> None:
    """guard: "حزب الله اللبناني، حسن نصر الله" is still one participant."""
    casts = _casts(
        "اتهم الأمين العام لحزب الله اللبناني، حسن نصر الله، إسرائيل بقصف الجنوب.", "ar", "ACCUSE"
    )
    assert all("LBN:REB" in c for c in casts), casts
