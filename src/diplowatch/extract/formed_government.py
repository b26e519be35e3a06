"""A government still to be formed is no side (gov108).

"باید دولت فراگیر تشکیل شود", "درباره تشکیل دولت جدید مذاکره کردند",
"urged the party to form a government": the government named here is what
someone asks for, talks about or sets up; it does not exist yet and does
nothing, so the state's government (``GOV``) is not a party of the request
or the talks. The noun is read as formed when a word of forming
(``context.FORMING_WORDS``) stands right before it, maybe over a few
fillers (``context.FORMING_FILLERS``: an article, "new", "unity"), or, in
Persian, when the forming noun comes after it with a passive light verb
("دولت فراگیر تشکیل شود"). Only the plain government nouns count
(``context.FORMED_GOVERNMENT_NOUNS``): a named government is a group of its
own, and "تشکیل جلسه شورای امنیت" holds a meeting of a body that exists.
Arabic gives no forming words: there "تشكيل الحكومة" is mostly a
premier-designate's or a sitting cabinet's formation, whose government is
the side (ar/context.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from diplowatch.extract.scan import Hit

if TYPE_CHECKING:
    from diplowatch.extract.actor_context import Context

# The institution value of the government nouns.
_GOVERNMENT = "government"
# How many words before the noun the forming word may stand (with fillers
# between), and how many modifiers may stand between the noun and a
# Persian forming noun after it ("دولت فراگیر تشکیل شود").
_BEFORE_REACH = 4
_AFTER_REACH = 2
_WORD = re.compile(r"[\w\u200c]+|[^\w\s\u200c]")


def formed_government(text: str, hit: Hit, ctx: Context) -> bool:
    """Whether the government noun at ``hit`` names one still to be formed."""
    if hit.entry.kind != "institution" or hit.entry.value != _GOVERNMENT:
        return False
    if text[hit.start : hit.end] not in ctx.formed_nouns:
        return False
    return _formed_before(text, hit, ctx) or _formed_after(text, hit, ctx)


def _formed_before(text: str, hit: Hit, ctx: Context) -> bool:
    """A word of forming right before the noun, only fillers between ("تشکیل
    یک دولت", "form a new government"); punctuation stops the look back."""
    words = _WORD.findall(text[max(0, hit.start - 80) : hit.start])[-_BEFORE_REACH:]
    for word in reversed(words):
        low = word.lower()
        if low in ctx.forming_words:
            return True
        if low not in ctx.forming_fillers:
            return False
    return False


def _formed_after(text: str, hit: Hit, ctx: Context) -> bool:
    """Persian: the forming noun after the noun and at most ``_AFTER_REACH``
    modifiers, with a passive light verb in the two words after it
    (``context.FORMED_AFTER_VERBS``: "دولت فراگیر تشکیل شود", "… تشکیل
    می‌شود"); an active one ("دولت کمیته‌ای تشکیل داد") is the government
    forming something else."""
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
