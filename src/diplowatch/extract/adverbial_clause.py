"""A deed told in an adverbial clause is done by the main clause's subject.

"Iran, while condemning Israel, called on the UN to act", "ایران ضمن تشکر
از عمان، از آمریکا خواست …", "وطالبت إيران، في معرض إدانتها للهجوم، الأمم
المتحدة بالتحرك": a word of time or accompaniment right before a deed word
(``context.ADVERBIAL_OPENERS``; before a verbal form only,
``VERBAL_ADVERBIAL_OPENERS``: "while -ing", "با محکوم کردن", "مع إشادتها")
opens a clause with no subject of its own. Its deed is done by the main
clause's subject to whom the clause names after the deed word, and the main
verb's sides are those outside the clause: read as one list, the clause's
object became the main verb's doer or target. A circumstantial participle's
clause ("…، داعية مجلس الأمن إلى التحرك", extract/participle_subject.py,
which reads its own sides) is kept out of the main verb's sides the same way.
The clause runs to the next comma or semicolon, or to the sentence's end.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from diplowatch.event_types import having
from diplowatch.extract.coordination import coordinated_groups
from diplowatch.extract.mention import Mention
from diplowatch.extract.participants import unit
from diplowatch.extract.participle_subject import opens_on_participle
from diplowatch.extract.scan import Hit
from diplowatch.extract.split_sides import SYMMETRIC
from diplowatch.text.punctuation import COMMAS, SOFT_BREAKS

if TYPE_CHECKING:
    from diplowatch.extract.actor_context import Context

_FORCE = having("force")
# How far back an opener is looked for before a deed word ("في معرض ")
_OPENER_REACH = 16


@dataclass(frozen=True)
class Clause:
    """An adverbial clause: from its opener (or the comma before a
    participle) to its closing break; ``head``: where its deed word starts;
    ``own``: whether this module reads the deed's sides (not a participle's)."""

    start: int
    end: int
    head: int
    own: bool


def adverbial_clauses(
    triggers: list[Hit], lo: int, hi: int, ntext: str, ctx: Context
) -> list[Clause]:
    """The adverbial and participle clauses of the sentence ``[lo, hi)``,
    one per deed word that opens one."""
    if not (ctx.adverbial_openers or ctx.verbal_openers or ctx.sharing_participles):
        return []
    out: list[Clause] = []
    for t in triggers:
        start = _opener_start(t, lo, ntext, ctx)
        own = start is not None
        if start is None:
            start = _participle_start(t, lo, ntext, ctx)
        end = _close(ntext, t.end, hi)
        # "ضمن انتقاد، لبنان را مسئول خواند": a deed word alone is how the
        # main verb is done, no clause with an object of its own
        if start is not None and len(ntext[t.start : end].split()) > 1:
            out.append(Clause(start, end, t.start, own))
    return out


def _opener_start(t: Hit, lo: int, ntext: str, ctx: Context) -> int | None:
    """Where the opener right before ``t`` starts: one of any deed word, or
    one of a verbal form when ``t`` is one; None when no opener stands there."""
    first = ntext[t.start : t.end].split()[:1]
    if first and first[0] in ctx.adverbial_openers:
        return t.start  # a deed phrase that holds its opener ("ضمن تشکر از")
    before = ntext[max(lo, t.start - _OPENER_REACH) : t.start]
    if before and not before[-1].isspace():
        return None  # a prefix glued to the deed word ("بإدانة"): no clause opener
    words = before.split()
    for n in (2, 1):
        lead = " ".join(words[-n:])
        if len(words) < n or not (
            lead in ctx.adverbial_openers or lead in ctx.verbal_openers and _verbal(t, ntext, ctx)
        ):
            continue
        start = before.rfind(words[-n]) if n == 1 else before.rfind(lead)
        at = max(lo, t.start - _OPENER_REACH) + start
        if at == lo or ntext[at - 1].isspace():
            return at
    return None


def _verbal(t: Hit, ntext: str, ctx: Context) -> bool:
    """Whether the deed word at ``t`` is a verbal form: it ends in one of
    ``context.VERBAL_NOUN_ENDINGS`` ("condemning", "إشادتها"), or a verb of
    ``VERBAL_NOUN_VERBS`` closes its phrase ("محکوم کردن")."""
    words = ntext[t.start : t.end + 24].split()
    size = max(1, len(ntext[t.start : t.end].split()))
    if not words:
        return False
    if ctx.verbal_endings and words[0].endswith(tuple(ctx.verbal_endings)):
        return True
    return any(w in ctx.verbal_verbs for w in words[: size + 1])


def _participle_start(t: Hit, lo: int, ntext: str, ctx: Context) -> int | None:
    """The comma before a subject-sharing participle that opens its clause
    ("…، داعية مجلس الأمن …"); None elsewhere."""
    if not ctx.sharing_participles:
        return None
    comma = max(ntext.rfind(c, lo, t.start) for c in COMMAS)
    if comma < 0 or not opens_on_participle(t, comma + 1, ntext, ctx):
        return None
    return comma


def _close(ntext: str, start: int, hi: int) -> int:
    """The first comma or semicolon after ``start``, or the sentence's end.
    The span is cut once and each mark found in it by ``map``, in C
    (speed81): ``SOFT_BREAKS`` are single marks, and a cut span's ``find``
    is ``ntext.find`` from ``start`` moved by ``start`` (never negative: a
    trigger's end)."""
    found = [i for i in map(ntext[start:hi].find, SOFT_BREAKS) if i >= 0]
    return min(found) + start if found else hi


def outside_clauses(trig: Hit, people: list[Mention], clauses: list[Clause]) -> list[Mention]:
    """The main verb's people: those named inside an adverbial clause it is
    not part of are the clause's, not its own; those inside a participle's
    clause too, when the main verb names two sides without them."""
    if not clauses or any(c.start <= trig.start < c.end for c in clauses):
        return people
    kept = [m for m in people if not any(c.own and c.start <= m.start < c.end for c in clauses)]
    # "أكد رفضه للقانون، مطالبا الرئاسة بسحبه": a main clause that names
    # only its subject may act on whom a participle's clause names
    apart = [m for m in kept if not any(c.start <= m.start < c.end for c in clauses)]
    return apart if len({unit(m) for m in apart}) >= 2 else kept


def over_clauses(
    start: int, trig: Hit, clauses: list[Clause], ntext: str, breaks: frozenset[str], lo: int
) -> int:
    """Where the main clause of ``trig`` starts when the break before it
    only closes an adverbial clause ("Iran, while condemning Israel, called
    on …", "ایران ضمن تشکر از عمان، از آمریکا خواست"): before that clause,
    so the subject named before it is read too (``lo``: the sentence's start)."""
    for c in sorted(clauses, key=lambda c: -c.start):
        if not c.own or c.start <= trig.start < c.end:
            continue
        edge = _edge(c, ntext, lo)
        if trig.start >= c.end and edge <= start <= c.end + 1:
            begin = max(ntext.rfind(b, lo, edge) for b in breaks)
            start = begin + 1 if begin >= lo else lo
    return start


def _edge(c: Clause, ntext: str, lo: int) -> int:
    """Where the text before clause ``c`` ends, its commas and spaces left out."""
    edge = c.start
    while edge > lo and (ntext[edge - 1].isspace() or ntext[edge - 1] in COMMAS):
        edge -= 1
    return edge


def clause_sides(
    trig: Hit,
    etype: str,
    people: tuple[list[Mention], list[Mention]],
    clauses: list[Clause],
    ntext: str,
    ctx: Context,
) -> list[list[Mention]] | None:
    """The sides of a deed an adverbial clause tells: the main clause's
    subject (its first group before the clause, else after it) does it to
    the first group named after the deed word inside the clause; None when
    ``trig`` heads no such clause or no subject stands outside it.
    ``people``: the trigger's own, then the sentence's mentions (the
    trigger's may be read in the clause alone, its subject left out)."""
    clause = next((c for c in clauses if c.own and c.head == trig.start), None)
    if clause is None:
        return None
    conj, adjacent = ctx.coordinators, ctx.adjacent_coordinated
    subject, first = _subject(people, clause, ntext, ctx)
    inside = coordinated_groups(
        [m for m in people[0] if trig.end <= m.start < clause.end], ntext, conj, adjacent
    )
    if not subject:
        return None
    if etype in SYMMETRIC:
        return [[*subject[0], *(inside[0] if inside else [])]]
    if not inside:
        # "killed five Palestinians while raiding the camp": a deed of force
        # may strike whom the main verb names; a subject after the clause
        # alone would read as its target
        return None if etype in _FORCE or not first else [[d] for d in subject[0]]
    pairs = [[d, t] for d in subject[0] for t in inside[0] if unit(d) != unit(t)]
    return pairs or None


def _subject(
    people: tuple[list[Mention], list[Mention]], clause: Clause, ntext: str, ctx: Context
) -> tuple[list[list[Mention]], bool]:
    """The groups that may hold the main clause's subject: those before the
    clause (the trigger's own, else the sentence's), else those after it;
    no source. The flag: whether they stand before it."""
    for first in (True, False):
        for pool in people:
            if first:
                found = [m for m in pool if m.end <= clause.start and not m.source]
            else:
                found = [m for m in pool if m.start >= clause.end and not m.source]
            if found:
                groups = coordinated_groups(
                    found, ntext, ctx.coordinators, ctx.adjacent_coordinated
                )
                return groups, first
    return [], False
