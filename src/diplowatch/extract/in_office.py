"""A former office holder who does what only an office can do did it in office.

"Khatami, former president of Iran, criticised …" is a private man's word,
so a title written "former" after a name takes the state's voice (GOV) from
him (agents37). Some deeds, though, only an office can do: sanctions are
imposed by a government ("sanctions imposed in 2019 by X, the former US
president", "فرض الرئيس الأمريكي السابق … عقوبات على …", "… رئیس‌جمهور
پیشین آمریکا تحریم‌هایی علیه … وضع کرد"), so their doer named by his former
office acted while in it, as the office's agent (``ROLE_AGENTS``). The types
are data (``lang/xx/agents.IN_OFFICE_TYPES``); only the doer, the first
actor, is so read: a former president sanctioned is a private man still.
"""

from __future__ import annotations

from dataclasses import replace

from diplowatch.lang.agent_fields import shared_set
from diplowatch.model import Actor


def in_office(etype: str, actors: list[Actor], role_agents: dict[str, str]) -> list[Actor]:
    """``actors`` with a former office holder who is the doer of a deed of
    ``IN_OFFICE_TYPES`` given his office's agent back."""
    if etype not in shared_set("IN_OFFICE_TYPES") or not actors:
        return actors
    doer = actors[0]
    agent = role_agents.get(doer.role or "")
    if not doer.former or doer.agent or agent is None:
        return actors
    return [replace(doer, agent=agent, former=False), *actors[1:]]
