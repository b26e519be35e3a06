"""Whether two mentions of one unit are two participants.

``participants.unit`` joins a state, its government and its officials into
one participant, so that "Iran … the Iranian president" is one side. Two
people or bodies of one state acting on each other are still two: a
minister asks the president, the president urges the government, the prime
minister meets the speaker. What tells them apart is what identifies an
actor in the output record: a different office (``role``), a different
``name``, or a person beside a body of his state that the verb governs
("urged the government"). A title and a name
side by side are one person in apposition ("مسعود پزشکیان رئیس جمهور"),
whatever office a list of names gives him.
"""

from __future__ import annotations

from diplowatch.extract.mention import Mention

# An office too general to tell one person from another ("an official").
_GENERAL_ROLES = frozenset({"official"})
_TOP_OFFICES = frozenset({"head_of_state", "head_of_government"})
_APPOSITION_GAP = 2  # characters: a space, or a comma and a space


def distinct(a: Mention, b: Mention, objects: frozenset[int] = frozenset()) -> bool:
    """Whether ``a`` and ``b`` (of one unit) name two people or bodies.
    ``objects``: the starts of the mentions the trigger governs as its
    object; a body is a party apart from a person only there ("urged the
    government"): elsewhere it is his own seat ("an MP in parliament") or
    the government he heads ("the Jomaa government")."""
    if _other_name(a, b) or _person_and_body(a, b, objects):
        return True
    return not _apposed(a, b) and _other_office(a, b)


def _apposed(a: Mention, b: Mention) -> bool:
    """Nothing but a space or a comma stands between the two titles."""
    gap = b.start - a.end if a.start <= b.start else a.start - b.end
    return 0 <= gap <= _APPOSITION_GAP


def _other_office(a: Mention, b: Mention) -> bool:
    """Two offices, each held by someone named by title. A name's office
    from a list may be the other top office of the same person (Iran's
    president heads the government): the two top offices differ only
    between bare titles."""
    if not a.role or not b.role or a.role == b.role:
        return False
    if {a.role, b.role} == _TOP_OFFICES and (a.name or b.name):
        return False
    return a.role not in _GENERAL_ROLES and b.role not in _GENERAL_ROLES


def _other_name(a: Mention, b: Mention) -> bool:
    """Two names, neither a part of the other ("السيسي" is part of its full name)."""
    if not a.name or not b.name:
        return False
    x, y = a.name.strip(), b.name.strip()
    return x not in y and y not in x


def _person_and_body(a: Mention, b: Mention, objects: frozenset[int]) -> bool:
    """One is a person (an office or a name), the other a body named by its
    sector alone ("the government", "البرلمان", "دولت"), the object."""
    return (_person(a) and _body(b) and b.start in objects) or (
        _person(b) and _body(a) and a.start in objects
    )


def _person(m: Mention) -> bool:
    return bool(m.role or m.name)


def _body(m: Mention) -> bool:
    """A body named by its sector ("the government", also with its state:
    "the Iraqi government", "الحكومة العراقية", "دولت عراق" — the state is
    only the body's country, so the minister who criticises it is still
    another party), or an organisation's organ named without a head ("مجلس
    الأمن" beside its Secretary-General). A state named as a whole has no
    agent, and a government named by its state's name ("the Kremlin") is
    the state: neither is a body apart from its officials."""
    if _person(m):
        return False
    if m.kind == "igo":
        return not m.agent
    return bool(m.agent) and (m.kind == "agent" or not m.state_alias)


def governed(
    side: list[Mention],
    trigger: tuple[int, int],
    text: str,
    verb_final: bool,
    markers: tuple[frozenset[str], frozenset[str]],
    reach: int,
) -> frozenset[int]:
    """The starts of the side's mentions the trigger governs as its object:
    within ``reach`` words after it where the verb comes first ("دعا السيسي
    الحكومة إلى", "urged parliament to"); where it comes last, marked by a
    preposition before or an object marker after ("از مجلس خواست", "دولت
    را"). ``markers``: the target prepositions and the object markers."""
    preps, objs = markers
    out = set()
    for m in side:
        if not verb_final:
            if m.start >= trigger[1] and len(text[trigger[1] : m.start].split()) <= reach:
                out.add(m.start)
            continue
        before = text[max(0, m.start - 24) : m.start].split()[-2:]
        after = text[m.end : m.end + 12].split()[:1]
        marked = bool(before) and (before[-1] in preps or " ".join(before) in preps)
        if m.end <= trigger[0] and (marked or bool(set(after) & objs)):
            out.add(m.start)
    return frozenset(out)
