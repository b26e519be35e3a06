"""Review mends of rounds 74–75 (mendA76; every sentence written for these tests).

A readiness denied ("هیچ آمادگی … ندارد") or not announced ("اعلام نکرد")
offers no deed, and the one whose readiness it is stays a side of a
mediation it offers; "pushed for talks" is Iran's own aim, no causative
link; the comma that closes a phrase of coordination ends its partner
list, and English "in coordination with" names partners too; a threat in
a new clause with its own doer after a warning keeps its sides.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _events(text: str, lang: str) -> list[tuple[str, str, list[str | None]]]:
    """The (type, status, actor codes in order) of the events of ``text``."""
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-05-02"))
    return [(e.type, e.status, [a.code for a in e.actors]) for e in record.events]


@pytest.mark.parametrize(
    "text",
    [
        "قطر هیچ آمادگی برای گفت‌وگو با اسرائیل ندارد.",
        "ترکیه آمادگی خود را برای دیدار با مقامات سوریه اعلام نکرد.",
        "مصر آمادگی خود را برای مذاکره با اتیوپی تاکید نکرد.",
    ],
)
def test_a_readiness_denied_or_unannounced_offers_nothing(text: str) -> None:
    assert all(t != "CONSULT" for t, _, _ in _events(text, "fa"))


def test_a_readiness_announced_still_offers_the_talks() -> None:
    events = _events("مصر آمادگی خود را برای گفت‌وگو با اتیوپی اعلام کرد.", "fa")
    assert ("CONSULT", "planned", ["EGY", "ETH"]) in events


def test_a_readiness_stated_by_its_noun_offers_the_deed() -> None:
    # "ضمن اعلام آمادگی": the noun of declaring right before it states it
    text = (
        "وزیر خارجه عراق ضمن اعلام آمادگی کشورش برای گسترش همکاری با ایران، بر ضرورت"
        " مبارزه با تروریسم تاکید کرد."
    )
    assert any(t == "COOPERATE" and s == "planned" for t, s, _ in _events(text, "fa"))


def test_the_one_ready_to_mediate_is_a_side() -> None:
    text = "عمان آمادگی خود را برای میانجیگری میان عربستان و یمن اعلام کرد."
    casts = [codes for t, _, codes in _events(text, "fa") if t == "CONSULT"]
    assert casts and all(codes[0] == "OMN" for codes in casts)
    assert {c for codes in casts for c in codes} == {"OMN", "SAU", "YEM"}


def test_mediation_welcomed_keeps_only_its_sides() -> None:
    # guard: with no readiness the commenter is no side of the mediation
    text = "مصر از میانجیگری میان عربستان و یمن استقبال کرد."
    casts = [codes for t, _, codes in _events(text, "fa") if t == "CONSULT"]
    assert all("EGY" not in codes for codes in casts)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Egypt pushed for talks with Ethiopia and Sudan.", "EGY"),
        ("Turkey pushed for a meeting with Greece.", "TUR"),
    ],
)
def test_pushing_for_talks_keeps_the_one_pushing(text: str, doer: str) -> None:
    casts = [codes for t, _, codes in _events(text, "en") if t == "CONSULT"]
    assert casts and all(doer in codes for codes in casts)


@pytest.mark.parametrize(
    ("text", "cast"),
    [
        ("عربستان در هماهنگی با امارات، یمن را تهدید کرد.", ["SAU", "YEM"]),
        ("روسیه در هماهنگی نزدیک با بلاروس، اوکراین را تهدید کرد.", ["RUS", "UKR"]),
        # guard: a list of partners running on past its commas is dropped whole
        ("فرانسه در هماهنگی با آلمان، ایتالیا و اسپانیا، روسیه را تهدید کرد.", ["FRA", "RUS"]),
    ],
)
def test_the_comma_closing_the_partners_ends_their_list(text: str, cast: list[str]) -> None:
    threats = [codes for t, _, codes in _events(text, "fa") if t == "THREATEN"]
    assert threats == [cast]


def test_english_partners_in_coordination_are_no_target() -> None:
    text = (
        "Kurdish forces, in close coordination with the United States, attacked"
        " Islamic State positions in Syria."
    )
    attacks = [codes for t, _, codes in _events(text, "en") if t == "ASSAULT"]
    assert attacks and all("USA" not in codes[1:] for codes in attacks)


def test_english_coordination_itself_keeps_its_partner() -> None:
    events = _events("Iran is working in close coordination with Russia.", "en")
    assert any(t == "COOPERATE" and "RUS" in codes for t, _, codes in events)


def test_a_threat_in_a_new_clause_after_a_warning_keeps_its_sides() -> None:
    text = "عراق به ترکیه هشدار داد که با پاسخ قاطع روبرو خواهد شد و سوریه نیز اردن را تهدید کرد."
    threats = [codes for t, _, codes in _events(text, "fa") if t == "THREATEN"]
    assert ["SYR", "JOR"] in threats
    assert ["IRQ", "TUR"] in threats


def test_a_side_inside_the_warning_stays_out() -> None:
    # guard: the state inside what is warned of is still no side
    text = "مصر به اسرائیل هشدار داد که هرگونه حمله به لبنان با پاسخ قاطع مواجه خواهد شد."
    threats = [codes for t, _, codes in _events(text, "fa") if t == "THREATEN"]
    assert threats and all("LBN" not in codes for codes in threats)
