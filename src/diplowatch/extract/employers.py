"""The workplace written with its workers is no side of their deed.

Persian joins workers to the plant they work at by the ezafe alone
("کارگران کارخانه فولاد", the steel plant's workers), Arabic by the
construct state ("عمال مصنع الإسمنت") or a word of place ("عمال في
المصنع"), English by a preposition ("workers at the cement factory") or a
noun before the head ("steel plant workers"). The workplace there tells
where the workers strike or protest; it is the genitive of the noun
phrase, not a participant of its own (extra37: "a strike by a factory's
workers, the factory named: the workers alone"). The lexicon finds both
nouns, and the plant became a second side (BUS) of the workers' strike.

Only a workplace (``context.WORKPLACE_NOUNS``: factory, plant, refinery,
mine, workshop) after a workers' noun (LAB) is dropped. A company named
with its workers stays the employer struck against (agents31fa, extra37:
"Workers of the Haft Tappeh sugar company went on strike" is LAB and BUS),
people of other kinds written with a firm ("مالباختگان شرکت", a firm's
defrauded depositors) are often its counterpart, and a union of traders
("نقابة التجار") is one body with its members.
"""

from __future__ import annotations

from diplowatch.extract.mention import Mention

_STAFF = "LAB"
_EMPLOYER = "BUS"
_PAIR = {_STAFF, _EMPLOYER}


def without_employers(
    mentions: list[Mention],
    text: str,
    links: frozenset[str],
    employer_first: bool,
    workplaces: frozenset[str],
) -> list[Mention]:
    """``mentions`` (in order) without a workplace (``workplaces``) written
    with the workers' noun next to it: right after it with only a space or a
    word of belonging (``links``) between (and, where a noun modifier comes
    first, the firm's own modifiers), or, where a noun modifier comes first
    (``employer_first``), right before it with only a space."""
    drop: set[int] = set()
    if not workplaces:
        return mentions
    for i, (left, right) in enumerate(zip(mentions, mentions[1:], strict=False)):
        if {left.agent, right.agent} != _PAIR or not _workplace(left, right, text, workplaces):
            continue
        staff_first = left.agent == _STAFF and right.agent == _EMPLOYER
        if staff_first and _joined(left, right, text, links, 2 if employer_first else 0):
            drop.add(i + 1)
        elif _employer_first(left, right, text, employer_first):
            drop.add(i)
    return [m for i, m in enumerate(mentions) if i not in drop]


def _workplace(left: Mention, right: Mention, text: str, workplaces: frozenset[str]) -> bool:
    """The BUS mention of the pair is written with a workplace noun."""
    firm = right if right.agent == _EMPLOYER else left
    named = text[firm.start : firm.end]
    return any(w in workplaces for w in named.split())


def _employer_first(left: Mention, right: Mention, text: str, allowed: bool) -> bool:
    """A firm written as the noun modifier before its workers ("oil company
    workers"), where the language puts modifiers first."""
    return (
        allowed
        and left.agent == _EMPLOYER
        and right.agent == _STAFF
        and _joined(left, right, text, frozenset(), 0)
    )


def _joined(
    first: Mention, second: Mention, text: str, links: frozenset[str], modifiers: int
) -> bool:
    """Nothing but a space or a word of belonging between the two; where
    modifiers come first, up to ``modifiers`` plain words may follow the
    word of belonging ("workers at the steel company")."""
    if second.start <= first.end:
        return False
    gap = text[first.end : second.start]
    if gap == " ":
        return True
    words = gap.split()
    return any(
        " ".join(words[:cut]) in links and all(w.isalpha() for w in words[cut:])
        for cut in range(max(1, len(words) - modifiers), len(words) + 1)
    )
