"""A count of deeds since a point years back is a running total, no event.

"عقد القادة العرب 33 قمة منذ تأسيس الجامعة عام 1945", "the United States
has carried out 210 nuclear tests since 1945", "از سال ۱۳۷۰ تاکنون ۴۰ اجلاس
برگزار شده است": a cardinal that counts a deed noun, in a clause that
measures the count from a starting point given as a year or as a number of
years ("منذ 55 عاما", "since 2009"), sums many deeds over a span: a
statistic, not one event with a date and sides. The count must stand right
before the noun (a counter noun such as "حالة" or "cases" may come between),
so a count of victims ("مقتل 230 ألف شخص") and a deed with a recent start
("since Monday, 30 air strikes") stay. The words of "since", the units of
years and the counter nouns are data (``context.SINCE_WORDS``,
``YEAR_UNITS``, ``COUNTER_NOUNS``); a language without them keeps every
count. A count of one is one deed ("one strike", "یک حمله", "غارة
واحدة"), and an ordinal or superlative before "since" ("the first since
2019") measures one deed against the past: neither is a total (mendB105).
"""

from __future__ import annotations

import re
from typing import Any

from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS, COMMAS, SENTENCE_STOPS

# Words read after "since" for its year or number of years ("منذ تأسيس
# الجامعة العربية عام 1945", "منذ 55 عاما").
SINCE_REACH = 6
# Words read after the noun for a count written after it: the count, or one
# adjective and the count ("قمة اقتصادية واحدة").
AFTER_REACH = 2
# Words read before "since" for an ordinal or a superlative ("its first in
# two years since 2021", "نخستین حمله از سال").
FIRST_REACH = 4
# A written number: Latin, Arabic-Indic or Persian digits.
_DIGITS = re.compile(r"^[0-9٠-٩۰-۹][0-9٠-٩۰-۹.,٬]*$")
_ONES = frozenset({"1", "١", "۱"})
_YEAR = re.compile(r"^[0-9٠-٩۰-۹]{4}$")
_STOPS = (CLAUSE_BREAKS - frozenset(COMMAS)) | SENTENCE_STOPS
# What ends the words read after the noun (the full stop of "… واحدة.")
_AFTER_STOPS = CLAUSE_BREAKS | SENTENCE_STOPS


def drop_running_totals(triggers: list[Hit], text: str, ctx: Any) -> list[Hit]:
    """``triggers`` without the deed nouns a running total counts."""
    since: frozenset[str] = getattr(ctx, "since_words", frozenset())
    if not since:
        return triggers
    return [
        t
        for t in triggers
        if not (
            (_counted(t, text, ctx) or _counted_after(t, text, ctx)) and _since_years(t, text, ctx)
        )
    ]


def _counted(t: Hit, text: str, ctx: Any) -> bool:
    """Whether a written number stands right before the trigger, or before
    a counter noun right before it ("33 قمة", "مليون حالة اعتقال", "تسع
    قمم"), or before a counter noun and its link ("five rounds of talks",
    "خمس جولات من المحادثات", "پنج دور از مذاکرات"; ``context.COUNTER_LINKS``)."""
    before = text[max(0, t.start - 60) : t.start].split()[-4:]
    links: frozenset[str] = getattr(ctx, "counter_links", frozenset())
    if len(before) >= 3 and before[-1] in links and before[-2] in ctx.counter_nouns:
        before = before[:-2]  # "five rounds of talks" (mend106, review105b F5)
    elif len(before) >= 2 and before[-1] in ctx.counter_nouns:
        before = before[:-1]
    # the year of "since" itself ("منذ 2011 اعتقلت") counts nothing
    if len(before) >= 2 and before[-2] in ctx.since_words:
        return False
    return bool(before) and _is_count(before[-1], ctx)


def _is_count(word: str, ctx: Any) -> bool:
    """Whether ``word`` is a number, in digits or in words ("33", "تسع",
    "وتسع", "nine")."""
    if _DIGITS.match(word):
        return word.lstrip("0") not in _ONES  # "1 strike": one deed (mendB105)
    words: frozenset[str] = getattr(ctx, "running_count_words", frozenset())
    if word in words:
        return True
    clitics: frozenset[str] = getattr(ctx, "running_count_clitics", frozenset())
    return any(word.startswith(c) and word[len(c) :] in words for c in clitics)


def _counted_after(t: Hit, text: str, ctx: Any) -> bool:
    """Whether a count the language writes after its noun follows the
    trigger within ``AFTER_REACH`` words of its clause ("قمة اقتصادية
    واحدة")."""
    after_words: frozenset[str] = getattr(ctx, "running_counts_after", frozenset())
    if not after_words:
        return False
    hi = t.end
    while hi < len(text) and hi - t.end < 80 and text[hi] not in _AFTER_STOPS:
        hi += 1
    words = text[t.end : hi].split()[:AFTER_REACH]
    return any(w in after_words for w in words)


def _since_years(t: Hit, text: str, ctx: Any) -> bool:
    """Whether the trigger's sentence part (up to a clause break other than
    a comma) has a "since" followed by a year or a number of years."""
    lo, hi = t.start, t.end
    while lo > 0 and text[lo - 1] not in _STOPS:
        lo -= 1
    while hi < len(text) and text[hi] not in _STOPS:
        hi += 1
    words = text[lo:hi].split()
    for i, w in enumerate(words):
        # mend106: "since" may be three words ("in the past two years")
        phrases = (" ".join(words[i : i + 2]), " ".join(words[i : i + 3]))
        if w in ctx.since_words or any(p in ctx.since_words for p in phrases):
            if _first_before(words[max(0, i - FIRST_REACH) : i], ctx):
                continue  # "the first since 2019": one deed, no total
            after = words[i + 1 : i + 1 + SINCE_REACH]
            if any(_YEAR.match(a) for a in after) or _years_count(after, ctx):
                return True
    return False


def _first_before(words: list[str], ctx: Any) -> bool:
    """Whether an ordinal or a superlative (``context.SINCE_FIRSTS``,
    ``SINCE_FIRST_ENDINGS``) stands in the words before a "since": "the
    first since 2019", "نخستین حمله از سال ۲۰۱۹", "شدیدترین حمله طی دو سال"
    measure one deed against the past, they sum none (mendB105)."""
    firsts: frozenset[str] = getattr(ctx, "since_firsts", frozenset())
    endings = tuple(getattr(ctx, "since_first_endings", frozenset()))
    return any(w in firsts or (endings and w.endswith(endings)) for w in words)


def _years_count(words: list[str], ctx: Any) -> bool:
    """A number of years: a number (in digits or words) then a unit of years."""
    # mend106: the unit may close a fronted phrase ("over the past three years, …")
    return any(
        _is_count(a, ctx) and b.rstrip(COMMAS) in ctx.year_units
        for a, b in zip(words, words[1:], strict=False)
    )
