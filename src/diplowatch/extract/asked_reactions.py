"""A reaction a demand asks for is not made (round 70, nonevent70).

"Britain called for a swift condemnation of Iran", "بریتانیا خواستار محکومیت
ایران … شد", "طالبت مصر مجلس الأمن بإدانة العدوان", "يطالب بالفيتو": the
condemnation or the veto is what is asked, and nobody has condemned or vetoed
anything. ``nonevents.asked_for`` reads a reaction's noun after the words
that open what is asked ("دعت … إلى إدانة"); a word of asking that takes what
it asks as its object with no such word between, and Arabic's glued "ب" of
what is asked, were not read, so the asked reaction came out reported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS, QUOTE_PAIRS

if TYPE_CHECKING:
    from diplowatch.extract.actor_context import Context

# Words that may stand between a word of asking and the reaction it takes as
# its object: an article and an adjective ("called for a swift condemnation").
DIRECT_GAP = 2
# Words a demand and a reaction glued to the prefix of what is asked may
# stand apart: the one asked between them ("طالبت مصر مجلس الأمن الدولي بإدانة").
GLUED_GAP = 6
# What opens a word named again after its synonym.
_OPEN_BRACKET = "("
# The type of the hits that ask.
_ASKING = "REQUEST"
# Marks that leave the clause of the demand: punctuation and quotes.
_BREAKS = CLAUSE_BREAKS | frozenset(QUOTE_PAIRS) | frozenset(QUOTE_PAIRS.values())


def asked_reaction(trigger: Hit, hits: list[Hit], ntext: str, ctx: Context) -> bool:
    """Whether the reaction noun ``trigger`` is what a demand right before it
    in its clause asks for. The demand is a word of asking that takes what
    it asks as its object (``context.ASKED_DIRECT_WORDS``: fa "خواستار", en
    "called for", "demanded"), the nearest trigger before ``trigger`` with no
    punctuation between. A language that marks what is asked with a glued
    prefix (``context.ASKED_CONTENT_PREFIXES``: ar "ب") is read by that mark
    alone, on the noun or on the verbal noun heading it
    (``context.ASKED_CONTENT_HEADS``: "باستخدام حق النقض"), the one asked
    between ("طالبت مصر مجلس الأمن بإدانة"), and not before "من" ("بدعم من
    السعودية", the support the demand is made with): Arabic "طالب" is also a
    student, and a noun right after it may be its subject. Elsewhere the
    reaction stands at most ``DIRECT_GAP`` words after the word of asking."""
    if not ctx.asked_direct_words or trigger.entry.affix == "verb":
        return False
    named = _named_again(trigger, hits, ntext)
    if named is not None:
        return asked_reaction(named, hits, ntext, ctx)
    ask = _asking_before(trigger, hits, ntext, ctx)
    if ask is None:
        return False
    words = ntext[ask.end : trigger.start].split()
    if not ctx.asked_content_prefixes:
        return len(words) <= DIRECT_GAP
    after = ntext[trigger.end :].split()[:1]
    if len(words) > GLUED_GAP or ctx.asked_content_not_before.intersection(after):
        return False
    glued = trigger.prefix in ctx.asked_content_prefixes
    return glued or bool(words) and words[-1] in ctx.asked_content_heads


def _named_again(trigger: Hit, hits: list[Hit], ntext: str) -> Hit | None:
    """The reaction ``trigger`` names again in brackets right after it ("حق
    النقض (الفيتو)", the loanword after the word): asked if that one is."""
    for h in hits:
        same = h.end <= trigger.start and h.entry.value == trigger.entry.value
        if same and ntext[h.end : trigger.start].strip() == _OPEN_BRACKET:
            return h
    return None


def _asking_before(trigger: Hit, hits: list[Hit], ntext: str, ctx: Context) -> Hit | None:
    """The word of asking (``context.ASKED_DIRECT_WORDS``, as written or as
    its lexicon key) that is the nearest trigger before ``trigger``, with no
    punctuation or quote between them; None when another trigger is nearer."""
    before = [h for h in hits if h.end <= trigger.start]
    if not before:
        return None
    last = max(h.end for h in before)
    if _BREAKS & set(ntext[last : trigger.start]):
        return None
    for h in before:
        if h.end != last or h.entry.value != _ASKING:
            continue
        written = ntext[h.start : h.end].strip()
        if {written, ntext[h.base_start : h.base_end]} & ctx.asked_direct_words:
            return h
    return None
