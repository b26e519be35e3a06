"""Who accepts an invitation is the one invited, not the one who invites.

"حرص الرئيس المصري على تلبية الدعوة الموجهة إليه لزيارة تونس", "قبوله دعوة
العاهل السعودي", "دعوت اتحادیه اروپا … را خواهد پذیرفت": the invitation
(REQUEST) is told as the object of its acceptance, so the sentence's subject
— the accepter — stands before the noun and the side read him as the one
who invited. ONTOLOGY.md's REQUEST is asking or inviting another actor: the
inviter is the genitive after the noun or the other side, and the accepter
its addressee. Where a word of acceptance governs the invitation
(``context.INVITATION_ACCEPTED_BEFORE`` right before the noun: "تلبية",
"قبول", "accepted"; ``INVITATION_ACCEPTED_AFTER`` after the first object
marker following it, Persian "را پذیرفت"), the mentions before the noun go
after the rest.
"""

from __future__ import annotations

from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import WORD_EDGE_MARKS
from diplowatch.text.words import words_after, words_before

# How many words before the noun the word of acceptance may stand
# ("قبوله دعوة", "على تلبية الدعوة", "accepted an invitation").
_BEFORE_WORDS = 2
# How many words after the noun the Persian object marker may stand.
_AFTER_WORDS = 14


def invited_last(
    side: list[Mention],
    trig: Hit,
    ntext: str,
    accepted: tuple[tuple[str, ...], tuple[str, ...], str],
) -> list[Mention]:
    """``side`` with the accepter of an accepted invitation after the rest.

    ``accepted`` is (words before the noun, verbs after the object marker,
    the object marker or "" where the language has none)."""
    if len(side) < 2 or not _accepted(trig, ntext, accepted):
        return side
    before = [m for m in side if m.end <= trig.start]
    after = [m for m in side if m.end > trig.start]
    return after + before if after and before else side


def _accepted(
    trig: Hit, ntext: str, accepted: tuple[tuple[str, ...], tuple[str, ...], str]
) -> bool:
    """Whether a word of acceptance governs the noun at ``trig``: one of
    the words just before it, or a verb right after the first object
    marker that follows it."""
    before, verbs, marker = accepted
    # read from windows: a slice of all the text before or after the noun
    # made a long document's reading quadratic (speed72a)
    lead = words_before(ntext, trig.start, _BEFORE_WORDS)
    if any(w.strip(WORD_EDGE_MARKS) in before for w in lead):
        return True
    if not marker or not verbs:
        return False
    words = words_after(ntext, trig.end, _AFTER_WORDS)
    if marker not in words:
        return False
    rest = " ".join(words[words.index(marker) + 1 :][:3])
    return any(rest.startswith(v) for v in verbs)
