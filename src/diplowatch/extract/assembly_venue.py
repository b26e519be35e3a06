"""The assembly where something is said is no side of what is said there.

"The minister defended the bills in parliament", "قال النائب في مداخلته
بالجلسة العامة لمجلس النواب", "در صحن علنی مجلس از لایحه حمایت کرد",
"criticised Russia at a session of the Security Council": the parliament
or the council after a preposition of place (``context.ASSEMBLY_VENUE_
PREPOSITIONS``), across the words of its sitting (``context.ASSEMBLY_
SESSION_WORDS``: "session", "الجلسة العامة", "صحن علنی", "كلمته"), is where
the praise, blame, appeal or refusal is voiced, not whom it is for nor who
voices it. Only a body is dropped, never a named or titled member of it
("the speaker of parliament"), and only while another coded side is left;
deeds of force keep it (an attack in parliament may strike it), and so do
meetings (a meeting in parliament is often with it) and protests (a sit-in
in parliament is against it).
"""

from __future__ import annotations

from typing import Any

from diplowatch.extract.actors import Mention
from diplowatch.extract.scan import Hit

# the types voiced by a speaker, whose venue is no side
VOICED_TYPES = frozenset({"SUPPORT", "ACCUSE", "REJECT", "REQUEST", "THREATEN"})
# the agents of a body that sits to speak
_ASSEMBLY_AGENTS = frozenset({"LEG"})
# words looked at before the body: its sitting's words and the preposition
_REACH = 5
# a body's own words ("مجلس النواب التونسي", "the Kenyan National Assembly");
# a longer mention runs past its phrase, and its country may be another's
_BODY_WORDS = 4


def assembly_venue_out(
    etype: str, trig: Hit, people: list[Mention], ntext: str, ctx: Any
) -> list[Mention]:
    """``people`` without the assemblies written as where the trigger's
    words were voiced (see the module's docstring)."""
    if etype not in VOICED_TYPES or not ctx.assembly_preps:
        return people
    venues = [m for m in people if _sitting_body(m, trig, ntext, ctx)]
    if not venues:
        return people
    rest = [m for m in people if m not in venues]
    first = min(m.start for m in venues)
    return rest if any(_speaker(m, first) for m in rest) else people


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
