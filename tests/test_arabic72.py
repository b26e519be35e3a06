"""Arabic readings left by earlier rounds (round 72, arabic72; every
sentence written for these tests).

(1) Regret and sorrow over a deed ("أعربت الحكومة عن أسفها لمقتل …",
"expressed regret over the killing of …") are no deed of force: who voices
them is no doer of the deed named after them (``status.ONLOOKER_CUES``).
The negative cases keep the doer of a deed told whole, and the adverb
"بكل أسف" (unfortunately), which names no one who regrets.

(2) A crime noun a comment names for a deed of force ("استنكرت تونس
الجريمة البشعة التي أودت بحياة طفل فلسطيني", "condemned the heinous crime
that resulted in the deaths of …"): whom its outcome names is its victim,
no target of the comment (``context.DEED_CRIME_NOUNS``). The negative cases
keep the doers a crime's phrase names.

(3) Troops after a verb of sending that is the object of the state's
threat, refusal or consent ("هددت مصر بإرسال نحو خمسة آلاف جندي", the verb
before the state; "Turkey threatened to send troops", the verb between)
are not sent: no side of that deed, neither the state's army nor the
destination's (``participants._threatened``). The negative cases keep the
army of a state that sends, or prepares to send, its troops.

(4) A ceasefire named in a sentence about a road or air accident ("قتل
ثلاثة جنود في حادث سير بعد يوم من وقف إطلاق النار") is a time's mark, no
agreement reported (``VETO_WORDS``: ar/en AGREE, fa RETREAT ceasefire). The
negative cases keep a ceasefire agreed or in force.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _events(text: str, lang: str, etype: str) -> list[list[tuple[str | None, str | None]]]:
    """The actors (code, agent) of each event of ``etype`` the text gives."""
    events = process(Document("t", text, lang=lang)).to_dict()["events"]
    return [[(a["code"], a["agent"]) for a in e["actors"]] for e in events if e["type"] == etype]


# (language, sentence, the state that only regrets, the state struck)
REGRETTED = [
    ("ar", "أعربت الحكومة المصرية عن أسفها لمقتل ثلاثة جنود أتراك.", "EGY", "TUR"),
    ("ar", "عبر الرئيس السوري عن حزنه لمقتل مواطنين لبنانيين في الانفجار.", "SYR", "LBN"),
    ("ar", "تأسف الأردن لمقتل جنديين مصريين قرب الحدود.", "JOR", "EGY"),
    ("ar", "أبدت قطر بالغ الأسف لمقتل صحفيين فرنسيين.", "QAT", "FRA"),
    (
        "en",
        "The Egyptian government expressed regret over the killing of three Turkish soldiers.",
        "EGY",
        "TUR",
    ),
    ("en", "Jordan regretted the killing of two Egyptian soldiers near the border.", "JOR", "EGY"),
    (
        "en",
        "The Syrian president voiced sorrow over the killing of Lebanese civilians.",
        "SYR",
        "LBN",
    ),
]


@pytest.mark.parametrize(("lang", "text", "regretter", "struck"), REGRETTED)
def test_regretting_state_is_no_killer(lang: str, text: str, regretter: str, struck: str) -> None:
    found = _events(text, lang, "ASSAULT")
    assert found, "the killing is still an event"
    for actors in found:
        assert regretter not in {code for code, _ in actors}
        assert struck in {code for code, _ in actors}


# A guard (mendB72: passes on e417cdad too): Persian "ابراز تاسف" is a
# trigger of its own and leaves the regretter out.
REGRET_GUARDS = [("fa", "دولت مصر از کشته شدن سه سرباز ترکیه ابراز تاسف کرد.", "EGY", "TUR")]


@pytest.mark.parametrize(("lang", "text", "regretter", "struck"), REGRET_GUARDS)
def test_persian_regret_stays_out(lang: str, text: str, regretter: str, struck: str) -> None:
    test_regretting_state_is_no_killer(lang, text, regretter, struck)


# The doer of a deed told whole stays, the adverb "unfortunately" beside it too.
DOERS_KEPT = [
    ("ar", "قتل الجيش المصري ثلاثة مسلحين في سيناء.", "EGY", "MIL"),
    ("ar", "وبكل أسف قصف الجيش السوري قرى لبنانية.", "SYR", "MIL"),
    ("en", "Unfortunately the Syrian army shelled Lebanese villages.", "SYR", "MIL"),
    ("fa", "ارتش سوریه روستاهای لبنان را گلوله باران کرد.", "SYR", "MIL"),
]


@pytest.mark.parametrize(("lang", "text", "code", "agent"), DOERS_KEPT)
def test_doer_of_a_deed_told_whole_stays(lang: str, text: str, code: str, agent: str) -> None:
    found = _events(text, lang, "ASSAULT")
    assert any((code, agent) in actors for actors in found)


# (language, sentence, event type, actors (code, agent) that must not be sides)
THREATENED_TROOPS = [
    (
        "ar",
        "هددت مصر بإرسال نحو خمسة آلاف جندي إلى السودان.",
        "THREATEN",
        {("EGY", "MIL"), ("SDN", "MIL")},
    ),
    ("ar", "هددت تركيا بإرسال قوات إلى سوريا.", "THREATEN", {("TUR", "MIL"), ("SYR", "MIL")}),
    ("ar", "رفضت روسيا إرسال نحو ألفي جندي إلى سوريا.", "REJECT", {("RUS", "MIL"), ("SYR", "MIL")}),
    (
        "en",
        "Turkey threatened to send troops to Syria.",
        "THREATEN",
        {("TUR", "MIL"), ("SYR", "MIL")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "not_sides"), THREATENED_TROOPS)
def test_threatened_troops_are_no_side(
    lang: str, text: str, etype: str, not_sides: set[tuple[str, str]]
) -> None:
    found = _events(text, lang, etype)
    assert found, "the threat or refusal is still an event"
    for actors in found:
        assert not not_sides & set(actors)


# A state that sends, or prepares to send, keeps its army as the sender.
SENT_TROOPS = [
    ("ar", "أرسلت روسيا نحو ألف جندي إلى سوريا.", "RUS"),
    ("ar", "تستعد بريطانيا لإرسال نحو ألف جندي إلى ليبيا.", "GBR"),
    ("en", "Russia sent about 500 troops to Syria.", "RUS"),
    ("fa", "روسیه ۵۰۰ سرباز به سوریه اعزام کرد.", "RUS"),
]


@pytest.mark.parametrize(("lang", "text", "code"), SENT_TROOPS)
def test_sent_troops_stay_the_senders(lang: str, text: str, code: str) -> None:
    found = _events(text, lang, "MOBILIZE")
    assert any((code, "MIL") in actors for actors in found)


# (language, sentence, the type a ceasefire is read as)
ACCIDENT_CEASEFIRES = [
    ("ar", "قتل ثلاثة جنود أتراك في حادث سير في سوريا بعد يوم من وقف إطلاق النار.", "AGREE"),
    ("ar", "لقي جنديان روسيان حتفهما في حادث عرضي في سوريا بعد أسبوع من وقف إطلاق النار.", "AGREE"),
    (
        "en",
        "Three Turkish soldiers were killed in a traffic accident in Syria a day after the "
        "ceasefire between Turkey and the Kurds.",
        "AGREE",
    ),
    (
        "fa",
        "سه سرباز ترکیه یک روز پس از آتش بس در یک حادثه رانندگی در سوریه کشته شدند.",
        "RETREAT",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), ACCIDENT_CEASEFIRES)
def test_ceasefire_beside_an_accident_is_no_event(lang: str, text: str, etype: str) -> None:
    assert _events(text, lang, etype) == []


AGREED_CEASEFIRES = [
    ("ar", "اتفقت إسرائيل وحماس على وقف إطلاق النار في غزة.", "AGREE"),
    ("ar", "دخل وقف إطلاق النار بين إسرائيل وحماس حيز التنفيذ.", "AGREE"),
    ("en", "Israel and Hamas agreed to a ceasefire in Gaza.", "AGREE"),
    ("fa", "آتش بس میان اسرائیل و حماس برقرار شد.", "RETREAT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), AGREED_CEASEFIRES)
def test_ceasefire_agreed_stays(lang: str, text: str, etype: str) -> None:
    assert _events(text, lang, etype)


# (language, sentence, the commenter, the state whose people the crime struck)
CRIME_VICTIMS = [
    ("ar", "استنكرت تونس الجريمة البشعة التي أودت بحياة طفل فلسطيني.", "TUN", "PSE"),
    ("ar", "أدانت مصر الجريمة التي أودت بحياة ثلاثة مواطنين أتراك.", "EGY", "TUR"),
    # mendB72: "أسفرت عن مقتل" passed on e417cdad too; "أودت بحياة" did not
    ("ar", "نددت الأردن بالجريمة التي أودت بحياة صحفيين فرنسيين.", "JOR", "FRA"),
    (
        "en",
        "Egypt condemned the heinous crime that resulted in the deaths of three Turkish citizens.",
        "EGY",
        "TUR",
    ),
]


@pytest.mark.parametrize(("lang", "text", "commenter", "struck"), CRIME_VICTIMS)
def test_crime_victims_are_no_target(lang: str, text: str, commenter: str, struck: str) -> None:
    found = _events(text, lang, "ACCUSE")
    assert any(commenter in {code for code, _ in actors} for actors in found)
    for actors in found:
        assert struck not in {code for code, _ in actors}


# The doers a crime's phrase names stay its target.
CRIME_DOERS = [
    ("ar", "أدانت مصر الجرائم التي ارتكبها الجيش الإسرائيلي.", "ISR"),
    ("en", "Egypt condemned the crimes committed by the Israeli army.", "ISR"),
    ("fa", "مصر جنایات ارتش اسرائیل را محکوم کرد.", "ISR"),
]


@pytest.mark.parametrize(("lang", "text", "doer"), CRIME_DOERS)
def test_crime_doers_stay(lang: str, text: str, doer: str) -> None:
    found = _events(text, lang, "ACCUSE")
    assert any(doer in {code for code, _ in actors} for actors in found)
