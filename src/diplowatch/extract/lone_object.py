"""A one-sided verbal deed whose only named side is its object names no doer.

"He threatened the police", "او پلیس را تهدید کرد": the side the sentence
names is whom the threat, call or rejection is aimed at, and its doer is a
pronoun or a subject dropped from an earlier sentence. Read as a one-sided
event, that side would stand in the doer's slot (the PLOVER export reads
actor = first), which swaps the roles. The event keeps an unnamed doer
first (no code, no agent: as the annotation writes an unnamed side) and its
object second (slots36). An accusation or condemnation whose lone side is
its object is no event, as ``events._condemned_genitive`` reads English and
Arabic ("He condemned the Israeli government").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplowatch.event_types import having
from diplowatch.extract.actors import Mention
from diplowatch.extract.scan import Hit
from diplowatch.model import Actor

if TYPE_CHECKING:
    from diplowatch.extract.actor_context import Context

# Deeds of words aimed at someone: their object is the target, never the doer.
AIMED = having("reaction") - having("force")
# Their lone object names no event at all (``events._condemned_genitive``).
ONE_SIDED_DROPPED = frozenset({"ACCUSE"})
# How many words after a side its object marker ("را") may stand: one, as
# a marker past another word is that word's ("رهبر انقلاب ما را حمایت کرد").
_MARKER_REACH = 1
# Requests: the one asked is their object.
ASKING = having("cooperative") & having("addressee_first")
# How many words may stand between the one asked and the verb of asking.
_ASKED_GAP = 1
# How far before a side its agent marker is looked for (characters).
_LEAD = 40


def object_alone(etype: str, trig: Hit, side: list[Mention], ntext: str, ctx: Context) -> bool:
    """Whether the lone side of an aimed deed is its object: before the
    trigger with an object marker right after it ("پلیس را تهدید کرد",
    ``context.OBJECT_MARKERS``), or after a verb trigger past other words
    ("threatened the police", "called on the UN"), where the subject never
    stands. A noun's genitive ("درخواست ایران", "Iran's demand") is its doer,
    also where a verb's stem stands in a noun ("خواسته معلمان": the
    teachers' demand, ``_inside_word``). The agent of a passive ("rejected
    by Egypt", "حمله … توسط ایران را", ``_agent_marked``) is no object."""
    if etype not in AIMED or len(side) != 1 or _agent_marked(side[0], ntext, ctx):
        return False
    m = side[0]
    if _asked_of(m, trig, ntext, ctx):
        return True
    if m.end <= trig.start:
        after = ntext[m.end : trig.start].split()[:_MARKER_REACH]
        return bool(ctx.object_markers & set(after))
    if trig.entry.affix != "verb" or m.start < trig.end or _inside_word(trig, ntext):
        return False
    return bool(ntext[trig.end : m.start].split())


def _asked_of(m: Mention, trig: Hit, ntext: str, ctx: Context) -> bool:
    """Whether a request's side is the one asked: right after a marker of
    the one asked (``context.ASKED_OF_MARKERS``: "از ایران می‌خواهیم", "call
    on Iran") next to the trigger, with at most ``_ASKED_GAP`` words between."""
    if trig.entry.value not in ASKING:
        return False
    words = ntext[max(0, m.start - _LEAD) : m.start].split()
    if not words or words[-1] not in ctx.asked_of_markers:
        return False
    if len(words) > 1 and words[-2] in ctx.partitives:
        return False  # "برخی از صادرکنندگان خواستار …": some of them asked
    if m.end <= trig.start:
        return len(ntext[m.end : trig.start].split()) <= _ASKED_GAP
    # after the trigger, with the marker alone between or in the trigger ("call on")
    return ntext[trig.end : m.start].split() in ([], words[-1:])


def _agent_marked(m: Mention, ntext: str, ctx: Context) -> bool:
    """Whether an agent or doer marker ("by", "من قبل", "توسط",
    ``context.AGENT_MARKERS``, ``DOER_MARKERS`` of any type: a language lists
    its passive's "by" under the types that needed it) stands right before
    the side: it did the deed its phrase tells, or the passive one the
    trigger tells."""
    markers = frozenset().union(ctx.syntax.agent_markers, *ctx.doer_markers.values())
    lead = ntext[max(0, m.start - _LEAD) : m.start].rstrip()
    return any(lead.endswith(a) for a in markers)


def _inside_word(trig: Hit, ntext: str) -> bool:
    """Whether the trigger ends inside a longer word ("خواسته" read by the
    verb "خواست", "هددهم" by "هدد"): a noun or a verb with its object
    joined to it, after which no side need be the object."""
    return trig.end < len(ntext) and ntext[trig.end].isalpha()


def unnamed_doer() -> Actor:
    """The doer a sentence leaves unnamed: no code, no agent."""
    return Actor(code=None)


def asked_content_out(
    etype: str, trig: Hit, people: list[Mention], ntext: str, ctx: Context
) -> list[Mention]:
    """A request whose one asked stands marked right before its verb ("از
    دولت خواست به پارلمان احترام بگذارد", ``_asked_of``) has told whom it
    asks: the sides after the verb are inside what is asked (the
    parliament to be respected) and none of its own (slots37ar). Read with
    them, the one asked lost its slot to a side of the content. English
    "called on X to …" names X after the verb and keeps its content's sides
    for the usual reading."""
    if etype not in ASKING or trig.entry.affix != "verb":
        return people
    asked = any(m.end <= trig.start and _asked_of(m, trig, ntext, ctx) for m in people)
    if not asked:
        return people
    return [m for m in people if m.start < trig.end]
