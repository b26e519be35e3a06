"""A state named after the arrested (``agents.DOER_FIRST_TYPES``).

Sentences written for these tests (none from the corpus, dev or challenge
sets). "a French journalist was arrested on arriving in Egypt": Egypt is where
it happened, so the police who arrested are understood; "Egypt detained a
French journalist": Egypt, first, is who arrested.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def coerce_actors(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-04-23"))
    return {(a.code, a.agent) for e in record.events if e.type == "COERCE" for a in e.actors}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("اعتقل صحفي فرنسي في مطار القاهرة لدى وصوله إلى مصر.", "ar"),
        ("یک روزنامه‌نگار فرانسوی هنگام ورود به مصر در فرودگاه قاهره بازداشت شد.", "fa"),
        ("A French journalist was detained at Cairo airport on arriving in Egypt.", "en"),
    ],
)
def test_arrest_on_arrival_is_by_the_police_of_the_place(text: str, lang: str) -> None:
    got = coerce_actors(text, lang)
    assert ("EGY", "COP") in got
    assert ("FRA", "MED") in got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("اعتقلت مصر صحفيا فرنسيا لدى وصوله إلى القاهرة.", "ar"),
        ("Egypt detained a French journalist at Cairo airport.", "en"),
        ("ایران یک روزنامه‌نگار فرانسوی را در فرودگاه تهران بازداشت کرد.", "fa"),
    ],
)
def test_a_state_that_arrests_keeps_no_understood_police(text: str, lang: str) -> None:
    got = coerce_actors(text, lang)
    assert not any(agent == "COP" for _, agent in got)
