"""Sentence and clause boundaries in ar/fa/en: a line break inside a
sentence, a paragraph break flattened to spaces, a dateline before the first
sentence (all sentences written for these tests)."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process
from diplowatch.text.normalize import normalize
from diplowatch.text.segment import dateline_spans, layout_of, sentence_spans


def sentences(text: str, lang: str) -> list[str]:
    """Sentences as the extractor cuts them (normalised text, original layout)."""
    norm = normalize(text)
    spans = sentence_spans(norm.text, lang, layout_of(text, norm))
    return [text[a:b] for a, b in (norm.span_to_original(s, e) for s, e in spans)]


def events(text: str, lang: str) -> list[tuple[str, list[tuple[str | None, str | None]]]]:
    record = process(Document("t", text, lang=lang))
    for e in record.events:  # evidence stays an exact piece of the text
        assert text[e.evidence.start : e.evidence.end] == e.evidence.text
    return [(e.type, [(a.code, a.agent) for a in e.actors]) for e in record.events]


# -- a line break inside a sentence -------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "استقبل الرئيس المصري في\nالقاهرة وزير الخارجية السعودي."),
        ("ar", "التقى وزير الخارجية المصري،\nنظيره السوداني في الخرطوم."),
        ("fa", "وزیر خارجه ایران حمله اسرائیل به سوریه را\nمحکوم کرد."),
        ("fa", "وزیر خارجه ایران حمله اسرائیل به سوریه را محکوم\nکرد."),
        ("fa", "ارتش مواضع شورشیان را هدف\nقرار داد."),
        ("en", "Iran's foreign minister met the\nIraqi ambassador on Sunday."),
        ("en", "Iran's foreign minister\nmet his Iraqi counterpart on Sunday."),
    ],
)
def test_a_line_break_inside_a_sentence_does_not_end_it(lang: str, text: str) -> None:
    assert sentences(text, lang) == [text]


@pytest.mark.parametrize(
    ("lang", "text", "first"),
    [
        (
            "ar",
            "وزير الخارجية يزور بغداد\nوصل وزير الخارجية إلى بغداد.",
            "وزير الخارجية يزور بغداد",
        ),
        ("ar", "قال الوزير:\nنحن مستعدون.", "قال الوزير:"),
        ("fa", "سفر وزیر خارجه به بغداد\nقرار است وزیر فردا برود.", "سفر وزیر خارجه به بغداد"),
        ("fa", "وزیر گفت ما آماده‌ایم\n\nکرد و عرب با هم زندگی می‌کنند.", "وزیر گفت ما آماده‌ایم"),
        (
            "en",
            "Minister visits Baghdad\nThe minister arrived in Baghdad.",
            "Minister visits Baghdad",
        ),
        ("en", "He spoke to the\n\nNext paragraph.", "He spoke to the"),
    ],
)
def test_a_headline_a_colon_or_a_blank_line_still_ends_it(lang: str, text: str, first: str) -> None:
    assert sentences(text, lang)[0] == first


def test_without_the_layout_only_words_join_lines() -> None:
    # Letter case is folded in normalised text: only the original tells
    # that "met" opened its line in lower case.
    text = "Iran's foreign minister\nmet his Iraqi counterpart."
    assert len(sentence_spans(normalize(text).text, "en")) == 2
    assert len(sentences(text, "en")) == 1


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "استقبل الرئيس المصري في\nالقاهرة وزير الخارجية السعودي.", {"EGY", "SAU"}),
        ("fa", "وزیر خارجه ایران حمله اسرائیل به سوریه را\nمحکوم کرد.", {"IRN", "ISR"}),
        ("en", "Iran's foreign minister\nmet his Iraqi counterpart in Baghdad.", {"IRN", "IRQ"}),
    ],
)
def test_a_sentence_over_two_lines_keeps_its_event(lang: str, text: str, expected: set) -> None:
    # the main verb's event (a condemned attack is an event of its own too)
    found = [e for e in events(text, lang) if e[0] != "ASSAULT"]
    assert found and {code for code, _ in found[0][1]} == expected


# -- a paragraph break flattened to a run of spaces ---------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "لقاء وزيري خارجية مصر والسودان          "
            "واستقبل وزير الخارجية التركي نظيره الروسي في أنقرة.",
        ),
        (
            "fa",
            "دیدار وزیران خارجه ایران و عراق در بغداد          "
            "وزیر خارجه ترکیه با همتای روس خود در آنکارا دیدار کرد.",
        ),
        (
            "en",
            "Egypt and Sudan ministers meet in Cairo          "
            "The Turkish foreign minister met his Russian counterpart in Ankara.",
        ),
    ],
)
def test_a_headline_before_a_wide_gap_does_not_join_the_sentence(lang: str, text: str) -> None:
    assert len(sentences(text, lang)) == 2
    found = events(text, lang)
    assert ("CONSULT", [("TUR", "GOV"), ("RUS", "GOV")]) in found
    assert all(not ({"TUR"} & {c for c, _ in actors} and len(actors) > 2) for _, actors in found)


def test_a_few_spaces_are_no_paragraph_break() -> None:
    text = "وزیر خارجه ایران با همتای   عراقی خود دیدار کرد."
    assert sentences(text, "fa") == [text]


# -- datelines ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("ankara, turkey (ap) — police detained 20.", "ankara, turkey (ap) —"),
        ("kabul, aug 3 (reuters) - security forces", "kabul, aug 3 (reuters) -"),
        ("تهران- ایرنا- وزیر گفت", "تهران- ایرنا-"),
        ("واس - جدة: استقبل", "واس - جدة:"),
        ("خالد الشهري- سبق- الرياض: اعتقلت", "خالد الشهري- سبق- الرياض:"),
        ("headline\nbaghdad (reuters) - iraq", "baghdad (reuters) -"),
    ],
)
def test_dateline_spans(text: str, dateline: str) -> None:
    assert [text[a:b].strip() for a, b in dateline_spans(text)] == [dateline]


def test_no_dateline_in_an_ordinary_opening() -> None:
    assert dateline_spans("روسیه: کاهش تعهدات حق ایران است") == []
    assert dateline_spans("the minister said on monday that") == []


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        ("ar", "القاهرة، مصر (أ ف ب) - التقى وزير الخارجية الأردني نظيره العراقي.", ["JOR", "IRQ"]),
        (
            "fa",
            "آنکارا، ترکیه (ایرنا) - وزیر خارجه ایران با همتای عراقی خود دیدار کرد.",
            ["IRN", "IRQ"],
        ),
        (
            "en",
            "ANKARA, Turkey (AP) — Iran's foreign minister met his Iraqi counterpart.",
            ["IRN", "IRQ"],
        ),
    ],
)
def test_the_country_of_a_dateline_is_no_party(lang: str, text: str, pair: list[str]) -> None:
    assert events(text, lang) == [("CONSULT", [(code, "GOV") for code in pair])]


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        (
            "ar",
            "خالد الشهري- سبق- جدة: عقد المجلس البلدي اجتماعه الأسبوعي.\n"
            "واعتقلت الشرطة خمسة أشخاص بتهمة الاحتيال.",
            "SAU",
        ),
        (
            "fa",
            "علی رضایی- ایسنا- مشهد: شورای شهر جلسه هفتگی خود را برگزار کرد.\n"
            "پلیس پنج نفر را به اتهام کلاهبرداری بازداشت کرد.",
            "IRN",
        ),
        (
            "en",
            "By John Smith - AP - CAIRO: The city council held its weekly session.\n"
            "Police arrested five people for fraud.",
            "EGY",
        ),
    ],
)
def test_a_byline_before_the_dateline_place_still_places_the_agents(
    lang: str, text: str, code: str
) -> None:
    coerce = [actors for kind, actors in events(text, lang) if kind == "COERCE"]
    assert coerce and (code, "COP") in coerce[0]


def test_a_dash_inside_a_sentence_is_no_dateline() -> None:
    found = events("The minister - who arrived on Monday - met the Iraqi president.", "en")
    assert found and ("IRQ", "GOV") in found[0][1]
