"""What a trigger word tells that is not an event: checks that drop it.

A diplomatic or military word in a sentence is not always news. It may be
history ("attacked Vienna in 1683", a year two or more before the
article's, a history cue), a condition ("if they attack"), a possibility
or an aim told by the verb's mood ("قد تستهدف", "حمله کند"), a topic
("regarding the attack") or what one withdraws from, the content of a
demand or a threat ("demanded the release"), a word whose sentence names
what cancels it (a flood's deaths are no attack), or a sentence about sport
or markets. Each check reads its word lists from ``lang/<code>/status.py``
or ``context.py``; a language without the list is unaffected.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

import ahocorasick

from diplowatch import lang as lang_data
from diplowatch.dates.lexicon import lexicon as date_lexicon
from diplowatch.dates.mentions import DateMention, find_dates
from diplowatch.event_types import having
from diplowatch.extract.actors import previous_word
from diplowatch.extract.hope_clause import NO_BOUNDS, WishBounds
from diplowatch.extract.lexicon import lexicon
from diplowatch.extract.offered import offered_deed
from diplowatch.extract.predicates import joins_topic
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import DocumentView, Sentence
from diplowatch.extract.syntax import AGREEMENTS, GRANTED, has_break
from diplowatch.extract.when import plain_year_spans, same_clause
from diplowatch.text.normalize import normalize_phrase
from diplowatch.text.punctuation import CLAUSE_BREAKS, COMMAS, QUOTE_PAIRS
from diplowatch.text.words import holds_whole_word, word_pattern

if TYPE_CHECKING:
    from diplowatch.extract.actor_context import Context

# What the rules below need to know of each event type (``event_types.TRAITS``).
REACTIONS = having("reaction")
UNREAL = having("unreal")
REFUSALS = having("refusal")
DESCRIBES_PEOPLE = having("describes_people")
FORCE = having("force")
# working people who go on strike (spec agents: workers, teachers and
# students, health workers): "striking" right before them is their strike
STRIKERS = frozenset({"LAB", "EDU", "HLH"})


# Modes whose object has not happened either: the content of an allegation
# or of a warning.
UNREAL_MODES = {"allege", "warn"}


# Words between a hypothetical cue ("if", "في حال") and what it conditions;
# a hope or a wish (``status.WISH_CUES``: "expressed hope that", "أعرب عن
# أمله في أن") governs the whole clause that follows it.
HYPOTHETICAL_SPAN = 5
# Words between a mandative cue ("insisted that") and the deed's verb: its
# subject ("the Iraqi government").
MANDATIVE_SPAN = 6
WISH_SPAN = 20
# A guess ("analysts expect that the two may reach a deal to withdraw",
# "ربما تفرض", "ممکن است … اعمال کند"; ``status.SPECULATION_CUES``) governs
# a verb and its object phrase.
SPECULATION_SPAN = 8
# What must or should happen ("must stop the fighting", "يجب على الطرفين
# وقف القتال"; ``status.OBLIGATION_CUES``) is the verb right after the cue
# and its object: a deed further on is another clause's ("the killers must be
# punished after gunmen attacked the embassy").
OBLIGATION_SPAN = 3
# A deed named as possible ("a possible prisoner swap", "امکان مبادله
# زندانیان"; ``status.POSSIBILITY_CUES``) follows the word at once: further
# on, the possibility is of something else about it ("احتمال حصول پیشرفت در
# مذاکرات", "امکان ثمربخشی گفت‌وگوها": progress in talks that were held).
POSSIBILITY_SPAN = 0
# What a law, a deal or a side allows or forbids ("ويسمح القانون للشرطة
# بإطلاق النار", "allowed US jets to launch strikes"; ``status.PERMISSION_CUES``)
# is the verb phrase the cue governs: whom it allows stands between (a subject,
# "للطائرات العسكرية الاميركية"). Further on, another clause's deed is told
# ("… بما يسمح ايجاد صيغ … داعيا الى …": the speaker's own call).
PERMISSION_SPAN = 8
# Words before Arabic "أن" searched for what makes its clause one told as
# done: the subject may stand between ("استطاعت الشرطة أن تعتقل").
SUBJUNCTIVE_LEAD = 4
# A deed noun right before a guess is its verb's subject ("the Vienna talks
# may resume"): its own complement may stand between ("talks in Vienna").
GUESSED_SUBJECT_SPAN = 2
# Words after such a guess in which its verb of the deed's course stands
# ("ممکن است در ماه سپتامبر از سر گرفته شود").
COURSE_REACH = 8
# consult34fa: remarks referred to ("با اشاره به بیانات رهبر در دیدار با
# شاعران", "referring to the leader's remarks in his meeting with poets";
# ``status.REFERENCE_CUES``) were made at an earlier meeting that is only
# where they were said: a deed named in the next few words is no news.
REFERENCE_SPAN = 6
# nonevent96: what a side is known for ("known for his criticism of the
# government", "معروف به انتقاد از دولت"; ``status.REPUTATION_CUES``) is a
# standing trait, no deed of the day: the deed noun follows the cue at once,
# or after one possessive ("his", "its"). Not in Arabic, where "ب" is glued
# to the deed ("المعروف بانتقاده"): measured and not kept (round 96).
REPUTATION_SPAN = 1
GLUED_KINDS = frozenset({"wish_glued"})
HYPOTHETICAL_SPANS = {
    "reference": REFERENCE_SPAN,
    "reputation": REPUTATION_SPAN,
    "apodosis": HYPOTHETICAL_SPAN,
    "possibility": POSSIBILITY_SPAN,
    "conditional": HYPOTHETICAL_SPAN,
    "obligation": OBLIGATION_SPAN,
    "wish": WISH_SPAN,
    # mendB70: a hope that counts only with what is hoped glued to it
    # (``status.WISH_GLUED_CUES``: "عن أمله بتعزيز"; ``_hoped_glued``)
    "wish_glued": WISH_SPAN,
    # noevent51: what a law, a bill or a deal provides ("ينص مشروع القانون
    # على معاقبة …", "the bill stipulates that …"; ``status.PROVISION_CUES``)
    # is a rule for what may come, no deed done: as a wish, to its clause's end
    "provision": WISH_SPAN,
    # noevent85: what a law or a side allows or forbids (``status.PERMISSION_CUES``)
    "permission": PERMISSION_SPAN,
    # a question asked ("asked whether the US supports …") reports nothing
    # it asks about, to the end of its clause, as a wish does
    "question": WISH_SPAN,
    "speculation": SPECULATION_SPAN,
}


@dataclass(frozen=True)
class PermissionReach:
    """What bounds the deed a permission governs (``status.PERMISSION_CUES``),
    from ``context.py``: ``leads`` the marks before a verb's form it allows
    (``PERMITTED_VERB_LEADS``: "to shoot"), ``stops`` the words that open
    another clause or phrase between it and a deed (``PERMISSION_STOPS``:
    "ثم", "بعد", "and the"), ``results`` the words right after a deed that
    tell what it did (``PERMITTED_DEED_RESULTS``: "that killed")."""

    leads: frozenset[str] = frozenset()
    stops: frozenset[str] = frozenset()
    results: frozenset[str] = frozenset()


NO_PERMISSION = PermissionReach()


# Words an object may stand before its verb in the same clause ("توقف حملات
# هوایی به یمن را خواستار شد").
OBJECT_BEFORE = 4


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
_TOKENS = re.compile(r"\w+|[^\w\s]")


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
    if kind == "background" and not ctx.verb_final and not _opens_clause(cue, ntext):
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
# A conjunction glued to the first word of a clause ("وخلال السنوات").
_GLUED_CONJUNCTIONS = ("و", "ف")


def _opens_clause(cue: Hit, ntext: str) -> bool:
    """Whether a habit or span cue opens its clause ("Over the years, …",
    "وخلال السنوات الماضية، واجهت …"): only then does a comma after it end an
    opening phrase; after a verb a comma (or any break) ends the cue's own
    clause, in Arabic too, whose clause reading counts no commas ("أثارت
    الجدل في عدة مناسبات، وتعالت دعوات …": the calls are no habit;
    noevent91). Not where the verb ends its clause: a Persian comma may stand
    between the object and the verb ("هر ساله … از این دست‌ها، تجلیل
    می‌کنند")."""
    return _opens_at(cue.start, ntext)


def _opens_at(start: int, ntext: str) -> bool:
    """Whether the phrase at ``start`` opens its clause (``_opens_clause``)."""
    before = ntext[max(0, start - 40) : start]
    if before.endswith(_GLUED_CONJUNCTIONS):
        before = before[:-1]
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
        if _opens_at(day[0], ntext):
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


def content_of(trigger: Hit, reactions: list[Hit], ntext: str, ctx: Any) -> bool:
    """A verb after what is asked, threatened or rejected and one of the words
    that open its content (``context.CONTENT_OPENERS``: "خواست که … لغو کند",
    "از مردم خواست تا … ترک کنند") is that content, not a deed of its own,
    unless a relative pronoun right before it opens a clause of its own
    (``context.RELATIVE_PRONOUNS``)."""
    if not ctx.content_openers:
        return False
    for r in reactions:
        # an allegation's preposition names the accused ("وجه تهمة إلى شابين
        # اعتقلوا"), not what is alleged
        if r.entry.value not in UNREAL or r.end > trigger.start:
            continue
        gap = ntext[r.end : trigger.start]
        if CLAUSE_BREAKS & set(gap) - frozenset(COMMAS):
            continue
        words = gap.split()
        if words[-1:] and words[-1] in ctx.syntax.relatives:
            continue  # "… التفجير الذي استهدف كنيسة": a relative clause tells what happened
        if set(words) & ctx.content_openers or _bare_content(r, words, ctx):
            return True
    return False


# Words a content clause may run to when no opener starts it ("از آمریکا
# خواست همه تحریم‌ها علیه ایران را طبق توافق بردارد").
BARE_CONTENT_REACH = 12


def _bare_content(reaction: Hit, gap: list[str], ctx: Any) -> bool:
    """Where the verb closes its clause (``context.VERB_FINAL``), a verb after
    a reaction's own verb in its clause can only be what it asks or threatens:
    Persian often leaves the "که" out ("از دولت آمریکا خواست تحریم‌ها را
    بردارد"). A conjunction between starts a clause of its own ("خواست و
    … لغو کرد"), and so does a long stretch of words."""
    return (
        ctx.verb_final
        and reaction.entry.affix == "verb"
        and 0 < len(gap) <= BARE_CONTENT_REACH
        and not set(gap) & ctx.conjunctions
    )


def asked_for(trigger: Hit, reactions: list[Hit], ntext: str, ctx: Any) -> bool:
    """A reaction's noun right after what opens the content of a demand
    ("دعت الحكومة إلى إدانة العدوان": a condemnation asked for, not made):
    at most ``ASKED_GAP`` words after the opener (``context.CONTENT_OPENERS``),
    nothing but commas before it ("دعت الحركة، الحكومة، إلى «إدانة"), and no
    punctuation after it (", وتعهد بمواصلة دعمها" is a clause of its own)."""
    if not ctx.content_openers or trigger.entry.affix == "verb":
        return False
    for r in reactions:
        if r is trigger or r.entry.value not in UNREAL or r.end > trigger.start:
            continue
        words = ntext[r.end : trigger.start].split()
        at = max((i for i, w in enumerate(words) if w in ctx.content_openers), default=None)
        if at is None or len(words) - at - 1 > ASKED_GAP:
            continue
        before, after = " ".join(words[:at]), " ".join(words[at + 1 :])
        if CLAUSE_BREAKS & set(before) - frozenset(COMMAS) or CLAUSE_BREAKS & set(after):
            continue
        return True
    return False


# Words a refusal's verb and the word it rejects may stand apart: the
# refuser between them ("رفض وزير الخارجية اللبناني التهديدات").
REFUSED_GAP = 5
# The words another side said that a refusal answers: its threats and
# accusations ("رفض التهديدات الإسرائيلية", "rejected the accusations").
REFUSAL_ANSWERS = frozenset({"THREATEN", "ACCUSE"})


def refused_word(trigger: Hit, reactions: list[Hit], ntext: str) -> bool:
    """A threat's or accusation's noun that a refusal takes as its
    object, at most ``REFUSED_GAP`` words after it in its clause ("رفض
    وزير الخارجية اللبناني التهديدات الإسرائيلية"): the other side's word
    answered, no threat or blame by the refuser, as English "rejected the
    Israeli threats" and Persian "تهدیدات اسرائیل را رد کرد" are read."""
    if trigger.entry.affix == "verb" or trigger.entry.value not in REFUSAL_ANSWERS:
        return False
    for r in reactions:
        if r.entry.value not in REFUSALS or r.end > trigger.start:
            continue
        gap = ntext[r.end : trigger.start]
        if len(gap.split()) <= REFUSED_GAP and not CLAUSE_BREAKS & set(gap):
            return True
    return False


# Words between a demand's content opener and the reaction asked for ("إلى «إدانة").
ASKED_GAP = 1


def object_of(
    trigger: Hit,
    reactions: list[Hit],
    ntext: str,
    verb_final: bool,
    conj: frozenset[str],
    preps: frozenset[str] = frozenset(),
    means: frozenset[str] = frozenset(),
) -> bool:
    """Whether a noun trigger is what a reaction asks, threatens, rejects or
    alleges: it follows the reaction in its sentence — the demands of a list
    run on past commas — or, where objects may stand before the verb
    (``context.VERB_FINAL``: "توقف حملات را خواستار شد"), precedes it.
    Objects of condemnation and praise stay events: the attack condemned
    and the visit welcomed took place. A request named after a preposition
    (``preps``: "با درخواست دولت موافقت کرد", "از موافقت … با درخواست …
    خبر داد") is no predicate, so the noun before it is not its object. Nor
    is a noun after words of means (``means``: "با تجمع مقابل مجلس خواستار
    … شدند", they demanded by gathering), but for a refusal, whose object
    "با" marks ("با تحریم‌ها مخالفت کرد")."""
    for r in reactions:
        if not is_unreal(r):
            continue
        if r.end <= trigger.start:
            return True
        if verb_final and trigger.end <= r.start:
            if r.entry.value not in REFUSALS and _after_means(ntext, trigger.start, means):
                continue
            gap = ntext[trigger.end : r.start]
            words = gap.split()
            if words and words[-1] in preps:
                continue
            if len(words) <= OBJECT_BEFORE and not (CLAUSE_BREAKS & set(gap) or conj & set(words)):
                return True
    return False


def _after_means(ntext: str, pos: int, means: frozenset[str]) -> bool:
    """Whether words of means ("با", "ضمن برگزاری") end right before ``pos``."""
    return any(p in means for p in _phrases_before(ntext, pos, (1, 2, 3))) if means else False


def hypothetical(
    trigger: Hit,
    s: Sentence,
    ntext: str,
    verb_final: bool = False,
    wish_prefixes: frozenset[str] = frozenset(),
    wish_not_objects: frozenset[str] = frozenset(),
    bounds: WishBounds = NO_BOUNDS,
    permission: PermissionReach = NO_PERMISSION,
    joins: frozenset[str] = frozenset(),
) -> bool:
    """What might happen ("في حالة تعرض الموكب لإطلاق نار", "if they attack",
    "اگر حمله کنند"): a trigger after a conditional cue (``status.CONDITIONAL_CUES``)
    in the same clause, at most ``HYPOTHETICAL_SPAN`` words on, after a
    guess (``status.SPECULATION_CUES``) at most ``SPECULATION_SPAN`` words
    on, or after a hope (``status.WISH_CUES``) at most ``WISH_SPAN`` words on.
    Where the verb closes its clause (``verb_final``) a guess governs that
    whole clause, as a hope does: subject, times and objects stand between
    it and the deed ("بعید است دولت جدید در هفته‌های آینده … آماده بازگشت به
    مذاکرات شود"). A comma right after the cue sets off an opening phrase,
    not another clause ("In my view, the two sides will sign", "في رأيي، سيوقع").
    A hope of ``status.WISH_GLUED_CUES`` counts only with what is hoped glued
    right after it (``wish_prefixes``: ``_hoped_glued``), and not in a word
    of ``wish_not_objects`` ("بعد", "بين": no prefix glued at all). A hope's
    clause ends where ``bounds`` says ("hopes … while jets struck Gaza").
    A permission governs only what it allows (``_permitted``, ``permission``
    the language's marks of its reach; ``joins`` its conjunctions)."""
    for cue in s.cues:
        span = HYPOTHETICAL_SPANS.get(cue.entry.kind)
        if verb_final and cue.entry.kind == "speculation":
            span = WISH_SPAN
        if span is None or cue.end > trigger.start or _in_name(cue, s):
            continue
        if not _permitted(cue, trigger, ntext, permission, joins):
            continue
        if cue.entry.kind in GLUED_KINDS and not _hoped_glued(
            cue, ntext, wish_prefixes, wish_not_objects
        ):
            continue
        gap = ntext[cue.end : trigger.start].lstrip(" " + COMMAS)
        if span == WISH_SPAN and bounds.closes(gap, ntext, trigger.start):
            continue  # "hopes … while jets struck Gaza": another clause (english72)
        if len(gap.split()) <= span and not CLAUSE_BREAKS & set(gap):
            return True
    return _mandative(trigger, s, ntext, bounds)


def _permitted(
    cue: Hit, trigger: Hit, ntext: str, reach: PermissionReach, joins: frozenset[str]
) -> bool:
    """Whether a cue may govern ``trigger``: any cue but a permission's
    (``status.PERMISSION_CUES``) does; a permission governs what it allows,
    not a finite verb of another clause joined after it ("لا تسمح بدخول
    الصحفيين وطالب الأمم المتحدة …": the speaker's own demand; noevent85).
    A trigger of the verb class is no deed allowed with a conjunction glued
    to it ("وطالب"), nor, in a language that lists the marks of what is
    allowed (``context.PERMITTED_VERB_LEADS``: "to shoot", "the lifting"),
    where none of them stands before it ("allowed the rally and police
    arrested"). A conjunction standing alone before it joins one more deed
    allowed ("لا يسمح بنفيه أو سحب الجنسية منه"). mendA86: nor is any
    trigger, noun or verb, after a word that opens another clause or a
    phrase of time (``reach.stops``: "ثم اعتقلت", "بعد الغارة", "and the
    raid"), nor one whose own relative clause tells what it did
    (``reach.results``: "allowed the strike that killed …": done)."""
    if cue.entry.kind != "permission":
        return True
    between = f" {ntext[cue.end : trigger.start]} "
    if any(f" {stop} " in between for stop in reach.stops):
        return False
    if _phrase_after(ntext, trigger.end, reach.results):
        return False
    if trigger.entry.affix != "verb":
        return True
    if trigger.prefix and trigger.prefix[:1] in joins:  # "و" glued: "وطالب"
        return False
    words = ntext[: trigger.start].split()
    before = words[-1] if words else ""
    return not reach.leads or before in reach.leads


def _phrase_after(ntext: str, pos: int, phrases: frozenset[str]) -> bool:
    """Whether one of ``phrases`` follows ``pos`` as whole words (after the
    rest of the trigger's word)."""
    if not phrases:
        return False
    tail = ntext[pos : pos + 60]
    if tail[:1].isalnum():  # the trigger ends inside its word ("strike|s")
        tail = tail.split(maxsplit=1)[-1] if " " in tail else ""
    after = f" {tail.strip()} "
    return any(after.startswith(f" {p} ") for p in phrases)


def told_after_hope(trigger: Hit, s: Sentence, ntext: str, bounds: WishBounds) -> int | None:
    """Where the clause opens that tells a deed after a hope's clause ended
    ("Turkey hopes the talks will succeed as Russian jets struck Idlib":
    "as"), or None: the deed's sides are named from there on, not the hoper
    (mendA72). The cues and span are those ``hypothetical`` reads."""
    for cue in s.cues:
        if HYPOTHETICAL_SPANS.get(cue.entry.kind) != WISH_SPAN or cue.end > trigger.start:
            continue
        gap = ntext[cue.end : trigger.start]
        if _in_name(cue, s) or CLAUSE_BREAKS & set(gap) or len(gap.split()) > WISH_SPAN:
            continue
        if bounds.closes(gap, ntext, trigger.start):
            return cue.end + bounds.closing_at(gap)
    return None


def _mandative(trigger: Hit, s: Sentence, ntext: str, bounds: WishBounds) -> bool:
    """A verb in its bare form after "insisted/suggested that" and its
    subject (``bounds.mandative``, ``MANDATIVE_SPAN`` words): the mandative
    subjunctive, what a side is to do ("the union insisted that the
    government withdraw the bill"). The phrases are read beside the cues,
    not among them: "insisted" stays the attribution cue that keeps its
    speaker out of the deed's sides ("Iran insisted that the US had
    attacked its ships"; mendA72)."""
    if trigger.entry.affix != "verb" or not bounds.mandative:
        return False
    padded = f" {ntext[s.start : trigger.start]}"
    for phrase in bounds.mandative:
        at = padded.rfind(f" {phrase} ")
        if at < 0:
            continue
        gap = padded[at + len(phrase) + 2 :]
        if len(gap.split()) <= MANDATIVE_SPAN and not CLAUSE_BREAKS & set(gap):
            return bounds.bare_verb(ntext, trigger.start)
    return False


def _hoped_glued(
    cue: Hit, ntext: str, prefixes: frozenset[str], not_objects: frozenset[str]
) -> bool:
    """Whether the word right after the hope ``cue`` opens with the prefix of
    what is hoped (``context.WISH_OBJECT_PREFIXES``: "عن أمله بتعزيز
    العلاقات", "عن أملها بأن"). Without it the hope's object comes later, and
    a deed between is told, not hoped ("أعرب … عن أمله خلال لقائه نظيره").
    A word that only opens with the prefix's letter (``not_objects``,
    ``context.WISH_NOT_OBJECTS``: "عن أمله بعد لقائه", "بين", "بسبب") glues
    nothing (mendD71)."""
    after = ntext[cue.end :].split()[:1]
    if not prefixes or not after or after[0] in not_objects:
        return False
    return after[0].startswith(tuple(prefixes))


# What may stand between a title cue and the quotation mark that opens the
# title ("entitled: «…»").
_BEFORE_QUOTE = " :"


def in_title(trigger: Hit, s: Sentence, ntext: str) -> bool:
    """A deed word inside the quoted title or name a title cue opens
    (``status.TITLE_CUES``: "a report entitled «Is the alliance breaking
    up?»", "مؤتمر بعنوان «دعم سوريا»", "مقاله‌ای با عنوان «اعتصاب …»") names
    a book, a conference or a campaign, and tells no deed. Only a quoted
    span counts: after "known as" an unquoted name ends where the clause
    goes on ("a man named X was killed")."""
    for cue in s.cues:
        if cue.entry.kind != "title" or cue.end > trigger.start:
            continue
        at = (
            cue.end
            + len(ntext[cue.end : trigger.start])
            - len(ntext[cue.end : trigger.start].lstrip(_BEFORE_QUOTE))
        )
        closing = QUOTE_PAIRS.get(ntext[at : at + 1])
        if closing is None:
            continue
        end = ntext.find(closing, at + 1, s.end)
        if end != -1 and trigger.end <= end:
            return True
    return False


def guessed_subject(
    trigger: Hit, s: Sentence, ntext: str, courses: frozenset[str], relatives: frozenset[str]
) -> bool:
    """A deed noun that a guess follows at once, the guess then telling the
    deed's own course, is the subject of the guessed verb ("the talks may
    resume", "مذاکرات وین ممکن است از سر گرفته شود"): at most
    ``GUESSED_SUBJECT_SPAN`` words (its own complement) between noun and
    guess, in one clause, and a word of a deed's course (``context.
    COURSE_WORDS``: "resume", "برگزار") within ``COURSE_REACH`` words after
    the guess, before a relative word opens another noun's clause. A guess
    about what the deed brings is not about the deed ("the execution may
    reveal …"); a verb trigger is left alone too ("met … and could sign")."""
    if trigger.entry.affix != "noun" or not courses:
        return False
    for cue in s.cues:
        guess = cue.entry.kind == "speculation" or "speculation" in cue.entry.extra
        if not guess or cue.start < trigger.end or _in_name(cue, s):
            continue
        gap = ntext[trigger.end : cue.start]
        if len(gap.split()) <= GUESSED_SUBJECT_SPAN and not CLAUSE_BREAKS & set(gap):
            return _course_after(cue, s, ntext, courses, relatives)
    return False


def _course_after(
    cue: Hit, s: Sentence, ntext: str, courses: frozenset[str], relatives: frozenset[str]
) -> bool:
    """Whether a word or phrase of a deed's course stands in the guess
    ("may resume") or within ``COURSE_REACH`` words after it, before the
    clause ends."""
    words: list[str] = ntext[cue.start : cue.end].split()
    for w in ntext[cue.end : s.end].split()[:COURSE_REACH]:
        if w in relatives:
            break
        if CLAUSE_BREAKS & set(w):
            words.append(w.strip("".join(CLAUSE_BREAKS)))
            break
        words.append(w)
    window = f" {' '.join(words)} "
    return any(f" {c} " in window for c in courses)


def _in_name(cue: Hit, s: Sentence) -> bool:
    """A cue whose words run into a name is none ("أن علي خامنئي استقبل":
    the name "علي" reads as "على" once normalised, no "إن على" of obligation).
    The name must start inside the cue: a title's mention may stretch over
    the words up to its country ("الوزير … إسرائيل") and hold a real cue."""
    return any(cue.start <= m.start < cue.end for m in s.mentions)


# Words between two deeds joined by "and" that share the mood of a cue
# before the first ("must stop the fighting and return to talks").
JOINED_SPAN = 8
# Cues that open another clause between two deeds: the second is not joined.
_CLAUSE_OPENING = frozenset({"reporting", "complementizer", "bound_complementizer"})


def hypothetical_starts(
    triggers: list[Hit],
    s: Sentence,
    ntext: str,
    joins: frozenset[str],
    glued: frozenset[str] = frozenset(),
    verb_final: bool = False,
    wish_prefixes: frozenset[str] = frozenset(),
    wish_not_objects: frozenset[str] = frozenset(),
    bounds: WishBounds = NO_BOUNDS,
    permission: PermissionReach = NO_PERMISSION,
) -> set[int]:
    """Where the triggers start that tell what might, must or should happen:
    those ``hypothetical`` finds, and those joined by "and" to one of them
    (``joined``): the cue's mood reaches the second of two joined verbs ("must
    stop the fighting and return to talks", "يجب وقف القتال والعودة إلى
    المفاوضات", "باید آتش‌بس را رعایت کنند و مذاکرات را از سر بگیرند").
    ``joins`` are the language's conjunctions, ``glued`` those it writes
    glued to the next word (Arabic "و": ``affixes.CONTRACTED_PREFIXES``),
    ``wish_prefixes`` those of what a glued hope hopes, ``wish_not_objects``
    the words that open with one and glue nothing (``hypothetical``);
    ``bounds`` where a hope's clause ends: a deed after its end is joined to
    nothing before it ("hoped for a deal and Germany recognised …");
    ``permission`` what bounds the deed a permission governs."""
    found: set[int] = set()
    last: Hit | None = None  # the latest deed found: the nearest one a deed may join
    for t in sorted(triggers, key=lambda t: t.start):
        if (
            hypothetical(
                t,
                s,
                ntext,
                verb_final,
                wish_prefixes,
                wish_not_objects,
                bounds,
                permission,
                joins,
            )
            or _cue_joined(t, s, ntext, joins, glued, bounds, permission)
            or (
                last is not None
                and joined(last, t, s, ntext, joins, glued)
                and not bounds.closes(ntext[last.end : t.start], ntext, t.start)
            )
        ):
            found.add(t.start)
            last = t
    return found


def _cue_joined(
    trigger: Hit,
    s: Sentence,
    ntext: str,
    joins: frozenset[str],
    glued: frozenset[str],
    bounds: WishBounds = NO_BOUNDS,
    permission: PermissionReach = NO_PERMISSION,
) -> bool:
    """A deed joined by a conjunction to the verb phrase a cue of condition
    or obligation governs, when that first phrase is no event's ("باید آتش‌بس
    را رعایت کنند و مذاکرات را از سر بگیرند"): the conjunction within the
    cue's span, the trigger within ``JOINED_SPAN`` words after it."""
    for cue in s.cues:
        span = HYPOTHETICAL_SPANS.get(cue.entry.kind)
        if span is None or cue.end > trigger.start:
            continue
        if not _permitted(cue, trigger, ntext, permission, joins):
            continue
        if span == WISH_SPAN and bounds.closes(
            ntext[cue.end : trigger.start], ntext, trigger.start
        ):
            continue  # "wished them success and Germany recognised …" (english72)
        words = ntext[cue.end : trigger.start].split()
        at = next((i for i, w in enumerate(words) if _joins(w, joins, glued)), None)
        if at is None or at > span or len(words) - at > JOINED_SPAN:
            continue
        if not _clause_between(cue.end, trigger.start, s, ntext):
            return True
    return False


def _joins(word: str, joins: frozenset[str], glued: frozenset[str]) -> bool:
    """A conjunction (``context.CONJUNCTIONS``), alone or glued to the word
    where the language glues it ("والعودة"; not Persian "وجود")."""
    return (word in joins and word.isalpha()) or (word[:1] in glued and len(word) > 2)


def _clause_between(lo: int, hi: int, s: Sentence, ntext: str) -> bool:
    """A break of clause, a word of saying or a "that" between ``lo`` and ``hi``."""
    if CLAUSE_BREAKS & set(ntext[lo:hi]):
        return True
    return any(c.entry.kind in _CLAUSE_OPENING and lo <= c.start and c.end <= hi for c in s.cues)


def joined(
    first: Hit,
    second: Hit,
    s: Sentence,
    ntext: str,
    joins: frozenset[str],
    glued: frozenset[str] = frozenset(),
) -> bool:
    """Whether ``second`` is a deed joined to ``first`` by a conjunction
    (``context.CONJUNCTIONS``: a word, or a one-letter one glued to the next
    word, "والعودة") within ``JOINED_SPAN`` words, with no break of clause and
    no word of saying or "that" between."""
    if second.start < first.end:
        return False
    words = ntext[first.end : second.start].split()
    if len(words) > JOINED_SPAN or _clause_between(first.end, second.start, s, ntext):
        return False
    return any(_joins(w, joins, glued) for w in words) or (
        bool(second.prefix) and second.prefix in joins
    )


# Cues before a subjunctive deed that put it ahead: a plan, and a promise or
# a stated readiness (``lang/fa/status.PROMISE_CUES``), which governs only
# the deed after it and so is no cue of plan for the whole clause.
_PLAN_KINDS = frozenset({"planned", "promise"})


def may_happen(trigger: Hit, s: Sentence, ntext: str, ctx: Any) -> bool:
    """What the verb's own mood tells as possible or meant, not as done:
    Arabic "قد" before an imperfect ("قد تستهدف"; ``context.MAY_PARTICLES``,
    ``context.IMPERFECT_STARTS``); a Persian light verb in the subjunctive
    (``subjunctive``) unless a cue of plan stands before it in the sentence
    ("قرار است دیدار کنند" is a planned meeting: ``meant_later``; a cue
    after it is another clause's, and the deed would read as reported)."""
    if (
        ctx.may_particles
        and previous_word(ntext, trigger.start) in ctx.may_particles
        and ntext.startswith(ctx.imperfect_starts, trigger.start)
    ):
        return True
    mood = subjunctive(trigger, s, ntext, ctx) or subjunctive_particle(trigger, ntext, ctx)
    kinds = _PLAN_KINDS | {_INTENT_DENIED}
    return mood and not any(c.entry.kind in kinds and c.end <= trigger.start for c in s.cues)


def subjunctive_particle(trigger: Hit, ntext: str, ctx: Context) -> bool:
    """An imperfect verb right after Arabic "أن" (``context.SUBJUNCTIVE_PARTICLES``)
    is in the subjunctive: what a side must, may, wants or proposes to do ("على
    حكومتنا أن تحتج", "له الحق أن يدعو"), not a deed done. Not after a word
    that makes the clause one of time or of a deed achieved
    (``context.SUBJUNCTIVE_NOT_AFTER``: "قبل أن تنسحب", "واستطاعت الشرطة
    أن تعتقل") among the ``SUBJUNCTIVE_LEAD`` words before "أن", nor a
    verbal noun, the subject of a "that" clause: of a shape a trigger lists
    with its verbs (``context.VERBAL_NOUN_SHAPES``: "أن تصنيف الحزب …"), or
    one whose clause goes on to its own predicate (``_that_clause_subject``)."""
    if not ctx.subjunctive_particles or trigger.entry.affix != "verb":
        return False
    if not ntext.startswith(tuple(ctx.imperfect_prefixes), trigger.start):
        return False
    word = ntext[trigger.start : trigger.end]
    if any(_shaped(word, p, ctx.root_slots) for p in ctx.verbal_noun_shapes):
        return False
    particle = previous_word(ntext, trigger.start)
    if particle not in ctx.subjunctive_particles:
        return False
    at = ntext.rfind(particle, 0, trigger.start)
    before = _words_before(ntext, at, SUBJUNCTIVE_LEAD).split()
    if any(_achieved_lead(w, ctx) for w in before):
        return False
    return not _that_clause_subject(trigger, ntext, ctx)


def _achieved_lead(word: str, ctx: Context) -> bool:
    """Whether ``word``, as written or without one glued conjunction
    (``context.SUBJUNCTIVE_LEAD_CLITICS``: "واستطاعت", "فما لبث"), is one
    of ``context.SUBJUNCTIVE_NOT_AFTER``."""
    lead: frozenset[str] = ctx.subjunctive_not_after
    if word in lead:
        return True
    return word[:1] in ctx.subjunctive_lead_clitics and word[1:] in lead


# How many words after the word read after "أن" its clause's own predicate
# may stand ("أن تبادل الأسرى بين حماس وإسرائيل تم").
# mendD71: 8 reached a later clause's predicate ("أن تنسحب القوات التركية
# من بعشيقة خلال أسبوع يتم بعده …").
THAT_CLAUSE_REACH = 5


def _that_clause_subject(trigger: Hit, ntext: str, ctx: Context) -> bool:
    """Whether a finite predicate (``context.THAT_CLAUSE_PREDICATES``: "تم",
    "جاء", "يأتي") follows ``trigger`` in its clause, within
    ``THAT_CLAUSE_REACH`` words, before punctuation and before a word that
    opens another clause (``context.THAT_CLAUSE_BREAKS``: "التي", "حتى"):
    then the word after "أن" is a verbal noun, that clause's subject ("أكد أن
    نشر القوات في العراق جاء بطلب من الحكومة"), which no letter shape tells
    from a verb ("تبادل", "نشر" are also imperfects). Only a word that opens
    as a verbal noun may (``context.VERBAL_NOUN_STARTS``): "أن يقصف" is a verb;
    and only in a verbal noun's shape (``context.THAT_CLAUSE_NOUN_SHAPES``:
    "تبادل", "نشر"), not a verb's ("أن تنسحب القوات … يتم", mendD71)."""
    if not ctx.verbal_noun_starts or not ntext.startswith(ctx.verbal_noun_starts, trigger.start):
        return False
    word = ntext[trigger.start : trigger.end]
    if not any(_shaped(word, p, ctx.root_slots) for p in ctx.that_clause_noun_shapes):
        return False
    for word in ntext[trigger.end :].split()[:THAT_CLAUSE_REACH]:
        if word in ctx.that_clause_predicates:
            return True
        if word in ctx.that_clause_breaks or CLAUSE_BREAKS & set(word):
            return False
    return False


def meant_later(trigger: Hit, s: Sentence, ntext: str, ctx: Any) -> bool:
    """A subjunctive deed after a cue of plan anywhere before it in its
    sentence is still to come, however far the cue stands: a verb-final clause
    puts the whole object between "قصد دارد" and "اعزام کند" ("دولت بریتانیا
    قصد دارد برای خارج کردن کارمندان … ۶۰۰ نظامی را به افغانستان اعزام کند")."""
    return subjunctive(trigger, s, ntext, ctx) and any(
        c.entry.kind in _PLAN_KINDS and c.end <= trigger.start for c in s.cues
    )


# left78: the cue kind of an intent denied (``lang/fa/status.INTENT_DENIED_CUES``).
_INTENT_DENIED = "intent_denied"


def intent_denied(trigger: Hit, s: Sentence, ntext: str, ctx: Any) -> bool:
    """A subjunctive deed after an intent denied anywhere before it in its
    sentence ("روسیه قصد ندارد نیرو به سوریه اعزام کند") is said not to be
    done: negated, as "does not intend to send" is, not a wish dropped. The
    verb-final clause puts the object between the cue and the deed, as in
    ``meant_later``."""
    return subjunctive(trigger, s, ntext, ctx) and any(
        c.entry.kind == _INTENT_DENIED and c.end <= trigger.start for c in s.cues
    )


def subjunctive(trigger: Hit, s: Sentence, ntext: str, ctx: Any) -> bool:
    """A Persian verb in the subjunctive closes the trigger ("حمله کند", "به
    گفتگو بنشیند"; ``context.SUBJUNCTIVE_VERBS``, no "می" before it), unless a
    past "could" before it tells it done (``context.REALIZED_MODALS``:
    "توانست وارد شود"). A one-word verb has its own mood: a past ("کشتند") is
    told, one in the list ("بیندازند") is not; one that ends in its preverb
    or object has its light verb right after it ("نیروی انتظامی باید … وارد
    شود", "بعید نبود که … را رد کند"; not a full verb: "از آنها خواستم
    بگویند" asked). After a noun its verb is the
    first light verb in three words, or a subjunctive one right after it:
    "وام دهند" closes the loan, though "دهد" is no light verb (it closes
    reports: "خبر می‌دهد"); one further on may be another noun's ("جلوتر از
    فرآیند مذاکرات حرکت کنیم")."""
    if not ctx.subjunctive_verbs:
        return False
    words = ntext[trigger.base_start : trigger.end].split()
    if ntext[trigger.start : trigger.end] in ctx.own_demands:
        closing = _demand_verb(trigger, ntext, ctx)
        if closing is None:
            return False
        verb, before = closing
    elif trigger.entry.affix == "verb":
        if not words:
            return False
        verb = words[-1]
        before = words[-2] if len(words) > 1 else previous_word(ntext, trigger.start)
        following = _TOKENS.findall(ntext[trigger.end : trigger.end + 20])[:1]
        if following and following[0] in ctx.subjunctive_verbs & ctx.light_verbs:
            verb, before = following[0], verb  # "را رد کند", "وارد شود": a preverb's verb
    elif _closed_by_have(trigger, ntext, ctx) and not _after_trip(trigger, s, ntext, ctx):
        verb, before = "", ""
    else:
        closing = _noun_verb(trigger, words, ntext, ctx)
        if closing is None:
            return False
        verb, before = closing
    if verb and (verb not in ctx.subjunctive_verbs or before in ctx.indicative_markers):
        return False
    lead = ntext[max(s.start, trigger.start - 80) : trigger.start]
    return not any(holds_whole_word(lead, m) for m in ctx.realized_modals)


def _after_trip(trigger: Hit, s: Sentence, ntext: str, ctx: Any) -> bool:
    """Whether a word of travel (``context.HAVE_TRIP_LEADS``: "رفت", "سفر")
    stands before ``trigger`` in its sentence: "به تهران رفت تا دیداری …
    داشته باشد" tells the visit done, the meeting its purpose."""
    return not ctx.have_trip_leads.isdisjoint(ntext[s.start : trigger.start].split())


# typesfa83: how many words after a noun trigger the subjunctive of "to have"
# that closes it may stand ("دیدار کوتاهی با پدرش داشته باشد": 4).
HAVE_REACH = 6


def _closed_by_have(trigger: Hit, ntext: str, ctx: Any) -> bool:
    """Whether the subjunctive of "to have" (``context.HAVE_SUBJUNCTIVES``:
    "داشته باشد") closes the noun ``trigger`` within ``HAVE_REACH`` words,
    before any clause break, light verb or subjunctive verb: "… تا دیدار
    کوتاهی با پدرش داشته باشد" is a meeting meant, not had, as "تا … دیدار
    کند" is. Persian puts the noun's object and partner between it and its
    verb, so the three words `_noun_verb` reads do not reach it."""
    if not ctx.have_subjunctives:
        return False
    words = _TOKENS.findall(ntext[trigger.end : trigger.end + 80])[: HAVE_REACH + 2]
    for i, word in enumerate(words[:-1]):
        if f"{word} {words[i + 1]}" in ctx.have_subjunctives:
            return i <= HAVE_REACH
        if CLAUSE_BREAKS & set(word) or word in ctx.light_verbs or word in ctx.subjunctive_verbs:
            return False
    return False


# typesfa85: how many words a demand's object may hold before the verb that
# closes it ("خواستار افزایش دستمزد و بیمه کارگران شوند": 5).
DEMAND_REACH = 8


def _demand_verb(trigger: Hit, ntext: str, ctx: Any) -> tuple[str, str] | None:
    """The verb that closes a demand word (``context.OWN_DEMANDS``:
    "خواستار", "خواهان") and the word before it: the first light or
    subjunctive verb within ``DEMAND_REACH`` words, before any clause break,
    copula or "که" (``context.DEMAND_STOPS``).
    The demand's object stands between them ("خواستار افزایش حقوق‌هایتان
    شوید": that you demand a raise, no demand made), further than the three
    words `_noun_verb` reads."""
    words = _TOKENS.findall(ntext[trigger.end : trigger.end + 120])[: DEMAND_REACH + 1]
    for i, word in enumerate(words):
        if word in ctx.light_verbs or word in ctx.subjunctive_verbs:
            return word, words[i - 1] if i else ""
        if CLAUSE_BREAKS & set(word) or word in ctx.demand_stops:
            return None
    return None


def demand_object_end(trigger: Hit, ntext: str, ctx: Any) -> int | None:
    """Where the verb that closes a demand word starts (``_demand_verb``):
    the demand's object ends there ("خواستار اخراج سفیر این کشور شدند");
    None where no such verb is found."""
    words = list(_TOKENS.finditer(ntext, trigger.end, min(len(ntext), trigger.end + 120)))
    for match in words[: DEMAND_REACH + 1]:
        word = match.group()
        if word in ctx.light_verbs or word in ctx.subjunctive_verbs:
            return match.start()
        if CLAUSE_BREAKS & set(word) or word in ctx.demand_stops:
            return None
    return None


def _noun_verb(trigger: Hit, words: list[str], ntext: str, ctx: Any) -> tuple[str, str] | None:
    """The verb that closes a noun trigger and the word before it: the first
    light verb in the three words after it, or a subjunctive verb right after
    it (``subjunctive``); None where neither stands there."""
    after = _TOKENS.findall(ntext[trigger.end : trigger.end + 40])[:3]
    at = next(
        (
            i
            for i, w in enumerate(after)
            if w in ctx.light_verbs or (i == 0 and w in ctx.subjunctive_verbs)
        ),
        None,
    )
    if at is None:
        return None
    return after[at], after[at - 1] if at else (words[-1] if words else "")


def _shaped(word: str, shape: str, slots: frozenset[str]) -> bool:
    """Whether ``word`` has the letters of ``shape`` where they are not a
    root's slot (``context.ROOT_SLOTS``: "تصنيف" has the shape "تفعيل")."""
    return len(word) == len(shape) and all(
        s in slots or s == w for s, w in zip(shape, word, strict=True)
    )


def _words_before(ntext: str, pos: int, n: int) -> str:
    """The ``n`` words right before ``pos``, joined by one space."""
    return " ".join(ntext[max(0, pos - 60) : pos].split()[-n:])


def _phrases_before(ntext: str, pos: int, counts: tuple[int, ...]) -> Iterator[str]:
    """``_words_before(ntext, pos, n)`` for each ``n`` of ``counts`` (each at
    least 1), in turn: the window before ``pos`` is split once, not once per
    count (speed72a: a noun trigger's topic markers are looked for with up
    to five counts)."""
    words = ntext[max(0, pos - 60) : pos].split()
    return (" ".join(words[-n:]) for n in counts)


# How many plain words may stand between a topic marker and a noun of its
# noun phrase ("negotiating a normalisation deal": "a normalisation").
TOPIC_REACH = 3


def _in_topic_phrase(ntext: str, trigger: Hit, ctx: Any) -> bool:
    """Whether the noun ``trigger`` ends the noun phrase a topic opener
    (``context.TOPIC_PHRASE_OPENERS``, a few of the topic markers) opens,
    across up to ``TOPIC_REACH`` plain words (no punctuation, preposition,
    conjunction or verb between): "discussed the prisoner exchange deal",
    "درباره توافق تبادل زندانیان" talk of the exchange, they report none.
    Where the verb comes last, a noun with its light verb right after it
    ("درباره توافق گفت‌وگو کردند") is the clause's verb, not in the phrase."""
    openers: frozenset[str] = ctx.topic_phrase_openers
    if not openers:
        return False  # most languages list none: no work per noun
    after = _WORD_ONLY.findall(ntext[trigger.end : trigger.end + 40])
    if ctx.verb_final and after and after[0] in ctx.light_verbs:
        return False
    words = ntext[max(0, trigger.start - 100) : trigger.start].split()[-(TOPIC_REACH + 2) :]
    for gap in range(1, min(TOPIC_REACH, len(words) - 1) + 1):
        if not _plain_word(words[-gap], ctx):
            return False
        head = words[:-gap]
        if head[-1] in openers or " ".join(head[-2:]) in openers:
            return True
    return False


# The longest report marker, in words ("report on the course of the").
REPORT_MARKER_WORDS = (1, 2, 3, 4, 5, 6)
# How many words of a feared noun phrase may stand before its noun ("for
# fear of a new attack": "a new"; "خوفا من تجدد الهجمات": "تجدد").
FEAR_REACH = 3


def _reported_talks(ntext: str, trigger: Hit, ctx: Any) -> bool:
    """Talks a report tells of ("گزارشی از روند مذاکرات", "تقريرا حول سير
    المفاوضات", "a report on the talks"): ``context.REPORT_TOPIC_MARKERS``
    right before a noun that starts as one of ``REPORT_TOPIC_NOUNS``. Other
    deeds a report tells of were done ("a report on the killing of
    protesters", "در گزارش خود از حمله … خبر داد"; mendB84)."""
    markers: frozenset[str] = ctx.report_topic_markers
    if not markers:
        return False
    word = ntext[trigger.start : trigger.start + 40].split(maxsplit=1)[:1]
    if not word or not word[0].startswith(tuple(ctx.report_topic_nouns)):
        return False
    return any(p in markers for p in _phrases_before(ntext, trigger.start, REPORT_MARKER_WORDS))


# frame89: how many plain words may stand between a post noun and the
# preposition that joins it to the talks ("نماینده روسیه در": "روسیه"), and
# between that preposition and the talks noun ("to the Vienna talks").
POST_REACH = 3
POST_NOUN_REACH = 2
_NOT_PLAIN = frozenset(".,،؛:;!?؟()«»\"'“”[]-–—")


def _post_in_talks(ntext: str, trigger: Hit, ctx: Any) -> bool:
    """Talks named as where a post is held ("نماینده روسیه در مذاکرات وین
    گفت", "رئيس الوفد في محادثات أستانا", "Russia's envoy to the Vienna
    talks said"): a post noun (``context.TALKS_POSTS``), up to
    ``POST_REACH`` plain words, a preposition of ``TALKS_POST_PREPS`` and up
    to ``POST_NOUN_REACH`` words before a talks noun name the holder, not a
    round held. A word of taking part near by (``TALKS_TAKING_PART``: "در
    مذاکرات وین شرکت کرد", "شارك ممثل روسيا في محادثات") or a partner
    right after ("در گفت‌وگو با پوتین") keeps it told."""
    posts: frozenset[str] = ctx.talks_posts
    if not posts:
        return False
    word = ntext[trigger.start : trigger.start + 40].split(maxsplit=1)[:1]
    if not word or not word[0].startswith(tuple(ctx.report_topic_nouns)):
        return False
    words = ntext[max(0, trigger.start - 120) : trigger.start].split()
    for gap in range(min(POST_NOUN_REACH, len(words) - 1) + 1):
        head = len(words) - 1 - gap
        if any(_NOT_PLAIN & set(w) for w in words[head:]):
            return False  # only plain words join a post to its talks
        if words[head] in ctx.talks_post_preps and _post_before(words[:head], ctx):
            return not _taking_part(ntext, trigger, ctx) and not _partner_after(ntext, trigger, ctx)
    return False


def _partner_after(ntext: str, trigger: Hit, ctx: Any) -> bool:
    """A partner's preposition within three words after the talks noun:
    "رئیس‌جمهور در گفت‌وگوی تلفنی با پوتین", "the envoy in talks with the
    rebels" tell talks held, the post's holder their side."""
    preps = ctx.partner_preps | ctx.interlocutor_preps  # fa "با" is the latter
    return any(w in preps for w in ntext[trigger.end : trigger.end + 60].split()[:3])


def _post_before(words: list[str], ctx: Any) -> bool:
    """A post noun among the last ``POST_REACH + 1`` plain words, its "و"
    ("and") taken off."""
    for w in reversed(words[-(POST_REACH + 1) :]):
        if _NOT_PLAIN & set(w):
            return False
        w = w.strip("\u200c")
        if w in ctx.talks_posts or (w[:1] == "و" and w[1:] in ctx.talks_posts):
            return True
    return False


def _taking_part(ntext: str, trigger: Hit, ctx: Any) -> bool:
    """A word or phrase of taking part within eight words either side of the
    talks noun, in its sentence, its "و" ("and") taken off: phrases are
    matched over the joined words ("حاضر شد", "به توافق رسیدند"; mendE90),
    and so are the deeds the post's holders do in the talks ("اتفق ممثلو
    … في محادثات جنيف", "در مذاکرات … پیام مبادله کردند"): they held them.
    Words after a word of saying (``TALKS_SPEECH``: "said", "گفت", "إن")
    tell what was said, no taking part."""
    before = re.split(r"[.!?؟\n]", ntext[max(0, trigger.start - 120) : trigger.start])[-1]
    after = re.split(r"[.!?؟\n]", ntext[trigger.end : trigger.end + 120])[0].split()[:8]
    said = [i for i, w in enumerate(after) if w.strip("،,") in ctx.talks_speech]
    after = after[: said[0]] if said else after  # "… said both sides agreed": what was said
    near = [w.strip("،,.") for w in before.split()[-8:] + after]
    words: frozenset[str] = ctx.talks_taking_part
    if any(w in words or (w[:1] == "و" and w[1:] in words) for w in near):
        return True
    joined = f" {' '.join(near)} "
    return any(" " in p and f" {p} " in joined for p in words)


def _feared(ntext: str, trigger: Hit, ctx: Any, reach: int = FEAR_REACH) -> bool:
    """A deed noun in the noun phrase a fear opens (``context.FEAR_MARKERS``:
    "خوفا من هجمات جديدة", "for fear of a new attack"), at most
    ``FEAR_REACH`` plain words on and no word of ``FEAR_PHRASE_ENDS`` between:
    what is feared has not happened, and a deed told after the phrase ("…
    after militants attacked the village", "… بعد أن قصفت القوات القرية")
    has (mendB84; noevent83 read the fear as a cue of five words' reach).
    A trigger read as a verb counts right after the fear only (``reach`` 0)."""
    markers: frozenset[str] = ctx.fear_markers
    if not markers:
        return False
    words = ntext[max(0, trigger.start - 100) : trigger.start].split()[-(reach + 4) :]
    for gap in range(min(reach, len(words)) + 1):
        if gap and (not words[-gap].isalnum() or words[-gap] in ctx.fear_phrase_ends):
            return False
        head = words[: len(words) - gap]
        if any(" ".join(head[-n:]) in markers for n in (2, 3, 4) if len(head) >= n):
            return True
    return False


_SENTENCE_ENDS = frozenset(".!?؟:;؛\n")


def _discussed(trigger: Hit, triggers: list[Hit], ntext: str, ctx: Any) -> bool:
    """Whether the noun ``trigger`` stands up to ``context.
    DISCUSSED_OBJECT_REACH`` words after a verb of talking over
    (``context.DISCUSSION_VERBS``) with no other verb trigger and no end of
    sentence between: the verb's object, what the talks were about, though
    its subject, partner, time and place came first."""
    reach: int = ctx.discussed_reach
    if not reach:
        return False  # most languages set none: no work per noun
    verbs = [t for t in triggers if t.entry.affix == "verb" and t.end <= trigger.start]
    if not verbs:
        return False
    last = max(verbs, key=lambda t: t.end)
    if ntext[last.base_start : last.base_end] not in ctx.discussion_verbs:
        return False
    gap = ntext[last.end : trigger.start]
    return len(gap.split()) <= reach and not _SENTENCE_ENDS & set(gap)


def _plain_word(word: str, ctx: Any) -> bool:
    """A word inside a noun phrase: no punctuation, verb, conjunction,
    preposition or another opener (each set asked in turn: no union built
    per noun)."""
    return word.isalnum() and not any(
        word in words
        for words in (
            ctx.phrase_breaks,
            ctx.conjunctions,
            ctx.light_verbs,
            ctx.target_preps,
            ctx.partner_preps,
            ctx.location_preps,
            ctx.scene_preps,
            ctx.topic_phrase_openers,
        )
    )


# How many words a topic marker may have ("regarding", "برای برقراری", "در
# مورد بازگشت به", "on a return to the").
TOPIC_MARKER_WORDS = (1, 2, 3, 4, 5)


def named_as_topic(trigger: Hit, triggers: list[Hit], ntext: str, ctx: Any) -> bool:
    """A noun named as a topic ("فيما يتعلق بالهجوم", "regarding the attack":
    ``context.TOPIC_MARKERS`` right before it) or as what one withdraws from
    ("انسحب من المشاورات", "pulled out of the talks") is no event."""
    if trigger.entry.affix == "verb":
        # right after a fear only a noun stands ("خوفا من قصف جديد")
        return _feared(ntext, trigger, ctx, reach=0)
    markers = ctx.topic_markers
    topic = any(p in markers for p in _phrases_before(ntext, trigger.start, TOPIC_MARKER_WORDS))
    topic = topic or _aimed_across(ntext, trigger.start, ctx)
    if topic and not offered_deed(trigger, ntext, ctx):
        return True  # "به منظور آزادسازی", "برای برقراری آتش‌بس", "در مورد بازگشت به"
    if _in_topic_phrase(ntext, trigger, ctx):
        return True  # "negotiating a normalisation deal", "درباره توافق تبادل"
    if _reported_talks(ntext, trigger, ctx) or _feared(ntext, trigger, ctx):
        return True  # "گزارشی از روند مذاکرات", "fled for fear of a new attack"
    if _post_in_talks(ntext, trigger, ctx):
        return True  # "نماینده روسیه در مذاکرات وین گفت", "envoy to the talks"
    if _after_kind_head(trigger, triggers, ntext, ctx):
        return True  # "مسئله اخراج پناهجویان", "سیاست بازداشت فعالان"
    if _discussed(trigger, triggers, ntext, ctx):
        return True  # "ناقش الطرفان خلال الاجتماع … رفع الحظر"
    if _referenced(ntext, trigger, ctx):
        return True  # "violated the nuclear deal", "پایبندی ایران به توافق"
    from_word = previous_word(ntext, trigger.start) in ctx.withdraw_from
    if trigger.entry.value in REACTIONS:
        return False
    for t in triggers:
        if t.entry.value != "RETREAT" or t is trigger or t.entry.affix != "verb":
            continue
        if ctx.verb_final:
            gap = ntext[trigger.end : t.start] if trigger.end <= t.start else None
        else:
            gap = ntext[t.end : trigger.start] if t.end <= trigger.start else None
        if gap is None or CLAUSE_BREAKS & set(gap):
            continue
        # right after the withdrawal, or after "from" a few words on
        # ("انسحب حزب العمال من المشاورات")
        if len(gap.split()) <= 2 or (from_word and len(gap.split()) <= 6):
            return True
    return False


# How many words an aim's marker may have ("برای رسیدن به", "در راستای
# دستیابی به").
AIM_MARKER_WORDS = (2, 3, 4)


def _aimed_across(ntext: str, pos: int, ctx: Any) -> bool:
    """nonevent98: an aim's marker (``context.AIM_MARKERS``) before one
    determiner right before the noun (``context.AIM_DETERMINERS``: "برای
    رسیدن به چنین توافقی", "برای دستیابی به این توافق"): the deed is aimed
    at, not done, as without the determiner (``TOPIC_MARKERS``)."""
    if not ctx.aim_markers:
        return False
    words = ntext[max(0, pos - 60) : pos].split()
    if len(words) < 2 or words[-1] not in ctx.aim_determiners:
        return False
    return any(" ".join(words[-n - 1 : -1]) in ctx.aim_markers for n in AIM_MARKER_WORDS)


def _after_kind_head(trigger: Hit, triggers: list[Hit], ntext: str, ctx: Any) -> bool:
    """A deed noun right after a head noun of a subject, kind or policy
    (``context.TOPIC_KIND_HEADS``: "مسئله اخراج", "سیاست بازداشت"), or
    joined by "and" to one that is ("مسئله اعتراضات و اعتصاب‌ها"), is what
    is talked about. Read here, for nouns only, and not where a
    demonstrative closes the head ("بر سر این مسئله اتفاق نظر دارند"): a
    verb-final clause puts its verb right after a whole object."""
    if not ctx.topic_kind_heads:
        return False
    if _kind_head_before(ntext, trigger.start, ctx):
        return True
    return any(
        t is not trigger
        and t.end <= trigger.start
        and t.entry.affix != "verb"
        and joins_topic(ntext, t.end, trigger.start, ctx.topic_joins)
        and _kind_head_before(ntext, t.start, ctx)
        for t in triggers
    )


def _kind_head_before(ntext: str, pos: int, ctx: Any) -> bool:
    """A kind head of one to three words ("مسئله", "the issue of") right
    before ``pos``, with no demonstrative before it."""
    words = ntext[max(0, pos - 60) : pos].split()
    for n in KIND_HEAD_WORDS:
        if len(words) >= n and " ".join(words[-n:]) in ctx.topic_kind_heads:
            return len(words) == n or words[-n - 1] not in ctx.demonstratives
    return False


# How many words a kind head may have ("مسئله", "issue of", "issue of the").
KIND_HEAD_WORDS = (1, 2, 3)


# How many words a reference opener may stand before the noun it refers to
# ("پایبندی ایران به توافق": the committed side and a preposition between).
REFERENCE_REACH = 4


def _referenced(ntext: str, trigger: Hit, ctx: Any) -> bool:
    """A noun of a type with reference openers (``context.REFERENCE_OPENERS``:
    words of commitment, violation, compliance, implementation, withdrawal)
    a few words after one, in its clause, is an existing thing referred to
    ("the US violated the nuclear deal", "committed to the agreement",
    "بر پایبندی ایران به توافق تاکید کرد", "انتهاك الاتفاق"), no new one."""
    openers: frozenset[str] = ctx.reference_openers.get(trigger.entry.value, frozenset())
    if not openers:
        return False
    words = _TOKENS.findall(ntext[max(0, trigger.start - 80) : trigger.start])
    words = words[-(REFERENCE_REACH + 1) :]
    for i in range(len(words) - 1, -1, -1):
        if words[i] in openers or " ".join(words[i - 1 : i + 1]) in openers:
            return True
        if not words[i].isalnum() or words[i] in ctx.light_verbs:
            return False
    return False


def victims_described(candidates: list[Hit], s: Sentence, ntext: str, ctx: Any) -> list[Hit]:
    """``candidates`` without the deeds written as an adjective of people
    that a deed of force in the sentence strikes ("fired on striking
    workers", "به سوی کارگران اعتصابی تیراندازی کردند"): those people are
    its victims, their strike no event of the sentence (Arabic reads
    "العمال المضربين" as people alone)."""
    if not any(t.entry.value in FORCE for t in candidates):
        return candidates
    return [
        t
        for t in candidates
        if t.entry.value not in DESCRIBES_PEOPLE or not _describes_people(t, s, ntext, ctx)
    ]


def strikers_named(candidates: list[Hit], s: Sentence, ntext: str, ctx: Any) -> list[Hit]:
    """``candidates`` without a participle of striking written right before
    working people ("Striking Iranian oil workers demanded …"; English
    ``context.STRIKE_PARTICIPLES`` before an agent of ``STRIKERS``): the people are on strike, no blow is
    struck. The listed "striking … workers" phrases are a strike already;
    a state's adjective in between hid it, and "striking targets" keeps its
    attack (english59)."""
    if not ctx.strike_participles:
        return candidates
    return [t for t in candidates if not _before_strikers(t, s, ntext, ctx)]


def _before_strikers(trigger: Hit, s: Sentence, ntext: str, ctx: Any) -> bool:
    """The trigger is a deed of force written as a strike participle with a
    mention of working people right after it, nothing between."""
    if trigger.entry.value not in FORCE:
        return False
    if ntext[trigger.start : trigger.end] not in ctx.strike_participles:
        return False
    if previous_word(ntext, trigger.start) in ctx.strike_auxiliaries:
        return False  # "the drone was striking oil workers": a verb, its victims
    return any(
        m.agent in STRIKERS and m.start >= trigger.end and not ntext[trigger.end : m.start].strip()
        for m in s.mentions
    )


def _describes_people(trigger: Hit, s: Sentence, ntext: str, ctx: Any) -> bool:
    """The trigger's words name people (an agent noun inside it: "striking
    workers") or describe the agent noun right before it ("کارگران اعتصابی";
    ``agents.DESCRIBING_AGENT_NOUNS``)."""
    word = ntext[trigger.start : trigger.end]
    for m in s.mentions:
        if not m.agent:
            continue
        if trigger.start <= m.start and m.end <= trigger.end:
            return True
        if word in ctx.describing_agents and not ntext[m.end : trigger.start].strip():
            return True
    return False


def is_unreal(trigger: Hit) -> bool:
    """A trigger whose object has not happened: a demand, threat or
    allegation (trait ``unreal``, or mode in ``UNREAL_MODES``)."""
    return trigger.entry.value in UNREAL or trigger.entry.extra[0] in UNREAL_MODES


def names_blanked(ntext: str, s: Sentence) -> str:
    """The sentence's text with the names of the bodies it names blanked:
    a word that vetoes an event says nothing inside a body's name ("نادي
    الأسير الفلسطيني", a prisoners' society, is no sports club; extra31)."""
    groups = [m for m in s.mentions if m.kind == "group"]
    if not groups:  # most sentences: nothing to blank, no list of characters
        return ntext[s.start : s.end]
    chars = list(ntext[s.start : s.end])
    for m in groups:
        chars[m.start - s.start : m.end - s.start] = " " * (m.end - m.start)
    return "".join(chars)


def vetoed(trigger: Hit, stext: str, vetoes: dict[tuple[str, str], tuple[str, ...]]) -> bool:
    """A trigger whose sentence names what cancels it (``triggers.VETO_WORDS``,
    by (type, mode) or (type, "*")): deaths in a flood or a road accident are
    no attack, a match between two national teams no meeting."""
    etype = trigger.entry.value
    words = vetoes.get((etype, trigger.entry.extra[0]), ()) + vetoes.get((etype, "*"), ())
    return any(map(stext.__contains__, words))


def vetoed_in(trigger: Hit, stext: str, lang: str) -> bool:
    """``vetoed`` with the veto words of ``lang``'s lexicon, read in one pass
    that stops at the first of them: a trigger's words (up to 140 for an
    Arabic type) were each searched for through the whole sentence."""
    finder = _veto_finder(lang, trigger.entry.value, trigger.entry.extra[0])
    if isinstance(finder, bool):
        return finder
    return next(finder.iter(stext), None) is not None


def object_vetoed(trigger: Hit, stext: str, start: int, lang: str) -> bool:
    """A trigger whose object cancels it (``triggers.OBJECT_VETO_WORDS``):
    a decree or an executive order signed is no agreement ("وقع الرئيس
    مرسوما", "signed an executive order", "فرمان اجرایی … را امضا کرد").
    The words count only as the object: within ``OBJECT_VETO_REACH`` words
    after the trigger (a verb before its object) or before it (a verb that
    ends its clause), in its clause; a decree told elsewhere in the sentence
    ("وقعت مصر والسعودية مذكرة تفاهم بعد صدور المرسوم الملكي") dates or
    frames a real agreement (mendB76). ``stext`` is the sentence's text,
    from ``start``."""
    lex = lexicon(lang)
    words = lex.object_vetoes.get((trigger.entry.value, trigger.entry.extra[0]), ())
    if not words:
        return False
    after, before = lex.object_veto_reach
    right, left = stext[trigger.end - start :], stext[: max(0, trigger.start - start)]
    for mark in CLAUSE_BREAKS:
        right, left = right.split(mark, 1)[0], left.rsplit(mark, 1)[-1]
    right_words, left_words = right.split(), left.split()
    for phrase in words:
        n = len(phrase.split())
        near_right = right_words[: after + n - 1] if after else []
        near_left = left_words[-(before + n - 1) :] if before else []
        lead_left = left_words[: len(left_words) - len(near_left)]
        if _unframed(near_right, [], phrase, lex.object_veto_frames) or _unframed(
            near_left, lead_left, phrase, lex.object_veto_frames
        ):
            return True
    return False


# left78: how many words before a vetoing object a word of time
# (``triggers.OBJECT_VETO_FRAMES``) may stand and make it a frame.
_FRAME_REACH = 3


def _unframed(near: list[str], lead: list[str], phrase: str, frames: tuple[str, ...]) -> bool:
    """Whether ``phrase`` stands in the words ``near`` (``lead`` the words
    before them) as the trigger's object, not inside a phrase of time that
    frames the deed (``triggers.OBJECT_VETO_FRAMES``: "signed an agreement
    after a royal decree", "وقعت … اتفاقية بعد مرسوم ملكي", "پس از فرمان
    رئیس جمهور توافقنامه‌ای امضا کردند"): a word of time at most
    ``_FRAME_REACH`` words before it (left78)."""
    text = " ".join(near)
    if not holds_whole_word(text, phrase):
        return False
    if not frames:
        return True
    pieces = phrase.split()
    for at in range(len(near) - len(pieces) + 1):
        if near[at : at + len(pieces)] != pieces:
            continue
        before = " ".join((lead + near[:at])[-_FRAME_REACH:])
        if not any(holds_whole_word(before, f) for f in frames):
            return True
    return False


# how many words before a trigger a time's word (``TIME_MARK_LEADS``) may
# stand: "بعد يوم من وقف …", "a day after the ceasefire"
_TIME_MARK_REACH = 3


def time_marked(trigger: Hit, stext: str, start: int, lang: str) -> bool:
    """A trigger named after a time's word (``triggers.TIME_MARK_LEADS``, up
    to ``_TIME_MARK_REACH`` words before it) in a sentence about an accident
    (``TIMED_VETO_WORDS``): "قتل ثلاثة جنود في حادث سير بعد يوم من وقف إطلاق
    النار", "a day after the ceasefire", "پس از آتش بس": the ceasefire dates
    the accident and is no agreement told (mendB72). An agreement told in
    the accident's sentence ("اتفقت … على وقف إطلاق النار، فيما قتل خمسة في
    حادث سير") stays. ``stext`` is the sentence's text, from ``start``."""
    lex = lexicon(lang)
    words = lex.timed_vetoes.get((trigger.entry.value, trigger.entry.extra[0]), ())
    if not words or not any(map(stext.__contains__, words)):
        return False
    before = stext[: max(0, trigger.start - start)]
    if not lex.time_leads.isdisjoint(before.split()[-_TIME_MARK_REACH:]):
        return True
    return _dated_accident(before, words, lex.time_leads)


# how many words before a trigger a time's word may stand when the accident
# is told before it: the time's phrase holds the trigger's whole noun phrase
# ("بعد يومين من اتفاق السعودية والحوثيين على وقف إطلاق النار")
_TIME_PHRASE_REACH = 8


def _dated_accident(before: str, accidents: tuple[str, ...], leads: frozenset[str]) -> bool:
    """Whether an accident told first is dated by a time's phrase that holds
    the trigger (mendE73): "قتل جنديان في حادث سير … بعد يومين من اتفاق
    السعودية والحوثيين على وقف إطلاق النار" — the trigger stands beyond
    ``_TIME_MARK_REACH`` of its time's word, at the end of the noun phrase
    that word heads, in the same clause; the accident's victims are no sides
    of an agreement. An agreement told before the accident stays."""
    clause = before
    for mark in CLAUSE_BREAKS:
        clause = clause.rsplit(mark, 1)[-1]
    near = clause.split()[-_TIME_PHRASE_REACH:]
    lead = next((i for i in range(len(near) - 1, -1, -1) if near[i] in leads), None)
    if lead is None:
        return False
    told = before[: before.rfind(near[lead])]
    return any(map(told.__contains__, accidents))


@cache
def _veto_finder(lang: str, etype: str, mode: str) -> Any:
    """An automaton over the veto words of (``etype``, ``mode``) and
    (``etype``, "*"), or a bool where none is needed: False without words,
    True with an empty one (every sentence holds it). Kept per type and
    mode of the lexicon, a bounded number."""
    vetoes = lexicon(lang).vetoes
    words = vetoes.get((etype, mode), ()) + vetoes.get((etype, "*"), ())
    if not words or "" in words:
        return bool(words)
    finder = ahocorasick.Automaton()
    for word in words:
        finder.add_word(word, word)
    finder.make_automaton()
    return finder


# What follows the label of a law's article or clause: its number and a
# dash, colon or bracket ("ماده ۲۷ -", "تبصره4-", "Article 5:").
_PROVISION_NUMBER = re.compile(r"\s*[0-9\u06f0-\u06f9\u0660-\u0669]+\s*[-\u0640\u2013:)]")


# how far into a sentence its article label and number may reach
_PROVISION_HEAD = 64


def provision(s: Sentence, ntext: str, ctx: Any) -> bool:
    """A sentence that opens with the label of a law's article or clause
    ("ماده ۲۷ - معتمدان دعوت‌شده … محرومند", "تبصره ۴ - واردات کالاهای
    اهدایی … معاف است", "Article 5: …") states a rule: what it provides for
    no one did (falsehits54; ``context.PROVISION_LABELS``)."""
    labels: frozenset[str] = getattr(ctx, "provision_labels", frozenset())
    # the label stands first: read the opening, not a copy of the sentence
    head = ntext[s.start : min(s.end, s.start + _PROVISION_HEAD)].lstrip()
    return any(
        head.startswith(label) and _PROVISION_NUMBER.match(head, len(label)) is not None
        for label in labels
    )


def off_domain(s: Sentence, ntext: str, ctx: Context) -> bool:
    """A sentence about sport, film or markets ("the two teams met", "the
    dollar retreated"): its meetings and attacks are not political events
    (``context.OFF_DOMAIN_CUES``). A word of a plot that is also said of
    real deeds ("the protagonist", "تدور أحداث": ``context.PLOT_CUES``)
    counts only where a film, a novel, a series or a play is named in the
    sentence (``context.STORY_WORK_WORDS``; mendA82)."""
    kinds = {c.entry.kind for c in s.cues}
    if "off_domain" in kinds:
        return True
    if "plot" not in kinds:
        return False
    pattern = _story_works(ctx.story_work_words)
    return pattern is not None and pattern.search(ntext, s.start, s.end) is not None


@lru_cache(maxsize=8)
def _story_works(words: frozenset[str]) -> re.Pattern[str] | None:
    """One pattern for a language's words of a story's work, each whole."""
    return word_pattern(sorted(words))


ANSWERED = having("answered")
# Words from an agreeing or refusing verb to the trigger it takes as its
# content ("agreed to lift", "وافق على رفع"; Persian "با لغو … موافقت کرد",
# the content before the verb).
REPLY_CONTENT_GAP = 8
# types46fa: words between a deed its verb's content marker opens and the
# verb (``_marked_content``): a clause's adverbials ("با هدف …", "در …").
MARKED_CONTENT_GAP = 20
# Words a Persian object phrase may run from its head to the marker before
# the verb ("درخواست توقیف و فروش اموال سفارت برای پرداخت خسارت را رد کرد").
MARKED_OBJECT_GAP = 14
# Modes of deeds both sides do to each other.
MUTUAL_MODES = frozenset({"exchange"})


def agreed_content_out(
    triggers: list[Hit],
    ntext: str,
    verb_final: bool,
    kept: set[int],
    markers: frozenset[str],
    names: tuple[frozenset[int], bool] = (frozenset(), False),
    marks: frozenset[str] = frozenset(),
) -> list[Hit]:
    """The triggers without what agreeing or refusing makes one event.
    Agreeing to a deed granted ("agreed to lift sanctions", "وافقت على
    الإفراج عن السجناء", "با لغو تحریم‌ها موافقت کرد") is the concession
    (PLOVER CONCEDE): the agreeing verb goes. Accepting or refusing a request
    or an invitation ("accepted the request", "با درخواست ایران موافقت کرد",
    "درخواست … را رد کرد") is the reply (AGREE, REJECT): the request, made
    before, goes, unless its maker is stated after it ("a request by France",
    ``kept``). A party named between verb and deed, where the subject does
    not follow the verb (``names``: the starts of the sentence's mentions and
    whether subjects follow verbs), makes the deal its own ("reached a deal
    with Iraq on a prisoner exchange"). ``marks``: the markers of the
    verb's content (``_reply_content``)."""
    dropped: set[int] = set()
    for r in triggers:
        if r.entry.affix != "verb" or r.entry.value not in AGREEMENTS | REFUSALS:
            continue
        content = _reply_content(r, triggers, ntext, verb_final, marks)
        if content is not None and _concession(r, content, names):
            dropped.add(r.start)
        answered = [content] if content is not None else []
        answered += [t for t in triggers if _marked_object(t, r, ntext, verb_final, markers)]
        dropped |= {
            t.start
            for t in answered
            if t.entry.value in ANSWERED and t.entry.affix != "verb" and t.start not in kept
        }
    return [t for t in triggers if t.start not in dropped]


def _concession(verb: Hit, content: Hit, names: tuple[frozenset[int], bool]) -> bool:
    """Whether agreeing to ``content`` is granting it (the agreeing verb goes):
    an agreement to a deed granted, with no party named between the verb and
    the deed where subjects do not follow verbs (``agreed_content_out``)."""
    names_at, subject_after_verb = names
    return (
        verb.entry.value in AGREEMENTS
        and _granted(content)
        and (subject_after_verb or not any(verb.end <= p < content.start for p in names_at))
    )


# What a pledge may promise that is an event of its own (tri29b).
PLEDGED = frozenset({"AID", "COOPERATE"})


def pledged_verbs(
    triggers: list[Hit],
    ntext: str,
    pledges: frozenset[str],
    openers: frozenset[str] = frozenset(),
) -> set[int]:
    """The starts of pledge verbs (``context.PLEDGE_VERBS``: "متعهد شد")
    whose content is aid or cooperation told right after them in their
    clause ("ژاپن متعهد شد ۱۰ میلیون دلار کمک … ارائه کند", "متعهد شدند
    همکاری امنیتی را تعمیق بخشند") or, after one of ``openers``
    (``context.PLEDGE_CONTENT_OPENERS``), right before them ("به تقویت
    روابط متعهد شدند"): the pledge is that aid or cooperation (PLOVER AID,
    COOPERATE), as Arabic "تعهدت بتقديم مساعدات" and English "pledged aid"
    are read, and no agreement besides; a pledge with no such content stays
    what the language's triggers make it."""
    if not pledges:
        return set()
    out: set[int] = set()
    for r in triggers:
        if r.entry.affix != "verb" or ntext[r.start : r.end] not in pledges:
            continue
        near = min((o for o in triggers if o.start >= r.end), key=lambda o: o.start, default=None)
        after = near is not None and _pledged_content(near, ntext[r.end : near.start])
        if after or (openers and _content_before(r, triggers, ntext, openers)):
            out.add(r.start)
    return out


def _pledged_content(content: Hit, gap: str) -> bool:
    """Whether ``content`` is aid or cooperation ``gap`` away from its pledge,
    in its clause."""
    return (
        content.entry.value in PLEDGED
        and len(gap.split()) <= REPLY_CONTENT_GAP
        and not CLAUSE_BREAKS & set(gap)
    )


def _content_before(pledge: Hit, triggers: list[Hit], ntext: str, openers: frozenset[str]) -> bool:
    """Whether the trigger right before ``pledge`` is aid or cooperation that
    one of ``openers`` opens, alone or after a word of going on ("به ادامه
    همکاری … متعهد شدند"), in the pledge's clause."""
    before = max((o for o in triggers if o.end <= pledge.start), key=lambda o: o.end, default=None)
    if before is None or not _pledged_content(before, ntext[before.end : pledge.start]):
        return False
    words = ntext[max(0, before.start - 30) : before.start].split()[-2:]
    return bool(words) and (words[-1] in openers or (len(words) == 2 and words[0] in openers))


def _granted(content: Hit) -> bool:
    """A deed one side grants; a swap (``MUTUAL_MODES``: "agreed to an
    exchange of prisoners") is given by both: agreeing to it stays an agreement."""
    return content.entry.value in GRANTED and content.entry.extra[0] not in MUTUAL_MODES


def _reply_content(
    r: Hit,
    triggers: list[Hit],
    ntext: str,
    verb_final: bool,
    marks: frozenset[str] = frozenset(),
) -> Hit | None:
    """What a verb agrees to or refuses: its first trigger after it, or,
    where objects stand before the verb (``verb_final``), its last trigger
    before it, at most ``REPLY_CONTENT_GAP`` words away in the same clause,
    or further where the verb's content marker opens it (``_marked_content``)."""
    if verb_final:
        near = max((o for o in triggers if o.end <= r.start), key=lambda o: o.end, default=None)
        gap = ntext[near.end : r.start] if near is not None else ""
    else:
        near = min((o for o in triggers if o.start >= r.end), key=lambda o: o.start, default=None)
        gap = ntext[r.end : near.start] if near is not None else ""
    if near is None or CLAUSE_BREAKS & set(gap):
        return None
    if len(gap.split()) > REPLY_CONTENT_GAP and not _marked_content(near, ntext, gap, marks):
        return None
    return near


def _marked_content(near: Hit, ntext: str, gap: str, markers: frozenset[str]) -> bool:
    """types46fa: a deed opened by the agreeing or refusing verb's own
    content marker (``context.AGREED_CONTENT_MARKERS``: Persian "با" of "با
    لغو تحریم‌ها موافقت کرد") is its content however many adverbial words a
    verb-final clause puts between ("با لغو … با هدف دستیابی … به منابع
    بلوکه‌شده … موافقت کرده است"), up to ``MARKED_CONTENT_GAP`` words. It is
    the last deed before the verb (``_reply_content``): another verb's deed
    would stand nearer."""
    return (
        bool(markers)
        and previous_word(ntext, near.start) in markers
        and len(gap.split()) <= MARKED_CONTENT_GAP
    )


def _marked_object(t: Hit, r: Hit, ntext: str, verb_final: bool, markers: frozenset[str]) -> bool:
    """Whether a noun heads the object phrase a marker closes right before
    the verb ("درخواست … را رد کرد"): one marker, at most
    ``MARKED_OBJECT_GAP`` words, no break of clause between."""
    if not verb_final or not markers or t.end > r.start:
        return False
    words = ntext[t.end : r.start].split()
    return (
        bool(words)
        and words[-1] in markers
        and sum(w in markers for w in words) == 1
        and len(words) <= MARKED_OBJECT_GAP
        and not CLAUSE_BREAKS & set(ntext[t.end : r.start])
    )


# How many words after a meeting noun may come before the word that names
# its partner ("در گفتگوی تلفنی با", "في اتصال هاتفي مع", "in a meeting with").
PARTNER_REACH = 4


def meeting_occasion(trigger: Hit, asked: list[Hit], ntext: str, ctx: Any) -> bool:
    """Whether a meeting noun is the occasion in which another act was told
    ("در دیدار با … خواستار … شد", "خلال لقائه … طالب …"): held, not what
    the demand or the blame asks. After a word that only ever opens an
    occasion (``meeting_sure_openers``: "خلال", "طی", "during") that is
    enough. After a preposition that may also open an asked thing's phrase
    (``meeting_openers``: "در") the meeting must name its partner soon after
    (``meeting_partners``: "با") and come before every word of asking: in
    "خواستار مشارکت در مذاکرات با آمریکا شد" the talks are what is asked. A
    meeting only spoken of ("خواستار دیدار با …") has no opener."""
    if _after_means(ntext, trigger.start, ctx.meeting_not_openers):
        return False  # "من خلال المشاورات": by way of talks, a means
    if _after_means(ntext, trigger.start, ctx.meeting_sure_openers):
        return True
    if not _after_means(ntext, trigger.start, ctx.meeting_openers):
        return False
    if any(r.start < trigger.start for r in asked):
        return False
    words = ntext[trigger.end : trigger.end + 80].split()[:PARTNER_REACH]
    return any(w in ctx.meeting_partners for w in words)
