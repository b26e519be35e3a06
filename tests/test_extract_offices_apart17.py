"""Offices a named executive does not hold, and heads of regions.

Arabic writes a guest's title right after the host's name ("استقبل الرئيس
… قيس سعيد رئيس البرلمان"): a sitting president or minister holds no seat
in the legislature beside his office, so the seat is another person's, of
the host's state when it names none (``titles.other_office``,
``MentionScan._seat_beside_executive``). A head's title before a region's
or town's name ("رئيس إقليم كردستان") heads that place only: an official
of its state, not its head (``countries._office_mention``). Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document, Event, Record
from diplowatch.pipeline import process


def run(text: str, lang: str, published: str = "2025-03-10") -> Record:
    return process(Document(doc_id="t", text=text, lang=lang, published=published))


def of_type(record: Record, etype: str) -> list[Event]:
    return [e for e in record.events if e.type == etype]


def sides(event: Event) -> set[tuple[str | None, str | None, str | None]]:
    return {(a.code, a.agent, a.role) for a in event.actors}


@pytest.mark.parametrize(
    ("lang", "text", "published", "code"),
    [
        ("ar", "استقبل الرئيس التونسي قيس سعيد رئيس البرلمان في قصر قرطاج.", "2025-03-10", "TUN"),
        ("ar", "التقى قيس سعيد رئيس البرلمان لبحث مشروع الميزانية.", "2025-03-10", "TUN"),
        (
            "ar",
            "استقبل رئيس الوزراء العراقي حيدر العبادي رئيس مجلس النواب في بغداد.",
            "2016-05-10",
            "IRQ",
        ),
        (
            "ar",
            "استقبل الرئيس الجزائري عبد المجيد تبون رئيس المجلس الشعبي الوطني.",
            "2025-03-10",
            "DZA",
        ),
        ("fa", "حسن روحانی رئیس مجلس را در تهران ملاقات کرد.", "2016-05-10", "IRN"),
        (
            "en",
            "President Kais Saied received the speaker of the Tunisian parliament in Carthage.",
            "2025-03-10",
            "TUN",
        ),
    ],
)
def test_a_seat_after_an_executive_name_is_his_guest(
    lang: str, text: str, published: str, code: str
) -> None:
    (event,) = of_type(run(text, lang, published), "CONSULT")
    got = sides(event)
    assert (code, "LEG", "legislator") in got
    assert any(c == code and agent == "GOV" for c, agent, _ in got)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "قال وزير الخارجية الأردني أيمن الصفدي وزير الدولة لشؤون الإعلام إن عمان ترفض ذلك."),
    ],
)
def test_a_second_executive_title_is_still_his(lang: str, text: str) -> None:
    # two offices of the executive may be held together: no second actor
    record = run(text, lang)
    for event in record.events:
        assert all(a.agent != "LEG" for a in event.actors)


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("ar", "التقى رئيس إقليم كردستان وزير الخارجية التركي في أربيل.", "IRQ"),
        ("ar", "استقبل رئيس حكومة إقليم كردستان السفير الأمريكي لدى العراق.", "IRQ"),
        ("ar", "استقبل رئيس ولاية غزنة السفير الأمريكي.", "AFG"),
        ("fa", "رئیس اقلیم کردستان عراق با وزیر خارجه ترکیه دیدار کرد.", "IRQ"),
        ("en", "The governor of Texas met the Mexican ambassador on Monday.", "USA"),
    ],
)
def test_the_head_of_a_region_is_an_official(lang: str, text: str, code: str) -> None:
    (event,) = of_type(run(text, lang), "CONSULT")
    got = sides(event)
    assert (code, "GOV", "official") in got
    assert all(role not in ("head_of_state", "head_of_government") for _, _, role in got)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "التقى رئيس الوزراء العراقي السفير الأمريكي في بغداد."),
        ("fa", "رئیس‌جمهور عراق با سفیر آمریکا در بغداد دیدار کرد."),
        ("en", "The Iraqi prime minister met the US ambassador in Baghdad."),
    ],
)
def test_a_head_before_his_state_stays_its_head(lang: str, text: str) -> None:
    (event,) = of_type(run(text, lang), "CONSULT")
    roles = {role for _, _, role in sides(event)}
    assert roles & {"head_of_state", "head_of_government"}
