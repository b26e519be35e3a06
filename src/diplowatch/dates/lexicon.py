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
    weekday_blocked: re.Pattern[str]  # searched in the text just before a weekday
    day_word_re: re.Pattern[str] | None  # quick check for digit-free dates
    triggers: Any  # Aho-Corasick automaton: trigger word → (length, opens absolute patterns)
    target_re: re.Pattern[str]  # searched just before a date: "by", "حتى", "تا پایان" …
    target_year_re: re.Pattern[str]  # "by 2030", "بحلول عام 2030", "تا سال ۲۰۳۰" anywhere

    def month(self, word: str) -> tuple[tuple[str, int], ...]:
        return self.months.get(_key(word), ())


def _get(module: Any, name: str, default: Any) -> Any:
    return getattr(module, name, default) if module is not None else default


@cache
def lexicon(lang: str) -> DateLexicon:
    """The compiled date lexicon of ``lang`` (an unknown language is an error)."""
    data = lang_data.require(lang, "dates")

    months: dict[str, list[tuple[str, int]]] = {}
    ambiguous = set(_get(data, "AMBIGUOUS_MONTHS", ()))
    sources = [data] + [lang_data.require(x, "dates") for x in _get(data, "EXTRA_MONTH_LANGS", ())]
    for source in sources:
        ambiguous.update(_get(source, "AMBIGUOUS_MONTHS", ()))
        for calendar, table in _get(source, "MONTHS", {}).items():
            for word, number in table.items():
                months.setdefault(normalize_phrase(word), []).append((calendar, number))
    weekdays = {normalize_phrase(w): n for w, n in _get(data, "WEEKDAYS", {}).items()}
    relative = {normalize_phrase(w): v for w, v in _get(data, "RELATIVE", {}).items()}
    eras = {normalize_phrase(w): c for w, c in _get(data, "ERAS", {}).items()}
    next_words = _get(data, "WEEKDAY_NEXT", ())
    last_words = _get(data, "WEEKDAY_LAST", ())
    current = _get(data, "CURRENT_MONTH_WORDS", ())
    proclitics = _get(data, "PROCLITICS", ())

    month_alt = alternation(months)
    month_suffixes = _get(data, "MONTH_SUFFIXES", ())
    suffix = alternation(month_suffixes)
    day_suffix = alternation(_get(data, "DAY_SUFFIXES", ()))
    joiners = alternation(_get(data, "DAY_MONTH_JOINERS", ()))
    weekday_alt = alternation(weekdays)
    era_alt = alternation(eras)
    time_words = alternation(_get(data, "TIME_WORDS", ()))
    current_alt = alternation(current)
    clitic = alternation(proclitics)
    mods = alternation(tuple(next_words) + tuple(last_words))

    wd = rf"(?:(?P<wd>{weekday_alt})\s*[,،]?\s*)?"
    monthx = (
        rf"(?<![^\W\d_])(?P<m1>{month_alt})(?:\s*{suffix})?(?![^\W\d_])"
        rf"(?:\s*[/(\-–]\s*(?P<m2>{month_alt})(?:\s*{suffix})?(?![^\W\d_])\s*\)?)?"
        rf"(?:\s+(?P<cur>{current_alt})(?!\w))?"
    )
    day_words = {normalize_phrase(w): n for w, n in _get(data, "DAY_WORDS", {}).items()}
    day = (
        rf"(?:(?<!\d)(?P<d>[0-3]?\d)(?:{day_suffix})?(?!\d)"
        rf"|(?<![^\W\d_])(?P<dw>{alternation(day_words)})(?![^\W\d_]))"
    )
    year = rf"(?<![\d.,/])(?P<y>\d{{4}})(?!\d)(?:\s*(?P<era>{era_alt})(?![^\W\d_]))?"
    clock_suffixes = alternation(_get(data, "CLOCK_SUFFIXES", ()))
    time = (
        rf"(?P<time>\s*[-–,،|]?\s*(?:{time_words}\s*)?(?<!\d)\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?!\d)"
        rf"(?:\s*{clock_suffixes})?)?"
    )
    year_joiners = alternation(_get(data, "MONTH_YEAR_JOINERS", ()))
    sep = rf"\s*[,،/]?\s*(?:{year_joiners}\s+)?"

    day_month = re.compile(rf"{wd}{day}\s*(?:{joiners}\s+)?{monthx}(?:{sep}{year})?{time}")
    month_day = re.compile(rf"{wd}{monthx}\.?\s*{day}(?:(?:\s*[,،]\s*|\s+){year})?{time}")
    month_year = re.compile(rf"{monthx}{sep}{year}")
    numeric = re.compile(
        r"(?<![\d/.\-])(?:(?P<y1>\d{4})(?P<s1>[/.\-])(?P<m1>\d{1,2})(?P=s1)(?P<d1>\d{1,2})"
        r"|(?P<d2>\d{1,2})(?P<s2>[/.\-])(?P<m2>\d{1,2})(?P=s2)(?P<y2>\d{4}))(?![\d/\-]|\.\d)"
        rf"(?:\s*(?P<era>{era_alt})(?![^\W\d_]))?"
        r"(?P<time>(?:t|\s*[-–,،|]?\s*)(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?!\d)"
        r"(?:z|[+\-]\d{2}:?\d{2})?)?"
    )
    year_words = alternation(_get(data, "YEAR_WORDS", ()))
    year_only = re.compile(
        rf"(?:(?<!\w){year_words}\s+(?<![\d.,/])(?P<y>\d{{4}})(?!\d)"
        rf"(?:\s*(?P<era>{era_alt})(?![^\W\d_]))?"
        rf"|(?<![\d.,/])(?P<y2>\d{{4}})\s*(?P<era2>{era_alt})(?![^\W\d_]))"
    )
    relative_re = re.compile(
        rf"(?<!\w)(?:{clitic})?(?P<rel>{alternation(relative)})(?!\w)"
        rf"(?:\s*[,،(]?\s*(?P<wd>{weekday_alt})(?!\w)\s*\)?)?"
    )
    block_before = alternation(_get(data, "WEEKDAY_BLOCK_BEFORE", ()))
    block_after = alternation(_get(data, "WEEKDAY_BLOCK_AFTER", ()))
    weekday_re = re.compile(
        rf"(?<!\w)(?:(?P<pre>{mods})\s+)?(?:{alternation(_get(data, 'WEEKDAY_PREFIXES', ()))}\s+)?"
        rf"(?:{clitic})?(?P<wd>{weekday_alt})(?!\w)(?!\s+{block_after}(?!\w))"
        rf"(?:\s+(?P<post>{mods})(?!\w))?"
    )
    ago_units = {normalize_phrase(w): v for w, v in _get(data, "AGO_UNITS", {}).items()}
    ago_before = _get(data, "AGO_BEFORE", ())
    ago_after = _get(data, "AGO_AFTER", ())
    numbers = lang_data.require(lang, "numbers")
    small_numbers = {
        normalize_phrase(w): int(v)
        for w, v in _get(numbers, "VALUES", {}).items()
        if float(v).is_integer() and 0 < v < 1000
    }
    num = rf"(?:(?<!\d)\d{{1,3}}(?!\d)|(?<![^\W\d_]){alternation(small_numbers)})"
    units = alternation(ago_units)
    # "قبل شهر رمضان" is "before Ramadan", "منذ سنة 2014" is "since 2014".
    not_after = rf"(?!\s+{month_alt})(?!\s*\d)"
    blocked = alternation(_get(data, "AGO_BLOCK_AFTER", ()))
    ago_re = re.compile(
        rf"(?<!\w)(?:{clitic})?{alternation(ago_before)}\s+(?:(?P<n1>{num})\s+)?"
        rf"(?P<u1>{units})(?!\w){not_after}(?!\s+{blocked}(?!\w))"
        rf"|(?:(?P<n2>{num})\s+)?(?<![^\W\d_])(?P<u2>{units})\s+{alternation(ago_after)}(?!\w)"
        rf"(?!\s+{blocked}(?!\w))"
    )
    stamp_sources = [data] + [
        lang_data.require(x, "dates") for x in _get(data, "EXTRA_STAMP_LANGS", ())
    ]
    stamps = tuple(
        (kind, line_only, re.compile(rf"(?<![^\W\d_]){alternation(words)}\s*[:：\-]?"))
        for kind, line_only, name in (
            ("published", False, "STAMP_PREFIXES"),
            ("published", True, "STAMP_LINE_PREFIXES"),
            ("updated", False, "UPDATE_PREFIXES"),
            ("updated", True, "UPDATE_LINE_PREFIXES"),
        )
        if (words := [w for src in stamp_sources for w in _get(src, name, ())])
    )
    stamp_finder = ahocorasick.Automaton()
    for name in (
        "STAMP_PREFIXES",
        "STAMP_LINE_PREFIXES",
        "UPDATE_PREFIXES",
        "UPDATE_LINE_PREFIXES",
    ):
        for word in {normalize_phrase(w) for src in stamp_sources for w in _get(src, name, ())}:
            if word:
                stamp_finder.add_word(word, len(word))
    if len(stamp_finder):
        stamp_finder.make_automaton()
    periods = alternation([w for src in stamp_sources for w in _get(src, "DAY_PERIODS", ())])
    stamp_gap = re.compile(
        rf"[\s:：\-–|,،]*(?:(?:{time_words}\s*)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
        rf"(?:\s*{periods}(?![^\W\d_]))*[\s\-–|,،]*)?"
    )
    today = frozenset(w for w, (unit, n) in relative.items() if unit == "day" and n == 0)

    ambiguous_keys = frozenset(normalize_phrase(w) for w in ambiguous)
    target_words = alternation(_get(data, "TARGET_BEFORE", ()))
    fillers = alternation(_get(data, "TARGET_FILLERS", ()))
    target_lead = rf"(?<!\w)(?:{clitic})?{target_words}(?:\s+{fillers}(?!\w)){{0,3}}"
    return DateLexicon(
        lang=lang,
        months={k: tuple(v) for k, v in months.items()},
        ambiguous=ambiguous_keys,
        weekdays=weekdays,
        relative=relative,
        eras=eras,
        next_words=frozenset(normalize_phrase(w) for w in next_words),
        last_words=frozenset(normalize_phrase(w) for w in last_words),
        current_words=frozenset(normalize_phrase(w) for w in current),
        default_hijri=_get(data, "DEFAULT_HIJRI", "gregorian"),
        month_day_needs_year=bool(_get(data, "MONTH_DAY_NEEDS_YEAR", False)),
        day_month=day_month,
        month_day=month_day,
        month_year=month_year,
        numeric=numeric,
        year_only=year_only,
        relative_re=relative_re,
        ago_re=ago_re,
        ago_units=ago_units,
        ago_vague=re.compile(rf"(?<!\w){alternation(_get(data, 'AGO_VAGUE', ()))}\s*$"),
        small_numbers=small_numbers,
        weekday_re=weekday_re,
        stamps=stamps,
        stamp_gap=stamp_gap,
        stamp_finder=stamp_finder if len(stamp_finder) else None,
        today_words=today,
        today_joiners=tuple(_get(data, "TODAY_JOINERS", ())),
        day_words=day_words,
        clitic=clitic,
        weekday_blocked=re.compile(rf"(?<!\w){block_before}\s*$"),
        day_word_re=re.compile(alternation(day_words)) if day_words else None,
        target_re=re.compile(rf"{target_lead}\s*$"),
        target_year_re=re.compile(
            rf"{target_lead}(?:\s+(?:{month_alt}|\d{{1,2}})(?!\w)){{0,2}}\s+\d{{4}}(?!\d)"
        ),
        # Ambiguous month words only count with a year, whose digits open a window.
        triggers=_automaton(
            [
                w + glued
                for w in months
                if w not in ambiguous_keys
                for glued in ("", *(normalize_phrase(x) for x in month_suffixes))
            ],
            list(weekdays)
            + list(relative)
            + [normalize_phrase(w) for w in (*ago_before, *ago_after)],
        ),
    )


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
