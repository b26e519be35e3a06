"""Support given to a protest is given to its crowd.

"أعلن الحزب مساندته للتحركات الاجتماعية", "the party declared its support
for the protests", "حزب حمایت خود را از اعتراضات اعلام کرد": the support's
object is a protest noun, whose people are the civilians who protest
(``IMPLIED_AGENTS``: a crowd is CVL). So the support is for that crowd: a
state named as a whole among its targets stands for its people who protest
("مساندته للتحركات الاجتماعية في تونس": the Tunisians protesting, not
Tunisia), and with no target named the crowd is understood, of the place
named or of the supporter's own country when he is a body of society (a
party, a union); a state's government that backs protests is most often
backing those of another country, so its crowd is of no known country
(agents43ar). The words allowed between the support's noun and the
protest's are the language's ``context.BACKED_PROTEST_LINKS``.
"""

from __future__ import annotations

from dataclasses import replace

from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.model import Actor

_SUPPORT = "SUPPORT"
_PROTEST = "PROTEST"
_CROWD = "CVL"
# words of a support's noun before its object: at most these many
_LINK_WORDS = 3
# characters after a protest's noun where its own people stand
_NEAR = 24
# supporters whose own people are not the crowd they back
_STATE_VOICES = frozenset({None, "GOV"})


def backed_crowd(
    etype: str,
    s: Sentence,
    trig: Hit,
    actors: list[Actor],
    place: str | None,
    ntext: str,
    links: frozenset[str],
) -> list[Actor]:
    """``actors`` of a support whose object is a protest, with the protest's
    crowd as whom it backs (see the module); others as they are."""
    if etype != _SUPPORT or not actors:
        return actors
    protest = _protest_after(s, trig, ntext, links)
    if protest is None or _own_people(s, protest, ntext, links):
        return actors
    supporter, targets = actors[0], actors[1:]
    crowd = [replace(a, agent=_CROWD) if a.code and a.agent is None else a for a in targets]
    if not crowd:
        own = None if supporter.agent in _STATE_VOICES else supporter.code
        crowd = [Actor(place or own, agent=_CROWD)]
    return [supporter, *crowd]


def _protest_after(s: Sentence, trig: Hit, ntext: str, links: frozenset[str]) -> Hit | None:
    """The protest's noun that follows the support's trigger with only the
    link words between ("دعمه للاحتجاجات", "support for the protests")."""
    if not links:
        return None
    nxt = min((t for t in s.triggers if t.start >= trig.end), key=lambda t: t.start, default=None)
    if nxt is None or nxt.entry.value != _PROTEST:
        return None
    gap = ntext[trig.end : nxt.start].split()
    return nxt if len(gap) <= _LINK_WORDS and all(w in links for w in gap) else None


def _own_people(s: Sentence, protest: Hit, ntext: str, links: frozenset[str]) -> bool:
    """Whether the protest's noun names its own people right after it, past
    link words and at most one other ("حمایت از اعتصاب سراسری کارگران",
    "support for the strike of the oil workers"): the sentence's sides then
    tell whom the support backs."""
    for m in s.mentions:
        if m.place or m.location_only:
            continue  # "للتحركات في المغرب": where, not who
        if protest.end <= m.start < protest.end + _NEAR:
            gap = ntext[protest.end : m.start].split()
            if sum(w not in links for w in gap) <= 1:
                return True
    return False
