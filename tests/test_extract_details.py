"""What an event carries: its date, sectors, money and evidence offsets.

Also: background history is not an event, and the publication date comes
from the stamp forms that crawled pages carry when no ``published`` field is
given. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document, Event, Record
from diplowatch.pipeline import process

PUBLISHED = "2024-04-23"  # Tuesday


def run(text: str, lang: str, published: str | None = PUBLISHED) -> Record:
    return process(Document(doc_id="t", text=text, lang=lang, published=published))


def codes(event: Event) -> set[str]:
    return {a.code for a in event.actors}


def only(record: Record, etype: str) -> Event:
    found = [e for e in record.events if e.type == etype]
    assert len(found) == 1, [(e.type, e.status, e.date, sorted(codes(e))) for e in record.events]
    return found[0]


# ---------------------------------------------------------------- event dates

DATED = [
    ("ar", "التقى وزير الخارجية الإيراني نظيره الياباني في طهران أمس.", "CONSULT", "2024-04-22"),
    ("ar", "التقى وزير الخارجية السعودي نظيره الكوري اليوم الثلاثاء.", "CONSULT", "2024-04-23"),
    ("ar", "وقعت السعودية وكوريا اتفاقية في 20 أبريل 2024.", "AGREE", "2024-04-20"),
    (
        "fa",
        "رئیس جمهور کره جنوبی روز یکشنبه با رئیس جمهور ویتنام در سئول دیدار و گفتگو کرد.",
        "CONSULT",
        "2024-04-21",
    ),
    ("fa", "ایران و کره جنوبی دیروز یادداشت تفاهم امضا کردند.", "AGREE", "2024-04-22"),
    ("fa", "ایران و کره جنوبی امروز سه شنبه یادداشت تفاهم امضا کردند.", "AGREE", "2024-04-23"),
    # a Solar Hijri date in the sentence is converted (1 Ordibehesht 1403 = 20 April 2024)
    (
        "fa",
        "ایران و کره جنوبی روز ۱ اردیبهشت ۱۴۰۳ یادداشت تفاهم امضا کردند.",
        "AGREE",
        "2024-04-20",
    ),
    (
        "en",
        "South Korean Foreign Minister Cho Tae-yul met his Japanese counterpart in Tokyo yesterday.",
        "CONSULT",
        "2024-04-22",
    ),
    ("en", "Japan and South Korea signed an accord on Sunday.", "AGREE", "2024-04-21"),
    ("en", "Japan and South Korea signed an accord on April 20.", "AGREE", "2024-04-20"),
    # planned: tomorrow is after the publication date (the first sentence only
    # places the minister: an arrival "وصل … إلى سيول" is a visit of its own)
    (
        "ar",
        "يوجد وزير الخارجية الإيراني في سيول منذ أمس. وسيلتقي نظيره الكوري غدا.",
        "CONSULT",
        "2024-04-24",
    ),
    (
        "fa",
        "رئیس جمهور ایران فردا با رئیس جمهور ازبکستان در تهران دیدار خواهد کرد.",
        "CONSULT",
        "2024-04-24",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "day"), DATED)
def test_event_dates_resolve_against_published(lang: str, text: str, etype: str, day: str) -> None:
    assert only(run(text, lang), etype).date == day


def test_relative_date_needs_a_publication_date() -> None:
    record = run("ایران و کره جنوبی دیروز یادداشت تفاهم امضا کردند.", "fa", published=None)
    assert record.published is None
    assert only(record, "AGREE").date is None


def test_same_sentence_other_anchor_moves_the_date() -> None:
    record = run("Japan and South Korea signed an accord yesterday.", "en", published="2025-01-01")
    assert only(record, "AGREE").date == "2024-12-31"


# ---------------------------------------------------------------- publication stamps

STAMPS = [
    (
        "fa",
        "03 آبان 1401 - 15:03\n\nتهران- ایرنا- ایران و کره جنوبی دیروز یادداشت تفاهم امضا کردند.",
        "2022-10-25",
    ),
    (
        "en",
        "Write: 2024-04-23 15:48:47\n\nSEOUL, April 23 (Yonhap) -- Japan and South Korea signed an accord.",
        "2024-04-23",
    ),
    ("ar", "17 صفر 1447هـ\n\nسيول - واس: وقعت السعودية وكوريا مذكرة تفاهم.", "2025-08-11"),
    ("ar", "23/04/2024\n\nسيول - واس: وقعت السعودية وكوريا مذكرة تفاهم.", "2024-04-23"),
    (
        "ar",
        "الثلاثاء 23 أبريل/نيسان 2024\n\nسيول - واس: وقعت السعودية وكوريا مذكرة تفاهم.",
        "2024-04-23",
    ),
    # a headline line first, then the stamp on a line of its own
    (
        "ar",
        "السعودية وكوريا توقعان مذكرة\n\n17 صفر 1447هـ\n\nسيول - واس: وقعت السعودية وكوريا مذكرة.",
        "2025-08-11",
    ),
    (
        "en",
        "Korea, Japan sign accord\n\nJune 15, 2024\n\nTOKYO, June 14 -- Japan and Korea signed an accord.",
        "2024-06-15",
    ),
]


@pytest.mark.parametrize(("lang", "text", "day"), STAMPS)
def test_publication_stamp_in_text(lang: str, text: str, day: str) -> None:
    assert run(text, lang, published=None).published == day


def test_stamp_date_anchors_relative_dates() -> None:
    text = "03 آبان 1401 - 15:03\n\nتهران- ایرنا- ایران و کره جنوبی دیروز یادداشت تفاهم امضا کردند."
    record = run(text, "fa", published=None)
    assert only(record, "AGREE").date == "2022-10-24"


@pytest.mark.parametrize(
    ("field", "day"),
    [
        ("1403/08/10", "2024-10-31"),
        ("2024-04-23T15:48:47+09:00", "2024-04-23"),
        ("Tue, 23 Apr 2024 06:48:47 GMT", "2024-04-23"),
    ],
)
def test_published_field_forms(field: str, day: str) -> None:
    assert run("Japan and South Korea signed an accord.", "en", published=field).published == day


# ---------------------------------------------------------------- sectors

SECTORS = [
    ("ar", "وقعت السعودية وكوريا اتفاقيات في مجالات الصحة والتعليم والثقافة والسياحة والدفاع والزراعة وسلاسل الإمداد.",
     {"health", "education", "culture", "tourism", "defense", "agriculture", "supply_chains"}),
    ("ar", "بحث وزير الخارجية السعودي مع نظيره الكوري سبل تعزيز التعاون في أشباه الموصلات.", {"semiconductors"}),
    ("ar", "وقعت جمهورية كوريا والمملكة العربية السعودية مذكرة تفاهم في مجال الهيدروجين.", {"hydrogen"}),
    ("fa", "ایران و کره جنوبی در زمینه‌های بهداشت، آموزش، فرهنگ، گردشگری، کشاورزی و انرژی‌های تجدیدپذیر تفاهم‌نامه امضا کردند.",
     {"health", "education", "culture", "tourism", "agriculture", "renewable_energy"}),
    ("en", "The two leaders signed agreements on semiconductors, critical minerals, nuclear energy, artificial intelligence "
     "and digital transformation. Japan and Korea met.",
     {"semiconductors", "mining", "nuclear_energy", "artificial_intelligence", "digitalization"}),
    ("en", "Seoul and Tokyo held talks on supply chains.", {"supply_chains"}),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "want"), SECTORS)
def test_sectors(lang: str, text: str, want: set[str]) -> None:
    record = run(text, lang)
    got = {s for e in record.events for s in e.sectors}
    assert want <= got, got


def test_minister_titles_are_not_sectors() -> None:
    """ "وزير الصحة" names a person; it does not make the meeting about health."""
    record = run("التقى وزير الصحة الكوري وزير الصحة السعودي.", "ar")
    assert only(record, "CONSULT").sectors == []


def test_sectors_only_on_cooperative_events() -> None:
    record = run(
        "Japan condemned North Korea's missile launch, which threatened energy supplies.", "en"
    )
    assert any(e.type == "ACCUSE" for e in record.events)
    for event in record.events:
        if event.type in {"ACCUSE", "THREATEN", "ASSAULT"}:
            assert event.sectors == []


# ---------------------------------------------------------------- money

AMOUNTS = [
    ("ar", "قدمت كوريا الجنوبية منحة بقيمة 6 ملايين دولار أمريكي لفيتنام.", (6_000_000, "USD"), "grant"),
    ("ar", "قدمت كوريا قرضا بقيمة 150 مليار وون لفيتنام.", (150_000_000_000, "KRW"), "loan"),
    ("ar", "قدمت اليابان قرضا بقيمة 2.5 مليار ين إلى فيتنام.", (2_500_000_000, "JPY"), "loan"),
    ("ar", "قدمت السعودية مساعدات بقيمة مليوني ريال سعودي إلى اليمن.", (2_000_000, "SAR"), "pledge"),
    ("ar", "قدمت كوريا مساعدات إنسانية بقيمة عشرة ملايين دولار لأفغانستان.", (10_000_000, "USD"), "pledge"),
    ("fa", "ژاپن ۲ میلیارد دلار کمک مالی به ویتنام اهدا کرد.", (2_000_000_000, "USD"), "pledge"),
    ("fa", "کره جنوبی ۵۰۰ میلیون یورو وام به ازبکستان اعطا کرد.", (500_000_000, "EUR"), "loan"),
    ("en", "South Korea pledged $1.5 billion in aid to Ukraine.", (1_500_000_000, "USD"), "pledge"),
    ("en", "Korea pledged US$2.5 million in humanitarian aid to Afghanistan.", (2_500_000, "USD"), "pledge"),
    ("en", "Japan pledged 20 billion yen in loans to Vietnam.", (20_000_000_000, "JPY"), "loan"),
    # no cue word: an aid event's sum is a pledge
    ("en", "South Korea will provide 10 billion won to Vietnam.", (10_000_000_000, "KRW"), "pledge"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "amount", "kind"), AMOUNTS)
def test_amounts_on_aid(lang: str, text: str, amount: tuple[int, str], kind: str) -> None:
    aid = only(run(text, lang), "AID")
    assert [(m.value, m.currency) for m in aid.amounts] == [amount]
    assert aid.amounts[0].kind == kind


def test_currency_adjective_is_not_an_actor() -> None:
    """ "دولار أمريكي" is a currency, not the United States taking part."""
    record = run("قدمت كوريا الجنوبية منحة بقيمة 6 ملايين دولار أمريكي لفيتنام.", "ar")
    assert all("USA" not in codes(e) for e in record.events)


# ---------------------------------------------------------------- evidence offsets


def check_evidence(text: str, record: Record) -> None:
    assert record.events
    for event in record.events:
        ev = event.evidence
        assert ev is not None
        assert 0 <= ev.start < ev.end <= len(text)
        assert ev.text == text[ev.start : ev.end]
        assert event.trigger
        # The trigger is cited as the article spells it (issue 13), inside its evidence.
        assert event.trigger in ev.text, (event.trigger, ev.text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # diacritics and tatweel inside names and the trigger
        ("ar", "مقدمة الخبر.\nوَقَّعَتْ كـــوريا الجنوبية والسعـــودية مُذَكِّرَةَ تَفَاهُمٍ في مجال الهيدروجين."),
        # ZWNJ in "کره‌", "گفت‌وگو", "تفاهم‌نامه‌ای"
        (
            "fa",
            "خبر کوتاه.\nایران و کره‌ جنوبی دیروز در تهران گفت‌وگو کردند و تفاهم‌نامه‌ای امضا کردند.",
        ),
        # Arabic-Indic digits, Persian yeh/kaf, and several sentences before
        ("fa", "تهران- ایرنا- در دیدار امروز.\nژاپن ۲ میلیارد دلار کمک مالی به ویتنام اهدا کرد."),
        # non-breaking spaces, curly quotes and an em dash
        (
            "en",
            "SEOUL \u2014 \u201cWe agreed,\u201d he said.\u00a0South\u00a0Korea and Japan signed an accord on hydrogen.",
        ),
    ],
)
def test_evidence_maps_back_to_the_original_text(lang: str, text: str) -> None:
    check_evidence(text, run(text, lang))


def test_evidence_is_the_sentence_of_the_event() -> None:
    text = (
        "Yonhap reported the news on Tuesday. South Korea and Japan signed an accord on hydrogen. "
        "The weather in Seoul was mild."
    )
    event = only(run(text, "en"), "AGREE")
    assert event.evidence is not None
    assert event.evidence.text.startswith("South Korea and Japan signed")
    assert "weather" not in event.evidence.text


def test_annotations_point_into_the_text() -> None:
    text = "قدمت كـوريا الجنوبية منحة بقيمة 6 ملايين دولار أمريكي لفيتنام أمس."
    record = run(text, "ar")
    annotations = record.annotations
    assert annotations
    kinds = {a["kind"] for a in annotations}
    assert {"actor", "trigger", "amount"} <= kinds
    for a in annotations:
        assert 0 <= a["start"] < a["end"] <= len(text)
    amount = next(a for a in annotations if a["kind"] == "amount")
    assert "6" in text[amount["start"] : amount["end"]]


# ---------------------------------------------------------------- background history


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Relations between the two countries deteriorated in 2019 when Japan imposed export controls on South Korea.",
        ),
        ("en", "Saudi Arabia cut ties with Iran in 2016."),
        ("ar", "وكانت السعودية قد قطعت علاقاتها مع إيران عام 2016."),
        ("fa", "ایران و کره جنوبی در سال ۱۳۹۵ یادداشت تفاهم امضا کردند."),
        ("fa", "ایران و کره جنوبی در سال ۲۰۱۶ یادداشت تفاهم امضا کردند."),
    ],
)
def test_background_history_is_not_an_event(lang: str, text: str) -> None:
    record = run(text, lang)
    assert record.events == []
    assert record.note


def test_background_sentence_next_to_a_current_event() -> None:
    text = "South Korea and Japan signed an accord. Japan imposed export controls on South Korea in 2019."
    record = run(text, "en")
    assert {e.type for e in record.events} == {"AGREE"}


def test_last_years_events_are_not_background() -> None:
    record = run("Japan and South Korea signed a deal in 2023.", "en")
    assert only(record, "AGREE").status == "reported"
