"""Whose request it was: the side named as its owner asks.

"أودع السجن بناء على طلب من المحققين", "با درخواست سفیر کانادا … از سوی
وزارت خارجه تنظیم شد", "Iran sent a note at the Canadian ambassador's
request", "the request came from the French ambassador": the request's
noun (``context.REQUEST_OWNER_NOUNS``), after a phrase that makes it the cause of another deed ("بناء على",
"به/با/بنا به", "at/on the"; ``context.REQUEST_OWNER_OPENERS``), names its
owner right after it (``REQUEST_OWNER_LINKS``: Arabic "من", English "of",
the Persian genitive with none) or, in English, before it with a
possessive (``REQUEST_OWNER_POSSESSIVES``); a verb of coming from names it
with no opener (``REQUEST_SOURCE_LINKS``). That owner made the request,
while the sentence's subject did what was asked: word order, a doer marker
of the asked deed ("از سوی") or the Arabic verb "طلب من" (whose "من" names
the one asked) put the owner second. The event's first actor must be the
asker (the PLOVER export reads actor = first, recipient = second)
(reversed94).
"""

from __future__ import annotations

import re
from typing import Any

from diplowatch.extract.actors import Mention
from diplowatch.extract.scan import Hit

_WORD = re.compile(r"\w+|[^\w\s]")
# How many words before the request's noun (or its possessive owner) an
# opener may end ("at the Canadian ambassador's request": the owner's three).
_OPENER_REACH = 5
# How many characters around the noun are read.
_WINDOW = 60


def request_owners_first(side: list[Mention], trig: Hit, ntext: str, ctx: Any) -> list[Mention]:
    """``side`` with the request's owner moved first, when the sentence
    names it as such and it is not first already."""
    if len(side) < 2 or not _request_noun(trig, ntext, ctx.request_owner_nouns):
        return side
    owner = next((m for m in side if _owns(m, trig, ntext, ctx)), None)
    if owner is None or side[0] is owner:
        return side
    return [owner] + [m for m in side if m is not owner]


def _request_noun(trig: Hit, ntext: str, nouns: frozenset[str]) -> bool:
    """Whether the deed's word is a noun of asking (``REQUEST_OWNER_NOUNS``),
    read whole: a verbal noun's genitive ("فراخواندن سفرا", "calling in the
    envoys") is its object, not its owner."""
    match = _WORD.match(ntext, trig.start)
    return match is not None and match.group() in nouns


def _owns(m: Mention, trig: Hit, ntext: str, ctx: Any) -> bool:
    """Whether ``m`` is named as the owner of the request ``trig`` tells."""
    if m.start >= trig.end:
        gap = _gap_words(ntext[trig.end : m.start], ctx)
        if gap in ctx.request_source_links:
            return True
        return gap in ctx.request_owner_links and _opened(ntext, trig.start, ctx)
    if not ctx.request_owner_possessives or m.end > trig.start:
        return False
    between = "".join(ntext[m.end : trig.start].split())
    if not between.endswith(tuple(ctx.request_owner_possessives)):
        return False
    return len(_WORD.findall(between)) <= _OPENER_REACH and _opened(ntext, m.start, ctx)


def _gap_words(gap: str, ctx: Any) -> str:
    """The words between the noun and a mention, determiners and one
    adjective of ``REQUEST_OWNER_ADJECTIVES`` right after the noun left out
    ("درخواست مجدد ایران"); a mark other than a word ends the link ("طلب،
    من" is no owner's)."""
    words = _WORD.findall(gap)
    if any(not w.isalnum() for w in words):
        return "\0"
    if words and words[0] in ctx.request_owner_adjectives:
        words = words[1:]
    return " ".join(w for w in words if w not in ctx.syntax.determiners)


def _opened(ntext: str, at: int, ctx: Any) -> bool:
    """Whether an opener ends the words right before ``at`` (determiners
    between them allowed: "at the request")."""
    words = _WORD.findall(ntext[max(0, at - _WINDOW) : at])
    while words and words[-1] in ctx.syntax.determiners:
        words.pop()
    said = " " + " ".join(words[-_OPENER_REACH:])
    return any(said.endswith(" " + o) for o in ctx.request_owner_openers)
