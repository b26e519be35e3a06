"""Round 98 (speed98): the words before a noun that a verb of asking may
address, read once per (text, position) and their places only where a
request is found, give what the replaced code gave.

``asked_nouns.asking_word_at`` and ``country_inside_asked`` split the slice
before a title again for every country word after it and every side it is
read as, and found every word's place with ``str.index`` before asking
whether any word asks. The rewrite keeps the stripped words per position
(``_words_before``), finds a place only for the word it returns
(``_word_start_before``, ``_word_starts`` by one regular expression) and
tries a word's forms without building a tuple (``_asks``). Each test
compares with a copy of the code it replaced, on sentences written for
these tests in Arabic, Persian and English. Tests naming the new helpers
fail on main (04d22682), where they do not exist.
"""

from __future__ import annotations

import pytest

from diplowatch.extract import asked_nouns
from diplowatch.extract.asked_nouns import (
    _PUNCT,
    _SLICE,
    _asking,
    _asks,
    _verb_before,
    _without_fillers,
    _word_start_before,
    _word_starts,
    _words_before,
    asking_word_at,
    country_inside_asked,
)
from diplowatch.text.normalize import normalize

# ---------------------------------------------------------------- reference copies (main 04d22682)


def _old_bare(word: str, clitics: tuple[str, ...]) -> tuple[str, ...]:
    return (
        word,
        *(word[len(c) :] for c in clitics if word.startswith(c) and len(word) > len(c) + 1),
    )


def _old_word_starts(text: str) -> list[tuple[int, str]]:
    out, i = [], 0
    for w in text.split():
        i = text.index(w, i)
        out.append((i, w))
        i += len(w)
    return out


def _old_verb_before(before: list[str], a: asked_nouns._Asking) -> bool:
    window = before[-a.reach :]
    for i in range(len(window) - 1, -1, -1):
        if any(form in a.before for form in _old_bare(window[i], a.clitics)):
            between = window[i + 1 :]
            if between and between[0] in a.openers:
                between = between[1:]
            return not any(w in a.blockers for w in between)
    return False


def _old_asking_word_at(ntext: str, start: int, end: int, lang: str) -> int | None:
    a = _asking(lang)
    if not a.reach:
        return None
    lo = max(0, start - _SLICE)
    spans = [(lo + i, w.strip(_PUNCT)) for i, w in _old_word_starts(ntext[lo:start])]
    words = _without_fillers([w for _, w in spans], a.fillers)
    if a.before and _old_verb_before(list(words), a):
        window = words[-a.reach :]
        for i in range(len(window) - 1, -1, -1):
            if any(form in a.before for form in _old_bare(window[i], a.clitics)):
                if a.subject_first and i == len(window) - 1:
                    break
                return spans[len(words) - len(window) + i][0]
    if words and words[-1] in a.markers and (len(words) < 2 or words[-2] not in a.own_marker):
        after = " ".join(ntext[end : end + _SLICE].split()[: a.reach])
        if any(stem in after for stem in a.after):
            return spans[len(words) - 1][0]
    return None


# ---------------------------------------------------------------- own sentences
# (sentence, language, the noun asked or not, the word the answer starts at
# or None where no verb of asking addresses the noun)
CASES = [
    # Arabic: the verb of asking first, then whom it asks
    ("حث رئيس الوزراء المواطنين على المشاركة في التصويت غدا.", "ar", "المواطنين", "حث"),
    ("وناشدت الوزارة جميع المواطنين بالهدوء.", "ar", "المواطنين", "وناشدت"),
    ("ودعا النشطاء إلى تنظيم مسيرة سلمية.", "ar", "النشطاء", None),  # the activists ask
    ("دعت الحكومة إلى حماية المواطنين في المدينة.", "ar", "المواطنين", None),  # what is asked
    ("قال المتحدث إن المواطنين خرجوا إلى الشوارع.", "ar", "المواطنين", None),
    # Persian: the marker "از" before the noun, the verb of asking after it
    ("رئیس جمهور از مردم خواست در انتخابات شرکت کنند.", "fa", "مردم", "از"),
    ("وزیر کشور از همه ی شهروندان درخواست کرد آرام بمانند.", "fa", "شهروندان", "از"),
    ("بسیاری از شهروندان در این شهر زندگی می کنند.", "fa", "شهروندان", None),
    ("حمایت از شهروندان خواست اصلی آنان بود.", "fa", "شهروندان", None),  # the marker's own noun
    # English: the verb of asking a few words before
    ("The mayor urged all residents to stay indoors tonight.", "en", "residents", "urged"),
    ("Officials have called on the public to remain calm.", "en", "the public", "called"),
    ("The minister called for protection of residents in the north.", "en", "residents", None),
    ("Residents of the town gathered outside the hall.", "en", "Residents", None),
]


def _span(ntext: str, noun: str) -> tuple[int, int]:
    start = ntext.index(noun)
    return start, start + len(noun)


@pytest.mark.parametrize(("text", "lang", "noun", "word"), CASES)
def test_asking_word_at_as_before(text: str, lang: str, noun: str, word: str | None) -> None:
    ntext = normalize(text).text
    start, end = _span(ntext, normalize(noun).text)
    got = asking_word_at(ntext, start, end, lang)
    assert got == _old_asking_word_at(ntext, start, end, lang)
    if word is None:
        assert got is None
    else:
        assert got is not None and ntext.startswith(normalize(word).text, got)


@pytest.mark.parametrize(("text", "lang", "noun", "word"), CASES)
def test_words_before_is_the_stripped_split(
    text: str, lang: str, noun: str, word: str | None
) -> None:
    ntext = normalize(text).text
    start, _ = _span(ntext, normalize(noun).text)
    raw = ntext[max(0, start - _SLICE) : start].split()
    expected = _without_fillers([w.strip(_PUNCT) for w in raw], _asking(lang).fillers)
    assert list(_words_before(ntext, start, lang)) == expected
    # kept: the second question is answered from the table
    hits = _words_before.cache_info().hits
    _words_before(ntext, start, lang)
    assert _words_before.cache_info().hits == hits + 1


def test_words_before_is_not_changed_by_its_readers() -> None:
    """The kept tuple is copied before the fillers' reader may cut it."""
    ntext = normalize("وناشدت الوزارة جميع المواطنين بالهدوء.").text
    start, end = _span(ntext, "المواطنين")
    first = _words_before(ntext, start, "ar")
    asking_word_at(ntext, start, end, "ar")
    country_inside_asked(ntext, _Title(start, end), end + 1, "ar")
    assert _words_before(ntext, start, "ar") == first


class _Title:
    """A stand-in for a title's hit: ``country_inside_asked`` reads its span."""

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


@pytest.mark.parametrize(
    "text",
    [
        "حث الرئيس  المواطنين\tعلى «المقاطعة»،  والهدوء",
        "از\u00a0مردم  خواست\u2003که آرام باشند",
        "  urged\n\nall   residents,\x1cto (stay) home ",
        "",
        "   ",
    ],
)
def test_word_starts_as_before(text: str) -> None:
    """One regular expression gives the words ``str.split`` gives, at their places."""
    assert _word_starts(text) == _old_word_starts(text)


@pytest.mark.parametrize(
    ("text", "lang", "n"),
    [
        ("قال الوزير  إن الحكومة ستدعو المواطنين", "ar", 4),
        ("رئیس جمهور از  مردم", "fa", 2),
        ("The mayor  urged residents", "en", 2),
    ],
)
def test_word_start_before_is_the_old_span(text: str, lang: str, n: int) -> None:
    ntext = normalize(text).text
    start = len(ntext)
    lo = max(0, start - _SLICE)
    assert _word_start_before(ntext, start, n) == lo + _old_word_starts(ntext[lo:start])[n][0]


@pytest.mark.parametrize(
    ("word", "lang", "expected"),
    [
        ("حث", "ar", True),
        ("وحث", "ar", True),  # a glued conjunction
        ("فناشدت", "ar", True),
        ("وو", "ar", False),
        ("الحكومة", "ar", False),
        ("urged", "en", True),
        ("told", "en", False),
        ("خواست", "fa", False),  # Persian asks after the noun: no verb before
    ],
)
def test_asks_as_the_old_forms(word: str, lang: str, expected: bool) -> None:
    a = _asking(lang)
    assert _asks(word, a) is expected
    assert _asks(word, a) == any(form in a.before for form in _old_bare(word, a.clitics))


@pytest.mark.parametrize(("text", "lang", "noun", "word"), CASES)
def test_verb_before_as_before(text: str, lang: str, noun: str, word: str | None) -> None:
    ntext = normalize(text).text
    start, _ = _span(ntext, normalize(noun).text)
    before = list(_words_before(ntext, start, lang))
    a = _asking(lang)
    assert _verb_before(before, a) == _old_verb_before(before, a)
