"""A seizure or arrest told in the passive that names nobody (round 65,
sides65ar; every sentence written for these tests).

"وتم حجز كمية من الذخيرة", "دیروز بازداشت شد", "drugs were seized": the
sentence leaves the seizer understood, and ONTOLOGY.md lets the police
(COP) stand for it, of no country, as the sentence names none. A booking
("تم حجز تذاكر"), a seat reserved or a seizure with a named seizer keeps
its reading.
"""

from __future__ import annotations

import pytest

from casts import cast, run

SEIZED = [
    ("ar", "وتم حجز كمية من الذخيرة داخل المنزل."),
    ("ar", "وتم ضبط أسلحة نارية في مستودع مهجور."),
    ("ar", "وتم إيقاف ثلاثة منهم فجر اليوم."),
    ("fa", "دیروز بازداشت شد."),
    ("fa", "او هفته گذشته دستگیر شد."),
    ("en", "They were detained overnight."),
    ("en", "He was later arrested."),
]

NOT_SEIZED = [
    ("ar", "تم حجز تذاكر الطيران للوفد."),
    ("ar", "حجز الطالب مقعدا في الطائرة."),
    ("fa", "این صدا در استودیو ضبط شد."),
    ("en", "The hotel rooms were booked in advance."),
]


@pytest.mark.parametrize(("lang", "text"), SEIZED)
def test_sideless_seizure_is_the_police(lang: str, text: str) -> None:
    """A passive seizure or arrest with no side: COERCE by the police."""
    assert cast(run(text, lang), "COERCE") == {"-:COP"}


@pytest.mark.parametrize(("lang", "text"), NOT_SEIZED)
def test_booking_is_no_seizure(lang: str, text: str) -> None:
    """A booking or a recording is no coercion."""
    assert "COERCE" not in {e.type for e in run(text, lang).events}


def test_named_seizer_stays() -> None:
    """A seizure whose seizer is named keeps that seizer, not an unnamed police."""
    got = cast(run("وضبطت الشرطة التونسية أسلحة في مستودع مهجور.", "ar"), "COERCE")
    assert "TUN:COP" in got
    assert "-:COP" not in got


def test_seized_ship_keeps_no_police() -> None:
    """A ship seized by nobody named keeps no guessed police (round 14)."""
    assert not any(
        a.endswith(":COP") for a in cast(run("A cargo ship was seized.", "en"), "COERCE")
    )
