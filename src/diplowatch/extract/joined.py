"""One occasion told by two trigger words of one sentence is one event.

A sentence often names one deed twice: "18 were killed in a car bomb
blast" (the blast and the killing), "five soldiers were killed when gunmen
opened fire" (the killing, whose subject is the victims, and the shooting,
whose subject is the attackers). Each trigger finds the participants of its
own clause, so the sentence yields one event per trigger, each with part of
the cast. An analyst reads one attack: attackers against soldiers. Two
steps join them, within one sentence and for one type and status only:

* an event whose participants are all among another's is part of it;
* two events with one participant each, one of them the subject of a
  passive ("were killed"), are one event: the active side acts on the
  passive one. Without a passive nothing tells that the two are one deed
  ("five soldiers were killed in Mosul and three police in Kirkuk" are two).
* an event whose doer is an unidentified attacker (no name, ``UNNAMED_ATTACKERS``)
  is one with another of its type whose named armed doer struck one of its
  participants, or with the sentence's only one with a named armed doer
  (sides22: "IS claimed the two attacks that targeted parliament, leaving
  dead and wounded": the wounding's understood attacker is IS).

Before both, a deed noun that is the object of a verb of its own type, a
few words from it, with the same participants, takes the verb's status:
"سترسل قطر المساعدات" (will send aid), "لم تفرض … عقوبات" (imposed no
sanctions) tell one planned or negated deed, not also a reported one.
"""

from __future__ import annotations

from collections.abc import Sequence

from diplowatch.extract.agent_groups import UNNAMED_ATTACKERS
from diplowatch.extract.merged import add_sectors_and_amounts, fill_names
from diplowatch.extract.scan import Hit
from diplowatch.model import Event


def _units(ev: Event) -> frozenset[tuple[str | None, str | None]]:
    return frozenset((a.code, a.agent) for a in ev.actors)


def passive(trig: Hit, ntext: str, auxiliaries: frozenset[str]) -> bool:
    """``trig`` is a verb in the passive: an auxiliary among the two words
    right before it ("were killed", "was reportedly arrested")."""
    before = ntext[max(0, trig.start - 40) : trig.start].split()[-2:]
    return any(w in auxiliaries for w in before)


def join(
    found: Sequence[tuple[Event, Hit]], ntext: str, auxiliaries: frozenset[str]
) -> list[Event]:
    """The sentence's events (each with the trigger it came from) with the
    parts of one occasion joined, in their order."""
    _verbs_mark_objects(found, ntext)
    events = [ev for ev, _ in found]
    trig_of = {id(ev): t for ev, t in found}
    out: list[Event] = []
    for ev in events:
        whole = next((o for o in out if _part_of(ev, o)), None)
        if whole is not None:
            _take(whole, ev)
            continue
        bigger = next((o for o in out if _part_of(o, ev)), None)
        if bigger is not None:
            _take(ev, bigger)
            out[out.index(bigger)] = ev
            continue
        other = next((o for o in out if _two_halves(o, ev, trig_of, ntext, auxiliaries)), None)
        if other is not None:
            victim_first = passive(trig_of[id(other)], ntext, auxiliaries)
            doer, done = (ev, other) if victim_first else (other, ev)
            doer.actors = doer.actors + done.actors
            _take(doer, done)
            out[out.index(other)] = doer
            continue
        out.append(ev)
    return _unknown_doers_named(out)


# The armed doers that name who an understood, unidentified attacker
# (``UNNAMED_ATTACKERS``, ``implied``) was.
_ARMED_DOERS = frozenset({"MIL", "REB", "COP", "CRM"})


def _unknown_doers_named(events: list[Event]) -> list[Event]:
    """``events`` with each one of an unnamed unidentified attacker folded
    into another of its occasion: into the one whose named armed doer struck
    one of its participants, or the sentence's only one with a named armed
    doer. Whom it struck join that event."""
    out = list(events)
    for ev in events:
        if not _unknown_first(ev):
            continue
        struck = _units(ev) - {(ev.actors[0].code, UNNAMED_ATTACKERS)}
        same = [o for o in out if o is not ev and _same_occasion(o, ev) and o.actors]
        armed = [o for o in same if o.actors[0].agent in _ARMED_DOERS]
        hit = [o for o in armed if struck & {(a.code, a.agent) for a in o.actors[1:]}]
        other = hit[0] if hit else armed[0] if len(armed) == 1 else None
        if other is None:
            continue
        have = _units(other)
        other.actors = other.actors + [a for a in ev.actors[1:] if (a.code, a.agent) not in have]
        _take(other, ev)
        out.remove(ev)
    return out


def _unknown_first(ev: Event) -> bool:
    """Whether the event's doer is an unidentified attacker with no name,
    of no country or of one it struck, as the understood one is (of the
    place, ``implied``): one of another country was named by it ("drones of
    Iran" that killed a Briton) and stays its own event."""
    if not ev.actors or ev.actors[0].agent != UNNAMED_ATTACKERS or ev.actors[0].name:
        return False
    code = ev.actors[0].code
    return code is None or any(a.code == code for a in ev.actors[1:])


# How many words may stand between a verb and the deed noun it governs
# ("لم تفرض الولايات المتحدة عقوبات": the subject between, VSO).
_OBJECT_WORDS = 4


def _verbs_mark_objects(found: Sequence[tuple[Event, Hit]], ntext: str) -> None:
    """Give a reported deed noun the status (and type: a planned sanction is
    a threat) of a planned or negated verb trigger of its own type a few
    words from it with the same participants: it is that verb's object."""
    for ev, trig in found:
        if trig.entry.affix != "noun" or ev.status != "reported":
            continue
        for other, verb in found:
            if (
                verb.entry.affix == "verb"
                and other.status != "reported"
                and verb.entry.value == trig.entry.value
                and _units(other) == _units(ev)
                and _words_between(trig, verb, ntext) <= _OBJECT_WORDS
            ):
                ev.status, ev.type = other.status, other.type
                break


def _words_between(a: Hit, b: Hit, ntext: str) -> int:
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return len(ntext[lo:hi].split()) if lo <= hi else 0


def _same_occasion(a: Event, b: Event) -> bool:
    return a.type == b.type and a.status == b.status


def _part_of(part: Event, whole: Event) -> bool:
    return _same_occasion(part, whole) and _units(part) <= _units(whole)


def _two_halves(
    a: Event, b: Event, trig_of: dict[int, Hit], ntext: str, auxiliaries: frozenset[str]
) -> bool:
    """One participant each, different ones, and exactly one a passive's subject."""
    if not _same_occasion(a, b) or len(_units(a)) != 1 or len(_units(b)) != 1:
        return False
    if _units(a) == _units(b):
        return False
    ta, tb = trig_of[id(a)], trig_of[id(b)]
    return ta.start != tb.start and (
        passive(ta, ntext, auxiliaries) != passive(tb, ntext, auxiliaries)
    )


def _take(kept: Event, ev: Event) -> None:
    """What ``ev`` adds to ``kept``: names and roles of the same actors, a
    date, counts and sums it alone states."""
    for actor in ev.actors:
        match = next(
            (a for a in kept.actors if (a.code, a.agent) == (actor.code, actor.agent)), None
        )
        if match is not None:
            fill_names(match, actor)
    kept.date = kept.date or ev.date
    kept.location = kept.location or ev.location
    for key, n in ev.counts.items():
        kept.counts.setdefault(key, n)
    add_sectors_and_amounts(kept, ev)
