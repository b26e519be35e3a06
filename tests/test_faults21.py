"""Round 21 (faults21): faults found by the lead, each fixed for its class.

- Two modifiers of one head noun name two agents ("security and military
  forces", "نیروهای امنیتی و نظامی", "القوات الأمنية والعسكرية"): one side
  of two actors, as "police and soldiers" is.
- A Persian infinitive of a deed ("کشته شدن", the being killed) that a
  comment is about is the deed's noun ("مقتل", "the killing of"): its sides
  are its own phrase's, never the commenter's.
- An agreement named after words of commitment, violation, implementation
  or withdrawal is one referred to, no new agreement.
- People a deed of force strikes, described by a word of striking
  ("striking workers", "کارگران اعتصابی"), are its victims: their strike is
  no event of the sentence.
- The prisoners an exchange hands over are no side of it, nor of the
  agreement on it.
- An attack named after words of planning did not happen; a state that
  boycotts a meeting protests by itself (no crowd, no government against).
- The head of an Arabic relative clause ("المسلحين الذين هاجموا") is its
  verb's doer, not the main clause's subject.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from casts import cast, first_cast, run, types

SHARED_HEAD = [
    ("Iraqi security and military forces attacked the demonstrators in Basra.", "en"),
    ("نیروهای امنیتی و نظامی عراق در بصره به تظاهرکنندگان حمله کردند.", "fa"),
    ("هاجمت القوات الأمنية والعسكرية العراقية المتظاهرين في البصرة.", "ar"),
    ("Security and military forces attacked the village.", "en"),
    ("نیروهای امنیتی و نظامی به روستا حمله کردند.", "fa"),
]


@pytest.mark.parametrize(("text", "lang"), SHARED_HEAD)
def test_two_modifiers_of_one_head_are_two_agents(text: str, lang: str) -> None:
    agents = {a.split(":")[1] for a in cast(run(text, lang), "ASSAULT")}
    assert {"COP", "MIL"} <= agents


ONE_AGENT = [
    ("Iraqi and American forces attacked the town.", "en", {"IRQ:MIL", "USA:MIL"}),
    ("Police and soldiers attacked the protesters.", "en", {"-:COP", "-:MIL", "-:CVL"}),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ONE_AGENT)
def test_other_lists_of_forces_are_unchanged(text: str, lang: str, expected: set[str]) -> None:
    assert cast(run(text, lang), "ASSAULT") == expected


COMMENTED_KILLING = [
    ("ترکیه کشته شدن چهار سرباز عراقی در موصل را محکوم کرد.", "fa"),
    ("أدانت تركيا مقتل أربعة جنود عراقيين في الموصل.", "ar"),
    ("Turkey condemned the killing of four Iraqi soldiers in Mosul.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), COMMENTED_KILLING)
def test_the_condemner_is_no_side_of_the_killing(text: str, lang: str) -> None:
    record = run(text, lang)
    assert not any(a.startswith("TUR") for a in cast(record, "ASSAULT"))
    assert any(a.startswith("TUR") for a in cast(record, "ACCUSE"))


def test_a_persian_infinitive_that_is_condemned_is_a_killing_of_its_victims() -> None:
    record = run("ترکیه کشته شدن چهار سرباز عراقی در موصل را محکوم کرد.", "fa")
    assert "IRQ:MIL" in cast(record, "ASSAULT")


def test_an_infinitive_of_going_on_keeps_its_subject() -> None:
    record = run("کشورهای غربی مشغول خارج کردن کارکنان خود از کابل هستند.", "fa")
    assert "RETREAT" in {e.type for e in record.events}


REFERRED_AGREEMENT = [
    ("Iran said that Washington had violated the nuclear agreement.", "en"),
    ("ایران گفت واشنگتن توافق هسته ای را نقض کرده است.", "fa"),
    ("قالت إيران إن واشنطن انتهكت الاتفاق النووي.", "ar"),
    ("The minister stressed that Iraq remains committed to the agreement with Turkey.", "en"),
    ("وزیر بر پایبندی عراق به توافق با ترکیه تاکید کرد.", "fa"),
    ("أكد الوزير التزام العراق بالاتفاق مع تركيا.", "ar"),
    ("Tehran condemned the withdrawal of the United States from the agreement.", "en"),
    ("تهران خروج آمریکا از توافق را محکوم کرد.", "fa"),
    ("أدانت طهران انسحاب الولايات المتحدة من الاتفاق.", "ar"),
]


@pytest.mark.parametrize(("text", "lang"), REFERRED_AGREEMENT)
def test_a_referred_agreement_is_no_new_agreement(text: str, lang: str) -> None:
    assert "AGREE" not in types(text, lang)


NEW_AGREEMENT = [
    ("Iraq and Turkey signed an agreement on water.", "en"),
    ("عراق و ترکیه توافق نامه ای درباره آب امضا کردند.", "fa"),
    ("وقع العراق وتركيا اتفاقا بشأن المياه.", "ar"),
]


@pytest.mark.parametrize(("text", "lang"), NEW_AGREEMENT)
def test_a_signed_agreement_stays_one(text: str, lang: str) -> None:
    assert "AGREE" in types(text, lang)


STRIKERS_SHOT = [
    ("Police opened fire on striking miners near the mine.", "en"),
    ("پلیس در نزدیکی معدن به سوی معدنچیان اعتصابی تیراندازی کرد.", "fa"),
    ("أطلقت الشرطة النار على عمال المناجم المضربين قرب المنجم.", "ar"),
]


@pytest.mark.parametrize(("text", "lang"), STRIKERS_SHOT)
def test_strikers_who_are_shot_are_victims_not_a_protest(text: str, lang: str) -> None:
    found = types(text, lang)
    assert "ASSAULT" in found
    assert "PROTEST" not in found


def test_strikers_who_rally_still_protest() -> None:
    assert "PROTEST" in types("Striking workers rallied outside the ministry.", "en")


PRISONER_SWAP = [
    ("وافقت روسيا على تبادل الأسرى مع أوكرانيا.", "ar"),
    # the exchange governed by "agreed to" is a trigger of its own since requests28
    ("Russia agreed to exchange prisoners with Ukraine.", "en"),
    ("روسیه با تبادل زندانیان با اوکراین موافقت کرد.", "fa"),
]


@pytest.mark.parametrize(("text", "lang"), PRISONER_SWAP)
def test_the_prisoners_exchanged_are_no_side(text: str, lang: str) -> None:
    record = run(text, lang)
    assert cast(record, "AGREE") == {"RUS:", "UKR:"}
    assert all(not a.endswith("CVL") for e in record.events for a in cast(record, e.type))


PLANNED_ATTACK = [
    ("Police in Mosul arrested two men suspected of planning an attack on a market.", "en"),
    ("اعتقلت الشرطة في الموصل رجلين يشتبه بتخطيطهم لشن هجوم على سوق.", "ar"),
    ("پلیس موصل دو مرد را به ظن طراحی حمله به یک بازار بازداشت کرد.", "fa"),
    ("Police detained a student accused of plotting an attack on the embassy.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), PLANNED_ATTACK)
def test_a_planned_attack_is_no_attack(text: str, lang: str) -> None:
    found = types(text, lang)
    assert "COERCE" in found
    assert "ASSAULT" not in found


def test_an_attack_carried_out_stays_one() -> None:
    assert "ASSAULT" in types("Gunmen attacked a market in Mosul.", "en")


STATE_BOYCOTT = [
    ("Turkey boycotted the talks in Vienna.", "en"),
    ("قاطعت تركيا مؤتمر فيينا.", "ar"),
    ("ترکیه کنفرانس وین را تحریم کرد.", "fa"),
]


@pytest.mark.parametrize(("text", "lang"), STATE_BOYCOTT)
def test_a_state_boycotting_a_meeting_protests_by_itself(text: str, lang: str) -> None:
    record = run(text, lang)
    assert {a.split(":")[0] for a in cast(record, "PROTEST")} == {"TUR"}
    assert not any(a.endswith("CVL") for a in cast(record, "PROTEST"))


GOODS_BOYCOTT = [
    ("قاطعت السعودية البضائع التركية.", "ar"),
    ("آمریکا ایران را تحریم کرد.", "fa"),
]


@pytest.mark.parametrize(("text", "lang"), GOODS_BOYCOTT)
def test_a_boycott_of_goods_or_a_state_stays_a_sanction(text: str, lang: str) -> None:
    assert "SANCTION" in types(text, lang)


RELATIVE_ATTACKERS = [
    ("اعتقلت الشرطة العراقية المسلحين الذين هاجموا السوق.", "ar"),
    ("The Iraqi police arrested the gunmen who attacked the market.", "en"),
    pytest.param(
        "پلیس عراق افراد مسلحی را که به بازار حمله کرده بودند بازداشت کرد.",
        "fa",
        marks=pytest.mark.xfail(
            strict=True, reason="a Persian relative clause's head is not yet its verb's doer"
        ),
    ),
]


@pytest.mark.parametrize(("text", "lang"), RELATIVE_ATTACKERS)
def test_the_head_of_a_relative_clause_is_its_verbs_doer(text: str, lang: str) -> None:
    assert first_cast(text, lang, "ASSAULT")[0] == "IRQ:UAF"
    assert "IRQ:COP" not in cast(run(text, lang), "ASSAULT")
