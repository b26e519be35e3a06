"""A building named as where a deed happened is its scene, not a side
(round 72, actors72; sentences written for these tests).

"Killed in a stabbing at the university", "أطلقت الشرطة النار عند مستشفى",
"در دانشگاه تهران": the university, hospital or mosque after a preposition of
place (or Arabic "ب" glued to it) tells where; those hurt or held there are
the sides. A building struck ("an attack on a hospital", "قصفت مستشفى",
"حمله به بیمارستان") stays the target it is.
"""

from __future__ import annotations

import pytest

from casts import run


def _agents(text: str, lang: str, etype: str) -> set[str]:
    return {
        f"{a.code}:{a.agent}" for e in run(text, lang).events if e.type == etype for a in e.actors
    }


def _seat_agents(text: str, lang: str, etype: str) -> set[str]:
    return {a for a in _agents(text, lang, etype) if a.split(":")[1] in {"EDU", "HLH", "REL"}}


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        ("أصيب رجلان في حادث طعن بجامعة القاهرة المصرية.", "ar", "ASSAULT"),
        ("أطلقت الشرطة الألمانية النار عند مستشفى ميونخ وأصيب شخص.", "ar", "ASSAULT"),
        ("دو مرد در حمله با چاقو در دانشگاه شیراز زخمی شدند.", "fa", "ASSAULT"),
        ("پلیس در بیمارستان مشهد تیراندازی کرد و یک نفر زخمی شد.", "fa", "ASSAULT"),
        ("Two people were killed in a shooting at a hospital in Cairo.", "en", "ASSAULT"),
        ("Police fired shots at a Munich hospital and one person was wounded.", "en", "ASSAULT"),
    ],
)
def test_building_as_scene_is_no_side(text: str, lang: str, etype: str) -> None:
    assert _agents(text, lang, etype), "the event itself is still read"
    assert not _seat_agents(text, lang, etype)


# Guards (mendC72): an arrest inside a mosque named no mosque as a side
# before round 72 either; kept so that the rule does not start to.
@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        ("اعتقلت الشرطة الأمريكية رجلا داخل مسجد في بوسطن.", "ar", "COERCE"),
        ("پلیس ترکیه یک مرد را در مسجد آنکارا بازداشت کرد.", "fa", "COERCE"),
        ("Boston police arrested a man inside a mosque.", "en", "COERCE"),
    ],
)
def test_arrest_in_building_guard(text: str, lang: str, etype: str) -> None:
    assert _agents(text, lang, etype)
    assert not _seat_agents(text, lang, etype)


@pytest.mark.parametrize(
    ("text", "lang", "etype", "agent"),
    [
        ("قصفت طائرات حربية مستشفى في حلب.", "ar", "ASSAULT", "HLH"),
        ("هاجم مسلحون مستشفى في كابول.", "ar", "ASSAULT", "HLH"),
        ("حمله به بیمارستان کابل ده کشته بر جا گذاشت.", "fa", "ASSAULT", "HLH"),
        ("Gunmen attacked a hospital in Kabul.", "en", "ASSAULT", "HLH"),
    ],
)
def test_building_struck_stays_target(text: str, lang: str, etype: str, agent: str) -> None:
    assert any(a.endswith(":" + agent) for a in _agents(text, lang, etype))


def test_police_at_hospital_keep_their_victim() -> None:
    """The doer and the one hurt stay once the hospital is only the scene."""
    got = _agents("أطلقت الشرطة الألمانية النار عند مستشفى ميونخ وأصيب شخص.", "ar", "ASSAULT")
    assert "DEU:COP" in got


def _first(text: str, lang: str) -> set[str]:
    return {
        f"{e.actors[0].code}:{e.actors[0].agent}"
        for e in run(text, lang).events
        if e.type == "ASSAULT" and e.actors
    }


@pytest.mark.parametrize(
    ("text", "lang", "doer"),
    [
        # a state written only as where, with a victim of no country of his
        # own (he takes the place's): the unknown attacker, not the state
        ("أسفر تفجير إرهابي وقع مساء أمس بقرية صغيرة بالكويت عن مقتل رجل أمن.", "ar", "KWT:UAF"),
        ("أودى تفجير انتحاري وقع اليوم بسوق شعبي بالعراق بحياة رجل مسن.", "ar", "IRQ:UAF"),
        ("A suicide bombing at a market in Iraq killed an old man.", "en", "IRQ:UAF"),
        # a state that is the subject stays the doer
        ("أعدمت السعودية رجلا بالرياض.", "ar", "SAU:None"),
        ("قصفت إسرائيل بلدة في غزة وقتلت رجلا.", "ar", "ISR:None"),
    ],
)
def test_place_state_is_no_doer(text: str, lang: str, doer: str) -> None:
    assert _first(text, lang) == {doer}


def test_place_state_is_no_doer_fa() -> None:
    """Persian names the bombers' kind from "تروریستی"; never the state."""
    got = _first("انفجاری تروریستی در بازاری در عراق یک مرد را کشت.", "fa")
    assert got and "IRQ:None" not in got
