"""The doer of a circumstantial participle is the subject of the clause it
hangs on.

"ندد الاتحاد بالقرار، داعيا الحكومة إلى احترام البرلمان": the participle
("داعيا", "مطالبة", "محذرا", ``context.SUBJECT_SHARING_PARTICIPLES``) opens a
clause after a comma but has no subject of its own: its doer is the union
that condemned, the first side of the sentence, and the noun right after it
is whom it calls on. Read as a verb put before its subject, the one called
on came first and a side named inside what is asked (the parliament)
second (slots37ar). English "…, calling on the government to …" and
Persian "… و از دولت خواست" keep the sentence's subject already.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplowatch.extract.coordination import coordinated_groups
from diplowatch.extract.mention import Mention
from diplowatch.extract.participants import unit
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import COMMAS
from diplowatch.text.words import first_word, words_before

if TYPE_CHECKING:
    from diplowatch.extract.actor_context import Context

# Words a participle's addressee may stand after it ("داعيا اليوم الحكومة");
# a side further on is inside what is asked ("مطالبا الحكومة بدعم الجيش").
_ADDRESSEE_GAP = 1


def participle_sides(
    trig: Hit, people: list[Mention], ntext: str, ctx: Context
) -> list[list[Mention]] | None:
    """The sides of a subject-sharing participle that opens its clause: the
    first group named before the clause, each paired with the group it
    addresses; None when ``trig`` is no such participle, or no side stands
    before it or right after it (then the usual reading decides)."""
    # the nearest comma after the sentence's first side: one before every
    # side leaves no side before the clause, and the whole text need not be read
    first = min((m.start for m in people), default=trig.start)
    comma = max(ntext.rfind(c, first, trig.start) for c in COMMAS)
    if comma < 0 or not opens_on_participle(trig, comma + 1, ntext, ctx):
        return None
    groups = coordinated_groups(people, ntext, ctx.coordinators, ctx.adjacent_coordinated)
    before = [g for g in groups if g[-1].end <= comma]
    if not before:
        return None
    subject = before[0]
    if _said_of(subject[0], ntext, ctx):
        return None
    after = [g for g in groups if g[0].start >= trig.end]
    if not after or not _right_after(trig, after[0][0], ntext, ctx):
        return None  # "مطالبة إياها …": whom it addresses is not named here
    pairs = [[s, t] for s in subject for t in after[0] if unit(s) != unit(t)]
    return pairs or None


# Words before the first side read for a complement clause's opener.
_OPENER_REACH = 4


def _said_of(first: Mention, ntext: str, ctx: Context) -> bool:
    """Whether the sentence's first side is named inside what an unnamed
    speaker said ("وأضاف في بيان أن دعم حكومة الاحتلال …، محملا …"): an
    opener of a complement clause (``context.SUBCLAUSE_OPENERS``) stands a
    few words before it, so it is no subject the participle shares. Right
    after the opener it is that clause's subject ("يشار إلى أن الجبهة
    وصفت …، مطالبة الحكومة …") and shares it."""
    if not ctx.subclause_openers:
        return False
    words = words_before(ntext, first.start, _OPENER_REACH)
    if not words or words[-1] in ctx.subclause_openers:
        return False
    return any(w in ctx.subclause_openers for w in words)


def opens_on_participle(trig: Hit, clause_start: int, ntext: str, ctx: Context) -> bool:
    """Whether ``trig`` is a subject-sharing participle with only a
    conjunction (``context.SHARING_PARTICIPLE_LEADS``, "و") or nothing
    between it and its clause's start, apart or joined to it."""
    if not ctx.sharing_participles:
        return False
    lead = ntext[clause_start : trig.start].split()
    word = first_word(ntext, trig.start, trig.end)
    if (lead and (len(lead) > 1 or lead[0] not in ctx.participle_leads)) or word is None:
        return False
    form = word[1]
    return form in ctx.sharing_participles or any(
        form.startswith(c) and form[len(c) :] in ctx.sharing_participles
        for c in ctx.participle_leads
    )


def _right_after(trig: Hit, m: Mention, ntext: str, ctx: Context) -> bool:
    """Whether ``m`` is the participle's object: close after it, with no
    preposition of what is asked ("داعيا إلى الإفراج عن …") between."""
    gap = ntext[trig.end : m.start].split()
    if gap and _through_frame(" ".join(gap), ctx):
        return True  # "ملقيا باللوم على إسرائيل": the side it blames
    return len(gap) <= _ADDRESSEE_GAP and not any(w in ctx.destination_preps for w in gap)


def _through_frame(gap: str, ctx: Context) -> bool:
    """Whether the words between a participle and a side are (the end of)
    one of its fixed frames (``context.PARTICIPLE_OBJECT_FRAMES``): the
    trigger may already hold the frame's first words."""
    return any((" " + frame).endswith(" " + gap) for frame in ctx.participle_frames)
