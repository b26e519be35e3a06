"""Victims of deeds of force, round 85 (victims85; sentences written for
these tests).

- who holds the area where a deed happened ("in an area held by …",
  "بمنطقة يسيطر عليها …", "در منطقه تحت کنترل …") is no side: the pupils
  killed there are the victims, not the group (``held_areas.held_places``);
  areas struck keep their holder as the target;
- Arabic "كرهائن" after the people held is what they are held as
  (``NOT_AGENTS``), not a second people: the doctors are the hostages, not
  the hostage-takers of other hostages.
"""

from __future__ import annotations

import pytest

from casts import run


def _force(text: str, lang: str) -> list[list[tuple[str | None, str | None]]]:
    events = [e for e in run(text, lang).events if e.type in ("ASSAULT", "COERCE")]
    assert events, f"no deed of force in {text}"
    return [[(a.code, a.agent) for a in e.actors] for e in events]


# main read the holder as a side: the victim (ar, fa) or the doer (en), and
# in fa the pupils as the doers
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قتل مسلحون ثمانية تلاميذ في مدرسة بمنطقة يسيطر عليها تنظيم داعش.", "ar"),
        ("قتل سبعة تلاميذ في هجوم على مدرسة في منطقة خاضعة لسيطرة حركة الشباب.", "ar"),
        ("نه دانش‌آموز در حمله به مدرسه‌ای در منطقه تحت کنترل داعش کشته شدند.", "fa"),
        (
            "Nine pupils were killed in an attack on a school in an area controlled by al-Shabaab.",
            "en",
        ),
    ],
)
def test_the_holder_of_the_scene_is_no_side(text: str, lang: str) -> None:
    for actors in _force(text, lang):
        assert all(agent != "REB" for _, agent in actors), actors
        assert actors[-1][1] == "EDU", actors


# guards: areas struck keep their holder as whom the deed struck
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قصفت الطائرات الروسية مناطق يسيطر عليها تنظيم داعش في سوريا.", "ar"),
        ("جنگنده‌های روسیه مناطق تحت کنترل داعش در سوریه را بمباران کردند.", "fa"),
    ],
)
def test_areas_struck_keep_their_holder(text: str, lang: str) -> None:
    assert any(actors[-1][1] == "REB" for actors in _force(text, lang))


def test_areas_struck_keep_their_holder_en() -> None:
    # the holder stays a side (main reads it first, as the "by" agent: left)
    text = "American drones struck villages held by the Taliban in Helmand."
    assert any(agent == "REB" for actors in _force(text, "en") for _, agent in actors)


# main read the doctors or teachers as the doers and "كرهائن" as CVL victims
@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("أقدم مسلح على اقتحام مدرسة في إسطنبول واحتجاز عدد من المعلمين كرهائن.", "EDU"),
        ("اقتحم مسلحون مستشفى في بغداد واحتجزوا الأطباء كرهائن.", "HLH"),
    ],
)
def test_people_held_as_hostages_are_the_victims(text: str, held: str) -> None:
    for actors in _force(text, "ar"):
        assert actors[0][1] == "UAF", actors
        assert all(agent != "CVL" for _, agent in actors), actors
        assert actors[-1][1] == held, actors


# guards: hostages counted or named alone stay civilians
@pytest.mark.parametrize(
    ("text", "lang", "victim"),
    [
        ("احتجز مسلحون عشرين شخصا كرهائن في بغداد.", "ar", "CVL"),
        ("افراد مسلح ده گردشگر را در مالی به گروگان گرفتند.", "fa", "CVL"),
        ("افراد مسلح چند پزشک را به عنوان گروگان نگه داشتند و ربودند.", "fa", "HLH"),
        ("Gunmen took five nurses as hostages.", "en", "HLH"),
    ],
)
def test_hostages_stay_victims(text: str, lang: str, victim: str) -> None:
    assert any(actors[-1][1] == victim for actors in _force(text, lang))


# main read troops killed abroad, with no word of an attack, as the doers
# and the state they fell in as their victim
@pytest.mark.parametrize(
    ("text", "lang", "troops"),
    [
        ("قتل أربعة جنود بريطانيين في العراق.", "ar", "GBR"),
        ("چهار سرباز انگلیسی در عراق کشته شدند.", "fa", "GBR"),
        ("سه سرباز ناتو در افغانستان کشته شدند.", "fa", "NATO"),
    ],
)
def test_troops_killed_abroad_are_the_victims(text: str, lang: str, troops: str) -> None:
    for actors in _force(text, lang):
        assert actors[-1] == (troops, "MIL"), actors
        assert actors[0][1] == "UAF", actors


# guards: English read so already; a crash is no attack; a state's own
# soldiers killed at home keep the reading they had
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Four British soldiers were killed in Iraq.", "en"),
        ("قتل جنديان عراقيان في العراق.", "ar"),
    ],
)
def test_troops_victims_guards(text: str, lang: str) -> None:
    assert any(actors[-1][1] == "MIL" for actors in _force(text, lang))


def test_troops_killed_in_a_crash_tell_no_attack() -> None:
    text = "چهار سرباز انگلیسی در سانحه سقوط بالگرد در عراق کشته شدند."
    assert not [e for e in run(text, "fa").events if e.type == "ASSAULT"]
