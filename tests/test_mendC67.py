"""Round 67 (mendC67): mends from the review of status67 and reporters67.

A future verb of taking place in the next clause does not plan a meeting
already over: a word of past time, a clause conjunction or a finite past
verb between the noun and the closer ends the noun's clause
(``status.FUTURE_CLOSER_GAP_STOPS``). "Not imminent" plans nothing
(``status.IMMINENT_NEGATIONS``)."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process
from event_statuses import statuses


def _events(text: str, lang: str) -> list[tuple[str, str]]:
    """(type, status) of every event of ``text``."""
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-05-02"))
    return [(e.type, e.status) for e in record.events]


# The meeting is over; the future verb tells the next round.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The talks between the defence ministers of Egypt and Sudan ended in Khartoum on "
            "Monday and the next round will take place in Cairo.",
        ),
        (
            "en",
            "The meeting of the foreign ministers of Qatar and Oman was held in Doha last week but the "
            "following one will be held in Muscat.",
        ),
        (
            "en",
            "The visit of the Pakistani prime minister to China went smoothly so another one "
            "will take place in spring.",
        ),
        (
            "fa",
            "مذاکرات وزیران دفاع مصر و سودان دیروز در خارطوم به پایان رسید و دور تازه در "
            "قاهره برگزار خواهد شد.",
        ),
        (
            "ar",
            "محادثات وزيري دفاع مصر والسودان انتهت أمس في الخرطوم والجولة التالية ستعقد في "
            "القاهرة.",
        ),
    ],
)
def test_future_of_the_next_clause_leaves_a_finished_meeting_reported(lang: str, text: str) -> None:
    assert statuses(text, lang, "CONSULT") == {"reported"}


# No stop between: the closer is still the noun's own.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The talks between the defence ministers of Egypt and Sudan on the border dispute "
            "and the dam will take place in Cairo.",
        ),
        (
            "fa",
            "مذاکرات وزیران دفاع مصر و سودان درباره اختلافات مرزی و سد در قاهره برگزار خواهد شد.",
        ),
        (
            "ar",
            "محادثات وزيري دفاع مصر والسودان حول النزاع الحدودي وملف السد بحضور خبراء "
            "الجانبين ستعقد في القاهرة.",
        ),
    ],
)
def test_closer_of_the_nouns_own_clause_still_plans(lang: str, text: str) -> None:
    assert statuses(text, lang, "CONSULT") == {"planned"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Analysts said the Turkish offensive was not imminent."),
        ("en", "The general said there was no imminent offensive by Turkey."),
        ("ar", "قال محللون إن هجوم تركيا ليس وشيكا."),
    ],
)
def test_not_imminent_plans_nothing(lang: str, text: str) -> None:
    assert "planned" not in statuses(text, lang, "ASSAULT")


def test_not_imminent_in_persian_plans_nothing() -> None:
    # the Persian imminent deed gives no ASSAULT here at all; guard the status
    text = "تحلیلگران گفتند حمله ترکیه قریب‌الوقوع نیست."
    assert ("ASSAULT", "planned") not in _events(text, "fa")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Analysts said the Turkish offensive was imminent."),
        ("ar", "قال محللون إن هجوم تركيا وشيك."),
    ],
)
def test_imminent_without_negation_still_plans(lang: str, text: str) -> None:
    assert statuses(text, lang, "ASSAULT") == {"planned"}


# A verb of being held after the plan cue keeps the cue the meeting's own:
# the deed after it is the meeting's purpose.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "اجتماع وزيري خارجية مصر والأردن الذي من المقرر أن يعقد الشهر المقبل لبحث التفجير "
            "على الحدود ضروري.",
        ),
        (
            "en",
            "The meeting of the foreign ministers of Egypt and Jordan that is scheduled to be "
            "held next month to discuss the bombing on the border is vital.",
        ),
        (
            "fa",
            "نشست وزیران خارجه مصر و اردن که قرار است ماه آینده برای بررسی بمب‌گذاری در مرز "
            "برگزار شود ضروری است.",
        ),
    ],
)
def test_meeting_held_to_discuss_a_deed_stays_planned(lang: str, text: str) -> None:
    assert statuses(text, lang, "CONSULT") == {"planned"}


def _first_agents(text: str, lang: str, etype: str) -> list[str | None]:
    """The agent of the first actor of each ``etype`` event of ``text``."""
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-05-02"))
    found = [e.actors[0].agent for e in record.events if e.type == etype and e.actors]
    assert found, f"no {etype} in {[e.type for e in record.events]}"
    return found


# "قام/قامت ب" + the deed's verbal noun tells the deed actively: its subject
# holds the officers (``context.DEED_ACTIVE_SUPPORTS``).
@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("قامت مجموعة من العمال الغاضبين باحتجاز ضابطين من الشرطة في المصنع.", "LAB"),
        ("قام عشرات من الطلاب باحتجاز ضابط من الجيش داخل الجامعة.", "EDU"),
        # the authority the subject there: it stays first
        ("وقامت قوات الجيش بعد ذلك باحتجاز عدد من المتظاهرين قرب الحدود.", "MIL"),
    ],
)
def test_deed_told_with_qama_bi_keeps_its_subject_first(text: str, doer: str) -> None:
    assert _first_agents(text, "ar", "COERCE") == [doer]


# After a deed noun, an authority in a relative clause's object is no holder:
# only a genitive right after the noun or its held object is.
@pytest.mark.parametrize(
    ("lang", "text", "doer"),
    [
        ("ar", "اعتقال طلاب انتقدوا الحكومة في الجامعة.", "EDU"),
        ("ar", "اعتقال الجيش عشرات الطلاب في الجامعة.", "MIL"),
        (
            "en",
            "The arrest of journalists who criticised the government in their articles drew "
            "protests.",
            "MED",
        ),
        (
            "fa",
            "بازداشت روزنامه‌نگارانی که از دولت انتقاد کرده بودند اعتراض‌ها را برانگیخت.",
            "MED",
        ),
    ],
)
def test_authority_in_a_relative_clause_after_a_deed_noun_holds_no_one(
    lang: str, text: str, doer: str
) -> None:
    assert _first_agents(text, lang, "COERCE") == [doer]
