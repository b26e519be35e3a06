"""Helpers of round 43's speed work: each answers exactly what the slower
code it replaced answered (whole-word look-ups, clause starts, letter
counts, year patterns, the today-word pattern, the boilerplate alternation's
choice words). Sentences are our own, in Arabic, Persian and English where
the phenomenon exists."""

from __future__ import annotations

import random
import re

import pytest

from diplowatch.dates.published import _today_words
from diplowatch.extract.when import _YEAR, latest_year, plain_year_spans, two_digits_from
from diplowatch.text.alternation import Alternation, required_choice
from diplowatch.text.breaks import clause_start
from diplowatch.text.langid import detect_language, has_long_token, letter_count
from diplowatch.text.normalize import normalize
from diplowatch.text.punctuation import CLAUSE_BREAKS
from diplowatch.text.words import holds_whole_word, whole_word_spans


def _plain_spans(text: str, phrase: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)]


@pytest.mark.parametrize(
    ("text", "phrase", "spans"),
    [
        ("عندما وصل الوفد، وعندما غادر", "عندما", [(0, 5)]),  # "وعندما": glued, no word
        ("وقتی که وزیر رسید، وقتی‌که", "وقتی که", [(0, 7)]),
        ("when he left, and whenever she came, when", "when", [(0, 4), (37, 41)]),
        ("the minister arrived", "when", []),  # absent: no pattern runs
    ],
)
def test_whole_word_spans(text: str, phrase: str, spans: list[tuple[int, int]]) -> None:
    assert whole_word_spans(text, phrase) == spans == _plain_spans(text, phrase)
    assert holds_whole_word(text, phrase) is bool(spans)


def test_whole_word_spans_match_the_pattern_on_random_text() -> None:
    rng = random.Random(43)
    pieces = ["قد", "تمكن", " ", "،", "توانست", "could", "could've", "x", "."]
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        for phrase in ("قد", "توانست", "could"):
            assert whole_word_spans(text, phrase) == _plain_spans(text, phrase), text


def _stepped_back(text: str, lo: int, pos: int) -> int:
    while pos > lo and text[pos - 1] not in CLAUSE_BREAKS:
        pos -= 1
    return pos


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("التقى الوزير نظيره، وقالت الصحيفة إن اللقاء مثمر", "قالت"),
        ("وزیر با همتای خود دیدار کرد و روزنامه نوشت که دیدار خوب بود", "نوشت"),
        ("The ministers met; the paper reported that talks went well", "reported"),
        ("no break before the verb said here", "said"),
    ],
)
def test_clause_start(text: str, word: str) -> None:
    pos = text.index(word)
    for lo in (0, 3, pos, pos + 2):
        assert clause_start(text, lo, pos, CLAUSE_BREAKS) == _stepped_back(text, lo, pos)


@pytest.mark.parametrize(
    ("text", "letters", "count"),
    [
        ("وزیر خارجه پاکستان گفت", "پچژگیکۀ", 4),  # ی پ ک گ
        ("قالت وزارة الخارجية", "ةىيكؤإ", 3),  # ة ي ة
        ("The minister said", "پچژگیکۀ", 0),  # English: no Arabic-script letter
    ],
)
def test_letter_count(text: str, letters: str, count: int) -> None:
    assert letter_count(text, frozenset(letters)) == count == len(re.findall(f"[{letters}]", text))


def test_year_pattern_finds_four_digit_years_only() -> None:
    old = re.compile(r"(?=[12])(?<!\d)(1[3-4]\d\d|19\d\d|20\d\d)(?!\d)")
    text = "1394 و2015، 12015 20151 1999x 1500 0140 ۱۳۹۴ 2001"
    found = [(m.span(), m.group(1)) for m in _YEAR.finditer(text)]
    assert found == [(m.span(), m.group(1)) for m in old.finditer(text)]
    assert [g for _, g in found] == ["1394", "2015", "1999", "2001"]


@pytest.mark.parametrize(
    ("text", "least", "answer"),
    [
        ("در سال ۹۱ و ۱۳۹۴", 91, True),  # "۹۱" is two digits, "۱۳۹۴" four
        ("در سال ۹۱", 92, False),
        ("في عام 2015 وصل 120 زائرا", 10, False),  # no number of exactly two digits
        ("talks on 12 May", 12, True),
    ],
)
def test_two_digits_from(text: str, least: int, answer: bool) -> None:
    assert two_digits_from(text, least) is answer


def test_latest_year_takes_a_later_two_digit_persian_year() -> None:
    # Persian writes years with two digits after a year word ("سال ۹۹" is
    # 1399, 2020); Arabic and English data have no two-digit years.
    text = normalize("این قرارداد در سال ۱۳۹۰ امضا شد و در سال ۹۹ اجرا شد.").text
    assert latest_year(text, "fa", 1990, 2100) == 2020
    earlier = normalize("این قرارداد در سال ۱۳۹۵ امضا شد و در سال ۹۱ اجرا شد.").text
    assert latest_year(earlier, "fa", 1990, 2100) == 2016
    assert [y for _, _, y in plain_year_spans(earlier, "fa")] == [2016, 2012]


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("ar", "وقال الوزير اليوم إن… وباليوم", ["اليوم", "وباليوم"]),
        ("ar", "يوم اليومية", []),  # "اليومية" is another word
        ("fa", "وزیر امروز گفت امروزه", ["امروز"]),
        ("en", "Today the minister said tonight; todays", ["today", "tonight"]),
    ],
)
def test_today_words(lang: str, text: str, found: list[str]) -> None:
    ntext = normalize(text).text
    assert [m.group() for m in _today_words(lang).finditer(ntext)] == [
        normalize(w).text for w in found
    ]


@pytest.mark.parametrize(
    ("pattern", "choice"),
    [
        (r"\d+ (تعليق|تعليقات)", ("تعليق", "تعليقات")),
        (r"(نظرات|دیدگاه‌ها)\s*\(\d+\)", ("نظرات", "دیدگاه‌ها")),
        (r"(?:comment|reply) \d+", ("comment", "reply")),
        (r"(comments?|replies)\d+", ()),  # a word with syntax in it is no plain word
        (r"(web)?site", ()),  # an optional group requires nothing
        (r"a|(b|c)", ()),  # a top-level choice neither
    ],
)
def test_required_choice(pattern: str, choice: tuple[str, ...]) -> None:
    assert required_choice(pattern) == choice


def test_choice_branches_find_what_the_plain_alternation_finds() -> None:
    patterns = [r"\d+ (تعليق|تعليقات)", r"\d+ (نظر|دیدگاه)", r"(comment|reply) \d+"]
    pieces = ["12 ", "تعليق", "نظر", "دیدگاه", "comment", "reply ", "3", " ", "قال الوزير"]
    plain = re.compile("|".join(f"(?:{p})" for p in patterns))
    fast = Alternation(patterns)
    rng = random.Random(43)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = [m.span() for m in plain.finditer(text, start, end)]
        assert [m.span() for m in fast.finditer(text, start, end)] == expected, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # enough Persian-only letters to decide without the model
        ("وزیر امور خارجه کشور پیش از سفر به پکن گفت که گفتگوها درباره همکاری "
         "کشاورزی و تجارت کالا با چین ادامه پیدا می‌کند و یک گروه کاری تشکیل می‌شود. " * 2, "fa"),
        ("قالت وزارة الخارجية إن الوزير سيتوجه إلى العاصمة الكويتية في زيارة رسمية "
         "يلتقي خلالها كبار المسؤولين لبحث العلاقات الثنائية والقضايا الإقليمية. " * 2, "ar"),
        # Urdu letters (heh goal, yeh barree) make it no Arabic nor Persian
        ("وزیر خارجہ نے کہا کہ حکومت ہمسایہ ممالک کے ساتھ بہتر تعلقات چاہتی ہے۔ " * 3, "other"),
    ],
)  # fmt: skip
def test_arabic_script_counts_read_in_the_sample(text: str, lang: str) -> None:
    # English takes the Latin-script branch: no Arabic-script letters to count
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    "sample",
    [
        "a" * 40,  # a run that starts the sample
        "a" * 39,
        "قال الوزير " + "ب" * 41 + " أمس",  # a run after a space (base64-like noise)
        "وزیر گفت " + "پ" * 39 + "\n",
        "the minister said\n" + "x" * 40,
        "the minister said " + "y" * 39 + " today",
        "",
    ],
)
def test_has_long_token(sample: str) -> None:
    assert has_long_token(sample) is (re.search(r"\S{40}", sample) is not None)
