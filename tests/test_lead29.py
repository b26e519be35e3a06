"""Round 29 (lead): the leader of a party named by its kind is a party
leader, not a head of state (sentences written for these tests).

Tried and dropped this round: merchant ships as their owners' (BUS) in
Arabic and Persian, as English reads "tanker" and "cargo ship". Persian
lowered a held-out agents figure (its annotations give an attacked tanker
its country with no agent), and Arabic alone would have read the same
seizure differently from Persian (``test_parallel_probe19``).
"""

from __future__ import annotations

import pytest

from casts import cast, run

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


# A leader named by the group he leads is that group's head, not a head of
# state: English "a union leader" had given a second event with a head of
# state, Arabic "زعيما نقابيا" and Persian "رهبر دانشجویی" a head of state.
GROUP_LEADERS = [
    ("Police arrested a union leader in Cairo.", "en", "EGY:LAB"),
    ("اعتقلت الشرطة المصرية زعيما نقابيا في القاهرة.", "ar", "EGY:LAB"),
    ("پلیس مصر یک رهبر کارگری را در قاهره بازداشت کرد.", "fa", "EGY:LAB"),
    ("Police arrested a student leader in Dhaka.", "en", "BGD:EDU"),
    ("اعتقلت الشرطة زعيما طلابيا في دكا.", "ar", "BGD:EDU"),
    ("پلیس یک رهبر دانشجویی را در داکا بازداشت کرد.", "fa", "BGD:EDU"),
    ("Police in Cairo arrested a religious leader.", "en", "EGY:REL"),
    ("اعتقلت الشرطة في القاهرة زعيما دينيا.", "ar", "EGY:REL"),
    ("پلیس در قاهره یک رهبر مذهبی را بازداشت کرد.", "fa", "EGY:REL"),
]


@pytest.mark.parametrize(("text", "lang", "unit"), GROUP_LEADERS)
def test_a_group_leader_leads_his_group(text: str, lang: str, unit: str) -> None:
    units = cast(run(text, lang), "COERCE")
    assert unit in units
    assert not any(u.endswith(":GOV") for u in units)


TRIBAL = [
    ("A tribal leader was killed in Yemen.", "en"),
    ("قتل زعيم قبلي في اليمن.", "ar"),
    ("یک رهبر قبیله‌ای در یمن کشته شد.", "fa"),
]


@pytest.mark.parametrize(("text", "lang"), TRIBAL)
def test_a_tribal_leader_is_a_civilian(text: str, lang: str) -> None:
    units = cast(run(text, lang), "ASSAULT")
    assert any(u.endswith(":CVL") for u in units)
    assert not any(u.endswith(":GOV") for u in units)
