"""English agents: who inside a state acts, and the country each agent gets
from the text (adjective, possessive, place, the sentence's country).
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document, Record
from diplowatch.pipeline import process


def run(text: str) -> Record:
    return process(Document(doc_id="t", text=text, lang="en"))


def agents(record: Record, etype: str) -> set[tuple[str | None, str | None]]:
    return {(a.code, a.agent) for e in record.events if e.type == etype for a in e.actors}


CASES = [
    (
        "Thousands of Israelis protested in Tel Aviv against the government.",
        "PROTEST",
        {("ISR", "CVL"), ("ISR", "GOV")},
    ),
    (
        "Palestinian gunmen opened fire on Israeli settlers near Nablus.",
        "ASSAULT",
        {("PSE", "UAF"), ("ISR", "CVL")},
    ),
    (
        "Syrian government forces shelled rebel positions in Idlib province.",
        "ASSAULT",
        {("SYR", "MIL"), ("SYR", "REB")},
    ),
    (
        "Egyptian security forces killed five suspected militants in North Sinai.",
        "ASSAULT",
        {("EGY", "COP"), ("EGY", "REB")},
    ),
    (
        "Iranian students rallied outside the British embassy in Tehran.",
        "PROTEST",
        {("IRN", "EDU"), ("GBR", "GOV")},
    ),
    (
        "Kenyan police fired tear gas at protesters in Nairobi.",
        "ASSAULT",
        {("KEN", "COP"), ("KEN", "CVL")},
    ),
    (
        "The Pakistani army said it killed 12 militants in North Waziristan.",
        "ASSAULT",
        {("PAK", "MIL"), ("PAK", "REB")},
    ),
    (
        "Israeli soldiers detained 25 Palestinians in raids across the West Bank.",
        "COERCE",
        {("ISR", "MIL"), ("PSE", "CVL")},
    ),
    (
        "Hamas fighters attacked Israeli army positions in northern Gaza.",
        "ASSAULT",
        {("PSE", "REB"), ("ISR", "MIL")},
    ),
    (
        "Greek farmers blocked roads in Athens to demand lower fuel prices.",
        "PROTEST",
        {("GRC", "CVL")},
    ),
    (
        "South Korean doctors went on strike against a plan of the health ministry.",
        "PROTEST",
        {("KOR", "HLH")},
    ),
    (
        "Armed men abducted a Catholic priest in Nigeria's Kaduna state.",
        "ASSAULT",
        {("NGA", "UAF"), ("NGA", "REL")},
    ),
    (
        "Ethiopian police arrested a journalist in Addis Ababa.",
        "COERCE",
        {("ETH", "COP"), ("ETH", "MED")},
    ),
    (
        "Belarusian authorities released 30 political prisoners on Tuesday.",
        "CONCEDE",
        {("BLR", "GOV"), ("BLR", "CVL")},
    ),
    (
        "The Saudi crown prince received the Iranian foreign minister in Riyadh.",
        "CONSULT",
        {("SAU", "GOV"), ("IRN", "GOV")},
    ),
    (
        "Russian prosecutors charged a U.S. soldier with espionage.",
        "ACCUSE",
        {("RUS", "JUD"), ("USA", "MIL")},
    ),
    (
        "The Iraqi parliament voted to expel U.S. troops from the country.",
        "SANCTION",
        {("IRQ", "LEG"), ("USA", "MIL")},
    ),
    (
        "Chinese coast guard vessels fired water cannon at a Philippine boat.",
        "ASSAULT",
        {("CHN", "COP")},
    ),
    (
        "Malian soldiers and Russian mercenaries killed dozens of civilians in central Mali.",
        "ASSAULT",
        {("MLI", "MIL"), ("RUS", "MIL")},
    ),
    (
        "French far-right leader Marine Le Pen accused the government of weakness.",
        "ACCUSE",
        {("FRA", "OPP"), ("FRA", "GOV")},
    ),
]


@pytest.mark.parametrize(("text", "etype", "want"), CASES)
def test_english_agents(text: str, etype: str, want: set[tuple[str, str]]) -> None:
    assert want <= agents(run(text), etype)


def test_a_seized_ship_with_no_owner_named_has_no_country() -> None:
    record = run("Houthi militants seized a cargo ship in the Red Sea on Sunday.")
    assert (None, "BUS") in agents(record, "COERCE")
    assert ("YEM", "BUS") not in agents(record, "COERCE")


def test_a_ship_takes_the_country_written_with_it() -> None:
    record = run("Iran's navy seized a Greek-owned oil tanker in the Gulf on Thursday.")
    assert ("GRC", "BUS") in agents(record, "COERCE")


def test_people_fleeing_fighting_are_no_attack() -> None:
    record = run("Sudanese refugees crossed into Chad to escape fighting in Darfur.")
    assert agents(record, "ASSAULT") == set()


def test_a_call_for_protests_is_no_protest() -> None:
    record = run("Venezuelan opposition leader Maria Corina Machado called for protests.")
    assert agents(record, "PROTEST") == set()


def test_a_person_named_by_an_ambiguous_country_is_no_country() -> None:
    record = run("French far-right leader Jordan Bardella accused the government of failures.")
    assert {("FRA", "OPP"), ("FRA", "GOV")} <= agents(record, "ACCUSE")
    assert "JOR" not in {code for code, _ in agents(record, "ACCUSE")}


@pytest.mark.parametrize(
    ("text", "etype", "want", "absent"),
    [
        (
            "The leaders of France, Germany and Poland met in Weimar on Monday.",
            "CONSULT",
            {("FRA", "GOV"), ("DEU", "GOV"), ("POL", "GOV")},
            set(),
        ),
        (
            "Pakistani police arrested former prime minister Imran Khan in Islamabad.",
            "COERCE",
            {("PAK", "COP")},
            {("PAK", "GOV")},
        ),
        (
            "Rwanda-backed M23 rebels seized the town of Bunagana in eastern DR Congo.",
            "ASSAULT",
            {("COD", "REB")},
            {("RWA", None)},
        ),
        (
            "The Philippines and Japan signed a pact allowing troops to train on each"
            " other's soil.",
            "AGREE",
            {("PHL", None), ("JPN", None)},
            {("PHL", "MIL"), ("JPN", "MIL")},
        ),
        (
            "Venezuela expelled diplomats from seven Latin American countries.",
            "SANCTION",
            set(),
            {("USA", None)},
        ),
    ],
)
def test_english_agents_and_who_is_no_party(
    text: str, etype: str, want: set[tuple[str, str | None]], absent: set[tuple[str, str | None]]
) -> None:
    found = agents(run(text), etype)
    assert want <= found
    assert not absent & found


def test_a_name_written_with_its_article_is_a_name() -> None:
    assert {("NIC", None), ("VAT", None)} <= agents(
        run("Nicaragua cut ties with the Vatican."), "SANCTION"
    )


def test_a_refugee_camp_is_a_place_not_refugees() -> None:
    record = run("Israeli troops raided the Jenin refugee camp, killing two Palestinians.")
    assert ("PSE", "CVL") in agents(record, "ASSAULT")
    assert ("PSE", "REF") not in agents(record, "ASSAULT")


def _found(lang: str, text: str) -> set[str]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-04-23"))
    return {f"{a.code or '-'}:{a.agent}" for e in record.events for a in e.actors if a.agent}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # bodies of one state carry its code with no adjective
        ("en", "The Pentagon sent an aircraft carrier to the Gulf.", {"USA:MIL"}),
        ("en", "The CIA accused Russia of meddling in the election.", {"USA:COP"}),
        ("en", "Mossad arrested a spy in Lebanon.", {"ISR:COP"}),
        ("en", "The Duma criticised the American sanctions.", {"RUS:LEG"}),
        ("en", "The House of Commons condemned the attack on the embassy.", {"GBR:LEG"}),
        ("en", "The Palestinian Authority condemned the Israeli raid on Jenin.", {"PSE:GOV"}),
        ("en", "The Saudi-led coalition struck Houthi positions in Hodeidah.", {"SAU:MIL"}),
        ("ar", "أدان مجلس العموم البريطاني الهجوم على السفارة الإيرانية.", {"GBR:LEG"}),
        ("fa", "مجلس عوام حمله به سفارت را محکوم کرد.", {"GBR:LEG"}),
    ],
)
def test_bodies_of_one_state(lang: str, text: str, want: set[str]) -> None:
    assert want <= _found(lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # companies by name are businesses of their seat; employers are business
        ("en", "The US government imposed sanctions on Huawei.", {"USA:GOV", "CHN:BUS"}),
        ("en", "The Iraqi oil ministry signed an agreement with Eni.", {"IRQ:GOV", "ITA:BUS"}),
        ("en", "Shell signed an agreement with the Nigerian government.", {"GBR:BUS"}),
        ("en", "Employers in Tunisia urged the government to cut taxes.", {"TUN:BUS"}),
        ("fa", "دولت لهستان از گازپروم انتقاد کرد.", {"POL:GOV", "RUS:BUS"}),
        ("ar", "انتقدت الحكومة البولندية غازبروم.", {"POL:GOV", "RUS:BUS"}),
    ],
)
def test_companies_and_employers(lang: str, text: str, want: set[str]) -> None:
    assert want <= _found(lang, text)


def test_a_shell_is_no_company() -> None:
    # the company name is written with a capital; an artillery shell is none
    found = _found("en", "Rebels fired a shell at the Ukrainian army.")
    assert not any(a.endswith(":BUS") for a in found)


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # movements and parties by name
        ("en", "The Lord's Resistance Army attacked villages in northern Uganda.", {"UGA:REB"}),
        ("en", "The Fatemiyoun Brigade attacked rebels in Aleppo.", {"IRN:MIL"}),
        ("en", "Kataib Sayyid al-Shuhada threatened American forces in Iraq.", {"IRQ:REB"}),
        ("fa", "ارتش مقاومت خداوند به روستاهایی در شمال اوگاندا حمله کرد.", {"UGA:REB"}),
        ("ar", "هاجم جيش الرب للمقاومة قرى في شمال أوغندا.", {"UGA:REB"}),
    ],
)
def test_named_movements_in_english(lang: str, text: str, want: set[str]) -> None:
    assert want <= _found(lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # titles that carry their own agent
        (
            "en",
            "The Iranian chief of general staff threatened to respond to any attack.",
            {"IRN:MIL"},
        ),
        ("en", "Israel's spy chief met the Egyptian intelligence minister in Cairo.", {"ISR:COP"}),
        ("en", "Tunisian trade union leaders accused the government of lying.", {"TUN:LAB"}),
        ("fa", "رئیس سازمان اطلاعات ترکیه با رئیس‌جمهور سوریه دیدار کرد.", {"TUR:COP"}),
        ("ar", "هدد رئيس هيئة الأركان الإيرانية بالرد على أي هجوم.", {"IRN:MIL"}),
    ],
)
def test_titles_with_their_own_agent(lang: str, text: str, want: set[str]) -> None:
    assert want <= _found(lang, text)


def test_european_union_leaders_are_no_trade_union() -> None:
    assert "EU:LAB" not in _found("en", "European Union leaders criticised the Russian government.")
