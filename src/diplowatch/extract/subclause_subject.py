"""A deed told in a subordinate clause that names its own subject.

"وزیر دفاع یونان با اشاره به اینکه ترکیه جزایر را تهدید می‌کند، گفت …"
(the Greek minister, noting that Turkey threatens the islands, said …):
the clause after "اینکه" or "که" has its own subject, written first and
unmarked before its verb, and that subject did the deed. The speaker
named before the clause opener only tells of it; taken as the first side,
he was read as the doer. Here the sides of a deed in such a clause are
read from the clause alone. A clause whose first side is an object
("اینکه ترکیه را تهدید کرده‌اند") or a preposition's ("اینکه به ترکیه")
has dropped its subject, which may be the speaker's: it is left alone. The
openers are language data (``SUBCLAUSE_OPENERS``: Persian; Arabic and
English carry their subject after "أن", "that" in other readings)."""

from __future__ import annotations

from diplowatch.extract.actor_context import Context
from diplowatch.extract.actors import Mention
from diplowatch.extract.participants import coordinated_groups
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS

# How many words may stand between the clause's subject and its verb
# ("ترکیه جزایر یونان را تهدید").
_REACH = 8


def subclause_people(trig: Hit, people: list[Mention], ntext: str, ctx: Context) -> list[Mention]:
    """``people`` without those named before the opener of the clause that
    holds ``trig``, where that clause names its own unmarked subject right
    after the opener and the trigger is the clause's first verb; ``people``
    unchanged otherwise."""
    opener = _opener_end(trig, ntext, ctx.subclause_openers)
    if opener is None or not _predicate(trig, ntext, ctx):
        return people
    inside = [m for m in people if m.start >= opener]
    if not inside or len(inside) == len(people):
        return people
    subject = coordinated_groups(inside, ntext, ctx.coordinators, ctx.adjacent_coordinated)[0]
    if subject[-1].end > trig.start or ntext[opener : subject[0].start].strip():
        return people
    after = ntext[subject[-1].end : trig.start].split()
    first = ntext[subject[-1].end : trig.end].split()[:1]  # the trigger may hold "را"
    if first and first[0] in ctx.object_markers:
        return people  # "اینکه ترکیه را …": the object; the subject is dropped
    if len(after) > _REACH or set(after) & (ctx.light_verbs | ctx.phrase_breaks):
        return people  # a verb between: the trigger is a later clause's
    return inside


def _predicate(trig: Hit, ntext: str, ctx: Context) -> bool:
    """The trigger is the clause's verb, or a noun its light verb follows
    ("شلیک کرده است"): a noun of comment inside the clause ("بر اثر
    رفتار خشن ماموران …") is the speaker's judgement, not the subject's deed."""
    if trig.entry.affix == "verb":
        return True
    after = ntext[trig.end : trig.end + 24].split()[:2]
    return any(w in ctx.light_verbs for w in after)


def _opener_end(trig: Hit, ntext: str, openers: frozenset[str]) -> int | None:
    """Where the nearest clause opener before the trigger ends, with no
    clause break between; None when there is none."""
    if not openers:
        return None
    lo = max(0, trig.start - 200)
    span = ntext[lo : trig.start]
    best = None
    for o in openers:
        at = f" {span}".rfind(f" {o} ")
        if at >= 0 and (best is None or at > best[0]):
            best = (at, at + len(o))
    if best is None or CLAUSE_BREAKS & set(span[best[1] :]):
        return None
    return lo + best[1]
