"""What the rules of who takes part need to know of each event type.

The sets of types a trait of ``event_types.TRAITS`` names (one-sided types,
deeds, reactions, comments, requests …) and ``one_sided``, which adds the
types and modes a language lets name one side only. They live apart from
``parties`` because nearly every module that narrows a trigger's people
reads them (the pool of a quote or a clause, the verb-final clause, the
relative clauses, the sides of a meeting, the order of a trigger's sides),
and none of those may import ``parties``, which calls them.
"""

from __future__ import annotations

from typing import Any

from diplowatch.event_types import having

# What the rules below need to know of each event type (``event_types.TRAITS``).
ONE_SIDED = having("one_sided")


DEEDS = having("deed")


REACTIONS = having("reaction")


SPOKEN_CONTENT = having("spoken_content")


COMMENTS = having("comment")


PLACE_TARGETS = having("place_target")


ADDRESSEE_FIRST = having("addressee_first")


REQUESTS = ADDRESSEE_FIRST & having("cooperative")


GENITIVE_DOERS = having("genitive_doer")


COOPERATIVE = having("cooperative")


def one_sided(etype: str, mode: str, ctx: Any) -> bool:
    """Whether an event of this type and mode may name one side only:
    ``ONE_SIDED``, or a type or "TYPE/mode" a language lists in
    ``context.ONE_SIDED_TYPES`` ("CONSULT/meeting": talks whose other side
    is left unnamed, not visits)."""
    return etype in ONE_SIDED or etype in ctx.one_sided or f"{etype}/{mode}" in ctx.one_sided
