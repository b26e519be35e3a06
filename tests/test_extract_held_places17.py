"""A group that holds the places a deed struck is its target, not its doer.

A doer marker ("بقصف", "by", "با") names who struck; but a noun of a place
an armed side holds (camps, positions, bases: ``context.HELD_PLACE_NOUNS``)
between the marker and the group ("ردت … بقصف معسكرات للمسلحين", "با
گلوله‌باران مواضع شبه‌نظامیان"), or right after the group where modifiers
come first ("by shelling militant camps"), makes the group the owner of
what was struck: the doer is the subject before (``doers._after_marker``).
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document, Event, Record
from diplowatch.pipeline import process


def run(text: str, lang: str) -> Record:
    return process(Document(doc_id="t", text=text, lang=lang, published="2016-05-10"))


def of_type(record: Record, etype: str) -> list[Event]:
    return [e for e in record.events if e.type == etype]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "ردت قوات حفتر بقصف معسكرات للمسلحين في بنغازي."),
        ("ar", "قالت مصادر عسكرية إن الجيش الليبي رد بغارات جوية استهدفت مواقع مسلحين في درنة."),
        ("ar", "قالت مصادر عسكرية إن قوات حفتر ردت بقصف معسكرات مسلحين في بنغازي."),
        ("fa", "نیروهای حفتر با گلوله‌باران مواضع شبه‌نظامیان در بنغازی پاسخ دادند."),
        ("en", "Haftar's forces responded by shelling militant camps in Benghazi."),
    ],
)
def test_the_holders_of_the_places_struck_are_the_target(lang: str, text: str) -> None:
    (event,) = of_type(run(text, lang), "ASSAULT")
    assert event.actors[0].agent == "MIL"
    assert any(a.agent in ("REB", "UAF") for a in event.actors[1:])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "قتل ثلاثة جنود ليبيين بقصف مسلحين على موقع عسكري في بنغازي."),
        ("fa", "سه سرباز لیبیایی در حمله شبه‌نظامیان در بنغازی کشته شدند."),
        ("en", "Three Libyan soldiers were killed by militant shelling in Benghazi."),
    ],
)
def test_a_group_right_after_the_marker_is_still_the_doer(lang: str, text: str) -> None:
    (event,) = of_type(run(text, lang), "ASSAULT")
    assert event.actors[0].agent in ("REB", "UAF")
