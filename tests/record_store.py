"""A small store for the record tests: agents, counts, copies, undated events.

Every text here is written for these tests (not taken from any data set).
Records are made by hand with offsets computed from the text, so the store,
API and dashboard can be checked independently of the extractor.
"""

from __future__ import annotations

from pathlib import Path

from diplowatch.model import Actor, Document, Event, Evidence, Record
from diplowatch.store import Store

# Arabic: Iraqi police arrest twenty protesters in Baghdad (a domestic event).
AR_POLICE = "اعتقلت الشرطة العراقية عشرين متظاهرا في بغداد يوم الخميس بعد تجمع أمام الوزارة."
# English: unknown gunmen (no country given) kill seven people; no date anywhere.
EN_GUNMEN = "Unknown gunmen killed seven people in an attack on a market in Baghdad."
# Persian: Iran's foreign minister meets his Iraqi counterpart in Tehran.
FA_TALKS = (
    "وزیر امور خارجه ایران با همتای عراقی خود در تهران دیدار کرد و دو طرف بر همکاری تأکید کردند."
)
# Arabic with hamza forms the extractor folds: the trigger is "أكدت".
AR_HAMZA = "أكدت وزارة الخارجية العراقية دعمها للمبادرة الإيرانية الجديدة."
# Two Arabic articles on sanctions, with and without the article "ال".
AR_SANCTIONS_1 = "فرضت الولايات المتحدة العقوبات على شركة إيرانية للشحن."
AR_SANCTIONS_2 = "أعلنت واشنطن عقوبات جديدة تستهدف مصرفا في طهران."


def _evidence(text: str, sentence: str | None = None) -> Evidence:
    sentence = sentence or text
    start = text.index(sentence)
    return Evidence(sentence, start, start + len(sentence))


def _pair(
    doc_id: str,
    text: str,
    lang: str,
    events: list[Event],
    *,
    published: str | None = None,
    url: str | None = None,
) -> tuple[Document, Record]:
    doc = Document(doc_id=doc_id, text=text, lang=lang, published=published, url=url)
    return doc, Record(doc_id=doc_id, lang=lang, published=published, events=events, url=url)


def pairs() -> list[tuple[Document, Record]]:
    return [
        _pair(
            "ar-police",
            AR_POLICE,
            "ar",
            [
                Event(
                    type="COERCE",
                    mode="arrest",
                    status="reported",
                    actors=[Actor("IRQ", agent="COP"), Actor("IRQ", agent="CVL")],
                    location="IRQ",
                    evidence=_evidence(AR_POLICE),
                    trigger="اعتقلت",
                    counts={"arrested": 20},
                )
            ],
            published="2024-05-02",
            url="https://first.example.invalid/ar/1",
        ),
        _pair(
            "en-gunmen",
            EN_GUNMEN,
            "en",
            [
                Event(
                    type="ASSAULT",
                    mode="attack",
                    status="reported",
                    actors=[Actor(None, agent="UAF"), Actor("IRQ", agent="CVL")],
                    evidence=_evidence(EN_GUNMEN),
                    trigger="killed",
                    counts={"killed": 7},
                )
            ],
        ),
        _pair(
            "fa-talks",
            FA_TALKS,
            "fa",
            [
                Event(
                    type="CONSULT",
                    mode="meeting",
                    status="reported",
                    actors=[
                        Actor("IRN", role="foreign_minister", agent="GOV"),
                        Actor("IRQ", role="foreign_minister", agent="GOV"),
                    ],
                    date="2024-05-03",
                    location="IRN",
                    evidence=_evidence(FA_TALKS),
                    trigger="ديدار",  # as the extractor writes it: normalised
                )
            ],
            published="2024-05-03",
        ),
        _pair(
            "ar-hamza",
            AR_HAMZA,
            "ar",
            [
                Event(
                    type="SUPPORT",
                    mode=None,
                    status="reported",
                    actors=[Actor("IRQ", agent="GOV"), Actor("IRN")],
                    evidence=_evidence(AR_HAMZA),
                    trigger="اكدت",  # normalised: the article writes "أكدت"
                )
            ],
            published="2024-05-05",
        ),
        _pair("ar-sanctions-1", AR_SANCTIONS_1, "ar", [], published="2024-05-06"),
        _pair("ar-sanctions-2", AR_SANCTIONS_2, "ar", [], published="2024-05-07"),
    ]


def copy_of_police() -> Document:
    """The police story again, word for word, at another outlet two days later."""
    return Document(
        doc_id="ar-police-copy",
        text=AR_POLICE,
        lang="ar",
        published="2024-05-04",
        url="https://second.example.invalid/story/7",
        title="نسخة",
    )


def build(path: Path) -> Path:
    """The store above, with the police story copied once."""
    with Store(path) as store:
        for doc, record in pairs():
            store.add(doc, record)
        copy = copy_of_police()
        assert store.add(copy, Record(doc_id=copy.doc_id, lang="ar", published=None)) == (
            "duplicate"
        )
    return path
