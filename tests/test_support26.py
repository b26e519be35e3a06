"""Round 26, the country of a bare agent noun. Sentences written for these
tests, the same event told in Arabic, Persian and English.

1. A state named as the backer of a deed ("بدعم من", "با حمایت", "backed
   by the", "with the support of") is a sponsor (``context.SPONSOR_OPENERS``):
   no side, and no country for the bare agents of its sentence ("the army",
   "the rebels"), which keep none when nothing else gives one. Supporting
   a state ("با حمایت از سوریه") is no backing of the deed.
2. Bombers only the United States flies (B-52, B-1B, B-2) are its air
   force, not the country of the state the sentence names (``NAMED_GROUPS``).
3. A head's title chained across the name of a unit (``context.UNIT_WORDS``)
   to a force ("رئیس سازمان عقیدتی سیاسی ارتش") heads part of that force:
   MIL, not a state's official (``mention_scan._in_unit``).
"""

from __future__ import annotations

import pytest

from casts import cast, run, types

# (lang, sentence, type, the cast of that type's events)
BACKED_DEED = [
    (
        "ar",
        "هاجم الجيش بدعم من الولايات المتحدة مواقع المتمردين.",
        "ASSAULT",
        {"-:MIL", "-:REB"},
    ),
    ("fa", "ارتش با حمایت آمریکا به مواضع شورشیان حمله کرد.", "ASSAULT", {"-:MIL", "-:REB"}),
    (
        "en",
        "The army, backed by the United States, attacked rebel positions.",
        "ASSAULT",
        {"-:MIL", "-:REB"},
    ),
    (
        "ar",
        "اعتقلت الشرطة بدعم من فرنسا عشرات المتظاهرين.",
        "COERCE",
        {"-:COP", "-:CVL"},
    ),
    ("fa", "پلیس با پشتیبانی فرانسه ده‌ها معترض را بازداشت کرد.", "COERCE", {"-:COP", "-:CVL"}),
    (
        "en",
        "The police, with the support of France, arrested dozens of protesters.",
        "COERCE",
        {"-:COP", "-:CVL"},
    ),
    (
        "ar",
        "هاجم الجيش بدعم جوي من الولايات المتحدة مواقع المتمردين.",
        "ASSAULT",
        {"-:MIL", "-:REB"},
    ),
    ("fa", "ارتش با حمایت هوایی آمریکا به مواضع شورشیان حمله کرد.", "ASSAULT", {"-:MIL", "-:REB"}),
    (
        "en",
        "The army attacked rebel positions with air support from the United States.",
        "ASSAULT",
        {"-:MIL", "-:REB"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actors"), BACKED_DEED)
def test_a_backer_lends_no_country(lang: str, text: str, etype: str, actors: set[str]) -> None:
    assert cast(run(text, lang), etype) == actors


# (lang, sentence): the backing a deed is done with is no SUPPORT of its own
BACKING_NO_EVENT = [
    ("ar", "هاجم الجيش مواقع المتمردين بدعم من الولايات المتحدة."),
    ("fa", "ارتش با حمایت آمریکا به مواضع شورشیان حمله کرد."),
    ("en", "The army attacked rebel positions with the support of the United States."),
]


@pytest.mark.parametrize(("lang", "text"), BACKING_NO_EVENT)
def test_backing_is_no_support_event(lang: str, text: str) -> None:
    assert types(text, lang) == {"ASSAULT"}


# (lang, sentence, type, a code that must stay a side): a state supporting
# another ("با حمایت از سوریه") is no backer of a deed
SUPPORTING_A_STATE = [
    ("ar", "أعلنت إيران دعمها لسوريا.", "SUPPORT", "IRN"),
    ("fa", "ایران با حمایت از سوریه، آمریکا را محکوم کرد.", "ACCUSE", "IRN"),
    ("en", "Iran, in support of Syria, condemned the United States.", "ACCUSE", "IRN"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "code"), SUPPORTING_A_STATE)
def test_supporting_a_state_keeps_it(lang: str, text: str, etype: str, code: str) -> None:
    assert any(a.startswith(f"{code}:") for a in cast(run(text, lang), etype))


# (lang, sentence, type, the cast of that type's events): bombers only the
# United States flies are its air force, not the country of the state
# they strike (``agents.NAMED_GROUPS``)
US_BOMBERS = [
    ("ar", "هاجمت قاذفات بي-52 إيران.", "ASSAULT", {"USA:MIL", "IRN:"}),
    ("fa", "بمب افکن‌های بی ۵۲ به ایران حمله کردند.", "ASSAULT", {"USA:MIL", "IRN:"}),
    ("en", "B-52 bombers attacked Iran.", "ASSAULT", {"USA:MIL", "IRN:"}),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actors"), US_BOMBERS)
def test_us_bombers_are_the_us_air_force(
    lang: str, text: str, etype: str, actors: set[str]
) -> None:
    assert cast(run(text, lang), etype) == actors


# (lang, sentence): the head of a unit of the army is an officer of the army
# (English names the army before the unit: its one mention is the army's)
UNIT_HEAD = [
    ("ar", "انتقد رئيس هيئة التوجيه المعنوي بالجيش الحكومة."),
    ("fa", "رئیس سازمان عقیدتی سیاسی ارتش از دولت انتقاد کرد."),
    ("en", "The head of the army's political directorate criticised the government."),
]


@pytest.mark.parametrize(("lang", "text"), UNIT_HEAD)
def test_the_head_of_an_army_unit_is_military(lang: str, text: str) -> None:
    events = [e for e in run(text, lang).events if e.type == "ACCUSE"]
    assert events
    assert [a.agent for a in events[0].actors] == ["MIL", "GOV"]
