"""The status of an event a trigger reports: ``negated``, ``planned`` or
``reported``.

Read from the cue words around the trigger (``lang/<code>/status.py``): a
negation right before it, or after it where the light verb carries it; the
future prefix of the verb; a cue of plan near it, unless the future belongs
to something else (what a reaction asks for, a threat's own words, the aim
of talks, what an agreement foresees).
"""

from __future__ import annotations

from diplowatch.event_types import having
from diplowatch.extract.actors import previous_word
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence

# What the rules below need to know of each event type (``event_types.TRAITS``).
REACTIONS = having("reaction")
REFUSALS = having("refusal")
UNREAL = having("unreal")
CONDITIONAL = having("conditional")


def status_of(
    trigger: Hit,
    sentence: Sentence,
    text: str,
    future_prefixes: frozenset[str],
    negation_follows: bool = False,
    gap_words: frozenset[str] = frozenset(),
    planned_before_verbs: bool = False,
    future_times: frozenset[str] = frozenset(),
    purpose_cues: frozenset[str] = frozenset(),
) -> str:
    """The trigger's status in its sentence (see module docstring); the
    keywords are the language's ways of negating and of telling the future
    (``context`` and ``context.syntax``)."""
    prev = previous_word(text, trigger.start)
    for cue in sentence.cues:
        if cue.entry.kind != "negation":
            continue
        if cue.end <= trigger.start and trigger.start - cue.end <= 2:
            return "negated"
        if (
            trigger.entry.affix == "verb"
            and cue.start <= trigger.start < cue.end
            and trigger.entry.value not in REFUSALS
        ):
            return "negated"  # the verb is part of the negation: "called off"
        if cue.end <= trigger.start and only_words(text[cue.end : trigger.start], gap_words):
            return "negated"  # "called off a march", "has not been placed on alert"
        if negation_follows and 0 <= cue.start - trigger.end <= 1:
            return "negated"  # Persian negates the light verb: "دیدار نکرد"
    if prev and any(
        c.entry.kind == "negation" and text[c.start : c.end] == prev for c in sentence.cues
    ):
        return "negated"
    if trigger.entry.affix == "verb" and trigger.prefix in future_prefixes:
        return "planned"
    # After a reaction ("invited him to visit next year") a future word
    # belongs to what is asked or welcomed, not to the reaction itself.
    # A future word right after the trigger is its own tense, even after a
    # reaction: Persian puts the auxiliary inside the compound ("دعوت خواهیم کرد").
    after = 0 if trigger.entry.value in REACTIONS else 50
    for cue in sentence.cues:
        own = (
            # a threat speaks of the future by nature: its "will respond" is said now
            trigger.entry.value not in CONDITIONAL
            and cue.start >= trigger.end
            and not text[trigger.end : cue.start].strip()
            # an auxiliary, not a time: "دستور داد هفته آینده …" ordered now for next week
            and " " not in text[cue.start : cue.end]
            and text[cue.start : cue.end] not in future_times
        )
        if cue.entry.kind != "planned" or not (
            own or trigger.start - 40 <= cue.start <= trigger.end + after
        ):
            continue
        if cue.start >= trigger.end and text[cue.start : cue.end] in purpose_cues:
            continue  # "the talks aim to secure a release": the aim is the release's
        if trigger.entry.value in UNREAL and trigger.start <= cue.start and cue.end <= trigger.end:
            continue  # a threat's own words: "would respond decisively" was said
        if (
            planned_before_verbs
            and trigger.entry.affix == "verb"
            and cue.start >= trigger.end
            and text[cue.start : cue.end] not in future_times
        ):
            continue  # "agreed that they will meet": the future is the meeting's
        return "planned"
    return "reported"


def only_words(gap: str, words: frozenset[str]) -> bool:
    """A short gap made only of the given words (at most three of them)."""
    parts = gap.split()
    return bool(words) and 0 < len(parts) <= 3 and all(w in words for w in parts)
