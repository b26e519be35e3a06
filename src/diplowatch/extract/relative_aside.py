"""Who is named in a relative aside on the subject is no side of the main
deed (left78).

"وزیر خارجه ژاپن که به سئول رفته بود، با وزیر خارجه چین گفت‌وگو کرد", "The
Japanese foreign minister, who had gone to Seoul, met the Chinese foreign
minister", "وزير الخارجية الياباني الذي توجه إلى سيول، أجرى محادثات مع …":
the place or party inside the clause that a relative pronoun
(``context.SUBJECT_RELATIVES``) opens right after a mention, and a comma
closes before the trigger, belongs to that clause; read among the main
deed's people it took the partner's place (Seoul met, China lost). A deed
told inside the aside has its trigger there and is read with its own
people; the aside is left in where fewer than two people would remain,
and after an unnamed attacker's word (a deed's noun: "التفجير الإرهابي
الذي استهدف …").
"""

from __future__ import annotations

from diplowatch.extract.actor_context import Context
from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit

# Commas that close the aside.
_COMMAS = ",،"
# Characters read after a mention for the relative pronoun, with its comma.
_LEAD = 4


def without_relative_aside(
    trig: Hit, people: list[Mention], ntext: str, ctx: Context
) -> list[Mention]:
    """``people`` without those named inside a relative aside on a mention
    before ``trig`` that closes before it; unchanged where none is, or where
    fewer than two people would be left."""
    if not ctx.subject_relatives or len(people) < 3:
        return people
    for m in people:
        if m.end >= trig.start:
            break
        if m.agent == "UAF":
            continue  # "التفجير الإرهابي الذي استهدف …": a deed's, no subject's
        span = _aside(m, trig, ntext, ctx)
        if span is None:
            continue
        inside = [p for p in people if span[0] <= p.start < span[1]]
        if inside and len(people) - len(inside) >= 2:
            return [p for p in people if not span[0] <= p.start < span[1]]
    return people


def _aside(m: Mention, trig: Hit, ntext: str, ctx: Context) -> tuple[int, int] | None:
    """The span of the relative aside opened right after ``m`` (its
    pronoun at most a comma away) and closed by a comma before ``trig``."""
    lead = ntext[m.end : m.end + _LEAD]
    start = m.end + len(lead) - len(lead.lstrip(_COMMAS + " "))
    word = ntext[start : trig.start].split(maxsplit=1)[:1]
    if not word or word[0] not in ctx.subject_relatives:
        return None
    close = min((at for c in _COMMAS if (at := ntext.find(c, start, trig.start)) >= 0), default=-1)
    if close <= start or not _closed_by_verb(ntext[start:close], ctx):
        return None
    return (start, close)


def _closed_by_verb(aside: str, ctx: Context) -> bool:
    """Whether the aside ends as a clause: in a verb-final language with its
    verb (``context.SUBJECT_RELATIVE_CLOSERS`` or a light verb; a comma after
    a noun is a list's, the aside still open); elsewhere at any comma."""
    closers = ctx.subject_relative_closers
    if not closers:
        return True
    words = aside.split()
    return any(" ".join(words[-n:]) in closers | ctx.light_verbs for n in (1, 2))
