"""Members of someone's family are civilians, not his agent.

"مسلحان سه تن از اعضای خانواده یک مامور پلیس را کشتند", "قتل مسلحون أربعة
من أفراد عائلة ضابط شرطة", "gunmen killed three members of the family of
the mayor": the people struck or held are the family of the policeman or
the mayor, who is named only as whose family it is. The scan found his
noun or title and made it the side, so the family took the police's or
the government's agent (review106a F10). A member word
(``context.KIN_GROUP_MEMBERS``: "اعضای", "أفراد", "members") and a family
noun (``context.KIN_GROUP_NOUNS``: "خانواده", "عائلة", "family") right
before the mention, with at most ``_LINK_WORDS`` short linking words after
each ("of the", "یک", "یکی از"; ``_HEAD_WORDS``, three in every language,
before the head: "of the army commander"), say the mention names the
family: it becomes a civilian (``titles.KIN_AGENT``) with no role; its
country is left as the scan read it.
Not a family named without members ("the family of the mayor said"), which
may speak for him.
"""

from __future__ import annotations

from diplowatch.extract.mention import Mention
from diplowatch.extract.titles import KIN_AGENT

# words between the member word and the family noun ("of the"), and between
# the family noun and the one whose family it is ("of the army", "یکی از")
_LINK_WORDS = 2
_HEAD_WORDS = 3
# how far before a mention its family's words are read
_LEAD = 60


def kin_group_mentions(
    text: str, mentions: list[Mention], members: frozenset[str], families: frozenset[str]
) -> list[Mention]:
    """``mentions`` with each one written right after "members of the
    family of" a civilian without a role, and a body in its genitive right
    after it ("فرماندهان ارتش", the army's commanders) left out: it names
    whose the head is, no side of its own. Cheap: only a text with a family
    noun is read."""
    if not members or not families or not any(f in text for f in families):
        return mentions
    out: list[Mention] = []
    heads: set[int] = set()  # the mentions made a family's head here
    for m in mentions:
        if out and id(out[-1]) in heads and _genitive_of(out[-1], m, text):
            continue
        if _family_before(text[max(0, m.start - _LEAD) : m.start].split(), members, families):
            m.agent, m.role = KIN_AGENT, None
            heads.add(id(m))
        out.append(m)
    return out


def _genitive_of(head: Mention, m: Mention, text: str) -> bool:
    """Whether ``m`` stands right after a family's head (only a space
    between: the Persian ezafe, the Arabic construct)."""
    return m.start >= head.end and not text[head.end : m.start].strip()


def _family_before(words: list[str], members: frozenset[str], families: frozenset[str]) -> bool:
    """Whether the last words before a mention are a member word, a family
    noun and linking words, each gap of at most ``_LINK_WORDS`` words."""
    for gap in range(min(_HEAD_WORDS, len(words) - 1) + 1):
        at = len(words) - 1 - gap
        if at < 1 or words[at] not in families:
            continue
        lead = words[max(0, at - 1 - _LINK_WORDS) : at]
        return any(w in members for w in lead)
    return False
