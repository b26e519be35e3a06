"""A deed's noun closed by the subjunctive of "to have", words away (round 83,
typesfa83; every sentence written for these tests).

Persian tells a deed with a noun and a light verb, and puts the noun's
partner and adjectives between them: "تا دیدار کوتاهی با مادرش داشته باشد"
(so that he may have a short meeting with his mother). The subjunctive of
"داشتن" ("داشته باشد", lang/fa/context.HAVE_SUBJUNCTIVES) tells the meeting as
meant, as "تا … دیدار کند" does, but ``verb_mood._noun_verb`` reads only the
three words after the noun, so the meeting was told as held. Now the
subjunctive of "to have" closes the noun up to six words on, before any
clause break or other verb (``verb_mood._closed_by_have``). A plan before it
keeps the deed planned; the perfect and the past ("داشته است", "داشت") and a
"داشته باشند" that closes another clause stay as they were. English and
Arabic say the purpose with their own verb and read it right already.
"""

from __future__ import annotations

from casts import run


def _events(text: str, lang: str) -> list[tuple[str, str]]:
    """The (type, status) of each event read in ``text``."""
    return [(e.type, e.status) for e in run(text, lang).events]


# --- Persian ---------------------------------------------------------------------


def test_fa_meeting_meant_with_have_words_away() -> None:
    # main read a CONSULT: the prisoner is taken to hospital so that he may
    # see his mother, a family visit meant, no meeting held
    text = "این فعال سیاسی زندانی دیروز به بیمارستان منتقل شد تا دیدار کوتاهی با مادرش داشته باشد."
    assert "CONSULT" not in {t for t, _ in _events(text, "fa")}


def test_fa_meeting_planned_with_have_stays_planned() -> None:
    # guard: holds on main; a plan before the noun keeps the meeting planned
    text = "قرار است وزیر خارجه ترکیه هفته آینده دیداری با همتای ایرانی خود داشته باشد."
    assert ("CONSULT", "planned") in _events(text, "fa")


def test_fa_meeting_had_in_the_perfect_is_told() -> None:
    # guard: holds on main; "داشته است" is the perfect, a meeting held
    text = "وزیر خارجه ترکیه دیروز دیداری با همتای ایرانی خود داشته است."
    assert ("CONSULT", "reported") in _events(text, "fa")


def test_fa_meeting_had_in_the_past_is_told() -> None:
    # guard: holds on main
    text = "وزیر خارجه ترکیه دیروز با همتای ایرانی خود دیدار داشت."
    assert ("CONSULT", "reported") in _events(text, "fa")


def test_fa_have_of_a_later_clause_leaves_the_meeting_told() -> None:
    # guard: holds on main; the meeting has its own light verb ("کرد"), and
    # "داشته باشند" closes the purpose clause after it
    text = (
        "وزیر خارجه ترکیه دیروز با همتای ایرانی خود دیدار کرد "
        "تا دو کشور همکاری نزدیک‌تری داشته باشند."
    )
    assert ("CONSULT", "reported") in _events(text, "fa")


def test_fa_meeting_as_the_purpose_of_a_trip_stays_a_visit() -> None:
    # guard: holds on main; a trip told before the noun is the visit done
    # (context.HAVE_TRIP_LEADS), the meeting its purpose (test_consult34fa)
    text = "وزیر خارجه قطر دیروز به کابل رفت تا دیداری با مقامات طالبان داشته باشد."
    assert ("CONSULT", "reported") in _events(text, "fa")


# --- English and Arabic: the same purpose, read right already (guards) -------------


def test_en_meeting_meant_by_purpose_is_no_event() -> None:
    text = "The jailed activist was taken to hospital so that he could have a short meeting with his mother."
    assert "CONSULT" not in {t for t, _ in _events(text, "en")}


def test_en_meeting_held_before_a_purpose_is_told() -> None:
    text = (
        "The Turkish foreign minister met his Iranian counterpart yesterday "
        "so that the two countries could have closer cooperation."
    )
    assert ("CONSULT", "reported") in _events(text, "en")


def test_ar_meeting_meant_by_purpose_is_no_event() -> None:
    text = "نقل الناشط المعتقل إلى المستشفى لكي يلتقي بوالدته لفترة قصيرة."
    assert "CONSULT" not in {t for t, _ in _events(text, "ar")}


def test_ar_meeting_held_before_a_purpose_is_told() -> None:
    text = "التقى وزير الخارجية التركي نظيره الإيراني أمس لكي يكون للبلدين تعاون أوثق."
    assert ("CONSULT", "reported") in _events(text, "ar")
