"""Counts of people next to events (spec: "Counts of people"), in ar, fa, en.

The counting step is tested on its own (scan → count cues → numbers) so the
cases do not depend on which event triggers a sentence has; one case per
language also goes through the whole pipeline.
"""

from __future__ import annotations

import pytest

from diplowatch.extract.counts import find_counts
from diplowatch.extract.lexicon import CUE, PERSON, lexicon
from diplowatch.extract.scan import resolve, scan
from diplowatch.model import Document
from diplowatch.pipeline import process
from diplowatch.text.normalize import normalize


def counts(text: str, lang: str) -> dict[str, int]:
    ntext = normalize(text).text
    layers = resolve(scan(ntext, lexicon(lang)))
    people = [(h.start, h.end) for h in layers.get(PERSON, [])]
    return find_counts(ntext, 0, len(ntext), layers.get(CUE, []), lang, people=people)


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
        ("en", "Police detained a man aged 34 outside the station.", {"arrested": 1}),
        ("en", "The soldier was killed 3 days after the ceasefire.", {}),
        ("en", "In 2021 police arrested an activist in the capital.", {"arrested": 1}),
        ("en", "Police arrested 2 men, both 19 years old.", {"arrested": 2}),
        ("ar", "اعتقلت الشرطة شابا يبلغ من العمر 27 عاما قرب المحطة.", {"arrested": 1}),
        ("ar", "قتل جندي (41 عاما) قبل 3 أيام من الهدنة.", {"killed": 1}),
        ("ar", "اعتقلت الشرطة في 2021 ناشطا في العاصمة.", {"arrested": 1}),
        ("ar", "اعتقلت الشرطة 6 أشخاص تتراوح أعمارهم بين 20 و25 عاما.", {"arrested": 6}),
        ("fa", "پلیس یک مرد ۳۴ ساله را در نزدیکی ایستگاه بازداشت کرد.", {"arrested": 1}),
        ("fa", "یک سرباز ۳ روز پس از آتش‌بس کشته شد.", {"killed": 1}),
        # the year and "یک" are two numbers: the year, then one person
        ("fa", "پلیس در سال ۲۰۲۱ یک فعال را بازداشت کرد.", {"arrested": 1}),
    ],
)  # fmt: skip
def test_ages_spans_of_time_and_years_count_no_people(
    lang: str, text: str, want: dict[str, int]
) -> None:
    """Digits of an age, a span of time or a year (counts.MEASURE_UNITS,
    MEASURE_BEFORE; a year-shaped number away from its count word) are no
    count of people; the people counted beside them still are, "a man" and
    "ناشطا" as one (SINGLE_ARTICLES, ONE_PERSON_NOUNS) as "یک مرد" is."""
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


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # the number attached to a noun for people, not the nearest one
        ("fa", "پنج نفر در یک حمله در کابل کشته شدند.", {"killed": 5}),
        ("en", "Five people were killed in one attack on a market.", {"killed": 5}),
        ("ar", "قتل خمسة أشخاص في مداهمة واحدة قرب الحدود.", {"killed": 5}),
        # a number after a preposition of things counts no people
        ("fa", "مهاجمان با سه گلوله یک نگهبان را کشتند.", {"killed": 1}),
        ("en", "Police arrested people in two raids in Cairo.", {}),
        ("ar", "اعتقلت الشرطة أشخاصا في ثلاث مداهمات.", {}),
        # the number beside another count word is that word's
        ("ar", "قتلت امرأة وأصيب نحو 40 شخصا في الحادث.", {"killed": 1, "wounded": 40}),
        ("ar", "لقي 7 أشخاص حتفهم وأصيب 20 آخرون.", {"killed": 7, "wounded": 20}),
        ("en", "One man died and 14 others were hurt.", {"killed": 1, "wounded": 14}),
        ("fa", "۱۲ نفر از سربازان در این درگیری کشته شدند.", {"killed": 12}),
    ],
)  # fmt: skip
def test_the_count_is_the_number_attached_to_people(
    lang: str, text: str, want: dict[str, int]
) -> None:
    """A count word takes the number attached to it or to a noun for people
    (counts.PERSON_NOUNS), not the nearest number; "یک"/"one" only as a last
    resort (counts.ARTICLE_NUMBERS), never after a preposition of things
    (counts.THING_PREPOSITIONS)."""
    assert counts(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("en", "Gunmen attacked a checkpoint, killing five soldiers and wounding 12 others.", {"killed": 5, "wounded": 12}),
        ("en", "A car bomb exploded near the market, leaving seven people dead.", {"killed": 7}),
        ("ar", "أطلق مسلحون النار على حافلة فقتلوا سبعة ركاب وجرحوا عشرة.", {"killed": 7, "wounded": 10}),
        ("ar", "استهدف الهجوم مسجدا وأودى بحياة 25 مصليا.", {"killed": 25}),
        ("ar", "وصلنا 10 أطفال قتلى و28 جريحا.", {"killed": 10, "wounded": 28}),
        ("fa", "شبه‌نظامیان به پاسگاه حمله کردند و دو مامور را کشتند.", {"killed": 2}),
        ("fa", "حدود ۱۵۰۰ نفر در تجمع اعتراضی شرکت کردند.", {"participants": 1500}),
    ],
)  # fmt: skip
def test_participles_verbs_and_glued_numbers(lang: str, text: str, want: dict[str, int]) -> None:
    """Participles and finite verbs are count words ("killing", "فقتلوا",
    "کشتند"), and a number glued to "و" is read ("و28")."""
    assert counts(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "etype", "want"),
    [
        ("en", "Police arrested 2000 protesters in Tehran on Friday.", "COERCE", {"arrested": 2000}),
        ("ar", "اعتقلت الشرطة 2000 متظاهر في طهران يوم الجمعة.", "COERCE", {"arrested": 2000}),
        ("fa", "پلیس ۲۰۰۰ معترض را در تهران بازداشت کرد.", "COERCE", {"arrested": 2000}),
        ("en", "Israeli troops killed 1500 fighters in Gaza last week.", "ASSAULT", {"killed": 1500}),
        ("ar", "قتلت القوات الإسرائيلية 1400 فلسطيني في غزة.", "ASSAULT", {"killed": 1400}),
    ],
)  # fmt: skip
def test_a_year_shaped_number_before_people_is_a_count(
    lang: str, text: str, etype: str, want: dict[str, int]
) -> None:
    """ "2000 protesters" counts people: the sentence is no history."""
    record = process(Document("c", text, lang=lang, published="2024-05-10"))
    [event] = [e for e in record.events if e.type == etype]
    assert event.counts == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In 2019 protesters stormed the embassy in Baghdad."),
        ("ar", "في 2019 اقتحم متظاهرون السفارة في بغداد."),
        ("fa", "در ۱۳۹۸ معترضان به سفارت در بغداد حمله کردند."),
    ],
)
def test_a_year_after_in_stays_a_year(lang: str, text: str) -> None:
    """A year after "in"/"في"/"در" (counts.YEAR_BEFORE) dates the sentence,
    even before a noun for people: told as history, no event."""
    assert process(Document("c", text, lang=lang, published="2024-05-10")).events == []


@pytest.mark.parametrize(
    ("lang", "text", "day", "want"),
    [
        ("fa", "در ۲۰ مه ۲۰۲۳ یک نفر در حمله‌ای در کابل کشته شد.", "2023-05-20", {"killed": 1}),
        ("en", "On 20 March 2024 one soldier was killed in an attack in Kabul.", "2024-03-20", {"killed": 1}),
        ("ar", "في 20 مارس 2024 ثلاثة جنود قتلوا في هجوم في كابول.", "2024-03-20", {"killed": 3}),
    ],
)  # fmt: skip
def test_digits_beside_a_number_word_are_two_numbers(
    lang: str, text: str, day: str, want: dict[str, int]
) -> None:
    """ "۲۰۲۳ یک" is a year, then one person (not 2024)."""
    record = process(Document("c", text, lang=lang, published="2024-05-10"))
    [event] = record.events
    assert (event.date, event.counts) == (day, want)
