"""Whom a joint effort is against is no partner of it (round 62, actors62;
every sentence written for these tests).

Talks, agreements, cooperation, aid, support or a call "against" a group
("الحرب ضد تنظيم داعش", "مبارزه با داعش", "the fight against Islamic
State militants") used to take the group as one more side: two ministers
who discussed the war on a group were read as meeting it. A group of
people right after a marker of opposition (``context.OPPOSED_MARKERS``), or
one head word after it, is no side of such an event when enough sides are
left; deeds of force keep whom they are against, and a group met or asked
in its own right stays.
"""

from __future__ import annotations

import pytest

from casts import run


def _cast(text: str, lang: str, etype: str) -> list[set[str]]:
    """'CODE:AGENT' of the actors of each event of one type."""
    return [
        {f"{a.code or '-'}:{a.agent}" for a in e.actors}
        for e in run(text, lang).events
        if e.type == etype
    ]


FOUGHT = [
    ("ar", "CONSULT", "ناقش وزير الخارجية المصري ونظيره الأردني في عمان الحرب ضد تنظيم داعش."),
    ("ar", "AGREE", "اتفقت تركيا والولايات المتحدة على التعاون ضد تنظيم داعش."),
    ("fa", "CONSULT", "وزیر خارجه ایران و همتای عراقی درباره مبارزه با داعش گفت‌وگو کردند."),
    ("fa", "AGREE", "ایران و عراق بر همکاری علیه داعش توافق کردند."),
    (
        "en",
        "CONSULT",
        "The Egyptian and Jordanian foreign ministers discussed the fight against"
        " Islamic State militants.",
    ),
    (
        "en",
        "AGREE",
        "Turkey and the United States agreed to cooperate against Islamic State militants.",
    ),
]


@pytest.mark.parametrize(("lang", "etype", "text"), FOUGHT)
def test_the_enemy_of_a_joint_effort_is_no_side(lang: str, etype: str, text: str) -> None:
    casts = _cast(text, lang, etype)
    assert casts, f"no {etype} read"
    for cast in casts:
        assert not any(a.endswith(":REB") for a in cast), cast
        assert len(cast) == 2, cast


STRUCK = [
    ("ar", "شن الجيش العراقي هجوما ضد تنظيم داعش في الموصل."),
    ("fa", "ارتش عراق علیه مواضع داعش حمله کرد."),
    ("en", "Iraqi troops launched an attack against Islamic State militants."),
]


@pytest.mark.parametrize(("lang", "text"), STRUCK)
def test_a_deed_of_force_keeps_whom_it_is_against(lang: str, text: str) -> None:
    casts = _cast(text, lang, "ASSAULT")
    assert any(any(a.endswith(":REB") for a in cast) for cast in casts), casts


MET = [
    ("ar", "التقى وزير الخارجية المصري وفدا من المتظاهرين في القاهرة.", ":CVL"),
    ("fa", "وزیر خارجه ایران با نمایندگان طالبان در تهران دیدار کرد.", ":REB"),
    ("en", "The Iranian foreign minister met Taliban representatives in Tehran.", ":REB"),
]


@pytest.mark.parametrize(("lang", "text", "agent"), MET)
def test_a_group_met_in_its_own_right_stays(lang: str, text: str, agent: str) -> None:
    casts = _cast(text, lang, "CONSULT")
    assert any(any(a.endswith(agent) for a in cast) for cast in casts), casts


def test_a_lone_side_keeps_the_group_rather_than_lose_the_event() -> None:
    """An event that needs two sides is not emptied: with one side left the
    group stays (the reading of such an event is another rule's)."""
    from diplowatch.extract.mention import Mention
    from diplowatch.extract.opposed import opposed_out

    text = "بحث الوزير الحرب ضد داعش"
    minister = Mention(0, 10, "EGY", "state_adj", True, agent="GOV")
    group = Mention(text.index("داعش"), len(text), "", "agent", True, agent="REB")
    markers = frozenset({"ضد"})
    assert opposed_out([minister, group], text, markers, need=2) == [minister, group]
    assert opposed_out([minister, group], text, markers, need=1) == [minister]


# Who describes a deed named again by a relative clause ("الهجوم الذي وصفه
# رئيس الوزراء …", "the attack, which the prime minister described as …")
# is no side of it; his own criticism stays his.
DESCRIBED = [
    (
        "ar",
        "قتل ستة أشخاص في الهجوم على المركز الإسلامي في كيبيك، الذي وصفه رئيس"
        " الوزراء الكندي جاستن ترودو بأنه هجوم إرهابي.",
        "CAN:GOV",
    ),
    (
        "ar",
        "قصفت الطائرات الروسية مدينة حلب، في هجوم وصفه وزير الخارجية التركي بأنه جريمة.",
        "TUR:GOV",
    ),
    (
        "ar",
        "هاجم مسلح دورية عسكرية قرب متحف اللوفر، وهو الاعتداء الذي اعتبره رئيس الوزراء"
        " الفرنسي برنار كازنوف إرهابيا.",
        "FRA:GOV",
    ),
    ("fa", "نخست‌وزیر کانادا حمله مسلحانه به مسجد کبک را تروریستی خواند.", "CAN:GOV"),
    (
        "en",
        "Six people were killed in the attack on a Quebec mosque, which Canadian Prime Minister"
        " Justin Trudeau described as a terrorist attack.",
        "CAN:GOV",
    ),
]


@pytest.mark.parametrize(("lang", "text", "describer"), DESCRIBED)
def test_who_describes_a_deed_is_no_side_of_it(lang: str, text: str, describer: str) -> None:
    for cast in _cast(text, lang, "ASSAULT"):
        assert describer not in cast, cast


def test_the_describer_keeps_his_own_criticism() -> None:
    text = "قصفت الطائرات الروسية مدينة حلب، في هجوم وصفه وزير الخارجية التركي بأنه جريمة."
    assert any("RUS:MIL" in cast for cast in _cast(text, "ar", "ASSAULT"))
    assert any("TUR:GOV" in cast for cast in _cast(text, "ar", "ACCUSE"))
