"""A stand named as the content of an accusation, a condemnation or a demand
to stop it is no event of its own.

"اتهمت الكويت إيران بدعمها للميليشيات", "أدانت … تدخل إيران ودعمها
للجماعات المسلحة", "طالبتها بوقف دعمها للمتشددين", "ایران را متهم کرد که از
… حمایت می‌کند", "demanded that it end its support for militias": the
support is what the accuser alleges or wants stopped, not a deed the text
reports; the events are the accusation, the demand, the cutting of ties.
Only nouns of stance types (support, cooperation, aid) are dropped here: a
condemned attack keeps what ``commented`` makes of it.
"""

from __future__ import annotations

from typing import Any

from diplowatch.extract.guard_objects import GuardObjects
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_END_MARKS

# The stance types whose alleged content is dropped (not deeds of force).
STANCE_TYPES = frozenset({"SUPPORT", "COOPERATE", "AID"})
ACCUSE = "ACCUSE"
# How far (characters) an accusation may stand before what it alleges.
WINDOW = 100
# An accusation past a clause's end (``CLAUSE_END_MARKS``) alleges something else.


def drop_alleged_stances(triggers: list[Hit], text: str, ctx: Any) -> list[Hit]:
    """``triggers`` without the stance nouns that an accusation before them
    in their clause alleges or that a word of stopping governs."""
    ordered = sorted(triggers, key=lambda t: t.start)
    out = []
    for i, t in enumerate(ordered):
        if t.entry.value in STANCE_TYPES and _alleged(t, ordered, i, text, ctx):
            continue
        out.append(t)
    return out


def _alleged(t: Hit, ordered: list[Hit], i: int, text: str, ctx: Any) -> bool:
    """Whether ``t`` is stopped ("بوقف دعمها", ``STANCE_STOPPERS``) or the
    content of the nearest accusation before it (``_accused_content``)."""
    if t.entry.affix == "noun" and _stopped(t, text, ctx.stance_stoppers):
        return True
    accusing = _nearest_accusation(t, ordered, i, text)
    return accusing is not None and _accused_content(t, accusing, text, ctx)


def _stopped(t: Hit, text: str, stoppers: frozenset[str]) -> bool:
    """Whether the one or two words right before the noun (its own prefix
    included) are a word of stopping or ending ("وقف", "بالكف عن", "end")."""
    words = text[max(0, t.start - 30) : t.start].split()
    own = [t.prefix] if t.prefix else []
    return any(" ".join(words[-n:] + own) in stoppers for n in (1, 2) if len(words) >= n)


def _nearest_accusation(t: Hit, ordered: list[Hit], i: int, text: str) -> Hit | None:
    """The last accusation or condemnation before ``t`` (``ordered[i]``) in its clause, within
    ``WINDOW``, with no verb of another event between them (which would
    open a deed of its own)."""
    for j in range(i - 1, -1, -1):  # bounded: stops past WINDOW
        p = ordered[j]
        if t.start - p.end > WINDOW or any(c in CLAUSE_END_MARKS for c in text[p.end : t.start]):
            return None
        if p.entry.value == ACCUSE:
            return p
        if p.entry.affix == "verb":
            return None
    return None


def _accused_content(t: Hit, accusing: Hit, text: str, ctx: Any) -> bool:
    """Whether ``t`` is what ``accusing`` alleges: a noun glued to a charge or
    a coordinating prefix ("بدعمها", "ودعمها", ``ALLEGED_CONTENT_PREFIXES``)
    after an accusing or condemning verb,
    or any stance word in a clause that an accusation with a charging word
    opens ("متهم کرد که …", "accused … that", ``ALLEGED_CLAUSE_OPENERS``)."""
    words = text[accusing.start : accusing.end].split()
    charging = any(w.startswith(c) for w in words for c in ctx.charging_words)
    # a condemnation told by a noun ("أكدت رفضها … ودعمها …") is one stance
    # of a list the noun after it continues, not what that stance alleges
    # one word: a phrase opens with its own verb ("وعبرت عن تضامنها"), a deed
    glued = t.entry.affix == "noun" and t.prefix in ctx.alleged_content_prefixes
    glued = glued and " " not in text[t.start : t.end].strip()
    # a verb of voicing whose stance is its object ("وعبرت عن تضامنها")
    glued = glued and not any(isinstance(x, GuardObjects) for x in t.entry.extra)
    if glued and (charging or accusing.entry.affix == "verb"):
        return True
    if not charging:
        return False
    # the opener may follow the accused ("اتهمت الكويت إيران بأنها تدعم")
    between = text[accusing.end : t.start].split()[:3]
    return not ctx.alleged_clause_openers.isdisjoint(between)
