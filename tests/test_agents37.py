"""Agents of actors told alike in Arabic, Persian and English (round 37,
agents37; every sentence written for these tests).

Rules added in this round:

- a former office written after a man's name, in apposition ("Mohammad
  Khatami, former president of Iran", "محمد خاتمي، الرئيس الإيراني السابق،",
  "محمد خاتمی، رئیس‌جمهور سابق ایران،") is his own past office: he keeps the
  role but is no longer the state's voice (no GOV), although the lexicon of
  office holders knows him in office; the country after the title completes
  it and is no second actor. Arabic "السابق،" glued to its comma is still
  "former";
- a seat title ("نمایندگان") followed by a word of an event ("از نمایندگان
  خواستند استعفا دهند") ends its phrase: members of parliament (LEG), as
  Arabic "النواب" and English "the MPs" are read;
- Persian "انتخابات ریاست جمهوری", "نامزد ریاست جمهوری", "انتخابات مجلس":
  the presidency or the parliament as the office an election is for is no
  actor (it made a GOV or LEG side of every election story).
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

_WORKERS_ASK = ("REQUEST reported EGY:LAB EGY:LEG",)

# (English, Arabic, Persian, the reading of all three)
TRIPLES: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "Mohammad Khatami, former president of Iran, criticised the government.",
        "انتقد محمد خاتمي، الرئيس الإيراني السابق، الحكومة.",
        "محمد خاتمی، رئیس\u200cجمهور سابق ایران، از دولت انتقاد کرد.",
        ("ACCUSE reported IRN: IRN:GOV",),
    ),
    (
        "Hassan Rouhani, former president of Iran, met Iraq's foreign minister.",
        "التقى حسن روحاني، الرئيس الإيراني السابق، وزير الخارجية العراقي.",
        "حسن روحانی، رئیس\u200cجمهور پیشین ایران، با وزیر خارجه عراق دیدار کرد.",
        ("CONSULT reported IRN: IRQ:GOV",),
    ),
    (
        "Kuwaiti students asked the members of parliament to resign.",
        "طالب طلاب كويتيون النواب بالاستقالة.",
        "دانشجویان کویتی از نمایندگان خواستند استعفا بدهند.",
        ("REQUEST reported KWT:EDU KWT:LEG",),
    ),
    (
        "Lebanese protesters demanded that the MPs resign.",
        "طالب محتجون لبنانيون النواب بالاستقالة.",
        "معترضان لبنانی از نمایندگان خواستند استعفا دهند.",
        ("REQUEST reported LBN:CVL LBN:LEG",),
    ),
    (
        "A candidate in the presidential election accused Iran's foreign minister of lying.",
        "اتهم مرشح في الانتخابات الرئاسية وزير الخارجية الإيراني بالكذب.",
        "یک نامزد انتخابات ریاست جمهوری وزیر خارجه ایران را به دروغگویی متهم کرد.",
        (),
    ),
    (
        "Turkey's foreign minister criticised Iran's ambassador during the presidential"
        " election campaign.",
        "انتقد وزير الخارجية التركي السفير الإيراني خلال حملة الانتخابات الرئاسية.",
        "وزیر خارجه ترکیه در روزهای تبلیغات انتخابات ریاست جمهوری سفیر ایران را نکوهش کرد.",
        ("ACCUSE reported TUR:GOV IRN:GOV",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), TRIPLES)
def test_three_languages_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    assert _read(en, "en") == set(want)
    assert _read(ar, "ar") == set(want)
    assert _read(fa, "fa") == set(want)


# Known gaps, one language each (a strict xfail fails for one reason only):
# (language, sentence, the reading wanted, why it is not read so).
def _gap(lang: str, text: str, want: tuple[str, ...], why: str) -> object:
    return pytest.param(lang, text, want, marks=pytest.mark.xfail(strict=True, reason=why))


# The languages of a gap's sentence that are read as wanted already.
READ = [
    ("en", "Egyptian workers demanded that the deputies resign.", _WORKERS_ASK),
    ("ar", "طالب عمال مصريون النواب بالاستقالة.", _WORKERS_ASK),
]

GAPS = [
    _gap(
        "fa",
        "کارگران مصری خواستار استعفای نمایندگان شدند.",
        _WORKERS_ASK,
        "Persian seat title inside an ezafe object ('استعفای نمایندگان' then the"
        " light verb) is not read as ending its phrase",
    ),
    _gap(
        "en",
        "Mohammad Khatami, a former Iranian president, met Iraq's foreign minister.",
        ("CONSULT reported IRN: IRQ:GOV",),
        "English 'a former Iranian president' puts the adjective between 'former'"
        " and the title, which is then read as a serving president",
    ),
    _gap(
        "en",
        "Mohammad Khatami, former president of Iran, met the Pope.",
        ("CONSULT reported IRN: VAT:REL",),
        "the Pope has no state in the lexicon",
    ),
    _gap(
        "ar",
        "التقى محمد خاتمي، الرئيس الإيراني السابق، البابا.",
        ("CONSULT reported IRN: VAT:REL",),
        "the Pope has no state in the lexicon: the Iranian adjective is lent to him",
    ),
    _gap(
        "fa",
        "محمد خاتمی، رئیس\u200cجمهور سابق ایران، با پاپ دیدار کرد.",
        ("CONSULT reported IRN: VAT:REL",),
        "the Pope has no state in the lexicon",
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), READ)
def test_gap_sentences_read_where_they_can(lang: str, text: str, want: tuple[str, ...]) -> None:
    assert _read(text, lang) == set(want)


@pytest.mark.parametrize(("lang", "text", "want"), GAPS)
def test_known_gaps(lang: str, text: str, want: tuple[str, ...]) -> None:
    assert _read(text, lang) == set(want)
