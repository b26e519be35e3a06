"""The sides of deeds of force (sides22): the doer first, the struck second.

* A killing or shooting that names only whom it struck has unidentified
  attackers as its doer, first, in Arabic as in Persian and English (the
  Arabic rule adds them only beside one named participant or counted
  victims: ``lang/ar/agents.IMPLIED_AGENTS``, "lone").
* A deed whose doer the sentence names, and whom it struck after a marker
  of the struck ("a citizen attacked the doctor"), has no unidentified
  attacker put before the doer (``extract/named_doer.py``).
* An unidentified attacker of one trigger is the named armed doer of
  another trigger of the same attack in the sentence ("al-Shabaab attacked
  the base; civilians were wounded": one event, ``joined.py``).

Parallel triples written for these tests."""

from __future__ import annotations

import pytest

from casts import run


def _assaults(text: str, lang: str) -> list[list[tuple[str | None, str | None]]]:
    return [
        [(a.code, a.agent) for a in e.actors] for e in run(text, lang).events if e.type == "ASSAULT"
    ]


# --- only whom it struck named: unidentified attackers first ---


@pytest.mark.parametrize(
    ("lang", "text", "victim"),
    [
        ("ar", "قتل شخصان وأصيب خمسة آخرون في إطلاق نار داخل مطعم في شيكاغو.", ("USA", "CVL")),
        (
            "fa",
            "دو نفر در تیراندازی در یک رستوران در شیکاگو کشته و پنج نفر زخمی شدند.",
            ("USA", "CVL"),
        ),
        (
            "en",
            "Two people were killed and five wounded in a shooting at a restaurant in Chicago.",
            ("USA", "CVL"),
        ),
        ("ar", "قتل ثلاثة مدنيين في انفجار عبوة ناسفة في مدينة الموصل العراقية.", ("IRQ", "CVL")),
        ("ar", "تعرض النائب الأردني لمحاولة اغتيال بالرصاص صباح اليوم.", ("JOR", "LEG")),
        (
            "fa",
            "نماینده مجلس اردن صبح امروز از یک سوء قصد با گلوله جان سالم به در برد.",
            ("JOR", "LEG"),
        ),
        (
            "en",
            "The Jordanian lawmaker survived an assassination attempt by gunfire this morning.",
            ("JOR", "LEG"),
        ),
    ],
)
def test_victims_alone_have_unidentified_attackers_first(
    lang: str, text: str, victim: tuple[str, str]
) -> None:
    events = _assaults(text, lang)
    assert events, text
    for actors in events:
        assert actors[0][1] == "UAF", actors
        assert victim in actors[1:], actors


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a deed with no side named keeps no attacker of the place in Arabic
        # (the author is mostly named in the sentence before)
        ("ar", "وقع كمين على طريق في محافظة ديالى."),
        ("ar", "سقطت قذيفة على منطقة سكنية في مدينة بنغازي."),
    ],
)
def test_arabic_deed_with_no_side_has_no_understood_attacker(lang: str, text: str) -> None:
    assert all(("UAF" not in {ag for _, ag in actors}) for actors in _assaults(text, lang))


# --- the named doer is no victim of unidentified attackers ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "اعتدى أحد المواطنين على الطبيب المناوب في مستشفى بمدينة جدة السعودية."),
        ("fa", "یک شهروند به پزشک کشیک در بیمارستانی در شهر جده عربستان حمله کرد."),
        ("en", "A citizen attacked the doctor on duty at a hospital in the Saudi city of Jeddah."),
    ],
)
def test_named_civilian_doer_comes_first(lang: str, text: str) -> None:
    assert _assaults(text, lang) == [[("SAU", "CVL"), ("SAU", "HLH")]]


# --- an unidentified attacker is the sentence's named armed doer ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "هاجم مسلحون من حركة الشباب قاعدة للجيش الصومالي وقتل 5 جنود وجرح مدنيون."),
        (
            "fa",
            "افراد مسلح الشباب به یک پایگاه ارتش سومالی حمله کردند و پنج سرباز کشته و چند غیرنظامی زخمی شدند.",
        ),
        ("en", "Al-Shabaab gunmen attacked a Somali army base, wounding several civilians."),
    ],
)
def test_attack_told_twice_is_the_named_doers(lang: str, text: str) -> None:
    events = _assaults(text, lang)
    assert events and all(actors[0] == ("SOM", "REB") for actors in events), events
    assert not any(ag == "UAF" for actors in events for _, ag in actors)
