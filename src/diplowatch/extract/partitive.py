"""A head of counted people before "of" and the group it counts.

"۲۰ نفر از معترضان", "سه تن از خبرنگاران", "20 شخصا من الصحفيين": the
quantity noun ("نفر", "تن", "شخص") is a people noun of its own, but here it
only counts the people written after the partitive preposition; they, not
plain civilians, are who acted or were acted on. The head is therefore no
mention when an actor noun stands right after the preposition
(``context.PARTITIVE_HEADS``, ``PARTITIVE_OF``). A place or a country after
it ("۱۵ نفر از ایران") is where the people come from, so the head stays.

agents106: the group is as often named through its members ("ستة أشخاص من
أفراد عصابة إجرامية", "30 شخصا من عناصر الشبكة": six people of the members of
a gang): one member word (``context.PARTITIVE_MEMBERS``) may stand between
the preposition and the actor noun, which still names whom the head counts.
Main read such people as plain civilians where the gold holds criminals.

partiesfa111: the group may be counted or pointed at after the preposition
("دو تن از هشت فعال محیط زیست", two of the eight environmental activists;
"سه نفر از این خبرنگاران", three of these journalists): one numeral or one
word of ``context.PARTITIVE_COUNTS`` (number words, demonstratives) may stand
before the member word or the actor noun. Main read the head as plain
civilians beside the activists: a third side for a two-sided arrest.
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
    members: frozenset[str] = frozenset(),
    counts: frozenset[str] = frozenset(),
) -> bool:
    """Whether ``hit`` is a head of ``heads`` followed by a word of
    ``of_words`` and, right after it or after one count (a numeral or a word
    of ``counts``) and one word of ``members``, each optional, an actor noun
    starting at one of ``actor_starts``."""
    if not heads or text[hit.start : hit.end] not in heads:
        return False
    gap = _GAP.match(text, hit.end)
    if gap is None or gap.group(1) not in of_words:
        return False
    after = gap.end()
    count = _GAP.match(text, after - 1)
    if count is not None and (count.group(1).isdigit() or count.group(1) in counts):
        after = count.end()
    if after in actor_starts:
        return True
    member = _GAP.match(text, after - 1)
    return member is not None and member.group(1) in members and member.end() in actor_starts
