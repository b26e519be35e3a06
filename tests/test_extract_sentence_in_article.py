"""A sentence's events inside its article are those it has alone, unless
the article tells something the sentence needs (a country, a side).

Two document-level readings lost events the sentence had alone: a title or
agent noun ending one sentence took the name that opens the next as its
holder ("… the militants. Putin vowed …" read as a militant called Putin),
and a digest's stray bullet ("… rejected the appeal. ?") made the sentence
before it a question. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document, Event
from diplowatch.pipeline import process


def events(text: str, lang: str) -> list[Event]:
    return process(Document("t", text, lang=lang)).events


def units(event: Event) -> set[str]:
    return {f"{a.code or '-'}:{a.agent or ''}" for a in event.actors}


def of_sentence(text: str, sentence: str, lang: str) -> list[tuple[str, frozenset[str]]]:
    """(type, units) of the events whose evidence overlaps ``sentence``."""
    start = text.index(sentence)
    end = start + len(sentence)
    return sorted(
        (e.type, frozenset(units(e)))
        for e in events(text, lang)
        if e.evidence and e.evidence.start < end and start < e.evidence.end
    )


def alone(sentence: str, lang: str) -> list[tuple[str, frozenset[str]]]:
    return sorted((e.type, frozenset(units(e))) for e in events(sentence, lang))


@pytest.mark.parametrize(
    ("lang", "before", "sentence", "person"),
    [
        (
            "ar",
            "وتلاحق الشرطة المسلحين.",
            "وهدد أردوغان بقصف مواقعهم في العراق.",
            "TUR:GOV",
        ),
        (
            "ar",
            "ودعا البرلمان إلى محاسبة الإرهابيين.",
            "وتوعد بوتين بضرب مواقعهم في سوريا.",
            "RUS:GOV",
        ),
        (
            "fa",
            "پلیس در تعقیب شورشیان است.",
            "پوتین تهدید کرد مواضع آنها در سوریه را بمباران می‌کند.",
            "RUS:GOV",
        ),
        (
            "fa",
            "دولت خواستار مجازات تروریست‌ها شد.",
            "اردوغان تهدید کرد مواضع آنها در عراق را بمباران می‌کند.",
            "TUR:GOV",
        ),
        (
            "en",
            "Officials questioned the rebels.",
            "Erdogan threatened to bomb their bases in Iraq.",
            "TUR:GOV",
        ),
    ],
)
def test_a_title_takes_no_name_from_the_next_sentence(
    lang: str, before: str, sentence: str, person: str
) -> None:
    text = f"{before} {sentence}"
    inside = of_sentence(text, sentence, lang)
    assert inside == alone(sentence, lang)
    assert any(t == "THREATEN" and person in u for t, u in inside)
    # the sentence before keeps its own actors: the person is not one of them
    first = of_sentence(text, before, lang)
    assert all(person not in u for _, u in first)


@pytest.mark.parametrize(
    ("lang", "text", "sentence"),
    [
        (
            "ar",
            "؟ رفضت المحكمة العليا في البرازيل طلب الحكومة. ؟ ضربت الفيضانات سواحل تشيلي.",
            "رفضت المحكمة العليا في البرازيل طلب الحكومة.",
        ),
        (
            "fa",
            "؟ دیوان عالی برزیل درخواست دولت را رد کرد. ؟ سیل سواحل شیلی را فرا گرفت.",
            "دیوان عالی برزیل درخواست دولت را رد کرد.",
        ),
        (
            "en",
            "? Brazil's supreme court rejected the government's appeal. ? Floods hit Chile.",
            "Brazil's supreme court rejected the government's appeal.",
        ),
    ],
)
def test_a_stray_question_mark_after_a_full_stop_asks_nothing(
    lang: str, text: str, sentence: str
) -> None:
    inside = of_sentence(text, sentence, lang)
    assert ("REJECT", frozenset({"BRA:JUD", "BRA:GOV"})) in inside
    assert inside == alone(sentence, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "هل رفضت المحكمة العليا في البرازيل طلب الحكومة؟"),
        ("ar", "هل رفضت المحكمة العليا في البرازيل طلب الحكومة ؟"),
        ("fa", "آیا دیوان عالی برزیل درخواست دولت را رد کرد؟"),
        ("fa", "آیا دیوان عالی برزیل درخواست دولت را رد کرد ؟"),
        ("en", "Did Brazil's supreme court reject the government's appeal?"),
        ("en", "Did Brazil's supreme court reject the government's appeal ?"),
    ],
)
def test_a_question_still_reports_nothing(lang: str, text: str) -> None:
    assert events(text, lang) == []
