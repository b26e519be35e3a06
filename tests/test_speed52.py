"""speed52: the exact rewrites return what the slower code returned.

Each test keeps the old code as a reference (copied from before the rewrite)
and compares it with the new one on sentences written for the test, in
Arabic, Persian and English, with the languages' own word lists."""

from __future__ import annotations

import dataclasses
import random
import re
import unicodedata

import pytest

from diplowatch.dates.mentions import _YEAR4, _merge, _years4
from diplowatch.extract.actor_context import context
from diplowatch.extract.doers import _first_words
from diplowatch.extract.lexicon import EVENT, lexicon
from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import GuardObjects, _blank, guard_ok, scan
from diplowatch.extract.selected_sides import _with_conjuncts
from diplowatch.extract.vetoes import vetoed, vetoed_in
from diplowatch.extract.writer_talks import drop_writer_talks
from diplowatch.text import langid
from diplowatch.text.alternation import Alternation
from diplowatch.text.normalize import normalize
from diplowatch.text.words import WORD_RUN, starts_with_word

LANGS = ("ar", "fa", "en")

# Sentences written for these tests: events, their veto words (a flood, a
# match, a film), guarded triggers with and without their objects, years.
SENTENCES = {
    "ar": [
        "قتل ثلاثة أشخاص في هجوم على قرية شمال بغداد عام 2023، وقالت الشرطة إن السيول جرفت منازل.",
        "التقى المنتخب المصري نظيره المغربي في مباراة ودية، ووقع الوزيران اتفاقية تعاون.",
        "نشرت الولايات المتحدة قوات إضافية في المنطقة، ونشر موقع إخباري تقريرا عن الاجتماع.",
        "اعتقلت السلطات الإيرانية صحفيين بسبب هجوم على مقر الحزب في 12 مايو 2024.",
    ],
    "fa": [
        "وزیر امور خارجه ایران با همتای ترکیه‌ای خود در آنکارا دیدار و درباره سیل گفتگو کرد.",
        "ارتش نیروهای بیشتری به مرز اعزام کرد و وزیر نیرو از نیروگاه تازه بازدید کرد.",
        "تیم ملی فوتبال ایران در مسابقه‌ای دوستانه با عراق دیدار کرد؛ سال ۱۴۰۲ بود.",
        "پلیس ۱۲ نفر را به اتهام حمله به سفارت بازداشت کرد و دادگاه آنان را محکوم کرد.",
    ],
    "en": [
        "Three people were killed in an attack on a village north of Baghdad in 2023, police said after the floods.",
        "The Egyptian national team met Morocco in a friendly match, and the ministers signed a deal.",
        "The United States deployed more troops to the region, and a website published a report on the talks.",
        "Iranian authorities arrested journalists over an attack on the party's office on 12 May 2024.",
        "Egypt opened the Rafah crossing and the minister left for Paris; ties were cut off in 2020.",
    ],
}


def _clean_before(text: str) -> str:
    """``langid._clean`` before speed52: NFKC of the whole sample."""
    sample = unicodedata.normalize("NFKC", text[: langid.SAMPLE_CHARS * 2])
    if "{" in sample:
        for _ in range(3):
            sample = langid._BRACES.sub(" ", sample)
    kinds = tuple(k for k in range(len(langid._NOISE_KINDS)) if langid._may_hold(sample, k))
    return langid._noise(kinds).sub(" ", sample)[: langid.SAMPLE_CHARS]


@pytest.mark.parametrize("lang", LANGS)
def test_plain_compatibles_leave_the_language_sample_as_nfkc_made_it(lang: str) -> None:
    """No-break spaces and ellipses written plain before NFKC: the same
    sample, beside letters, marks that would compose, presentation forms
    and other compatibility characters."""
    rng = random.Random(52)
    extras = ["\u00a0", "\u2026", "\u0301", "\u064b", "\ufe91", "\u2033", " ", "e", "ﻻ"]
    for sentence in SENTENCES[lang]:
        for _ in range(30):
            chars = list(sentence)
            for _ in range(8):
                chars.insert(rng.randrange(len(chars) + 1), rng.choice(extras))
            text = "".join(chars)
            assert langid._clean(text) == _clean_before(text)
    for plain_char, plain in langid._PLAIN_COMPATIBLE:
        assert unicodedata.normalize("NFKC", plain_char) == plain


@pytest.mark.parametrize("lang", LANGS)
def test_veto_automaton_answers_as_the_word_search(lang: str) -> None:
    """``vetoed_in`` (one automaton per type and mode) and ``vetoed`` (each
    word through the sentence) agree for every type and mode the language
    vetoes, on sentences with and without veto words."""
    lex = lexicon(lang)
    entries = {h.entry for s in SENTENCES[lang] for h in scan(normalize(s).text, lex)}
    triggers = [e for e in entries if e.layer == EVENT and e.extra]
    assert triggers
    texts = [normalize(s).text for s in SENTENCES[lang]]
    texts += [" ".join(words) for words in lex.vetoes.values()]  # every veto word present
    for entry in triggers:
        fake = _HitLike(entry)
        for text in texts:
            assert vetoed_in(fake, text, lang) == vetoed(fake, text, lex.vetoes)  # type: ignore[arg-type]


@dataclasses.dataclass
class _HitLike:
    """What the veto rules read of a trigger: its entry."""

    entry: object


@pytest.mark.parametrize("lang", LANGS)
def test_guard_words_and_blanks_read_as_before(lang: str) -> None:
    """``guard_ok`` with the indexed not-object phrases and the kept clitic
    stems says what the plain reading says: a guarded trigger's objects are
    found the same, and ``_blank`` with the index blanks the same words."""
    lex = lexicon(lang)
    for sentence in SENTENCES[lang]:
        text = normalize(sentence).text
        for hit in scan(text, lex):
            needs = hit.entry.extra[1] if len(hit.entry.extra) > 1 else ()
            if not isinstance(needs, GuardObjects):
                continue
            got = guard_ok(text, hit, lex.guard_window, lex.word_prefixes)
            assert got == _guard_before(text, hit, needs, lex.guard_window, lex.word_prefixes)
            words = WORD_RUN.findall(text)
            plain = _blank(list(words), needs.not_objects)
            assert _blank(list(words), needs.not_objects, needs.not_by_first) == plain


def _guard_before(text: str, hit, objects: GuardObjects, window, clitics) -> bool:  # type: ignore[no-untyped-def]
    """``guard_ok`` before speed52: every word cut at every clitic length."""
    from diplowatch.extract.scan import _clitics_by_length, _window_words

    words = _window_words(text, hit, window, objects.not_objects)
    joined = " ".join(words)
    if any(phrase in joined for phrase in objects.phrases):
        return True
    for word in words:
        if word in objects.short:
            return True
        for n, opening in _clitics_by_length(clitics):
            if word[:n] in opening and word[n:] in objects.written:
                return True
    return False


def test_blank_with_index_keeps_the_phrase_order() -> None:
    """Overlapping phrases blank in their listed order with the index too.
    Persian lists not-object phrases ("وزیر نیرو"); Arabic and English guard
    data may list none, which the index leaves as it is."""
    phrases = (("وزیر", "نیرو"), ("نیرو", "دریایی"), ("a", "b"), ("b", "c"), ())
    by_first: dict[str, list[int]] = {}
    for n, p in enumerate(phrases):
        if p:
            by_first.setdefault(p[0], []).append(n)
    index = {w: tuple(ns) for w, ns in by_first.items()}
    for words in (
        ["وزیر", "نیرو", "دریایی"],
        ["نیرو", "دریایی", "وزیر"],
        ["a", "b", "c", "x"],
        ["b", "c", "a", "b"],
        [],
    ):
        assert _blank(list(words), phrases, index) == _blank(list(words), phrases)


@pytest.mark.parametrize("lang", LANGS)
def test_years_of_regions_are_the_whole_texts(lang: str) -> None:
    """Four-digit runs read in regions only (bounded search) are those of
    the whole text that start in them, regions cut through a year too."""
    for sentence in SENTENCES[lang]:
        text = normalize(sentence + " 123456789 2024").text
        whole = [(m.start(), m.end(), True) for m in _YEAR4.finditer(text)]
        for lo in range(0, len(text), 7):
            for width in (1, 3, 5, 12, 40):
                # regions start inside the text, as the publication date's do
                starts = [x for x in (lo, lo + 2 * width) if x < len(text)]
                regions = _merge([(x, x + width) for x in starts])
                want = [y for y in whole if any(a <= y[0] < b for a, b in regions)]
                assert _years4(text, regions) == want


@pytest.mark.parametrize("lang", LANGS)
def test_alternation_matches_the_plain_alternation(lang: str) -> None:
    """``Alternation`` with its flat word list finds what the full
    alternation finds, in every span of the sentences."""
    patterns = [
        r"(?:تعليق|تعليقات)\s*\d*",
        r"جميع الحقوق محفوظة",
        r"©\s*\w+",
        r"\d+ (?:نظر|دیدگاه)",
    ]
    patterns += [r"(?:comments?|views)\s*\(\d+\)", r"read more"]
    alt = Alternation(patterns)
    full = re.compile("|".join(f"(?:{p})" for p in patterns))
    tails = {
        "ar": " تعليقات 3 جميع الحقوق محفوظة",
        "fa": " ۲ دیدگاه © خبرگزاری",
        "en": " comments (4) read more",
    }
    for sentence in SENTENCES[lang]:
        text = sentence + tails[lang]
        for start in range(0, len(text), 11):
            for end in (start + 10, start + 40, len(text)):
                got = [m.span() for m in alt.finditer(text, start, end)]
                assert got == [m.span() for m in full.finditer(text, start, end)]


@pytest.mark.parametrize("lang", LANGS)
def test_starts_with_word_as_before(lang: str) -> None:
    """``starts_with_word`` with its first-letter test answers as the plain
    test of every listed word."""
    ctx = context(lang)
    words = frozenset(w for w in ctx.conjunctions | ctx.clause_openers if w)
    for sentence in SENTENCES[lang]:
        text = normalize(sentence).text
        for i in range(len(text)):
            piece = text[i:]
            want = any(
                piece.startswith(w) and (len(w) == len(piece) or not piece[len(w)].isalnum())
                for w in words
            )
            assert starts_with_word(piece, words) == want


@pytest.mark.parametrize("lang", LANGS)
def test_reason_openers_start_with_their_first_words(lang: str) -> None:
    """Every reason opener written as words starts with one of the first
    words ``reason_span`` tries phrases at."""
    openers = context(lang).reason_openers
    firsts = _first_words(openers)
    for opener in openers:
        if " ".join(WORD_RUN.findall(opener)) == opener:
            assert WORD_RUN.findall(opener)[0] in firsts


@pytest.mark.parametrize("lang", LANGS)
def test_conjuncts_with_equal_mentions(lang: str) -> None:
    """``_with_conjuncts`` with its span set: an equal but distinct mention
    counts as held, as ``m in out`` said."""
    ctx = context(lang)
    conj = frozenset(ctx.conjunctions)
    text = {
        "ar": "روسيا وإيران والصين",
        "fa": "روسیه و ایران و چین",
        "en": "Russia and Iran and China",
    }[lang]
    text = normalize(text).text
    spans = [(m.start(), m.end()) for m in WORD_RUN.finditer(text)]
    spans = [s for s in spans if text[s[0] : s[1]] not in conj]
    codes = ["RUS", "IRN", "CHN"]
    mentions = [Mention(a, b, c, "state", False) for (a, b), c in zip(spans, codes, strict=False)]
    strong = [Mention(mentions[0].start, mentions[0].end, "RUS", "state", False)]
    links = frozenset(ctx.conjunctions)
    out = _with_conjuncts(strong, mentions, text, conj, links)
    assert [m.code for m in out] == [m.code for m in sorted(out, key=lambda m: m.start)]
    assert out[0] is strong[0]


def test_mentions_are_slotted_and_compare_as_before() -> None:
    """A slotted ``Mention`` holds no dictionary; equality and
    ``dataclasses.replace`` read its fields as before (in every language's
    codes alike)."""
    m = Mention(0, 5, "IRN", "state", True, role="head_of_state")
    assert not hasattr(m, "__dict__")
    assert dataclasses.replace(m, code="EGY").code == "EGY"
    assert m == Mention(0, 5, "IRN", "state", True, role="head_of_state")
    assert m != Mention(0, 5, "IRN", "state", True)
    with pytest.raises(AttributeError):
        m.undeclared = 1  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", LANGS)
def test_writer_talks_without_talk_words_keep_every_trigger(lang: str) -> None:
    """A sentence with no talk word keeps its triggers (a new list), as the
    full reading kept them."""
    lex, ctx = lexicon(lang), context(lang)
    for sentence in SENTENCES[lang]:
        text = normalize(sentence).text
        hits = scan(text, lex)
        triggers = [h for h in hits if h.entry.layer == EVENT and h.entry.value != "CONSULT"]
        cues = [h for h in hits if h.entry.layer != EVENT]
        kept = drop_writer_talks(triggers, cues, text, ctx)
        assert kept == triggers and kept is not triggers


@pytest.mark.parametrize("lang", LANGS)
def test_years_of_regions_past_the_text_are_none(lang: str) -> None:
    """A region that starts at or past the text's end reads no year (it was
    an IndexError), and one reaching past the end reads up to it."""
    for sentence in SENTENCES[lang]:
        text = normalize(sentence + " 2024").text
        assert _years4(text, [(len(text), len(text) + 5)]) == []
        assert _years4(text, [(len(text) + 3, len(text) + 9)]) == []
        tail = [(len(text) - 4, len(text), True)]
        assert _years4(text, [(len(text) - 4, len(text) + 50)]) == tail
