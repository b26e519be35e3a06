"""A state named only as where a deed of force happened is not its doer.

"أسفر الهجوم على مسجد في فرنسا عن مقتل مغربي", "a bombing in Iraq killed
three Syrians", "حمله به مسجدی در فرانسه": the state after a preposition
of place (``Mention.place``) or glued to it (Arabic "بفرنسا") tells where the attack was, not who made it.
Standing first among the sides it would be read as the attacker; it is
taken out of the sides and kept as the deed's place, so the unnamed doer
(unidentified attackers, UAF) is understood in its stead. A state that
is also named otherwise (strong, or with an agent) stays.
"""

from __future__ import annotations

from typing import Any

from diplowatch.extract.actors import Mention
from diplowatch.model import Actor


def place_state_out(
    actors: list[Actor], side: list[Mention], ctx: Any
) -> tuple[list[Actor], str | None]:
    """``actors`` without a first actor that is a state written only as the
    deed's place, and that state's code (None when nothing was taken out).
    Taken out only where other sides remain: alone, it is what was struck."""
    if len(actors) < 2 or actors[0].agent is not None or not actors[0].code:
        return actors, None
    code = actors[0].code
    written = [m for m in side if m.code == code]
    if not written or not all(_only_where(m, ctx) for m in written):
        return actors, None
    rest = [a for a in actors[1:] if not (a.code == code and a.agent is None)]
    return (rest, code) if rest else (actors, None)


def _only_where(m: Mention, ctx: Any) -> bool:
    """Whether the mention is a state written only as where: after a
    preposition of place ("في فرنسا"), or with one glued to it
    (``context.LOCATION_PREFIXES``: "في مدينة ليون بفرنسا")."""
    if m.agent is not None:
        return False
    glued = bool(ctx.location_prefixes) and m.prefix.endswith(tuple(ctx.location_prefixes))
    return glued or (not m.strong and (m.place or m.location_only))
