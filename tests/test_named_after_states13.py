"""Plants, foods and things named after a state name no state (sentences
written for these tests): cannabis as "Indian hemp" in ar, fa and en, and
tamarind, leave India out of the event; India itself still takes part."""

from __future__ import annotations

import pytest

from casts import run


def _codes(text: str, lang: str) -> set[str]:
    return {a.code or "-" for e in run(text, lang).events for a in e.actors}


NO_STATE = [
    ("ar", "ضبطت الشرطة المغربية طنا من القنب الهندي في طنجة واعتقلت ثلاثة مهربين."),
    ("ar", "دعا وزير الصحة المغربي المواطنين إلى شرب عصير التمر الهندي في رمضان."),
    ("fa", "پلیس ایران یک تن شاهدانه هندی را در مرز کشف و سه قاچاقچی را بازداشت کرد."),
    (
        "en",
        "Moroccan police seized a tonne of Indian hemp in Tangier and arrested three smugglers.",
    ),
]

STATE = [
    ("ar", "دعت تونس الهند إلى تعزيز التعاون التجاري."),
    ("fa", "تونس از هند خواست همکاری تجاری را گسترش دهد."),
    ("en", "Tunisia urged India to expand trade cooperation."),
]


@pytest.mark.parametrize(("lang", "text"), NO_STATE)
def test_a_plant_named_after_india_is_not_india(lang: str, text: str) -> None:
    assert "IND" not in _codes(text, lang)


@pytest.mark.parametrize(("lang", "text"), STATE)
def test_india_itself_still_takes_part(lang: str, text: str) -> None:
    assert "IND" in _codes(text, lang)
