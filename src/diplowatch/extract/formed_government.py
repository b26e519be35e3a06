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
from bisect import bisect_left
from collections.abc import Iterable
from typing import TYPE_CHECKING

from diplowatch.extract.scan import Hit
from diplowatch.text.breaks import clause_start, first_break
from diplowatch.text.punctuation import SENTENCE_ENDS

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
# The text is normalised (a ZWNJ is a space), so a word is letters or one mark.
_WORD = re.compile(r"\w+|[^\w\s]")
# How far (in characters) the look for a reaction reads each way from the
# noun within its sentence (``_reacted_to``): far more than a clause, and a
# bound, so a long text without sentence ends is not read whole per noun (mendF108).
_REACTION_REACH = 400


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
    starts = sorted(formed)
    for m in mentions:
        i = bisect_left(starts, m.start)  # the first formed start in or after m
        if i < len(starts) and starts[i] < m.end:
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
            while lead and lead[-1].lower() in ctx.forming_lead_fillers:
                lead = lead[:-1]  # "after the formation of": the lead is "after"
            return not _led(lead, ctx)
        if low in ctx.forming_links:
            linked = True
        elif low not in ctx.forming_fillers:
            return False
    return False


def _led(before: list[str], ctx: Context) -> bool:
    """Whether the one or two words before the forming word, past its fillers
    (``context.FORMING_LEAD_FILLERS``: "after the formation"), are a lead of
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
    endings = ctx.forming_detached_endings
    words = _WORD.findall(text[hit.end : hit.end + 80])
    modifiers = 0
    for i, word in enumerate(words):
        if word in ctx.forming_words:
            return _future_passive(words[i + 1 : i + 3], verbs)
        if not word[:1].isalnum():
            return False  # punctuation ends the noun's phrase
        if word not in endings:  # "کمیته‌ای", one word before normalising
            modifiers += 1
        if modifiers > _AFTER_REACH:
            return False
    return False


def _future_passive(words: list[str], verbs: frozenset[str]) -> bool:
    """Whether the two words after the forming noun hold a subjunctive or
    future passive light verb: one word ("شود"; "می شود" reads it second)
    or the two together ("خواهد شد"; "خواهد" alone may be active: "تشکیل
    خواهد داد", mendF108)."""
    return bool(set(words) & verbs) or " ".join(words) in verbs


def _reacted_to(text: str, hit: Hit, ctx: Context) -> bool:
    """Whether the noun's clause reacts to the formation (``context.
    FORMATION_REACTIONS``: "welcomed", "استقبال", "محکوم"): one welcomes or
    condemns a government formed, not one still to be formed. The clause
    ends at a sentence's end or a conjunction, so a reaction to something
    else ("خواستار تشکیل دولت فراگیر شد و پاکستان را محکوم کرد") does not
    count."""
    if not ctx.formation_reactions:
        return False
    lo = clause_start(text, max(0, hit.start - _REACTION_REACH), hit.start, SENTENCE_ENDS)
    hi = first_break(text, hit.end, hit.end + _REACTION_REACH, SENTENCE_ENDS)
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
