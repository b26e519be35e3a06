"""Find date mentions in normalised text and resolve them to Gregorian dates.

Absolute dates (month names of three calendars, numeric stamps, years next to
an era or year word) are converted through the calendar plug-ins; relative
words and weekdays are resolved against an anchor (the publication date) and
are dropped when there is none. Runs on every sentence of large corpora, so all
patterns are compiled once per language and texts without a digit skip the
absolute patterns entirely.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from diplowatch.dates.calendars import CALENDARS, get
from diplowatch.dates.lexicon import DateLexicon, key, lexicon

# Year-less dates later than this after the anchor are taken from the year before.
FUTURE_SLACK = datetime.timedelta(days=62)
_DIGIT = re.compile(r"\d")
_YEAR4 = re.compile(r"\d{4}")
_LETTER = re.compile(r"[^\W\d_]")
# Characters a pattern may reach before/after its trigger word or year.
_MARGIN = 64
_DAY_BEFORE = re.compile(r"\d\s*$")

# A year for year-less dates when there is no anchor: the year itself, or
# how to read it, asked only where a day and month stand with no year and no
# anchor (speed83: an undated article's latest year was read for every
# article with an event, though few of its sentences need it).
YearHint = int | Callable[[], int | None] | None


def _hint_year(year_hint: YearHint) -> int | None:
    """The year ``year_hint`` gives (read from its callable on asking)."""
    return year_hint() if callable(year_hint) else year_hint


@dataclass(frozen=True)
class DateMention:
    """A date found in the text (span in the normalised text given).

    ``target`` marks the object of "by/until/حتى/بحلول/تا": a deadline or
    goal, never the date of an event. ``ahead`` is the forward reading of a
    date whose direction the text leaves open (a weekday alone, a day and
    month without a year): ``value`` reads it as past or present, which suits
    reports; a planned event ("will visit on Wednesday") takes ``ahead``.
    """

    start: int
    end: int
    value: datetime.date
    kind: str  # "absolute" | "relative" | "weekday"
    precision: str  # "day" | "month" | "year"
    target: bool = False
    ahead: datetime.date | None = None


@dataclass(frozen=True)
class Found:
    """A mention plus what the publication-date logic needs to know about it."""

    mention: DateMention
    form: str  # "day_month" | "month_day" | "month_year" | "numeric" | "year" | "relative" | "weekday"
    has_time: bool
    has_year: bool
    calendar: str
    relative_word: str | None = None
    core: int = -1  # where the date itself starts (after "year" words); -1: at the start


def _year_calendar(lx: DateLexicon, year: int, era: str | None) -> str | None:
    """Calendar of a bare numeric year: the era marker, else its range."""
    if era:
        return lx.eras.get(key(era))
    if 1800 <= year <= 2200:
        return "gregorian"
    if 1300 <= year < 1500 and lx.default_hijri != "gregorian":
        return lx.default_hijri
    return None


def _convert(calendar: str, y: int, m: int, d: int) -> datetime.date | None:
    try:
        return get(calendar).to_gregorian(y, m, d)
    except ValueError:
        return None


def _month_candidates(lx: DateLexicon, m1: str, m2: str | None) -> tuple[tuple[str, int], ...]:
    """(calendar, month) readings of a month phrase; a pair must agree."""
    first = lx.month(m1)
    if not m2:
        return first
    second = lx.month(m2)
    agreed = tuple(c for c in first if c in second)
    # "تموز/يوليو" (same month, two names) or "۴ مرداد / ۲۶ ژوئیه" handled elsewhere.
    return agreed or first


def _ambiguous(lx: DateLexicon, m1: str, m2: str | None) -> bool:
    if key(m1) not in lx.ambiguous:
        return False
    return not m2 or key(m2) in lx.ambiguous


def _anchor_year(calendar: str, anchor: datetime.date) -> int:
    return CALENDARS[calendar].from_gregorian(anchor)[0]


def _weekday_checked(
    lx: DateLexicon,
    m: re.Match[str],
    calendar: str,
    year: int,
    month: int,
    day: int,
    value: datetime.date,
) -> datetime.date:
    """Fix a year typo when the stated weekday fits the neighbouring year only.

    "الأحد 19 فيفري 2016" (a Friday) written in February 2017: the weekday is
    right for 2017, a stale year is the usual slip at the turn of the year.
    """
    wd = m.groupdict().get("wd")
    if not wd or lx.weekdays.get(key(wd)) in (None, value.weekday()):
        return value
    weekday = lx.weekdays[key(wd)]
    for other in (year + 1, year - 1):
        alt = _convert(calendar, other, month, day)
        if alt is not None and alt.weekday() == weekday:
            return alt
    return value


def _day(lx: DateLexicon, m: re.Match[str]) -> int:
    digits = m.group("d")
    return int(digits) if digits else lx.day_words.get(key(m.group("dw")), 0)


def _resolve_named(
    lx: DateLexicon,
    m: re.Match[str],
    anchor: datetime.date | None,
    with_day: bool,
    year_hint: YearHint = None,
) -> tuple[datetime.date, str, bool, datetime.date | None] | None:
    """Gregorian date, calendar, has-year and forward reading of a month-name match."""
    m1, m2 = m.group("m1"), m.group("m2")
    ystr = m.group("y")
    has_cur = bool(m.groupdict().get("cur"))
    if _ambiguous(lx, m1, m2) and not ((ystr and with_day) or has_cur):
        return None
    day = _day(lx, m) if with_day else 1
    for calendar, month in _month_candidates(lx, m1, m2):
        if ystr and len(ystr) == 2:  # "۱۷ مرداد ۶۷": only the default Hijri calendar's
            if calendar != lx.default_hijri:
                continue
            ystr = str(lx.short_year_century + int(ystr))
        if ystr:
            value = _convert(calendar, int(ystr), month, day)
            if value is not None:
                return (
                    _weekday_checked(lx, m, calendar, int(ystr), month, day, value),
                    calendar,
                    True,
                    None,
                )
            continue
        year = None if anchor is not None else _hint_year(year_hint)
        if anchor is None and year is None:
            continue
        wd = m.groupdict().get("wd")
        weekday = lx.weekdays.get(key(wd)) if wd else None
        value = _yearless(calendar, month, day, anchor, year, weekday)
        if value is not None:
            ahead = _yearless_ahead(calendar, month, day, anchor, weekday) if anchor else None
            return value, calendar, False, ahead
    return None


def _yearless(
    calendar: str,
    month: int,
    day: int,
    anchor: datetime.date | None,
    year_hint: int | None,
    weekday: int | None,
) -> datetime.date | None:
    """Year of a date written without one.

    With an anchor: the anchor's year, or the year before when that would be
    more than ~2 months after the anchor. With only a Gregorian ``year_hint``:
    the reading that falls in that year. A stated weekday picks, among the
    neighbouring years, the one it fits ("جمعه ۱۹ شهریور").
    """
    ref = anchor or datetime.date(year_hint or 2000, 7, 1)
    y0 = _anchor_year(calendar, ref)
    cands = [v for v in (_convert(calendar, y, month, day) for y in (y0 - 1, y0, y0 + 1)) if v]
    if not cands:
        return None
    if weekday is not None:
        fitting = [v for v in cands if v.weekday() == weekday]
        if anchor is not None:
            fitting = [v for v in fitting if v <= anchor + FUTURE_SLACK] or fitting
        if fitting:
            return min(fitting, key=lambda v: abs((v - ref).days))
    if anchor is None:
        in_year = [v for v in cands if v.year == year_hint]
        return in_year[0] if in_year else None
    value = _convert(calendar, y0, month, day)
    if value is None or value > anchor + FUTURE_SLACK:
        value = _convert(calendar, y0 - 1, month, day)
    return value


def _yearless_ahead(
    calendar: str, month: int, day: int, anchor: datetime.date, weekday: int | None
) -> datetime.date | None:
    """First date on or after ``anchor`` with this month and day (and weekday, if stated).

    "will visit on 10 August", written in April, is this August, not last
    year's (the past reading ``_yearless`` gives reports).
    """
    y0 = _anchor_year(calendar, anchor)
    cands = [v for v in (_convert(calendar, y, month, day) for y in (y0, y0 + 1)) if v]
    ahead = [v for v in cands if v >= anchor]
    fitting = [v for v in ahead if weekday is None or v.weekday() == weekday]
    return min(fitting or ahead, default=None)


def _absolute(
    ntext: str,
    lx: DateLexicon,
    anchor: datetime.date | None,
    year_hint: YearHint,
    lo: int,
    hi: int,
) -> list[Found]:
    """The absolute dates of ``ntext[lo:hi]``, form by form: a day with a
    month name, a month and year, a numeric stamp, a year. Each form has a
    pattern and a resolution of its own; the order of the list is theirs.
    A month and year, a stamp and a year all hold digits (a year's ``\\d{4}``
    or two-digit ``[1-9]\\d``, a stamp's numbers), and a match lies inside
    the window: in a window with no digit (a fifth of them, opened by a
    month word alone) only a day with a month name, whose day may be a word,
    is looked for (speed78b)."""
    found = _named_days(ntext, lx, anchor, year_hint, lo, hi)
    if _DIGIT.search(ntext, lo, hi) is None:
        return found
    return (
        found
        + _month_years(ntext, lx, anchor, lo, hi)
        + _numeric_days(ntext, lx, lo, hi)
        + _years(ntext, lx, lo, hi)
    )


def _named_days(
    ntext: str,
    lx: DateLexicon,
    anchor: datetime.date | None,
    year_hint: YearHint,
    lo: int,
    hi: int,
) -> list[Found]:
    """Days with a month name, day first ("5 آذار") or month first ("March
    5"); a language may want a year after a month-first day
    (``month_day_needs_year``)."""
    found: list[Found] = []
    for m in lx.day_month.finditer(ntext, lo, hi):
        r = _resolve_named(lx, m, anchor, True, year_hint)
        if r:
            found.append(_found(m, r[0], "absolute", "day", "day_month", r[1], r[2], ahead=r[3]))
    for m in lx.month_day.finditer(ntext, lo, hi):
        if lx.month_day_needs_year and not m.group("y"):
            continue
        r = _resolve_named(lx, m, anchor, True, year_hint)
        if r:
            found.append(_found(m, r[0], "absolute", "day", "month_day", r[1], r[2], ahead=r[3]))
    return found


def _month_years(
    ntext: str, lx: DateLexicon, anchor: datetime.date | None, lo: int, hi: int
) -> list[Found]:
    """A month name with its year and no day; a number right before it is
    a day no calendar has, not a month mention."""
    found: list[Found] = []
    for m in lx.month_year.finditer(ntext, lo, hi):
        if _DAY_BEFORE.search(ntext, max(0, m.start() - 6), m.start()):
            continue  # "32 آبان 1401": an impossible day, not a month mention
        r = _resolve_named(lx, m, anchor, with_day=False)
        if r:
            found.append(_found(m, r[0], "absolute", "month", "month_year", r[1], True))
    return found


def _numeric_days(ntext: str, lx: DateLexicon, lo: int, hi: int) -> list[Found]:
    """Numeric stamps, year first or last; the calendar is the year's
    (``_year_calendar``: its era word, else its range)."""
    found: list[Found] = []
    for m in lx.numeric.finditer(ntext, lo, hi):
        if m.group("y1"):
            y, mo, d = int(m.group("y1")), int(m.group("m1")), int(m.group("d1"))
        else:
            y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
            if mo > 12 and d <= 12:  # month-first (US) when day-first is impossible
                mo, d = d, mo
        calendar = _year_calendar(lx, y, m.group("era"))
        value = _convert(calendar, y, mo, d) if calendar else None
        if value is not None and calendar is not None:
            found.append(_found(m, value, "absolute", "day", "numeric", calendar, True))
    return found


def _years(ntext: str, lx: DateLexicon, lo: int, hi: int) -> list[Found]:
    """Years by themselves, with an era or year word before or after them,
    and two-digit years after a year word (``short_year``: "سال ۹۱") in the
    language's default Hijri calendar."""
    found: list[Found] = []
    for m in lx.year_only.finditer(ntext, lo, hi):
        ystr, era = (
            (m.group("y"), m.group("era")) if m.group("y") else (m.group("y2"), m.group("era2"))
        )
        calendar = _year_calendar(lx, int(ystr), era)
        value = _convert(calendar, int(ystr), 1, 1) if calendar else None
        if value is not None and calendar is not None:
            core = m.start("y") if m.group("y") else m.start("y2")
            found.append(_found(m, value, "absolute", "year", "year", calendar, True, core=core))
    if lx.short_year is not None:
        for m in lx.short_year.finditer(ntext, lo, hi):
            calendar = lx.default_hijri
            value = _convert(calendar, lx.short_year_century + int(m.group("y")), 1, 1)
            if value is not None:
                found.append(
                    _found(m, value, "absolute", "year", "year", calendar, True, core=m.start("y"))
                )
    return found


def _found(
    m: re.Match[str],
    value: datetime.date,
    kind: str,
    precision: str,
    form: str,
    calendar: str,
    has_year: bool,
    relative_word: str | None = None,
    *,
    ahead: datetime.date | None = None,
    core: int = -1,
) -> Found:
    has_time = bool(m.groupdict().get("time"))
    return Found(
        DateMention(m.start(), m.end(), value, kind, precision, ahead=ahead),
        form,
        has_time,
        has_year,
        calendar,
        relative_word,
        core,
    )


def _weekday_near(anchor: datetime.date, weekday: int, direction: int) -> datetime.date:
    """The ``weekday`` closest to ``anchor`` in ``direction``.

    0: on or before the anchor; -1: strictly before; +1: strictly after.
    """
    if direction > 0:
        return anchor + datetime.timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1)
    back = (anchor.weekday() - weekday) % 7
    if direction < 0 and back == 0:
        back = 7
    return anchor - datetime.timedelta(days=back)


def _shift(anchor: datetime.date, unit: str, n: int) -> tuple[datetime.date, str]:
    """Anchor moved by ``n`` units, with the precision such a phrase has.

    Weeks stay day-precise (anchor ± 7n days); months give the first of the
    month, years 1 January.
    """
    if unit == "day":
        return anchor + datetime.timedelta(days=n), "day"
    if unit == "week":
        return anchor + datetime.timedelta(days=7 * n), "day"
    if unit == "month":
        return _add_months(anchor, n), "month"
    return datetime.date(anchor.year + n, 1, 1), "year"


def _add_months(value: datetime.date, months: int) -> datetime.date:
    index = value.year * 12 + value.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def _relative(ntext: str, lx: DateLexicon, anchor: datetime.date, lo: int, hi: int) -> list[Found]:
    """Every date said relative to the anchor: "yesterday", "three days ago", "on Friday"."""
    return [
        *_relative_words(ntext, lx, anchor, lo, hi),
        *_ago(ntext, lx, anchor, lo, hi),
        *_weekdays(ntext, lx, anchor, lo, hi),
    ]


def _relative_words(
    ntext: str, lx: DateLexicon, anchor: datetime.date, lo: int, hi: int
) -> list[Found]:
    """ "Yesterday", "last month", "tomorrow (Friday)": a named shift of the anchor."""
    found: list[Found] = []
    for m in lx.relative_re.finditer(ntext, lo, hi):
        word = key(m.group("rel"))
        unit, n = lx.relative[word]
        wd = m.group("wd")
        if unit == "day":
            value = anchor + datetime.timedelta(days=n)
            kind = "relative"
            if wd is not None:
                weekday = lx.weekdays[key(wd)]
                if value.weekday() != weekday:
                    value = _weekday_near(anchor, weekday, (n > 0) - (n < 0))
                    kind = "weekday"
            found.append(_found(m, value, kind, "day", "relative", "gregorian", True, word))
        elif _DAY_BEFORE.search(ntext, max(0, m.start() - 6), m.start()):
            continue  # "در 8 سال گذشته": a duration, not a date
        else:
            value, precision = _shift(anchor, unit, n)
            found.append(
                _found(m, value, "relative", precision, "relative", "gregorian", True, word)
            )
    return found


def _ago(ntext: str, lx: DateLexicon, anchor: datetime.date, lo: int, hi: int) -> list[Found]:
    """ "Three days ago": a counted shift back; vague counts ("a few days ago") are no date."""
    found: list[Found] = []
    for m in lx.ago_re.finditer(ntext, lo, hi):
        unit_word = key(m.group("u1") or m.group("u2"))
        unit, count = lx.ago_units[unit_word]
        number = m.group("n1") or m.group("n2")
        if number:
            count = int(number) if number.isdigit() else lx.small_numbers.get(key(number), 0)
        if count <= 0:
            continue  # "قبل أيام": a vague plural
        if lx.ago_vague.search(ntext, max(0, m.start() - 12), m.start()):
            continue  # "چند روز پیش": a few days ago
        value, precision = _shift(anchor, unit, -count)
        found.append(_found(m, value, "relative", precision, "relative", "gregorian", True))
    return found


def _weekdays(ntext: str, lx: DateLexicon, anchor: datetime.date, lo: int, hi: int) -> list[Found]:
    """ "On Friday", "next Friday": the weekday nearest the anchor in the direction said."""
    found: list[Found] = []
    for m in lx.weekday_re.finditer(ntext, lo, hi):
        if lx.weekday_blocked.search(ntext, max(0, m.start() - 20), m.start()):
            continue  # "نماز جمعه", "صلاة الجمعة": not a date
        weekday = lx.weekdays[key(m.group("wd"))]
        mod = m.group("post") or m.group("pre")
        direction = 0
        if mod:
            direction = 1 if key(mod) in lx.next_words else -1
        value = _weekday_near(anchor, weekday, direction)
        # A weekday alone is the last one for a report, the next one for a plan.
        ahead = None if mod else (anchor if value == anchor else _weekday_near(anchor, weekday, 1))
        found.append(_found(m, value, "weekday", "day", "weekday", "gregorian", True, ahead=ahead))
    return found


_PRIORITY = {"absolute": 0, "relative": 1, "weekday": 2}


def _select(found: list[Found]) -> list[Found]:
    """Non-overlapping mentions: absolute before relative before weekday, longer first.

    Taken spans are kept sorted, so each overlap check is a bisection (texts
    full of dates, such as tables, stay linear-logarithmic).
    """
    ordered = sorted(
        found,
        key=lambda f: (
            _PRIORITY[f.mention.kind],
            -(f.mention.end - f.mention.start),
            f.mention.start,
        ),
    )
    starts: list[int] = []
    ends: list[int] = []
    taken: list[Found] = []
    for f in ordered:
        s, e = f.mention.start, f.mention.end
        k = bisect_left(starts, s)
        if k > 0 and ends[k - 1] > s:
            continue  # overlaps the taken span starting before it
        if k < len(starts) and starts[k] < e:
            continue  # overlaps the taken span starting at or after it
        starts.insert(k, s)
        ends.insert(k, e)
        taken.append(f)
    taken.sort(key=lambda f: f.mention.start)
    return taken


def _merge(regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(regions):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def _inside(pos: int, merged: list[tuple[int, int]]) -> bool:
    """Is ``pos`` in one of the sorted, disjoint ``merged`` regions?"""
    k = bisect_left(merged, (pos + 1,)) - 1
    return k >= 0 and merged[k][0] <= pos < merged[k][1]


def _windows(
    ntext: str, lx: DateLexicon, regions: list[tuple[int, int]] | None = None
) -> list[tuple[int, int, bool, bool]]:
    """Merged stretches of text around trigger words and 4-digit numbers.

    Every pattern contains a month, weekday or relative word or a 4-digit
    year, so matching only inside these windows finds the same mentions.
    Each window says whether it holds a month/year (absolute patterns) and a
    weekday/relative word (relative patterns). Edges are moved out to
    whitespace so no number is cut in two. ``regions`` limits the search.
    """
    hits = _window_hits(ntext, lx, regions)
    if not hits:
        return []
    hits.sort()
    n = len(ntext)
    windows: list[list[int | bool]] = []
    for s, e, absolute in hits:
        margin = _MARGIN if absolute else _MARGIN // 2
        lo, hi = max(0, s - margin), min(n, e + margin)
        if windows and lo <= int(windows[-1][1]):
            last = windows[-1]
            last[1] = max(int(last[1]), hi)
            last[2] = bool(last[2]) or absolute
            last[3] = bool(last[3]) or not absolute
        else:
            windows.append([lo, hi, absolute, not absolute])
    out = []
    for lo_, hi_, has_abs, has_rel in windows:
        lo, hi = int(lo_), int(hi_)
        while lo > 0 and not ntext[lo - 1].isspace():
            lo -= 1
        while hi < n and not ntext[hi].isspace():
            hi += 1
        out.append((lo, hi, bool(has_abs), bool(has_rel)))
    return out


def _window_hits(
    ntext: str, lx: DateLexicon, regions: list[tuple[int, int]] | None = None
) -> list[tuple[int, int, bool]]:
    """(start, end, absolute?) of every word a date pattern needs: a month,
    weekday or relative word standing as a word of its own (at most two
    clitic letters before it: "وأمس", "بالأمس"), a 4-digit year, a short
    year after a year word; with ``regions``, only those starting in them.
    The region is tested first and the letters around a word with a bare
    match, no call per test: the publication date is looked for in an
    article's head and foot only, and its words are many."""
    hits = _trigger_hits(ntext, lx, regions)
    years = _years4(ntext, regions)
    if lx.short_year is not None:
        short = [(m.start("y"), m.end(), True) for m in lx.short_year.finditer(ntext)]
        years += short if regions is None else [h for h in short if _inside(h[0], regions)]
    return hits + years


def _years4(ntext: str, regions: list[tuple[int, int]] | None) -> list[tuple[int, int, bool]]:
    """(start, end, True) of the four-digit runs ``_YEAR4`` finds in the
    whole text that start in one of ``regions`` (sorted, disjoint), read
    in the regions only: the whole article was read for the publication
    date's head and foot. The whole text's matches cut a run of digits
    into fours from the run's first digit, so each region's reading starts
    there too: the same matches."""
    if regions is None:
        return [(m.start(), m.end(), True) for m in _YEAR4.finditer(ntext)]
    years: list[tuple[int, int, bool]] = []
    for lo, hi in regions:
        # a region is clipped to the text (one past its end reads nothing)
        lo = min(max(lo, 0), len(ntext))
        pos = lo
        while pos > 0 and ntext[pos - 1].isdecimal():
            pos -= 1
        # a match starting before ``hi`` ends by ``hi + 3``: no search on
        # through the rest of the article for the first one past the region
        for m in _YEAR4.finditer(ntext, pos, hi + 3):
            if m.start() >= hi:
                break
            if m.start() >= lo:
                years.append((m.start(), m.end(), True))
    return years


def _trigger_hits(
    ntext: str, lx: DateLexicon, regions: list[tuple[int, int]] | None
) -> list[tuple[int, int, bool]]:
    """``_window_hits``' trigger words, in no particular order. With
    ``regions`` (sorted, disjoint: ``_merge``), the automaton reads each
    region only, on to where a word starting in it can end: the
    publication date is looked for in an article's head and foot, and
    reading the whole article for them was most of that search."""
    hits: list[tuple[int, int, bool]] = []
    size, letter = len(ntext), _LETTER.match
    reach = _longest_trigger(lx.lang)
    for lo, hi in [(0, size)] if regions is None else regions:
        lo, hi = max(lo, 0), min(hi, size)
        if lo >= hi:
            continue
        for end, (length, absolute) in lx.triggers.iter(ntext, lo, min(size, hi + reach)):
            start = end - length + 1
            if start >= hi:
                continue
            if end + 1 < size and letter(ntext, end + 1):
                continue
            glued = start >= 3 and letter(ntext, start - 1) and letter(ntext, start - 2)
            if glued and letter(ntext, start - 3):
                continue  # more than two letters glued before it
            hits.append((start, end + 1, absolute))
    return hits


@cache
def _longest_trigger(lang: str) -> int:
    """The length of the longest trigger word of ``lang``: how far past a
    region's end a word starting in it may reach."""
    return int(lexicon(lang).triggers.get_stats()["longest_word"])


def scan(
    ntext: str,
    lang: str,
    anchor: datetime.date | None,
    year_hint: YearHint = None,
    regions: list[tuple[int, int]] | None = None,
) -> list[Found]:
    """All non-overlapping date mentions with their form details.

    ``regions`` restricts the search to mentions starting near those spans.
    """
    lx = lexicon(lang)
    found: list[Found] = []
    merged = _merge(regions) if regions is not None else None
    for lo, hi, has_abs, has_rel in _windows(ntext, lx, merged):
        if has_abs:
            found.extend(_absolute(ntext, lx, anchor, year_hint, lo, hi))
        if has_rel and anchor is not None:
            found.extend(_relative(ntext, lx, anchor, lo, hi))
    return [
        _mark_target(ntext, lx, f) for f in _select(list({f.mention: f for f in found}.values()))
    ]


def _mark_target(ntext: str, lx: DateLexicon, f: Found) -> Found:
    """Flag a date that is the object of "by/until/حتى/بحلول/تا" (a deadline or goal)."""
    core = f.core if f.core >= 0 else f.mention.start
    if lx.target_re.search(ntext, max(0, core - _MARGIN), core) is None:
        return f
    return replace(f, mention=replace(f.mention, target=True))


def find_dates(
    ntext: str, lang: str, anchor: datetime.date | None, *, year_hint: YearHint = None
) -> list[DateMention]:
    """Date mentions in normalised text, in text order.

    Relative and weekday mentions need ``anchor`` and are left out without it.
    Year-less dates ("15 مرداد") need ``anchor`` or, failing that, a Gregorian
    ``year_hint`` (e.g. the latest year the document mentions), or a
    callable giving it, asked only when such a date is found. Impossible
    dates ("32 آبان 1401") are not reported.
    """
    return [f.mention for f in scan(ntext, lang, anchor, year_hint)]
