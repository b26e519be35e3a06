"""Whom a summons summons: the envoy goes last.

"وزارت خارجه سودان سفیر اتیوپی را احضار کرد", "احضار سفیر اتیوپی به
وزارت خارجه سودان", "أعلنت الخارجية الروسية أنها استدعت السفير الفرنسي لدى
روسيا", "the summoning of the French ambassador to the Russian foreign
ministry": a state summons another state's envoy to protest to it, so the
envoy is always the one summoned, wherever the sentence names him. Word
order put him first where the summons is a noun with him as its genitive,
a passive whose auxiliary is shared with a later verb ("احضار و … ابلاغ
شد", "was summoned … and told"), or a clause whose subject is a pronoun
("أنها استدعت"), while the event's first actor must be the summoner (the
PLOVER export reads actor = first, recipient = second). A state's own envoy
called home is another deed (``SANCTION``/``cut_ties``), so only the
summons mode is read, and no word list is needed: the role says it
(reversed94).

An envoy who is himself the subject of an active summons ("استدعى السفير
الأمريكي في بغداد وزير النفط", "The US ambassador summoned Iraq's oil
minister", "سفیر آمریکا … وزیر نفت عراق را احضار کرد") summoned, so the
order is left alone there (mendB95).
"""

from __future__ import annotations

import re
from typing import Any

from diplowatch.extract.actors import Mention
from diplowatch.extract.joined import passive
from diplowatch.extract.scan import Hit

_WORD = re.compile(r"\w+")

# The trigger mode of a summons (``triggers``: ``("ACCUSE", "summon")``).
SUMMON_MODE = "summon"
# Roles only the one summoned holds in a summons: an envoy.
_ENVOY_ROLES = frozenset({"ambassador"})


def envoys_last(side: list[Mention], trig: Hit, ntext: str, ctx: Any) -> list[Mention]:
    """``side`` with the envoys it names moved after the others, when the
    deed is a summons and some but not all of the side are envoys (two
    envoys leave no summoner to tell apart), unless an envoy is the
    summons' subject."""
    if len(side) < 2 or not trig.entry.extra or trig.entry.extra[0] != SUMMON_MODE:
        return side
    envoys = [m for m in side if m.role in _ENVOY_ROLES]
    if not envoys or len(envoys) == len(side):
        return side
    first = min(side, key=lambda m: m.start)
    if first in envoys and _summoner(first, side, trig, ntext, ctx):
        return side
    return [m for m in side if m not in envoys] + envoys


def _summoner(envoy: Mention, side: list[Mention], trig: Hit, ntext: str, ctx: Any) -> bool:
    """Whether ``envoy``, the side's first, is the subject of an active
    summons: first after an Arabic verb of ``SUMMONER_AFTER_VERBS`` (with no
    side before it), or before a verb of ``SUMMONER_BEFORE_VERBS`` with no
    auxiliary nor a passive participle's "by" or "to", and with nothing but
    the object ``OBJECT_MARKERS`` marks between them."""
    word = _WORD.match(ntext, trig.start)
    said = word.group() if word else ""
    if envoy.start >= trig.end:
        return said in ctx.summoner_after_verbs
    if said not in ctx.summoner_before_verbs or passive(trig, ntext, ctx.syntax.passive_aux):
        return False
    after = _WORD.findall(ntext[trig.end : trig.end + 20])[:1]
    if set(after) & (ctx.syntax.agent_markers | ctx.summoner_markers):
        # "the ambassador summoned by / to the ministry": a passive participle
        return False
    between = [m for m in side if envoy.end <= m.start and m.end <= trig.start]
    if not between:
        return not ctx.object_markers
    # the object an organ or a person ("وزیر نفت عراق را"), not the envoy's
    # own state left apart ("سفیر فرانسه را وزارت خارجه … احضار کرد")
    obj = between[-1]
    marked = _WORD.findall(ntext[obj.end : trig.start])
    return (
        obj.agent is not None
        and bool(set(marked) & ctx.object_markers)
        and not set(_WORD.findall(ntext[envoy.end : obj.start])) & ctx.object_markers
    )
