"""Date vocabulary of one language, folded and compiled into regexes once.

All words come from ``lang/<code>/dates.py``; they are normalised with the same
``normalize_phrase`` the text goes through, so one data spelling matches every
variant in an article. Each category becomes one alternation (longest first, so
"سه شنبه" wins over "شنبه"), compiled when the language is first used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import ahocorasick

from diplowatch import lang as lang_data
from diplowatch.text.normalize import normalize_phrase


def _norm_all(words: Any) -> list[str]:
    out = {normalize_phrase(w) for w in words}
    out.discard("")
    return sorted(out, key=lambda w: (-len(w), w))


def alternation(words: Any) -> str:
    """Regex alternation of normalised words; spaces match any run of whitespace."""
    forms = _norm_all(words)
    if not forms:
        return "(?!)"
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in forms) + ")"


_LETTER_CLASS = r"[^\W\d_]"


def word_led(words: Any, behind: str = r"\w") -> str:
    """``(?<!behind)`` + ``alternation(words)`` written so that the pattern opens
    with a letter: each word's first letter, then the look-behind (that
    letter after no character of ``behind``: ``(?<!\\wL)``), then the rest of the
    words of that letter. Python's engine skips to a pattern's possible
    first letters only when it opens with a literal or a branch of
    literals, never with a look-around (``first_letters``' look-ahead and a
    ``(?<!\\w)`` are both tried at every position), so this is several times
    faster over a sentence. The matches are the same: at a position only
    the words of its letter can match, and they are tried in
    ``alternation``'s order (longest first), so the first to match, and
    the order of the others on backtracking, are unchanged."""
    groups: dict[str, list[str]] = {}
    for w in _norm_all(words):
        groups.setdefault(w[0], []).append(re.escape(w[1:]).replace(r"\ ", r"\s+"))
    if not groups:
        return "(?!)"
    return (
        "(?:"
        + "|".join(
            f"{re.escape(c)}(?<!{behind}{re.escape(c)})(?:{'|'.join(rests)})"
            for c, rests in groups.items()
        )
        + ")"
    )


def first_letters(words: Any, more: str = "") -> str:
    """A lookahead for the first letters of ``words`` (as ``alternation``
    folds them) and the class ``more`` ("\\d"), put before a pattern that
    must open with one of them: the regex engine then skips to those
    letters instead of trying the whole pattern (its lookbehinds and long
    alternations) at every position; the matches are the same."""
    letters = "".join(re.escape(c) for c in sorted({w[0] for w in _norm_all(words)}))
    return f"(?=[{letters}{more}])" if letters or more else ""


def _key(match_text: str) -> str:
    """Lookup key of a matched phrase: single spaces."""
    return " ".join(match_text.split())


@dataclass(frozen=True)
class DateLexicon:
    """Folded date words of one language plus the compiled patterns using them."""

    lang: str
    months: dict[str, tuple[tuple[str, int], ...]]
    ambiguous: frozenset[str]
    weekdays: dict[str, int]
    relative: dict[str, tuple[str, int]]
    eras: dict[str, str]
    next_words: frozenset[str]
    last_words: frozenset[str]
    current_words: frozenset[str]
    default_hijri: str
    month_day_needs_year: bool
    day_month: re.Pattern[str]
    month_day: re.Pattern[str]
    month_year: re.Pattern[str]
    numeric: re.Pattern[str]
    year_only: re.Pattern[str]
    # A year written with two digits after a year word ("سال ۹۱"): group "y";
    # the year is ``short_year_century`` plus it (None: the language has none).
    short_year: re.Pattern[str] | None
    short_year_century: int
    relative_re: re.Pattern[str]
    ago_re: re.Pattern[str]
    ago_units: dict[str, tuple[str, int]]
    ago_vague: re.Pattern[str]  # searched just before an "ago" phrase
    small_numbers: dict[str, int]
    weekday_re: re.Pattern[str]
    # Stamp labels: (kind "published" | "updated", only at a line start?, pattern).
    stamps: tuple[tuple[str, bool, re.Pattern[str]], ...]
    stamp_gap: re.Pattern[str]  # what may stand between a label and its date (a time)
    stamp_finder: Any  # Aho-Corasick automaton of the stamp labels → their length
    today_words: frozenset[str]
    today_joiners: tuple[str, ...]  # "الموافق ل", "مطابق با": between "today" and its date
    day_words: dict[str, int]
    clitic: str  # regex alternation of clitics that may be glued to a relative word
    proclitics: frozenset[str]  # the same clitics as folded words (their first letters)
    weekday_blocked: re.Pattern[str]  # searched in the text just before a weekday
    day_word_re: re.Pattern[str] | None  # quick check for digit-free dates
    triggers: Any  # Aho-Corasick automaton: trigger word → (length, opens absolute patterns)
    target_re: re.Pattern[str]  # searched just before a date: "by", "حتى", "تا پایان" …
    target_year_re: re.Pattern[str]  # "by 2030", "بحلول عام 2030", "تا سال ۲۰۳۰" anywhere

    def month(self, word: str) -> tuple[tuple[str, int], ...]:
        return self.months.get(_key(word), ())


def _get(module: Any, name: str, default: Any) -> Any:
    return getattr(module, name, default) if module is not None else default


@dataclass(frozen=True)
class _Words:
    """Folded vocabulary several patterns share, so each step needs one argument."""

    data: Any
    months: dict[str, list[tuple[str, int]]]
    ambiguous: frozenset[str]
    weekdays: dict[str, int]
    relative: dict[str, tuple[str, int]]
    eras: dict[str, str]
    day_words: dict[str, int]
    month_alt: str
    weekday_alt: str
    era_alt: str
    time_words: str
    clitic: str


def _months(data: Any) -> tuple[dict[str, list[tuple[str, int]]], frozenset[str]]:
    """Month words of the language and of those it borrows from, and the ambiguous ones."""
    months: dict[str, list[tuple[str, int]]] = {}
    ambiguous = set(_get(data, "AMBIGUOUS_MONTHS", ()))
    sources = [data] + [lang_data.require(x, "dates") for x in _get(data, "EXTRA_MONTH_LANGS", ())]
    for source in sources:
        ambiguous.update(_get(source, "AMBIGUOUS_MONTHS", ()))
        for calendar, table in _get(source, "MONTHS", {}).items():
            for word, number in table.items():
                months.setdefault(normalize_phrase(word), []).append((calendar, number))
    return months, frozenset(normalize_phrase(w) for w in ambiguous)


def _words(data: Any) -> _Words:
    """Fold the word tables once; the alternations are reused by several patterns."""
    months, ambiguous = _months(data)
    weekdays = {normalize_phrase(w): n for w, n in _get(data, "WEEKDAYS", {}).items()}
    eras = {normalize_phrase(w): c for w, c in _get(data, "ERAS", {}).items()}
    return _Words(
        data=data,
        months=months,
        ambiguous=ambiguous,
        weekdays=weekdays,
        relative={normalize_phrase(w): v for w, v in _get(data, "RELATIVE", {}).items()},
        eras=eras,
        day_words={normalize_phrase(w): n for w, n in _get(data, "DAY_WORDS", {}).items()},
        month_alt=alternation(months),
        weekday_alt=alternation(weekdays),
        era_alt=alternation(eras),
        time_words=alternation(_get(data, "TIME_WORDS", ())),
        clitic=alternation(_get(data, "PROCLITICS", ())),
    )


def _folded(data: Any, name: str) -> frozenset[str]:
    """A word list of the data module as a set of folded words."""
    return frozenset(normalize_phrase(w) for w in _get(data, name, ()))


def _month_group(w: _Words, led: bool = False) -> str:
    """A month name, maybe with a second calendar's month in brackets and
    "current"; ``led``: the pattern opens with it, written with
    ``word_led`` so that the engine skips to the months' first letters."""
    suffix = alternation(_get(w.data, "MONTH_SUFFIXES", ()))
    current_alt = alternation(_get(w.data, "CURRENT_MONTH_WORDS", ()))
    first = (
        rf"(?P<m1>{word_led(w.months, _LETTER_CLASS)})"
        if led
        else rf"(?<![^\W\d_])(?P<m1>{w.month_alt})"
    )
    return (
        rf"{first}(?:\s*{suffix})?(?![^\W\d_])"
        rf"(?:\s*[/(\-–]\s*(?P<m2>{w.month_alt})(?:\s*{suffix})?(?![^\W\d_])\s*\)?)?"
        rf"(?:\s+(?P<cur>{current_alt})(?!\w))?"
    )


def _day_group(w: _Words) -> str:
    """A day of the month in digits (maybe with an ordinal ending) or in words."""
    day_suffix = alternation(_get(w.data, "DAY_SUFFIXES", ()))
    return (
        rf"(?:(?<!\d)(?P<d>[0-3]?\d)(?:{day_suffix})?(?!\d)"
        rf"|(?<![^\W\d_])(?P<dw>{alternation(w.day_words)})(?![^\W\d_]))"
    )


def _time_group(w: _Words) -> str:
    """An optional clock time after a date ("، الساعة 10:30", "3:00 pm")."""
    clock_suffixes = alternation(_get(w.data, "CLOCK_SUFFIXES", ()))
    return (
        rf"(?P<time>\s*[-–,،|]?\s*(?:{w.time_words}\s*)?(?<!\d)\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?!\d)"
        rf"(?:\s*{clock_suffixes})?)?"
    )


def _named_dates(w: _Words) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Dates with a month name: day-month, month-day and month-year orders."""
    wd = rf"(?:(?P<wd>{w.weekday_alt})\s*[,،]?\s*)?"
    monthx, day, time = _month_group(w), _day_group(w), _time_group(w)
    year = rf"(?<![\d.,/])(?P<y>\d{{4}}{_short_digits(w)})(?!\d)(?:\s*(?P<era>{w.era_alt})(?![^\W\d_]))?"
    joiners = alternation(_get(w.data, "DAY_MONTH_JOINERS", ()))
    year_joiners = alternation(_get(w.data, "MONTH_YEAR_JOINERS", ()))
    sep = rf"\s*[,،/]?\s*(?:{year_joiners}\s+)?"
    day_led = first_letters([*w.weekdays, *w.day_words], r"\d")
    month_led = first_letters([*w.weekdays, *w.months])
    return (
        re.compile(rf"{day_led}{wd}{day}\s*(?:{joiners}\s+)?{monthx}(?:{sep}{year})?{time}"),
        re.compile(rf"{month_led}{wd}{monthx}\.?\s*{day}(?:(?:\s*[,،]\s*|\s+){year})?{time}"),
        re.compile(rf"{_month_group(w, led=True)}{sep}{year}"),
    )


def _numeric(w: _Words) -> re.Pattern[str]:
    """All-digit dates (2024-04-23, 23/4/2024), maybe with an era and an ISO time."""
    return re.compile(
        r"(?<![\d/.\-])(?:(?P<y1>\d{4})(?P<s1>[/.\-])(?P<m1>\d{1,2})(?P=s1)(?P<d1>\d{1,2})"
        r"|(?P<d2>\d{1,2})(?P<s2>[/.\-])(?P<m2>\d{1,2})(?P=s2)(?P<y2>\d{4}))(?![\d/\-]|\.\d)"
        rf"(?:\s*(?P<era>{w.era_alt})(?![^\W\d_]))?"
        r"(?P<time>(?:t|\s*[-–,،|]?\s*)(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?!\d)"
        r"(?:z|[+\-]\d{2}:?\d{2})?)?"
    )


def _year_only(w: _Words) -> re.Pattern[str]:
    """A bare year, only after a year word ("in 2014") or before an era ("1403 AH")."""
    year_words = alternation(_get(w.data, "YEAR_WORDS", ()))
    return re.compile(
        rf"(?:(?<!\w){year_words}\s+(?<![\d.,/])(?P<y>\d{{4}})(?!\d)"
        rf"(?:\s*(?P<era>{w.era_alt})(?![^\W\d_]))?"
        rf"|(?<![\d.,/])(?P<y2>\d{{4}})\s*(?P<era2>{w.era_alt})(?![^\W\d_]))"
    )


def _short_digits(w: _Words) -> str:
    """The alternative of a two-digit year after a month ("۱۷ مرداد ۶۷"),
    where the language writes years so; not before a count word or a unit."""
    if not _get(w.data, "SHORT_YEAR_CENTURY", 0):
        return ""
    blockers = alternation(_get(w.data, "SHORT_YEAR_BLOCKERS", ()))
    return rf"|[1-9]\d(?![\d/.\-٫٬]\d|\d)(?!\s*{blockers}(?!\w))"


def _short_year(w: _Words) -> re.Pattern[str] | None:
    """A two-digit year after a year word ("در سال ۹۱"), where the language
    writes years so (``SHORT_YEAR_CENTURY``); not before a count word or a
    unit (``SHORT_YEAR_BLOCKERS``) nor as part of a longer number or date."""
    if not _get(w.data, "SHORT_YEAR_CENTURY", 0):
        return None
    words = word_led(_get(w.data, "SHORT_YEAR_WORDS", ()))
    blockers = alternation(_get(w.data, "SHORT_YEAR_BLOCKERS", ()))
    return re.compile(rf"{words}\s+(?P<y>[1-9]\d)(?![\d/.\-٫٬]\d|\d)(?!\s*{blockers}(?!\w))")


def _weekday_patterns(w: _Words) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Relative words ("yesterday"), weekdays with next/last, and what blocks a weekday."""
    mods = alternation(
        tuple(_get(w.data, "WEEKDAY_NEXT", ())) + tuple(_get(w.data, "WEEKDAY_LAST", ()))
    )
    relative_re = re.compile(
        rf"(?<!\w)(?:{w.clitic})?(?P<rel>{alternation(w.relative)})(?!\w)"
        rf"(?:\s*[,،(]?\s*(?P<wd>{w.weekday_alt})(?!\w)\s*\)?)?"
    )
    block_before = alternation(_get(w.data, "WEEKDAY_BLOCK_BEFORE", ()))
    block_after = alternation(_get(w.data, "WEEKDAY_BLOCK_AFTER", ()))
    prefixes = alternation(_get(w.data, "WEEKDAY_PREFIXES", ()))
    weekday_re = re.compile(
        rf"(?<!\w)(?:(?P<pre>{mods})\s+)?(?:{prefixes}\s+)?"
        rf"(?:{w.clitic})?(?P<wd>{w.weekday_alt})(?!\w)(?!\s+{block_after}(?!\w))"
        rf"(?:\s+(?P<post>{mods})(?!\w))?"
    )
    return relative_re, weekday_re, re.compile(rf"(?<!\w){block_before}\s*$")


def _small_numbers(lang: str) -> dict[str, int]:
    """Number words below 1000, for "three days ago" written out."""
    numbers = lang_data.require(lang, "numbers")
    return {
        normalize_phrase(w): int(v)
        for w, v in _get(numbers, "VALUES", {}).items()
        if float(v).is_integer() and 0 < v < 1000
    }


def _ago(w: _Words, small_numbers: dict[str, int]) -> re.Pattern[str]:
    """ "Three days ago" / "منذ ثلاثة أيام" / "سه روز پیش", with the unit required."""
    ago_units = {normalize_phrase(x) for x in _get(w.data, "AGO_UNITS", {})}
    num = rf"(?:(?<!\d)\d{{1,3}}(?!\d)|(?<![^\W\d_]){alternation(small_numbers)})"
    units = alternation(ago_units)
    # "قبل شهر رمضان" is "before Ramadan", "منذ سنة 2014" is "since 2014".
    not_after = rf"(?!\s+{w.month_alt})(?!\s*\d)"
    blocked = alternation(_get(w.data, "AGO_BLOCK_AFTER", ()))
    before = alternation(_get(w.data, "AGO_BEFORE", ()))
    after = alternation(_get(w.data, "AGO_AFTER", ()))
    return re.compile(
        rf"(?<!\w)(?:{w.clitic})?{before}\s+(?:(?P<n1>{num})\s+)?"
        rf"(?P<u1>{units})(?!\w){not_after}(?!\s+{blocked}(?!\w))"
        rf"|(?:(?P<n2>{num})\s+)?(?<![^\W\d_])(?P<u2>{units})\s+{after}(?!\w)"
        rf"(?!\s+{blocked}(?!\w))"
    )


_STAMP_KINDS = (
    ("published", False, "STAMP_PREFIXES"),
    ("published", True, "STAMP_LINE_PREFIXES"),
    ("updated", False, "UPDATE_PREFIXES"),
    ("updated", True, "UPDATE_LINE_PREFIXES"),
)


def _stamps(
    w: _Words,
) -> tuple[tuple[tuple[str, bool, re.Pattern[str]], ...], re.Pattern[str], Any]:
    """Publication/update stamp labels (with borrowed languages), the gap after them, a finder."""
    sources = [w.data] + [
        lang_data.require(x, "dates") for x in _get(w.data, "EXTRA_STAMP_LANGS", ())
    ]
    stamps = tuple(
        (kind, line_only, re.compile(rf"(?<![^\W\d_]){alternation(words)}\s*[:：\-]?"))
        for kind, line_only, name in _STAMP_KINDS
        if (words := [x for src in sources for x in _get(src, name, ())])
    )
    finder = ahocorasick.Automaton()
    for _, _, name in _STAMP_KINDS:
        for word in {normalize_phrase(x) for src in sources for x in _get(src, name, ())}:
            if word:
                finder.add_word(word, len(word))
    if len(finder):
        finder.make_automaton()
    periods = alternation([x for src in sources for x in _get(src, "DAY_PERIODS", ())])
    gap = re.compile(
        rf"[\s:：\-–|,،]*(?:(?:{w.time_words}\s*)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
        rf"(?:\s*{periods}(?![^\W\d_]))*[\s\-–|,،]*)?"
    )
    return stamps, gap, finder if len(finder) else None


def _targets(w: _Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Deadline words just before a date ("by", "حتى") and "by 2030" anywhere."""
    target_words = alternation(_get(w.data, "TARGET_BEFORE", ()))
    fillers = alternation(_get(w.data, "TARGET_FILLERS", ()))
    lead = rf"(?<!\w)(?:{w.clitic})?{target_words}(?:\s+{fillers}(?!\w)){{0,3}}"
    return (
        re.compile(rf"{lead}\s*$"),
        re.compile(rf"{lead}(?:\s+(?:{w.month_alt}|\d{{1,2}})(?!\w)){{0,2}}\s+\d{{4}}(?!\d)"),
    )


def _triggers(w: _Words) -> Any:
    """Trigger automaton; ambiguous month words only count with a year, whose digits open a window."""
    glued = ("", *(normalize_phrase(x) for x in _get(w.data, "MONTH_SUFFIXES", ())))
    ago = (*_get(w.data, "AGO_BEFORE", ()), *_get(w.data, "AGO_AFTER", ()))
    return _automaton(
        [m + g for m in w.months if m not in w.ambiguous for g in glued],
        list(w.weekdays) + list(w.relative) + [normalize_phrase(x) for x in ago],
    )


@cache
def lexicon(lang: str) -> DateLexicon:
    """The compiled date lexicon of ``lang`` (an unknown language is an error)."""
    data = lang_data.require(lang, "dates")
    w = _words(data)
    stamps, stamp_gap, stamp_finder = _stamps(w)
    target_re, target_year_re = _targets(w)
    return DateLexicon(
        lang=lang,
        **_word_fields(w, data),
        **_absolute_fields(w, data),
        **_relative_fields(w, data, lang),
        stamps=stamps,
        stamp_gap=stamp_gap,
        stamp_finder=stamp_finder,
        target_re=target_re,
        target_year_re=target_year_re,
        triggers=_triggers(w),
    )


def _word_fields(w: _Words, data: Any) -> dict[str, Any]:
    """The lexicon's folded word lists and settings, looked up by the date readers."""
    return {
        "months": {k: tuple(v) for k, v in w.months.items()},
        "ambiguous": w.ambiguous,
        "weekdays": w.weekdays,
        "relative": w.relative,
        "eras": w.eras,
        "next_words": _folded(data, "WEEKDAY_NEXT"),
        "last_words": _folded(data, "WEEKDAY_LAST"),
        "current_words": _folded(data, "CURRENT_MONTH_WORDS"),
        "default_hijri": _get(data, "DEFAULT_HIJRI", "gregorian"),
        "month_day_needs_year": bool(_get(data, "MONTH_DAY_NEEDS_YEAR", False)),
        "today_words": frozenset(
            k for k, (unit, n) in w.relative.items() if unit == "day" and n == 0
        ),
        "today_joiners": tuple(_get(data, "TODAY_JOINERS", ())),
        "day_words": w.day_words,
        "clitic": w.clitic,
        "proclitics": _folded(data, "PROCLITICS"),
    }


def _absolute_fields(w: _Words, data: Any) -> dict[str, Any]:
    """The patterns of dates written out: named months, numbers, years."""
    day_month, month_day, month_year = _named_dates(w)
    return {
        "day_month": day_month,
        "month_day": month_day,
        "month_year": month_year,
        "numeric": _numeric(w),
        "year_only": _year_only(w),
        "short_year": _short_year(w),
        "short_year_century": int(_get(data, "SHORT_YEAR_CENTURY", 0)),
        "day_word_re": re.compile(alternation(w.day_words)) if w.day_words else None,
    }


def _relative_fields(w: _Words, data: Any, lang: str) -> dict[str, Any]:
    """The patterns of dates said relative to the publication day: "yesterday", "3 days ago"."""
    relative_re, weekday_re, weekday_blocked = _weekday_patterns(w)
    small_numbers = _small_numbers(lang)
    return {
        "relative_re": relative_re,
        "ago_re": _ago(w, small_numbers),
        "ago_units": {normalize_phrase(x): v for x, v in _get(data, "AGO_UNITS", {}).items()},
        "ago_vague": re.compile(rf"(?<!\w){alternation(_get(data, 'AGO_VAGUE', ()))}\s*$"),
        "small_numbers": small_numbers,
        "weekday_re": weekday_re,
        "weekday_blocked": weekday_blocked,
    }


def _automaton(absolute: list[str], relative: list[str]) -> Any:
    """One-pass finder of trigger words; the patterns then run only near its hits.

    Python's regex engine tries every alternative at every position, which is
    slow for long word lists over megabytes of text; Aho-Corasick finds all
    words in one linear pass in C.
    """
    automaton = ahocorasick.Automaton()
    for word in relative:
        automaton.add_word(word, (len(word), False))
    for word in absolute:  # a word in both lists opens the absolute patterns too
        automaton.add_word(word, (len(word), True))
    automaton.make_automaton()
    return automaton


def key(text: str) -> str:
    """Lookup key for a matched word or phrase (whitespace runs → one space)."""
    return _key(text)
