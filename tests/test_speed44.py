"""Helpers of round 44's speed work: each answers exactly what the slower
pattern or look-up it replaced answered (letter-led word alternations for
the year patterns, the counted phrases as a trie, the two-word location
heads looked up only after a head's last word). Sentences are our own, in
Arabic, Persian and English where the phenomenon exists (Arabic writes no
two-digit years after a year word and has no two-word location head in its
data, so those tests are Persian and English only)."""

from __future__ import annotations

import random
import re

import pytest

from diplowatch.dates.lexicon import alternation, first_letters, lexicon, word_led
from diplowatch.extract.actor_context import context
from diplowatch.extract.counted import _phrases
from diplowatch.extract.countries import _head_ends, _location_head_before
from diplowatch.extract.lexicon import ACTOR
from diplowatch.extract.lexicon import lexicon as actor_lexicon
from diplowatch.extract.scan import resolve, scan
from diplowatch.text.alternation import longest_first
from diplowatch.text.normalize import normalize


def _old_led(words: list[str], behind: str = r"\w") -> re.Pattern[str]:
    """The pattern ``word_led`` replaced: a look-ahead, a look-behind, the words."""
    return re.compile(f"{first_letters(words)}(?<!{behind}){alternation(words)}")


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


@pytest.mark.parametrize(
    ("words", "text", "found"),
    [
        (["سنة", "سنوات", "عام"], "خلال عام 2019 وفي السنوات الماضية وسنة 2020", ["عام"]),
        (["سال", "سالهای", "سال های"], "در سال ۹۱ و سالهای ۹۲ و بسال ۹۳", ["سال", "سالهاي"]),
        (["year", "years", "year of"], "in the year of 2019, unlike yesteryear", ["year of"]),
    ],
)
def test_word_led_matches_as_the_look_around_did(words: list[str], text: str, found: list[str]):
    """Whole words only (a word glued to letters before it is no match),
    longest first; the same spans as the look-ahead-led pattern."""
    text = normalize(text).text
    new = re.compile(word_led(words))
    assert [m.group() for m in new.finditer(text)] == [normalize(w).text for w in found]
    assert _spans(new, text) == _spans(_old_led(words), text)


def test_word_led_other_look_behind_class_and_empty_list():
    """A letter class as what may not stand before (digits may: "3march");
    no words: a pattern that never matches, as ``alternation``'s."""
    words = ["march", "may"]
    text = "on 3march, in may and amay"
    new = re.compile(word_led(words, r"[^\W\d_]"))
    assert [m.group() for m in new.finditer(text)] == ["march", "may"]
    assert _spans(new, text) == _spans(_old_led(words, r"[^\W\d_]"), text)
    assert re.compile(word_led([])).search("anything") is None


def test_word_led_random_texts_agree():
    """Random strings over the words' letters, spaces and digits: the same matches."""
    words = ["سال", "سالها", "سال ها", "سن", "a", "ab"]
    rng = random.Random(44)
    new, old = re.compile(word_led(words)), _old_led(words)
    for _ in range(2000):
        text = "".join(rng.choice("سالهن ab1") for _ in range(rng.randint(0, 20)))
        assert _spans(new, text) == _spans(old, text)


@pytest.mark.parametrize(
    ("text", "year"),
    [("قرارداد در سال ۹۱ امضا شد", "91"), ("از سال‌های ۸۸ تا امروز", "88")],
)
def test_persian_short_year_pattern(text: str, year: str):
    """The two-digit year after a Persian year word is still found."""
    m = lexicon("fa").short_year.search(normalize(text).text)
    assert m is not None and m.group("y") == year


@pytest.mark.parametrize(
    ("lang", "text", "month"),
    [
        ("ar", "وقع الاتفاق في يناير 2019 في القاهرة", "يناير"),
        ("fa", "این توافق در مرداد ۱۳۹۸ امضا شد", "مرداد"),
        ("en", "the treaty was signed in march 2019 in geneva", "march"),
    ],
)
def test_month_year_pattern(lang: str, text: str, month: str):
    """A month then a year, the month opening the pattern."""
    m = lexicon(lang).month_year.search(normalize(text).text)
    assert m is not None and m.group("m1") == normalize(month).text


@pytest.mark.parametrize(
    ("phrases", "text", "spans"),
    [
        (["ab", "abc", "abcd", "b"], "abcx ab abcd b", [(0, 3), (5, 7), (8, 12), (13, 14)]),
        (["a.b", "a"], "a.b axb", [(0, 3), (4, 5)]),
        ([], "anything", []),
    ],
)
def test_longest_first_is_the_sorted_alternation(phrases, text, spans):
    """The longest phrase at the leftmost position, special characters
    taken literally, none for no phrase."""
    rx = re.compile(longest_first(phrases))
    assert _spans(rx, text) == spans
    if phrases:
        plain = re.compile("|".join(map(re.escape, sorted(phrases, key=len, reverse=True))))
        assert _spans(plain, text) == spans


@pytest.mark.parametrize(
    ("lang", "text", "phrase"),
    [
        ("ar", "وقالت الدول الاربع في بيان", "الدول الاربع"),
        ("fa", "این چهار کشور عربی قطر را متهم کردند", "این چهار کشور عربی"),
        ("en", "the four arab states accused qatar", "the four arab states"),
    ],
)
def test_counted_phrases_pattern(lang: str, text: str, phrase: str):
    """Each language's counted phrases (longest first: "این چهار کشور
    عربی", not "این چهار کشور") match as the plain alternation did."""
    _, rx, counts = _phrases(lang)
    assert rx is not None
    ntext = normalize(text).text
    plain = re.compile("|".join(map(re.escape, sorted(counts, key=len, reverse=True))))
    m = rx.search(ntext)
    assert m is not None and m.group() == normalize(phrase).text
    assert _spans(rx, ntext) == _spans(plain, ntext)


def test_head_ends_are_last_words_of_two_word_heads():
    """Only heads of two words or more give a last word; one-word heads none."""
    assert _head_ends(frozenset({"coast of", "border with", "airport"}), frozenset()) == {
        "of",
        "with",
    }
    assert _head_ends(frozenset({"حريم هوايي"}), frozenset({"خليج"})) == {"هوايي"}


def _state_hit(lang: str, text: str):
    ntext = normalize(text).text
    hits = resolve(scan(ntext, actor_lexicon(lang)))[ACTOR]
    return ntext, next(h for h in hits if h.entry.kind == "state")


@pytest.mark.parametrize(
    ("lang", "text", "head"),
    [
        ("en", "ships sank off the coast of libya", "coast of"),
        ("en", "the minister of libya spoke", ""),
        ("fa", "هواپیما وارد حریم هوایی ایران شد", "حريم هوايي"),
        ("fa", "وزیر خارجه ایران گفت", ""),
        ("ar", "سفن قبالة سواحل ليبيا", ""),
    ],
)
def test_location_head_before(lang: str, text: str, head: str):
    """The two-word head right before a state is still read; a word that
    ends no head ("minister", "خارجه") reads none (Arabic lists no head of
    two words: none)."""
    ntext, hit = _state_hit(lang, text)
    assert _location_head_before(ntext, hit, context(lang)) == head
