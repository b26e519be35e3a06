"""Where someone goes: a state written as the end of a journey.

"پناهجویان عازم یونان", "از مرز به ایران بروند", "او را به ترکیه
فرستادند", "migrants trying to reach Italy": the state after a word of
direction is where someone goes, sends or is sent. Persian writes the
direction mostly with the bare "به", which is as often the dative ("در
پیامی به مردم ایران"): it is a direction only where a verb of going,
sending or fleeing (``context.DESTINATION_VERBS``) is among the one to
three words right after the state, read no further than a punctuation mark
glued to a word (parties107). Whether the clause closes after the verb is
not checked: "به ایران رفت و با وزیر … دیدار کرد" reads "رفت".
"""

from __future__ import annotations

from diplowatch.extract.mention import Mention
from diplowatch.text.punctuation import EDGE_PUNCT, SEMICOLONS

# Characters after a state read for a verb of going ("بروند", "منتقل شده است").
GOING_REACH = 40
# Words of the longest verb of going ("منتقل شده است").
_VERB_WORDS = 3
# Characters before a state read for its word of direction ("عازم", "به سوی").
_DIRECTION_REACH = 60
# Marks that may close the verb's word ("بروند.", "فرستادند،").
_CLOSING = EDGE_PUNCT + SEMICOLONS


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
    words = text[max(0, start - _DIRECTION_REACH) : start].split()[-2:]
    if any(" ".join(words[-n:]) in markers for n in (1, 2) if len(words) >= n):
        return True
    return bool(words) and words[-1] in verb_preps and going_verb_after(text, end, going)


def sent_not_envoys(
    text: str,
    mentions: list[Mention],
    verb_preps: frozenset[str],
    going: frozenset[str],
    words: tuple[frozenset[str], frozenset[str]],
) -> list[Mention]:
    """``mentions`` without the titles that are the participle of a verb
    of sending (``words``: the participles, "فرستاده", and the auxiliaries,
    "شد", "است"): "کمک‌ها به سوریه فرستاده شد" speaks of aid sent, no
    envoy. Read as an envoy with no country, it became a side and pushed
    out the state the aid went to (mendA107; review107b F1)."""
    participles, auxiliaries = words
    if not participles:
        return mentions
    kept: list[Mention] = []
    for m in mentions:
        sent = m.agent is not None and text[m.start : m.end] in participles
        if not sent or not (
            _auxiliary_after(text, m.end, auxiliaries)
            or _after_going(text, m, kept, verb_preps, going)
        ):
            kept.append(m)
    return kept


def _auxiliary_after(text: str, end: int, auxiliaries: frozenset[str]) -> bool:
    """Whether the word right after ``end`` is an auxiliary ("شد", "است")."""
    after = text[end : end + GOING_REACH].split()[:1]
    return bool(after) and after[0].rstrip(_CLOSING) in auxiliaries


def _after_going(
    text: str, m: Mention, before: list[Mention], verb_preps: frozenset[str], going: frozenset[str]
) -> bool:
    """Whether ``m`` is the verb of going of a place right before it, that
    place after a bare "به" ("به سوریه فرستاده")."""
    place = before[-1] if before else None
    if place is None or not place.code or place.agent is not None:
        return False
    if text[place.end : m.start].strip():
        return False
    return gone_to(text, (place.start, place.end), frozenset(), verb_preps, going)
