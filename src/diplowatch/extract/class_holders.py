"""A stand said of a class of people is no event.

"Those who support terrorism will be its victims", "من يعارضون القانون لم
يقرؤوه", "کسانی که از تروریسم حمایت می‌کنند": the verb of support or
refusal sits in a relative clause whose subject is anyone who holds that
stand. It describes a kind of people and reports no act of support or
refusal (PLOVER SUPPORT, REJECT) by anyone named. The words that open such
a clause (``context.CLASS_HOLDERS``) stand right before the verb (a verb, or
the noun of a light verb in a verb-final language: Arabic "من" before a
noun is the preposition, "المزيد من الدعم"), or in a
verb-final language a few words before it (``context.CLASS_HOLDER_REACH``),
with no clause break between.

Two readings look alike and are events: in a verb-final language the class
may be the object of the main verb ("ایران از کسانی که … ایستاده‌اند حمایت
می‌کند": Iran supports those who …), which a preposition right before the
opener tells (``context.CLASS_OBJECT_MARKS``); and where the opener doubles
as a preposition (Arabic "من"), a verbal noun spelt like the verb follows it
("حذر من رفض …"), so the verb must bear a prefix of the present
(``context.CLASS_VERB_PREFIXES``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplowatch.event_types import having
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS

if TYPE_CHECKING:
    from diplowatch.extract.actor_context import Context

# Types that are a stand one may hold ("supports", "rejects"), not a deed.
STANCES = having("stance")
# The longest opener, in words ("کسانی که", "anyone who", "كل من").
HOLDER_WORDS = 3


def held_by_class(trigger: Hit, ntext: str, ctx: Context) -> bool:
    """Whether the stand ``trigger`` tells is said of whoever holds it: an
    opener of ``ctx.class_holders`` ends within ``ctx.class_holder_reach``
    words before the trigger, in its clause."""
    predicate = trigger.entry.affix == "verb" or bool(ctx.verb_final)
    if not predicate or trigger.entry.value not in STANCES:
        return False
    prefixes = ctx.class_verb_prefixes
    if prefixes and not ntext[trigger.start : trigger.end].startswith(prefixes):
        return False
    words = _clause_words_before(ntext, trigger.start)
    for gap in range(min(ctx.class_holder_reach, len(words)) + 1):
        end = len(words) - gap
        for n in range(1, HOLDER_WORDS + 1):
            if end - n >= 0 and " ".join(words[end - n : end]) in ctx.class_holders:
                return not (end - n > 0 and words[end - n - 1] in ctx.class_object_marks)
    return False


def _clause_words_before(ntext: str, pos: int) -> list[str]:
    """The words of the trigger's clause before it (at most 12)."""
    start = pos
    while start > 0 and pos - start < 120 and ntext[start - 1] not in CLAUSE_BREAKS:
        start -= 1
    return ntext[start:pos].split()[-12:]
