"""A harm inflicted is no one entering (persian72).

Persian says a harm "entered upon" someone: "تلفات سنگینی به آنان وارد شد",
"ارتش خسارت زیادی به شورشیان وارد کرد" (heavy losses were inflicted on
them). The verb is the one of forces entering a place ("نیروها وارد شهر
شدند", PLOVER MOBILIZE) or an official arriving (CONSULT), and its guard
found the forces named a few words before; but what "enters" here is the
harm noun (``context.INFLICTED_HARMS``), and whom it is inflicted on stands
after "به" (``context.INFLICTED_ON``) between the noun and the verb. An
entering force takes its place with no preposition ("وارد شهر شد"), so a
harm noun followed by "به" before the verb in its clause tells the other
sense. English "inflicted heavy losses" and Arabic "ألحق خسائر" use words
of their own and are read as no entry already.

mendC72: the harm noun must stand right before "به" (an adjective at most
between: "تلفات سنگینی به"), and no place may follow "به": "برای بررسی
خسارات زلزله به کابل وارد شد" is a delegation arriving in Kabul to survey
the damage, "پس از تلفات زیاد به عراق وارد شدند" forces entering Iraq.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS

if TYPE_CHECKING:
    from diplowatch.extract.actor_context import Context

# How many words before the verb the harm noun may stand ("تلفات سنگینی به
# نیروهای طالبان در این ولسوالی وارد شد").
REACH = 8
_WORD = re.compile(r"\S+")
_LETTERS = re.compile(r"[\w\u200c]+")  # a word without its punctuation
# The words a harm noun may have between it and "به": an adjective.
_HARM_TO_ON = 2
# The hits that name a place (a force enters it, an official arrives there).
_PLACE_KINDS = frozenset({"state", "city", "capital"})


def inflicted_out(hits: list[Hit], ntext: str, ctx: Context) -> list[Hit]:
    """``hits`` without the verbs of entering (``context.INFLICTED_VERBS``)
    that tell a harm inflicted."""
    if not ctx.inflicted_verbs:
        return hits
    at = _verb_starts(ntext, ctx.inflicted_verbs)
    if not at:
        return hits
    places = frozenset(h.start for h in hits if h.entry.kind in _PLACE_KINDS)
    # a hit's first word is a verb of entering only where one is written at
    # its start (or after blanks it starts with): the others are not sliced
    return [
        h
        for h in hits
        if (h.start not in at and not ntext[h.start : h.start + 1].isspace())
        or not _inflicted(h, ntext, ctx, places)
    ]


def _verb_starts(ntext: str, verbs: frozenset[str]) -> frozenset[int]:
    """Where a verb of entering is written in ``ntext`` (a substring, as a
    word or inside one): speed74a, ``_inflicted`` sliced and split every
    hit of the document (~290k calls on 1,500 documents) to find the few
    whose first word is one."""
    found: set[int] = set()
    for verb in verbs:
        at = ntext.find(verb)
        while at >= 0:
            found.add(at)
            at = ntext.find(verb, at + 1)
    return frozenset(found)


def _inflicted(hit: Hit, ntext: str, ctx: Context, places: frozenset[int]) -> bool:
    """Whether ``hit`` is a verb of entering whose clause names a harm noun
    and, right after it (an adjective at most between), "به" with no place
    (``places``, the starts of place hits) after it: the harm is what enters.
    A place after it is where one enters only with an intransitive verb."""
    said = ntext[hit.start : hit.end].split()
    if not said or said[0] not in ctx.inflicted_verbs:
        return False
    lo = max(0, hit.start - 20 * REACH)
    before = ntext[lo : hit.start]
    cut = max((before.rfind(c) for c in CLAUSE_BREAKS), default=-1)
    spans = [(lo + cut + 1 + m.start(), m.group()) for m in _WORD.finditer(before[cut + 1 :])]
    spans = spans[-REACH:]
    for i, (_, word) in enumerate(spans):
        if not word.startswith(tuple(ctx.inflicted_harms)):
            continue
        for at, on in spans[i + 1 : i + 1 + _HARM_TO_ON]:
            if on in ctx.inflicted_on:
                after = at + len(on)
                after += len(ntext[after:]) - len(ntext[after:].lstrip())
                return after not in places or not _intransitive(hit, ntext, ctx)
    return False


def _intransitive(hit: Hit, ntext: str, ctx: Context) -> bool:
    """Whether the verb of entering is intransitive ("وارد شدند", entered;
    ``context.INFLICTED_INTRANSITIVE``): only then may a place after "به" be
    where a force enters (mendE73); "وارد کرد" inflicts the harm on it."""
    said = (
        _LETTERS.findall(ntext[hit.start : hit.end])[1:]
        + _LETTERS.findall(ntext[hit.end : hit.end + 20])[:1]
    )
    return bool(said) and said[0] in ctx.inflicted_intransitive
