"""Whether the crowd named first did the deed itself.

``implied.crowd_first`` puts the authorities, the forces or an aid body
before the civilians an aid is given to, and a court before those it
sentences, whichever the sentence names first. A crowd may give, rescue or
detain, though: "تبرع المواطنون بالدم للجنود", "citizens donated money to
the Red Crescent", "مردم به سربازان زخمی خون اهدا کردند", "ساهم مواطنون في
إنقاذ جنود", "protesters detained a judge". When the crowd is the subject of
the deed it stays first (mendA109). A verb of receiving makes its subject
the receiver ("تسلم اللاجئون مساعدات من الحكومة"): no such guard there.
"""

from __future__ import annotations

from diplowatch.extract.actor_context import Context
from diplowatch.extract.mention import Mention
from diplowatch.extract.place_doer import subject_of_verb
from diplowatch.extract.received import received_noun
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS
from diplowatch.text.words import WORD_RUN

# How many words may stand between a crowd and the deed's noun it governs
# through a light verb or a preposition ("نجح شبان متطوعون في إنقاذ").
_NOUN_REACH = 3


def crowd_acts(trig: Hit, side: list[Mention], agent: str | None, ntext: str, ctx: Context) -> bool:
    """Whether a mention of ``agent`` (the crowd the first actor is) is the
    deed's subject: of its active verb by word order, before the object
    marked where the verb closes the clause ("مردم دزدی را … دستگیر
    کردند"), before the sides a recipient marker opens there ("مردم به
    سربازان … اهدا کردند"), or right before the deed's noun with the other
    sides after it ("جمع أهالي القرية تبرعات لصالح الجيش")."""
    if agent is None or _receiving(trig, ntext, ctx):
        return False
    others = [m for m in side if m.agent != agent]
    for m in side:
        if m.agent != agent:
            continue
        if subject_of_verb(m, trig, side, ntext, ctx):
            return True
        if m.start >= trig.start:
            continue
        if ctx.verb_final and (
            _before_object(m, trig, side, ntext, ctx) or _gives_to(m, others, ntext, ctx)
        ):
            return True
        if (
            not ctx.verb_final
            and trig.entry.affix != "verb"
            and _before_noun(m, trig, others, ntext)
        ):
            return True
    return False


def _receiving(trig: Hit, ntext: str, ctx: Context) -> bool:
    """Whether the deed is told by a verb of receiving, its own word or one
    governing its noun (``received.received_noun``)."""
    words = WORD_RUN.findall(ntext[trig.start : trig.end])
    return any(w in ctx.receive_verbs for w in words) or received_noun(trig, ntext, ctx)


def _clause(ntext: str, start: int, end: int) -> bool:
    """Whether ``ntext[start:end]`` holds no clause break."""
    return not any(b in ntext[start:end] for b in CLAUSE_BREAKS)


def _before_object(m: Mention, trig: Hit, side: list[Mention], ntext: str, ctx: Context) -> bool:
    """Where the verb closes its clause: whether the first object marker
    after ``m`` stands before the deed, after at least one word of another
    phrase and with no side between ("مردم دزدی را که … دستگیر کردند"),
    not right after ``m`` (then ``m`` is the object: "معترضان را …") nor
    after another side ("معترضانی که دادگاه آنها را …": its subject)."""
    marker = next(
        (w for w in WORD_RUN.finditer(ntext, m.end, trig.start) if w.group() in ctx.object_markers),
        None,
    )
    if marker is None or not _clause(ntext, m.end, marker.start()):
        return False
    if not ntext[m.end : marker.start()].split():
        return False
    return not any(m.end <= o.start < marker.start() for o in side if o is not m)


def _gives_to(m: Mention, others: list[Mention], ntext: str, ctx: Context) -> bool:
    """Where the verb closes its clause: whether every other side named
    after ``m`` in its clause follows a recipient marker
    (``context.RECIPIENT_MARKERS``: "شهروندان به هلال احمر کمک کردند")."""
    after = [o for o in others if o.start >= m.end and _clause(ntext, m.end, o.start)]
    return bool(after) and all(
        _previous_word(ntext, o.start) in ctx.recipient_markers for o in after
    )


def _before_noun(m: Mention, trig: Hit, others: list[Mention], ntext: str) -> bool:
    """Whether ``m`` stands within ``_NOUN_REACH`` words before the deed's
    noun, in its clause, with every other side after the noun ("تمكن
    مواطنون من إنقاذ مصابين من قوات الشرطة")."""
    between = ntext[m.end : trig.start]
    if len(between.split()) > _NOUN_REACH or not _clause(ntext, m.end, trig.start):
        return False
    after = [o for o in others if o.start >= m.end]
    return bool(after) and all(o.start >= trig.end for o in after)


def _previous_word(ntext: str, at: int) -> str:
    """The word right before offset ``at`` ("" at the start)."""
    words = WORD_RUN.findall(ntext[max(0, at - 20) : at])
    return words[-1] if words else ""
