"""Groups of agent codes (the spec's GOV, MIL, UAF …) that several rules read.

Why one home: each rule had written its own copy of the same group (the
unnamed attackers "UAF", the state's forces {MIL, COP}, the state's bodies),
so a code added to one copy was missed by the others. These are the spec's
codes, no language's words; the rule that reads a group says what it means
there. The groups the shared agents table's rules read stay in
``lang/xx/agents.py``.
"""

from __future__ import annotations

# Attackers the text does not identify (the spec's UAF).
UNNAMED_ATTACKERS = "UAF"

# The armed forces: whose deeds from afar ("غارة جوية") name them.
ARMED_FORCES = "MIL"

# Agents that can carry out an attack: without one, a sentence about a
# natural disaster (``status.DISASTER_CUES``) has no ASSAULT.
ARMED_AGENTS = frozenset({"MIL", "REB", "UAF", "COP", "CRM"})

# The state's armed branches: its forces and its police.
STATE_FORCES = frozenset({"MIL", "COP"})

# The bodies of a state: its government, forces, police, courts and
# legislature (who speaks, is addressed or holds for the state).
STATE_BODIES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})

# The state's bodies that hold people: no legislature.
HOLDING_AUTHORITIES = frozenset({"GOV", "MIL", "COP", "JUD"})

# Armed groups outside the state: rebels, unnamed attackers, criminals
# (whose leaders lead no party; who claim deeds of force).
NON_STATE_ARMED = frozenset({"REB", "UAF", "CRM"})

# Agents that do deeds of force to others: the noun after their verb is
# another actor (agents20: "Syrian rebels attacked government forces"), and
# a toll's deed is theirs.
FORCE_AGENTS = frozenset({"UAF", "COP", "JUD", "MIL", "REB", "CRM"})
