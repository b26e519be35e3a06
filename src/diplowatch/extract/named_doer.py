"""A deed of force whose doer the sentence names has no understood attacker.

"A citizen attacked the doctor", "اعتدى أحد المواطنين على الطبيب", "یک
شهروند به پزشک حمله کرد": the side names the one who struck and, after a
marker of whom a deed struck (``context.DEED_VICTIM_MARKERS``: "on", "على",
"به") or as the object right after the verb, whom it struck. The first is
the doer whatever its agent (a citizen, prisoners, pupils), so no
unidentified attacker is put before it (``implied.add_implied``,
``doer_named``), which would make the doer a victim. A marker that follows
another deed's noun ("killed in an attack on the market", "در حمله به
بازار کشته شدند") is that deed's, not this one's: it names no doer here.
"""

from __future__ import annotations

from typing import Any

from diplowatch.extract.actors import Mention
from diplowatch.extract.joined import passive
from diplowatch.extract.participants import unit
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.punctuation import CLAUSE_BREAKS
from diplowatch.text.words import WORD_RUN as _WORD

# words between an active verb and its object ("attacked the on-duty doctor")
_OBJECT_REACH = 3


def doer_named(s: Sentence, trig: Hit, side: list[Mention], ntext: str, ctx: Any) -> bool:
    """Whether the side's first mention is the deed's named doer: not itself
    marked as struck, and a later mention of another participant is (one of
    the same participant shows no second side to tell the doer by)."""
    if len(side) < 2 or passive(trig, ntext, ctx.syntax.passive_aux):
        return False
    first = side[0]
    if _marked(s, trig, first, ntext, ctx) is not None:
        return False
    return any(
        unit(m) != unit(first)
        and not m.location_only
        and (_marked(s, trig, m, ntext, ctx) or _object_of_verb(trig, first, m, ntext, ctx))
        for m in side[1:]
    )


def _marked(s: Sentence, trig: Hit, m: Mention, ntext: str, ctx: Any) -> bool | None:
    """None when no victim marker stands right before ``m``; True when it is
    this deed's (the word before it is no other deed's noun), else False."""
    before = list(_WORD.finditer(ntext, max(s.start, m.start - 40), m.start))
    if not before or before[-1].group() not in ctx.deed_victim_markers:
        return None
    if len(before) < 2:
        return True
    head = before[-2].start()
    return not (head in s.force_words and head != trig.start)


def _object_of_verb(trig: Hit, first: Mention, m: Mention, ntext: str, ctx: Any) -> bool:
    """Where the verb stands between its subject and object ("a citizen
    attacked the doctor"): ``first`` before an active verb, ``m`` within
    a few words after it in the same clause."""
    if ctx.verb_final or trig.entry.affix != "verb":
        return False
    if not first.end <= trig.start < trig.end <= m.start:
        return False
    gap = ntext[trig.end : m.start]
    return len(gap.split()) <= _OBJECT_REACH and not any(b in gap for b in CLAUSE_BREAKS)
