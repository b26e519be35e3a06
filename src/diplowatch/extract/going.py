"""Where someone goes: a state written as the end of a journey.

"پناهجویان عازم یونان", "از مرز به ایران بروند", "او را به ترکیه
فرستادند", "migrants trying to reach Italy": the state after a word of
direction is where someone goes, sends or is sent. Persian writes the
direction mostly with the bare "به", which is as often the dative ("در
پیامی به مردم ایران"): it is a direction only where a verb of going,
sending or fleeing (``context.DESTINATION_VERBS``) is written right after
the state, closing the clause (parties107).
"""

from __future__ import annotations

# Characters after a state read for a verb of going ("بروند", "منتقل شده است").
GOING_REACH = 40
# Words of the longest verb of going ("منتقل شده است").
_VERB_WORDS = 3
# Marks that may close the verb's word ("بروند.", "فرستادند،").
_CLOSING = ".,;:!?\u060c\u061b\u061f\u00bb\u00ab\"')("


def going_verb_after(text: str, end: int, going: frozenset[str]) -> bool:
    """Whether a verb of going (``going``) is written right after the
    mention ending at ``end``: its first one, two or three words."""
    if not going:
        return False
    after = []
    for word in text[end : end + GOING_REACH].split()[:_VERB_WORDS]:
        bare = word.rstrip(_CLOSING)
        after.append(bare)
        if bare != word:
            break  # the clause closes after this word
    return any(" ".join(after[:n]) in going for n in range(1, len(after) + 1))


def gone_to(
    text: str,
    span: tuple[int, int],
    markers: frozenset[str],
    verb_preps: frozenset[str],
    going: frozenset[str],
) -> bool:
    """Whether the mention at ``span`` stands right after a word of direction
    (``markers``: "عازم", "به سوی", "إلى", "to"), or after a bare
    preposition (``verb_preps``: "به") with a verb of going right after it."""
    start, end = span
    words = text[max(0, start - 60) : start].split()[-2:]
    if any(" ".join(words[-n:]) in markers for n in (1, 2) if len(words) >= n):
        return True
    return bool(words) and words[-1] in verb_preps and going_verb_after(text, end, going)
