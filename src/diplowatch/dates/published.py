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

from diplowatch.dates.lexicon import alternation, lexicon
from diplowatch.dates.mentions import Found, scan
from diplowatch.text.normalize import normalize

HEAD_CHARS = 400
HEAD_LINES = 3
FOOT_CHARS = 120
_PAIR_GAP = re.compile(r"\s*[-–/|(]\s*$")
_TEXT_START = re.compile(r"^[\s\W]*$")
_LINE_START = re.compile(r"(?:^|\n)[^\S\n]*$")
_LINE_END = re.compile(r"[^\w\n]*(?:\n|$)")
_TO_END = re.compile(r"[\s\W]*$")
_LANGS = ("fa", "ar", "en")


@cache
def _today_before(lang: str) -> re.Pattern[str]:
    """Matches a today-word (and optional weekday) right before a date."""
    lx = lexicon(lang)
    return re.compile(
        rf"(?<!\w)(?:{lx.clitic})?(?:{alternation(lx.today_words)})\s*[,،(]?\s*"
        rf"(?:{alternation(lx.weekdays)}\s*[,،)]?\s*)?$"
    )


@cache
def _today_words(lang: str) -> re.Pattern[str]:
    lx = lexicon(lang)
    return re.compile(rf"(?<!\w)(?:{lx.clitic})?{alternation(lx.today_words)}(?!\w)")


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


def _is_stamp(ntext: str, f: Found, lang: str) -> bool:
    before = ntext[max(0, f.mention.start - 40) : f.mention.start]
    return any(
        not before[m.end() :].strip(" \t:-") for m in lexicon(lang).stamp_re.finditer(before)
    )


def _stamps(
    ntext: str, found: list[Found], lang: str
) -> tuple[set[datetime.date], set[datetime.date]]:
    """(prefixed stamps, other datelines) found in the head and the foot of the text."""
    head_end = _head_end(ntext)
    foot_start = len(ntext) - FOOT_CHARS
    prefixed: set[datetime.date] = set()
    lines: set[datetime.date] = set()
    full = [f for f in found if _full_day(f)]
    for i, f in enumerate(full):
        s, e = f.mention.start, f.mention.end
        if (s < head_end or s >= foot_start) and _is_stamp(ntext, f, lang):
            prefixed.add(f.mention.value)
            continue
        if s < head_end:
            paired = any(
                (g.mention.start >= e and _PAIR_GAP.match(ntext, e, g.mention.start) is not None)
                or (g.mention.end <= s and _PAIR_GAP.search(ntext, g.mention.end, s) is not None)
                for g in full[max(0, i - 1) : i + 2]
                if g is not f
            )
            at_start = _TEXT_START.match(ntext, 0, s) is not None
            own_line = (
                _LINE_START.search(ntext, 0, s) is not None
                and _LINE_END.match(ntext, e) is not None
            )
            if f.has_time or paired or at_start or own_line:
                lines.add(f.mention.value)
                continue
        if s >= foot_start and (f.has_time or f.form == "numeric"):
            tail = _TO_END.match(ntext, e)
            if tail is not None and tail.end() == len(ntext):
                lines.add(f.mention.value)
    return prefixed, lines


def publication_date(text: str, lang: str) -> str | None:
    """ISO date of publication stated by the text itself, or None.

    Takes the original text. Order: prefixed stamps; other header/footer
    datelines (None when they disagree); the first "today + full date".
    """
    return publication_date_normalized(normalize(text).text, lang)


def publication_date_normalized(ntext: str, lang: str) -> str | None:
    """``publication_date`` for text already passed through ``normalize``.

    Lets the pipeline normalise a document once for dating and extraction.
    """
    # Only the head, the foot and the places right after a today-word matter.
    regions = [(0, _head_end(ntext)), (max(0, len(ntext) - FOOT_CHARS), len(ntext))]
    regions.extend((m.start(), m.end() + 40) for m in _today_words(lang).finditer(ntext))
    found = scan(ntext, lang, None, regions=regions)
    if not found:
        return None
    prefixed, lines = _stamps(ntext, found, lang)
    if len(prefixed) == 1:
        return prefixed.pop().isoformat()
    if prefixed:
        return None
    if len(lines) == 1:
        return lines.pop().isoformat()
    if lines:
        return None
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
    for lang in _LANGS:
        for f in scan(ntext, lang, None):
            if _full_day(f) and f.mention.value <= latest:
                return f.mention.value.isoformat()
    return None
