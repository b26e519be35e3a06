"""Word-bounded look-ups of a word list at one position, as table look-ups.

Several rules ask whether the text right before a word ends with one of a
list of words or phrases ("backed by", "در مورد", "loyal to"), as a whole
word. Asked by trying every listed word in turn (``any(before.endswith(w)
…)``), the cost grows with the list and is paid for every trigger or
country word of every document. The lists are fixed per language, so the
lengths of their entries are read once per list (``_lengths``): a question
is then one set look-up per distinct length, with the same answer.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from diplowatch.text.normalize import normalize_phrase

# Enough for the word lists of every language's rules; bounded so that a
# caller building a fresh list per call cannot grow it without end.
_LISTS_KEPT = 256

# A run of letters or digits (``str.isalnum``: ``\w`` without "_").
_ALNUM_RUN = re.compile(r"[^\W_]+")
# A run of word characters: the one pattern every rule module walks words by.
WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=_LISTS_KEPT)
def _lengths(words: frozenset[str]) -> tuple[int, ...]:
    """The distinct lengths of the non-empty ``words``, longest first."""
    return tuple(sorted({len(w) for w in words if w}, reverse=True))


@lru_cache(maxsize=_LISTS_KEPT)
def _first_letters(words: frozenset[str]) -> frozenset[str]:
    """The first characters of the non-empty ``words`` (``starts_with_word``)."""
    return frozenset(w[0] for w in words if w)


@lru_cache(maxsize=_LISTS_KEPT)
def _last_letters(words: frozenset[str]) -> frozenset[str]:
    """The last characters of the non-empty ``words``: a text ending with
    none of them ends with no listed word, answered with one look-up (the
    sponsor openers are asked for before every country word)."""
    return frozenset(w[-1] for w in words if w)


@lru_cache(maxsize=_LISTS_KEPT)
def _lengths_by_last_run(words: frozenset[str]) -> dict[str, tuple[int, ...]] | None:
    """The lengths of the non-empty ``words`` (longest first) by the run of
    letters and digits each ends with; None when a word ends with another
    character. A word that ends a text as a whole word ends with the run
    that ends the text (the run cannot go on before the word's start: a
    whole word stands after a character that is no letter or digit), so a
    question tries only the words of that run: the sponsor openers' last
    letters (ي, ه, ن) end most Arabic and Persian words."""
    by_run: dict[str, set[int]] = {}
    for w in words:
        if not w:
            continue
        if not w[-1].isalnum():
            return None
        run = _ALNUM_RUN.match(w[::-1])
        assert run is not None  # its last character is a letter or digit
        by_run.setdefault(w[len(w) - run.end() :], set()).add(len(w))
    return {run: tuple(sorted(ns, reverse=True)) for run, ns in by_run.items()}


@lru_cache(maxsize=_LISTS_KEPT)
def longer_than(words: frozenset[str], size: int = 0) -> tuple[str, ...]:
    """The ``words`` longer than ``size`` characters, as a tuple that
    ``str.startswith`` / ``str.endswith`` take at once: one call in C instead
    of a generator trying each word in turn (asked for every word or hit)."""
    return tuple(sorted(w for w in words if len(w) > size))


_TOKEN = re.compile(r"\S+")


def first_word(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Where the first white-space-delimited word of ``text[start:end]``
    starts, and the word: ``text[start:end].split()[0]`` without splitting
    the whole sentence (asked for every sentence of an article)."""
    m = _TOKEN.search(text, start, end)
    return (m.start(), m.group()) if m else None


def any_between(positions: Sequence[int], lo: int, hi: int) -> bool:
    """Whether one of the sorted ``positions`` lies in ``[lo, hi)``: one
    binary search instead of a test per position of the document."""
    i = bisect_left(positions, lo)
    return i < len(positions) and positions[i] < hi


@lru_cache(maxsize=_LISTS_KEPT)
def padded(words: frozenset[str]) -> tuple[str, ...]:
    """Each of ``words`` with a space either side, built once per list: the
    rules look for whole words in a space-padded window (``" {w} " in gap``)."""
    return tuple(f" {w} " for w in words)


def ends_with_word(before: str, words: frozenset[str]) -> bool:
    """Whether ``before`` ends with one of ``words`` standing as a whole word
    (at the start of ``before`` or after a character that is no letter or
    digit): ``any(before.endswith(w) and (len(before) == len(w) or not
    before[-len(w) - 1].isalnum()) for w in words)``, one look-up per length."""
    size = len(before)
    if "" in words and (size == 0 or not before[-1].isalnum()):
        return True
    if size == 0 or before[-1] not in _last_letters(words):
        return False  # most questions: no listed word ends with its last letter
    by_run = _lengths_by_last_run(words)
    if by_run is None:
        lengths = _lengths(words)
    else:
        # a listed word ending ``before`` as a whole word ends with the same
        # run of letters as ``before``: only the lengths of those are tried
        run = _ALNUM_RUN.match(before[::-1])
        lengths = by_run.get(before[size - run.end() :], ()) if run else ()
    for n in lengths:
        if (
            n <= size
            and before[size - n :] in words
            and (n == size or not before[-n - 1].isalnum())
        ):
            return True
    return False


def starts_with_word(text: str, words: frozenset[str]) -> bool:
    """Whether ``text`` starts with one of the non-empty ``words`` as a whole
    word (at its end or before a character that is no letter or digit),
    one look-up per length."""
    if not text or text[0] not in _first_letters(words):
        return False  # most questions: no listed word starts with its first letter
    size = len(text)
    for n in _lengths(words):
        if n <= size and text[:n] in words and (n == size or not text[n].isalnum()):
            return True
    return False


def last_token(window: str) -> str:
    """The last token of ``window`` (no trailing white space): its last run
    of letters and digits, or its last character when that is punctuation.
    One regular-expression match on the reversed window instead of a step
    per letter: the previous word is asked for every country word."""
    if not window:
        return ""
    if not window[-1].isalnum():
        return window[-1]
    run = _ALNUM_RUN.match(window[::-1])
    assert run is not None  # the last character is alphanumeric
    return window[len(window) - run.end() :]


def word_right_before(text: str, pos: int, reach: int) -> str:
    """The word that ends one space before ``pos`` ("" where something else
    stands right before ``pos``, or nothing within ``reach`` characters):
    a word read as glued to the next one by a space only, as a given name
    before a surname (``extract/surnames``) or a definite noun before a
    relational adjective (``extract/nisba``)."""
    before = text[max(0, pos - reach) : pos]
    if not before.endswith(" "):
        return ""
    words = before.split()
    return words[-1] if words else ""


def last_runs(text: str, lo: int, hi: int, count: int) -> list[str]:
    """``WORD_RUN.findall(text[lo:hi])[-count:]`` (``count`` ≥ 1) read from
    a window before ``hi``, widened until it holds more than ``count`` runs
    or reaches ``lo``: the runs after the window's first one are whole, and
    a guard reads its words before every guarded trigger from a window of
    twenty characters a word."""
    if count < 1:  # no count of runs: read as written
        return WORD_RUN.findall(text[lo:hi])[-count:]
    reach = 8 * count
    while True:
        start = max(lo, hi - reach)
        found = WORD_RUN.findall(text[start:hi])
        if len(found) > count or start <= lo:
            return found[-count:]
        reach *= 4


def first_runs(text: str, lo: int, hi: int, count: int) -> list[str]:
    """``WORD_RUN.findall(text[lo:hi])[:count]`` (``count`` ≥ 1) read from a
    window after ``lo``, widened until it holds more than ``count`` runs or
    reaches ``hi``: the runs before the window's last one are whole."""
    if count < 1:  # no count of runs: read as written
        return WORD_RUN.findall(text[lo:hi])[:count]
    hi = min(hi, len(text))
    reach = 8 * count
    while True:
        end = min(hi, lo + reach)
        found = WORD_RUN.findall(text[lo:end])
        if len(found) > count or end >= hi:
            return found[:count]
        reach *= 4


def words_before(text: str, end: int, count: int, reach: int = 80) -> list[str]:
    """``text[:end].split()[-count:]`` read from a window before ``end``,
    widened until it holds more than ``count`` words or starts the text:
    the rules ask for the word or two before a hit, and a slice of all the
    text before it made a long document's reading quadratic. ``end`` lies
    in ``0..len(text)``."""
    while True:
        start = max(0, end - reach)
        words = text[start:end].split()
        # past ``count`` words the first one, maybe cut by the window, is not read
        if start == 0 or len(words) > count:
            return words[-count:] if count else []
        reach *= 4


def words_after(
    text: str, start: int, count: int, reach: int = 80, stop: int | None = None
) -> list[str]:
    """``text[start:stop].split()[:count]`` read from a window after
    ``start``, widened as ``words_before``'s (``stop`` defaults to the
    text's end: a sentence's end bounds a reading within it)."""
    limit = len(text) if stop is None else min(stop, len(text))
    while True:
        end = min(start + reach, limit)
        words = text[start:end].split()
        if end >= limit or len(words) > count:
            return words[:count]
        reach *= 4


def space_end(text: str, pos: int) -> int:
    """Where the white space at ``pos`` ends: ``pos`` plus what
    ``text[pos:].lstrip()`` strips, without copying the rest of the text."""
    size = len(text)
    while pos < size and text[pos].isspace():
        pos += 1
    return pos


def space_start(text: str, end: int) -> int:
    """``len(text[:end].rstrip())`` for ``end`` in ``0..len(text)``: where
    the white space before ``end`` begins, without copying the text before it."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def word_pattern(words: Sequence[str], glued: str = "") -> re.Pattern[str] | None:
    """One pattern for a list of words or phrases, written whole (longest
    first, so a phrase wins over a word it opens); ``glued`` holds further
    characters that may not follow a match ("\u200c": a Persian word goes
    on after a zero-width non-joiner). None for an empty list, so that a
    language without the list costs nothing."""
    forms = sorted({normalize_phrase(w) for w in words}, key=len, reverse=True)
    if not forms:
        return None
    alternatives = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?![\w{glued}])")


@lru_cache(maxsize=1024)
def _whole(phrase: str) -> re.Pattern[str]:
    """``phrase`` as written, standing as a whole word (no ``\\w`` either side)."""
    return re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")


def whole_word_spans(text: str, phrase: str) -> list[tuple[int, int]]:
    """Where ``phrase`` stands in ``text`` as a whole word: the spans of
    ``re.finditer(rf"(?<!\\w){re.escape(phrase)}(?!\\w)", text)``. A text
    without the phrase's letters holds no match, which one substring test
    in C answers before any pattern runs (rules ask for each word of a list
    in each sentence, and most sentences hold none of them)."""
    if phrase not in text:
        return []
    return [m.span() for m in _whole(phrase).finditer(text)]


def holds_whole_word(text: str, phrase: str) -> bool:
    """Whether ``phrase`` stands in ``text`` as a whole word (``whole_word_spans``
    is not empty), with the same substring test first."""
    return phrase in text and _whole(phrase).search(text) is not None


def clitic_occurrences(text: str, form: str, clitics: frozenset[str]) -> list[tuple[int, str]]:
    """Where ``form`` stands in ``text`` as a word after at most one clitic
    of ``clitics`` (which holds "" when a bare form counts), with that
    clitic: the letters glued before the form must be a whole clitic and no
    letter may follow it. Shared by the rules that find a head told again
    ("named_again") and a ring's members ("ring_members"), each with its
    language's own clitic list."""
    out = []
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        lead = at
        while lead > 0 and text[lead - 1].isalnum():
            lead -= 1
        after = text[end] if end < len(text) else " "
        if text[lead:at] in clitics and not after.isalnum():
            out.append((at, text[lead:at]))
        at = text.find(form, end)
    return out


# Words a preposition may stand before the actor it governs: the head noun
# of an Ezafe chain ("با عقب‌نشینی آمریکا") or of an English noun phrase
# ("with the US withdrawal") and a second word of a compound noun.
OBLIQUE_REACH = 3


def governed(
    text: str, start: int, at: int, preps: frozenset[str], breaks: frozenset[str] = frozenset()
) -> bool:
    """Whether a preposition (``preps``) governs the word at ``at``: it
    stands among the ``OBLIQUE_REACH`` words before it (from ``start``) with
    no punctuation and no word that opens a new phrase between (``breaks``:
    a demonstrative or a complementiser, as in "در این حال وزیر …"
    (meanwhile, the minister …), where the minister is free). A subject is
    never governed by a preposition: the rules that look for one pass such
    words over."""
    for word in reversed(text[start:at].split()[-OBLIQUE_REACH:]):
        if not word[-1].isalnum() or word in breaks:
            return False
        if word in preps:
            return True
    return False


_CHAIN_WORDS = 3  # the longest run of definite words read after a head
_STEM_LETTERS = 3  # letters a definite noun has after its article


def definite_chain(gap: Sequence[str], article_starts: tuple[str, ...]) -> bool:
    """Whether only words with the article (``article_starts``, no
    preposition glued before it) stand between a title or agent noun and a
    state's bare name ("محكمة العدل الدولية", "قائد القوات البرية"): a
    construct chain ends at its first definite word, and the words after it
    agree with it as adjectives, so nothing in it takes a genitive and the
    name after it opens the verb's object (agentnull94). A word of fewer
    than three letters after the article is a particle the normalised text
    spells alike ("الى", "التي"); a language without the article has none."""
    if not article_starts or not gap or len(gap) > _CHAIN_WORDS:
        return False
    return all(w.isalpha() and _article_word(w, article_starts) for w in gap)


def _article_word(word: str, article_starts: tuple[str, ...]) -> bool:
    """Whether ``word`` is a noun or adjective with the article."""
    return any(word.startswith(a) and len(word) - len(a) >= _STEM_LETTERS for a in article_starts)


def first_words(text: str, start: int, count: int, stop: int | None = None) -> list[str]:
    """The first ``count`` words of ``text[start:stop]``, read from a window
    that grows only as far as they need: splitting the rest of a long
    one-line document to read a few words after a trigger made each
    trigger cost the length of the document (diffread72 F1, F2). Equal to
    ``text[start:stop].split()[:count]``."""
    end = len(text) if stop is None else min(stop, len(text))
    reach = 64 * (count + 1)
    while True:
        cut = min(end, start + reach)
        words = text[start:cut].split()
        if cut >= end or len(words) > count:
            return words[:count]  # a word cut at the window's end is not among them
        reach *= 2


def last_words(text: str, end: int, count: int) -> list[str]:
    """The last ``count`` words of ``text[:end]``, read from a growing
    window as in ``first_words``. Equal to ``text[:end].split()[-count:]``
    for ``count`` > 0."""
    reach = 64 * (count + 1)
    while True:
        cut = max(0, end - reach)
        words = text[cut:end].split()
        if cut == 0 or len(words) > count:
            return words[-count:]
        reach *= 2
