"""Deeds told as history or background, not as the article's news.

A deed word may be dated years before the article ("attacked Vienna in
1683", "في عام 2015 وقعت"), recalled by a cue of the past ("سبق أن",
"previously", "years ago"), or told as a habit ("every year", "هر سال").
These checks read a sentence's dates and years and the cues of the past
(``status.HISTORY_CUES``, ``RECAP_CUES``, ``BACKGROUND_CUES``,
``PLUPERFECT_AUX``); they are kept apart from the other checks of
``nonevents`` because they alone read dates (``dates.mentions``), and
``trigger_candidates`` calls them in its own step (``trigger_candidates._not_history``).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cache

from diplowatch import lang as lang_data
from diplowatch.dates.lexicon import lexicon as date_lexicon
from diplowatch.dates.mentions import DateMention, find_dates
from diplowatch.event_types import having
from diplowatch.extract.actors import previous_word
from diplowatch.extract.lang_words import phrase_tuple
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import DocumentView, Sentence
from diplowatch.extract.syntax import has_break
from diplowatch.extract.when import plain_year_spans, same_clause
from diplowatch.text.normalize import normalize_phrase
from diplowatch.text.punctuation import CLAUSE_BREAKS

# What the rules below need to know of each event type (``event_types.TRAITS``).
REACTIONS = having("reaction")


# Cues of the past by the side of the trigger they stand on (``status.py``:
# HISTORY_CUES after it, RECAP_CUES and PLUPERFECT_AUX before it,
# BACKGROUND_CUES on either side).
PAST_KINDS = frozenset({"history", "recap", "background", "pluperfect"})
AFTER_KINDS = frozenset({"history", "background"})
# Cues of "that" (``status.COMPLEMENTIZER_CUES``), read beside them: one
# between a pluperfect auxiliary and the deed opens another clause.
THAT_KINDS = frozenset({"complementizer", "bound_complementizer"})
BEFORE_KINDS = frozenset({"recap", "background", "pluperfect"})


# Recaps whose sentence names a recent date are news told again, not
# background ("وكانت السويد قد نشرت قوات … في سبتمبر الماضي", "که روز گذشته
# تجمع کرده بودند"): ``dated_lately``.
DATED_KINDS = frozenset({"recap", "pluperfect"})


# A year of history, long before any news ("attacked Vienna in 1683").
OLD_YEAR = re.compile(r"(?<!\d)1[0-8]\d\d(?!\d)|(?<!\d)19[0-8]\d(?!\d)")
# words, and words or single marks, compiled once (``re.findall`` with a
# pattern string looks it up in the module cache at every call)
_WORD_ONLY = re.compile(r"\w+")


def told_as_history(
    trigger: Hit,
    triggers: list[Hit],
    history: list[Hit],
    ntext: str,
    ctx,
    old_years: list[tuple[int, int]] | None = None,
    counted: list[tuple[int, int]] | None = None,
    recent: list[tuple[int, int]] | None = None,
) -> bool:
    """An old year or a cue of the past (``_recalled``) in the trigger's
    clause, with no other trigger between (the cue dates the nearest one); or an old year (``old_years``: spans of years before the
    article's) right before it in its clause ("في عام 2015 وقعت", "در سال
    ۱۳۹۷ اعمال کرد"). Numbers that count people (``counted``: "killed 1500
    fighters") are no years. A year is no date of the trigger when a recent
    date stands in its clause (``recent``: "marched on Monday to mark the
    anniversary of the 1979 revolution")."""
    if not _dated_now(trigger, ntext, ctx, recent, old_years) and _old_year_dates(
        trigger, triggers, ntext, ctx, old_years, counted
    ):
        return True
    thats = [c.start for c in history if c.entry.kind in THAT_KINDS]
    return any(_recalled(trigger, cue, triggers, ntext, ctx, thats) for cue in history)


def _dated_now(
    trigger: Hit,
    ntext: str,
    ctx,
    recent: list[tuple[int, int]] | None,
    old_years: list[tuple[int, int]] | None,
) -> bool:
    """A recent date (a weekday, "yesterday", a day of this year) in the
    trigger's clause within 60 characters, nearer to it than any old year:
    it, not the year, dates the deed ("marched on Monday on the anniversary
    of the 1979 revolution"; not "the 1988 killings, recalled on Monday")."""
    near = [d for d in (_distance(trigger, span, ntext, ctx) for span in recent or ()) if d >= 0]
    if not near:
        return False
    lo, hi = max(0, trigger.start - 60), min(len(ntext), trigger.end + 60)
    years = list(old_years or ()) + [m.span() for m in OLD_YEAR.finditer(ntext, lo, hi)]
    return all(abs(_gap(trigger, span)) > min(near) for span in years)


def _gap(trigger: Hit, span: tuple[int, int]) -> int:
    """Characters between the trigger and a span (either side)."""
    start, end = span
    return start - trigger.end if start >= trigger.end else trigger.start - end


def _distance(trigger: Hit, span: tuple[int, int], ntext: str, ctx) -> int:
    """Characters from the trigger to a span in its clause within 60, or -1."""
    gap = _gap(trigger, span)
    if not 0 <= gap <= 60:
        return -1
    lo, hi = (trigger.end, span[0]) if span[0] >= trigger.end else (span[1], trigger.start)
    if has_break(ntext[lo:hi], ctx.clause_punct) or not same_clause(ntext, ctx.lang, lo, hi):
        return -1
    return gap


def _old_year_dates(
    trigger: Hit,
    triggers: list[Hit],
    ntext: str,
    ctx,
    old_years: list[tuple[int, int]] | None,
    counted: list[tuple[int, int]] | None,
) -> bool:
    """An old year after the trigger in its clause ("attacked Vienna in
    1683"), or one right before it ("في عام 2015 وقعت"). Where the verb
    closes its clause, a year after a reaction stands in its object ("خواستار
    تحقیق درباره اعدام‌های سال ۶۷ شد"): it dates what the reaction is about."""
    after = not _about_old(trigger, ctx)
    for year in OLD_YEAR.finditer(ntext, trigger.end, min(len(ntext), trigger.end + 60)):
        if not after:
            break
        if any(a <= year.start() < b for a, b in counted or ()):
            continue
        if not has_break(ntext[trigger.end : year.start()], ctx.clause_punct):
            return True  # "attacked Vienna in 1683"
        break
    for start, end in old_years or ():
        if after and 0 <= start - trigger.end <= 60:
            lo, hi = trigger.end, start
        elif 0 <= trigger.start - end <= 60 and not _owned(start, trigger, triggers, ntext, ctx):
            lo, hi = end, trigger.start
        else:
            continue
        if _one_clause(ntext, lo, hi, triggers, ctx):
            return True
    return False


# A year this close after another deed's word dates that deed ("families of
# those killed in the protests of Aban 98 supported the strike").
OWNED_GAP = 25


def _owned(year_start: int, trigger: Hit, triggers: list[Hit], ntext: str, ctx) -> bool:
    """Whether another trigger stands right before the year in its clause:
    the year is its date ("اعتراضات آبان ۹۸", "مجازر عام 1915"), not the date
    of a trigger after it."""
    return any(
        t is not trigger
        and t.end <= year_start
        and year_start - t.end <= OWNED_GAP
        and not has_break(ntext[t.end : year_start], ctx.clause_punct)
        for t in triggers
    )


def _about_old(trigger: Hit, ctx) -> bool:
    """A reaction in a language whose verb ends its clause: what follows the
    reaction's noun, up to its verb, is what it is about."""
    return bool(ctx.verb_final) and trigger.entry.value in REACTIONS


def _recalled(
    trigger: Hit, cue: Hit, triggers: list[Hit], ntext: str, ctx, thats: list[int]
) -> bool:
    """Whether one cue of the past tells the trigger as background, in its
    clause within 60 characters with no other trigger between: a history cue
    after it ("… years ago"), a recap before it ("سبق أن", "previously",
    "پیش‌تر"), a habit or an era on either side ("every year", "هر سال",
    "في الثمانينيات"), or an Arabic pluperfect auxiliary before it with the
    particle "قد" between ("وكانت الشرطة قد اعتقلت"; ``context.MAY_PARTICLES``)."""
    kind = cue.entry.kind
    if kind in AFTER_KINDS and 0 <= cue.start - trigger.end <= 60:
        lo = (
            _phrase_end(trigger, triggers, ntext, cue.start)
            if kind == "background"
            else trigger.end
        )
        return _one_clause(ntext, lo, cue.start, triggers, ctx)
    if kind not in BEFORE_KINDS or not 0 <= trigger.start - cue.end <= 60:
        return False
    lo, hi = cue.end, _phrase_start(trigger, triggers, ntext)
    if kind == "background" and not ctx.verb_final and not _opens_clause(cue, ntext, ctx.lang):
        if has_break(ntext[lo:hi], CLAUSE_BREAKS):
            return False  # "أثارت الجدل في عدة مناسبات، وتعالت دعوات …"
    elif kind != "pluperfect":
        # an opening phrase may end in a comma ("During the revolution, students …")
        lo += len(ntext[lo:hi]) - len(ntext[lo:hi].lstrip(" ,،"))
    if kind == "recap":
        # a recap may hold its own "that" ("سبق لتركيا أن اتهمت")
        return not has_break(ntext[lo:hi], ctx.clause_punct) and not any(
            lo <= t.start < hi for t in triggers
        )
    if not _one_clause(ntext, lo, hi, triggers, ctx):
        return False
    if kind != "pluperfect":
        return True
    # "كان على متنه 60 شخصا وأن القوات قد تمكنت": the "that" opens another clause
    return not any(lo <= at < hi for at in thats) and bool(
        set(ntext[lo:hi].split()) & set(ctx.may_particles)
    )


# Marks that end the clause before a phrase that opens the next one.
_OPENING_AFTER = frozenset(".!?؟:;\n")


def _opens_clause(cue: Hit, ntext: str, lang: str) -> bool:
    """Whether a habit or span cue opens its clause ("Over the years, …",
    "وخلال السنوات الماضية، واجهت …"): only then does a comma after it end an
    opening phrase; after a verb a comma (or any break) ends the cue's own
    clause, in Arabic too, whose clause reading counts no commas ("أثارت
    الجدل في عدة مناسبات، وتعالت دعوات …": the calls are no habit;
    noevent91). Not where the verb ends its clause: a Persian comma may stand
    between the object and the verb ("هر ساله … از این دست‌ها، تجلیل
    می‌کنند")."""
    return _opens_at(cue.start, ntext, lang)


def _opens_at(start: int, ntext: str, lang: str) -> bool:
    """Whether the phrase at ``start`` opens its clause (``_opens_clause``),
    a conjunction glued to its first word (``punctuation.PROCLITICS``:
    "وخلال السنوات") left out."""
    before = ntext[max(0, start - 40) : start]
    glued = next(
        (c for c in phrase_tuple(lang, "punctuation", "PROCLITICS") if before.endswith(c)), ""
    )
    if glued:
        before = before[: -len(glued)]
    before = before.rstrip()
    return not before or before[-1] in _OPENING_AFTER or before[-1] in CLAUSE_BREAKS


@dataclass(frozen=True)
class Repetition:
    """A language's repetition words (``status.REPETITION_CUES``, also
    background cues) and the comparatives that make one a multiplier right
    after it or right before it (``MULTIPLIER_AFTER``/``MULTIPLIER_BEFORE``)."""

    cues: frozenset[str]
    after: frozenset[str]
    before: frozenset[str]
    not_day_after: frozenset[str]
    day_nouns: frozenset[str]


@cache
def _repetition(lang: str) -> Repetition:
    data = lang_data.load(lang, "status")

    def words(name: str) -> frozenset[str]:
        return frozenset(normalize_phrase(w) for w in getattr(data, name, ()))

    return Repetition(
        words("REPETITION_CUES"),
        words("MULTIPLIER_AFTER"),
        words("MULTIPLIER_BEFORE"),
        words("ONE_DAY_NOT_AFTER"),
        words("ONE_DAY_NOUNS"),
    )


# Characters a day may stand from a repetition word in its clause.
DAY_REACH = 60


def habit_cues(s: Sentence, doc: DocumentView, history: list[Hit]) -> list[Hit]:
    """``history`` but the repetition words that tell no habit (mendB92): one
    before or after a comparative is a multiplier ("a force many times
    larger", "بقوة أكبر عدة مرات"), and one whose clause names a day tells one
    dated deed done several times ("struck the airport several times on
    Monday", "عدة مرات اليوم الاثنين"); the dates are read only where a
    repetition word stands."""
    words = _repetition(doc.lang)
    ntext, ctx = doc.ntext, doc.ctx
    reps = [
        c
        for c in history
        if c.entry.kind == "background" and ntext[c.base_start : c.base_end] in words.cues
    ]
    if not reps:
        return history
    out = {id(c) for c in reps if _multiplier(c, ntext, words)}
    rest = [c for c in reps if id(c) not in out]
    days = _day_spans(s, doc, words) if rest else []
    out |= {id(c) for c in rest if any(_day_of(c, day, ntext, ctx) for day in days)}
    return [c for c in history if id(c) not in out]


def _multiplier(cue: Hit, ntext: str, words: Repetition) -> bool:
    """A comparative right after the cue ("many times larger", "several
    times the size") or right before it ("أكبر عدة مرات")."""
    after = _WORD_ONLY.findall(ntext, cue.end, min(len(ntext), cue.end + 30))[:2]
    if after and (after[0] in words.after or " ".join(after) in words.after):
        return True
    return previous_word(ntext, cue.start) in words.before


def _day_spans(s: Sentence, doc: DocumentView, words: Repetition) -> list[tuple[int, int]]:
    """Spans of the sentence's days: a weekday, "today", "أمس", a date of a
    day (no month or year alone, no target); not one after a word of
    recurrence or of a span's start ("every Monday", "منذ الاثنين",
    mendF93)."""
    stext = doc.ntext[s.start : s.end]
    return [
        (s.start + d.start, s.start + d.end)
        for d in _dates(stext, doc.lang, doc.anchor, doc.ref_year)
        if d.precision == "day"
        and not d.target
        and not _no_one_day(doc.ntext, s.start + d.start, s.start + d.end, words)
    ]


def _no_one_day(ntext: str, start: int, end: int, words: Repetition) -> bool:
    """Whether the day's span opens with, or stands after, a word of
    recurrence or of a span's start (``ONE_DAY_NOT_AFTER``: "every",
    "كل", "منذ"), past a day noun ("كل يوم اثنين", "each day")."""
    first = ntext[start:end].split()[:1]
    if first and first[0] in words.not_day_after:
        return True
    before = previous_word(ntext, start)
    if before in words.day_nouns:
        before = previous_word(ntext, ntext.rfind(before, 0, start))
    return before in words.not_day_after


def _day_of(cue: Hit, day: tuple[int, int], ntext: str, ctx) -> bool:
    """Whether a day stands in the cue's clause within ``DAY_REACH``: no
    clause mark (a comma too, in Arabic), clause opener or "that" between;
    a day that opens the clause may stand before its comma ("On Monday,
    jets struck the airport several times")."""
    if day[0] >= cue.end:
        lo, hi = cue.end, day[0]
    else:
        lo, hi = day[1], cue.start
        if _opens_at(day[0], ntext, ctx.lang):
            lo += len(ntext[lo:hi]) - len(ntext[lo:hi].lstrip(" ,،"))
    return (
        hi - lo <= DAY_REACH
        and not has_break(ntext[lo:hi], CLAUSE_BREAKS | ctx.clause_punct)
        and same_clause(ntext, ctx.lang, lo, hi)
    )


# Words a light verb's own deed noun may stand after it ("تشن إسرائيل
# غارات": the subject between).
PHRASE_NOUN_GAP = 2


def _phrase_end(trigger: Hit, triggers: list[Hit], ntext: str, limit: int) -> int:
    """Where the deed's phrase ends, before ``limit`` (the cue): a trigger of
    its own type a word or two after it tells the same deed ("تشن إسرائيل
    غارات … بشكل شبه يومي"), so a habit cue after that noun still reaches
    the verb."""
    end = trigger.end
    for t in sorted(triggers, key=lambda h: h.start):
        if t.start < end or t.entry.value != trigger.entry.value:
            continue
        if t.end > limit:
            break
        if len(ntext[end : t.start].split()) > PHRASE_NOUN_GAP:
            break
        end = t.end
    return end


def _phrase_start(trigger: Hit, triggers: list[Hit], ntext: str) -> int:
    """Where the deed's phrase starts: triggers right before the trigger, at
    most one word apart, tell one deed ("فرضت عقوبات", "imposed sanctions")."""
    start = trigger.start
    for t in sorted(triggers, key=lambda h: -h.start):
        if t.end <= start and len(ntext[t.end : start].split()) <= 1:
            start = t.start
    return start


def dated_lately(stext: str, lang: str, anchor: datetime.date | None, ref_year: int | None) -> bool:
    """Whether the sentence names a recent day or month: a relative day,
    week or month or a weekday ("last Friday", "روز گذشته"), a date of the
    article's year or the one before, or a month named without a year
    ("في سبتمبر الماضي"). A year alone ("last year") or a target ("by May")
    is no such date."""
    found = _dates(stext, lang, anchor, ref_year)
    if any(_recent(d, ref_year) for d in found):
        return True
    if any(d.kind == "absolute" and not d.target for d in found):
        return False  # "في جوان عام 2012": a month of an old year
    words = set(stext.split())
    return bool(words & _plain_months(lang))


def _dates(
    stext: str, lang: str, anchor: datetime.date | None, ref_year: int | None
) -> list[DateMention]:
    """The dates of a sentence; without the article's date, its relative
    dates and weekdays too (read against a placeholder: only that they are
    named counts)."""
    found = find_dates(stext, lang, anchor, year_hint=None if anchor else ref_year)
    if anchor is None:
        found += [
            d for d in find_dates(stext, lang, _PLACEHOLDER) if d.kind in ("relative", "weekday")
        ]
    return found


def _recent(d: DateMention, ref_year: int | None) -> bool:
    """A day, week or month of the article's time (no year alone, no target)."""
    if d.target or d.precision == "year":
        return False
    return d.kind != "absolute" or ref_year is None or d.value.year >= ref_year - 1


def recent_date_spans(s: Sentence, doc: DocumentView) -> list[tuple[int, int]]:
    """Spans of the sentence's recent dates ("on Monday", "اليوم", "۲۳ تیر"):
    a deed they date is news even beside an old year."""
    stext = doc.ntext[s.start : s.end]
    return [
        (s.start + d.start, s.start + d.end)
        for d in _dates(stext, doc.lang, doc.anchor, doc.ref_year)
        if _recent(d, doc.ref_year)
    ]


# Relative dates are found only against an anchor: without the article's
# date, this one tells whether one is named (its value is not read).
_PLACEHOLDER = datetime.date(2000, 6, 15)


@cache
def _plain_months(lang: str) -> frozenset[str]:
    """The language's month words that are no other word."""
    lx = date_lexicon(lang)
    return frozenset(m for m in lx.months if m not in lx.ambiguous and " " not in m)


def _one_clause(ntext: str, lo: int, hi: int, triggers: list[Hit], ctx) -> bool:
    """No punctuation, clause opener ("that", "که") or other trigger between."""
    return (
        not has_break(ntext[lo:hi], ctx.clause_punct)
        and same_clause(ntext, ctx.lang, lo, hi)
        and not any(lo <= t.start < hi for t in triggers)
    )


def old_year_spans(s: Sentence, doc: DocumentView) -> list[tuple[int, int]]:
    """Spans of the sentence's years older than the article's (two years or
    more); a number that counts people ("2000 protesters") is no year."""
    # the sentence's years first (speed74a): most sentences name none, and
    # an undated article's year costs a search of its text
    spans = plain_year_spans(doc.ntext[s.start : s.end], doc.lang)
    if not spans or doc.ref_year is None:
        return []
    old = [(s.start + a, s.start + b) for a, b, year in spans if year < doc.ref_year - 1]
    counted = doc.counted_in(s) if old else []  # read only when needed: it costs
    return [span for span in old if span not in counted]


def background_triggers(s: Sentence, doc: DocumentView) -> list[Hit] | None:
    """The triggers a sentence keeps when it names only years before the
    article's (history), or None when it is no such sentence. "by 2030" is a
    goal, not history (``plain_year_spans``), and "2000 protesters" a count
    (``DocumentView.counted_in``). A sentence that names a recent day too is
    no history (a commemoration today): each trigger is judged alone
    (``told_as_history``: an old year nearer to it than the recent day).
    Where the verb closes its clause, a reaction before the years keeps its
    place: they date what it is about ("خواستار تحقیق درباره اعدام‌های سال
    ۱۳۶۷ شد"). The sentence's years are read before the article's: most
    sentences name none, and an undated article's year costs a search of
    its text (``DocumentView.ref_year``)."""
    spans = plain_year_spans(doc.ntext[s.start : s.end], doc.lang, short=False)
    if not spans or doc.ref_year is None:
        return None
    if max(year for _, _, year in spans) >= doc.ref_year - 1:
        return None
    counted = doc.counted_in(s)
    years = [(s.start + a, y) for a, b, y in spans if (s.start + a, s.start + b) not in counted]
    if not years or max(year for _, year in years) >= doc.ref_year - 1:
        return None
    if recent_date_spans(s, doc):
        return None  # "marched on Monday on the anniversary of the 1979 revolution"
    first = min(at for at, _ in years)
    return [t for t in s.triggers if t.end <= first and _about_old(t, doc.ctx)]


def one_day_spans(s: Sentence, doc: DocumentView) -> list[tuple[int, int]]:
    """The spans of the sentence's days that date one deed (``_day_spans``):
    a weekday, "yesterday", a day's date, not "every Monday" (mendA111)."""
    return _day_spans(s, doc, _repetition(doc.lang))


def dated_in_clause(trigger: Hit, days: list[tuple[int, int]], ntext: str, ctx) -> bool:
    """Whether one of ``days`` stands in the trigger's clause within 60
    characters (``_distance``): the deed is dated (mendA111)."""
    return any(_distance(trigger, day, ntext, ctx) >= 0 for day in days)
