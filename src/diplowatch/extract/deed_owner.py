"""Groups that are a side only as the owner of a deed of force (doer76).

A military coalition is often written bare: "غارات التحالف", "قصف للتحالف",
"حملات ائتلاف", "coalition strikes". Alone, the same word is as often a
party list, an electoral alliance or a pact ("التحالف الوطني", "ائتلاف
حاکم", "the ruling coalition"), so it is no actor of its own
(``agents.DEED_OWNER_GROUPS``); right next to a deed's noun
(``context.DEED_OWNER_HEADS``: a strike, a raid, a shelling, with its
adjective "جوية", "هوایی") it is the deed's owner, its doer, as the
coalitions named in full are (armiss18: of no one country). Arabic and
Persian write the owner after the noun (construct state, "ل", ezafe);
English before it (``context.DEED_OWNER_BEFORE``), with or without "'s"
(``context.DEED_OWNER_POSSESSIVES``).
A strike *on* the coalition ("هجوم على التحالف", "an attack on the
coalition") puts a preposition between: no owner.
"""

from __future__ import annotations

from diplowatch.extract.actor_context import Context
from diplowatch.extract.lexicon import DEED_OWNER
from diplowatch.extract.scan import Hit

# Characters read next to the group: enough for a noun and its adjective.
_SLICE = 60
# The longest head in words ("air strikes", "حمله های هوایی").
_MAX_WORDS = 3


def deed_owners_only(hits: list[Hit], ntext: str, ctx: Context) -> list[Hit]:
    """The actor hits without the deed-owner groups that own no deed here,
    and without the owned craft or strike right after an owner's possessive
    (``_owned_after``)."""
    if not ctx.deed_owner_heads:
        return [h for h in hits if DEED_OWNER not in h.entry.extra]
    kept = [h for h in hits if DEED_OWNER not in h.entry.extra or _owns_deed(h, ntext, ctx)]
    owned = _owned_after(kept, ntext, ctx)
    return [h for h in kept if h.start not in owned] if owned else kept


def _owned_after(hits: list[Hit], ntext: str, ctx: Context) -> frozenset[int]:
    """Where an owned noun of force (``agents.OWNED_NOUNS``: "air strikes",
    "warplanes") starts right after a deed owner and its possessive mark
    ("the coalition's air strikes killed ten civilians"): the owner's own
    strike, no second doer of its own (left78: the two stood as two sides
    and the civilians were lost). Without the mark the noun already joins
    its owner ("coalition air strikes")."""
    out: set[int] = set()
    for owner in hits:
        if DEED_OWNER not in owner.entry.extra:
            continue
        after = ntext[owner.end : owner.end + _SLICE]
        mark = next((m for m in ctx.deed_owner_possessives if after.startswith(m)), None)
        if mark is None:
            continue
        rest = after[len(mark) :]
        start = owner.end + len(mark) + len(rest) - len(rest.lstrip())
        out.update(h.start for h in hits if h.start == start and h.entry.extra == ("owned",))
    return frozenset(out)


def _owns_deed(hit: Hit, ntext: str, ctx: Context) -> bool:
    """A deed's noun stands right next to the group, on the side the
    language writes its owner: after it in English, before it (past a
    glued "ل") in Arabic and Persian."""
    if ctx.deed_owner_before:
        after = ntext[hit.end : hit.end + _SLICE]
        for mark in ctx.deed_owner_possessives:
            if after.startswith(mark):
                after = after[len(mark) :]
                break
        words = after.split()[:_MAX_WORDS]
        return any(" ".join(words[:n]) in ctx.deed_owner_heads for n in range(1, len(words) + 1))
    # the text before the word the group starts in: a glued "ل" is its own
    before = ntext[max(0, hit.start - _SLICE) : hit.start]
    if before and not before[-1].isspace():
        before = before.rsplit(maxsplit=1)[0] if len(before.split()) > 1 else ""
    words = before.split()[-_MAX_WORDS:]
    return any(" ".join(words[-n:]) in ctx.deed_owner_heads for n in range(1, len(words) + 1))
