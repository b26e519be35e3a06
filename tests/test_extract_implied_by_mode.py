"""The understood side of a deed told by its kind (extract/implied.py,
``agents.IMPLIED_BY_MODE``): a prison sentence is passed by a court, not by
the police; and a title before a state and an organisation listed together
belongs to both (extract/actors.py, ``shares_title``).

Sentences written for these tests, in fa, ar and en.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document, Record
from diplowatch.pipeline import process


def run(text: str, lang: str) -> Record:
    return process(Document(doc_id="t", text=text, lang=lang))


def agents_of(record: Record, mode: str | None = None) -> set[str | None]:
    return {
        a.agent
        for e in record.events
        if e.type == "COERCE" and (mode is None or e.mode == mode)
        for a in e.actors
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("سه فعال سیاسی به شش سال حبس محکوم شدند.", "fa"),
        ("دو روزنامه‌نگار در تبریز به پنج سال زندان محکوم شدند.", "fa"),
        ("حكم على ثلاثة ناشطين بالسجن ست سنوات في القاهرة.", "ar"),
    ],
)
def test_a_sentence_with_no_court_named_is_passed_by_a_court(text: str, lang: str) -> None:
    got = agents_of(run(text, lang), "sentence")
    assert "JUD" in got
    assert "COP" not in got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("سه فعال سیاسی در تهران بازداشت شدند.", "fa"),
        ("پلیس قاهره سه فعال سیاسی را بازداشت کرد.", "fa"),
        ("Police in Cairo arrested three activists.", "en"),
    ],
)
def test_an_arrest_is_still_made_by_the_police(text: str, lang: str) -> None:
    got = agents_of(run(text, lang))
    assert "COP" in got
    assert "JUD" not in got


def test_a_named_court_is_not_doubled() -> None:
    record = run("A court in Cairo sentenced three activists to six years in prison.", "en")
    actors = [a for e in record.events if e.type == "COERCE" for a in e.actors]
    assert [a.agent for a in actors].count("JUD") == 1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("نمایندگان ایران و اتحادیه اروپا در وین دیدار کردند.", "fa"),
        ("سفیران ایران، روسیه و اتحادیه اروپا در ژنو دیدار کردند.", "fa"),
        ("The foreign ministers of Iran, Russia and the EU met in Vienna.", "en"),
    ],
)
def test_a_title_before_a_state_and_an_organisation_belongs_to_both(text: str, lang: str) -> None:
    record = run(text, lang)
    eu = [a for e in record.events for a in e.actors if a.code == "EU"]
    assert eu and all(a.agent == "GOV" for a in eu)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وزیر خارجه ایران با اتحادیه اروپا دیدار کرد.", "fa"),
        ("اجتمع وزير خارجية إيران مع الاتحاد الأوروبي في فيينا.", "ar"),
        ("Iran's foreign minister met the EU in Vienna.", "en"),
    ],
)
def test_an_organisation_met_by_a_titled_state_does_not_take_the_title(
    text: str, lang: str
) -> None:
    record = run(text, lang)
    eu = [a for e in record.events for a in e.actors if a.code == "EU"]
    assert eu and all(a.role != "foreign_minister" for a in eu)


def test_the_red_crescent_society_is_an_ngo_not_a_crowd() -> None:
    record = run("جمعیت هلال احمر از کمبود دارو در بیمارستان‌ها انتقاد کرد.", "fa")
    agents = {a.agent for e in record.events for a in e.actors}
    assert "NGO" in agents
    assert "CVL" not in agents
