"""A body's own session is no meeting between actors.

"اجتمع مجلس الوزراء اللبناني برئاسة رئيس الحكومة", "کمیسیون امنیت ملی مجلس
تشکیل جلسه داد", "the cabinet held its weekly session chaired by the prime
minister": the cabinet, a committee or a party office meeting by itself
consults no one (PLOVER CONSULT needs two sides). Its chair and the
assembly it belongs to ("لجنة … في البرلمان") are part of it, not a
partner. A session word (``context.SESSION_WORDS``) marks such a meeting
when all its people are of one country, no two of them are coordinated and
the sentence has no partner word (``context.SESSION_PARTNERS``: "مع", "با",
"with", "between"): a meeting with someone names him that way. An
international body in session ("the Security Council met", "نشست اوپک") is
its members meeting, and stays a meeting.

A session named with its own body right after it ("نشست کابینه اسرائیل",
"نشست کمیسیون آموزش مجلس", "the Israeli cabinet session") is that body's
alone even when the sentence names another state elsewhere ("… گفت
کشورش این پیام را به ایران می‌فهماند"): only a partner word followed by
an actor ("با وزیر خارجه", not "با دستور کار") or a second body coordinated
with the first makes it a meeting of two sides; a partner word before the
session's agenda ("با دستور کار انتخاب هیأت رئیسه", "with the agenda of",
``context.SESSION_AGENDAS``) names what it discusses, no partner. Titled people after it
("اجتمع وزراء خارجية مصر والأردن") are who meet, not a body in session.
"""

from __future__ import annotations

import re
from typing import Any

from diplowatch.extract.actors import Mention, previous_word
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import COMMAS


def internal_session(
    trig: Hit,
    people: list[Mention],
    ntext: str,
    start: int,
    end: int,
    ctx: Any,
    mentions: list[Mention] | None = None,
) -> bool:
    """Whether the meeting ``trig`` (in the sentence ``start:end``) is a body
    meeting by itself (see the module's docstring)."""
    if not ctx.session_words or not people:
        return False
    word = ntext[trig.start : trig.end]
    if not any(word.startswith(w) for w in ctx.session_words):
        return False
    if _partner_object(trig, mentions or people, ntext, ctx):
        return False
    if _own_body_alone(trig, mentions or people, ntext, start, end, ctx):
        return True
    if len({m.code for m in people if m.code}) > 1 or any(m.kind == "igo" for m in people):
        return False  # the Security Council or OPEC in session: its members meet
    if _partner_words(ntext, start, end, ctx):
        return False
    return not _coordinated(people, ntext, ctx.conjunctions)


def _partner_object(trig: Hit, mentions: list[Mention], ntext: str, ctx: Any) -> bool:
    """Whether the session word is a verb whose object, right after it or
    after a determiner, is an actor (denial29: "denied meeting the Israeli
    ambassador", "is meeting Putin"): the partner it meets, no session.
    Only where syntax tells a verb from a noun (``Syntax.active``, English:
    subject, verb, object); where the verb comes first the actor after it is
    its subject ("اجتمع مجلس الوزراء")."""
    syntax = getattr(ctx, "syntax", None)
    if trig.entry.affix != "verb" or not (syntax and syntax.active):
        return False
    after = [m for m in mentions if m.start >= trig.end]
    if not after:
        return False
    gap = ntext[trig.end : min(m.start for m in after)].split()
    return not gap or (len(gap) == 1 and gap[0] in syntax.determiners)


# How far after a session word its own body may begin (a word or two:
# "نشست امروز کمیسیون", "جلسة مجلس الوزراء").
_OWN_BODY_REACH = 16
# How many words after the body a second one joined to it may begin
# ("، ", " و ", "ارتش مالی و شورشیان": its unread country and the "and").
_JOINED_REACH = 2
# How far after a partner word the partner may begin ("با همتای ترک خود").
_PARTNER_REACH = 24


def _own_body_alone(
    trig: Hit, people: list[Mention], ntext: str, start: int, end: int, ctx: Any
) -> bool:
    """Whether the session's own body, a state's, stands right after its
    word and no partner is named (see the module's docstring); ``people``
    are all the sentence's mentions."""
    own = [m for m in people if _owns(trig, m, ntext, ctx)]
    if not own or any(m.kind == "igo" or not m.agent or m.role for m in own):
        return False
    if len({m.code for m in own}) > 1:
        return False
    last = max(own, key=lambda m: m.end)
    # "در نشست کمیسیون …، گزارش وزیر": after a session opened by "in", a
    # comma closes that phrase and lists no second body
    opened = previous_word(ntext, trig.start) in ctx.location_preps
    after = [
        m
        for m in people
        if m.start >= last.end
        and len(ntext[last.end : m.start].split()) <= _JOINED_REACH
        and not (opened and set(ntext[last.end : m.start]) & set(COMMAS))
    ]
    if _coordinated([*own, *after], ntext, ctx.conjunctions):
        return False  # "نشست دولت ایران و ترکیه": two sides
    for at in _partner_words(ntext, start, end, ctx):
        if any(0 < m.start - at <= _PARTNER_REACH for m in people):
            return False
    return True


def _partner_words(ntext: str, start: int, end: int, ctx: Any) -> list[int]:
    """Where each partner word of the sentence ends ("با", "with"), but for
    one before the session's agenda ("با دستور کار انتخاب هیأت رئیسه",
    ``context.SESSION_AGENDAS``): that names what it discusses, no partner."""
    agendas = tuple(ctx.session_agendas)
    return [
        start + word.end()
        for word in re.finditer(r"\S+", ntext[start:end])
        if word.group() in ctx.session_partners
        and not (agendas and ntext[start + word.end() :].lstrip().startswith(agendas))
    ]


def _coordinated(people: list[Mention], ntext: str, conj: frozenset[str]) -> bool:
    """Two of ``people`` joined by a conjunction ("رئيس الوزراء ورئيس
    الإقليم", "the prime minister and the speaker"): each is a side."""
    glued = {c for c in conj if len(c) == 1}
    marks = {c for c in glued if not c.isalpha()}
    ordered = sorted(people, key=lambda m: m.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        gap = ntext[a.end : b.start]
        if set(gap.split()) & conj or marks & set(gap) or gap[-1:] in glued:
            return True  # "، ", " and ", "ورئيس" (the conjunction glued to the second)
    return False


def _owns(trig: Hit, mention: Mention, ntext: str, ctx: Any) -> bool:
    """Whether ``mention`` is the session's own body: right after its word,
    a word at most between ("نشست امروز کمیسیون"), not a venue ("نشستی که
    در محل اتاق بازرگانی", "a session in parliament")."""
    if not 0 <= mention.start - trig.end <= _OWN_BODY_REACH:
        return False
    gap = ntext[trig.end : mention.start].split()
    return len(gap) <= 1 and not set(gap) & ctx.place_preps
