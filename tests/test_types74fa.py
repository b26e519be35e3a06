"""Round 74 (types74fa): Persian event types.

A readiness declared for a deed offers that deed ("آمادگی خود را برای
مذاکره … اعلام کرد"): the noun after "برای" is the deed to come (planned),
not an aim talked about, as English "declared its readiness for talks" and
Arabic "أبدت استعدادها للوساطة" are read. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _events(text: str, lang: str) -> set[tuple[str, str]]:
    """The (type, status) pairs of the events of ``text``."""
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-05-02"))
    return {(e.type, e.status) for e in record.events}


OFFERED = [
    ("fa", "عربستان آمادگی خود را برای میانجیگری میان روسیه و اوکراین اعلام کرد.", "CONSULT"),
    ("fa", "ایران آمادگی خود را برای مذاکره با عربستان اعلام کرد.", "CONSULT"),
    ("fa", "وزیر خارجه ترکیه بر آمادگی کشورش برای گفت‌وگو با یونان تاکید کرد.", "CONSULT"),
    ("fa", "قطر آمادگی کامل خود را برای دیدار با مقامات طالبان اعلام کرد.", "CONSULT"),
    ("en", "Turkey declared its readiness for talks with Greece.", "CONSULT"),
    ("ar", "وأبدت السعودية استعدادها للوساطة بين روسيا وأوكرانيا.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), OFFERED)
def test_a_deed_offered_by_a_stated_readiness_is_planned(lang: str, text: str, etype: str) -> None:
    assert (etype, "planned") in _events(text, lang)


def _casts(text: str, lang: str, etype: str) -> list[list[str | None]]:
    """The actor codes, in order, of each ``etype`` event of ``text``."""
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-05-02"))
    return [[a.code for a in e.actors] for e in record.events if e.type == etype]


# review mends (mendA76): the cast, not only the type; the one whose
# readiness it is stays a side, also of a mediation between two others
# (Arabic "استعدادها للوساطة بين" still loses it: no offer words there yet)
OFFERED_CASTS = [
    (
        "fa",
        "عربستان آمادگی خود را برای میانجیگری میان روسیه و اوکراین اعلام کرد.",
        [["SAU", "RUS"], ["SAU", "UKR"]],
    ),
    ("fa", "ایران آمادگی خود را برای مذاکره با عربستان اعلام کرد.", [["IRN", "SAU"]]),
    ("fa", "وزیر خارجه ترکیه بر آمادگی کشورش برای گفت‌وگو با یونان تاکید کرد.", [["TUR", "GRC"]]),
    ("fa", "قطر آمادگی کامل خود را برای دیدار با مقامات طالبان اعلام کرد.", [["QAT", "AFG"]]),
    ("en", "Turkey declared its readiness for talks with Greece.", [["TUR", "GRC"]]),
]


@pytest.mark.parametrize(("lang", "text", "casts"), OFFERED_CASTS)
def test_the_offered_deed_keeps_its_cast(lang: str, text: str, casts: list[list[str]]) -> None:
    assert _casts(text, lang, "CONSULT") == casts


NOT_OFFERED = [
    # readiness denied, or talked about: the talks stay an aim
    ("fa", "پنتاگون از عدم آمادگی ارتش افغانستان برای مذاکره با طالبان انتقاد کرد.", "CONSULT"),
    ("fa", "رسانه‌ها درباره آمادگی ترکیه برای مذاکره با یونان گزارش دادند.", "CONSULT"),
    # preparations built up, in the plural: no deed offered
    ("fa", "اسرائیل آمادگی‌های خود را برای مذاکره با لبنان افزایش می‌دهد.", "CONSULT"),
    # a readiness to attack is a threat, not an attack to come
    ("fa", "اسرائیل آمادگی خود را برای حمله به ایران اعلام کرد.", "ASSAULT"),
    # the readiness in another clause, across a comma
    ("fa", "ترکیه آمادگی خود را اعلام کرد، برای مذاکره با یونان شرطی ندارد.", "CONSULT"),
    (
        "en",
        "The Pentagon criticised the Afghan army's lack of readiness for talks with the Taliban.",
        "CONSULT",
    ),
]


# each guard beside the same deed told as offered (or, the attack, as meant):
# the deed's words are read, so the guard cannot pass on a sentence that
# gives nothing at all
OFFERED_TWIN = {
    NOT_OFFERED[0][1]: "ارتش افغانستان آمادگی خود را برای مذاکره با طالبان اعلام کرد.",
    NOT_OFFERED[1][1]: "ترکیه آمادگی خود را برای مذاکره با یونان اعلام کرد.",
    NOT_OFFERED[2][1]: "اسرائیل آمادگی خود را برای مذاکره با لبنان اعلام کرد.",
    NOT_OFFERED[3][1]: "اسرائیل به ایران حمله خواهد کرد.",
    NOT_OFFERED[4][1]: "ترکیه آمادگی خود را برای مذاکره با یونان اعلام کرد.",
    NOT_OFFERED[5][1]: "The Afghan army declared its readiness for talks with the Taliban.",
}


@pytest.mark.parametrize(("lang", "text", "etype"), NOT_OFFERED)
def test_no_deed_offered_without_a_stated_readiness(lang: str, text: str, etype: str) -> None:
    assert (etype, "planned") in _events(OFFERED_TWIN[text], lang)
    assert all(t != etype for t, _ in _events(text, lang))


def test_an_aim_without_readiness_stays_an_aim() -> None:
    """With no readiness, "برای مذاکره" names what a trip is for: no talks offered."""
    events = _events("وزیر خارجه ایران برای مذاکره با مقامات عراقی به بغداد رفت.", "fa")
    assert ("CONSULT", "planned") not in events
