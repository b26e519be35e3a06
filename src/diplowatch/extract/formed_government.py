"""A government still to be formed is no side (gov108, mendA108).

"باید دولت فراگیر تشکیل شود", "درباره تشکیل دولت جدید مذاکره کردند",
"urged the party to form a government": the government named here is what
someone asks for, talks about or sets up; it does not exist yet and does
nothing, so the state's government (``GOV``) is not a party of the request
or the talks. The noun is read as formed when a word of forming
(``context.FORMING_WORDS``) stands right before it, maybe over a few
fillers (``context.FORMING_FILLERS``: an article, "new", "unity") or a link
after a forming noun (``context.FORMING_LINKS``: "formation of", not "any
form of government"), or, in Persian, when the forming noun comes after it
with a subjunctive or future light verb ("دولت فراگیر تشکیل شود"; "دولت
جدید تشکیل شد" is one formed). Only the plain government nouns count
(``context.FORMED_GOVERNMENT_NOUNS``): a named government is a group of its
own, and "تشکیل جلسه شورای امنیت" holds a meeting of a body that exists.

Not read as still to be formed (mendA108): a formation the noun's clause
reacts to ("welcomed the formation of a unity government", "از تشکیل دولت
جدید استقبال کرد", ``context.FORMATION_REACTIONS``) or that comes after a
lead of time or a designate's task ("پس از تشکیل دولت", "نخست وزیر مامور
تشکیل کابینه", ``context.FORMING_LEADS``): that government exists, or the
country is the designate's. The noun's mention is not dropped: it keeps its
country with no agent (``without_agent``), so the side stays the state's
and no other mention of the sentence fills its place ("خواستار تشکیل دولت
فراگیر در افغانستان شد و دولت پاکستان را محکوم کرد").

Arabic gives no forming words: there "تشكيل الحكومة" is mostly a
premier-designate's or a sitting cabinet's formation, whose government is
the side (ar/context.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from diplowatch.extract.scan import Hit

if TYPE_CHECKING:
    from diplowatch.extract.actor_context import Context
    from diplowatch.extract.mention import Mention

# The institution value of the government nouns.
_GOVERNMENT = "government"
# How many words before the noun the forming word may stand (with fillers
# between), and how many modifiers may stand between the noun and a
# Persian forming noun after it ("دولت فراگیر تشکیل شود").
_BEFORE_REACH = 4
_AFTER_REACH = 2
_WORD = re.compile(r"[\w\u200c]+|[^\w\s\u200c]")
# What ends a sentence for the look for a reaction (``_reacted_to``).
_SENTENCE_END = re.compile(r"[.!?؟\n]")


def formed_government(text: str, hit: Hit, ctx: Context) -> bool:
    """Whether the government noun at ``hit`` names one still to be formed."""
    if hit.entry.kind != "institution" or hit.entry.value != _GOVERNMENT:
        return False
    if text[hit.start : hit.end] not in ctx.formed_nouns:
        return False
    if not (_formed_before(text, hit, ctx) or _formed_after(text, hit, ctx)):
        return False
    return not _reacted_to(text, hit, ctx)


def without_agent(mentions: list[Mention], formed: frozenset[int]) -> None:
    """Take the agent from the mentions of governments still to be formed
    (by the start of their noun): the state stays, as what is asked for or
    talked about ("تشکیل دولت فراگیر در افغانستان": Afghanistan), so no
    other government of the sentence takes its place, but not its
    government, which does not exist yet."""
    for m in mentions:
        if any(m.start <= at < m.end for at in formed):
            m.agent = None


def _formed_before(text: str, hit: Hit, ctx: Context) -> bool:
    """A word of forming right before the noun, only fillers between ("تشکیل
    یک دولت", "form a new government") or a link after a forming noun
    ("formation of a government"), with no lead of time or task before it
    ("after forming", "مامور تشکیل"); punctuation stops the look back."""
    window = _WORD.findall(text[max(0, hit.start - 80) : hit.start])
    words = window[-_BEFORE_REACH:]
    linked = False  # a link word ("of") stands after the forming word
    for i in range(len(words) - 1, -1, -1):
        low = words[i].lower()
        if low in ctx.forming_words:
            if linked and low not in ctx.forming_link_heads:
                return False  # "any form of government": the noun "form"
            lead = window[: len(window) - len(words) + i]
            return not _led(lead, ctx)
        if low in ctx.forming_links:
            linked = True
        elif low not in ctx.forming_fillers:
            return False
    return False


def _led(before: list[str], ctx: Context) -> bool:
    """Whether the one or two words before the forming word are a lead of
    time or task (``context.FORMING_LEADS``: "after", "پس از", "مامور")."""
    one = before[-1:]
    two = before[-2:]
    return any(len(ws) and " ".join(ws).lower() in ctx.forming_leads for ws in (one, two))


def _formed_after(text: str, hit: Hit, ctx: Context) -> bool:
    """Persian: the forming noun after the noun and at most ``_AFTER_REACH``
    modifiers, with a subjunctive or future light verb in the two words after
    it (``context.FORMED_AFTER_VERBS``: "دولت فراگیر تشکیل شود", "… تشکیل
    خواهد شد"); a past one ("تشکیل شد") is a government formed, and an
    active one ("دولت کمیته‌ای تشکیل داد") the government forming something."""
    verbs = ctx.formed_after_verbs
    if not verbs:
        return False
    words = _WORD.findall(text[hit.end : hit.end + 80])[: _AFTER_REACH + 3]
    for i, word in enumerate(words[: _AFTER_REACH + 1]):
        if word in ctx.forming_words:
            return bool(set(words[i + 1 : i + 3]) & verbs)
        if not word[:1].isalnum():
            return False  # punctuation ends the noun's phrase
    return False


def _reacted_to(text: str, hit: Hit, ctx: Context) -> bool:
    """Whether the noun's clause reacts to the formation (``context.
    FORMATION_REACTIONS``: "welcomed", "استقبال", "محکوم"): one welcomes or
    condemns a government formed, not one still to be formed. The clause
    ends at a sentence's end or a conjunction, so a reaction to something
    else ("خواستار تشکیل دولت فراگیر شد و پاکستان را محکوم کرد") does not
    count."""
    if not ctx.formation_reactions:
        return False
    ends = list(_SENTENCE_END.finditer(text, 0, hit.start))
    lo = ends[-1].end() if ends else 0
    after = _SENTENCE_END.search(text, hit.end)
    hi = after.start() if after else len(text)
    before = _WORD.findall(text[lo : hit.start])
    later = _WORD.findall(text[hit.end : hi])
    return _reaction_in(reversed(before), ctx) or _reaction_in(later, ctx)


def _reaction_in(words: Iterable[str], ctx: Context) -> bool:
    """A reaction word among ``words`` (read away from the noun) before a
    conjunction."""
    for word in words:
        low = word.lower()
        if low in ctx.conjunctions:
            return False
        if low in ctx.formation_reactions:
            return True
    return False
