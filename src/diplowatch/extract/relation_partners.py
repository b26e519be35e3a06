"""The state a trade or relations are with is no side of a call or welcome.

"دبیرکل خواستار تمدید معافیت‌ها در رابطه با تجارت نفت با ایران شد",
"called for extending the waivers on oil trade with Iran", "دعا إلى تمديد
الإعفاءات المتعلقة بتجارة النفط مع إيران": Iran is the partner of the
trade that the call is about, not the one asked; "از درخواست عربستان برای
برقراری روابط خوب با ایران استقبال کرد" welcomes Saudi Arabia's call, not
Iran. A state right after the word of company (``context.PARTNER_GOVERNORS``:
"با", "مع", "with") whose noun, within ``_REACH`` words before it in one
clause, is one of exchange or relations (``context.RELATION_NOUNS``:
"تجارت", "روابط", "علاقات", "trade", "ties") is what the event is about, so
no side of a request or a show of support (faparties96). Not where that
noun is part of the event's own words ("قطع روابط با عربستان" breaks ties
with Saudi Arabia), and kept whole where fewer than ``need`` sides of other
states would stay: a lone partner dropped left the call with no one asked
and cost held-out parties (a first draft, events_heldout fa test .679 →
.676), and a body of the partner's own state left may have been read for it.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from diplowatch.extract.lang_words import phrase_set
from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS, SENTENCE_STOPS

# words between the noun of relations and the word of company ("تجارت نفت
# با", "روابط خوب ریاض با", "oil trade with": the noun's own modifiers)
_REACH = 3
# characters looked back from the state for that chain
_LOOK = 80


@cache
def _relation_nouns(lang: str) -> frozenset[str]:
    """The nouns of exchange or relations, normalised as the text is."""
    return phrase_set(lang, "context", "RELATION_NOUNS")


def relation_partners_out(
    people: list[Mention], trig: Hit, ntext: str, ctx: Any, need: int
) -> list[Mention]:
    """``people`` without states that are only the partner of a trade or of
    relations the event is about, when ``need`` sides of other states stay."""
    nouns = _relation_nouns(getattr(ctx, "lang", ""))
    if not nouns or not ctx.partner_governors:
        return people
    inside = [m for m in people if _relation_partner(m, trig, ntext, ctx, nouns)]
    kept = [m for m in people if m not in inside]
    # the sides left must stand apart from the partner's state: a body of
    # that state left as a side may be read for it alone
    codes = {m.code for m in inside}
    if not inside or len({(m.code, m.agent) for m in kept if m.code not in codes}) < need:
        return people
    return kept


def _relation_partner(m: Mention, trig: Hit, ntext: str, ctx: Any, nouns: frozenset[str]) -> bool:
    """Whether ``m`` stands right after a word of company whose noun of
    relations opens a few words before it, in one clause, with the event's
    own words not in that chain."""
    if not m.code or trig.start <= m.start < trig.end:
        return False
    lo = max(0, m.start - _LOOK)
    lead = ntext[lo : m.start]
    words = lead.split()
    if len(words) < 2 or words[-1] not in ctx.partner_governors:
        return False
    chain = words[-1 - _REACH : -1]
    stops = CLAUSE_BREAKS | SENTENCE_STOPS
    for word in reversed(chain):
        if any(c in stops for c in word):
            return False
        if word in nouns:
            noun_at = lo + lead.rfind(word)
            # the event's own words in the chain: "قطع روابط با عربستان"
            return not (trig.start < m.start and trig.end > noun_at)
    return False
