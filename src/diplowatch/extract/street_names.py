"""A street or square named after a body is a place, not that body.

Towns name their streets and squares after the bodies of the state:
Persian "خیابان پاسداران" (Guards Street), "میدان شهرداری" (Municipality
Square), Arabic "شارع الجيش", English "Army Square". Persian and Arabic
write the street's head noun first and the name in its ezafe or construct
state; English writes the name first. The lexicon finds the body's noun
inside the name, and a protest held on the square or a bomb in the street
took the Guards, the army or the municipality as a side.

An agent mention right after a street head (``context.STREET_HEADS``) or,
where names come first, right before one (``STREET_HEADS_AFTER``) is the
street's name: no mention. A building of the body ("ساختمان شهرداری",
"the municipality building") is no street and stays the body's: a crowd
before it protests to it.
"""

from __future__ import annotations

from diplowatch.extract.mention import Mention
from diplowatch.extract.titles import previous_word
from diplowatch.text.words import words_after


def without_street_names(
    mentions: list[Mention], text: str, before: frozenset[str], after: frozenset[str]
) -> list[Mention]:
    """``mentions`` without the agent nouns written as a street's name."""
    if not (before or after) or not any(m.agent for m in mentions):
        return mentions
    return [m for m in mentions if not _street_name(m, text, before, after)]


def _street_name(m: Mention, text: str, before: frozenset[str], after: frozenset[str]) -> bool:
    """``m`` is an agent noun or a body named right after a street head, or
    right before one where names come first."""
    if m.agent is None or m.prefix:
        return False
    if before and previous_word(text, m.start) in before:
        return True
    following = words_after(text, m.end, 1) if after else []
    return bool(following) and following[0] in after
