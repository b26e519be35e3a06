"""Round 31 (speed): the helpers that answer a question in one call instead
of a loop per word (``words.longer_than``, ``segment._has_newline``) and the
digit check that spares the two-digit year patterns a sentence with no
digit. Each must give the answer the loop it replaced gave."""

from __future__ import annotations

import pytest

from diplowatch.dates.lexicon import lexicon as date_lexicon
from diplowatch.extract.when import _short_years, plain_year_spans
from diplowatch.text.normalize import normalize
from diplowatch.text.segment import _has_newline
from diplowatch.text.words import first_word, longer_than

# Word lists of the shapes the rules use: verb endings, sponsor markers.
LISTS = [
    frozenset({"می‌گوییم", "کنیم", "ایم", "ما", "یم"}),
    frozenset({"نقول", "نعلن", "نا", "ن"}),
    frozenset({"-backed", "-led", "we", ""}),
    frozenset(),
]
WORDS = ["می‌کنیم", "گفتیم", "ما", "نعلن", "أعلنا", "قالوا", "Rwanda-backed", "we", "said", ""]


@pytest.mark.parametrize("words", LISTS)
@pytest.mark.parametrize("size", [-1, 0, 2])
def test_longer_than_answers_as_the_loop(words: frozenset[str], size: int) -> None:
    endings = longer_than(words, size)
    for w in WORDS:
        assert w.endswith(endings) == any(w.endswith(v) for v in words if len(v) > size)
        assert w.startswith(endings) == any(w.startswith(v) for v in words if len(v) > size)


def test_longer_than_drops_short_words() -> None:
    assert longer_than(frozenset({"کنیم", "ما"}), 2) == ("کنیم",)
    assert longer_than(frozenset({"الموالية", "ل"}), 1) == ("الموالية",)
    assert longer_than(frozenset({"-backed", "-led"}), -1) == ("-backed", "-led")


@pytest.mark.parametrize(
    "text, markers, at, expected",
    [
        ("Rwanda-backed rebels attacked the town", frozenset({"-backed", "-led"}), 6, True),
        ("Rwanda sent troops to the border", frozenset({"-backed", "-led"}), 6, False),
        ("الميليشيات الموالية لإيران هاجمت القاعدة", frozenset({" الموالية"}), 10, True),
        ("گروه‌های وابسته به ایران حمله کردند", frozenset({" وابسته به"}), 8, True),
        ("گروه‌ها به پایگاه حمله کردند", frozenset({" وابسته به"}), 6, False),
    ],
)
def test_longer_than_as_sponsor_markers(
    text: str, markers: frozenset[str], at: int, expected: bool
) -> None:
    assert text.startswith(longer_than(markers, -1), at) is expected


@pytest.mark.parametrize(
    "text, start, end, expected",
    [
        ("وصل الوزير إلى القاهرة.\nثم غادر إلى عمان.", 0, 40, True),
        ("وصل الوزير إلى القاهرة.\nثم غادر إلى عمان.", 24, 40, False),
        ("وزیر به تهران رسید.\u2029سپس به مسکو رفت.", 0, 35, True),
        ("وزیر به تهران رسید. سپس به مسکو رفت.", 0, 35, False),
        ("The minister arrived.\r\nHe left on Monday.", 0, 30, True),
        ("The minister arrived. He left on Monday.", 0, 40, False),
    ],
)
def test_has_newline(text: str, start: int, end: int, expected: bool) -> None:
    assert _has_newline(text, start, end) is expected
    assert expected is any(c in text[start:end] for c in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


@pytest.mark.parametrize(
    "text, lang, years",
    [
        ("در سال ۹۱ توافق هسته‌ای امضا شد", "fa", [2012]),
        ("سوم آبان ۹۲ سفیر احضار شد", "fa", [2013]),
        ("وزیر خارجه به تهران رسید و با همتای خود دیدار کرد", "fa", []),
        ("وقع الاتفاق في عام 2015 في فيينا", "ar", [2015]),
        ("وصل وزير الخارجية إلى القاهرة اليوم", "ar", []),
        ("The deal was signed in 2015 in Vienna", "en", [2015]),
        ("The minister arrived in Cairo on Monday", "en", []),
    ],
)
def test_plain_year_spans_with_and_without_digits(text: str, lang: str, years: list[int]) -> None:
    assert [y for _, _, y in plain_year_spans(normalize(text).text, lang)] == years


@pytest.mark.parametrize(
    "text", ["وزیر خارجه به تهران رسید", "سفیر ایران در سال جاری احضار شد", "در آبان امسال"]
)
def test_no_short_year_without_a_digit(text: str) -> None:
    assert _short_years(normalize(text).text, date_lexicon("fa")) == []


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("  وهو قال إن الاجتماع كان مثمرا. وأضاف أنه سيزور عمان.", 0, 33),
        ("  وهو قال إن الاجتماع كان مثمرا. وأضاف أنه سيزور عمان.", 33, 55),
        ("وی افزود: ما از این توافق حمایت می‌کنیم.", 0, 41),
        ("\u00a0He added: we support the deal.", 0, 31),
        ("He added.    ", 9, 13),
        ("", 0, 0),
    ],
)
def test_first_word_as_split(text: str, start: int, end: int) -> None:
    words = text[start:end].split()
    expected = (text.index(words[0], start), words[0]) if words else None
    assert first_word(text, start, end) == expected


# Three sentences: a titled speaker, then two that name none.
SPEECHES = [
    ("fa", "وزیر خارجه ایران گفت", "وی افزود: ما حمایت می‌کنیم.", "او همچنین گفت: ما آماده‌ایم."),
    ("ar", "قال وزير الخارجية الإيراني", "وأضاف: نحن ندعم الاتفاق.", "وتابع: نحن مستعدون."),
    ("en", "Iran's foreign minister said", "He added: we support it.", "He went on: we are ready."),
]


@pytest.mark.parametrize("lang, first, second, third", SPEECHES)
def test_told_speakers_reads_only_the_sentences_asked(
    lang: str, first: str, second: str, third: str
) -> None:
    from diplowatch.extract.mention import Mention
    from diplowatch.extract.referents import told_speakers

    text = f"{first}. {second} {third}"
    spans = [(0, len(first) + 1)]
    spans.append((spans[0][1] + 1, spans[0][1] + 1 + len(second)))
    spans.append((spans[1][1] + 1, len(text)))
    speaker = Mention(0, 4, "IRN", "state", True, role="foreign_minister")
    every = told_speakers(text, [speaker], spans)
    assert every[0] is None
    for i in (1, 2):
        assert every[i] is not None and every[i].code == "IRN"
        assert every[i].start == spans[i][0]
        assert text[every[i].start : every[i].end] == text[spans[i][0] : spans[i][1]].split()[0]
    some = told_speakers(text, [speaker], spans, [False, True, False])
    assert some[0] is None and some[2] is None
    assert some[1] == every[1]


@pytest.mark.parametrize(
    "positions, lo, hi",
    [
        ((), 0, 10),
        ((5,), 0, 5),
        ((5,), 5, 6),
        ((5,), 6, 9),
        ((2, 9, 40, 41), 10, 40),
        ((2, 9, 40, 41), 10, 41),
        ((2, 9, 40, 41), 3, 3),
    ],
)
def test_any_between_as_the_loop(positions: tuple[int, ...], lo: int, hi: int) -> None:
    from diplowatch.text.words import any_between

    assert any_between(positions, lo, hi) is any(lo <= p < hi for p in positions)


@pytest.mark.parametrize(
    "gap, words, expected",
    [
        (" بتهمة التجسس لصالح ", frozenset({"بتهمة التجسس لصالح", "لصالح"}), True),
        (" به اتهام جاسوسی برای ", frozenset({"به اتهام جاسوسی برای"}), True),
        (" on charges of spying for ", frozenset({"spying for", "on behalf of"}), True),
        (" for ", frozenset({"spying for"}), False),
        (" برای ", frozenset({"به اتهام جاسوسی برای"}), False),
        (" لصالحه ", frozenset({"لصالح"}), False),
    ],
)
def test_padded_finds_whole_phrases(gap: str, words: frozenset[str], expected: bool) -> None:
    from diplowatch.text.words import padded

    assert any(map(gap.__contains__, padded(words))) is expected
    assert expected is any(f" {w} " in gap for w in words)


@pytest.mark.parametrize(
    "text",
    [
        "وقع الاتفاق في عام 2015 بعد محادثات بدأت 2013، ورؤية 2030",
        "در سال 1391 و 1403 و 2024 توافق شد؛ شماره 12015 و 20155",
        "In 1999, 2001 and 1400; not 12015, 20155 or 3020",
    ],
)
def test_year_pattern_as_before(text: str) -> None:
    import re

    from diplowatch.extract.when import _YEAR

    before = re.compile(r"(?<!\d)(1[3-4]\d\d|19\d\d|20\d\d)(?!\d)")
    assert [m.span() for m in _YEAR.finditer(text)] == [m.span() for m in before.finditer(text)]
