"""A claim of responsibility names the doer of an attack; a sponsor named
before or after an armed group takes no part; tribal fighters and named armed
movements are armed actors, not their country (sentences written for these
tests, in ar, fa and en)."""

from __future__ import annotations

import pytest

from casts import cast, run

CLAIMED = [
    ("ar", "قتل 12 شخصا في تفجير انتحاري استهدف سوقا في بغداد، وتبناه تنظيم الدولة الإسلامية."),
    (
        "fa",
        "در انفجار یک بمب در بازار کابل ۱۰ نفر کشته شدند و داعش مسئولیت این حمله را بر عهده گرفت.",
    ),
    (
        "en",
        "A suicide bombing killed 12 people at a market in Baghdad; the Islamic State claimed responsibility.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CLAIMED)
def test_claimer_is_the_attacker(lang: str, text: str) -> None:
    record = run(text, lang, "2024-05-01")
    attacks = [e for e in record.events if e.type == "ASSAULT"]
    assert attacks
    for e in attacks:
        assert e.actors[0].agent == "REB"
        assert "UAF" not in {a.agent for a in e.actors}
    # the killing has its victims (a second verb, "targeted a market in
    # Baghdad", may tell the place struck as its own event)
    assert any(a.agent == "CVL" for e in attacks for a in e.actors)


UNCLAIMED = [
    ("ar", "قتل 12 شخصا في تفجير انتحاري في بغداد، ونفت حركة الشباب مسؤوليتها عن الهجوم."),
    ("fa", "هنوز هیچ گروهی مسئولیت انفجار بازار کابل را که ۱۰ کشته داشت بر عهده نگرفته است."),
    ("en", "A suicide bombing killed 12 people in Baghdad; Hamas denied claims of responsibility."),
]


@pytest.mark.parametrize(("lang", "text"), UNCLAIMED)
def test_no_or_denied_claim_names_no_doer(lang: str, text: str) -> None:
    record = run(text, lang, "2024-05-01")
    assert not any(
        e.actors and e.actors[0].agent == "REB" for e in record.events if e.type == "ASSAULT"
    )


def test_claim_is_no_agreement_in_persian() -> None:
    record = run("گروه طالبان مسئولیت حمله به پایگاه ارتش افغانستان را پذیرفت.", "fa", "2019-05-01")
    assert not [e for e in record.events if e.type == "AGREE"]


def test_claim_leaves_a_state_of_emergency_to_the_state() -> None:
    text = "أعلن الرئيس الفرنسي حالة الطوارئ بعد هجمات في باريس تبناها تنظيم داعش."
    assert "-:REB" not in cast(run(text, "ar", "2024-05-01"), "COERCE")
    assert "FRA:REB" not in cast(run(text, "ar", "2024-05-01"), "COERCE")


SPONSORED = [
    ("ar", "اتهمت الحكومة العراقية الفصائل المدعومة من تركيا بمهاجمة قرية في دهوك.", "TUR"),
    ("en", "Militias loyal to Iran attacked a US base in Syria.", "IRN"),
]


@pytest.mark.parametrize(("lang", "text", "sponsor"), SPONSORED)
def test_sponsor_takes_no_part(lang: str, text: str, sponsor: str) -> None:
    record = run(text, lang, "2024-05-01")
    assert all(a.code != sponsor for e in record.events for a in e.actors)


TRIBAL = [
    ("ar", "اندلعت اشتباكات قبلية عنيفة في جنوب ليبيا أسفرت عن مقتل عشرة."),
    ("fa", "درگیری قبیله ای در جنوب لیبی ده کشته برجای گذاشت."),
    ("en", "Armed tribesmen attacked the local government headquarters in Marib, Yemen."),
]


@pytest.mark.parametrize(("lang", "text"), TRIBAL)
def test_tribal_fighters_are_armed_men(lang: str, text: str) -> None:
    assert any(x.endswith(":UAF") for x in cast(run(text, lang, "2024-05-01"), "ASSAULT"))


NAMED = [
    ("en", "AQAP fighters kidnapped Yemeni soldiers in Abyan.", "AQAP", "REB"),
    ("en", "Peshmerga forces killed three ISIS fighters near Kirkuk.", "Peshmerga", "MIL"),
    ("fa", "نیروهای پیشمرگه سه عضو داعش را در نزدیکی کرکوک کشتند.", "پیشمرگه", "MIL"),
    ("ar", "قتل عنصران من البيشمركة في هجوم لداعش في كركوك.", "البيشمركة", "MIL"),
]


@pytest.mark.parametrize(("lang", "text", "name", "agent"), NAMED)
def test_named_armed_movements(lang: str, text: str, name: str, agent: str) -> None:
    actors = [a for e in run(text, lang, "2024-05-01").events for a in e.actors]
    assert any(a.name and name in a.name and a.agent == agent for a in actors)
