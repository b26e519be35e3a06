"""Where a list of states ends and a new clause starts (mendA92).

"Talks between Iran and Russia opened with the participation of China, and
the United States criticised them", "Lebanon was attacked by Israel, and Iran
condemned the strike": ``coordination.coordinated_groups`` joins a state
written after "and"/"و" to the one before it, so the subject of the next
clause was read as one more party of the talks (``taking_part``) or one more
doer of the attack (``listed_doers``). A conjunct is no member of the list
that a marked head opens when a verb of the sentence (a trigger with the verb
affix) follows it, right after it or after a ``CLAUSE_VERBS`` word ("has
condemned") — it is that verb's subject — and either

- a comma stands before its conjunction (``context.CLAUSE_COMMA_JOINERS``)
  and no bare comma joined the list before it: "China, and the United
  States criticised" is two clauses, "Britain, the US, and Canada" one list;
- or the head's clause already has its verb (a verb trigger or
  ``CLAUSE_VERBS`` between the clause's start and the head): "was attacked
  by Israel and Iran condemned". "The strikes by Israel and the US killed
  ten" has no verb before the list, which is then the subject's. Where
  the verb ends its clause (``VERB_FINAL``, Persian), a verb right after
  the list is the list's own: "لبنان توسط اسرائیل و سوریه مورد حمله قرار
  گرفت".

A conjunct with no verb after it stays ("the strikes carried out by Turkey,
and Iran's shelling of its north, violated …": Iran, the doer of its own
deed noun, is read right by the list). The list stops at the first such
conjunct.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS, COMMAS, SENTENCE_STOPS

# How far back the head's clause is searched for its verb.
_CLAUSE_REACH = 300
_CLAUSE_ENDS = CLAUSE_BREAKS | frozenset(SENTENCE_STOPS)


def list_members(
    group: list[Mention],
    at: int,
    hits: Sequence[Hit],
    ntext: str,
    conj: frozenset[str],
    ctx: Any,
) -> list[Mention]:
    """``group[at]`` and the conjuncts after it up to the first that opens a
    new clause (its subject)."""
    members = [group[at]]
    listed = False  # a bare comma joined a member: a list of three or more
    for m in group[at + 1 :]:
        gap = ntext[members[-1].end : m.start]
        comma = any(c in gap for c in COMMAS)
        core = gap.strip().strip(COMMAS).strip()
        anded = bool(core) or m.prefix[:1] in conj
        if anded and _verb_after(m, hits, ntext, ctx):
            if comma and not listed and _clause_joiner(core, m, ctx):
                break
            if _finished(group[at], hits, ntext, ctx):
                break
        listed = listed or (comma and not anded)
        members.append(m)
    return members


def _clause_joiner(core: str, m: Mention, ctx: Any) -> bool:
    """Whether the conjunction before ``m`` (written apart, before a
    determiner as in "and the", or glued to it) opens a clause after a comma
    in this language."""
    joiners: frozenset[str] = ctx.clause_comma_joiners
    if core:
        return core.split()[0] in joiners
    return m.prefix[:1] in joiners


def _verb_after(m: Mention, hits: Sequence[Hit], ntext: str, ctx: Any) -> bool:
    """A verb trigger right after ``m``, or after an auxiliary of
    ``CLAUSE_VERBS`` ("Iran condemned", "Iran has condemned"); a preposition
    between ("Britain of attacking") is no subject's verb."""
    verbs: frozenset[str] = ctx.clause_verbs
    for h in hits:
        if h.entry.affix != "verb" or h.start < m.end:
            continue
        gap = ntext[m.end : h.start].split()
        if len(gap) <= 1 and all(w in verbs for w in gap):
            return True
    return False


def _finished(head: Mention, hits: Sequence[Hit], ntext: str, ctx: Any) -> bool:
    """Whether the head's clause has its verb before the head (never where
    the verb comes last)."""
    if ctx.verb_final:
        return False
    lo = max(0, head.start - _CLAUSE_REACH)
    begin = max((lo, *(i + 1 for i in range(lo, head.start) if ntext[i] in _CLAUSE_ENDS)))
    if any(begin <= h.start and h.end <= head.start and h.entry.affix == "verb" for h in hits):
        return True
    verbs: frozenset[str] = ctx.clause_verbs
    return bool(set(ntext[begin : head.start].split()) & verbs)
