"""Round 22 (throughput): the table look-ups of ``text.words`` answer as the
word-by-word loops they replace, on word lists and texts written here."""

from __future__ import annotations

import random

from diplowatch.text.words import ends_with_word, last_token, starts_with_word


def _ends_loop(before: str, words: frozenset[str]) -> bool:
    return any(
        before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum())
        for w in words
    )


def _starts_loop(text: str, words: frozenset[str]) -> bool:
    return any(
        text.startswith(p) and (len(text) == len(p) or not text[len(p)].isalnum())
        for p in words
        if p
    )


def _last_loop(window: str) -> str:
    if not window:
        return ""
    if not window[-1].isalnum():
        return window[-1]
    i = len(window)
    while i > 0 and window[i - 1].isalnum():
        i -= 1
    return window[i:]


# the same phrases in Arabic, Persian and English: "loyal to", "backed by", "about"
WORDS = frozenset(
    {"الموالية ل", "المدعومة من", "وابسته به", "درباره", "loyal to", "backed by", "about", "في"}
)
TEXTS = (
    "الميليشيات الموالية ل",
    "القوات المدعومة من",
    "نیروهای وابسته به",
    "گفتگو درباره",
    "militias loyal to",
    "rebels backed by",
    "talked about",
    "talkedabout",
    "وفي",
    "في",
    "",
    "abc, في",
    "x-backed by",
)


def test_ends_with_word_as_the_loop() -> None:
    for text in TEXTS:
        assert ends_with_word(text, WORDS) == _ends_loop(text, WORDS), text
    assert ends_with_word("gunmen loyal to", WORDS)
    assert not ends_with_word("gunmenloyal to", WORDS)  # "loyal to" inside a word


def test_starts_with_word_as_the_loop() -> None:
    for text in (*TEXTS, "about the talks", "aboutness", "في القاهرة", "فيها", "درباره توافق"):
        assert starts_with_word(text, WORDS) == _starts_loop(text, WORDS), text


def test_last_token_as_the_loop() -> None:
    for text in ("وصل الوزير", "وزیر به تهران", "the minister", "Cairo,", "x_y", "١٢٣", "", "a"):
        assert last_token(text) == _last_loop(text), text


def test_random_texts_as_the_loops() -> None:
    rng = random.Random(22)
    alphabet = "ab _-,.\u0627\u0644\u0645\u06cc\u200c1\u0661"
    words = frozenset(
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4))) for _ in range(30)
    )
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert ends_with_word(text, words) == _ends_loop(text, words), (text, words)
        assert starts_with_word(text, words) == _starts_loop(text, words), (text, words)
        assert last_token(text) == _last_loop(text), text


def _clean_with_every_kind(text: str) -> str:
    """``langid._clean`` as before round 22: the whole noise alternation."""
    import unicodedata

    from diplowatch.text import langid

    sample = unicodedata.normalize("NFKC", text[: langid.SAMPLE_CHARS * 2])
    for _ in range(3):
        sample = langid._BRACES.sub(" ", sample)
    return langid._NOISE.sub(" ", sample)[: langid.SAMPLE_CHARS]


def test_language_sample_cleaned_as_with_every_noise_kind() -> None:
    from diplowatch.text import langid

    texts = (
        "وصل وزير الخارجية إلى القاهرة يوم 12 مايو.",
        "وزیر امور خارجه روز ۱۲ اردیبهشت به تهران رسید.",
        "The foreign minister arrived in Cairo on 12 May.",
        "وصل الوزير <b>اليوم</b> &amp; غادر https://example.org/a_b info@example.org",
        "وزیر رسید \\u0026 \\u0627 www.example.ir fooBar snake_case " + "ب" * 45,
        "The minister arrived. " + "x" * 39 + " " + "y" * 40 + " _ a_b",
        "",
    )
    for text in texts:
        assert langid._clean(text) == _clean_with_every_kind(text), text
    rng = random.Random(22)
    pieces = (
        "<a>",
        "&x;",
        "\\u0041",
        "http://a",
        "a@b.c",
        "aB",
        "_",
        "12",
        "س" * 40,
        " ",
        "ب",
        "q",
    )
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert langid._clean(text) == _clean_with_every_kind(text), text
