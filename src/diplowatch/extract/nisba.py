"""A nisba adjective is no noun for people (nisba75ar).

Arabic makes a relational adjective of a noun with "ي" (feminine "ية"):
"الفلاحي" (agricultural), "الشخصي" (personal), "الحزبية" (partisan),
"الأمامية" (front). The matcher lets a noun for people or a body take "ي"
and "يه" as a possessive ("my", "his" after the construct plural), so such
an adjective was read as the noun: "القطاع الفلاحي" a farmer, "الأمن
الشخصي" a civilian, "الخلافات الحزبية" a party. A word with the article
takes no possessive, and one written right after a definite noun agrees
with it as its adjective; so there the hit is dropped before mentions are
read. After a given name or any word without the article the same form is
a family name ("عصام الشابي", a person the text names) and stays; so do
the adjectives of a people or a class ("الغالبية الأويغورية", "الأندية
الطلابية"), which name their members (``NISBA_PEOPLE``). Persian writes
its adjective with the noun's own "ی", which the matcher does not glue to a
people noun, and English its "-al" adjectives as words of their own.
"""

from __future__ import annotations

from diplowatch.extract.actor_context import Context
from diplowatch.extract.lexicon import ACTOR
from diplowatch.extract.scan import Hit
from diplowatch.text.words import word_right_before

# the kinds of actor entry that name people or a body
_PEOPLE_KINDS = frozenset(("agent", "role", "institution"))


def nisba_adjectives_out(text: str, hits: list[Hit], ctx: Context) -> list[Hit]:
    """``hits`` without the one-word nouns for people read from a definite
    nisba adjective after a definite noun; ``hits`` itself where the
    language lists no nisba ending."""
    if not ctx.nisba_endings:
        return hits
    return [h for h in hits if not _nisba(text, h, ctx)]


def _nisba(text: str, hit: Hit, ctx: Context) -> bool:
    """Whether ``hit`` is a noun for people written as a definite nisba
    adjective ("ال…ي", "ال…ية") right after a definite word."""
    entry = hit.entry
    if entry.layer != ACTOR or entry.kind not in _PEOPLE_KINDS:
        return False
    if text[hit.base_end : hit.end] not in ctx.nisba_endings:
        return False
    key = text[hit.base_start : hit.base_end]
    if " " in key or key in ctx.nisba_people:
        return False
    word = text[hit.start : hit.base_end]
    if not (_definite(word, ctx) or entry.contracted):
        return False
    before = word_right_before(text, hit.start, 40)
    return bool(before) and _definite(before, ctx)


def _definite(word: str, ctx: Context) -> bool:
    """Whether ``word`` opens with the article (after a clitic), with a
    letter of its own after it."""
    return any(word.startswith(p) and len(word) > len(p) + 1 for p in ctx.definite_prefixes)
