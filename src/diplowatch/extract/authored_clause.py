"""The side that issued a statement or report did what its relative clause tells.

"سفیر اسرائیل با اشاره به بیانیه گروه هفت، که ایران را مسئول حمله دانسته،
گفت …", "رحب السفير ببيان مجموعة السبع، الذي حمل إيران مسؤولية الهجوم", "the
ambassador welcomed the G7 statement, which held Iran responsible": the
relative pronoun stands for the text and is the subject of the clause's
verb, so the side that issued the text (its owner, named with the noun:
``context.AUTHORED_NOUNS``) blamed, asked or backed, and the clause's
objects are its other sides. The main clause's subject only welcomed or
cited the text; word order made it the doer and left the issuer out
(missing105).

A clause with a subject of its own is left alone: in Persian, where the
verb comes last, a side inside the clause not marked as an object ("که
ایران منتشر کرد"); where the verb comes first, any side or more than two
words between the pronoun and the verb ("which Iran issued"), or an
object pronoun glued to the verb ("الذي أصدرته": the text is the object),
a preposition with a pronoun for the text before the side ("الذي اتهمت فيه
إسرائيل": the side is the subject) or a second side right after the first
("الذي اتهمت تركيا اليونان": subject, then object; mendA105).
"""

from __future__ import annotations

import re
from typing import Any

from diplowatch.extract.mention import Mention
from diplowatch.extract.participants import unit
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.punctuation import COMMAS

_WORD = re.compile(r"\w+|[^\w\s]")
# How many words the pronoun may stand before a verb that comes last
# ("که ایران را به دخالت در امور داخلی عراق متهم کرده").
_CLAUSE_REACH = 12
# How many words (auxiliaries: "has", "قد") may stand between the pronoun
# and a verb that comes first.
_VERB_FIRST_GAP = 2

# How far before a relative pronoun its issuer and text noun are looked for (characters).
_LEAD_WINDOW = 200


def authored_clause_sides(
    s: Sentence | None, trig: Hit, people: list[Mention], ntext: str, ctx: Any
) -> list[list[Mention]] | None:
    """The sides of ``trig`` when it is the verb of a relative clause on a
    text a named side issued: [issuer, object] for each object of the
    clause; None when it is no such verb, or names no object."""
    if s is None or not ctx.authored_nouns or not ctx.authored_clause_relatives:
        return None
    rel = _relative_before(trig, ntext, ctx)
    if rel is None:
        return None
    issuer = _issuer(s.mentions, rel[0], ntext, ctx)
    if issuer is None:
        return None
    if not _clause_verb(s, trig, rel):
        return None
    objects = _clause_objects(trig, rel, (people, s.mentions), ntext, ctx)
    if objects is None:
        return None
    objects = [m for m in objects if unit(m) != unit(issuer)]
    return [[issuer, m] for m in objects] or None


def outside_authored_clause(
    s: Sentence | None, trig: Hit, people: list[Mention], ntext: str, ctx: Any
) -> list[Mention]:
    """``people`` without the objects of a relative clause on an issued text
    that closes right before ``trig`` ("از قطعنامه شورای امنیت که اسرائیل را
    … متهم کرده انتقاد کرد"): the main verb after the clause speaks of the
    text, so its target is the issuer, not the clause's object (mendA105).
    Only where the verb comes last: there the main verb follows the clause."""
    if s is None or not ctx.verb_final or not ctx.authored_nouns:
        return people
    before = [t for t in s.triggers if t.end <= trig.start]
    if not before or ntext[before[-1].end : trig.start].strip(" " + COMMAS):
        return people
    inner = before[-1]
    closer = ntext[inner.start : inner.end].split()[-1:]
    if not closer or closer[0] not in ctx.light_verbs:
        return people  # the clause goes on ("را مسئول حمله به …"): no main verb yet
    rel = _relative_before(inner, ntext, ctx)
    if rel is None or not _clause_verb(s, inner, rel):
        return people
    if _issuer(s.mentions, rel[0], ntext, ctx) is None:
        return people
    return [m for m in people if not rel[1] <= m.start < inner.start]


def _relative_before(trig: Hit, ntext: str, ctx: Any) -> tuple[int, int] | None:
    """The span of the last relative pronoun of ``AUTHORED_CLAUSE_RELATIVES``
    before the trigger, with no mark between them (a comma, a stop) and, in a
    verb-final language, no verb of its own closing the clause earlier."""
    reach = _CLAUSE_REACH if ctx.verb_final else _VERB_FIRST_GAP + 1
    words = list(_WORD.finditer(ntext, max(0, trig.start - 160), trig.start))[-reach:]
    for w in reversed(words):
        if not w.group().isalnum():
            return None
        if w.group() in ctx.authored_clause_relatives:
            gap = ntext[w.end() : trig.start].split()
            closers = ctx.subject_relative_closers | ctx.light_verbs
            if ctx.verb_final and any(g in closers for g in gap):
                return None
            return (w.start(), w.end())
    return None


def _clause_verb(s: Sentence, trig: Hit, rel: tuple[int, int]) -> bool:
    """Whether ``trig`` is the clause's verb: a verb, and the first trigger
    after the pronoun (a deed's noun inside the clause, "مسئول حمله دانسته",
    or the main verb after it, is not)."""
    if trig.entry.affix != "verb":
        return False
    return not any(rel[1] <= t.start < trig.start for t in s.triggers)


def _issuer(mentions: list[Mention], rel: int, ntext: str, ctx: Any) -> Mention | None:
    """The side named with the text noun right before the pronoun (a comma
    between allowed): after the noun ("بیانیه گروه هفت", "بيان مجموعة
    السبع", "the statement of the G7") or, where modifiers come first,
    before it ("the G7 statement")."""
    # a window before the pronoun, not the text up to it: on a long one-line
    # text a copy of everything before would cost per trigger
    base = max(0, rel - _LEAD_WINDOW)
    lead = ntext[base:rel].rstrip()
    if lead[-1:] and lead[-1] in COMMAS:
        lead = lead[:-1].rstrip()
    last = _WORD.findall(lead[-40:])[-1:]
    if ctx.syntax.modifiers_before and last and last[0] in ctx.authored_nouns:
        # "the G7 statement": the side ends right before the noun
        noun_start = base + len(lead) - len(last[0])
        return _side_ending_at(mentions, ntext, noun_start)
    m = _side_ending_at(mentions, ntext, base + len(lead))
    if m is None:
        return None
    before = _WORD.findall(ntext[max(0, m.start - 40) : m.start])
    _pop_if(before, ctx.syntax.determiners)  # "of the G7": link, then article
    if _pop_if(before, ctx.authored_owner_links):
        _pop_if(before, ctx.syntax.determiners)  # "the statement of the G7"
    return m if before and before[-1] in ctx.authored_nouns else None


def _pop_if(words: list[str], kind: frozenset[str]) -> bool:
    """Take the last word off ``words`` when it is of ``kind``; whether it was."""
    if words and words[-1] in kind:
        words.pop()
        return True
    return False


def _side_ending_at(mentions: list[Mention], ntext: str, end: int) -> Mention | None:
    """The mention that ends at ``end`` (spaces between allowed), if it is a
    side: a state or body named, not a place or a topic."""
    for m in mentions:
        if m.end <= end and not ntext[m.end : end].strip():
            return None if _no_side(m) else m
    return None


def _no_side(m: Mention) -> bool:
    """Whether a mention names no side: a place, a topic, or no one coded."""
    return m.place or m.topic or m.location_only or not (m.code or m.agent)


def _clause_objects(
    trig: Hit,
    rel: tuple[int, int],
    pools: tuple[list[Mention], list[Mention]],
    ntext: str,
    ctx: Any,
) -> list[Mention] | None:
    """The clause's objects: where the verb comes last, the sides between the
    pronoun and the verb, each marked as an object ("ایران را") or governed
    by a preposition; where it comes first, the side right after the verb
    (read from the sentence's mentions: the clause's own sides may have left
    the event's people as an aside's). None where the clause has a subject
    of its own. ``pools``: the event's people and the sentence's mentions."""
    people, mentions = pools
    if ctx.verb_final:
        inside = [m for m in people if rel[1] <= m.start and m.end <= trig.start]
        if not inside or not all(_marked(m, trig, ntext, ctx) for m in inside):
            return None
        return inside
    gap = ntext[rel[1] : trig.start]
    if len(gap.split()) > _VERB_FIRST_GAP or any(rel[1] <= m.start < trig.start for m in people):
        return None
    tail = ntext[trig.base_end : trig.end]
    if ctx.syntax.object_pronouns and tail.endswith(ctx.syntax.object_pronouns):
        return None  # "الذي أصدرته": the text is the verb's object
    for i, m in enumerate(mentions):
        words = _WORD.findall(ntext[trig.end : m.start])
        if m.start >= trig.end and len(words) <= _VERB_FIRST_GAP:
            if any(not w.isalnum() for w in words) or _no_side(m):
                return None
            if any(w in ctx.authored_clause_resumptives for w in words):
                return None  # "الذي اتهمت فيه إسرائيل": the side is the subject
            if _side_right_after(m, mentions[i + 1 :], ntext, ctx):
                return None  # "الذي اتهمت تركيا اليونان": subject, then object
            return [m]
    return None


def _side_right_after(m: Mention, rest: list[Mention], ntext: str, ctx: Any) -> bool:
    """Whether a second side follows ``m`` with nothing but spaces between
    and no conjunction glued to it ("إيران وروسيا" is a list of objects):
    where the verb comes first the first of two sides in a row is its
    subject, so the clause has a subject of its own."""
    for n in rest:
        if n.start >= m.end and not ntext[m.end : n.start].strip() and not _no_side(n):
            return not ntext[n.start : n.end].startswith(tuple(ctx.conjunctions))
    return False


def _marked(m: Mention, trig: Hit, ntext: str, ctx: Any) -> bool:
    """Whether a side inside a verb-final clause is an object: an object
    marker right after it (in the trigger's own words too: "را مسئول") or a
    preposition of the target right before it."""
    nxt = ntext[m.end : m.end + 12].split()[:1]
    if nxt and nxt[0] in ctx.object_markers:
        return True
    prev = _WORD.findall(ntext[max(0, m.start - 20) : m.start])[-1:]
    return bool(prev) and prev[0] in ctx.target_preps
