"""home49: an agent written with no country does not take the code of the
one state its sentence names when that state is the object of its verb, the
other side of the same event ("the judiciary chief criticised Israel" is no
Israeli judiciary). An adjective, a place or a genitive still gives the
agent its country, and a state named before its agent (its own state acting
on its people: "Turkey arrested protesters") is left alone."""

from __future__ import annotations

import pytest

from casts import first_cast

# The state as the verb's object, the agent its doer: two sides, the agent
# with no country (the text does not tell it).
OBJECT_STATE = [
    # en: the verb stands between agent and state
    ("en", "The judiciary chief criticised Israel.", "ACCUSE", ["-:JUD", "ISR:None"]),
    ("en", "The students condemned Israel.", "ACCUSE", ["-:EDU", "ISR:None"]),
    ("en", "The rebels attacked Syria.", "ASSAULT", ["-:REB", "SYR:None"]),
    # ar: subject before its verb, the state right after the verb
    ("ar", "رئيس السلطة القضائية انتقد إسرائيل.", "ACCUSE", ["-:JUD", "ISR:None"]),
    ("ar", "الطلاب أدانوا إسرائيل.", "ACCUSE", ["-:EDU", "ISR:None"]),
    # fa: the state marked by "از"/"به" right before its verb
    ("fa", "رئیس قوه قضاییه از اسرائیل انتقاد کرد.", "ACCUSE", ["-:JUD", "ISR:None"]),
    ("fa", "دانشجویان از اسرائیل انتقاد کردند.", "ACCUSE", ["-:EDU", "ISR:None"]),
    ("fa", "پلیس از اسرائیل انتقاد کرد.", "ACCUSE", ["-:COP", "ISR:None"]),
    ("fa", "شورشیان به سوریه حمله کردند.", "ASSAULT", ["-:REB", "SYR:None"]),
]


@pytest.mark.parametrize(("lang", "text", "etype", "want"), OBJECT_STATE)
def test_object_state_lends_no_code(lang: str, text: str, etype: str, want: list[str]) -> None:
    assert first_cast(text, lang, etype) == want


# What tells the agent's country keeps it: an adjective, a genitive, a
# place; the target state stays an actor of its own.
KEPT = [
    ("en", "The Iranian judiciary chief criticised Israel.", "ACCUSE", ["IRN:JUD", "ISR:None"]),
    ("en", "The Egyptian police chief criticised Turkey.", "ACCUSE", ["EGY:COP", "TUR:None"]),
    ("en", "Police in Cairo arrested protesters.", "COERCE", ["EGY:COP", "EGY:CVL"]),
    ("en", "Israeli police arrested Palestinians.", "COERCE", ["ISR:COP", "PSE:CVL"]),
    ("ar", "قائد الشرطة المصرية انتقد تركيا.", "ACCUSE", ["EGY:COP", "TUR:None"]),
    ("ar", "اعتقلت الشرطة في القاهرة متظاهرين.", "COERCE", ["EGY:COP", "EGY:CVL"]),
    ("ar", "اعتقلت الشرطة الإسرائيلية فلسطينيين.", "COERCE", ["ISR:COP", "PSE:CVL"]),
    ("fa", "رئیس قوه قضاییه ایران از اسرائیل انتقاد کرد.", "ACCUSE", ["IRN:JUD", "ISR:None"]),
    ("fa", "فرمانده پلیس مصر از ترکیه انتقاد کرد.", "ACCUSE", ["EGY:COP", "TUR:None"]),
    ("fa", "پلیس در قاهره معترضان را بازداشت کرد.", "COERCE", ["EGY:COP", "EGY:CVL"]),
    ("fa", "پلیس اسرائیل فلسطینیان را بازداشت کرد.", "COERCE", ["ISR:COP", "PSE:CVL"]),
]


@pytest.mark.parametrize(("lang", "text", "etype", "want"), KEPT)
def test_told_country_is_kept(lang: str, text: str, etype: str, want: list[str]) -> None:
    assert first_cast(text, lang, etype) == want


def test_owner_behind_glued_lam_is_no_counterpart() -> None:
    """Arabic "ل" glued to a state after an agent names its owner: the army
    of North Korea deploys, no other side (``OWNER_PREFIXES``)."""
    text = "ونشر الجيش الشعبي لكوريا الشمالية صواريخ على الجزيرتين."
    assert "PRK:MIL" in first_cast(text, "ar", "MOBILIZE")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Turkey arrested protesters."),
        ("ar", "اعتقلت تركيا متظاهرين في أنقرة."),
        ("fa", "ترکیه معترضان را در آنکارا بازداشت کرد."),
    ],
)
def test_state_before_its_agent_is_left_alone(lang: str, text: str) -> None:
    """A state named before the agent is mostly its own state acting on
    its people: the rule gives back no code there."""
    assert "TUR:CVL" in first_cast(text, lang, "COERCE")


def test_place_kept_with_two_states() -> None:
    """With two states named, the one the verb aims at is still a side of
    its own and the adjective's country stays the agent's (en, ar, fa)."""
    assert first_cast(
        "The Iranian judiciary chief criticised Israel and Britain.", "en", "ACCUSE"
    ) == [
        "IRN:JUD",
        "ISR:None",
    ]
    assert first_cast("قائد الشرطة المصرية انتقد تركيا وقطر.", "ar", "ACCUSE")[0] == "EGY:COP"
    assert first_cast("فرمانده پلیس مصر از ترکیه و قطر انتقاد کرد.", "fa", "ACCUSE")[0] == "EGY:COP"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "CAIRO, May 3 - Students condemned Israel."),
        ("ar", "القاهرة - الطلاب أدانوا إسرائيل."),
        ("fa", "قاهره- دانشجویان از اسرائیل انتقاد کردند."),
    ],
)
def test_dateline_still_places_the_agent(lang: str, text: str) -> None:
    """The code given back is the dateline's where there is one: students
    in a story from Cairo who condemn Israel are Egypt's, Israel a side."""
    assert first_cast(text, lang, "ACCUSE") == ["EGY:EDU", "ISR:None"]
