"""The sides of a request for a release (release26).

"Iran called for the release of the fishermen", "طالبت منظمة العفو بالإفراج
عن المحتجين", "کانون وکلا خواستار آزادی بازداشت‌شدگان شد": the people named
after the release's noun (``context.RELEASE_NOUNS``) are those to be freed,
not whom the request is addressed to. PLOVER REQUEST is addressed to whoever
holds them: a state or armed side named after them ("held in India", "held
by Hamas"), else the government of the freed people's own country when
someone other than that state asks (a lawyers' body, the UN, another state).
When a state asks for its own people and no holder is named, who is asked
is not told, and the sides stay as they were.
"""

from __future__ import annotations

from dataclasses import replace

from diplowatch.extract.actors import Mention
from diplowatch.extract.agent_groups import STATE_BODIES
from diplowatch.extract.participants import unit
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.breaks import first_break
from diplowatch.text.punctuation import CLAUSE_BREAKS

# Words between a request's verb and the release's noun ("called on Monday
# for the release of", "طالبت منظمة العفو الدولية بالإفراج عن").
RELEASE_REACH = 6
# Agents of the people a release frees (the detained protesters, fishermen,
# journalists), as against those who hold them.
FREED = frozenset({"CVL", "OPP", "LAB", "EDU", "REF", "REL", "HLH", "MED", "BUS", "NGO", "PTY"})
# Who may hold them: a state's bodies, armed groups, gangs.
HOLDERS = frozenset({"GOV", "MIL", "COP", "JUD", "REB", "UAF", "CRM"})


def release_asked(
    s: Sentence, trig: Hit, people: list[Mention], ntext: str, nouns: frozenset[str]
) -> list[Mention]:
    """A request's sides with the people to be freed replaced by whom the
    request is addressed to (module docstring). An addressee already named
    before the release ("asked India for the release of …", "خطاب به
    رئیس‌جمهور … خواستار آزادی") stays the only one; ``people`` are
    unchanged when no release is asked for or no addressee is known."""
    rel = _release_noun_end(s, trig, ntext, nouns)
    if rel is None:
        return people
    stop = _clause_end(ntext, rel, s.end)
    after = [m for m in s.mentions if rel <= m.start < stop]
    freed = [m for m in people if m in after and m.agent in FREED]
    askers = [m for m in people if m not in after]
    if not freed or not askers:
        return people
    holder = _holder(after, freed) or _own_government(freed[0], askers[0])
    if holder is None:
        return askers if len({unit(m) for m in askers}) > 1 else people
    if any(unit(m) == unit(holder) for m in askers):
        return askers
    return [*askers, holder]


def _release_noun_end(s: Sentence, trig: Hit, ntext: str, nouns: frozenset[str]) -> int | None:
    """Where the release's noun ends when it follows the request's trigger
    within ``RELEASE_REACH`` words in its clause; None otherwise."""
    tail = ntext[trig.end : s.end]
    padded = f" {tail} "
    found = [(i, n) for n in nouns if (i := padded.find(f" {n} ")) >= 0]
    if not found:
        return None
    at, noun = min(found)
    gap = tail[:at]
    if len(gap.split()) > RELEASE_REACH or CLAUSE_BREAKS & set(gap):
        return None
    return trig.end + at + len(noun)


def _clause_end(ntext: str, start: int, end: int) -> int:
    """The end of the clause that opens at ``start``."""
    return first_break(ntext, start, end, CLAUSE_BREAKS)


def _holder(after: list[Mention], freed: list[Mention]) -> Mention | None:
    """The state or armed side named after the freed as holding them ("held
    in India", "المحتجزين لدى حماس"), as a side of its own (no longer only a
    place)."""
    for m in after:
        if m in freed or m.source or m.topic or m.offshore:
            continue
        if m.code and m.agent is None or m.agent in HOLDERS:
            return replace(m, place=False, location_only=False)
    return None


def _own_government(freed: Mention, asker: Mention) -> Mention | None:
    """The government of the freed people's country, asked by anyone but
    that state itself; None when their country is not known or is the
    asker's own state."""
    if not freed.code:
        return None
    if asker.code == freed.code and (asker.agent is None or asker.agent in STATE_BODIES):
        return None
    return replace(
        freed, agent="GOV", role=None, name=None, name_latin=None, name_span=None, kind="agent"
    )
