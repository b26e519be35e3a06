"""Who voices concern over a deed at the end of its clause is no party to it.

"اتحادیه اروپا از بازداشت فعالان در ایران ابراز نگرانی کرد", "سازمان عفو
بین‌الملل نسبت به بازداشت ده‌ها فعال در مصر ابراز نگرانی کرد": in a
verb-final language the one who voices concern names the deed first, after a
preposition of the topic (``context.CONCERN_OPENERS``), and closes the clause
with the words of concern (``context.CONCERN_CLOSERS``). He reports and judges
the deed; he neither did nor suffered it, and its sides are those named
between the preposition and the closer. Concern voiced before the deed
("با ابراز نگرانی از بازداشت …", "عن قلقها من اعتقال …") is a reaction's word
(``status.CONCERN_CUES``, ``reacted.outside_reaction``). Read for deeds of
force only, as reactions are: who voices concern over a meeting or a deal
may be its party.
"""

from __future__ import annotations

from diplowatch.extract.actor_context import Context
from diplowatch.extract.concern_own import struck_voicer
from diplowatch.extract.doers import FORCE
from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.breaks import clause_end
from diplowatch.text.punctuation import CLAUSE_BREAKS, COMMAS
from diplowatch.text.words import WORD_RUN

# How many words may stand between the preposition and the deed's noun
# ("از ادامه بازداشت", "نسبت به موج بازداشت گسترده" reads "موج" only).
_OPENER_GAP = 2
# How far back from the deed's noun the preposition is looked for (characters).
_OPENER_REACH = 60
# A comma does not end the phrase: concern is often voiced over a list of
# deeds ("از بازداشت‌های گسترده، تیراندازی به معترضان و مرگ … ابراز نگرانی
# کرد"); a verb between the deed and the closer does (``_closer_start``).
_PHRASE_BREAKS = CLAUSE_BREAKS - frozenset(COMMAS)
# mendE106 (diffread71 F13): how far after the deed, in characters, the
# words of concern are looked for: a list of some eight deeds; without it a
# long line with commas only was searched whole for every deed of force.
_CLOSER_REACH = 240


def outside_concern(
    people: list[Mention], trig: Hit, etype: str, s: Sentence, ntext: str, ctx: Context
) -> list[Mention]:
    """``people`` of a deed of force named after a preposition of the topic
    and followed, in its clause, by the words of concern, without those named
    before the preposition (the one voicing concern). Where the phrase names
    no side of its own the sides stay whole, as a reaction's do."""
    if etype not in FORCE or not ctx.concern_closers:
        return people
    # the opener first: it is read within ``_OPENER_REACH``, the closer
    # over the rest of the clause (mendE106, diffread71 F13)
    opener = _opener_end(ntext, max(s.start, trig.start - _OPENER_REACH), trig.start, ctx)
    if opener is None:
        return people
    stop = clause_end(ntext, trig.end, min(s.end, trig.end + _CLOSER_REACH), _PHRASE_BREAKS)
    closer = _closer_start(ntext, trig.end, stop, ctx)
    if closer is None:
        return people
    # "روسیه از حمله به سفارت خود … ابراز نگرانی کرد": Russia was struck
    struck = struck_voicer(people, (opener, closer), s.mentions, ntext, ctx)
    if struck is not None:
        return struck
    inside = [m for m in people if opener <= m.start < closer]
    if not inside:
        return people
    return [m for m in people if m in inside or m.end == m.start]


def _closer_start(ntext: str, start: int, stop: int, ctx: Context) -> int | None:
    """Where the words of concern stand in ``ntext[start:stop]``, with no verb
    between them and the deed (a verb there closes another clause: "… خبر داد
    و …"); None when they are not written there."""
    span = ntext[start:stop]
    found = [span.find(c) for c in ctx.concern_closers if c in span]
    if not found:
        return None
    at = start + min(found)
    verbs = ctx.closing_verbs
    if any(w in verbs for w in WORD_RUN.findall(ntext[start:at])):
        return None
    return at


def _opener_end(ntext: str, begin: int, at: int, ctx: Context) -> int | None:
    """Where the preposition of the topic before the deed's noun at ``at``
    ends, with at most ``_OPENER_GAP`` words between them and no clause
    break; None when there is none."""
    words = [(m.group(), m.start(), m.end()) for m in WORD_RUN.finditer(ntext, begin, at)]
    if CLAUSE_BREAKS & set(ntext[begin:at]):
        words = [w for w in words if not CLAUSE_BREAKS & set(ntext[w[2] : at])]
    for back in range(1, min(len(words), _OPENER_GAP + 2) + 1):
        for size in (2, 1):
            if back + size - 1 > len(words):
                continue
            head = words[len(words) - back - size + 1 : len(words) - back + 1]
            if " ".join(w for w, _, _ in head) in ctx.concern_openers:
                return head[-1][2]
    return None
