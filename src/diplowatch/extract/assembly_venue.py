"""The assembly where something is said is no side of what is said there.

"The minister defended the bills in parliament", "قال النائب في مداخلته
بالجلسة العامة لمجلس النواب", "در صحن علنی مجلس از لایحه حمایت کرد",
"criticised Russia at a session of the Security Council": the parliament
or the council after a preposition of place (``context.ASSEMBLY_VENUE_
PREPOSITIONS``), across the words of its sitting (``context.ASSEMBLY_
SESSION_WORDS``: "session", "الجلسة العامة", "صحن علنی", "كلمته"), is where
the praise, blame, appeal or refusal is voiced, not whom it is for nor who
voices it. Only a body is dropped, never a named or titled member of it
("the speaker of parliament"), and only while the event keeps the coded
sides it needs (two, or one for a type that may name one) once it is gone,
unless it is the seat of the member named right before it ("رئيس كتلة
الحزب بمجلس النواب");
deeds of force keep it (an attack in parliament may strike it), and so do
meetings (a meeting in parliament is often with it) and protests (a sit-in
in parliament is against it). A preposition that also marks the verb's
object (``context.ASSEMBLY_OBJECT_PREPOSITIONS``: "lashed out at
parliament", "أشاد الوزير بالبرلمان") right after the trigger's words and
its speaker names whom the words are for, not where they are voiced
(mend41a).
"""

from __future__ import annotations

from typing import Any

from diplowatch.extract.actors import Mention
from diplowatch.extract.participants import unit
from diplowatch.extract.scan import Hit

# the types voiced by a speaker, whose venue is no side
VOICED_TYPES = frozenset({"SUPPORT", "ACCUSE", "REJECT", "REQUEST", "THREATEN"})
# the agents of a body that sits to speak
_ASSEMBLY_AGENTS = frozenset({"LEG"})
# the agents who sit in an assembly: its body right after them is their seat
_MEMBER_AGENTS = frozenset({"PTY"})
# words looked at before the body: its sitting's words and the preposition
_REACH = 5
# a body's own words ("مجلس النواب التونسي", "the Kenyan National Assembly");
# a longer mention runs past its phrase, and its country may be another's
_BODY_WORDS = 4
# the most letters (spaces) between a member and his seat's body
_SEAT_GAP = 2


def assembly_venue_out(
    etype: str, trig: Hit, people: list[Mention], ntext: str, ctx: Any, need: int = 2
) -> list[Mention]:
    """``people`` without the assemblies written as where the trigger's
    words were voiced (see the module's docstring); kept while fewer than
    ``need`` coded sides would be left, which would drop the event, but
    for a member's own seat."""
    if etype not in VOICED_TYPES or not ctx.assembly_preps:
        return people
    venues = [
        m
        for m in people
        if _sitting_body(m, trig, ntext, ctx) and not _verbs_object(m, trig, people, ntext, ctx)
    ]
    if not venues:
        return people
    rest = [m for m in people if m not in venues]
    first = min(m.start for m in venues)
    short = len({unit(m) for m in rest if m.code}) < need
    if short and not all(_members_seat(m, rest, ntext) for m in venues):
        return people
    return rest if any(_speaker(m, first) for m in rest) else people


def _members_seat(m: Mention, rest: list[Mention], ntext: str) -> bool:
    """Whether the body stands right after a member of an assembly or his
    party ("رئيس كتلة الحزب بمجلس النواب", "نائب عن الحزب بالبرلمان"): his
    seat, no side even when he is then left alone, for it only says where
    he sits."""
    return any(
        (r.role == "legislator" or r.agent in _MEMBER_AGENTS)
        and 0 <= m.start - r.end <= _SEAT_GAP
        and not ntext[r.end : m.start].strip()
        for r in rest
    )


def _verbs_object(m: Mention, trig: Hit, people: list[Mention], ntext: str, ctx: Any) -> bool:
    """Whether the body follows the trigger's words across only its speaker,
    an article and a preposition that marks the verb's object ("lashed out
    at the United Nations", "ندد الرئيس بالبرلمان"): whom the words are
    for. A session word or the verb's own object between ("rejected the
    bill in parliament") leaves the preposition one of place."""
    preps = ctx.assembly_object_preps
    if not preps or m.start < trig.end:
        return False
    gap = ntext[trig.end : m.start]
    for o in people:
        if o is not m and trig.end <= o.start and o.end <= m.start:
            gap = gap.replace(ntext[o.start : o.end], " ")
    words = gap.split()
    if any(w not in preps and w not in ctx.names.articles for w in words):
        return False
    own = ntext[trig.start : trig.end].split()
    glued = any(m.prefix.endswith(p) for p in preps)
    return glued or any(w in preps for w in words) or bool(own and own[-1] in preps)


def _speaker(m: Mention, venue: int) -> bool:
    """Whether ``m`` may be who voices the words: a coded agent, title or
    person named before where he speaks ("the minister … in parliament"),
    not a bare state (which may be only whom they are about) nor one named
    after it ("بعد بررسی در مجلس … شورا رد کرد": the assembly acted first)."""
    return bool(m.code) and bool(m.agent or m.role or m.kind == "person") and m.end <= venue


def _sitting_body(m: Mention, trig: Hit, ntext: str, ctx: Any) -> bool:
    """Whether ``m`` is a body (no person, no title) of an assembly or an
    international organisation, outside the trigger's words, written after
    a preposition of place across its sitting's words ("في الجلسة العامة
    بمجلس", "at a session of the Security Council")."""
    if m.role or m.name or m.kind == "person" or len(ntext[m.start : m.end].split()) > _BODY_WORDS:
        return False
    if not (m.agent in _ASSEMBLY_AGENTS or m.kind == "igo"):
        return False
    if trig.start <= m.start < trig.end:
        return False
    return _after_venue_preposition(ntext, m.start, m.prefix, ctx)


def _after_venue_preposition(ntext: str, start: int, prefix: str, ctx: Any) -> bool:
    """Whether the preposition of place stands glued to the body ("بمجلس",
    "فی"), or before it across the sitting's words only."""
    preps, words_ok = ctx.assembly_preps, ctx.assembly_session_words
    words = ntext[max(0, start - 60) : start].split()[-_REACH:]
    if prefix and any(prefix.endswith(p) for p in preps):
        return not _own_deed(words, ctx)
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word in preps:
            return not _own_deed(words[:i], ctx)
        glued = next((p for p in preps if word.startswith(p) and word[len(p) :] in words_ok), None)
        if glued is not None:
            return not _own_deed(words[:i], ctx)
        if word not in words_ok:
            return False
    return False


def _own_deed(before: list[str], ctx: Any) -> bool:
    """Whether the words before the preposition end with the assembly's own
    deed ("after the bill's passage in the Senate", "پس از تصویب طرح در
    مجلس", ``context.ASSEMBLY_OWN_DEEDS``): the assembly did it there, and
    praise of it may be praise of the assembly."""
    own = ctx.assembly_own_deeds
    return any(w in own for w in before[-3:])
