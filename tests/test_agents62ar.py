"""A suicide attack a named movement carries out is the movement's
(round 62; sentences written for these tests).

- Arabic and Persian write "suicide" as an adjective after the attack's
  noun ("هجوما انتحاريا", "حمله انتحاری"); where a named armed movement is
  written before the attack as its doer, or the sentence tells that it
  claimed it ("تبناهما"), the adjective is no unidentified attacker of its
  own: the movement is the doer and whom the attack struck is its target;
- with no movement named, the suicide bomber stays the (unidentified) doer;
- a movement struck by the attack ("مقرا لجماعة …") or killed in it ("قتل
  10 من مقاتلي … في هجوم انتحاري") keeps its unidentified attacker;
- English writes "suicide attack" before the noun and already reads the
  movement as the doer.
"""

from __future__ import annotations

import pytest

from casts import run

Actor = tuple[str | None, str | None]


def _assaults(text: str, lang: str) -> list[list[Actor]]:
    found = [
        [(a.code, a.agent) for a in e.actors] for e in run(text, lang).events if e.type == "ASSAULT"
    ]
    assert found, f"no ASSAULT in {text}"
    return found


@pytest.mark.parametrize(
    ("text", "lang", "doer", "target"),
    [
        ("نفذت حركة الشباب هجوما انتحاريا على معسكر للجيش الصومالي.", "ar", "SOM", ("SOM", "MIL")),
        (
            "شن تنظيم داعش ثلاث هجمات انتحارية على قوات الجيش العراقي في الموصل.",
            "ar",
            "IRQ",
            ("IRQ", "MIL"),
        ),
        ("نفذ تنظيم داعش هجوما انتحاريا على مقر للشرطة في بغداد.", "ar", "IRQ", ("IRQ", "COP")),
        (
            "گروه الشباب یک حمله انتحاری به پایگاه ارتش سومالی انجام داد.",
            "fa",
            "SOM",
            ("SOM", "MIL"),
        ),
        (
            "Al-Shabaab carried out a suicide attack on a Somali army base.",
            "en",
            "SOM",
            ("SOM", "MIL"),
        ),
    ],
)
def test_named_movement_is_the_bomber(text: str, lang: str, doer: str, target: Actor) -> None:
    """The movement is the doer, no UAF beside it, and the struck force stays."""
    sides = _assaults(text, lang)[0]
    assert sides[0] == (doer, "REB")
    assert target in sides
    assert all(agent != "UAF" for _, agent in sides)


def test_persian_movement_without_country() -> None:
    """A stateless movement in Persian loses the extra attacker too."""
    sides = _assaults("داعش سه حمله انتحاری علیه نیروهای دولتی انجام داد.", "fa")[0]
    assert sides[0][1] == "REB"
    assert all(agent != "UAF" for _, agent in sides)


def test_claimed_after_the_attack() -> None:
    """A movement named after the attack that claimed it (dual "تبناهما")
    is its doer; the worshippers killed are its victims."""
    text = "استهدف تفجيران انتحاريان كنيسة في الإسكندرية، تبناهما تنظيم داعش، وقتل فيهما 30 شخصا."
    found = _assaults(text, "ar")
    assert all(all(agent != "UAF" for _, agent in sides) for sides in found)
    assert any(sides[0][1] == "REB" for sides in found)


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("قتل 12 شخصا في هجوم انتحاري على مسجد في كابول.", "ar", "AFG"),
        ("أسفر هجوم انتحاري استهدف سوقا في بغداد عن مقتل 16 شخصا.", "ar", "IRQ"),
        ("یک حمله انتحاری در کابل ۱۲ نفر را کشت.", "fa", "AFG"),
        ("A suicide bomber killed 12 people in Kabul.", "en", "AFG"),
    ],
)
def test_no_movement_keeps_the_bomber(text: str, lang: str, code: str) -> None:
    """With no movement named the suicide bomber is the unidentified doer."""
    sides = _assaults(text, lang)[0]
    assert sides[0] == (code, "UAF")


@pytest.mark.parametrize(
    "text",
    [
        "استهدف هجوم انتحاري مقرا لجماعة الحوثيين في صنعاء.",
        "قتل 10 من مقاتلي حركة طالبان في هجوم انتحاري في قندهار.",
        "قتل 10 من مقاتلي حركة طالبان في ثلاث هجمات انتحارية في قندهار.",
    ],
)
def test_struck_movement_keeps_its_attacker(text: str) -> None:
    """A movement the attack struck, or that lost men in it, did not do it."""
    sides = _assaults(text, "ar")[0]
    assert sides[0][1] == "UAF"
    assert any(agent == "REB" for _, agent in sides)


def test_persian_struck_movement_keeps_its_attacker() -> None:
    """Persian: Taliban members killed "در یک حمله انتحاری" are victims."""
    sides = _assaults("ده عضو طالبان در یک حمله انتحاری در قندهار کشته شدند.", "fa")[0]
    assert sides[0][1] == "UAF"
