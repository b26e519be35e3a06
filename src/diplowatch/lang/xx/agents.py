"""Agents (who inside a state acts) that hold in every language.

The codes are the spec's (``shared/spec/ONTOLOGY.md``, "Agents"). A person's
role implies an agent, and so does an institution; the per-language
``agents.py`` modules add the nouns (police, protesters …) and named
movements and parties.
"""

from __future__ import annotations

AGENTS: tuple[str, ...] = (
    "GOV",
    "MIL",
    "COP",
    "JUD",
    "LEG",
    "PTY",
    "OPP",
    "REB",
    "UAF",
    "CVL",
    "REF",
    "LAB",
    "BUS",
    "MED",
    "EDU",
    "REL",
    "CRM",
    "NGO",
    "HLH",
)

# A person's role (``roles.ROLE_TITLES``, ``persons``) → the agent it implies.
ROLE_AGENTS: dict[str, str] = {
    "head_of_state": "GOV",
    "head_of_government": "GOV",
    "foreign_minister": "GOV",
    "minister": "GOV",
    "deputy_minister": "GOV",
    "ambassador": "GOV",
    "official": "GOV",
    "legislator": "LEG",
    "party_leader": "PTY",
    "business": "BUS",
}

# An institution (``roles.INSTITUTIONS``) → the agent it implies.
INSTITUTION_AGENTS: dict[str, str] = {
    "central_bank": "GOV",
    "embassy": "GOV",
    "foreign_ministry": "GOV",
    "government": "GOV",
    "military": "MIL",
    "parliament": "LEG",
}

# Agents sent by the state named before them ("Russia withdrew troops from
# Kherson": Russia's troops), rather than belonging to the place where they
# act as police or protesters do ("police in Cairo").
SENT_AGENTS: frozenset[str] = frozenset({"MIL"})

# Institutions that act for their own country wherever they are (an embassy
# in Damascus is not Syria's): with no country written next to them they
# belong to the article's home country, like a bare title.
HOME_INSTITUTIONS: frozenset[str] = frozenset({"embassy", "foreign_ministry", "central_bank"})

# Agents that are the audience of what is said, not a party to the event
# ("told reporters", "در گفتگو با خبرنگاران", "في حديث للصحفيين").
NOT_PARTY_TO: dict[str, frozenset[str]] = {"CONSULT": frozenset({"MED"})}

# Agents that are cited rather than acting when a reporting verb comes right
# before them ("ذكرت صحيفة", "reported the newspaper", "به گزارش خبرگزاری").
CITED_AGENTS: frozenset[str] = frozenset({"MED"})
