"""Bodies named as landmarks: a place near which something happened.

"An attack near the British parliament", "قرب البرلمان البريطاني": the
parliament is where the attack was, not its doer. The scan already marks such
a body when no country comes with it (``MentionScan._orphan_place``); a body
written with its state's name or adjective becomes a coded mention by another
path, and this pass gives it the same reading, so neither it nor its state
becomes a side of the deed.
"""

from __future__ import annotations

from diplowatch.extract.actor_context import Context
from diplowatch.extract.mention import Mention

# How far before a body its preposition of nearness may stand: "near the
# British parliament building" has two words between them.
_WORDS_BEFORE = 3
_CHARS_BEFORE = 40
# The bodies whose seat is a landmark: a parliament or a court building.
# Forces move with their deed ("clashed near the border with Turkish forces")
# and an embassy near which people rally is whom they protest to.
_LANDMARK_AGENTS = frozenset({"LEG", "JUD"})


def near_landmarks(text: str, mentions: list[Mention], ctx: Context) -> None:
    """Mark as places the coded seats of bodies (``_LANDMARK_AGENTS``, no
    personal role) that a preposition of nearness
    (``context.NEAR_PREPOSITIONS``) stands a few words before, with no other
    mention between them."""
    if not ctx.near_preps:
        return
    for m in mentions:
        if m.place or m.role or not m.code or m.agent not in _LANDMARK_AGENTS:
            continue
        at = near_before(text, m.start, ctx)
        if at is not None and not any(at <= o.start < m.start for o in mentions if o is not m):
            m.place = True


def near_before(text: str, start: int, ctx: Context) -> int | None:
    """Where a preposition of nearness stands among the few words before
    ``start``, or None."""
    lo = max(0, start - _CHARS_BEFORE)
    words = text[lo:start].split()[-_WORDS_BEFORE:]
    for word in reversed(words):
        if word in ctx.near_preps:
            return text.rfind(word, lo, start)
    return None
