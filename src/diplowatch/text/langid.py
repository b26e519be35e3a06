"""Language identification: "ar", "fa", "en" or an honest "other".

Everything downstream (lexicons, date rules, triggers) exists only for Arabic,
Persian and English, so the one mistake that matters is calling a text in some
other language one of those three. The method, in order:

1. Clean the first ~3,000 characters (URLs, e-mail addresses, markup, digits
   removed; NFKC folds presentation forms) — enough evidence, bounded cost.
2. Count letters per script. The majority script decides the branch; a
   text with fewer than two letters, or a majority outside Arabic and Latin
   script, is "other".
3. Arabic script: if letters distinctive of Urdu, Pashto, Sorani Kurdish,
   Sindhi, Uyghur or Jawi (``lang/xx/scripts.py``) make up at least 1 % of the
   Arabic-script letters, "other". Otherwise Lingua decides among Arabic,
   Persian and Urdu on the Arabic-script words only (Urdu → "other"). When
   Lingua is unsure (top confidence below 0.6, i.e. a very short text), the
   count of Persian-only against Arabic-only letters breaks the tie.
4. Latin script: Lingua chooses among English and a set of Latin-script
   languages (Turkish, French, German, Spanish, …); anything but English is
   "other". Kurmanji Kurdish is not in Lingua but lands on one of the
   non-English candidates, which is still "other".
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING

from diplowatch.lang.xx import scripts

if TYPE_CHECKING:
    from lingua import LanguageDetector

SAMPLE_CHARS = 3000
UNSURE_CONFIDENCE = 0.6

_NOISE = re.compile(
    r"<[^>]{0,500}>"  # markup tags
    r"|&#?\w{1,10};"  # entities
    r"|(?:https?://|www\.)\S+"  # URLs
    r"|[\w.+-]+@[\w-]+\.[\w.]+"  # e-mail addresses
    r"|\d+"  # digits of every system (\d is Unicode-aware)
)

_ARABIC_RANGES = "".join(f"{chr(a)}-{chr(b)}" for a, b in scripts.ARABIC_SCRIPT_RANGES)
_ARABIC_WORD = re.compile(f"[{_ARABIC_RANGES}]+")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+")
_FOREIGN = re.compile(
    "[" + "".join(sorted(set("".join(scripts.FOREIGN_ARABIC_SCRIPT_LETTERS.values())))) + "]"
)
_PERSIAN_ONLY = re.compile(f"[{scripts.PERSIAN_ONLY_LETTERS}]")
_ARABIC_ONLY = re.compile(f"[{scripts.ARABIC_ONLY_LETTERS}]")


def _clean(text: str) -> str:
    sample = unicodedata.normalize("NFKC", text[: SAMPLE_CHARS * 2])
    return _NOISE.sub(" ", sample)[:SAMPLE_CHARS]


def _is_arabic_letter(ch: str) -> bool:
    cp = ord(ch)
    return any(a <= cp <= b for a, b in scripts.ARABIC_SCRIPT_RANGES) and ch.isalpha()


def _is_latin_letter(ch: str) -> bool:
    return ch.isalpha() and (
        ch.isascii() or 0x00C0 <= ord(ch) <= 0x024F or 0x1E00 <= ord(ch) <= 0x1EFF
    )


@cache
def _arabic_detector() -> LanguageDetector:
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.ARABIC, Language.PERSIAN, Language.URDU
    ).build()


@cache
def _latin_detector() -> LanguageDetector:
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.ENGLISH,
        Language.FRENCH,
        Language.GERMAN,
        Language.SPANISH,
        Language.PORTUGUESE,
        Language.ITALIAN,
        Language.DUTCH,
        Language.TURKISH,
        Language.AZERBAIJANI,
        Language.INDONESIAN,
        Language.MALAY,
        Language.SOMALI,
        Language.SWAHILI,
        Language.TAGALOG,
        Language.POLISH,
        Language.ROMANIAN,
        Language.ALBANIAN,
        Language.BOSNIAN,
        Language.CROATIAN,
        Language.LATIN,
        Language.ESPERANTO,
        Language.WELSH,
        Language.IRISH,
    ).build()


def _detect_arabic_script(words: list[str]) -> str:
    joined = " ".join(words)
    letters = sum(1 for ch in joined if ch.isalpha())
    if letters < 2:
        return "other"
    if len(_FOREIGN.findall(joined)) / letters >= scripts.FOREIGN_LETTER_MIN_SHARE:
        return "other"
    from lingua import Language

    values = _arabic_detector().compute_language_confidence_values(joined)
    top = values[0]
    if top.language == Language.URDU:
        return "other"
    if top.value >= UNSURE_CONFIDENCE:
        return "fa" if top.language == Language.PERSIAN else "ar"
    persian = len(_PERSIAN_ONLY.findall(joined))
    arabic = len(_ARABIC_ONLY.findall(joined))
    if persian != arabic:
        return "fa" if persian > arabic else "ar"
    return "fa" if top.language == Language.PERSIAN else "ar"


def _detect_latin_script(words: list[str]) -> str:
    from lingua import Language

    joined = " ".join(words)
    if sum(len(w) for w in words) < 2:
        return "other"
    found = _latin_detector().detect_language_of(joined)
    return "en" if found == Language.ENGLISH else "other"


def detect_language(text: str) -> str:
    """Return "ar", "fa", "en" or "other" for ``text`` (see module docstring)."""
    sample = _clean(text)
    arabic = latin = other = 0
    for ch in sample:
        if not ch.isalpha():
            continue
        if _is_arabic_letter(ch):
            arabic += 1
        elif _is_latin_letter(ch):
            latin += 1
        else:
            other += 1
    if arabic + latin + other < 2:
        return "other"
    if arabic >= latin and arabic > other:
        return _detect_arabic_script(_ARABIC_WORD.findall(sample))
    if latin > arabic and latin > other:
        return _detect_latin_script(_LATIN_WORD.findall(sample))
    return "other"
