"""The example articles (examples/) read the way an analyst reads them.

Each expectation below is what a reader of the article would code; only
the ones the extractor meets today are asserted here (the misses are in the
examples engineer's report). The articles go through the real ingest path,
so boilerplate removal and publication stamps are part of the test.
"""

from __future__ import annotations

import datetime
from functools import cache
from pathlib import Path

import pytest

from diplowatch.extract.actors import context
from diplowatch.extract.party_traits import one_sided
from diplowatch.ingest import iter_documents
from diplowatch.model import Event, Record
from diplowatch.pipeline import process
from diplowatch.problems import ProblemReporter

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@cache
def records() -> dict[str, Record]:
    if not any(EXAMPLES.glob("*.txt")):
        pytest.skip("examples/ has no articles")
    inputs = [str(p) for p in sorted(EXAMPLES.rglob("*")) if p.suffix in {".txt", ".jsonl"}]
    reporter = ProblemReporter()
    docs = list(iter_documents(inputs, reporter, keep_duplicates=True, follow=False))
    assert reporter.count == 0
    return {d.doc_id: process(d) for d in docs}


def record(doc_id: str) -> Record:
    out = records()
    if doc_id not in out:
        pytest.skip(f"example {doc_id} not present")
    return out[doc_id]


def codes(event: Event) -> set[str]:
    return {a.code for a in event.actors}


def find(doc_id: str, etype: str, want: set[str], status: str | None = None) -> list[Event]:
    rec = record(doc_id)
    found = [
        e for e in rec.events if e.type == etype and want <= codes(e) and status in (None, e.status)
    ]
    assert found, [(e.type, e.status, sorted(codes(e), key=str)) for e in rec.events]
    return found


@pytest.mark.parametrize(
    ("doc_id", "day"),
    [
        ("ar_korea_summons_japan", "2024-04-23"),  # "23/04/2024"
        (
            "ar_saudi_korea_hydrogen",
            "2024-04-23",
        ),  # "الثلاثاء 23 أبريل/نيسان 2024" after the headline
        ("ar_korea_vietnam_summit", "2025-08-11"),  # "17 صفر 1447هـ" after the headline
        ("ar_football_saudi_korea", "2024-01-31"),
        ("en_korea_asean_partnership", "2024-10-10"),  # "Thursday, October 10, 2024"
        ("en_korea_uzbekistan_minerals", "2024-06-15"),  # "June 15, 2024", dateline says June 14
        ("en_korea_japan_ministers", "2024-04-23"),  # "Write: 2024-04-23 15:48:47"
        ("en_korea_sanctions_dprk", "2024-05-30"),  # "Updated: 2024-05-30 10:12 KST"
        ("fa_iran_korea_phone", "2022-10-25"),  # "03 آبان 1401 - 15:03"
        ("fa_iran_summons_korea", "2023-01-19"),  # "۲۹ دی ۱۴۰۱ - ۰۹:۴۵"
        ("fa_korea_central_asia", "2024-06-05"),  # "۱۶ خرداد ۱۴۰۳ - ۱۱:۲۰"
        ("fa_film_festival", "2024-10-12"),
        ("more-fa-jpn-1", "2024-10-31"),  # JSONL field "1403/08/10"
    ],
)
def test_publication_dates(doc_id: str, day: str) -> None:
    assert record(doc_id).published == day


def test_boilerplate_lines_are_gone() -> None:
    for rec_id in ("ar_saudi_korea_hydrogen", "fa_iran_korea_phone", "en_korea_japan_ministers"):
        rec = record(rec_id)
        dropped = rec.meta.get("dropped_lines", [])
        assert dropped, rec_id
        for event in rec.events:
            assert event.evidence is not None
            for line in ("موضوعات ذات صلة", "مهمترین اخبار ایران و جهان", "Share this article"):
                assert line not in event.evidence.text


def test_saudi_korea_hydrogen() -> None:
    # the headline names the states as wholes, the body the two ministers:
    # two reports, each with the actors its own sentence names
    meetings = find("ar_saudi_korea_hydrogen", "CONSULT", {"SAU", "KOR"}, "reported")
    roles = [{a.code: a.role for a in meeting.actors} for meeting in meetings]
    assert {"SAU": "foreign_minister", "KOR": "foreign_minister"} in roles
    assert "hydrogen" in {
        s for e in find("ar_saudi_korea_hydrogen", "AGREE", {"SAU", "KOR"}) for s in e.sectors
    }
    assert find("ar_saudi_korea_hydrogen", "CONSULT", {"SAU", "KOR"}, "planned")


def test_korea_vietnam_summit() -> None:
    find("ar_korea_vietnam_summit", "CONSULT", {"KOR", "VNM"}, "reported")
    [aid] = find("ar_korea_vietnam_summit", "AID", {"KOR", "VNM"})
    assert [(m.value, m.currency) for m in aid.amounts] == [(6_000_000, "USD")]
    assert all("USA" not in codes(e) for e in record("ar_korea_vietnam_summit").events)


def test_korea_summons_japanese_diplomat() -> None:
    accusations = find("ar_korea_summons_japan", "ACCUSE", {"KOR", "JPN"}, "reported")
    assert "2024-04-22" in {e.date for e in accusations}  # أمس


def test_korea_japan_ministers() -> None:
    agreements = find("en_korea_japan_ministers", "AGREE", {"KOR", "JPN"}, "reported")
    assert {"hydrogen", "supply_chains"} <= {s for e in agreements for s in e.sectors}
    names = {a.name for e in agreements for a in e.actors if a.name}
    assert any(n.lower() == "cho tae-yul" for n in names), names
    # "Relations ... deteriorated sharply in 2019" is background, not an event
    assert all(
        "2019" not in (e.evidence.text if e.evidence else "")
        for e in record("en_korea_japan_ministers").events
    )


def test_sanctions_story() -> None:
    find("en_korea_sanctions_dprk", "SANCTION", {"KOR", "PRK"}, "reported")
    find("en_korea_sanctions_dprk", "SUPPORT", {"USA", "KOR"})
    find("en_korea_sanctions_dprk", "SUPPORT", {"JPN", "KOR"})


def test_korea_asean() -> None:
    find("en_korea_asean_partnership", "COOPERATE", {"KOR", "ASEAN"})
    [aid] = find("en_korea_asean_partnership", "AID", {"KOR", "ASEAN"})
    assert [(m.value, m.currency) for m in aid.amounts] == [(1_500_000_000, "USD")]
    assert {"health", "education", "disaster_management"} <= set(aid.sectors)


def test_korea_uzbekistan() -> None:
    # the headline and the body's report are mentions of their own
    deals = find("en_korea_uzbekistan_minerals", "AGREE", {"KOR", "UZB"}, "reported")
    assert any({"mining", "supply_chains"} <= set(deal.sectors) for deal in deals)


def test_iran_korea_phone_call() -> None:
    calls = find("fa_iran_korea_phone", "CONSULT", {"IRN", "KOR"}, "reported")
    assert "phone" in {e.mode for e in calls}
    assert "2022-10-24" in {e.date for e in calls}  # دیروز


def test_iran_summons_korean_ambassador() -> None:
    summons = find("fa_iran_summons_korea", "ACCUSE", {"IRN", "KOR"}, "reported")
    assert "2023-01-18" in {e.date for e in summons}  # روز چهارشنبه
    assert "ambassador" in {a.role for e in summons for a in e.actors if a.code == "KOR"}


def test_korea_central_asia_trip_is_planned() -> None:
    find("fa_korea_central_asia", "CONSULT", {"KOR", "KAZ"}, "planned")
    find("fa_korea_central_asia", "CONSULT", {"KOR", "UZB"}, "planned")
    aid = find("fa_korea_central_asia", "AID", {"KOR", "UZB"}, "planned")
    assert (2_000_000_000, "USD") in {(m.value, m.currency) for e in aid for m in e.amounts}


def test_jsonl_examples() -> None:
    [deal] = [e for e in find("more-en-kaz-1", "AGREE", {"KAZ", "KOR"}) if e.date]
    assert deal.date == "2024-06-12"  # "on Wednesday", published 2024-06-13
    [loan] = find("more-en-kaz-1", "AID", {"KOR", "KAZ"}, "planned")
    assert [(m.value, m.currency) for m in loan.amounts] == [(300_000_000, "USD")]
    call = find("more-fa-jpn-1", "CONSULT", {"IRN", "JPN"}, "reported")
    assert "phone" in {e.mode for e in call}
    assert record("more-en-culture-1").events == []
    assert record("more-ar-sau-1").title


def test_every_example_event_is_well_formed() -> None:
    for doc_id, rec in records().items():
        text = _text_of(doc_id)
        published = datetime.date.fromisoformat(rec.published) if rec.published else None
        for event in rec.events:
            units = {(a.code, a.agent or "GOV") for a in event.actors}
            # one side only where the type (or the language, ``ONE_SIDED_TYPES``) allows it
            alone = one_sided(event.type, event.mode, context(rec.lang or "en"))
            assert len(units) >= 2 or (units and alone), (doc_id, event)
            assert event.status in {"reported", "planned", "negated"}
            assert event.evidence is not None
            if text is not None:
                assert text[event.evidence.start : event.evidence.end] == event.evidence.text
            if event.date and published and event.status == "reported":
                # something that already happened is not dated after its report
                assert datetime.date.fromisoformat(event.date) <= published, (doc_id, event.date)


@cache
def _docs_by_id() -> dict[str, str]:
    inputs = [str(p) for p in sorted(EXAMPLES.rglob("*")) if p.suffix in {".txt", ".jsonl"}]
    return {
        d.doc_id: d.text
        for d in iter_documents(inputs, ProblemReporter(), keep_duplicates=True, follow=False)
    }


def _text_of(doc_id: str) -> str | None:
    return _docs_by_id().get(doc_id)
