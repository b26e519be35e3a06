"""People named only as the owners of what is talked about.

"از آرای مردم صیانت کند", "به مشکلات معیشتی مردم رسیدگی کند", "احترام
إرادة الشعب", "مراعاة مصالح المواطنين": the people written after a noun of
their will, votes, interests or livelihood (``context.DESCRIBED_PEOPLE_HEADS``,
maybe through one adjective) are what the statement is about, not a side
that asks, meets or is asked. English writes these with "of" and already
names no party there ("the will of the people").
"""

from __future__ import annotations

import re

from diplowatch.extract.scan import Hit

# The agent of the plain people nouns this applies to.
_PEOPLE = "CVL"
# How many words before the people noun the head may stand (head + adjective).
_REACH = 2
_WORD = re.compile(r"[\w\u200c]+")


def described_people(text: str, hit: Hit, heads: frozenset[str]) -> bool:
    """Whether ``hit`` is a plain people noun right after a head of
    ``heads``, a two-word head, or a head and one adjective, with no
    punctuation or glued preposition between."""
    if not heads or hit.entry.value != _PEOPLE:
        return False
    before = text[max(0, hit.start - 60) : hit.start].rstrip()
    words = _WORD.findall(before)[-_REACH:]
    if not words or not before.endswith(words[-1]):
        return False  # punctuation stands between
    joined = " ".join(words)
    return words[-1] in heads or joined in heads or (len(words) == _REACH and words[0] in heads)
