"""Participants read in the trigger's own coordinated clause.

"Turkish police arrested ten people, and Iran condemned the attack": two
clauses joined by a coordinator (``context.CLAUSE_COORDINATORS``: ", and",
"، و", "و"), each with its own verb and its own subject. A trigger's clause
that names one side only ("Iran condemned the attack") used to take its
other side from the sentence, so the police became Iran's target. Here a
clause with a subject of its own keeps its own participants, and the other
clause's stay out; a clause that borrows its subject ("X met Y and
discussed …", "X با Y دیدار کرد و درباره … گفت‌وگو کرد") sets nothing apart.

Why apart from ``own_clause``: that module reads the clause breaks that
always end a clause ("،", "که", "while"); a coordinator joins nouns as often
as clauses, so a boundary here needs a verb before it and a subject of its
own after it, read in the sentence's own word order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplowatch.extract.participants import unit
from diplowatch.extract.participle_subject import opens_on_participle
from diplowatch.extract.party_traits import DEEDS, one_sided
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.punctuation import COMMAS, EDGE_PUNCT

if TYPE_CHECKING:
    from diplowatch.extract.actor_context import Context
    from diplowatch.extract.mention import Mention

# How many words may stand between a coordinator and its clause's subject
# ("and the Iranian foreign ministry"; none where the verb comes last: "و
# از سازمان … خواست" is the first clause's subject asking again), or
# between a verb and its subject where the verb comes first (none: "ووقع
# مع الرئيس" is the first subject signing with another).
_SUBJECT_GAP = 2
_VERB_GAP = 0
# A word this short ("the", "ال…" glued) names no one again.
_SHORT_WORD = 3
# How far back the word before a coordinator is read (no slice of the whole sentence).
_WORD_REACH = 40


def own_side_of_coordination(
    s: Sentence,
    trig: Hit,
    pool: list[Mention],
    ntext: str,
    ctx: Context,
    cuts: list[int],
    etype: str = "",
) -> list[Mention]:
    """``pool`` without the mentions of another coordinated clause of the
    sentence, when the clauses each name their own subject; ``pool`` itself
    when no such clause is set apart, the trigger's clause refers back to
    another's side, or a clause a coordinator opened names too few sides for
    the event and no one else (mendA110: "…, and Saudi Arabia hosted the
    ceremony" still hosts the signers). ``cuts`` are the sentence's
    ``clause_cuts``, read once for all its triggers (mendE110: read again
    per trigger they cost dense one-line texts 40 % of their time)."""
    if not cuts or len(pool) < 2:
        return pool
    lo = max((c for c in cuts if c <= trig.start), default=s.start)
    hi = min((c for c in cuts if c > trig.start), default=s.end)
    end = _break_after(trig, hi, ntext, ctx)
    if _refers_back(ntext, lo, end, ctx) or _named_again(pool, lo, end, ntext):
        return pool
    kept = [m for m in pool if lo <= m.start < hi]
    if _points_back(trig, ntext, ctx):
        # "… دیدار کردند و قطر از این دیدار استقبال کرد": "این دیدار" is
        # the other clause's meeting, with that clause's sides
        kept = [m for m in pool if m not in kept]
    elif _names_event_again(s, trig, lo, end, ntext, ctx):
        return pool
    if lo == s.start or _names_other(s, kept, lo, hi):
        return kept or pool
    need = 1 if one_sided(etype, trig.mode, ctx) else 2
    return kept if len({unit(m) for m in kept}) >= need else pool


def _names_other(s: Sentence, kept: list[Mention], lo: int, hi: int) -> bool:
    """Whether the clause from ``lo`` to ``hi`` names someone besides the
    sides ``kept`` ("والتقى وزير الخارجية العراقي بالسفير التركي": the
    envoy, read by a later step), so that it lacks no side of its own."""
    return any(lo <= m.start < hi and m not in kept for m in s.mentions)


def _named_again(pool: list[Mention], lo: int, hi: int, ntext: str) -> bool:
    """Whether the trigger's clause names again, by the noun of a person
    of another clause ("… مرزبانان ایرانی را ربودند و پاکستان مرزبانان را
    آزاد کرد"), a side of that clause: it is not set apart then (mendA110)."""
    others = {
        w
        for m in pool
        if m.agent and not lo <= m.start < hi
        for w in ntext[m.start : m.end].split()
        if len(w) > _SHORT_WORD
    }
    if not others:
        return False
    spans = [(m.start, m.end) for m in pool if lo <= m.start < hi]
    at, before = lo, ""
    for word in ntext[lo:hi].split():
        at = ntext.find(word, at)
        inside = any(a <= at < b for a, b in spans)
        # a title set off after a name ("قالیباف، رئیس مجلس") names its own
        titled = before.endswith(tuple(_JOIN_MARKS))
        if not inside and not titled and word.strip(_PUNCT) in others:
            return True
        at, before = at + len(word), word
    return False


def _points_back(trig: Hit, ntext: str, ctx: Context) -> bool:
    """Whether the trigger is a noun right after a demonstrative ("این
    دیدار"): it points back to an event told before (mendA110)."""
    if trig.entry.affix != "noun" or not ctx.demonstratives:
        return False
    before = ntext[max(0, trig.start - _WORD_REACH) : trig.start].split()[-1:]
    return bool(before) and before[0] in ctx.demonstratives


def _names_event_again(s: Sentence, trig: Hit, lo: int, hi: int, ntext: str, ctx: Context) -> bool:
    """Whether the trigger's clause names another clause's event again by a
    demonstrative and its noun ("… به مسکو سفر کرد و روسیه از این سفر
    استقبال کرد"): the welcome is of that visit's sides, so nothing is set
    apart (the merge of round 110: ``test_agents62fa``)."""
    return any(
        t is not trig and lo <= t.start < hi and _points_back(t, ntext, ctx) for t in s.triggers
    )


def _break_after(trig: Hit, hi: int, ntext: str, ctx: Context) -> int:
    """Where the trigger's clause ends before ``hi`` at a clause break
    (``context.CLAUSE_BREAKS``: "؛", "; but"): a pronoun beyond it is
    another clause's ("… ایران را مسئول می‌دانند؛ اما ایران آن را رد کرد")."""
    ends = [i for b in ctx.clause_breaks if (i := ntext.find(b, trig.end, hi)) != -1]
    return min(ends, default=hi)


def _refers_back(ntext: str, lo: int, hi: int, ctx: Context) -> bool:
    """Whether the trigger's clause names a side of another clause by a
    pronoun ("و مرزبانان با آنها درگیر شدند", "and Iran condemned them"):
    it is not set apart then (``context.CLAUSE_BACK_PRONOUNS``)."""
    pronouns = ctx.clause_back_pronouns
    return bool(pronouns) and any(w.strip(_PUNCT) in pronouns for w in ntext[lo:hi].split())


# the marks a word is stripped of before it is read (no brackets: a word
# in them is an aside)
_PUNCT = "".join(c for c in EDGE_PUNCT if c not in "[]")


def clause_cuts(s: Sentence, ntext: str, ctx: Context) -> list[int]:
    """Where a coordinated clause with its own verb before it and its own
    subject after it opens (the coordinator's start), in the sentence
    (``context.CLAUSE_COORDINATORS``); read once per sentence."""
    cuts: list[int] = []
    for word in ctx.clause_coordinators:
        at = ntext.find(word, s.start, s.end)
        while at != -1:
            end = at + len(word)
            if (
                _verb_before(s, at, ntext, ctx)
                and not _closes_list(s, at, ntext)
                and _own_subject(s, at, end, ntext, ctx)
            ):
                cuts.append(at)  # a verb glued to "و" starts inside the coordinator
            at = ntext.find(word, end, s.end)
    return sorted(cuts)


def _closes_list(s: Sentence, at: int, ntext: str) -> bool:
    """Whether the coordinator at ``at`` closes a list of names ("on Iran,
    Russia, and North Korea"): a name ends right before it and another,
    a comma (and an article) before that one (mendA110)."""
    before = [m for m in s.mentions if m.end <= at]
    if len(before) < 2 or ntext[before[-1].end : at].strip():
        return False
    gap = ntext[before[-2].end : before[-1].start].split()
    return bool(gap) and gap[0] in _JOIN_MARKS and len(gap) <= 2


def _verb_before(s: Sentence, at: int, ntext: str, ctx: Context) -> bool:
    """Whether the words before the coordinator at ``at`` make a clause: an
    event word of the sentence stands before it and, where the verb comes
    last, the word right before it closes a clause ("… را بازداشت کرد و")
    or is an event word itself."""
    if not any(t.end <= at for t in s.triggers):
        return False
    if not ctx.verb_final:
        return True
    if any(_closing_trigger(t, at, ntext) for t in s.triggers):
        return True  # a verb of an event closes it ("… را پذیرفت و")
    before = ntext[max(s.start, at - _WORD_REACH) : at].split()[-1:]
    return bool(before) and before[0] in ctx.closing_verbs


def _closing_trigger(t: Hit, at: int, ntext: str) -> bool:
    """Whether ``t`` ends right before the coordinator at ``at`` and is no
    noun: a noun of a deed there shares the verb after the coordinator
    ("دستگیر و زندانی شده بودند")."""
    return t.end <= at and t.entry.affix != "noun" and not ntext[t.end : at].strip()


def _own_subject(s: Sentence, at: int, end: int, ntext: str, ctx: Context) -> bool:
    """Whether the clause its coordinator (``at`` to ``end``) opens names its own subject: where
    the verb comes first, a verb of an event right there (a verbal noun
    glued to "و" goes on a list: "ودعمها للجماعات") and a mention right
    after it ("، وأدانت إيران": the verb may be glued to the coordinator);
    else a mention within a few words, after no preposition and before no
    object marker ("… را"), with an event word after it ("and Iran condemned")."""
    after = [m for m in s.mentions if m.start >= end]
    if not after:
        return False
    first = after[0]
    if ctx.subject_after_verb:
        verbs = [
            t
            for t in s.triggers
            if at < t.start and t.entry.affix == "verb" and not ntext[end : t.start].strip()
        ]
        return not _after_preposition(ntext, end, first.start, ctx) and any(
            len(ntext[t.end : first.start].split()) <= _VERB_GAP
            and not _object_glued(t, ntext, ctx)
            and not _maybe_passive(t, first, ntext, ctx)
            # "، وداعيا الجزائر إلى …": a participle shares the first subject
            and not opens_on_participle(t, at + 1, ntext, ctx)
            for t in verbs
        )
    gap = ntext[end : first.start].split()
    reach = 0 if ctx.verb_final else _SUBJECT_GAP
    if len(gap) > reach or any(w in ctx.target_preps or w in ctx.asked_of_markers for w in gap):
        return False
    verb = min((t.start for t in s.triggers if t.start >= first.end), default=-1)
    return verb >= 0 and not _marked_object(after, verb, ntext, ctx)


def _maybe_passive(t: Hit, first: Mention, ntext: str, ctx: Context) -> bool:
    """Whether the verb ``t`` may be an unvowelled passive with ``first`` its
    subject ("وقتل جنود عراقيون": soldiers were killed): it tells a deed,
    shows no subject ending (``context.CLAUSE_SUBJECT_ENDINGS``), and
    ``first`` names people by a noun, not a state or group by its name
    (mendA110)."""
    endings = ctx.clause_subject_endings
    if not endings or not first.agent or first.kind not in _PEOPLE_KINDS:
        return False
    if t.entry.value not in DEEDS:
        return False  # "والتقى وزير الخارجية": a meeting suffers no one
    return not ntext[t.start : t.end].endswith(endings)


# mentions that name people by a noun ("جنود عراقيون", "مدنيون")
_PEOPLE_KINDS = frozenset({"agent", "state_adj"})


def _object_glued(t: Hit, ntext: str, ctx: Context) -> bool:
    """Whether the verb carries its object as a glued pronoun ("وحملتهم",
    "وصفتهم"): it points back to the other clause's side, whose subject
    it shares."""
    tail = ntext[t.base_end : t.end]
    pronouns = ctx.syntax.object_pronouns
    return bool(pronouns) and tail.endswith(pronouns)


def _after_preposition(ntext: str, end: int, start: int, ctx: Context) -> bool:
    """Whether the mention at ``start`` is glued to a preposition with the
    article ("بال…", "لل…", ``context.GLUED_ARTICLES``): no subject then."""
    word_start = ntext.rfind(" ", end, start) + 1 or end
    return ntext.startswith(ctx.glued_articles, word_start, start + 3)


def _marked_object(after: list[Mention], verb: int, ntext: str, ctx: Context) -> bool:
    """Whether the first mention ``after`` the coordinator is an object: the
    object marker follows it, or the nouns joined to it ("و اسرائیل و دیگر
    دشمنان را تهدید کرد"), before the verb ``verb``; a marker after other
    words marks them ("و اسرائیل، آمریکا و بریتانیا ایران را …", "و ایران
    حمله به سفارت را محکوم کرد": the first mention is the subject)."""
    joins = ctx.conjunctions | _JOIN_MARKS
    end = after[0].end
    for m in after[1:]:
        if m.start >= verb or ntext[end : m.start].strip() not in joins:
            break
        end = m.end
    words = ntext[end:verb].split()
    marks = [i for i, w in enumerate(words) if w in ctx.object_markers]
    if not marks:
        return False
    head = words[: marks[0]]
    return not head or (head[0] in joins and len(head) <= _JOINED_WORDS + 1)


# what joins nouns besides a conjunction word, and how many words a noun
# joined to the subject may have before its object marker
_JOIN_MARKS = frozenset(COMMAS)
_JOINED_WORDS = 2
