"""Refugees or migrants that a call is about are not whom it asks (extra37).

"Canada's prime minister called on Europe to take in more refugees", "دعا
… أوروبا إلى استقبال مزيد من اللاجئين", "… از اروپا خواست پناهجویان
بیشتری را بپذیرد": the refugees stand inside what is asked, so they are its
topic, not its target, and a reader of the event who sees them as the side
asked is misled. Refugees asked themselves are named before what is asked
("asked Syrian refugees to register", "طلبت … من اللاجئين … التسجيل", "از
پناهجویان … خواست ثبت نام کنند") and stay.

What is asked opens after the request's word with a word of the language's
``context.REQUEST_TOPIC_OPENERS`` ("to", "for", "إلى", "على"); where the verb
ends its clause (``context.VERB_FINAL``) everything after the request's word
is what is asked, the one asked standing before it ("از X خواست …"). A side
right after a marker of the one asked (``context.ASKED_OF_MARKERS``: "از"
after the noun "درخواست …") is the one asked in every language, and so is one right after the
request's word behind its addressee's preposition and at most a
determiner (``context.REQUEST_ADDRESSEE_PREPOSITIONS``: "appealed to the
refugees to return").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from diplowatch.extract.lang_words import phrase_set
from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS

if TYPE_CHECKING:
    from diplowatch.extract.actor_context import Context

# The agents of people moved across borders, whom calls are so often about.
_MOVED_PEOPLE = frozenset({"REF"})


@cache
def _openers(lang: str) -> frozenset[str]:
    """The words that open what is asked, normalised as the text is."""
    return phrase_set(lang, "context", "REQUEST_TOPIC_OPENERS")


def asked_topic_out(
    people: list[Mention], trig: Hit, end: int, ntext: str, ctx: Context, need: int
) -> list[Mention]:
    """``people`` without refugees or migrants named inside what the request
    of ``trig`` asks (up to ``end``, the sentence's end), when ``need``
    sides other than them are left (a language that names no request of one
    side keeps them rather than lose the event)."""
    inside = [
        m for m in people if m.agent in _MOVED_PEOPLE and _in_request(m, trig, end, ntext, ctx)
    ]
    kept = [m for m in people if m not in inside]
    if not inside or len({(m.code, m.agent) for m in kept}) < need:
        return people
    return kept


def _in_request(m: Mention, trig: Hit, end: int, ntext: str, ctx: Context) -> bool:
    """Whether ``m`` stands in what is asked: after the request's word, in
    its clause, behind an opener of what is asked (anywhere after the verb
    where the verb ends its clause)."""
    if m.start < trig.end or m.start >= end:
        return False
    gap = ntext[trig.end : m.start]
    if CLAUSE_BREAKS & set(gap):
        return False
    words = gap.split()
    if words and words[-1] in ctx.asked_of_markers:
        # the one asked, marked as such ("درخواست ایران از پناهجویان …")
        return False
    if words and words[0] in ctx.addressee_preps and set(words[1:]) <= ctx.syntax.determiners:
        return False  # "appealed to (the) refugees to return": the refugees are asked
    if getattr(ctx, "verb_final", False):
        return True
    return bool(_openers(getattr(ctx, "lang", "")) & set(words))
