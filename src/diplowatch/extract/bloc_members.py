"""A group of states named as one ("۱+۵", "P5+1") made its member states.

The scan reads the group's name as an organisation whose code is a key of
``lang/xx/blocs.BLOC_MEMBERS``: a side like any organisation while the
sentence is read. No such code is the spec's, and a reader counts each
member a side ("talks between Iran and the P5+1" has seven), so before the
events leave the extractor the group's actor is replaced by one actor per
member state, with the group's agent, leaving out a member already a side.

The group is a side of what it was formed for, the talks and deals its
members hold together with another state (the types done by both sides
together: ``symmetric``). In a one-way deed its name is read as it was
before it was known: no side ("اطمینان ایران و ۱+۴ از رفع تحریم‌ها", the
group assured of a lifting, is not whom sanctions were lifted for), and the
event it alone made apart from its partner's, a repeat, is dropped.
"""

from __future__ import annotations

from dataclasses import replace

from diplowatch.event_types import having
from diplowatch.lang.xx.blocs import BLOC_MEMBERS
from diplowatch.model import Actor, Event

# Types whose sides act together (talks, deals, cooperation).
JOINT = having("symmetric")


def bloc_members(events: list[Event]) -> list[Event]:
    """The events with every group-of-states actor made its member states
    in a joint event, and taken out of a one-way one (an event left with
    nothing its like from the same sentence and trigger does not hold is
    dropped). Events naming no group are left as they are."""
    out: list[Event] = []
    for i, ev in enumerate(events):
        if not _names_group(ev):
            out.append(ev)
        elif ev.type in JOINT:
            ev.actors = _expanded(ev.actors)
            out.append(ev)
        else:
            ev.actors = [a for a in ev.actors if a.code not in BLOC_MEMBERS]
            # Only a kept event or one no group touches can hold it: two
            # mirrored events ("[P5+1, IRN]", "[IRN, P5+1]") would otherwise
            # each take the other, already cut down and dropped, for its
            # repeat, and both be lost.
            later = (other for other in events[i + 1 :] if not _names_group(other))
            if ev.actors and not any(_repeats(ev, other) for other in (*out, *later)):
                out.append(ev)
    return out


def _names_group(ev: Event) -> bool:
    """Whether a side of ``ev`` is a group of states."""
    return any(a.code in BLOC_MEMBERS for a in ev.actors)


def _repeats(ev: Event, other: Event) -> bool:
    """``other`` tells the same deed of the same sentence with every side
    ``ev`` has left."""
    codes = {a.code for a in other.actors}
    return (
        other.type == ev.type
        and other.trigger == ev.trigger
        and other.evidence == ev.evidence
        and all(a.code in codes for a in ev.actors)
    )


def _expanded(actors: list[Actor]) -> list[Actor]:
    """Each group actor replaced, in its place, by its members not named on
    their own: "Iran and the 5+1 and the United States" keeps one USA."""
    named = {a.code for a in actors if a.code not in BLOC_MEMBERS}
    out: list[Actor] = []
    for actor in actors:
        if actor.code not in BLOC_MEMBERS:
            out.append(actor)
            continue
        for code in BLOC_MEMBERS[actor.code]:
            if code not in named:
                named.add(code)
                out.append(replace(actor, code=code, role=None, name=None, name_latin=None))
    return out
