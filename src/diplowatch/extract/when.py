"""Which date of a sentence is the date of an event.

A sentence may name several dates: the day something was said, the day it
happened, a deadline ("by 2028", "حتى نهاية العام", "تا پایان ۱۴۰۴"). The
event takes the nearest date that can be its own:

- never a target (``DateMention.target``: the object of "by/until/بحلول/تا");
- a planned event takes the announced date: the forward reading of an open
  date ("will visit on Wednesday" is the coming Wednesday), never a date
  before the publication date, never one that only dates the announcement
  ("said on Monday that …" — a date across a clause opener);
- a reported event prefers a date in its own clause and reads open dates
  backwards (``DateMention.value``).
"""

from __future__ import annotations

import datetime
import re
from functools import cache, lru_cache

from diplowatch import lang as lang_data
from diplowatch.dates.lexicon import DateLexicon, alternation, lexicon
from diplowatch.dates.mentions import DateMention

# Years 1300-1499 (Hijri), 1900-2099. The look-behind (no digit before the
# four) stands after the digits, so that the pattern opens with a "1" or a
# "2" and the engine skips to those instead of trying the look-behind at
# every position (the undated article's year is looked for in its first
# 20,000 characters).
_YEAR = re.compile(r"((?:1[3-49]|20)\d\d)(?<!\d\d\d\d\d)(?!\d)")
# A number of exactly two digits (what a two-digit year is written with),
# its look-behind after the digits: a pattern that opens with a digit lets
# the engine skip to digits instead of trying the look-behind everywhere.
_TWO_DIGITS = re.compile(r"\d\d(?<!\d\d\d)(?!\d)")


@cache
def _openers(lang: str) -> re.Pattern[str]:
    words = getattr(lang_data.load(lang, "status"), "CLAUSE_OPENERS", ())
    return re.compile(rf"(?<!\w){alternation(words)}(?!\w)")


def _same_clause(text: str, lang: str, a: int, b: int) -> bool:
    """No clause opener between positions ``a`` and ``b`` (in either order)."""
    lo, hi = min(a, b), max(a, b)
    return _openers(lang).search(text, lo, hi) is None


same_clause = _same_clause  # for the history checks of extract/history.py


def event_date(
    dates: list[DateMention],
    trigger_start: int,
    status: str,
    anchor: datetime.date | None,
    text: str,
    lang: str,
) -> str | None:
    """ISO date of the event whose trigger starts at ``trigger_start``, or None.

    ``dates`` are the day-precise mentions of its sentence, in ``text``
    coordinates; ``status`` is the event's (see ``status.status_of``).
    """
    readings: list[tuple[DateMention, datetime.date]] = []
    for d in dates:
        if d.target:
            continue
        value = d.value
        if status == "planned":
            value = d.ahead or d.value
            if anchor is not None and value < anchor:
                continue  # a past date is when it was announced, not when it happens
        readings.append((d, value))
    own = [r for r in readings if _same_clause(text, lang, r[0].start, trigger_start)]
    if status == "planned" or own:
        readings = own
    if not readings:
        return None
    _, value = min(readings, key=lambda r: abs(r[0].start - trigger_start))
    return value.isoformat()


# Marks that close the clause a date stands in: what follows is said, or another clause.
_DATE_WALLS = re.compile(r"[:;؛\n]")

# How many days after the publication date an event's own date must lie to
# tell it still to come: a day's slack for the time zones between a dateline
# and the date the article was stamped with.
AHEAD_SLACK = datetime.timedelta(days=1)


def dated_ahead(
    dates: list[DateMention],
    trigger_start: int,
    anchor: datetime.date | None,
    text: str,
    lang: str,
    others: tuple[int, ...] = (),
) -> bool:
    """Whether the trigger's own date lies after the publication date: an
    event set for a later day has not happened yet, whatever the tense ("the
    ministers meet in Amman on 20 June", "announced a strike on 15 May",
    "اعتصاب روز ۲۵ اردیبهشت"). Its own date is the nearest day-precise date
    of its clause that is no target, read as a report reads it
    (``DateMention.value``: a year-less date counts as ahead only within the
    dates stage's slack, a weekday alone never). A date with another event's
    trigger or word of saying (``others``: their starts) between it and this
    one is that event's or that saying's ("agreed to hold talks on 20 June":
    the talks are ahead, the agreement was made), and so is one across a
    colon or a semicolon ("… در انتخابات ۲۸ خرداد، گفت: …")."""
    if anchor is None or not dates:
        return False
    own = [d for d in dates if not d.target and _same_clause(text, lang, d.start, trigger_start)]
    if not own:
        return False
    nearest = min(own, key=lambda d: abs(d.start - trigger_start))
    if nearest.value <= anchor + AHEAD_SLACK:
        return False
    lo, hi = sorted((nearest.start, trigger_start))
    return not (any(lo < o < hi for o in others) or _DATE_WALLS.search(text, lo, hi))


def plain_years(text: str, lang: str) -> list[int]:
    """Gregorian years named in ``text`` that are not targets ("by 2030", "رؤية 2030").

    Hijri years (below 1500, in the language's default Hijri calendar) are
    shifted roughly: this feeds the checks for background history and the
    article's latest year, not event dates.
    """
    return [year for _, _, year in plain_year_spans(text, lang)]


def plain_year_spans(text: str, lang: str, short: bool = True) -> list[tuple[int, int, int]]:
    """``plain_years`` with where each is written: (start, end, year); with
    ``short``, years written with two digits after a year word too ("سال ۹۱")."""
    years = list(_untargeted_years(text, lang))
    if short:
        years += _short_years(text, lexicon(lang))
    return years


@lru_cache(maxsize=16)
def _untargeted_years(text: str, lang: str) -> tuple[tuple[int, int, int], ...]:
    """The four-digit ``plain_year_spans`` of ``text``, kept for the next
    call: a sentence with a trigger is read for its years twice, as
    background (``history.background_triggers``) and for old years in
    its candidates (speed72a)."""
    lx = lexicon(lang)
    return tuple(
        (start, end, year)
        for start, end, year in _four_digit_years(text, lx)
        if not _targeted(text, lx, start, 64)
    )


def latest_year(text: str, lang: str, lo: int, hi: int) -> int | None:
    """The latest of the ``plain_years`` of ``text`` from ``lo`` to ``hi``.

    Read for an undated article's year from the first pages of it, so with
    the fewest look-ups: only years in range are checked for a target word
    before them, latest first, and the two-digit years are looked for only
    where one could be later than the latest four-digit year."""
    lx = lexicon(lang)
    found = sorted(
        ((year, start) for start, _, year in _four_digit_years(text, lx) if lo <= year <= hi),
        reverse=True,
    )
    best = next((year for year, start in found if not _targeted(text, lx, start, 64)), None)
    # only a two-digit year later than the best four-digit one (or at least
    # ``lo``) can change the answer: its two digits are at least ``least``
    floor = best if best is not None else lo - 1
    least = floor + 1 - lx.short_year_century - 621
    if lx.short_year is None or least > 99 or not two_digits_from(text, least):
        return best  # no two-digit year (at most century + 99) can be later
    short = [year for _, _, year in _short_years(text, lx) if lo <= year <= hi]
    return max(short + ([best] if best is not None else []), default=None)


def two_digits_from(text: str, least: int) -> bool:
    """Whether a number of exactly two digits of at least ``least`` stands
    in ``text``: every two-digit year is one ("سال ۹۱"), so without one
    the year patterns (a long alternation of month names tried at most
    letters of an article) need not run."""
    return any(int(m.group()) >= least for m in _TWO_DIGITS.finditer(text))


def _four_digit_years(text: str, lx: DateLexicon) -> list[tuple[int, int, int]]:
    """(start, end, Gregorian year) of the four-digit years of ``text``;
    Hijri years (below 1500, in the language's default Hijri calendar)
    shifted roughly."""
    years = []
    for m in _YEAR.finditer(text):
        year = int(m.group(1))
        if year < 1500 and lx.default_hijri == "lunar_hijri":
            year += 622 - year // 33  # 354-day years
        elif year < 1500:
            year += 621
        years.append((m.start(), m.end(), year))
    return years


def _targeted(text: str, lx: DateLexicon, start: int, reach: int) -> bool:
    """A target word ("by", "حتى", "تا") within ``reach`` characters before ``start``."""
    return lx.target_re.search(text, max(0, start - reach), start) is not None


def _short_years(text: str, lx: DateLexicon) -> list[tuple[int, int, int]]:
    """Years written with two digits after a year word or a month ("در سال
    ۹۱", "سوم آبان ۹۲": 1391, 1392 of the default Hijri calendar), not targets."""
    if lx.short_year is None:  # the language writes no two-digit years
        return []
    if not two_digits_from(text, 10):  # both patterns need one: most sentences have none
        return []
    found = [m.span("y") for m in lx.short_year.finditer(text)]
    found += [m.span("y") for m in lx.month_year.finditer(text) if len(m.group("y")) == 2]
    return [
        (a, b, lx.short_year_century + int(text[a:b]) + 621)
        for a, b in found
        if not _targeted(text, lx, a, 70)
    ]
