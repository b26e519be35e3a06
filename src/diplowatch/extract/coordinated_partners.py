"""Partners named "in coordination with" are no side a deed is done to (recall75fa).

"بلینکن گفت در هماهنگی با بریتانیا، اسرائیل، رومانی و دیگر کشورها، پاسخی
جمعی به ایران داده می‌شود": the states after "در هماهنگی با" act with the
speaker's side; the threat is made to Iran. Read as ordinary mentions, the
list stood where the object of a directed deed stands, and the threat went
to Britain, Israel and Romania. A list whose head comes right after one of
the language's openers of coordination (``context.COORDINATION_OPENERS``) is
dropped from the people of a one-way event; the deed is then read between
the others. A language without openers drops nobody; so does a symmetric
event (a coordination is itself one: ``COOPERATE``), and an event whose
people would all be dropped.
"""

from __future__ import annotations

from diplowatch.extract.actor_context import Context
from diplowatch.extract.mention import Mention
from diplowatch.extract.participants import coordinated_groups

# How far before a list's head its opener is read, in characters.
_WINDOW = 40


def without_coordinated_partners(
    people: list[Mention], text: str, ctx: Context, symmetric: bool
) -> list[Mention]:
    """``people`` but the lists opened by a word of coordination
    (``ctx.coordination_openers``) in a one-way event; all of them when
    nobody else would be left."""
    if symmetric or not ctx.coordination_openers or len(people) < 2:
        return people
    groups = coordinated_groups(people, text, ctx.coordinators, ctx.adjacent_coordinated)
    dropped: set[int] = set()
    for group in groups:
        head = group[0].start
        before = " ".join(text[max(0, head - _WINDOW) : head].split())
        if before.endswith(tuple(ctx.coordination_openers)):
            dropped.update(m.start for m in group)
    kept = [m for m in people if m.start not in dropped]
    return kept if kept else people
