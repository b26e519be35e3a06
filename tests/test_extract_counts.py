"""Counts of people next to events (spec: "Counts of people"), in ar, fa, en.

The counting step is tested on its own (scan → count cues → numbers) so the
cases do not depend on which event triggers a sentence has; one case per
language also goes through the whole pipeline.
"""

from __future__ import annotations

import pytest

from diplowatch.extract.counts import find_counts
from diplowatch.extract.lexicon import CUE, lexicon
from diplowatch.extract.scan import resolve, scan
from diplowatch.model import Document
from diplowatch.pipeline import process
from diplowatch.text.normalize import normalize


def counts(text: str, lang: str) -> dict[str, int]:
    ntext = normalize(text).text
    cues = resolve(scan(ntext, lexicon(lang))).get(CUE, [])
    return find_counts(ntext, 0, len(ntext), cues, lang)


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("en", "The blast killed 9 people and injured 31 others near the market.", {"killed": 9, "wounded": 31}),
        ("en", "At least 14 soldiers were killed when the convoy was ambushed.", {"killed": 14}),
        ("en", "Security forces detained 45 students after the rally.", {"arrested": 45}),
        ("en", "Some 3,000 demonstrators marched to the parliament.", {"participants": 3000}),
        ("en", "Twelve people died in the shelling.", {"killed": 12}),
        ("ar", "أسفر الانفجار عن مقتل 9 أشخاص وإصابة 31 آخرين قرب السوق.", {"killed": 9, "wounded": 31}),
        ("ar", "اعتقلت قوات الأمن ٤٥ طالبا بعد المسيرة.", {"arrested": 45}),
        ("ar", "لقي ثلاثة جنود مصرعهم في الكمين.", {"killed": 3}),
        ("fa", "در این انفجار ۹ نفر کشته و ۳۱ نفر زخمی شدند.", {"killed": 9, "wounded": 31}),
        ("fa", "نیروهای امنیتی ۴۵ دانشجو را بازداشت کردند.", {"arrested": 45}),
    ],
)  # fmt: skip
def test_numbers_next_to_count_words(lang: str, text: str, want: dict[str, int]) -> None:
    assert counts(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Dozens of people were killed and hundreds were wounded."),
        ("en", "Thousands of protesters filled the square."),
        ("ar", "قتل عشرات الأشخاص وأصيب المئات."),
        ("ar", "خرج آلاف المتظاهرين إلى الشوارع."),
        ("fa", "ده‌ها نفر کشته و صدها نفر زخمی شدند."),
        ("fa", "هزاران معترض در خیابان‌ها جمع شدند."),
    ],
)
def test_vague_quantities_give_no_count(lang: str, text: str) -> None:
    assert counts(text, lang) == {}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In 2019, the attack killed people in the capital."),
        ("ar", "قتل أشخاص في هجوم عام 2019."),
        ("fa", "در سال ۱۳۹۸ چند نفر کشته شدند."),
    ],
)
def test_a_year_is_no_count(lang: str, text: str) -> None:
    ntext = normalize(text).text
    year = next(i for i in range(len(ntext)) if ntext[i : i + 2] in ("20", "13"))
    cues = resolve(scan(ntext, lexicon(lang))).get(CUE, [])
    assert find_counts(ntext, 0, len(ntext), cues, lang, [(year, year + 4)]) == {}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("en", "Police detained a man aged 34 outside the station.", {}),
        ("en", "The soldier was killed 3 days after the ceasefire.", {}),
        ("en", "In 2021 police arrested an activist in the capital.", {}),
        ("en", "Police arrested 2 men, both 19 years old.", {"arrested": 2}),
        ("ar", "اعتقلت الشرطة شابا يبلغ من العمر 27 عاما قرب المحطة.", {}),
        ("ar", "قتل جندي (41 عاما) قبل 3 أيام من الهدنة.", {}),
        ("ar", "اعتقلت الشرطة في 2021 ناشطا في العاصمة.", {}),
        ("ar", "اعتقلت الشرطة 6 أشخاص تتراوح أعمارهم بين 20 و25 عاما.", {"arrested": 6}),
        ("fa", "پلیس یک مرد ۳۴ ساله را در نزدیکی ایستگاه بازداشت کرد.", {"arrested": 1}),
        ("fa", "یک سرباز ۳ روز پس از آتش‌بس کشته شد.", {"killed": 1}),
        ("fa", "پلیس در سال ۲۰۲۱ یک فعال را بازداشت کرد.", {}),
    ],
)  # fmt: skip
def test_ages_spans_of_time_and_years_count_no_people(
    lang: str, text: str, want: dict[str, int]
) -> None:
    """Digits of an age, a span of time or a year (counts.MEASURE_UNITS,
    MEASURE_BEFORE; a year-shaped number away from its count word) are no
    count of people; the people counted beside them still are."""
    assert counts(text, lang) == want


def test_a_clause_boundary_stops_a_count() -> None:
    assert counts("Police said 40 buses left, and two people were killed.", "en") == {"killed": 2}


@pytest.mark.parametrize(
    ("lang", "text", "etype", "want"),
    [
        ("en", "Police arrested 20 opposition activists in Cairo on Monday.", "COERCE", {"arrested": 20}),
        ("ar", "اعتقلت الشرطة المصرية 20 ناشطا معارضا في القاهرة.", "COERCE", {"arrested": 20}),
        ("en", "About 5,000 protesters rallied in Tel Aviv against the government.", "PROTEST", {"participants": 5000}),
    ],
)  # fmt: skip
def test_counts_ride_on_the_event_type_that_carries_them(
    lang: str, text: str, etype: str, want: dict[str, int]
) -> None:
    record = process(Document("c", text, lang=lang))
    [event] = [e for e in record.events if e.type == etype]
    assert event.counts == want
    assert record.to_dict()["events"][0]["counts"] == want
