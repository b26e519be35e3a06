"""Who reports an event is no party to it (extract/sources.py).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document, Record
from diplowatch.pipeline import process


def run(text: str, lang: str = "en") -> Record:
    return process(Document(doc_id="t", text=text, lang=lang))


def agents(record: Record) -> set[tuple[str | None, str | None]]:
    return {(a.code, a.agent) for e in record.events for a in e.actors}


def codes(record: Record) -> set[str | None]:
    return {a.code for e in record.events for a in e.actors}


@pytest.mark.parametrize(
    ("text", "want", "source"),
    [
        (
            "Peru and Chile will reopen their border crossing next week, a senior Bolivian"
            " official said.",
            {"PER", "CHL"},
            "BOL",
        ),
        (
            "Kenya and Ethiopia signed a power trade agreement on Friday, the Ugandan"
            " foreign ministry said in a statement.",
            {"KEN", "ETH"},
            "UGA",
        ),
        (
            "According to Turkish state media, Greece and Bulgaria held talks on energy.",
            {"GRC", "BGR"},
            "TUR",
        ),
        (
            '"The talks were useful," a Japanese diplomat told reporters after Vietnam and'
            " Laos met in Hanoi.",
            {"VNM", "LAO"},
            "JPN",
        ),
    ],
)
def test_the_source_of_a_report_is_no_party(text: str, want: set[str], source: str) -> None:
    record = run(text)
    assert want <= codes(record)
    assert source not in codes(record)


def test_a_source_gives_no_agent_to_the_country_acting_as_a_whole() -> None:
    record = run(
        "Morocco and Spain agreed to expand cooperation on migration, the Spanish government said."
    )
    assert ("ESP", "GOV") not in agents(record)
    assert {"MAR", "ESP"} <= codes(record)


def test_a_source_still_tells_the_country_of_an_agent_named_without_one() -> None:
    record = run("Police arrested 30 protesters overnight, the Tunisian interior ministry said.")
    [event] = [e for e in record.events if e.type == "COERCE"]
    assert ("TUN", "COP") in {(a.code, a.agent) for a in event.actors}


def test_a_speaker_whose_clause_goes_on_with_the_event_is_no_mere_source() -> None:
    # "…, Iran said it had seized …": what follows the verb is the event.
    record = run("On Sunday, Iran said it had seized a British tanker in the Gulf.")
    assert "IRN" in codes(record)


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # Arabic and Persian give no reporting cues: nothing is marked.
        ("قال المتحدث إن مصر والأردن وقعتا اتفاقية للتعاون في مجال الطاقة.", "ar", {"EGY", "JOR"}),
        ("سخنگوی وزارت خارجه گفت ایران و عراق توافقنامه همکاری امضا کردند.", "fa", {"IRN", "IRQ"}),
    ],
)
def test_languages_without_reporting_cues_are_unchanged(
    text: str, lang: str, want: set[str]
) -> None:
    assert want <= codes(run(text, lang))
