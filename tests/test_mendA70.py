"""Mends of round 70's review (mendA70); every sentence written for these
tests.

- Troops counted after a verb of sending are the sender's only where the
  verb is the state's own (``participants._near``, ``_sends``): not after
  another verb or noun ("opposed plans to deploy", "رفضت … خطة نشر"), nor
  with a trigger of another type between ("threatened to send").
- A ceasefire ("وقف إطلاق النار") names no shooting, and a shooting called
  an accident is no one's attack (``status.CEASEFIRE_CUES``,
  ``ACCIDENT_CUES``; ``victims_only.attack_told``, ``_no_attacker``).
- Persian "جریان است" is also "is (this) faction": only "در جریان است"
  tells a deed going on (``fa/context.ONGOING_PREDICATES``).
- The war noun closed by a verb of occurrence is armed clashes only when
  the word right after it opens its sides or place, or names a side; an
  adjective after it makes it a figure (``context.CLOSED_SIDE_NOUNS``,
  ``CLOSED_SIDE_OPENERS``; ``closed._sides_follow``).
"""

from __future__ import annotations

import pytest

from casts import cast, run, types

# --- troops counted after a verb of sending ---

# the sending is another's deed or what the state opposes or threatens:
# (sentence, language, type, the actor that must not be there)
NOT_SENT: list[tuple[str, str, str, str]] = [
    ("Germany opposed plans to deploy about 4,000 troops in Mali.", "en", "REJECT", "DEU:MIL"),
    ("Egypt threatened to send about 5,000 troops to Sudan.", "en", "THREATEN", "EGY:MIL"),
    ("رفضت ألمانيا خطة نشر نحو ثلاثة آلاف جندي في مالي.", "ar", "REJECT", "DEU:MIL"),
]


@pytest.mark.parametrize(("text", "lang", "etype", "absent"), NOT_SENT)
def test_troops_another_verb_names_are_not_the_senders(
    text: str, lang: str, etype: str, absent: str
) -> None:
    actors = cast(run(text, lang), etype)
    assert actors, f"no {etype} in {text}"
    assert absent not in actors, actors


# the state is the subject of its sending verb: its troops (guards; the
# Arabic one with a clitic "ل" read off the verb)
SENT: list[tuple[str, str, str, str]] = [
    ("Spain decided to send about 600 soldiers to Lebanon.", "en", "MOBILIZE", "ESP:MIL"),
    ("Russia withdrew about 1,000 troops from Syria.", "en", "RETREAT", "RUS:MIL"),
    ("تستعد إيطاليا لإرسال نحو خمسمئة جندي إلى ليبيا.", "ar", "MOBILIZE", "ITA:MIL"),
    ("سحبت روسيا نحو ألف جندي من سوريا.", "ar", "RETREAT", "RUS:MIL"),
    ("آلمان ۶۰۰ سرباز به مالی اعزام می‌کند.", "fa", "MOBILIZE", "DEU:MIL"),
]


@pytest.mark.parametrize(("text", "lang", "etype", "own"), SENT)
def test_troops_the_state_sends_stay_its_own(text: str, lang: str, etype: str, own: str) -> None:
    assert own in cast(run(text, lang), etype)


# --- a shooting that is a ceasefire's or an accident's ---

# no attack: (sentence, language)
NO_ATTACK: list[tuple[str, str]] = [
    ("قتل صياد في حادث عرضي بإطلاق النار في شمال إسبانيا.", "ar"),
    ("Three men died in a shooting accident at a range in northern Italy.", "en"),
    ("سه مرد بر اثر تیراندازی اتفاقی در شمال ایتالیا کشته شدند.", "fa"),
]


@pytest.mark.parametrize(("text", "lang"), NO_ATTACK)
def test_a_shooting_called_an_accident_is_no_assault(text: str, lang: str) -> None:
    assert "ASSAULT" not in types(text, lang)


def test_a_ceasefire_names_no_shooting() -> None:
    # the blast reads as it does with no ceasefire named: the shooting inside
    # "وقف إطلاق النار" is no word of an attack (no unnamed attackers made up)
    blast = "قتل خمسة أشخاص في انفجار في مدينة حلب بسوريا"
    truce = f"{blast} بعد يوم من خرق لوقف إطلاق النار."
    assert cast(run(truce, "ar"), "ASSAULT") == cast(run(f"{blast}.", "ar"), "ASSAULT")
    assert "SYR:UAF" not in cast(run(truce, "ar"), "ASSAULT")


# a shooting with no word of an accident stays an attack on its victims
# (guards): (sentence, language, the victims)
SHOOTINGS: list[tuple[str, str, str]] = [
    ("قتل أربعة أشخاص في إطلاق نار داخل مطعم في جنوب فرنسا.", "ar", "FRA:CVL"),
    ("Four people were killed in a shooting at a restaurant in northern Italy.", "en", "ITA:CVL"),
    ("چهار نفر در تیراندازی در یک رستوران در شمال ایتالیا کشته شدند.", "fa", "ITA:CVL"),
]


@pytest.mark.parametrize(("text", "lang", "victims"), SHOOTINGS)
def test_a_shooting_stays_an_attack(text: str, lang: str, victims: str) -> None:
    assert victims in cast(run(text, lang), "ASSAULT")


# --- Persian "در جریان است" ---


def test_persian_faction_is_no_deed_going_on() -> None:
    text = "حمله آمریکا به ونزوئلا آرزوی این جریان است."
    assert "ASSAULT" not in types(text, "fa")


def test_persian_clashes_going_on_stay() -> None:
    text = "درگیری میان پلیس و معترضان در مرکز شهر در جریان است."
    assert "ASSAULT" in types(text, "fa")


def test_english_fighting_going_on_stays() -> None:
    # guard: English reads fighting by its own trigger, untouched here
    text = "Fighting between the army and rebels is going on in the north."
    assert "ASSAULT" in types(text, "en")


# --- a war noun followed by an adjective is a figure ---

FIGURES: list[tuple[str, str]] = [
    ("تستمر الحرب الإلكترونية بين روسيا وأوكرانيا.", "ar"),
    ("جنگ دیپلماتیک میان مصر و ترکیه ادامه دارد.", "fa"),
    ("جنگ سایبری میان روسیه و اوکراین ادامه دارد.", "fa"),
    ("The diplomatic war between Qatar and Saudi Arabia continued.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), FIGURES)
def test_a_figurative_war_is_no_assault(text: str, lang: str) -> None:
    assert "ASSAULT" not in types(text, lang)


# a war between sides, in a place or a civil war stays armed clashes
WARS: list[tuple[str, str, set[str]]] = [
    ("تتواصل الحرب بين الجيش السوداني وقوات الدعم السريع.", "ar", {"SDN:MIL", "SDN:REB"}),
    ("تتواصل الحرب الأهلية في سوريا بين الجيش والمعارضة المسلحة.", "ar", {"SYR:MIL", "SYR:REB"}),
    ("جنگ داخلی میان ارتش و شورشیان در سودان ادامه دارد.", "fa", {"SDN:MIL", "SDN:REB"}),
    ("جنگ روسیه و اوکراین ادامه دارد.", "fa", {"RUS:", "UKR:"}),
]


@pytest.mark.parametrize(("text", "lang", "sides"), WARS)
def test_a_war_between_sides_stays(text: str, lang: str, sides: set[str]) -> None:
    found = cast(run(text, lang), "ASSAULT")
    assert sides <= found, found
