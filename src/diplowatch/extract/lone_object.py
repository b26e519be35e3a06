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
from diplowatch.text.words import WORD_RUN

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
# Words before an accusation's trigger and from its start that may spell its
# passive ("was accused", "متهم شده است").
_PASSIVE_LEAD = 1
_PASSIVE_TAIL = 4  # a trigger may open with the charge ("جاسوسی متهم شده است")
_PASSIVE_WORDS = 3
# The passives whose subject (or, Arabic, whose object after "عن") the deed
# is done to, per type (``actor_context`` fields).
_PASSIVES = {"ACCUSE": "accused_passives", "CONCEDE": "released_passives"}
# A speaker's words follow these: a side before them is the speaker.
_SPEAKER_MARKS = frozenset(":;؛.!?؟")
# Words before a side among which an agent marker makes it the doer.
_AGENT_WORDS = 4


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


def passive_subject(etype: str, trig: Hit, side: list[Mention], ntext: str, ctx: Context) -> bool:
    """Whether the lone side of an accusation or a release is the one it is
    done to, told in the passive ("ایران به حمله به نفتکش متهم شد", "the
    minister was accused of corruption", ``context.ACCUSED_PASSIVES``;
    "روزنامه‌نگار آزاد شد", "تم الإفراج عن الناشط", "the activist was
    released", ``RELEASED_PASSIVES``): the accused or the freed, whom the
    sentence leaves the accuser or the releaser of unnamed (prec43). Read as
    the doer, the accused would accuse and the prisoner free himself. The
    side is the passive's own subject (or Arabic object): in its clause
    (``_same_clause``) and after no agent marker ("از سوی شماری از زنان")."""
    passives: frozenset[str] = getattr(ctx, _PASSIVES.get(etype, ""), frozenset())
    if not side or not passives or not all(_same_clause(m, trig, ntext, ctx) for m in side):
        return False
    if any(_agent_near(m, ntext, ctx) for m in side):
        return False
    lead = WORD_RUN.findall(ntext, max(0, trig.start - _LEAD), trig.start)[-_PASSIVE_LEAD:]
    tail = WORD_RUN.findall(ntext, trig.start, trig.end + _LEAD)[:_PASSIVE_TAIL]
    words = lead + tail
    return any(
        " ".join(words[i : i + n]) in passives
        for n in range(1, _PASSIVE_WORDS + 1)
        for i in range(len(words))
    )


def _same_clause(m: Mention, trig: Hit, ntext: str, ctx: Context) -> bool:
    """Whether nothing between the side and the trigger opens another
    clause: no colon or semicolon (a speaker's words follow), no word of
    ``context.PASSIVE_SUBJECT_BREAKS`` ("اینکه", "اما", "that"), and no
    relative word (``PASSIVE_RELATIVES``: "که") but right after the side,
    where it describes the subject ("مادرانی که … بازداشت شدند، آزاد
    شده‌اند"); commas may set off such a clause or an apposition."""
    gap = ntext[m.end : trig.start] if m.end <= trig.start else ntext[trig.end : m.start]
    if any(c in _SPEAKER_MARKS for c in gap):
        return False
    words = WORD_RUN.findall(gap)
    breaks: frozenset[str] = getattr(ctx, "passive_subject_breaks", frozenset())
    relatives: frozenset[str] = getattr(ctx, "passive_relatives", frozenset())
    return breaks.isdisjoint(words) and relatives.isdisjoint(words[1:])


def _agent_near(m: Mention, ntext: str, ctx: Context) -> bool:
    """Whether an agent marker stands among the few words before the side in
    its clause, a partitive between them ("از سوی شماری از زنان")."""
    if _agent_marked(m, ntext, ctx):
        return True
    markers = frozenset().union(ctx.syntax.agent_markers, *ctx.doer_markers.values())
    lead = ntext[max(0, m.start - _LEAD) : m.start]
    cut = max(lead.rfind(c) for c in ",،:;؛.")
    words = lead[cut + 1 :].split()[-_AGENT_WORDS:]
    joined = f" {' '.join(words)} "
    return any(f" {a} " in joined for a in markers if a)


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
