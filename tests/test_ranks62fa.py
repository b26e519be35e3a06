"""Decisions of round 62 (ranks62fa) on officers named after a land rank;
every sentence written for these tests.

A military side that travels is read as its forces deployed (MOBILIZE)
unless its doer holds an office; a land rank before a personal name ("سردار
X", "سرتیپ X", "Colonel X", "العقيد X") names one officer, whose own trip is
a visit (CONSULT). An admiral's voyage and a trip of forces named between
the officer and the verb stay a deployment.
"""

from __future__ import annotations

from casts import run


def _types(text: str, lang: str) -> list[str]:
    """The event types of ``text``, in order."""
    return [e.type for e in run(text, lang).events]


# --- an officer named after his rank travels as a person ---


def test_persian_irgc_general_trip_is_a_visit() -> None:
    text = "سردار کاوه نوری دیروز به دمشق سفر کرد و با وزیر دفاع سوریه دیدار کرد."
    types = _types(text, "fa")
    assert "MOBILIZE" not in types
    assert "CONSULT" in types


def test_persian_brigadier_trip_is_a_visit() -> None:
    types = _types("سرتیپ کاوه نوری هفته گذشته به مسکو سفر کرد.", "fa")
    assert types == ["CONSULT"]


def test_english_brigadier_general_visit_is_a_visit() -> None:
    types = _types("Brigadier General Tom Baxter visited Kabul on Monday.", "en")
    assert types == ["CONSULT"]


def test_english_colonel_visit_with_a_meeting_is_no_deployment() -> None:
    text = "Colonel Tom Baxter visited Kabul and met the Afghan defence minister."
    types = _types(text, "en")
    assert "MOBILIZE" not in types
    assert "CONSULT" in types


def test_arabic_first_general_visit_is_a_visit() -> None:
    """Arabic reads no military visit as a deployment: already a visit."""
    text = "زار الفريق أول ماهر الحلبي القاهرة والتقى وزير الدفاع المصري."
    types = _types(text, "ar")
    assert "MOBILIZE" not in types
    assert "CONSULT" in types


# --- forces and fleets still deploy ---


def test_persian_admiral_telling_of_fleet_voyage_stays_deployment() -> None:
    text = "امیر دریادار کاوه نوری گفت: در این سفر ناوگروه به بندر جده رسید."
    assert _types(text, "fa") == ["MOBILIZE"]


def test_persian_forces_sent_named_after_the_general_still_deploy() -> None:
    text = "سرتیپ کاوه نوری گفت نیروهای ارتش به مرز سفر کردند."
    assert _types(text, "fa") == ["MOBILIZE"]


def test_persian_fleet_trip_still_deploys() -> None:
    assert _types("ناوگروه ارتش به بندر جده سفر کرد.", "fa") == ["MOBILIZE"]


def test_english_troops_visit_still_deploys() -> None:
    text = "Colonel Tom Baxter said the army's troops travelled to Kabul."
    assert "CONSULT" not in _types(text, "en")


def test_english_rear_admiral_fleet_visit_stays_deployment() -> None:
    text = "Rear Admiral Tom Baxter visited the port of Jeddah with the fleet."
    assert "CONSULT" not in _types(text, "en")


def test_arabic_troops_visit_still_no_visit() -> None:
    text = "قال العقيد ماهر الحلبي إن قوات الجيش وصلت إلى بغداد."
    assert "CONSULT" not in _types(text, "ar")
