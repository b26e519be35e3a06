"""The publication date a text gives itself, and parsing of feed/metadata date fields.

News bodies state their own date in two ways: a header/footer stamp (a date
with a time, a numeric stamp, a Solar Hijri / Gregorian pair, a date on a line
of its own, or a prefixed "تاريخ النشر: …") and the "today + full date" phrase
("اليوم الإثنين 13 جوان 2016", "امروز ۲۰ تیرماه ۱۴۰۰"). A full date inside a
sentence near the start is usually the event's date, not the article's, so it
is not taken. When the stamps disagree (a page header next to an article
footer) the date is unknown and None is returned rather than a guess.
"""

from __future__ import annotations

import datetime
import email.utils
import re
from functools import cache

from diplowatch.dates.lexicon import alternation, first_letters, lexicon
from diplowatch.dates.mentions import Found, scan
from diplowatch.lang import languages
from diplowatch.text.normalize import normalize, normalize_phrase

HEAD_CHARS = 400
HEAD_LINES = 3
FOOT_CHARS = 120
# A labelled stamp ("تاريخ النشر: …", "Write: …") may stand below a menu, a
# title and a lead, or above a list of links: it is looked for this far in.
LABEL_HEAD_CHARS = 3000
LABEL_FOOT_CHARS = 1000
_LABEL_REACH = 64  # characters from a label to its date
LISTING_DAYS = 3  # labelled stamps of this many days: a list of articles
# Two dates of one dateline ("۴ مرداد ۱۴۰۰ - ۲۶ ژوئیه ۲۰۲۱"); a date in
# brackets after another is running text converting a calendar.
_PAIR_GAP = re.compile(r"\s*[-–/|]\s*$")
_TEXT_START = re.compile(r"^[\s\W]*$")
# A line is also a cell of a "By … | April 23, 2024 | 3 min read" byline.
_LINE_START = re.compile(r"(?:^|[\n|•·])[^\S\n]*$")
_LINE_END = re.compile(r"[^\w\n|•·]*(?:\n|$|[|•·])")
_TO_END = re.compile(r"[\s\W]*$")
# "تهران - ۴ اردیبهشت ۱۴۰۳", "Riyadh, 23 April 2024": a place of up to three
# words and a dash or comma before a date that ends the line.
_PLACE_LEAD = re.compile(r"(?:^|\n)[^\S\n]*(?:[^\W\d_]+[^\S\n]*){1,3}[-–—,،][^\S\n]*$")
# A metadata field has no language: languages are tried in the order of the
# calendar they read a year such as 1403 in, the reading that is recent
# first (solar Hijri 1403 is 2024, lunar Hijri 1403 is 1983, Gregorian 1403
# is history).
_FIELD_CALENDARS = ("solar_hijri", "lunar_hijri", "gregorian")
# Two stamps of one page in two calendars ("14 شوال 1445 هـ - 23 أبريل 2024 م")
# may differ by a day or two (moon sighting): the Gregorian one is taken.
_CALENDAR_SLACK = datetime.timedelta(days=2)


@cache
def _today_before(lang: str) -> re.Pattern[str]:
    """Matches a today-word (and optional weekday) right before a date."""
    lx = lexicon(lang)
    return re.compile(
        rf"(?<!\w)(?:{lx.clitic})?(?:{alternation(lx.today_words)})\s*[,،(]?\s*"
        rf"(?:{alternation(lx.weekdays)}\s*[,،)]?\s*)?(?:{alternation(lx.today_joiners)}\s*)?$"
    )


@cache
def _today_words(lang: str) -> re.Pattern[str]:
    """A today-word standing alone, a clitic glued before it at most. It is
    searched in the whole article: the lookahead for the letters a clitic
    or a today-word opens with (``first_letters``) lets the engine skip to
    them instead of trying the look-behind at every position."""
    lx = lexicon(lang)
    lead = first_letters(lx.today_words | lx.proclitics)
    return re.compile(rf"{lead}(?<!\w)(?:{lx.clitic})?{alternation(lx.today_words)}(?!\w)")


def _says_today(ntext: str, lang: str) -> bool:
    """Whether ``_today_words`` may match in ``ntext``: each of its matches
    holds a word of a today-word as written (``_today_literals``), and a few
    substring searches cost far less than the pattern (a look-behind tried
    at every position), which most articles, holding none, need not run."""
    return any(word in ntext for word in _today_literals(lang))


@cache
def _today_literals(lang: str) -> tuple[str, ...]:
    """The longest word of each normalised today-word: ``alternation`` lets
    only the spaces between its words vary, so a match holds that word."""
    forms = {normalize_phrase(w) for w in lexicon(lang).today_words} - {""}
    return tuple(max(form.split(" "), key=len) for form in forms)


def _head_end(ntext: str) -> int:
    end = -1
    for _ in range(HEAD_LINES):
        end = ntext.find("\n", end + 1)
        if end < 0:
            return min(len(ntext), HEAD_CHARS)
    return min(end, HEAD_CHARS)


def _full_day(f: Found) -> bool:
    m = f.mention
    return m.kind == "absolute" and m.precision == "day" and f.has_year


def _at_line_start(ntext: str, pos: int) -> bool:
    return _LINE_START.search(ntext, max(0, pos - 200), pos) is not None or (
        _TEXT_START.match(ntext, 0, pos) is not None
    )


def _stamp_kind(ntext: str, f: Found, lang: str) -> str | None:
    """ "published" or "updated" when a stamp label stands right before the date.

    Only a time of day may come between them ("Updated: 10:30 am, April 24,
    2024"); labels that are also verbs ("published", "نشر في", "منتشر شده در")
    count only at the start of a line.
    """
    lx = lexicon(lang)
    s = f.mention.start
    lo = max(0, s - _LABEL_REACH)
    for kind, line_only, pattern in lx.stamps:
        for m in pattern.finditer(ntext, lo, s):
            if lx.stamp_gap.fullmatch(ntext, m.end(), s) is None:
                continue
            if line_only and not _at_line_start(ntext, m.start()):
                continue
            return kind
    return None


def _label_regions(ntext: str, lang: str) -> list[tuple[int, int]]:
    """Spans right after stamp labels near the top and the bottom of the text.

    One Aho-Corasick pass over those stretches finds the labels; the stamp
    patterns then only run next to them.
    """
    finder = lexicon(lang).stamp_finder
    if finder is None:
        return []
    n = len(ntext)
    windows = [(0, min(n, LABEL_HEAD_CHARS)), (max(LABEL_HEAD_CHARS, n - LABEL_FOOT_CHARS), n)]
    out: list[tuple[int, int]] = []
    for lo, hi in windows:
        if lo >= hi:
            continue
        for end, _length in finder.iter(ntext, lo, hi):
            out.append((end + 1, end + 1 + _LABEL_REACH))
    return out


def _agreed(found: list[Found]) -> tuple[bool, datetime.date | None]:
    """(any stamp?, their date): None when they disagree.

    A stamp in another calendar within two days of a Gregorian one is the
    same day read differently.
    """
    if not found:
        return False, None
    values = {f.mention.value for f in found}
    if len(values) == 1:
        return True, values.pop()
    gregorian = {f.mention.value for f in found if f.calendar == "gregorian"}
    if len(gregorian) == 1:
        day = next(iter(gregorian))
        if all(abs(v - day) <= _CALENDAR_SLACK for v in values):
            return True, day
    return True, None


def _dateline(ntext: str, found: list[Found], i: int, head_end: int, foot_start: int) -> bool:
    """Is the ``i``-th full date a dateline: its own line, a time, a pair, the text's start?"""
    f = found[i]
    s, e = f.mention.start, f.mention.end
    if s < head_end:
        paired = any(
            (g.mention.start >= e and _PAIR_GAP.match(ntext, e, g.mention.start) is not None)
            or (g.mention.end <= s and _PAIR_GAP.search(ntext, g.mention.end, s) is not None)
            for g in found[max(0, i - 1) : i + 2]
            if g is not f
        )
        at_start = _TEXT_START.match(ntext, 0, s) is not None
        line_end = _LINE_END.match(ntext, e) is not None
        own_line = line_end and (
            _at_line_start(ntext, s) or _PLACE_LEAD.search(ntext, max(0, s - 60), s) is not None
        )
        if f.has_time or paired or at_start or own_line:
            return True
    if s >= foot_start and (f.has_time or f.form == "numeric"):
        tail = _TO_END.match(ntext, e)
        return tail is not None and tail.end() == len(ntext)
    return False


def _tiers(ntext: str, found: list[Found], lang: str) -> list[list[Found]]:
    """Stamps from the most to the least telling: labelled publication stamps at
    the head, at the foot (links to related pages sit there), then further in;
    unlabelled datelines; update stamps ("14:02 [updated: …]" follows the
    publication dateline).

    A labelled stamp must agree with the datelines at the head of the page,
    and a page whose labelled stamps name three or more days is a list of
    articles (search results, an archive): it gives no tier at all.
    """
    head_end = _head_end(ntext)
    foot_start = len(ntext) - FOOT_CHARS
    head: list[Found] = []
    foot: list[Found] = []
    far: list[Found] = []
    updated: list[Found] = []
    lines: list[Found] = []
    full = [f for f in found if _full_day(f)]
    for i, f in enumerate(full):
        s = f.mention.start
        kind = _stamp_kind(ntext, f, lang)
        if kind == "published":
            (head if s < head_end else foot if s >= foot_start else far).append(f)
        elif kind == "updated":
            updated.append(f)
        elif _dateline(ntext, full, i, head_end, foot_start):
            lines.append(f)
    if len({f.mention.value for f in head + foot + far}) >= LISTING_DAYS:
        return []
    at_head = [f for f in lines if f.mention.start < head_end]
    labelled = [tier + at_head if tier else [] for tier in (head, foot, far)]
    return [*labelled, lines, updated]


def publication_date(text: str, lang: str) -> str | None:
    """ISO date of publication stated by the text itself, or None.

    Takes the original text. Order: labelled publication stamps ("تاريخ
    النشر", "Posted on", "تاریخ انتشار") at the head, at the foot, then
    further in; other header/footer datelines; update stamps ("آخر تحديث",
    "Updated"); the first "today + full date". The first kind present decides, and stamps
    of one kind that disagree give None rather than a guess. A date in the
    running text of the story is never taken.
    """
    return publication_date_normalized(normalize(text).text, lang)


def publication_date_normalized(ntext: str, lang: str) -> str | None:
    """``publication_date`` for text already passed through ``normalize``.

    Lets the pipeline normalise a document once for dating and extraction.
    """
    # Only the head, the foot, labels and the places right after a today-word matter.
    regions = [(0, _head_end(ntext)), (max(0, len(ntext) - FOOT_CHARS), len(ntext))]
    regions.extend(_label_regions(ntext, lang))
    if _says_today(ntext, lang):
        regions.extend((m.start(), m.end() + 40) for m in _today_words(lang).finditer(ntext))
    found = scan(ntext, lang, None, regions=regions)
    if not found:
        return None
    for tier in _tiers(ntext, found, lang):
        present, value = _agreed(tier)
        if present:
            return value.isoformat() if value else None
    today = _today_before(lang)
    for f in found:
        if _full_day(f) and today.search(ntext, max(0, f.mention.start - 40), f.mention.start):
            return f.mention.value.isoformat()
    return None


def _iso_or_rfc(value: str) -> datetime.date | None:
    text = value.strip()
    try:
        return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return datetime.date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date() if parsed is not None else None


def normalise_published_field(value: str) -> str | None:
    """ISO date of a metadata/feed date field, or None if it cannot be read.

    Accepts ISO 8601, RFC 2822 (RSS), numeric day-first or year-first stamps,
    Solar Hijri numeric stamps ("1401/08/03") and month-name dates in Arabic,
    Persian or English.
    """
    if not value or not value.strip():
        return None
    direct = _iso_or_rfc(value)
    if direct is not None:
        return direct.isoformat()
    ntext = normalize(value).text
    # Without a language, "1447/02/17" could be Solar (2068) or lunar (2025)
    # Hijri: a publication date cannot lie in the future, so such a reading
    # is skipped and the next language's calendar tried.
    latest = datetime.date.today() + datetime.timedelta(days=366)
    for lang in _field_languages():
        for f in scan(ntext, lang, None):
            if _full_day(f) and f.mention.value <= latest:
                return f.mention.value.isoformat()
    return None


def _field_languages() -> tuple[str, ...]:
    """The languages a date field is read in, most recent calendar first."""
    return tuple(
        sorted(languages(), key=lambda lang: _FIELD_CALENDARS.index(lexicon(lang).default_hijri))
    )
