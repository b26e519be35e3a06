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
states would stay (co-doers are one side, a state's name beside a body of
it that body: mendC97): a lone partner dropped left the call with no one asked
and cost held-out parties (a first draft, events_heldout fa test .679 →
.676), and a body of the partner's own state left may have been read for it.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from diplowatch.extract.coordination import coordinated_groups
from diplowatch.extract.lang_words import phrase_set
from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS, SENTENCE_STOPS

# words between the noun of relations and the word of company ("تجارت نفت
# با", "روابط خوب ریاض با", "oil trade with": the noun's own modifiers)
_REACH = 3
# characters looked back from the state for that chain
_LOOK = 80
# a state named by its name or capital alone, no body of it
_BARE_KINDS = frozenset({"state", "capital"})


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
    if not inside or _sides_left([m for m in kept if m.code not in codes], ntext, ctx) < need:
        return people
    return kept


def _sides_left(kept: list[Mention], ntext: str, ctx: Any) -> int:
    """How many sides ``kept`` makes: a coordination is one ("آلمان و
    فرانسه خواستار بهبود روابط با روسیه شدند": the co-doers are no side
    asked, so the partner stays), and a bare state whose code a body of
    it holds is that body ("ولی عهد سعودی گفت «عربستان خواستار …»": one
    side); a body of the state beside another body of it counts (a party
    calling on the government, the UN chief on the Security Council).
    mendC97: faparties96 counted (code, agent) pairs."""
    bodies = {m.code for m in kept if m.agent}
    groups = coordinated_groups(kept, ntext, ctx.coordinators, ctx.adjacent_coordinated)
    # a repeat of one participant is left out of its group: a side alone
    grouped = {id(m) for group in groups for m in group}
    groups += [[m] for m in kept if id(m) not in grouped]
    sides = {
        frozenset((m.code, m.agent) for m in group if not _bare(m) or m.code not in bodies)
        for group in groups
    }
    return len(sides - {frozenset()})


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


def _bare(m: Mention) -> bool:
    """Whether ``m`` names a state by its name or capital alone."""
    return not m.agent and m.kind in _BARE_KINDS
