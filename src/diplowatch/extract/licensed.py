"""Event nouns that are the object of a verb trigger before them.

A guarded verb is an event only with one of its objects after it
(``lexicon._guarded``): "رفعت واشنطن العقوبات عن سوريا" lifts sanctions,
"علقت السويد مساعداتها" suspends aid, "سيفرض الاتحاد الأوروبي عقوبات" will
impose sanctions. That object is often an event noun of its own ("العقوبات",
"مساعداتها"), but here it only names what the verb's event acts on: lifted
sanctions are no sanction imposed, suspended aid no aid given, and sanctions
still to come no sanctions reported. A noun of the verb's own type a few
words after it ("ستقدم اليابان مساعدات", "ستطلق إيران وروسيا فريق عمل
مشتركا") is its object too: one event, in the verb's tense. So where the verb
comes before its object (``context.SUBJECT_AFTER_VERB``), such a noun adds
no event of its own where the verb's event tells it again or undoes it
(``EventType.undoes``); the verb's event tells the deed.
"""

from __future__ import annotations

from dataclasses import dataclass

from diplowatch.event_types import BY_CODE
from diplowatch.extract.scan import Hit, licensed_by
from diplowatch.text.punctuation import PHRASE_BREAK_MARKS
from diplowatch.text.words import WORD_RUN as _WORD

_BREAKS = PHRASE_BREAK_MARKS


@dataclass(frozen=True)
class Reach:
    """What bounds a verb's object: the words its guard searches (before,
    after), the clitics an object word may carry, the prepositions that
    open a phrase no object stands in and those glued to a word."""

    window: tuple[int, int]
    clitics: tuple[str, ...]
    breaks: frozenset[str]
    glued: frozenset[str]


def licensed_objects_out(triggers: list[Hit], ntext: str, reach: Reach) -> list[Hit]:
    """``triggers`` without the nouns that are the object of a verb before them."""
    verbs = [t for t in triggers if t.entry.affix == "verb"]
    if not verbs:
        return triggers
    return [
        t
        for t in triggers
        if t.entry.affix == "verb" or not any(_object_of(ntext, v, t, reach) for v in verbs)
    ]


# What a verb's event may do to an event noun it needs as its object: tell
# it again in its own tense (the same type: "ستفرض … عقوبات"), or undo it
# (``EventType.undoes``: a concession lifts a restriction, "رفعت …
# العقوبات", "حظر التجول"; a sanction cuts aid and ties, "علقت مساعداتها").
# A verb of another type keeps the noun's own event: "فرض … حظر تجول"
# imposes a curfew (COERCE), though "فرض حظرا" read alone is a sanction.


# A ban forbids the deed it takes as its object ("حظرت الحكومة الاحتجاجات"):
# the protest banned did not take place, though a coercion in general (a
# dispersal) leaves the protest it ends told.
_MODE_UNDOES: dict[tuple[str, str], tuple[str, ...]] = {("COERCE", "ban"): ("PROTEST",)}


def _undoes(verb: Hit, noun: Hit) -> bool:
    """Whether the verb's event tells or undoes the noun's (``EventType.undoes``)."""
    verb_type = BY_CODE.get(verb.entry.value)
    undone = verb_type.undoes if verb_type else ()
    mode = verb.mode
    undone += _MODE_UNDOES.get((verb.entry.value, mode), ())
    return verb.entry.value == noun.entry.value or noun.entry.value in undone


def _object_of(ntext: str, verb: Hit, noun: Hit, reach: Reach) -> bool:
    """Whether ``noun`` is the object the guarded ``verb`` needed, or a noun
    of the verb's own type within the words searched after it, with no
    punctuation and no preposition between."""
    if noun.start < verb.end or _BREAKS & set(ntext[verb.end : noun.start]):
        return False
    if len(verb.entry.extra) > 1 and verb.entry.extra[1]:
        return _undoes(verb, noun) and licensed_by(ntext, verb, noun, reach.window, reach.clitics)
    between = _WORD.findall(ntext[verb.end : noun.start])
    return (
        verb.entry.value == noun.entry.value
        and len(between) < reach.window[1]
        and not reach.breaks & set(between)
        and noun.prefix not in reach.glued
    )
