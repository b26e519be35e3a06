"""A deed's infinitive told as the result of another deed keeps its victims.

Persian tells a toll as what an attack led to: "حمله طالبان به کشته شدن ده
غیرنظامی انجامید", "انفجار … منجر به زخمی شدن پنج پلیس شد", "حمله‌ای که به
کشته شدن دو خدمه منجر شد". The deed's verb is then an infinitive, a verbal
noun, and whom it names after it are those killed or wounded, up to the
result verb that closes the clause. Read as a verb-final clause, the
infinitive ended it and the victims fell to "the next clause" (``final_verb.before_verb``),
so the attack kept its doer and lost its victims; Arabic ("أسفر الهجوم عن
مقتل عشرة مدنيين", "أدى إلى مقتل") and English ("resulting in the death of",
"left ten civilians dead") already read them as victims.

The words are data (``lang/fa/context.py``): ``RESULT_LINKS`` right before
the infinitive ("منجر به", "باعث", "موجب") make it a result closed by any
light verb; the bare preposition ``RESULT_PREPOSITIONS`` ("به") only with a
verb of ``RESULT_VERBS`` ("انجامید", "منجر") closing the clause, so that a
mention of a killing ("با اشاره به کشته شدن X") is no result.

Only for a lone doer (or none named, the doer understood): where two or
more participants stand before the infinitive ("مناقشه میان اسرائیل و
شبه‌نظامیان فلسطینی … منجر به کشته شدن ۲۵۵ فلسطینی … شد", a fight whose dead
fell on both sides; "لفاظی‌های آمریکا، انگلیس و اسرائیل در پی حمله …",
commenters), the result clause does not say which of them struck whom, and
each would be paired with every victim.
"""

from __future__ import annotations

from typing import Any

from diplowatch.extract.actors import Mention
from diplowatch.extract.participants import unit
from diplowatch.extract.scan import Hit
from diplowatch.text.breaks import first_break
from diplowatch.text.punctuation import CLAUSE_BREAKS
from diplowatch.text.words import WORD_RUN

# How far back (characters) the link before the infinitive is looked for.
LINK_CHARS = 24


def result_end(trigger: Hit, end: int, people: list[Mention], ntext: str, ctx: Any) -> int | None:
    """Where the complement of a deed's infinitive ending at ``end`` ends
    when a result verb tells it (the start of that verb: "… به کشته شدن ده
    غیرنظامی انجامید"), else None. The complement stops at a clause break
    first; no result verb within the clause, no result. None too where
    ``people`` name more than one participant before the infinitive."""
    verbs: frozenset[str] = getattr(ctx, "result_verbs", frozenset())
    if not verbs or len({unit(m) for m in people if m.end <= trigger.start}) > 1:
        return None
    before = ntext[max(0, trigger.start - LINK_CHARS) : trigger.start].split()
    linked = bool(before) and (
        before[-1] in ctx.result_links or " ".join(before[-2:]) in ctx.result_links
    )
    if not linked and not (before and before[-1] in ctx.result_preps):
        return None
    tail = ntext[end:]
    stop = first_break(tail, 0, len(tail), CLAUSE_BREAKS)
    for word in WORD_RUN.finditer(tail[:stop]):
        if word.group() in verbs or (linked and word.group() in ctx.light_verbs):
            return end + word.start()
    return None
