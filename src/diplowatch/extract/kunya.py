"""A nom de guerre's nisba: the man's own people, his agent from around him.

A militant is often named by a kunya and a nisba ("أبو الحسن التونسي",
"ابومحمد مصری"): the adjective of origin read as a country gave the
Tunisian state whole as the one killed or arrested. The nisba mostly tells
where the man comes from, and annotators code him so (a Moroccan
militant: MAR:REB); what was missing is what he is. Here a country
adjective written right after "kunya + name" (``context.KUNYA_WORDS``)
takes the agent of the armed group named a few words on ("…، زعيم تنظيم
داعش", "القيادي في جبهة النصرة") or, failing one, of a militant's title
written right before the kunya (``context.KUNYA_MILITANT_TITLES``:
"القيادي الجهادي", "الإرهابي"). It runs on the walk's mentions
(``actors._reshaped``), before sides are chosen.
"""

from __future__ import annotations

from diplowatch.extract.actor_context import Context
from diplowatch.extract.mention import Mention
from diplowatch.text.words import word_right_before

# how far on the armed group may be named ("أبو حمزة التونسي القيادي في
# تنظيم داعش"): a few words of title, no more
_GROUP_REACH = 48
# how far before the kunya a militant's title is read ("القيادي الجهادي البارز")
_TITLE_REACH = 40
# the agents of armed groups a kunya's bearer belongs to
_ARMED = frozenset(("REB", "UAF"))


def kunya_agents(text: str, mentions: list[Mention], ctx: Context) -> None:
    """Give each country adjective written after a kunya and its name, with
    no agent or role of its own, the agent of the armed group or militant
    title around it (in place)."""
    if not ctx.kunya_words:
        return
    for i, m in enumerate(mentions):
        if m.kind != "state_adj" or m.agent or m.role:
            continue
        kunya_at = _kunya_start(text, m.start, ctx.kunya_words)
        if kunya_at < 0:
            continue
        agent = _group_agent(text, mentions, i) or _title_agent(text, kunya_at, ctx)
        if agent:
            m.agent = agent


def _kunya_start(text: str, pos: int, kunya: frozenset[str]) -> int:
    """Where the kunya before the word at ``pos`` starts: "أبو حمزة " (the
    kunya word, then its name) or a kunya glued to its name ("ابومصعب ");
    -1 where none stands there."""
    name = word_right_before(text, pos, 24)
    if not name:
        return -1
    name_at = pos - 1 - len(name)
    if any(name.startswith(k) and len(name) >= len(k) + 3 for k in kunya):
        return name_at
    word = word_right_before(text, name_at, 12)
    return name_at - 1 - len(word) if word in kunya else -1


def _group_agent(text: str, mentions: list[Mention], i: int) -> str | None:
    """The agent of an armed group named right after the nisba, within a few
    words of title and in the same clause."""
    m = mentions[i]
    for n in mentions[i + 1 : i + 3]:
        gap = text[m.end : n.start]
        if n.start - m.end > _GROUP_REACH or any(c in gap for c in ".؛;:\n"):
            return None
        if n.agent in _ARMED and not n.role:
            return n.agent
    return None


def _title_agent(text: str, kunya_at: int, ctx: Context) -> str | None:
    """REB where a militant's title stands right before the kunya."""
    before = text[max(0, kunya_at - _TITLE_REACH) : kunya_at].split()
    return "REB" if any(w in ctx.kunya_militant_titles for w in before[-3:]) else None
