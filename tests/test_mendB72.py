"""Review mends of round 72's arabic72 (mendB72; every sentence written for
these tests).

(1) Troops a state threatens, refuses or agrees to send are no side of the
threat or the consent, but they stay the state's in the sending itself
("Kenya pledged to send troops to Haiti": MOBILIZE KEN:MIL; arabic72 had
stripped them from the sending too).

(2) Regret over one's own deed is no onlooker's: an armed body that regrets
a strike, or a deed marked as the regretter's ("its shelling", "لقصفها"),
keeps its doer; bare "regretted" is no cue ("regretted its decision to
withdraw" keeps the withdrawal).

(3) An accident's words veto only a ceasefire named after a time's word
("بعد يومين من وقف إطلاق النار", "two days after the ceasefire", "پس از آتش
بس"), not an agreement told in the same sentence; Persian "تصادف" alone
("بطور تصادفی", by chance) is no accident.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _events(text: str, lang: str, etype: str) -> list[set[tuple[str | None, str | None]]]:
    """The actors (code, agent) of each event of ``etype`` the text gives."""
    events = process(Document("t", text, lang=lang)).to_dict()["events"]
    return [{(a["code"], a["agent"]) for a in e["actors"]} for e in events if e["type"] == etype]


# (language, sentence, the sender's troops in the sending)
SENDINGS = [
    ("en", "Kenya pledged to send troops to Haiti.", ("KEN", "MIL")),
    ("en", "Pakistan approved sending troops to Saudi Arabia.", ("PAK", "MIL")),
    ("ar", "تعهدت مصر بإرسال قوات إلى الصومال.", ("EGY", "MIL")),
    ("ar", "وافق البرلمان الباكستاني على إرسال قوات إلى السعودية.", ("PAK", "MIL")),
]


@pytest.mark.parametrize(("lang", "text", "troops"), SENDINGS)
def test_troops_agreed_to_stay_the_senders(lang: str, text: str, troops: tuple[str, str]) -> None:
    assert any(troops in actors for actors in _events(text, lang, "MOBILIZE"))


# (language, sentence, type of the other deed, troops that are no side of it)
NOT_OF_THE_DEED = [
    ("ar", "وافق البرلمان الباكستاني على إرسال قوات إلى السعودية.", "AGREE", ("PAK", "MIL")),
    ("en", "Turkey threatened to send troops to Iraq.", "THREATEN", ("TUR", "MIL")),
    # a guard: Persian names no verb of sending before its troops
    ("fa", "پارلمان ترکیه با اعزام نیرو به لیبی موافقت کرد.", "AGREE", ("TUR", "MIL")),
]


@pytest.mark.parametrize(("lang", "text", "etype", "troops"), NOT_OF_THE_DEED)
def test_troops_are_no_side_of_the_consent(
    lang: str, text: str, etype: str, troops: tuple[str, str]
) -> None:
    found = _events(text, lang, etype)
    assert found
    assert all(troops not in actors for actors in found)


# (language, sentence, type, the doer that regrets its own deed)
OWN_REGRETS = [
    ("ar", "أعرب الجيش الأمريكي عن أسفه لقصف مستشفى في قندوز.", "ASSAULT", ("USA", "MIL")),
    ("ar", "أعربت إسرائيل عن أسفها لقصفها مدرسة في غزة.", "ASSAULT", ("ISR", None)),
    (
        "ar",
        "أعربت الحكومة الأمريكية عن أسفها للغارة التي شنتها على مستشفى في قندوز.",
        "ASSAULT",
        ("USA", "GOV"),
    ),
    (
        "en",
        "The US army expressed regret over the strike on a hospital in Kunduz.",
        "ASSAULT",
        ("USA", "MIL"),
    ),
    (
        "en",
        "Israel expressed regret over its shelling of a school in Gaza.",
        "ASSAULT",
        ("ISR", None),
    ),
    (
        "en",
        "Britain regretted its decision to withdraw from the agreement.",
        "RETREAT",
        ("GBR", None),
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "doer"), OWN_REGRETS)
def test_regret_over_own_deed_keeps_the_doer(
    lang: str, text: str, etype: str, doer: tuple[str, str | None]
) -> None:
    assert any(doer in actors for actors in _events(text, lang, etype))


# Guards: a government that regrets a killing is still no killer.
BYSTANDER_REGRETS = [
    ("en", "The Egyptian government expressed regret over the killing of two Sudanese soldiers."),
    ("ar", "أعربت الحكومة المصرية عن أسفها لمقتل جنديين سودانيين."),
    ("fa", "دولت مصر از کشته شدن دو سرباز سودانی ابراز تاسف کرد."),
]


@pytest.mark.parametrize(("lang", "text"), BYSTANDER_REGRETS)
def test_regretting_government_stays_out(lang: str, text: str) -> None:
    found = _events(text, lang, "ASSAULT")
    assert found
    assert all("EGY" not in {code for code, _ in actors} for actors in found)


def test_doer_named_after_its_verb_is_another() -> None:
    """A guard: "شنتها إسرائيل" names the raid's doer; the UN only regrets it."""
    text = "أعربت الأمم المتحدة عن أسفها للغارة التي شنتها إسرائيل على مدرسة في غزة."
    found = _events(text, "ar", "ASSAULT")
    assert found
    assert all("UN" not in {code for code, _ in actors} for actors in found)
    assert any("ISR" in {code for code, _ in actors} for actors in found)


# (language, sentence, the type the ceasefire or agreement is read as)
AGREED_BESIDE_ACCIDENT = [
    (
        "ar",
        "اتفقت الحكومة اليمنية والحوثيون على وقف إطلاق النار، فيما قتل ثلاثة في حادث سير.",
        "AGREE",
    ),
    (
        "en",
        "Ethiopia and Eritrea agreed to a ceasefire on Monday, a day after a bus crash "
        "killed four soldiers.",
        "AGREE",
    ),
    (
        "fa",
        "دولت سوریه و مخالفان بر آتش بس توافق کردند و بطور تصادفی این روز با جشن همزمان شد.",
        "RETREAT",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), AGREED_BESIDE_ACCIDENT)
def test_agreement_beside_an_accident_stays(lang: str, text: str, etype: str) -> None:
    assert _events(text, lang, etype)


# Guards: a ceasefire that only dates an accident is still no event.
ACCIDENT_AFTER_CEASEFIRE = [
    ("ar", "قتل جنديان في حادث سير في اليمن بعد يومين من وقف إطلاق النار.", "AGREE"),
    ("en", "Two soldiers died in a car crash in Yemen two days after the ceasefire.", "AGREE"),
    ("fa", "دو سرباز دو روز پس از آتش بس در یک تصادف رانندگی در یمن کشته شدند.", "RETREAT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), ACCIDENT_AFTER_CEASEFIRE)
def test_ceasefire_dating_an_accident_is_no_event(lang: str, text: str, etype: str) -> None:
    assert _events(text, lang, etype) == []
