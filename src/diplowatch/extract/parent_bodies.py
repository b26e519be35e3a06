"""A named force written with the body it belongs to is one participant.

Persian joins a force to its parent body by the ezafe alone ("نیروی قدس
سپاه", the Quds Force of the Guards; "سازمان اطلاعات سپاه"), English by
juxtaposition ("IRGC Quds Force"). The lexicon finds two named groups of one
country and agent there, and since named groups are units of their own
(``participants.unit``), the meeting "فرمانده نیروی قدس سپاه با نخست وزیر
عراق دیدار کرد" read the force and the Guards as its two sides and lost the
Iraqi prime minister (agents33fa). Arabic and English may write a word
of belonging between ("فيلق القدس في الحرس الثوري", "the Quds Force of
the IRGC": ``context.PART_OF_LINKS``). A list writes a comma or a
conjunction between two groups, never these.
"""

from __future__ import annotations

from diplowatch.extract.mention import Mention

_GROUP = "group"


def without_parent_bodies(
    mentions: list[Mention], text: str, links: frozenset[str], conjunctions: frozenset[str]
) -> list[Mention]:
    """``mentions`` (in order) without a named group right after another
    of the same country and agent, with nothing but a space or a word of
    belonging (``links``) between: the body the first belongs to. A
    group whose span opens with a one-letter conjunction (Arabic "وحركة
    الجهاد") is the next of a list."""
    glued = tuple(c for c in conjunctions if len(c) == 1)
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and _parent_of(prev, m, text, links, glued):
            continue
        out.append(m)
    return out


def _parent_of(
    force: Mention, body: Mention, text: str, links: frozenset[str], glued: tuple[str, ...]
) -> bool:
    """``body`` follows ``force`` as the body it belongs to and names the
    same kind of actor of the same country."""
    if not (force.kind == body.kind == _GROUP and force.agent and body.start > force.end):
        return False
    if (force.code, force.agent) != (body.code, body.agent):
        return False
    if glued and text.startswith(glued, body.start):
        return False
    gap = text[force.end : body.start]
    return gap == " " or " ".join(gap.split()) in links
