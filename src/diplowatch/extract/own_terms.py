"""A title written after a listed person's name that is one of his own terms.

The office holders' table (``lang/xx/offices.tsv``) knows a person by every
office he has held; an undated article reads his name in the latest one
("محمد الناصر", speaker of parliament for years, then acting president for
three months, is read as the head of state). A title in apposition right
after his name ("محمد الناصر رئيس مجلس نواب الشعب", "Mohamed Ennaceur, the
speaker of parliament") is the text's own word on which of his offices he
speaks from. Where it is an office the table also lists for him, in the same
state and of the same agent, it is his, not a second man's: the rule that a
sitting president's name followed by a speaker's title names his guest
(``titles.other_office``) is meant for two people, and a term of his own
shows there is one. The agent is then the title's (LEG, not GOV). The same
holds for such a title written before the name with a comma between
("رئيس مجلس نواب الشعب، محمد الناصر", ``mention_scan._own_term_before``),
where main read the title as a second, unnamed man beside the name.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from diplowatch.extract.mention import Mention
from diplowatch.lang import offices

# Offices named by the deputy's word before the chief's title: left to the
# table's reading (``own_other_term``).
_DEPUTY_ROLES = frozenset({"deputy_minister"})


@cache
def _terms_by_latin() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Latin name -> the (code, role, agent) of every term listed under it."""
    grouped: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for term in offices.terms():
        grouped[term.name_latin].add((term.code, term.role, term.agent))
    return {name: tuple(sorted(held)) for name, held in grouped.items()}


def own_other_term(person: Mention, role: str, agent: str | None) -> bool:
    """Whether ``role`` (with ``agent``) is another office the table lists for
    the named ``person`` in his own state: the title after his name is his."""
    if person.kind != "person" or not person.name_latin or not role or not agent:
        return False
    if role == person.role:
        # his read office already; a past one (no agent) stays past here: a
        # former head titled before his name ("الرئيس الأمريكي السابق باراك
        # أوباما رئيس …") is followed by his guest's title of the same rank
        return False
    if role in _DEPUTY_ROLES:
        # "معاون سیاسی وزیر خارجه": a deputy's title holds his chief's, and
        # a later "معاون جدید … وزیر امور خارجه" split from his name then
        # reads the chief as a second man beside him
        return False
    held = _terms_by_latin().get(person.name_latin, ())
    return (person.code, role, agent) in held
