"""The partner of a conversation, named after a partner preposition.

"In a phone call with the British foreign secretary, Lapid accused Iran":
the partner a joint noun names behind "with" / "با" / "مع" takes part in
the conversation only, not in what is said or done in it
(``interlocutor_out``); a partner that is an audience or no actor at all
makes the joint noun an interview (``audience_partner``,
``unnamed_channel``). Where a partner preposition stands before an actor
(``partner_word_at``, ``after_partner``) is read here too, since the sides
of a meeting (``meeting_sides``) ask the same of their partner.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from diplowatch.extract.actors import Mention
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.split_sides import SYMMETRIC
from diplowatch.text.punctuation import CLAUSE_BREAKS

# a run of what is no white space (``r"\S+"``), read only as far as a rule
# counts words
_NON_SPACE = re.compile(r"\S+")


def _interlocutor_of(s: Sentence, talk: Hit, limit: int, ntext: str, ctx: Any) -> Mention | None:
    """The partner a joint noun names behind a partner preposition within
    ``TALK_PREP_GAP`` words ("phone call with X", "تماس تلفنی با X"),
    before ``limit``; None when it names none."""
    partner_preps, interlocutor_preps = ctx.partner_preps, ctx.interlocutor_preps
    # the first words only, in C (every talk noun asks; the union is built for a partner only)
    words = islice(_NON_SPACE.finditer(ntext[talk.end : limit]), TALK_PREP_GAP + 1)
    prep = next(
        (w for w in words if w.group() in partner_preps or w.group() in interlocutor_preps), None
    )
    if prep is None or CLAUSE_BREAKS & set(ntext[talk.end : talk.end + prep.start()]):
        return None
    at = talk.end + prep.end()
    partner = next((m for m in s.mentions if at <= m.start < limit), None)
    if partner is None:
        return None
    if not after_partner(ntext, talk.end, partner, partner_preps | interlocutor_preps):
        return None
    if verb_object(partner, ntext, ctx):
        return None
    return partner


def verb_object(m: Mention, ntext: str, ctx: Any) -> bool:
    """``m`` is followed by an object marker (``context.OBJECT_MARKERS``):
    the object of the clause's verb, not the partner a preposition before it
    names ("در مصاحبه با بی‌بی‌سی ترکیه را … متهم کرد": the interviewer's name is
    no mention, and Turkey, marked as the object, is whom it accuses)."""
    after = ntext[m.end : m.end + 12].split()[:1]
    return bool(after) and after[0] in ctx.object_markers


def audience_partner(s: Sentence, trig: Hit, ntext: str, ctx: Any, etype: str) -> bool:
    """A joint noun whose partner is an audience of its type
    (``agents.NOT_PARTY_TO``: "in a conversation with reporters", "در
    گفت‌وگو با خبرنگاران"): an interview, no talks between the sentence's
    other actors."""
    partner = _interlocutor_of(s, trig, s.end, ntext, ctx)
    audience = ctx.not_party_to.get(etype, frozenset())
    return partner is not None and partner.agent in audience and not partner.role


def unnamed_channel(s: Sentence, trig: Hit, ntext: str, ctx: Any) -> bool:
    """ "وزیر در گفت‌وگو با عصر اندیشه گفت …": a joint noun inside a cue of
    the medium a speaker talks through (``status.CHANNEL_CUES``: "در
    گفت‌وگو با", "in an interview with") whose partner is no actor at all
    (a paper, a programme, a site the lexicons do not list) is an interview,
    as "in an interview with a newspaper" is read: no talks. A partner that
    is an actor ("در گفت‌وگو با لاوروف", "با همتای روس خود") keeps the talks."""
    in_cue = any(
        c.entry.kind == "channel" and c.start <= trig.start and trig.end <= c.end for c in s.cues
    )
    if not in_cue:
        return False
    # the partner stands before the verb of saying: who is named after it is said of
    said = [c.start for c in s.cues if c.entry.kind == "reporting" and c.start >= trig.end]
    return _interlocutor_of(s, trig, min(said, default=s.end), ntext, ctx) is None


# Words between a noun of talking and its preposition ("phone call with",
# "اتصال هاتفي مع", "تماس تلفنی با").
TALK_PREP_GAP = 2


def interlocutor_out(
    s: Sentence, trig: Hit, people: list[Mention], ntext: str, ctx: Any
) -> list[Mention]:
    """ "In a phone call with the British foreign secretary, Lapid accused
    Iran": the partner of a conversation — named after a joint noun
    (CONSULT's "call", "گفت‌وگو", "اتصال") and its partner preposition
    (``context.PARTNER_PREPOSITIONS``, ``INTERLOCUTOR_PREPOSITIONS``) —
    takes part in the conversation only, not in what is said or done in it
    (whom it accuses, threatens or attacks). Requests and cooperation are
    often addressed to that partner and keep it."""
    if not ctx.partner_preps | ctx.interlocutor_preps:
        return people
    out = set()
    for talk in s.triggers:
        if talk.entry.value not in SYMMETRIC or talk.entry.affix == "verb" or talk.end > trig.start:
            continue
        partner = _interlocutor_of(s, talk, trig.start, ntext, ctx)
        if partner is None:
            continue
        # and the partner told again in apposition ("with Raab, the British
        # foreign secretary"), up to a break
        out |= {
            id(m)
            for m in s.mentions
            if partner.start <= m.start < trig.start
            and (m is partner or (m.code and m.code == partner.code))
            and not CLAUSE_BREAKS & set(ntext[partner.end : m.start])
        }
    return [m for m in people if id(m) not in out] if out else people


PARTNER_REACH = 3  # words between a partner preposition and its actor ("with the Polish president")


def partner_word_at(ntext: str, start: int, m: Mention, preps: frozenset[str]) -> int:
    """Where the partner preposition before ``m`` begins (``m.start`` if none)."""
    words = list(_NON_SPACE.finditer(ntext[start : m.start]))[-(PARTNER_REACH + 1) :]
    for w in reversed(words):
        if w.group() in preps:
            return start + w.start()
    return m.start


def after_partner(ntext: str, start: int, m: Mention, preps: frozenset[str]) -> bool:
    """A partner preposition stands at most ``PARTNER_REACH`` words before
    ``m`` (after ``start``), with no punctuation between."""
    gap = ntext[start : m.start]
    words = gap.split()[-(PARTNER_REACH + 1) :]
    if not any(w in preps for w in words):
        return False
    at = partner_word_at(ntext, start, m, preps)
    return not CLAUSE_BREAKS & set(ntext[at : m.start])
