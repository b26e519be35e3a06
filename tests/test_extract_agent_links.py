"""How agents get their country and merge with named actors
(extract/actors.py, extract/participants.py): a country adjective a few
words before its title, adjectives coordinated before one title, countries
coordinated after "of", a movement's own fighters, a country owning its
party, stateless NGOs, troops of coordinated states, countries after a
preposition of place, places as the other side of withdrawals and strikes.

Sentences written for these tests (en, with ar and fa where the rule is
shared by every language).
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document, Record
from diplowatch.pipeline import process


def run(text: str, lang: str = "en") -> Record:
    return process(Document(doc_id="t", text=text, lang=lang))


def pairs(record: Record, etype: str | None = None) -> set[tuple[str | None, str | None]]:
    return {
        (a.code, a.agent)
        for e in record.events
        if etype is None or e.type == etype
        for a in e.actors
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Turkish opposition leader Ozgur Ozel criticised the government on Monday.",
            ("TUR", "OPP"),
        ),
        ("Iranian hardline clerics condemned the Saudi decision.", ("IRN", "REL")),
        ("A Greek-owned oil tanker was seized by Iran's navy in the Gulf.", ("GRC", "BUS")),
    ],
)
def test_a_country_adjective_reaches_its_title_across_plain_words(
    text: str, want: tuple[str, str]
) -> None:
    assert want in pairs(run(text))


def test_a_sponsor_is_not_the_country_of_the_fighters() -> None:
    record = run("Russian-backed separatists attacked Ukrainian positions near Donetsk.")
    assert ("RUS", "REB") not in pairs(record)


def test_coordinated_adjectives_share_one_title() -> None:
    record = run("Chinese and Russian warships held joint drills near Alaska.")
    assert {("CHN", "MIL"), ("RUS", "MIL")} <= pairs(record, "MOBILIZE")


def test_countries_coordinated_after_of_share_the_title() -> None:
    record = run("The foreign ministers of Egypt and Jordan met in Amman on Sunday.")
    assert {("EGY", "GOV"), ("JOR", "GOV")} <= pairs(record, "CONSULT")


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Hezbollah fighters attacked an Israeli army post.", "en", ("LBN", "REB")),
        ("هاجم مقاتلو حزب الله شمال إسرائيل.", "ar", ("LBN", "REB")),
        ("شبه‌نظامیان حزب‌الله به شمال اسرائیل حمله کردند.", "fa", ("LBN", "REB")),
    ],
)
def test_a_movements_fighters_are_the_movement(text: str, lang: str, want: tuple[str, str]) -> None:
    record = run(text, lang)
    assert want in pairs(record, "ASSAULT")
    assert not {a for a in pairs(record, "ASSAULT") if a[1] == "REB" and a[0] != want[0]}


def test_a_country_owning_its_party_is_the_party() -> None:
    record = run("Hungary's ruling Fidesz party praised the Slovak prime minister.")
    [event] = [e for e in record.events if e.type == "SUPPORT"]
    assert ("HUN", "PTY") in {(a.code, a.agent) for a in event.actors}
    assert ("HUN", None) not in {(a.code, a.agent) for a in event.actors}


def test_an_international_ngo_has_no_country() -> None:
    record = run("Amnesty International accused Egyptian police of torturing detainees in Cairo.")
    assert (None, "NGO") in pairs(record, "ACCUSE")


def test_troops_of_coordinated_states_are_both_armies() -> None:
    record = run("India and China began pulling troops back from the Himalayan border.")
    assert {("IND", "MIL"), ("CHN", "MIL")} <= pairs(record, "RETREAT")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Police in Kenya arrested 12 opposition activists on Tuesday.", ("KEN", "COP")),
        ("Gunmen killed eight villagers in northern Nigeria on Sunday.", ("NGA", "CVL")),
        ("Kurdish fighters in eastern Syria clashed with Turkish troops.", ("SYR", "REB")),
    ],
)
def test_a_country_after_a_preposition_of_place_gives_its_agents_their_country(
    text: str, want: tuple[str, str]
) -> None:
    assert want in pairs(run(text))


def test_the_country_of_a_place_is_no_party_to_a_meeting_there() -> None:
    record = run("Iranian and Saudi officials held talks in Iraq on Friday.")
    assert "IRQ" not in {code for code, _ in pairs(record, "CONSULT")}


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("France withdrew its last troops from Niger in December.", "en", {"FRA", "NER"}),
        ("Russian forces pulled out of Kherson city in Ukraine.", "en", {"RUS", "UKR"}),
        ("انسحبت القوات الروسية من مواقع في أوكرانيا.", "ar", {"RUS", "UKR"}),
    ],
)
def test_the_country_left_is_the_other_side_of_a_withdrawal(
    text: str, lang: str, want: set[str]
) -> None:
    assert want <= {code for code, _ in pairs(run(text, lang), "RETREAT")}


def test_states_acting_together_are_not_each_others_target() -> None:
    record = run("Saudi Arabia and the United States called for a ceasefire in Sudan.")
    assert not [
        e
        for e in record.events
        if e.type == "REQUEST" and {"SAU", "USA"} <= {a.code for a in e.actors}
    ]


def test_each_clause_has_its_own_participants() -> None:
    record = run(
        "Mexico cut diplomatic ties with Ecuador after Ecuadorian police stormed the"
        " Mexican embassy in Quito."
    )
    assert {("ECU", "COP"), ("MEX", "GOV")} <= pairs(record, "COERCE")
    assert {code for code, _ in pairs(record, "SANCTION")} == {"MEX", "ECU"}


def test_a_clause_opened_by_while_is_its_own() -> None:
    record = run(
        "The United Nations urged restraint, while the World Food Programme said it had"
        " delivered food to families in Darfur."
    )
    assert {code for code, _ in pairs(record, "AID")} == {"WFP", "SDN"}


def test_a_side_named_without_a_country_completes_the_event() -> None:
    record = run("Yemen's Houthi rebels freed 25 crew members on Sunday, Omani mediators said.")
    assert {("YEM", "REB"), (None, "CVL")} <= pairs(record, "CONCEDE")
    assert "OMN" not in {code for code, _ in pairs(record, "CONCEDE")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The United Arab Emirates sent humanitarian aid to Gaza on Monday.", "en"),
        ("أرسلت الإمارات مساعدات إنسانية إلى غزة.", "ar"),
        ("امارات کمک‌های بشردوستانه به غزه ارسال کرد.", "fa"),
    ],
)
def test_aid_to_a_place_goes_to_its_country(text: str, lang: str) -> None:
    assert {"ARE", "PSE"} <= {code for code, _ in pairs(run(text, lang), "AID")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The European Union demanded the release of the detained civilians.", "en"),
        ("طالب الاتحاد الأوروبي بالإفراج عن المدنيين المحتجزين.", "ar"),
        ("اتحادیه اروپا خواستار آزادی غیرنظامیان شد.", "fa"),
    ],
)
def test_an_organisation_has_no_civilians_of_its_own(text: str, lang: str) -> None:
    assert ("EU", "CVL") not in pairs(run(text, lang), "REQUEST")


def roles(record: Record) -> set[tuple[str | None, str | None]]:
    return {(a.agent, a.role) for e in record.events for a in e.actors}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "دعا زعيم حزب العمال البريطاني الحكومة إلى الاستقالة."),
        ("ar", "طالب زعيم حركة النهضة الحكومة بالاستقالة الفورية."),
        ("fa", "رهبر حزب کارگر انگلیس از دولت خواست استعفا دهد."),
        ("en", "The leader of the Labour Party urged the government to resign."),
        ("en", "The president of the Republican Party criticised the Democrats."),
        ("en", "Hezbollah leader Hassan Nasrallah threatened Israel."),
    ],
)
def test_the_leader_of_a_named_party_leads_the_party_not_a_state(lang: str, text: str) -> None:
    """A title of state ('زعيم', 'leader', 'president') read as a named
    group's own holder is its party leadership: never head_of_state."""
    got = roles(run(text, lang))
    assert any(role == "party_leader" for _, role in got)
    assert not any(agent in ("PTY", "REB") and role == "head_of_state" for agent, role in got)


def test_a_state_title_before_a_country_keeps_its_office() -> None:
    """The control: a president of a country stays head of state."""
    got = roles(run("French President Emmanuel Macron met German Chancellor Olaf Scholz."))
    assert ("GOV", "head_of_state") in got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "یائیر لاپید وزیر خارجه رژیم صهیونیستی با وزیر خارجه انگلیس گفتگو کرد."),
        ("ar", "التقى وزير خارجية الكيان الصهيوني نظيره البريطاني."),
        ("en", "The foreign minister of the Zionist regime met his British counterpart."),
    ],
)
def test_a_minister_of_a_state_named_as_a_regime_is_no_party_leader(lang: str, text: str) -> None:
    """A name for a state's government ('رژیم صهیونیستی') is no party: its
    minister keeps a state office."""
    assert not any(role == "party_leader" for _, role in roles(run(text, lang)))
