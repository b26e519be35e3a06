"""Tests of sentence segmentation (all sample sentences written for these tests)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cost import assert_linear
from diplowatch.lang import languages
from diplowatch.text.normalize import normalize
from diplowatch.text.segment import MAX_SENTENCE, QUOTE_MAX, sentence_spans


def sentences(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, lang)]


def test_english_basic_and_abbreviations() -> None:
    text = (
        "Mr. Smith met Dr. Jones and Gen. Adams in the U.S. capital on Jan. 5. "
        "They discussed No. 10 and St. Louis! Did the U.N. agree? J. R. Brown said yes."
    )
    assert sentences(text, "en") == [
        "Mr. Smith met Dr. Jones and Gen. Adams in the U.S. capital on Jan. 5.",
        "They discussed No. 10 and St. Louis!",
        "Did the U.N. agree?",
        "J. R. Brown said yes.",
    ]


def test_abbreviations_match_without_case() -> None:
    text = "MR. SMITH ARRIVED. dr. jones left."
    assert sentences(text, "en") == ["MR. SMITH ARRIVED.", "dr. jones left."]


def test_number_abbreviation_needs_a_number() -> None:
    assert sentences("He said no. Then he left.", "en") == ["He said no.", "Then he left."]
    assert sentences("See No. 4 on the list.", "en") == ["See No. 4 on the list."]


def test_decimals_urls_and_glued_dots_do_not_split() -> None:
    text = "Growth was 3.5 percent, see example.org for U.S.-Iran trade. Next one."
    assert sentences(text, "en") == [
        "Growth was 3.5 percent, see example.org for U.S.-Iran trade.",
        "Next one.",
    ]


def test_arabic_basic_and_marks() -> None:
    text = "وصل الوزير إلى الرياض. هل سيلتقي الملك؟ نعم! وقال إن المحادثات مثمرة…"
    assert sentences(text, "ar") == [
        "وصل الوزير إلى الرياض.",
        "هل سيلتقي الملك؟",
        "نعم!",
        "وقال إن المحادثات مثمرة…",
    ]


def test_arabic_comma_and_semicolon_do_not_end_sentences() -> None:
    text = "وقع البلدان الاتفاق، وأكدا التعاون؛ ثم انتهى اللقاء. وعاد الوفد"
    assert sentences(text, "ar") == [
        "وقع البلدان الاتفاق، وأكدا التعاون؛ ثم انتهى اللقاء.",
        "وعاد الوفد",
    ]


def test_arabic_single_letter_titles_and_acronyms() -> None:
    text = "قال د. محمد وم. خالد لمراسل بي. بي. سي. إن الوفد وصل. ثم غادر."
    assert sentences(text, "ar") == [
        "قال د. محمد وم. خالد لمراسل بي. بي. سي. إن الوفد وصل.",
        "ثم غادر.",
    ]


def test_era_mark_after_a_year_ends_the_sentence() -> None:
    text = "تأسست المنظمة عام 1945م. وتضم اليوم دولا كثيرة."
    assert sentences(text, "ar") == ["تأسست المنظمة عام 1945م.", "وتضم اليوم دولا كثيرة."]


def test_missing_space_after_dot_in_arabic_still_splits() -> None:
    assert sentences("انتهى الاجتماع.وبدأ المؤتمر", "ar") == ["انتهى الاجتماع.", "وبدأ المؤتمر"]


def test_numbers_dates_times_do_not_split() -> None:
    text = "ارتفع المؤشر 3.5 بالمئة و٣٫٥ في الساعة 15:03 يوم 1401/08/03 و03.08.1401. انتهى"
    assert sentences(text, "fa") == [
        "ارتفع المؤشر 3.5 بالمئة و٣٫٥ في الساعة 15:03 يوم 1401/08/03 و03.08.1401.",
        "انتهى",
    ]


def test_persian_quotes_and_abbreviation() -> None:
    text = "وزیر گفت: «ما آماده‌ایم. گفتگو ادامه دارد.» سپس ج.ا.ا. بیانیه داد. پایان"
    assert sentences(text, "fa") == [
        "وزیر گفت: «ما آماده‌ایم. گفتگو ادامه دارد.»",
        "سپس ج.ا.ا. بیانیه داد.",
        "پایان",
    ]


@pytest.mark.parametrize("closer", ["»", "”", '"', ")", "]"])
def test_closers_stay_with_their_sentence(closer: str) -> None:
    opener = {"»": "«", "”": "“", '"': '"', ")": "(", "]": "["}[closer]
    text = f"He said {opener}we agree.{closer} Then he left."
    assert sentences(text, "en") == [f"He said {opener}we agree.{closer}", "Then he left."]


def test_no_split_inside_quotes_but_long_quotes_and_newlines_end() -> None:
    short = 'She said "we came. we saw. we left" and smiled. Done.'
    assert sentences(short, "en") == ['She said "we came. we saw. we left" and smiled.', "Done."]
    # A mark right before the closing quote ends the sentence with it.
    closed = 'She said "we left." They smiled.'
    assert sentences(closed, "en") == ['She said "we left."', "They smiled."]
    long_quote = "«" + "كلام طويل جدا. " * (QUOTE_MAX // 10) + "»"
    assert len(sentence_spans(long_quote, "ar")) > 1
    broken = "قال «بدأنا العمل.\nثم توقفنا. وانتهى»"
    assert sentences(broken, "ar") == ["قال «بدأنا العمل.", "ثم توقفنا.", "وانتهى»"]


def test_newlines_always_end_sentences_and_spans_are_trimmed() -> None:
    text = "  First line without a stop\nSecond line.  \n\n\n  Third.\r\nFourth  "
    assert sentences(text, "en") == [
        "First line without a stop",
        "Second line.",
        "Third.",
        "Fourth",
    ]
    for a, b in sentence_spans(text, "en"):
        assert not text[a].isspace() and not text[b - 1].isspace()


def test_glued_acronyms_and_era_marks() -> None:
    text = "شبکه ای.بی.سی گزارش داد. این رویداد در سال 1401 ه.ش. رخ داد. پایان"
    assert sentences(text, "fa") == [
        "شبکه ای.بی.سی گزارش داد.",
        "این رویداد در سال 1401 ه.ش.",
        "رخ داد.",
        "پایان",
    ]
    assert sentences("A Ph.D. student spoke. Next.", "en") == ["A Ph.D. student spoke.", "Next."]


def test_marks_only_pieces_join_a_neighbour_on_their_line() -> None:
    text = 'قال "لن نخفض الإنتاج"\n. وفي بيان لاحق أكد الوزير ذلك.\n***\nانتهى'
    assert sentences(text, "ar") == [
        'قال "لن نخفض الإنتاج"',
        ". وفي بيان لاحق أكد الوزير ذلك.",
        "انتهى",
    ]


def test_list_numbers_and_stray_marks() -> None:
    text = "1. First point.\n2. Second point. More.\nIt ended. ? Odd mark."
    assert sentences(text, "en") == [
        "1. First point.",
        "2. Second point.",
        "More.",
        "It ended. ?",
        "Odd mark.",
    ]


def test_a_mark_followed_by_a_comma_does_not_end() -> None:
    assert sentences("آنها … ، رفتند. بعد", "fa") == ["آنها … ، رفتند.", "بعد"]


def test_empty_and_blank_text() -> None:
    assert sentence_spans("", "ar") == []
    assert sentence_spans(" \n\n\t ", "fa") == []
    assert sentence_spans("...", "en") == []  # marks only: nothing to cite


def test_very_long_sentence_is_cut_at_commas_or_spaces() -> None:
    with_commas = ", ".join(["كلمة أخرى هنا"] * 300)
    spans = sentence_spans(with_commas, "ar")
    assert len(spans) > 1
    assert all(b - a <= MAX_SENTENCE for a, b in spans)
    assert all(with_commas[b - 1] == "،" or with_commas[b - 1] == "," for a, b in spans[:-1])
    spaces = " ".join(["word"] * 1000)
    spans = sentence_spans(spaces, "en")
    assert all(b - a <= MAX_SENTENCE for a, b in spans)
    assert all(spaces[b] == " " for a, b in spans[:-1])
    assert " ".join(spaces[a:b] for a, b in spans) == spaces
    no_space = "x" * 2500
    assert [b - a for a, b in sentence_spans(no_space, "en")] == [1000, 1000, 500]


def test_english_abbreviations_apply_inside_arabic_and_persian() -> None:
    text = "قال Mr. Smith إن الوفد وصل. ثم غادر"
    assert sentences(text, "ar") == ["قال Mr. Smith إن الوفد وصل.", "ثم غادر"]
    assert sentences(text, "fa") == ["قال Mr. Smith إن الوفد وصل.", "ثم غادر"]


def test_every_kind_of_line_break_ends_a_sentence() -> None:
    for brk in ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x0c", "\x85"]:
        assert sentences(f"one{brk}two", "en") == ["one", "two"]


def test_unknown_language_uses_all_rules() -> None:
    assert sentences("Dr. Who arrived. قال د. محمد إنه وصل. بعد", "xx") == [
        "Dr. Who arrived.",
        "قال د. محمد إنه وصل.",
        "بعد",
    ]


SAMPLES = [
    ("ar", "قال د. أحمد إن الوفد وصل. وأضاف: «نحن مستعدون.» ثم غادر؟ نعم.\nسطر آخر"),
    ("fa", "رئیس‌جمهور گفت: «ما آماده‌ایم.» او ساعت ۱۵:۰۳ رسید. ج.ا.ا. اعلام کرد!\nپایان"),
    ("en", "Mr. Smith met the U.N. envoy. “We agree,” he said. Growth hit 3.5 percent.\nEnd"),
]


@pytest.mark.parametrize(("lang", "text"), SAMPLES)
def test_same_sentences_on_normalised_text(lang: str, text: str) -> None:
    result = normalize(text)
    mapped = [result.span_to_original(a, b) for a, b in sentence_spans(result.text, lang)]
    assert mapped == sentence_spans(text, lang)


_ALPHABET = 'ab دم.!?؟…،؛«»"“”()\n \t0123456789:/'


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=_ALPHABET, max_size=300), lang=st.sampled_from([*languages(), "xx"]))
def test_spans_are_ordered_trimmed_and_bounded(text: str, lang: str) -> None:
    previous_end = 0
    for a, b in sentence_spans(text, lang):
        assert previous_end <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        assert b - a <= MAX_SENTENCE
        previous_end = b
    # No letter or digit is lost between sentences.
    covered = "".join(text[a:b] for a, b in sentence_spans(text, lang))
    assert sorted(c for c in covered if c.isalnum()) == sorted(c for c in text if c.isalnum())


_PARAGRAPH = (
    "The envoy met the foreign minister in the capital on Tuesday, and the two "
    "discussed trade, border security and the return of refugees. "
    "«وقال الوزير إن البلدين اتفقا على تشكيل لجنة مشتركة تجتمع كل ثلاثة أشهر.» "
    "Growth reached 3.5 percent last year, according to Dr. Brown of the U.N. agency.\n"
)


@pytest.mark.slow
def test_five_megabytes_of_news_cost_ten_times_half_a_megabyte() -> None:
    # The absolute speed (5 MB in well under a second) is measured by
    # benchmarks/throughput.py; here only the growth is checked.
    repeats = 5_000_000 // len(_PARAGRAPH)
    text = _PARAGRAPH * repeats
    assert len(sentence_spans(text, "en")) == 3 * repeats
    assert_linear(lambda t: sentence_spans(t, "en"), _PARAGRAPH * (repeats // 10), text, 10)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "." * 200_000,
        "«" * 200_000,
        "a." * 100_000,
        ". " * 100_000,
        "a\n" + ". " * 100_000,
        ". \n" * 70_000,
        " " * 200_000,
        "x" * 200_000,
    ],
    ids=[
        "dots",
        "quotes",
        "glued-dots",
        "spaced-dots",
        "dots-after-line",
        "dot-lines",
        "blank",
        "no-breaks",
    ],
)
def test_no_quadratic_blow_up_on_pathological_input(text: str) -> None:
    assert_linear(lambda t: sentence_spans(t, "ar"), text[: len(text) // 10], text, 10)
