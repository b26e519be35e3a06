"""An agent noun whose agent depends on whose force it is (guards64ar).

A "national guard" is a gendarmerie in some states and an army in others:
Tunisia's "الحرس الوطني" (garde nationale) polices the roads and arrests
smugglers (COP), while Saudi Arabia's National Guard, the US National Guard
and Kuwait's are armed forces (MIL). The lexicon gives the noun the agent
its language's press mostly means (Arabic: Tunisia's police; Persian and
English: an army); once a mention has its country, the language's table
(``agents.AGENTS_BY_STATE``: phrase → (that usual agent, {state: agent}))
gives the state's own. Only a mention still of the usual agent is changed:
a minister or an office named with the guard keeps the agent its title gave.
"""

from __future__ import annotations

from collections.abc import Mapping

from diplowatch.extract.mention import Mention

# phrase → (the agent the lexicon gives it, {state code: that state's agent})
StateAgents = Mapping[str, tuple[str, Mapping[str, str]]]


def agents_by_state(mentions: list[Mention], text: str, table: StateAgents) -> None:
    """Give each mention of a listed force with a country in its table
    that state's agent, in place."""
    if not table:
        return
    for m in mentions:
        if not m.code or not m.agent:
            continue
        agent = _state_agent(text, m, table)
        if agent:
            m.agent = agent


def _state_agent(text: str, m: Mention, table: StateAgents) -> str | None:
    """The agent the table gives a force named by ``m`` in its state, or
    None: the phrase inside the mention (the table lists a clitic's form,
    "للحرس الوطني", as a phrase of its own), or right after a possessive the
    mention ends with ("Venezuela's National Guard", one mention of the
    state, whose span holds the state alone)."""
    span = text[m.start : m.end]
    owned = text[m.end : m.end + 3] in ("'s ", "’s ")
    for phrase, (usual, by_state) in table.items():
        if m.agent != usual or m.code not in by_state:
            continue
        if phrase in span or (owned and text.startswith(phrase, m.end + 3)):
            return by_state[m.code]
    return None
