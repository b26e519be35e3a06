"""English events: every PLOVER type in several forms (tenses, passives,
phrasal verbs, nouns, frames), statuses, and sentences of other domains
that must give no event. The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document, Event, Record
from diplowatch.pipeline import process


def run(text: str) -> Record:
    return process(Document(doc_id="t", text=text, lang="en"))


def codes(event: Event) -> set[str | None]:
    return {a.code for a in event.actors}


def found(text: str, etype: str, want: set[str]) -> list[Event]:
    return [e for e in run(text).events if e.type == etype and want <= codes(e)]


TYPE_CASES = [
    # CONSULT
    (
        "CONSULT",
        "The Indonesian president received the Japanese foreign minister in Jakarta.",
        {"IDN", "JPN"},
    ),
    ("CONSULT", "Putin and Xi spoke by phone on Friday about the war.", {"RUS", "CHN"}),
    ("CONSULT", "Officials from Sudan's army and the RSF are negotiating in Jeddah.", {"SDN"}),
    (
        "CONSULT",
        "Brazil's foreign minister held talks with his Chinese counterpart in Beijing.",
        {"BRA", "CHN"},
    ),
    ("CONSULT", "The Kenyan president is visiting Germany this week.", {"KEN", "DEU"}),
    # AGREE
    (
        "AGREE",
        "Vietnam and the Philippines signed a memorandum of understanding on fisheries.",
        {"VNM", "PHL"},
    ),
    (
        "AGREE",
        "Colombia's government and the ELN rebels agreed to extend their ceasefire.",
        {"COL"},
    ),
    ("AGREE", "Turkey ratified Sweden's NATO accession protocol on Tuesday.", {"TUR", "SWE"}),
    ("AGREE", "Jordan and the United States agreed to expand trade.", {"JOR", "USA"}),
    ("AGREE", "Israel and Hamas reached a deal on a four-day truce.", {"ISR", "PSE"}),
    # COOPERATE
    (
        "COOPERATE",
        "India and the United States launched a joint initiative on critical technologies.",
        {"IND", "USA"},
    ),
    ("COOPERATE", "Saudi Arabia and Iran restored diplomatic relations in March.", {"SAU", "IRN"}),
    ("COOPERATE", "Egypt and Turkey upgraded ties to the level of ambassadors.", {"EGY", "TUR"}),
    # AID
    ("AID", "Japan pledged $4.5 billion in aid to Ukraine on Monday.", {"JPN", "UKR"}),
    (
        "AID",
        "China delivered 100 tonnes of food and medicine to earthquake victims in Afghanistan.",
        {"CHN", "AFG"},
    ),
    ("AID", "The UAE sent two planes loaded with relief supplies to Sudan.", {"ARE", "SDN"}),
    ("AID", "Germany will supply Ukraine with more Patriot air defence systems.", {"DEU", "UKR"}),
    (
        "AID",
        "The European Union will provide 50 million euros in humanitarian aid to Gaza.",
        {"EU", "PSE"},
    ),
    # SUPPORT
    ("SUPPORT", "Germany praised Poland's decision to host NATO troops.", {"DEU", "POL"}),
    ("SUPPORT", "The African Union endorsed Kenya's candidate for the post.", {"AU", "KEN"}),
    ("SUPPORT", "Egypt voiced support for Sudan's sovereignty on Sunday.", {"EGY", "SDN"}),
    # REQUEST
    (
        "REQUEST",
        "The United Nations called on Myanmar's military to release political prisoners.",
        {"UN", "MMR"},
    ),
    ("REQUEST", "Iran demanded that Britain release the seized tanker.", {"IRN", "GBR"}),
    ("REQUEST", "Lebanon appealed to France for help with reconstruction.", {"LBN", "FRA"}),
    # CONCEDE
    (
        "CONCEDE",
        "Russia released a jailed American journalist in a prisoner exchange.",
        {"RUS", "USA"},
    ),
    ("CONCEDE", "Japan apologised to South Korea for wartime forced labour.", {"JPN", "KOR"}),
    ("CONCEDE", "The United States eased sanctions on Venezuela's oil sector.", {"USA", "VEN"}),
    ("CONCEDE", "Sanctions on Belarusian potash were lifted by the European Union.", {"EU", "BLR"}),
    # ACCUSE
    ("ACCUSE", "China condemned the U.S. decision to sell weapons to Taiwan.", {"CHN", "USA"}),
    ("ACCUSE", "Pakistan accused India of sponsoring terrorism in Balochistan.", {"PAK", "IND"}),
    (
        "ACCUSE",
        "South Africa filed a genocide case against Israel at the International Court of Justice.",
        {"ZAF"},
    ),
    ("ACCUSE", "Algeria summoned the French ambassador over the comments.", {"DZA", "FRA"}),
    (
        "ACCUSE",
        "Prosecutors in Paris indicted a Russian businessman on spying charges.",
        {"FRA", "RUS"},
    ),
    # REJECT
    ("REJECT", "North Korea rejected Japan's proposal for a summit.", {"PRK", "JPN"}),
    ("REJECT", "Israel turned down an Egyptian proposal for a truce.", {"ISR", "EGY"}),
    ("REJECT", "Hungary blocked a statement by the European Union on Georgia.", {"HUN", "EU"}),
    # THREATEN
    ("THREATEN", "Iran threatened to close the Strait of Hormuz.", {"IRN"}),
    (
        "THREATEN",
        "China warned the Philippines that it would respond to any provocation.",
        {"CHN", "PHL"},
    ),
    (
        "THREATEN",
        "Hezbollah vowed revenge against Israel for the killing of its commander.",
        {"LBN", "ISR"},
    ),
    # PROTEST
    (
        "PROTEST",
        "Tens of thousands of people protested in Tbilisi against the foreign agent law.",
        {"GEO"},
    ),
    ("PROTEST", "Teachers in Kenya went on strike on Monday over pay.", {"KEN"}),
    ("PROTEST", "Thousands of Serbian students marched through Belgrade on Saturday.", {"SRB"}),
    ("PROTEST", "Farmers blocked highways across France to protest against low prices.", {"FRA"}),
    ("PROTEST", "Hundreds of doctors staged a walkout in Seoul.", {"KOR"}),
    # SANCTION
    ("SANCTION", "Washington imposed sanctions on three Chinese companies.", {"USA", "CHN"}),
    ("SANCTION", "Lithuania expelled a Russian diplomat on Thursday.", {"LTU", "RUS"}),
    ("SANCTION", "Ecuador cut diplomatic ties with Mexico after the embassy raid.", {"ECU", "MEX"}),
    ("SANCTION", "Two Iranian diplomats were expelled by the Netherlands.", {"IRN", "NLD"}),
    # MOBILIZE
    ("MOBILIZE", "Russia deployed tactical nuclear weapons to Belarus.", {"RUS", "BLR"}),
    ("MOBILIZE", "Taiwan's military was put on high alert on Monday.", {"TWN"}),
    ("MOBILIZE", "China held live-fire drills around Taiwan on Saturday.", {"CHN"}),
    (
        "MOBILIZE",
        "The United States sent an aircraft carrier to the eastern Mediterranean.",
        {"USA"},
    ),
    # COERCE
    ("COERCE", "Police in Dhaka arrested more than 500 opposition supporters.", {"BGD"}),
    ("COERCE", "Iranian authorities detained a French citizen on spying charges.", {"IRN", "FRA"}),
    (
        "COERCE",
        "A court in Moscow sentenced a US journalist to 16 years in prison.",
        {"RUS", "USA"},
    ),
    (
        "COERCE",
        "A prominent journalist was detained by security forces in Algiers on Friday.",
        {"DZA"},
    ),
    ("COERCE", "Police arrested 20 opposition activists in Cairo on Monday.", {"EGY"}),
    # ASSAULT
    ("ASSAULT", "Gunmen killed 12 worshippers at a mosque in Burkina Faso.", {"BFA"}),
    ("ASSAULT", "Israeli warplanes struck targets in Damascus overnight.", {"ISR"}),
    (
        "ASSAULT",
        "Ukrainian drones attacked an oil refinery in Russia's Krasnodar region.",
        {"UKR", "RUS"},
    ),
    (
        "ASSAULT",
        "Seven people were killed when a car bomb exploded near a market in Mogadishu.",
        {"SOM"},
    ),
    (
        "ASSAULT",
        "Ethiopian federal forces recaptured the town of Lalibela from Fano militiamen.",
        {"ETH"},
    ),
    ("ASSAULT", "Indian and Chinese troops clashed along their disputed border.", {"IND", "CHN"}),
    # RETREAT
    ("RETREAT", "Russian troops withdrew from the west bank of the Dnipro river.", {"RUS"}),
    ("RETREAT", "The Wagner group pulled its fighters out of Bakhmut.", {"RUS"}),
    ("RETREAT", "France completed its military pullout from Mali in August.", {"FRA", "MLI"}),
]


@pytest.mark.parametrize(("etype", "text", "want"), TYPE_CASES)
def test_english_event_types(etype: str, text: str, want: set[str]) -> None:
    record = run(text)
    assert found(text, etype, want), [(e.type, sorted(map(str, codes(e)))) for e in record.events]


def test_every_plover_type_has_cases() -> None:
    assert {etype for etype, _, _ in TYPE_CASES} == {
        "CONSULT", "AGREE", "COOPERATE", "AID", "SUPPORT", "REQUEST", "CONCEDE", "ACCUSE",
        "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "RETREAT",
    }  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Manchester United beat Liverpool 2-1 at Old Trafford on Sunday.",
        "The film festival in Cannes opened with a French comedy.",
        "Shares in Turkish Airlines rose 5 percent after the company reported record profits.",
        "A magnitude 6.8 earthquake struck southern Turkey, killing at least 40 people.",
        "The Ottoman Empire attacked Vienna in 1683.",
        "Jordan Henderson signed a two-year contract with Ajax.",
        "Chad Smith, the drummer, visited Tokyo for a concert.",
        "China's exports to the United States fell 8 percent in March.",
        "The Niger Delta has suffered from oil spills for decades.",
        "Flash floods killed 30 people in northern Pakistan on Sunday.",
        "A pair of boots worn by Michael Jordan sold at an auction in New York.",
        "Turkey prices rose ahead of the holidays, shoppers said.",
    ],
)
def test_other_domains_give_no_event(text: str) -> None:
    assert run(text).events == []


@pytest.mark.parametrize(
    ("text", "etype", "status"),
    [
        ("The Swiss and Austrian leaders will meet in Geneva next week.", "CONSULT", "planned"),
        (
            "Armenia said on Monday it would pull its troops out of the border villages.",
            "RETREAT",
            "planned",
        ),
        ("Japan has no plans to impose sanctions on Iran.", "SANCTION", "negated"),
        ("The United States will not send more tanks to Ukraine.", "AID", "negated"),
        (
            "Kenya's opposition called off a march planned for Tuesday in Nairobi.",
            "PROTEST",
            "negated",
        ),
        ("Serbia's army has not been placed on combat readiness.", "MOBILIZE", "negated"),
        ("Iran denied supplying drones to Russia.", "AID", "negated"),
        (
            "Egypt and Sudan agreed on Monday that their ministers will meet in Cairo.",
            "AGREE",
            "reported",
        ),
    ],
)
def test_english_status(text: str, etype: str, status: str) -> None:
    events = [e for e in run(text).events if e.type == etype]
    assert events and {e.status for e in events} == {status}


@pytest.mark.parametrize(
    ("text", "etype", "counts"),
    [
        ("Gunmen killed 12 worshippers at a mosque in Burkina Faso.", "ASSAULT", {"killed": 12}),
        ("Police in Dhaka arrested 500 opposition supporters.", "COERCE", {"arrested": 500}),
    ],
)
def test_english_counts(text: str, etype: str, counts: dict[str, int]) -> None:
    [event] = [e for e in run(text).events if e.type == etype]
    assert event.counts == counts


def test_the_users_three_probes() -> None:
    probe = run("Jordan and the United States agreed to expand trade.")
    assert [(e.type, codes(e)) for e in probe.events] == [("AGREE", {"JOR", "USA"})]
    protest = run("Thousands of Israelis protested in Tel Aviv against the government.")
    assert [(e.type, {(a.code, a.agent) for a in e.actors}) for e in protest.events] == [
        ("PROTEST", {("ISR", "CVL"), ("ISR", "GOV")})
    ]
    arrest = run("Police arrested 20 opposition activists in Cairo on Monday.")
    assert [(e.type, {(a.code, a.agent) for a in e.actors}) for e in arrest.events] == [
        ("COERCE", {("EGY", "COP"), ("EGY", "OPP")})
    ]
