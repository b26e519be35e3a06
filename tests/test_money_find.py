"""find_money and number parsing, on sentences written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.extract.money import find_money
from diplowatch.extract.numbers import parse_digits, parse_number_words
from diplowatch.text.normalize import normalize, normalize_phrase


def money(text: str, lang: str) -> list[tuple[str, float, str]]:
    ntext = normalize(text).text
    return [(ntext[m.start : m.end], m.value, m.currency) for m in find_money(ntext, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "value", "currency"),
    [
        # Arabic
        ("ar", "قدمت اليابان 6 ملايين دولار أمريكي لدعم اللاجئين", 6e6, "USD"),
        ("ar", "قدمت اليابان ستة ملايين دولار لدعم اللاجئين", 6e6, "USD"),
        ("ar", "استثمارات بقيمة 150 مليار دولار", 150e9, "USD"),
        ("ar", "قرض بقيمة ثلاثة مليارات يورو", 3e9, "EUR"),
        ("ar", "منحة بقيمة 1.5 مليار دولار", 1.5e9, "USD"),
        ("ar", "منحة بقيمة 1,500,000 ريال سعودي", 1.5e6, "SAR"),
        ("ar", "منحة بقيمة نصف مليون دينار تونسي", 5e5, "TND"),
        ("ar", "وديعة بقيمة 500 مليون دينار كويتي", 5e8, "KWD"),
        ("ar", "قرض بقيمة 165 مليون أورو", 165e6, "EUR"),
        ("ar", "خسائر تقدر ب 10 ملايين دينار", 10e6, "TND"),
        ("ar", "تبرع بمليوني دولار", 2e6, "USD"),
        ("ar", "تبرع بمبلغ مليونا دولار", 2e6, "USD"),
        ("ar", "خصصت 50 مليونا دولار", 50e6, "USD"),
        ("ar", "قيمتها 300 ألف درهم إماراتي", 3e5, "AED"),
        ("ar", "بقيمة 20 مليار جنيه مصري", 20e9, "EGP"),
        ("ar", "بقيمة 4 مليارات ليرة تركية", 4e9, "TRY"),
        ("ar", "صفقة قيمتها 10 مليارات روبل", 10e9, "RUB"),
        ("ar", "قرض بقيمة 200 مليار ين", 200e9, "JPY"),
        ("ar", "استثمار بقيمة 5 مليارات يوان", 5e9, "CNY"),
        ("ar", "مساعدات بقيمة 3 مليارات وون", 3e9, "KRW"),
        ("ar", "مساعدة بقيمة ٢٥٠ مليون دولار", 250e6, "USD"),
        ("ar", "مساعدة بقيمة $5 مليون", 5e6, "USD"),
        # Persian
        ("fa", "چین ۳۰ میلیون دلار به افغانستان کمک کرد", 30e6, "USD"),
        ("fa", "بانک جهانی ۵٫۳ میلیارد دلار کمک کرده است", 5.3e9, "USD"),
        ("fa", "دو میلیارد دلار وام داد", 2e9, "USD"),
        ("fa", "مبلغ ۲ میلیون و ۲۰۰ هزار یورو پرداخت شد", 2.2e6, "EUR"),
        ("fa", "یک میلیارد و ۳۰۰ میلیون دلار", 1.3e9, "USD"),
        ("fa", "۵۰۰ هزار تومان", 5e6, "IRR"),  # toman = 10 rials
        ("fa", "۱۰۰ میلیارد ریال", 100e9, "IRR"),
        ("fa", "۱۰ میلیون درهم امارات", 10e6, "AED"),
        ("fa", "ده میلیون یورو", 10e6, "EUR"),
        # English
        ("en", "The bank approved a $2.5 billion loan.", 2.5e9, "USD"),
        ("en", "The bank approved a US$ 300m loan.", 300e6, "USD"),
        ("en", "The EU pledged €5m in aid.", 5e6, "EUR"),
        ("en", "Japan gave five million dollars.", 5e6, "USD"),
        ("en", "Japan gave USD 5 million.", 5e6, "USD"),
        ("en", "Britain gave £1.2bn.", 1.2e9, "GBP"),
        ("en", "a grant of 1,500,000 euros", 1.5e6, "EUR"),
        ("en", "half a billion dollars", 0.5e9, "USD"),
        ("en", "twenty five million euros", 25e6, "EUR"),
        ("ar", "مقابل6727 مليون دينار", 6727e6, "TND"),  # word glued to the number
        ("ar", "منحة بقيمة 122 مليونا و334 ألف ريال", 122_334_000, "SAR"),
        ("ar", "منحة بقيمة 1,76 مليون يوان", 1.76e6, "CNY"),
        ("ar", "تبرع بمبلغ مليون دولار", 1e6, "USD"),
        ("fa", "یک میلیون دلار", 1e6, "USD"),
        ("en", "a million dollars", 1e6, "USD"),
    ],
)
def test_money(lang: str, text: str, value: float, currency: str) -> None:
    got = money(text, lang)
    assert [(v, c) for _, v, c in got] == [(pytest.approx(value), currency)], got


def test_spans_cover_number_and_currency() -> None:
    assert money("قرض بقيمة 165 مليون أورو كقرض و65 مليون أورو كهبة", "ar") == [
        ("165 مليون اورو", 165e6, "EUR"),
        ("65 مليون اورو", 65e6, "EUR"),
    ]
    assert money("The bank approved a $2.5 billion loan.", "en") == [("$2.5 billion", 2.5e9, "USD")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "قتل 13 شخصا وأصيب 6 ملايين"),  # a number without a currency is not money
        ("ar", "بمئات المليارات من الدولارات"),  # vague
        ("ar", "ملايين الدولارات"),
        ("fa", "میلیون‌ها دلار ضرر"),
        ("fa", "۱۶ تا ۲۰ میلیون دوز واکسن"),
        ("en", "millions of dollars"),
        ("en", "the dollar fell"),
        ("en", ""),
        ("ar", "بنسبة 75ر1 مليار يورو"),  # an unreadable number is not "one billion"
        ("fa", "صدها میلیون دلار"),  # vague: "hundreds of millions"
        ("en", "million dollars"),
    ],
)
def test_not_money(lang: str, text: str) -> None:
    assert money(text, lang) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,500,000", 1_500_000),
        ("1.500.000", 1_500_000),
        ("1.5", 1.5),
        ("2,5", 2.5),
        ("1,500", 1500),
        ("1,234.5", 1234.5),
        ("1.234,5", 1234.5),
        ("42", 42),
    ],
)
def test_parse_digits(text: str, value: float) -> None:
    assert parse_digits(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "1,50,0", "abc", "1..2"])
def test_parse_digits_rejects(text: str) -> None:
    assert parse_digits(text) is None


@pytest.mark.parametrize(
    ("lang", "words", "value"),
    [
        ("ar", "ستة ملايين", 6e6),
        ("ar", "ثلاثة مليارات", 3e9),
        ("ar", "نصف مليون", 5e5),
        ("ar", "خمس مئة ألف", 5e5),
        ("ar", "ملايين", None),
        ("fa", "دو میلیارد", 2e9),
        ("fa", "پانصد هزار", 5e5),
        ("fa", "2 میلیون و 200 هزار", 2.2e6),
        ("en", "five million", 5e6),
        ("en", "two hundred thousand", 2e5),
        ("en", "1.5 billion", 1.5e9),
        ("en", "millions", None),
    ],
)
def test_parse_number_words(lang: str, words: str, value: float | None) -> None:
    tokens = normalize_phrase(words).split()
    got = parse_number_words(tokens, lang)
    assert got == (pytest.approx(value) if value is not None else None)
