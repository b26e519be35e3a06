"""The doer of a Persian passive told as the deed noun's genitive.

A compound verb's passive may keep its doer as the genitive of the deed's
noun, between that noun and the light verb: "سفارت مورد حمله شبه‌نظامیان
قرار گرفت" (the embassy came under the militiamen's attack), "طرح مورد
حمایت دولت قرار گرفت" (the plan was backed by the government), "کاروان
هدف حمله پهپادهای ارتش قرار گرفت". No agent marker ("توسط", "از سوی")
opens that doer, so the case marks read by ``marked_split.marked_split``
miss it and the subject, written first, was taken for the doer. Here the
side inside the passive acts and the nearest side before the noun, the
subject, undergoes the deed. The heads and light verbs are language data
(``GENITIVE_AGENT_HEADS``, ``GENITIVE_AGENT_VERBS``: Persian only; Arabic
and English mark such a doer with a preposition, "من قبل", "by")."""

from __future__ import annotations

from diplowatch.extract.actor_context import Context
from diplowatch.extract.actors import Mention
from diplowatch.extract.coordination import coordinated_groups
from diplowatch.extract.participants import unit
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS, PHRASE_BREAK_MARKS

# How many words may stand between the deed's noun and the light verb: the
# doer's name with a word or two of description ("مورد حمله پهپادی نیروهای
# ارتش روسیه قرار گرفت").
_REACH = 7
# Marks that may close the light verb ("قرار گرفت.", "قرار گرفت،"): a
# clause's or a sentence's end, an ellipsis or a closing quote.
_TRAILING = "".join(sorted(CLAUSE_BREAKS | PHRASE_BREAK_MARKS)) + "\u2026\u00bb\"'"


def genitive_agent_sides(
    trig: Hit, people: list[Mention], ntext: str, ctx: Context
) -> list[list[Mention]] | None:
    """(doer, undergoer) pairs where ``trig`` is the noun of a passive with
    its doer as genitive ("X مورد حمله Y قرار گرفت": Y acted on X); None
    where the trigger is no such passive or a side is missing, so the usual
    readings decide."""
    stop = _light_verb_at(trig, ntext, ctx)
    if stop is None:
        return None
    conj, adjacent = ctx.coordinators, ctx.adjacent_coordinated
    inside = [m for m in people if trig.end <= m.start and m.end <= stop]
    before = [m for m in people if m.end <= trig.start]
    if not inside or not before:
        return None
    doers = coordinated_groups(inside, ntext, conj, adjacent)[0]
    struck = _subject(coordinated_groups(before, ntext, conj, adjacent), trig, ntext, ctx)
    if struck is None:
        return None
    pairs = [[d, t] for d in doers for t in struck if unit(d) != unit(t)]
    return pairs or None


def _subject(
    groups: list[list[Mention]], trig: Hit, ntext: str, ctx: Context
) -> list[Mention] | None:
    """The passive's subject: the first group of the trigger's clause that
    no preposition opens (a verb-final clause starts with its subject; "به
    دانشگاه" after it is where it went), else the nearest group."""
    clause = [g for g in groups if not CLAUSE_BREAKS & set(ntext[g[-1].end : trig.start])]
    preps = ctx.target_preps | ctx.place_preps
    for g in clause:
        lead = ntext[max(0, g[0].start - 24) : g[0].start].split()[-1:]
        if not (lead and lead[0] in preps):
            return g
    return clause[-1] if clause else None


def _light_verb_at(trig: Hit, ntext: str, ctx: Context) -> int | None:
    """Where the passive's light verb starts after a trigger that opens with
    a genitive-taking head ("مورد", "هدف") and does not hold the verb
    itself, with no clause break between; None otherwise."""
    heads, verbs = ctx.genitive_agent_heads, ctx.genitive_agent_verbs
    own = ntext[trig.start : trig.end].split()
    if not heads or not own or own[0] not in heads or len(own) > 2:
        return None
    if any(v.split()[0] in own for v in verbs):  # "هدف قرار" holds the verb
        return None
    words = ntext[trig.end :].split()[: _REACH + 2]
    pos = trig.end
    for i, w in enumerate(words):
        pos = ntext.find(w, pos)
        pair = " ".join(words[i : i + 2]).rstrip(_TRAILING)
        if i and pair in verbs:
            return pos
        if CLAUSE_BREAKS & set(w):
            return None
        pos += len(w)
    return None
