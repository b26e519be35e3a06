"""Phrases of cause: whoever they name is no side of the deed.

"because of", "بسبب", "به دلیل" (``context.BECAUSE_OPENERS``): the phrase
from its opener to a clause break or a preposition of the verb's
arguments names a cause (a deal, a war, pressure), not a side of the
meeting, retreat or mobilisation it explains. Its own module because it
tokenises the sentence its own way (``_WORDS``) and is one step of
``parties``' other-clause readings.
"""

from __future__ import annotations

import re
from typing import Any

from diplowatch.extract.actors import Mention
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.split_sides import SYMMETRIC
from diplowatch.text.punctuation import CLAUSE_BREAKS

# words and single marks, one by one
_WORDS = re.compile(r"\w+|[^\w\s]")

# Deeds whose cause names no side of theirs: "withdrew because of a
# US-Turkish deal", "agreed due to the pandemic". A comment, a demand or
# a sanction is often about the one its reason names, so they keep it.
NO_PARTY_IN_CAUSE = SYMMETRIC | frozenset({"RETREAT", "MOBILIZE"})


def outside_because(
    people: list[Mention], trig: Hit, s: Sentence, ntext: str, ctx: Any
) -> list[Mention]:
    """The mentions outside a phrase of cause (``context.BECAUSE_OPENERS``:
    "because of", "بسبب", "به دلیل") that does not hold the trigger; the
    phrase runs from its opener to a clause break or a preposition or
    marker of the verb's arguments (target, object, topic, partner, place);
    one that runs on to the trigger holds it. Whoever
    the cause names (a deal, a war, pressure) is no side of the deed; kept
    when no one else is."""
    chunk = ntext[s.start : s.end]
    if not any(opener in chunk for opener in ctx.because_openers):
        return people  # most sentences name no cause: skip the tokenising
    stops = (
        ctx.target_preps
        | ctx.object_markers
        | ctx.about_preps
        | ctx.topic_preps
        | ctx.partner_preps
        | ctx.location_preps
        | CLAUSE_BREAKS
    )
    words = [(m.start() + s.start, m.end() + s.start, m.group()) for m in _WORDS.finditer(chunk)]
    spans = _cause_spans(words, trig, ctx.because_openers, stops)
    out = [m for m in people if any(a <= m.start < b for a, b in spans)]
    rest = [m for m in people if m not in out]
    return rest if out and any(m.code or m.agent for m in rest) else people


def _cause_spans(
    words: list[tuple[int, int, str]], trig: Hit, openers: frozenset[str], stops: frozenset[str]
) -> list[tuple[int, int]]:
    """The spans of the phrases of cause that do not hold the trigger: from
    an opener of up to four words to the word before a stop; a phrase that
    runs on to the trigger holds it ("جراء … انسحابهم")."""
    spans = []
    for i in range(len(words)):
        n = next(
            (
                n
                for n in (4, 3, 2, 1)
                # near the end fewer than n words are left, and their join
                # may still be an opener ("… دون نتيجة": IndexError below)
                if i + n <= len(words) and " ".join(w[2] for w in words[i : i + n]) in openers
            ),
            0,
        )
        if not n:
            continue
        start, end = words[i][0], words[i + n - 1][1]
        holds = start <= trig.start < end
        for w_start, w_end, w in words[i + n :]:
            if w_start <= trig.start < w_end:
                holds = True
            if holds or w in stops:
                break
            end = w_end
        if not holds:
            spans.append((start, end))
    return spans
