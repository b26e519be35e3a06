"""A head of counted people before "of" and the group it counts.

"۲۰ نفر از معترضان", "سه تن از خبرنگاران", "20 شخصا من الصحفيين": the
quantity noun ("نفر", "تن", "شخص") is a people noun of its own, but here it
only counts the people written after the partitive preposition; they, not
plain civilians, are who acted or were acted on. The head is therefore no
mention when an actor noun stands right after the preposition
(``context.PARTITIVE_HEADS``, ``PARTITIVE_OF``). A place or a country after
it ("۱۵ نفر از ایران") is where the people come from, so the head stays.
"""

from __future__ import annotations

import re

from diplowatch.extract.scan import Hit

_GAP = re.compile(r"\s+(\S+)\s+")


def partitive_head(
    text: str,
    hit: Hit,
    actor_starts: frozenset[int],
    heads: frozenset[str],
    of_words: frozenset[str],
) -> bool:
    """Whether ``hit`` is a head of ``heads`` followed by a word of
    ``of_words`` and, right after it, an actor noun starting at one of
    ``actor_starts``."""
    if not heads or text[hit.start : hit.end] not in heads:
        return False
    gap = _GAP.match(text, hit.end)
    return gap is not None and gap.group(1) in of_words and gap.end() in actor_starts
