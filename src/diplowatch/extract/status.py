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
from diplowatch.extract.sentence import CLAUSE_BREAKS, Sentence
from diplowatch.extract.syntax import has_break

# What the rules below need to know of each event type (``event_types.TRAITS``).
REACTIONS = having("reaction")
REFUSALS = having("refusal")
UNREAL = having("unreal")
CONDITIONAL = having("conditional")

# How far a cue of plan reaches: near the trigger (characters from the cue's
# start) whatever stands between, and up to ``CLAUSE_REACH`` before it within
# its clause ("قرار است رئیس جمهور ترکیه روز دوشنبه به قطر سفر کند").
NEAR = 40
CLAUSE_REACH = 100

# Cues that open another clause: a future on their far side is that clause's
# ("met on Monday and said he will travel next week").
CLAUSE_CUES = frozenset({"reporting", "complementizer", "bound_complementizer"})
STRONG_BREAKS = CLAUSE_BREAKS - {",", "،", "(", ")", "[", "]"}


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
    conjunctions: frozenset[str] = frozenset(),
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
            own or in_reach(cue, trigger, sentence, text, after, future_times, conjunctions)
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


def in_reach(
    cue: Hit,
    trigger: Hit,
    sentence: Sentence,
    text: str,
    after: int,
    future_times: frozenset[str],
    conjunctions: frozenset[str],
) -> bool:
    """Whether a cue of plan belongs to the trigger's clause.

    Before the trigger it reaches ``NEAR`` characters, across a comma
    ("سيبدأ، غداً، جولة") but not across a comma that opens a reported clause
    ("قالت في وقت لاحق، إنها أطلقت النار") or a stronger break. A cue that
    governs a clause ("قرار است", "من المقرر", "is expected to": several
    words, no time) reaches ``CLAUSE_REACH`` if no comma, conjunction or word of
    saying stands between. After the trigger it reaches ``after`` characters
    but not past a semicolon or a word of saying ("دیدار کرد و گفت که
    هفته آینده …"); a comma there may close an apposition ("زنجبار، عاصمة
    أبين، خلال الساعات المقبلة")."""
    if cue.end <= trigger.start:
        gap = text[cue.end : trigger.start]
        if has_break(gap, STRONG_BREAKS):
            return False
        saying = _saying_between(cue.end + 2, trigger.start, sentence)
        if saying and has_break(gap, CLAUSE_BREAKS):
            return False
        if trigger.start - cue.start <= NEAR:
            return True
        phrase = text[cue.start : cue.end]
        return (
            trigger.start - cue.start <= CLAUSE_REACH
            and " " in phrase
            and phrase not in future_times
            and not saying
            and not has_break(gap, CLAUSE_BREAKS)
            and not conjunctions & set(gap.split())
        )
    if cue.start < trigger.end:
        return True  # inside the trigger
    if cue.start > trigger.end + after:
        return False
    gap = text[trigger.end : cue.start]
    return not has_break(gap, STRONG_BREAKS) and not _saying_between(
        trigger.end, cue.start, sentence
    )


def _saying_between(lo: int, hi: int, sentence: Sentence) -> bool:
    """A word of saying or a "that" between ``lo`` and ``hi``."""
    return any(c.entry.kind in CLAUSE_CUES and lo <= c.start and c.end <= hi for c in sentence.cues)
