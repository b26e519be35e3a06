"""Participants read in the trigger's own clause.

A sentence of several clauses ("،", "که", ":" …; ``context.CLAUSE_BREAKS``)
names each clause's own participants: ``clause_pool`` reads them in the
trigger's clause when it names enough, and ``own_side_of_contrast`` sets
apart the clause across a contrast ("X condemned … while Y criticised Z",
"… در حالی که …", "… بينما …") when it has a subject of its own. Both
narrow ``parties_of``'s pool by where the clause runs; the patterns and
spans of contrast clauses are their own reading, kept out of the module
that orders the steps.
"""

from __future__ import annotations

import re
from functools import lru_cache

from diplowatch.extract.adverbial_clause import over_clauses
from diplowatch.extract.participants import unit
from diplowatch.extract.party_traits import one_sided
from diplowatch.extract.scan import Hit
from diplowatch.extract.selected_sides import select
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.split_sides import SYMMETRIC


def clause_pool(s: Sentence, trig: Hit, ntext: str, ctx, pair: tuple[str, ...], etype: str) -> list:
    """Participants read in the trigger's own clause (``context.CLAUSE_BREAKS``:
    "،", "که", ":" …) when it names enough of them; else [] (the sentence's)."""
    begin = max((ntext.rfind(b, s.start, trig.start) for b in ctx.clause_breaks), default=-1)
    ends = [i for b in ctx.clause_breaks if (i := ntext.find(b, trig.end, s.end)) != -1]
    start = begin + 1 if begin >= s.start else s.start
    stop = min(ends) if ends else s.end
    if s.adverbials:  # "Iran, while condemning Israel, called …": one clause
        start = over_clauses(start, trig, s.adverbials, ntext, ctx.clause_breaks, s.start)
    local = [m for m in s.mentions if start <= m.start < stop]
    if not local:
        return []
    pool = select(
        local,
        pair,
        start=start,
        both_sides=s.both_sides,
        text=ntext,
        conj=ctx.coordinators,
        directed=etype not in SYMMETRIC,
        fill_unknown=ctx.unknown_sides,
        lone_fill=ctx.lone_fill or s.counterpart,
        adjacent=ctx.adjacent_coordinated,
    )
    enough = 1 if one_sided(etype, trig.entry.extra[0], ctx) else 2
    return pool if len({unit(m) for m in pool}) >= enough else []


def own_side_of_contrast(s: Sentence, trig: Hit, pool: list, ntext: str, ctx) -> list:
    """``pool`` without the mentions across a contrast ("X condemned … while
    Y criticised Z", "… در حالی که …", "… بينما …"): each clause names its own
    participants, even when the trigger's clause names only one. Only a
    contrast clause with a subject of its own is set apart ("met Y while
    visiting Z", "… در حالی که ده نفر را بازداشت کردند", "… في حين اعتقلت
    عشرة" keep the main clause's doer). In a verb-final language the
    contrast clause may stand inside the main one and end at a comma ("X در
    حالی که …، … کردند")."""
    span = _contrast_span(s, trig, ntext, ctx)
    if span is None or not _own_subject(s, span, ntext, ctx):
        return pool
    lo, _, hi = span
    inside = lo < trig.start < hi
    kept = [m for m in pool if (lo < m.start < hi) == inside]
    return kept or pool


def _contrast_span(s: Sentence, trig: Hit, ntext: str, ctx) -> tuple[int, int, int] | None:
    """Where the contrast clause nearest the trigger runs: its word's start,
    its body's start, and its end (the sentence's end or, verb-final, the
    first comma; a trigger after that comma is the main clause's). A break
    written with "…" has words between its parts ("در حالی … که": "X در حالی
    اعلام شد که Y …", the main verb inside): the clause opens at its last part."""
    cuts = [
        (m.start(1), m.end(1))
        for rx, part in zip(*_contrast_patterns(ctx.contrast_breaks), strict=True)
        if ntext.find(part, s.start, s.end) >= 0  # speed74a: no pattern run without its word
        for m in rx.finditer(ntext, s.start, s.end)
    ]
    before = [c for c in cuts if c[0] < trig.start]
    after = [c for c in cuts if c[0] > trig.end]
    if not (before or after):
        return None
    lo, body = max(before) if before else min(after)
    hi = s.end
    if ctx.verb_final:
        hi = _clause_comma(ntext, body, s.end, ctx)
    return lo, body, hi


def _clause_comma(ntext: str, body: int, end: int, ctx) -> int:
    """The first comma after a verb (``context.LIGHT_VERBS``, ``PHRASE_BREAKS``)
    in a verb-final contrast clause: where it ends inside its sentence ("X در
    حالی که … برگزار کردند، …"); a comma inside the clause ("… روز دوشنبه،
    … تهدید کردند") ends nothing."""
    verbs = ctx.closing_verbs
    for m in _COMMA.finditer(ntext, body, end):
        before = ntext[body : m.start()].split()[-1:]
        if before and before[0] in verbs:
            return m.start()
    return end


_COMMA = re.compile("[،,]")


# How many words a break written with "…" may hold between its parts.
_SPLIT_WORDS = 6


@lru_cache(maxsize=8)
def _contrast_patterns(
    breaks: tuple[str, ...],
) -> tuple[tuple[re.Pattern[str], ...], tuple[str, ...]]:
    """One pattern per contrast break; group 1 is where the clause opens (the
    whole break, or the last part of a split one). With each, the words
    every match of it holds (the break, or its first part): a sentence
    without them is not searched (speed74a)."""
    out, words = [], []
    for b in breaks:
        parts = [re.escape(p.strip()) for p in b.split("…")]
        if len(parts) == 1:
            out.append(re.compile(f"({re.escape(b)})"))
            words.append(b)
        else:
            # words between the parts, none of them the last part itself
            gap = rf"(?:\s+(?!{parts[-1]}\b)\S+){{1,{_SPLIT_WORDS}}}?\s+"
            out.append(re.compile(parts[0] + gap + "(" + parts[-1] + r")\b"))
            words.append(b.split("…")[0].strip())
    return tuple(out), tuple(words)


# How many words may stand between a contrast word and its clause's subject
# ("while the Iranian foreign ministry").
_SUBJECT_GAP = 3


def _own_subject(s: Sentence, span: tuple[int, int, int], ntext: str, ctx) -> bool:
    """Whether the contrast clause names its own subject: a mention close
    after its word, before any event word, neither an object ("… را") nor
    after a participle ("while waving Palestinian flags"); or, where the verb
    comes first, right after its first event word ("بينما انتقدت روسيا")."""
    lo, body, hi = span
    own = [m for m in s.mentions if body <= m.start < hi]
    if not own:
        return False
    first = own[0]
    verb = min((t.start for t in s.triggers if body <= t.start < hi), default=hi)
    gap = ntext[body : first.start].split()
    after = ntext[first.end : first.end + 12].split()[:1]
    if (
        first.start < verb
        and len(gap) <= _SUBJECT_GAP
        and not any(w.endswith(ctx.syntax.gerund_endings) for w in gap if ctx.syntax.gerund_endings)
        and not (gap and gap[-1] in ctx.target_preps)
        and not (after and after[0] in ctx.object_markers)
    ):
        return True
    verbs = [t for t in s.triggers if t.start == verb]
    return bool(ctx.subject_after_verb and verbs and not ntext[verbs[0].end : first.start].strip())
