"""Small hand-written articles and records for the serve tests.

The texts are written for these tests (not taken from any data set). Records
are made by hand with offsets computed from the text, so the dashboard can
be tested before and independently of the extractor; the browser test also
runs the real pipeline over ``examples/`` when it is available.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from diplowatch.model import Actor, Amount, Document, Event, Evidence, Record

EN_TEXT = (
    "Tokyo, 22 April 2024. South Korea's foreign minister Cho Tae-yul met his Japanese "
    "counterpart Yoko Kamikawa in Tokyo on Monday.\n\n"
    "The two ministers agreed to expand cooperation on hydrogen and supply chains. "
    "Seoul pledged $6 million for a joint research fund.\n\n"
    "Officials said the next round of talks would be held in Seoul."
)
AR_TEXT = (
    "هانوي - التقى وزير الخارجية الكوري نظيره الفيتنامي في هانوي يوم الثلاثاء 23 أبريل 2024.\n\n"
    "واتفق الجانبان على تعزيز التعاون في مجالات التجارة والطاقة المتجددة.\n\n"
    "وقال الوزير إن البلدين سيعقدان اجتماعا جديدا في سيول العام المقبل."
)
FA_TEXT = (
    "تهران - وزیر امور خارجه ایران روز یکشنبه با همتای کره‌ای خود در تهران دیدار کرد.\n\n"
    "دو طرف بر گسترش همکاری‌های اقتصادی و آموزشی تأکید کردند."
)
EN_CONFLICT_TEXT = (
    "Pyongyang, 10 May 2024. North Korea condemned the joint military exercises held by "
    "South Korea and the United States on Friday.\n\n"
    "A statement called the drills a rehearsal for invasion."
)


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _evidence(text: str, sentence: str) -> Evidence:
    start, end = _span(text, sentence)
    return Evidence(sentence, start, end)


def _annotations(text: str, items: list[tuple[str, str, str]]) -> list[dict[str, Any]]:
    out = []
    for kind, part, label in items:
        start, end = _span(text, part)
        out.append({"start": start, "end": end, "kind": kind, "label": label})
    return out


def sample_pairs() -> list[tuple[Document, Record]]:
    """Four documents (en, ar, fa, en) with five events between KOR and others."""
    pairs = []

    en_meet = "South Korea's foreign minister Cho Tae-yul met his Japanese counterpart Yoko Kamikawa in Tokyo on Monday."
    en_agree = "The two ministers agreed to expand cooperation on hydrogen and supply chains."
    en_aid = "Seoul pledged $6 million for a joint research fund."
    doc = Document(
        "en-kor-jpn",
        EN_TEXT,
        lang="en",
        published="2024-04-22",
        title="Korea and Japan agree on hydrogen",
        source="Example Wire",
    )
    record = Record(
        doc_id=doc.doc_id,
        lang="en",
        published="2024-04-22",
        title=doc.title,
        source=doc.source,
        events=[
            Event(
                "CONSULT",
                "meeting",
                "reported",
                [
                    Actor("KOR", "foreign_minister", "Cho Tae-yul"),
                    Actor("JPN", "foreign_minister", "Yoko Kamikawa"),
                ],
                date="2024-04-22",
                location="JPN",
                evidence=_evidence(EN_TEXT, en_meet),
            ),
            Event(
                "COOPERATE",
                None,
                "reported",
                [Actor("KOR"), Actor("JPN")],
                date="2024-04-22",
                sectors=["hydrogen", "supply_chains"],
                evidence=_evidence(EN_TEXT, en_agree),
            ),
            Event(
                "AID",
                "pledge",
                "reported",
                [Actor("KOR"), Actor("JPN")],
                date="2024-04-22",
                amounts=[Amount(6_000_000, "USD", "pledge", "$6 million")],
                evidence=_evidence(EN_TEXT, en_aid),
            ),
        ],
        annotations=_annotations(
            EN_TEXT,
            [
                ("actor", "South Korea", "KOR"),
                ("actor", "Japanese", "JPN"),
                ("date", "on Monday", "2024-04-22"),
                ("sector", "hydrogen", "hydrogen"),
                ("sector", "supply chains", "supply_chains"),
                ("amount", "$6 million", "6000000 USD"),
            ],
        ),
    )
    pairs.append((doc, record))

    ar_meet = "التقى وزير الخارجية الكوري نظيره الفيتنامي في هانوي يوم الثلاثاء 23 أبريل 2024."
    ar_coop = "واتفق الجانبان على تعزيز التعاون في مجالات التجارة والطاقة المتجددة."
    doc = Document(
        "ar-kor-vnm",
        AR_TEXT,
        lang="ar",
        published="2024-04-23",
        title="كوريا وفيتنام تعززان التعاون",
        source="مصدر تجريبي",
    )
    record = Record(
        doc_id=doc.doc_id,
        lang="ar",
        published="2024-04-23",
        title=doc.title,
        source=doc.source,
        events=[
            Event(
                "CONSULT",
                "meeting",
                "reported",
                [Actor("KOR", "foreign_minister"), Actor("VNM", "foreign_minister")],
                date="2024-04-23",
                location="VNM",
                evidence=_evidence(AR_TEXT, ar_meet),
            ),
            Event(
                "COOPERATE",
                None,
                "reported",
                [Actor("KOR"), Actor("VNM")],
                date="2024-04-23",
                sectors=["trade", "renewable_energy"],
                evidence=_evidence(AR_TEXT, ar_coop),
            ),
        ],
        annotations=_annotations(
            AR_TEXT,
            [
                ("actor", "الكوري", "KOR"),
                ("actor", "الفيتنامي", "VNM"),
                ("date", "الثلاثاء 23 أبريل 2024", "2024-04-23"),
                ("sector", "التجارة", "trade"),
                ("sector", "الطاقة المتجددة", "renewable_energy"),
            ],
        ),
    )
    pairs.append((doc, record))

    fa_meet = "وزیر امور خارجه ایران روز یکشنبه با همتای کره‌ای خود در تهران دیدار کرد."
    doc = Document(
        "fa-irn-kor",
        FA_TEXT,
        lang="fa",
        published="2024-05-05",
        title="دیدار وزیران خارجه ایران و کره",
        source="منبع آزمایشی",
    )
    record = Record(
        doc_id=doc.doc_id,
        lang="fa",
        published="2024-05-05",
        title=doc.title,
        source=doc.source,
        events=[
            Event(
                "CONSULT",
                "meeting",
                "reported",
                [Actor("IRN", "foreign_minister"), Actor("KOR", "foreign_minister")],
                date="2024-05-05",
                location="IRN",
                evidence=_evidence(FA_TEXT, fa_meet),
            ),
        ],
        annotations=_annotations(
            FA_TEXT,
            [
                ("actor", "ایران", "IRN"),
                ("actor", "کره‌ای", "KOR"),
                ("date", "روز یکشنبه", "2024-05-05"),
            ],
        ),
    )
    pairs.append((doc, record))

    accuse = "North Korea condemned the joint military exercises held by South Korea and the United States on Friday."
    doc = Document(
        "en-prk-kor",
        EN_CONFLICT_TEXT,
        lang="en",
        published="2024-05-10",
        title="North Korea condemns drills",
        source="Other Wire",
    )
    record = Record(
        doc_id=doc.doc_id,
        lang="en",
        published="2024-05-10",
        title=doc.title,
        source=doc.source,
        events=[
            Event(
                "ACCUSE",
                None,
                "reported",
                [Actor("PRK"), Actor("KOR"), Actor("USA")],
                date="2024-05-10",
                evidence=_evidence(EN_CONFLICT_TEXT, accuse),
            ),
        ],
        annotations=_annotations(
            EN_CONFLICT_TEXT,
            [
                ("actor", "North Korea", "PRK"),
                ("actor", "South Korea", "KOR"),
                ("actor", "United States", "USA"),
            ],
        ),
    )
    pairs.append((doc, record))
    return pairs


def build_store(path: Path) -> Path:
    """A database at ``path`` holding ``sample_pairs``."""
    from diplowatch.store import Store

    with Store(path) as store:
        store.add_many(sample_pairs())
    return path


def test_sample_evidence_offsets_point_into_their_text() -> None:
    for doc, record in sample_pairs():
        for event in record.events:
            assert event.evidence is not None
            assert doc.text[event.evidence.start : event.evidence.end] == event.evidence.text
        for ann in record.annotations:
            assert 0 <= ann["start"] < ann["end"] <= len(doc.text)
