"""A list of terrorists or of terrorist groups is no actor.

"نشر قائمة الإرهابيين", "إعداد قائمة للمنظمات الإرهابية", "the list of
terrorist organizations": the list is what is drawn up, published or added
to; the people or groups it lists are no side of the deed
(``lang/ar/agents.NOT_AGENTS``). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document, Event, Record
from diplowatch.pipeline import process


def run(text: str, lang: str) -> Record:
    return process(Document(doc_id="t", text=text, lang=lang, published="2017-06-12"))


def of_type(record: Record, etype: str) -> list[Event]:
    return [e for e in record.events if e.type == etype]


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("ar", "اتفقت مصر والأردن على إعداد قائمة للمنظمات الإرهابية في سوريا.", "AGREE"),
        (
            "ar",
            "طالب رئيس حزب صغير اليوم وزير الداخلية بنشر قائمة الإرهابيين التونسيين في الخارج.",
            "REQUEST",
        ),
        ("fa", "مصر و اردن بر سر تهیه فهرست سازمان‌های تروریستی در سوریه توافق کردند.", "AGREE"),
        (
            "en",
            "A Tunisian party leader urged the interior minister to publish the list of terrorists.",
            "REQUEST",
        ),
    ],
)
def test_the_listed_are_no_side(lang: str, text: str, etype: str) -> None:
    (event,) = of_type(run(text, lang), etype)
    assert all(a.agent not in ("REB", "UAF") for a in event.actors)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "طالب رئيس حزب صغير اليوم وزير الداخلية بنشر قائمة الإرهابيين التونسيين في الخارج."),
        (
            "en",
            "A Tunisian party leader urged the interior minister to publish the list of terrorists.",
        ),
    ],
)
def test_the_addressee_of_the_call_stays(lang: str, text: str) -> None:
    (event,) = of_type(run(text, lang), "REQUEST")
    assert any(a.agent == "GOV" and a.role == "minister" for a in event.actors)
