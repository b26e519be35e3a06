"""domestic59: two parts of one state acting on each other are two sides.
A minister, governor or party that criticises, accuses or urges its own
state's government, named with its state ("the Iraqi government",
"الحكومة العراقية", "دولت عراق"), keeps the government as the other side;
the state's adjective does not make the body the state named as a whole.
One actor named twice (an office, then its state) stays one side."""

import pytest

from casts import run


def actors(
    text: str, lang: str, etype: str
) -> list[list[tuple[str | None, str | None, str | None]]]:
    """(code, agent, role) of each actor of every event of one type."""
    return [
        [(a.code, a.agent, a.role) for a in e.actors]
        for e in run(text, lang).events
        if e.type == etype
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "انتقد وزير الداخلية العراقي الحكومة العراقية بشدة."),
        ("fa", "وزیر کشور عراق از دولت عراق انتقاد کرد."),
        ("en", "The Iraqi interior minister criticized the Iraqi government."),
    ],
)
def test_a_minister_criticising_his_states_government_is_two_sides(lang: str, text: str) -> None:
    found = actors(text, lang, "ACCUSE")
    assert [("IRQ", "GOV", "minister"), ("IRQ", "GOV", None)] in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "اتهم محافظ البصرة الحكومة العراقية بالتقصير في الخدمات."),
        ("en", "The governor of Basra accused the Iraqi government of neglect."),
    ],
)
def test_a_governor_accusing_the_government_is_an_event(lang: str, text: str) -> None:
    found = actors(text, lang, "ACCUSE")
    assert [("IRQ", "GOV", "official"), ("IRQ", "GOV", None)] in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "انتقد حزب الدعوة الحكومة العراقية."),
        ("fa", "حزب اعتماد ملی از دولت ایران انتقاد کرد."),
        ("en", "The Labour party criticized the British government."),
    ],
)
def test_a_party_criticising_the_government_keeps_both(lang: str, text: str) -> None:
    found = actors(text, lang, "ACCUSE")
    assert found, text
    assert len(found[0]) == 2 and {a[1] for a in found[0]} == {"PTY", "GOV"}, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "انتقد وزير الخارجية الإيراني الولايات المتحدة، وقال إن إيران لن تتراجع."),
        ("fa", "وزیر امور خارجه ایران از آمریکا انتقاد کرد و گفت ایران عقب نمی‌نشیند."),
        (
            "en",
            "The Iranian foreign minister criticized the United States, saying Iran would not back down.",
        ),
    ],
)
def test_an_office_and_its_state_named_again_stay_one_side(lang: str, text: str) -> None:
    found = actors(text, lang, "ACCUSE")
    assert found, text
    iranian = [a for a in found[0] if a[0] == "IRN"]
    assert iranian == [("IRN", "GOV", "foreign_minister")], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "دعا وزير الخارجية الإيراني الحكومة الفرنسية إلى الحوار."),
        ("fa", "وزیر امور خارجه ایران از دولت فرانسه خواست گفت‌وگو کند."),
        ("en", "The Iranian foreign minister urged the French government to talk."),
    ],
)
def test_a_foreign_government_stays_the_other_state(lang: str, text: str) -> None:
    found = actors(text, lang, "REQUEST")
    assert found, text
    assert [a[0] for a in found[0]] == ["IRN", "FRA"], found
