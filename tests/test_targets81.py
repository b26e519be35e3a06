"""targets81: whom a deed of force struck or held is its people, not their
state named as a whole beside them (sentences written for this test in
ar, fa and en)."""

from __future__ import annotations

import pytest

from diplowatch.extract.place_doer import own_people_place_out
from diplowatch.model import Actor, Document
from diplowatch.pipeline import process


def _events(text: str, lang: str, etype: str) -> list[list[str]]:
    """The actors (``CODE:AGENT``) of each event of ``etype`` read in ``text``."""
    events = process(Document("t", text, lang=lang)).to_dict()["events"]
    return [
        [f"{a['code']}:{a['agent']}" for a in e["actors"]] for e in events if e["type"] == etype
    ]


@pytest.mark.parametrize(
    ("lang", "text", "etype", "people"),
    [
        ("ar", "قتل 12 شخصا في تفجيرات كابول وتبنى تنظيم داعش الهجوم.", "ASSAULT", "AFG:CVL"),
        ("ar", "اعتقلت الشرطة الرجل في مطار طهران.", "COERCE", "IRN:CVL"),
        ("fa", "گروه مسلح به غیرنظامیان در شهرهای مختلف افغانستان حمله کرد.", "ASSAULT", "AFG:CVL"),
        ("en", "Police arrested the man at Tehran airport.", "COERCE", "IRN:CVL"),
        (
            "en",
            "The attack on Iraqi troops near Baghdad killed four soldiers.",
            "ASSAULT",
            "IRQ:MIL",
        ),
    ],
)
def test_struck_people_without_their_state(lang: str, text: str, etype: str, people: str) -> None:
    """The people struck or held keep their code; their state as a whole is
    no other side beside them."""
    found = _events(text, lang, etype)
    assert any(people in actors for actors in found)
    code = people.split(":")[0]
    for actors in found:
        if people in actors:
            assert f"{code}:None" not in actors[1:]


def _actor(code: str | None, agent: str | None = None, role: str | None = None) -> Actor:
    return Actor(code=code, agent=agent, role=role)


def test_state_beside_its_people_struck_is_dropped() -> None:
    """An attack's bare state beside its own civilians, or an arrest's
    beside its own held man, leaves; the doer is never touched."""
    actors = [_actor(None, "REB"), _actor("SYR", "CVL"), _actor("SYR")]
    assert own_people_place_out("ASSAULT", actors) == actors[:2]
    held = [_actor("IRN", "COP"), _actor("IRN"), _actor("IRN", "CVL")]
    assert own_people_place_out("COERCE", held) == [held[0], held[2]]
    doer = [_actor("FRA"), _actor("FRA", "CVL"), _actor("DEU")]
    assert own_people_place_out("ASSAULT", doer) == doer


@pytest.mark.parametrize(
    "actors",
    [
        # another state's people: the state struck stays ("Saudi forces
        # struck Yemen, killing Omani fishermen")
        [_actor("SAU", "MIL"), _actor("YEM"), _actor("OMN", "CVL")],
        # a spokesman with a role may be the teller, not whom it struck
        [_actor(None, "UAF"), _actor("YEM"), _actor("YEM", "MIL", "official")],
        # two sides only: the state alone is what was struck
        [_actor(None, "UAF"), _actor("ISR")],
    ],
)
def test_state_kept(actors: list[Actor]) -> None:
    """Where no people of its own and no role-less agent stand beside it,
    the state keeps its slot."""
    assert own_people_place_out("ASSAULT", actors) == actors


@pytest.mark.parametrize("etype", ["CONSULT", "REQUEST", "PROTEST", "AID"])
def test_other_types_untouched(etype: str) -> None:
    """Only deeds of force: a call on a state and its citizens names both."""
    actors = [_actor("USA", "GOV"), _actor("IRQ"), _actor("IRQ", "CVL")]
    assert own_people_place_out(etype, actors) == actors


@pytest.mark.parametrize(
    ("lang", "text", "asked"),
    [
        ("ar", "وطالب في بيانه السلطات المصرية بضمان الحماية للمواطنين الأقباط.", "EGY:GOV"),
        ("ar", "وطالب السلطات التونسية بالتدخل للإفراج عن المواطنين المختطفين.", "TUN:GOV"),
        ("ar", "ودعا في كلمته الحكومة الليبية إلى حماية المدنيين.", "LBY:GOV"),
        ("ar", "وأضاف في بيانه، مطالبا السلطات الإسرائيلية بضمان حماية المدنيين.", "ISR:GOV"),
        ("fa", "او از دولت مصر خواست از شهروندان قبطی محافظت کند.", "EGY:GOV"),
        ("en", "He urged the Egyptian authorities to protect Coptic citizens.", "EGY:GOV"),
    ],
)
def test_body_asked_by_the_verbs_form(lang: str, text: str, asked: str) -> None:
    """A government asked by a verb whose subject is dropped is whom the
    request asks, after an unnamed asker; the citizens inside what is asked
    are no side (Arabic: the masculine verb does not agree with the
    feminine noun, a participle takes no subject after it)."""
    assert _events(text, lang, "REQUEST") == [["None:None", asked]]


@pytest.mark.parametrize(
    ("lang", "text", "sides"),
    [
        ("ar", "دعت الحكومة المواطنين إلى الهدوء.", ["None:GOV", "None:CVL"]),
        ("ar", "طالبت السلطات المصرية المواطنين بالابتعاد عن المنطقة.", ["EGY:GOV", "EGY:CVL"]),
        ("ar", "دعا الرئيس المواطنين إلى اليقظة.", ["None:GOV", "None:CVL"]),
        ("ar", "وتطالب السلطات المصرية المواطنين بالهدوء.", ["EGY:GOV", "EGY:CVL"]),
        ("fa", "دولت از شهروندان خواست آرام باشند.", ["None:GOV", "None:CVL"]),
        ("en", "The government urged citizens to stay calm.", ["None:GOV", "None:CVL"]),
    ],
)
def test_agreeing_subject_asks(lang: str, text: str, sides: list[str]) -> None:
    """A verb that agrees with the body after it ("دعت الحكومة") has it as
    its subject: the government asks the citizens."""
    assert _events(text, lang, "REQUEST") == [sides]


@pytest.mark.parametrize(
    "text",
    [
        # a noun between owns the body ("the ministry's proposal calls for")
        "ويدعو اقتراح الوزارة إلى إرسال المهاجرين.",
        # after a preposition the body is the asker ("at the request of")
        "وأفادت الهيئة بأن المحطة أغلقت بناء على طلب من الشرطة.",
        # a request's noun has its asker as its genitive
        "انتقد الحزب طلب الحكومة قروضا من البنك الدولي.",
        # what a participle asks for, not whom ("demanding that … be deemed")
        "مطالبا باعتبار الحركات الإرهابية مجموعات خارجة على القانون.",
        # a body so asked with no other side makes no new event: its asker
        # is told elsewhere, and an unnamed one reads wrong (measured)
        "وأضاف في بيانه، مطالبا السلطات الإسرائيلية بضمان الحماية.",
    ],
)
def test_no_unnamed_asker_by_form(text: str) -> None:
    """Where the verb's form tells nothing of whom it asks, no body is made
    the one asked of an unnamed asker."""
    for actors in _events(text, "ar", "REQUEST"):
        assert actors[0] != "None:None"
