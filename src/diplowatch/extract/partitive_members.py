"""Nationals named among a group of another agent are of that agent.

"اعتقلت الشرطة ثلاثة إرهابيين، بينهم ليبيان", "پلیس سه تروریست از جمله
دو لیبیایی را بازداشت کرد": the nationals after the partitive word
(``context.NATIONAL_PARTITIVES``: "بينهم", "از جمله", "including") and at
most a count are some of the group written right before it, so they are
extremists, gunmen or soldiers as the group is, not civilians. Arabic read
the nationality across the bare partitive as the group's adjective already
("إرهابيين بينهم ليبيان"); a comma between broke it, and the plain noun for
nationals (CVL) then stood for the whole group.
"""

from __future__ import annotations

from diplowatch.extract.agent_groups import ARMED_AGENTS
from diplowatch.extract.mention import Mention

# words between the partitive and the nationals: a count ("دو", "two")
_COUNT_WORDS = 1
# the punctuation that may stand between the group and the partitive
_COMMAS = " ,،"
# The groups whose agent their nationals take are ``ARMED_AGENTS``: armed
# or outlaw men, whom a nationality alone would make civilians; refugees,
# workers or students named by nationality stay as the nationality reads
# them (extra31).


def partitive_members(text: str, mentions: list[Mention], partitives: frozenset[str]) -> None:
    """Give each coded civilian mention written right after a partitive
    word that follows a mention of armed or outlaw men (``ARMED_AGENTS``) the
    agent of that group.
    Cheap: only a sentence with a partitive word is read word by word."""
    if not partitives or not any(p in text for p in partitives):
        return
    for i, m in enumerate(mentions):
        if not i or m.agent != "CVL" or not m.code or m.role:
            continue
        group = mentions[i - 1]
        if group.agent not in ARMED_AGENTS or group.role or group.end > m.start:
            continue
        if _partitive_gap(text[group.end : m.start], partitives):
            m.agent = group.agent


def _partitive_gap(gap: str, partitives: frozenset[str]) -> bool:
    """Whether ``gap`` is a partitive word after optional commas, with at
    most ``_COUNT_WORDS`` words after it."""
    gap = gap.strip(_COMMAS)
    for word in partitives:
        if gap == word or gap.startswith(f"{word} "):
            rest = gap[len(word) :].split()
            return len(rest) <= _COUNT_WORDS
    return False
