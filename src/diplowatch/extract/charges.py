"""The charge an arrest or a sentence is made on.

"arrested on charges of spying for Israel", "به اتهام همکاری با دولت
آمریکا بازداشت شد", "حكم عليه بتهمة التخابر مع إيران": the state, group or
person named inside the charge is what the accused is said to have done
with or for, not a side of the arrest. The charge phrase runs from its
opener (``context.CHARGE_OPENERS``) to a clause break, or to the arrest's
own word when the verb comes last.
"""

from __future__ import annotations

import re
from typing import Any

from diplowatch.event_types import having
from diplowatch.extract.actors import Mention
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.punctuation import CLAUSE_BREAKS

# Deeds made on a charge (arrests, sentences).
CHARGED = having("reasoned")
# Deeds whose sides leave out a state named in a charge: those made on one,
# and any deed of force, as an execution is read where its word is one
# ("ایران مردی را به اتهام جاسوسی برای اسرائیل اعدام کرد": Israel is the
# charge, not whom Iran struck).
_CHARGE_FREE = CHARGED | having("force")
_WORDS = re.compile(r"\w+|[^\w\s]")


def outside_charge(
    people: list[Mention], trig: Hit, s: Sentence, ntext: str, ctx: Any
) -> list[Mention]:
    """``people`` without the foreign states named inside the charge of the
    arrest or sentence ``trig`` (a state, or an agent of one, that no one
    outside the charge belongs to); kept whole when no one else would be
    left. Those of the arrest's own country named there describe the accused
    ("arrested two men on charges of supporting terrorist groups")."""
    if trig.entry.value not in _CHARGE_FREE or not ctx.charge_openers:
        return people
    chunk = ntext[s.start : s.end]
    if not any(opener in chunk for opener in ctx.charge_openers):
        return people  # most sentences name no charge: skip the tokenising
    spans = _charge_spans(trig, s, chunk, ctx.charge_openers)
    charged = [m for m in people if any(a <= m.start < b for a, b in spans)]
    rest = [m for m in people if m not in charged]
    own = {m.code for m in rest if m.code}
    inside = [m for m in charged if m.code and m.code not in own]
    rest = [m for m in people if m not in inside]
    return rest if inside and any(m.code or m.agent for m in rest) else people


def charged_states(s: Sentence, ntext: str, ctx: Any) -> list[Mention]:
    """The states and places the charges of the sentence's arrests and
    sentences name as what the accused did with or for ("arrested for
    spying for Israel", "به اتهام جاسوسی برای اسرائیل"). They tell nobody's
    country: police, the accused and courts written with none belong to the
    scene or the dateline, never to the state of the charge. A place the
    charged deed happened in (``Mention.place``: "an attack in Cairo") still
    places them."""
    if not ctx.charge_openers:
        return []
    chunk = ntext[s.start : s.end]
    if not any(opener in chunk for opener in ctx.charge_openers):
        return []
    spans = [
        span
        for trig in s.triggers
        if trig.entry.value in CHARGED
        for span in _charge_spans(trig, s, chunk, ctx.charge_openers)
    ]
    return [
        m
        for m in s.mentions
        if m.code
        and m.kind != "agent"
        and not (m.place or m.location_only)
        and any(a <= m.start < b for a, b in spans)
    ]


def _charge_spans(
    trig: Hit, s: Sentence, chunk: str, openers: frozenset[str]
) -> list[tuple[int, int]]:
    """The charge phrases of the sentence that do not hold the trigger."""
    words = [(m.start() + s.start, m.end() + s.start, m.group()) for m in _WORDS.finditer(chunk)]
    spans = []
    for i in range(len(words)):
        n = next(
            (n for n in (4, 3, 2, 1) if " ".join(w[2] for w in words[i : i + n]) in openers),
            0,
        )
        if not n or words[i][0] <= trig.start < words[i + n - 1][1]:
            continue
        start, end = words[i][0], words[i + n - 1][1]
        for w_start, w_end, w in words[i + n :]:
            if w in CLAUSE_BREAKS or w_start >= trig.start > start:
                break  # a clause ends it, or the arrest's own word after it
            end = w_end
        spans.append((start, end))
    return spans
