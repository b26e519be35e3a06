"""Language identification: "ar", "fa", "en" or an honest "other".

Everything downstream (lexicons, date rules, triggers) exists only for Arabic,
Persian and English, so the one mistake that matters is calling a text in some
other language one of those three. Call it on the ORIGINAL text: the
normaliser folds away letters (ی/ي, ک/ك, ە, ې) that are evidence here.

1. Take the first ~3,000 characters, fold presentation forms (NFKC) and drop
   URLs, e-mail addresses, markup, entities, code-like material (brace
   blocks, escapes, identifiers with ``_`` or camelCase, "words" of 40+
   letters) and digits.
2. Count letters per script. The script with most letters decides the
   branch; fewer than two letters, or a majority outside Arabic and Latin
   script, is "other".
3. Arabic script: if letters distinctive of Urdu, Pashto, Sorani Kurdish,
   Sindhi, Uyghur or Jawi (``lang/xx/scripts.py``) make up at least 1 % of the
   Arabic-script letters, "other". Otherwise Lingua chooses between Arabic
   and Persian on the first ``MODEL_CHARS`` characters of Arabic-script
   words. (Urdu is recognised by its letters — heh goal, yeh barree, noon
   ghunna occur in nearly every sentence — not by Lingua, whose Urdu model
   claims many short Persian phrases.) When Lingua is unsure (top confidence below
   ``UNSURE_CONFIDENCE``: a word or two), a clear majority of Persian-only
   letters (پ چ ژ گ ی ک ۀ) over Arabic-only letters (ة ى ي ك ؤ إ), or the
   reverse, decides.
4. Latin script: Lingua chooses among English and the Latin-script languages
   most often confused with it or present in the news we see (French,
   German, Spanish, Turkish, Indonesian, …); anything but English is "other".
   Texts with at least ``LATIN_PRECISE_BELOW`` characters of words use
   Lingua's light trigram models (a few MB, instant to load), shorter ones
   the full models (about 300 MB, seconds to load), which headlines need.
   Kurmanji Kurdish is unknown to Lingua but lands on a non-English
   candidate, so it is "other" too.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from diplowatch.lang.en.stop_words import STOP_WORDS as _EN_STOP
from diplowatch.lang.xx import scripts
from diplowatch.text import heap

if TYPE_CHECKING:
    from lingua import LanguageDetector

SAMPLE_CHARS = 3000
MODEL_CHARS = 1200
UNSURE_CONFIDENCE = 0.6
FAST_MIN_LETTERS = 40  # script-specific letters needed to decide ar/fa without Lingua
FAST_RATIO = 10
LATIN_PRECISE_BELOW = 200  # characters of Latin words: shorter texts get the big models

# Each kind of noise with the literal it cannot match without ("" when it
# may match any text): a sample holding none of a kind's literals cannot
# hold that kind, and the kind is left out of the pattern for it. The
# alternation tries every kind at every position; most news has no "@",
# no Latin letter, no 40-letter run, and the kinds that scan whole words for
# them ("…@", identifiers, long runs) were most of the language check's cost.
_NOISE_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"<[^>]{0,500}>", ("<",)),  # markup tags
    (r"(?:&|\\u0026)#?\w{1,10};", ("&", "\\u0026")),  # entities, also JSON-escaped
    (r"\\u[0-9a-fA-F]{4}", ("\\u",)),  # JSON escapes
    (r"(?:https?://|www\.)\S+", ("http", "www.")),  # URLs
    # The look-behinds start a try only where a run begins: without them the
    # engine rescans every word from each of its letters (quadratic per word).
    (r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+", ("@",)),  # e-mail addresses
    # code identifiers (read by ``_may_hold``: "_" or a camelCase join)
    (r"(?<![A-Za-z])[A-Za-z]*(?:_[A-Za-z]*|[a-z][A-Z])[A-Za-z_]*", ()),
    (r"\d+", ("",)),  # digits of every system (\d is Unicode-aware)
    # no word is this long: base64, hashes (Lingua is slow on them); read by
    # ``_may_hold``: a run of 40 letters lies inside one 40-character token
    (r"(?<![^\W\d_])[^\W\d_]{40,}", ()),
)
_IDENTIFIER, _LONG_RUN = 5, 7
# A run of 40 non-space characters is what ``max(map(len, sample.split())) >= 40``
# asks: ``str.split`` and the regex ``\s`` agree on what white space is.
# A run that starts the sample, or one after a space: a pattern that opens
# with ``\s`` lets the engine skip to white space instead of reading 40
# characters on from every letter.
_LONG_TOKEN = re.compile(r"\S{40}")
_LONG_TOKEN_AFTER_SPACE = re.compile(r"\s\S{40}")
# What every code identifier holds (``_IDENTIFIER``'s pattern can match only
# across one of them): an underscore, or a lower-case letter right before an
# upper-case one. Most English news holds neither: the branch, which the
# engine tries at every position, is left out for it (speed70a).
_CAMEL_CASE = re.compile("[a-z][A-Z]")
_NOISE = re.compile("|".join(p for p, _ in _NOISE_KINDS))


def _may_hold(sample: str, kind: int) -> bool:
    """Whether noise of ``kind`` (an index of ``_NOISE_KINDS``) may be in ``sample``."""
    if kind == _IDENTIFIER:
        return "_" in sample or _CAMEL_CASE.search(sample) is not None
    if kind == _LONG_RUN:
        # a token of 40+ characters: one regex search, not a list of every token
        return has_long_token(sample)
    return any(literal in sample for literal in _NOISE_KINDS[kind][1])


def has_long_token(sample: str) -> bool:
    """Whether ``sample`` holds a run of 40 characters that are no white
    space (``re.search(r"\\S{40}", sample)``): such a run starts the sample
    or a token, after a white space."""
    return (
        _LONG_TOKEN.match(sample) is not None or _LONG_TOKEN_AFTER_SPACE.search(sample) is not None
    )


@lru_cache(maxsize=2 ** len(_NOISE_KINDS))
def _noise(kinds: tuple[int, ...]) -> re.Pattern[str]:
    """The noise pattern of ``kinds`` only, in their order: where the others
    cannot match, it removes what ``_NOISE`` would."""
    return re.compile("|".join(_NOISE_KINDS[k][0] for k in kinds)) if kinds else re.compile("(?!)")


_BRACES = re.compile(r"\{[^{}]{0,3000}\}")  # CSS rules, JSON objects, JS blocks

# Runs, not single letters: letters are counted as what a run-wise removal
# takes away, one match per word instead of one per letter.
_ARABIC_LETTER = re.compile(f"[{scripts.ARABIC_LETTER_CLASS}]+")
_LATIN_LETTER = re.compile(f"[{scripts.LATIN_LETTER_CLASS}]+")
_ANY_LETTER = re.compile(r"[^\W\d_]+")
_ARABIC_WORD = re.compile(f"[{scripts.ARABIC_LETTER_CLASS}]+")
_LATIN_WORD = re.compile(f"[{scripts.LATIN_LETTER_CLASS}]+")
_FOREIGN = re.compile(
    "[" + "".join(sorted(set("".join(scripts.FOREIGN_ARABIC_SCRIPT_LETTERS.values())))) + "]"
)
_PERSIAN_ONLY = frozenset(scripts.PERSIAN_ONLY_LETTERS)
_ARABIC_ONLY = frozenset(scripts.ARABIC_ONLY_LETTERS)
_VARIANTS = str.maketrans(scripts.ARABIC_VARIANT_LETTERS)


# Compatibility characters common in news whose NFKC form is a fixed run of
# starters that compose with nothing (a space, full stops): replaced first,
# they leave most samples already normalised, which ``unicodedata.normalize``
# sees in its quick check instead of decomposing and recomposing every letter
# (a third of the articles hold a no-break space).
_PLAIN_COMPATIBLE = (("\u00a0", " "), ("\u2026", "..."))


def _clean(text: str) -> str:
    sample = text[: SAMPLE_CHARS * 2]
    for char, plain in _PLAIN_COMPATIBLE:
        if char in sample:
            sample = sample.replace(char, plain)
    sample = unicodedata.normalize("NFKC", sample)
    if "{" in sample:  # no brace, no block: most news skips the three passes
        for _ in range(3):  # innermost blocks first, then their parents
            sample = _BRACES.sub(" ", sample)
    kinds = tuple(k for k in range(len(_NOISE_KINDS)) if _may_hold(sample, k))
    return _noise(kinds).sub(" ", sample)[:SAMPLE_CHARS]


@cache
def _arabic_detector() -> LanguageDetector:
    from lingua import Language, LanguageDetectorBuilder

    heap.fix_mmap_threshold()  # its models' buffers go back to the system (``heap``)
    return LanguageDetectorBuilder.from_languages(Language.ARABIC, Language.PERSIAN).build()


# Latin-script candidates: English plus the languages most often confused with
# it or common in the news we see.
_LATIN_CANDIDATES = (
    "ENGLISH", "FRENCH", "GERMAN", "SPANISH", "PORTUGUESE", "ITALIAN", "DUTCH", "TURKISH",
    "AZERBAIJANI", "INDONESIAN", "MALAY", "SOMALI", "SWAHILI", "TAGALOG", "ALBANIAN", "LATIN",
)  # fmt: skip


_LATIN_PRECISE_CANDIDATES = ("ENGLISH", "FRENCH", "GERMAN", "SPANISH", "TURKISH", "INDONESIAN")


@cache
def _latin_detector(precise: bool) -> LanguageDetector:
    """Lingua for Latin script; the precise (high-accuracy) models cost ~300 MB
    and seconds to load, so they are only loaded for short texts, where the
    trigram-only models misjudge headlines."""
    from lingua import Language, LanguageDetectorBuilder

    heap.fix_mmap_threshold()  # its models' buffers go back to the system (``heap``)
    if precise:
        # Precise models cost ~18 MB per language: keep the short-text
        # detector to the languages most often confused with English.
        names = _LATIN_PRECISE_CANDIDATES
        return LanguageDetectorBuilder.from_languages(
            *(getattr(Language, n) for n in names)
        ).build()
    builder = LanguageDetectorBuilder.from_languages(
        *(getattr(Language, name) for name in _LATIN_CANDIDATES)
    )
    return builder.with_low_accuracy_mode().build()


def letter_count(text: str, letters: frozenset[str]) -> int:
    """How many characters of ``text`` are among ``letters`` (what
    ``len(re.findall("[…]", text))`` counts): one ``str.count`` per letter,
    in C, instead of a list of every match (Persian-only letters stand in
    nearly every Persian word, and each document's sample is counted)."""
    return sum(map(text.count, letters))


def _detect_arabic_script(sample: str, letters: int) -> str:
    """``detect_language``'s Arabic-script branch; ``letters``: the sample's
    Arabic-script letters. The foreign, Persian-only and Arabic-only letters
    are Arabic-script letters, so they are counted in the sample itself; its
    Arabic-script words are joined only for Lingua, which most long texts
    do not need."""
    if len(_FOREIGN.findall(sample)) / letters >= scripts.FOREIGN_LETTER_MIN_SHARE:
        return "other"
    persian = letter_count(sample, _PERSIAN_ONLY)
    arabic = letter_count(sample, _ARABIC_ONLY)
    if persian + arabic >= FAST_MIN_LETTERS:
        # A long text whose script-specific letters are nearly all Persian (or
        # all Arabic) needs no model: Lingua is the slowest step per document.
        if persian >= FAST_RATIO * max(arabic, 1):
            return "fa"
        if arabic >= FAST_RATIO * max(persian, 1):
            return "ar"
    from lingua import Language

    words = " ".join(_ARABIC_WORD.findall(sample))
    values = _arabic_detector().compute_language_confidence_values(
        words[:MODEL_CHARS].translate(_VARIANTS)
    )
    top = values[0]
    guess = "fa" if top.language == Language.PERSIAN else "ar"
    if top.value >= UNSURE_CONFIDENCE:
        return guess
    if persian > 2 * arabic:
        return "fa"
    if arabic > 2 * persian:
        return "ar"
    return guess


def _detect_latin_script(sample: str) -> str:
    from lingua import Language

    tokens = _LATIN_WORD.findall(sample)[:400]
    if len(tokens) >= 6:
        # Dense English function words settle it without loading a model
        # (the precise Latin models cost ~300 MB).
        hits = [t.lower() for t in tokens if t.lower() in _EN_STOP]
        if len(set(hits)) >= 3 and len(hits) >= 0.2 * len(tokens):
            return "en"
    words = " ".join(tokens)[:MODEL_CHARS]
    found = _latin_detector(len(words) < LATIN_PRECISE_BELOW).detect_language_of(words)
    return "en" if found == Language.ENGLISH else "other"


def _letters(runs: re.Pattern[str], sample: str) -> int:
    """How many letters of ``sample`` the pattern of letter runs covers."""
    return len(sample) - len(runs.sub("", sample))


def _class_chars(letter_class: str) -> str:
    """The characters of a regular-expression class written as single
    characters and ``a-b`` ranges (``scripts.ARABIC_LETTER_CLASS``)."""
    chars: list[str] = []
    i = 0
    while i < len(letter_class):
        if i + 2 < len(letter_class) and letter_class[i + 1] == "-":
            first, last = ord(letter_class[i]), ord(letter_class[i + 2])
            chars.extend(map(chr, range(first, last + 1)))
            i += 3
        else:
            chars.append(letter_class[i])
            i += 1
    return "".join(chars)


# Arabic-script "letters" that are no letter to ``_ANY_LETTER`` (symbols among
# the presentation forms): where one stands, the Arabic count may exceed the
# count of all letters, and only the full count answers (``_arabic_majority``).
_ARABIC_NON_LETTER = re.compile(
    "[" + re.escape("".join(c for c in _class_chars(scripts.ARABIC_LETTER_CLASS)
                            if not _ANY_LETTER.fullmatch(c))) + "]"
)  # fmt: skip


def _arabic_majority(sample: str, arabic: int, latin: int) -> bool:
    """Whether ``detect_language`` surely takes the Arabic branch, known
    without counting all letters (its costliest count): a space is no
    letter, so the other letters are at most what neither space, Arabic nor
    Latin covers; Arabic and Latin letters are letters too (unless an
    ``_ARABIC_NON_LETTER`` stands), so there are at least ``arabic``.
    False only means "count them"."""
    most_other = len(sample) - sample.count(" ") - arabic - latin
    if arabic < 2 or arabic < latin or arabic <= most_other:
        return False
    return _ARABIC_NON_LETTER.search(sample) is None


def detect_language(text: str) -> str:
    """Return "ar", "fa", "en" or "other" for ``text`` (see module docstring)."""
    sample = _clean(text)
    arabic = _letters(_ARABIC_LETTER, sample)
    latin = _letters(_LATIN_LETTER, sample)
    if _arabic_majority(sample, arabic, latin):
        return _detect_arabic_script(sample, arabic)
    other = _letters(_ANY_LETTER, sample) - arabic - latin
    if arabic + latin + other < 2:
        return "other"
    if arabic >= latin and arabic > other:
        return _detect_arabic_script(sample, arabic)
    if latin > arabic and latin > other:
        return _detect_latin_script(sample)
    return "other"
