"""Whether a vehicle that ran someone over had a driver named as its doer.

Round 85 (noevent85) reads someone hit or run over by a vehicle as an
accident, no attack (``status.DISASTER_CUES``: "دهسته سيارة", "زیر گرفته
شد", "hit by a car"). A vehicle owned or driven by a named person or group
("سيارة مستوطن", "خودروی شهرک‌نشینان", "توسط شهرک‌نشینان", "a car driven by
a settler") has someone who may mean the deed: a settler's ramming is the
attack it was read as before (mendA86). The language data lists the words
after which a person named is the vehicle's driver
(``context.DRIVER_MARKERS``).
"""

from __future__ import annotations

from collections.abc import Iterable

from diplowatch.extract.mention import Mention

# How many words a marker may have ("driven by an").
_MARKER_WORDS = (1, 2, 3)


def driver_named(mentions: Iterable[Mention], ntext: str, markers: frozenset[str]) -> bool:
    """Whether a person or an agent (a mention with a role or an agent) is
    named right after a driver marker: the vehicle's owner or driver, or
    the doer a passive names ("توسط")."""
    if not markers:
        return False
    for m in mentions:
        if m.agent is None and m.role is None:
            continue
        words = ntext[max(0, m.start - 40) : m.start].split()
        if any(" ".join(words[-n:]) in markers for n in _MARKER_WORDS if len(words) >= n):
            return True
    return False
