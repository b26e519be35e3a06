"""Shared participant rules, in Arabic, Persian and English.

The understood side of an event (protesters against the government, arrests
by the police, attacks by unidentified attackers), types decided by who acts
(a court's accusation is a legal act, a ban at home a restriction), codes
the text does not give (international NGOs, agents in a text naming no
country), speakers of reported deeds and places as non-participants.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.extract.implied import add_implied, type_by_source
from diplowatch.model import Actor, Document, Record
from diplowatch.pipeline import process


def run(text: str, lang: str) -> Record:
    return process(Document(doc_id="t", text=text, lang=lang, published="2024-04-23"))


def agents(record: Record, etype: str) -> set[str]:
    return {
        f"{a.code or '-'}:{a.agent}"
        for e in record.events
        if e.type == etype
        for a in e.actors
        if a.agent
    }


def codes(record: Record, etype: str) -> set[str | None]:
    return {a.code for e in record.events if e.type == etype for a in e.actors}


@pytest.mark.parametrize(
    ("lang", "text", "etype", "want"),
    [
        ("en", "Protests spread in Basra.", "PROTEST", {"IRQ:CVL", "IRQ:GOV"}),
        ("ar", "تظاهر آلاف المحتجين في القاهرة يوم الجمعة.", "PROTEST", {"EGY:CVL", "EGY:GOV"}),
        ("fa", "اعتراضات در چند شهر خوزستان ادامه یافت.", "PROTEST", {"IRN:CVL", "IRN:GOV"}),
        ("en", "A journalist was arrested in Cairo.", "COERCE", {"EGY:MED", "EGY:COP"}),
        ("ar", "اعتقل صحفي في القاهرة.", "COERCE", {"EGY:MED", "EGY:COP"}),
        ("fa", "یک روزنامه‌نگار در اصفهان بازداشت شد.", "COERCE", {"IRN:MED", "IRN:COP"}),
        ("en", "A car bomb exploded in Kabul, killing seven people.", "ASSAULT", {"AFG:UAF"}),
        ("fa", "در انفجار یک بمب در کابل هفت نفر کشته شدند.", "ASSAULT", {"AFG:UAF"}),
    ],
)
def test_the_understood_side_is_added(lang: str, text: str, etype: str, want: set[str]) -> None:
    assert want <= agents(run(text, lang), etype)


def test_named_sides_are_not_doubled() -> None:
    police = [Actor("IRQ", agent="COP"), Actor("IRQ", agent="CVL")]
    assert add_implied("COERCE", police, "IRQ") == police
    state = [Actor("IRN"), Actor("GBR")]  # a state as a whole acts through its government
    assert add_implied("COERCE", state, None) == state
    assert add_implied("CONSULT", [Actor("IRN")], "IRN") == [Actor("IRN")]


def test_type_by_who_acts() -> None:
    court = [Actor("EGY", agent="JUD"), Actor("EGY", agent="MED")]
    assert type_by_source("ACCUSE", "condemn", court) == "COERCE"
    assert type_by_source("ACCUSE", "criticise", court) == "ACCUSE"
    fleet = [Actor("IRN", agent="MIL"), Actor("OMN")]
    assert type_by_source("CONSULT", "visit", fleet) == "MOBILIZE"
    workers = [Actor("IRN", agent="LAB")]
    assert type_by_source("ACCUSE", "protest", workers) == "PROTEST"
    state = [Actor("IRN"), Actor("GBR")]
    assert type_by_source("ACCUSE", "protest", state) == "ACCUSE"
    home = [Actor("IRN", agent="GOV"), Actor("IRN", agent="BUS")]
    assert type_by_source("SANCTION", "sanction", home) == "COERCE"
    assert type_by_source("SANCTION", "sanction", state) == "SANCTION"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The court accused the journalist of espionage."),
        ("ar", "اتهمت المحكمة الصحفي بالتجسس."),
        ("fa", "دادستانی یک فعال مدنی را به جاسوسی متهم کرد."),
    ],
)
def test_an_accusation_stays_an_accusation_whoever_makes_it(lang: str, text: str) -> None:
    record = run(text, lang)
    assert {e.type for e in record.events} == {"ACCUSE"}
    assert "-:JUD" in agents(record, "ACCUSE")


def test_a_court_that_condemns_sentences() -> None:
    record = run("دادگاه این روزنامه‌نگار را به اتهام نشر اکاذیب محکوم کرد.", "fa")
    assert {e.type for e in record.events} == {"COERCE"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Iranian government imposed sanctions on Iranian companies."),
        ("ar", "فرضت الحكومة الإيرانية عقوبات على شركات إيرانية."),
        ("fa", "دولت ایران شرکت‌های ایرانی را تحریم کرد."),
    ],
)
def test_sanctions_at_home_are_restrictions(lang: str, text: str) -> None:
    found = {e.type for e in run(text, lang).events}
    assert "COERCE" in found and "SANCTION" not in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Amnesty International criticised Egypt."),
        ("fa", "عفو بین‌الملل از مصر انتقاد کرد."),
    ],
)
def test_international_ngo_has_no_country(lang: str, text: str) -> None:
    assert "-:NGO" in agents(run(text, lang), "ACCUSE")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police arrested 20 protesters."),
        ("ar", "اعتقلت الشرطة عشرين متظاهرا."),
        ("fa", "پلیس بیست معترض را بازداشت کرد."),
    ],
)
def test_agents_of_a_text_naming_no_country_take_part(lang: str, text: str) -> None:
    assert agents(run(text, lang), "COERCE") == {"-:COP", "-:CVL"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", 'The French foreign minister said: "Russian troops attacked the village."'),
        ("ar", "قال وزير الخارجية الفرنسي: «هاجمت القوات الروسية القرية»."),
        ("fa", "وزیر خارجه فرانسه گفت: «نیروهای روسیه روستا را گلوله‌باران کردند.»"),
    ],
)
def test_the_speaker_of_a_reported_deed_takes_no_part(lang: str, text: str) -> None:
    assert codes(run(text, lang), "ASSAULT") == {"RUS"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police in Bahrain arrested three activists."),
        ("ar", "اعتقلت الشرطة في البحرين ثلاثة ناشطين."),
        ("fa", "پلیس در بحرین سه فعال مدنی را بازداشت کرد."),
    ],
)
def test_a_place_locates_agents_and_is_no_party(lang: str, text: str) -> None:
    record = run(text, lang)
    assert agents(record, "COERCE") == {"BHR:COP", "BHR:OPP"}
    assert all(a.agent for e in record.events for a in e.actors)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The ministers of Japan, Korea and the foreign minister of China met in Seoul."),
        ("ar", "اجتمع وزراء خارجية اليابان وكوريا ووزير خارجية الصين في سيول."),
        ("fa", "وزیران خارجه ژاپن، کره جنوبی و وزیر خارجه چین در سئول دیدار کردند."),
    ],
)
def test_a_title_in_a_list_keeps_the_list_together(lang: str, text: str) -> None:
    meetings = [e for e in run(text, lang).events if e.type == "CONSULT"]
    assert any({"JPN", "KOR", "CHN"} <= {a.code for a in e.actors} for e in meetings)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Three journalists were released in Cairo."),
        ("ar", "أفرجت السلطات عن ثلاثة صحفيين في القاهرة."),
        ("fa", "سه روزنامه‌نگار در تهران آزاد شدند."),
    ],
)
def test_a_release_may_name_one_side(lang: str, text: str) -> None:
    assert "CONCEDE" in {e.type for e in run(text, lang).events}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "هددت كوريا الشمالية بمهاجمة اليابان."),
        ("fa", "کره شمالی ژاپن را به حمله موشکی تهدید کرد."),
    ],
)
def test_a_threatened_attack_is_no_attack(lang: str, text: str) -> None:
    assert {e.type for e in run(text, lang).events} == {"THREATEN"}
