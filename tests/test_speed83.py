"""speed83: an undated article's year is read only where a date needs it.

Without a publication date, a day and month written with no year take the
latest year the article names (``_Document.ref_year``). Main read that year
from the whole article for every sentence whose dates were looked for; now
``find_dates`` takes the hint as a callable and asks it only when such a
date stands (``dates.mentions.YearHint``). Compared here: the callable gives
the same dates as the year itself on sentences written for these tests in
Arabic, Persian and English, with and without year-less dates, and the
pipeline asks the year only in an article holding one.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import pytest

from diplowatch.dates.mentions import find_dates
from diplowatch.extract import document_state, events
from diplowatch.text.normalize import normalize

# (lang, sentence, holds a day and month with no year)
SENTENCES = [
    ("ar", "التقى وزير الخارجية نظيره الأردني في عمان يوم 12 آذار.", True),
    ("ar", "وقع البلدان اتفاقا للتعاون في 3 أيار 2019 في القاهرة.", False),
    ("ar", "أدان الرئيس الهجوم على السفارة في العاصمة.", False),
    ("ar", "زار الوفد بغداد في أيلول 2020 ثم عاد في 7 تشرين الأول.", True),
    ("fa", "وزیر امور خارجه روز ۱۸ مهر با همتای ترکیه خود دیدار کرد.", True),
    ("fa", "دو کشور در ۲ خرداد ۱۴۰۰ توافقنامه‌ای امضا کردند.", False),
    ("fa", "رئیس جمهور حمله به سفارت را محکوم کرد.", False),
    # English reads no day and month written without a year (nor with an
    # anchor): its hint is never asked
    ("en", "The ministers met in Geneva on 14 March to discuss the border.", False),
    ("en", "The two states signed a trade pact on 9 June 2018 in Hanoi.", False),
    ("en", "The president condemned the attack on the embassy.", False),
]


class _Asked:
    """A year hint that counts how often it is asked."""

    def __init__(self, year: int | None) -> None:
        self.year, self.times = year, 0

    def __call__(self) -> int | None:
        self.times += 1
        return self.year


@pytest.mark.parametrize(("lang", "sentence", "yearless"), SENTENCES)
@pytest.mark.parametrize("year", [2021, 1999, None])
def test_callable_hint_gives_the_dates_of_the_year(
    lang: str, sentence: str, yearless: bool, year: int | None
) -> None:
    ntext = normalize(sentence).text
    asked = _Asked(year)
    assert find_dates(ntext, lang, None, year_hint=asked) == find_dates(
        ntext, lang, None, year_hint=year
    )
    # asked only where a day and month stand with no year
    assert (asked.times > 0) == yearless


@pytest.mark.parametrize(("lang", "sentence", "yearless"), SENTENCES)
def test_an_anchor_never_asks_the_hint(lang: str, sentence: str, yearless: bool) -> None:
    ntext = normalize(sentence).text
    anchor = datetime.date(2021, 10, 20)
    asked = _Asked(2019)
    assert find_dates(ntext, lang, anchor, year_hint=asked) == find_dates(ntext, lang, anchor)
    assert asked.times == 0


@pytest.fixture
def latest_reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The texts the pipeline reads for an undated article's latest year."""
    reads: list[str] = []
    real = document_state._latest_year

    def counted(ntext: str, lang: str) -> int | None:
        reads.append(ntext)
        return real(ntext, lang)

    monkeypatch.setattr(document_state, "_latest_year", counted)
    yield reads


# Undated articles with an event, whether the article's latest year is read
# and the event's date. A day and month with no year takes the latest year
# the article names (2017, 1396); a sentence holding a year asks it too, to
# tell an old year (``history``); one holding no date needs none, nor any
# English sentence with no year. Main read the year for every one of them.
ARTICLES = [
    ("ar", "في عام 2017 تحسنت العلاقات. التقى وزير خارجية مصر نظيره الأردني في عمان يوم 12 آذار.", True, "2017-03-12"),
    ("ar", "التقى وزير خارجية مصر نظيره الأردني في عمان يوم 12 آذار 2016.", True, "2016-03-12"),
    ("ar", "التقى وزير خارجية مصر نظيره الأردني في عمان يوم الثلاثاء.", False, None),
    ("ar", "التقى وزير خارجية مصر نظيره الأردني في عمان.", False, None),
    ("fa", "در سال ۱۳۹۶ روابط بهتر شد. وزیر خارجه ایران روز ۱۸ مهر با وزیر خارجه ترکیه دیدار کرد.", True, "2017-10-10"),
    ("fa", "وزیر خارجه ایران روز ۱۸ مهر ۱۳۹۵ با وزیر خارجه ترکیه دیدار کرد.", True, "2016-10-09"),
    ("fa", "وزیر خارجه ایران روز سه‌شنبه با وزیر خارجه ترکیه دیدار کرد.", False, None),
    ("fa", "وزیر خارجه ایران با وزیر خارجه ترکیه دیدار کرد.", False, None),
    ("en", "Ties improved in 2017. The foreign minister of Egypt met his Jordanian counterpart in Amman on 14 March.", False, None),
    ("en", "The foreign minister of Egypt met his Jordanian counterpart in Amman on Tuesday.", False, None),
    ("en", "The foreign minister of Egypt met his Jordanian counterpart in Amman.", False, None),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "reads", "date"), ARTICLES)
def test_the_year_is_read_only_where_a_date_needs_it(
    latest_reads: list[str], lang: str, text: str, reads: bool, date: str | None
) -> None:
    # fails on main for each article with ``reads`` False
    got = events.extract_document(text, normalize(text), lang, None)
    assert got.events, "the test needs an event"
    assert {e.date for e in got.events} == {date}
    assert bool(latest_reads) == reads
