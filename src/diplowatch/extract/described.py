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
    return described_at(text, hit.start, heads)


def described_at(
    text: str, start: int, heads: frozenset[str], clitics: frozenset[str] = frozenset()
) -> bool:
    """Whether a head of ``heads`` (maybe with one of ``clitics`` glued to
    it: "بأخلاق") ends right before ``start``, or a head and one adjective
    do: the people named at ``start`` are only described ("إرادة
    الليبيين"), a state's people as much as plain citizens
    (precision81ar, ``countries._state_adj``)."""
    before = text[max(0, start - 60) : start].rstrip()
    words = _WORD.findall(before)[-_REACH:]
    if not words or not before.endswith(words[-1]):
        return False  # punctuation stands between
    if clitics:
        words = [w[1:] if w[:1] in clitics and w[1:] in heads else w for w in words]
    joined = " ".join(words)
    return words[-1] in heads or joined in heads or (len(words) == _REACH and words[0] in heads)
