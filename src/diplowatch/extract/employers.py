"""The employer written with its workers is no side of their deed.

Persian joins workers to the firm that employs them by the ezafe alone
("کارگران شرکت نفت", the oil company's workers), Arabic by the construct
state ("عمال شركة النفط") or a word of place ("عمال في شركة"), English by a
preposition ("workers of the oil company") or a noun before the head ("oil
company workers"). The firm there tells whose workers strike, protest or
are laid off; it is the genitive of the noun phrase, not a participant of
its own (``ONTOLOGY``: workers and unions are LAB, the company is a side
only where the clause makes it one). The lexicon finds both nouns, and the
company became a second side (BUS) of the workers' strike.

Only a company after a workers' noun (LAB) is dropped: people of other
kinds written with a firm ("مالباختگان شرکت", a firm's defrauded
depositors) are often its counterpart, and a company of the same agent as
the noun before it is one body already.
"""

from __future__ import annotations

from diplowatch.extract.mention import Mention

_STAFF = "LAB"
_EMPLOYER = "BUS"


def without_employers(
    mentions: list[Mention], text: str, links: frozenset[str], employer_first: bool
) -> list[Mention]:
    """``mentions`` (in order) without a company written as the employer of
    the workers' noun next to it: right after it with only a space or a
    word of belonging (``links``) between (and, where a noun modifier comes
    first, the firm's own modifiers), or, where a noun modifier comes first
    (``employer_first``), right before it with only a space."""
    drop: set[int] = set()
    for i, (left, right) in enumerate(zip(mentions, mentions[1:], strict=False)):
        staff_first = left.agent == _STAFF and right.agent == _EMPLOYER
        if staff_first and _joined(left, right, text, links, 2 if employer_first else 0):
            drop.add(i + 1)
        elif _employer_first(left, right, text, employer_first):
            drop.add(i)
    return [m for i, m in enumerate(mentions) if i not in drop]


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
