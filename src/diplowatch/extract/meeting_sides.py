"""The sides of a meeting, a visit or an agreement.

``sides_of`` is the last step of ``parties_of``: who hosts talks between
others ("Oman hosted talks between Iran and the United States"), the
object before a partner preposition, the sides a trip or a meeting names
(``sides_named``), a visitor's host after him, and the offerer kept.
These read word order around partner prepositions and hosts, a job of its
own apart from the pool and the verb's arguments.
"""

from __future__ import annotations

from typing import Any

from diplowatch.extract.actors import Mention
from diplowatch.extract.coordination import coordinated_groups
from diplowatch.extract.interlocutor import (
    after_partner,
    audience_partner,
    partner_word_at,
    unnamed_channel,
)
from diplowatch.extract.offered import offered_deed
from diplowatch.extract.party_traits import one_sided
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import DocumentView, Sentence
from diplowatch.extract.split_sides import SUBJECT_GAP, SYMMETRIC
from diplowatch.extract.taking_part import taking_part
from diplowatch.extract.topic_span import without_topic_span
from diplowatch.text.punctuation import CLAUSE_BREAKS

# The modes of a trip to a host ("visit", "زار", "سفر کرد"; "arrived in",
# "وصل إلى", "وارد … شد").
VISITS = frozenset({"visit", "arrival"})


def sides_of(
    s: Sentence,
    doc: DocumentView,
    trig: Hit,
    etype: str,
    mode: str,
    people: list[Mention],
) -> list[Mention]:
    """``parties_of``'s people as the sides of a symmetric event."""
    ntext, ctx = doc.ntext, doc.ctx
    if etype in SYMMETRIC and trig.entry.affix != "verb":
        if audience_partner(s, trig, ntext, ctx, etype) or unnamed_channel(s, trig, ntext, ctx):
            return []  # "in a conversation with reporters": no talks between sides
        people = (
            _offerer_kept(
                _sides_named(s, trig, ntext, ctx, mode in VISITS), trig, people, ntext, ctx
            )
            or people
        )
    elif etype in SYMMETRIC:
        people = _hosted_sides(s, trig, ntext, ctx) or people
        if ntext[trig.base_start : trig.base_end] in ctx.discussion_verbs:
            people = _object_before_partner(trig, people, ntext, ctx)
    if etype in SYMMETRIC:
        # "talks with X about plans for a US base": the US is talked about
        need = 1 if one_sided(etype, mode, ctx) else 2
        people = without_topic_span(people, trig, (s.start, s.end), ntext, ctx, need)
    return people


def _hosted_sides(s: Sentence, trig: Hit, ntext: str, ctx: Any) -> list[Mention]:
    """ "Oman hosted talks between Iran and the United States", "استضافت
    مصر محادثات بين وفدين …": a joint verb whose object, right after it, is
    a joint noun naming its own sides has those sides; the host, or whoever
    holds the talks, is no side of them."""
    noun = next(
        (
            t
            for t in sorted(s.triggers, key=lambda t: t.start)
            if t.start >= trig.end and t.entry.affix != "verb" and t.entry.value in SYMMETRIC
        ),
        None,
    )
    if noun is None:
        return []
    # only determiners between, or (verb first) the subject: "استضافت مصر محادثات"
    gap = list(ntext[trig.end : noun.start])
    for m in s.mentions:
        if trig.end <= m.start and m.end <= noun.start:
            gap[m.start - trig.end : m.end - trig.end] = " " * (m.end - m.start)
    if [w for w in "".join(gap).split() if w not in ctx.syntax.determiners]:
        return []
    return _sides_named(s, noun, ntext, ctx)


def _object_before_partner(trig: Hit, people: list[Mention], ntext: str, ctx: Any) -> list[Mention]:
    """ "Erdogan discussed Syria with Putin", "بحث الوزير المصري ملف ليبيا
    مع نظيره الجزائري": where a verb of talking over something
    (``context.DISCUSSION_VERBS``; not "met", "received" or "visited",
    whose object is the partner or the host) names its partner after a
    preposition of partnership (``context.PARTNER_PREPOSITIONS``: "with",
    "مع"), what it names between itself and that preposition is its
    object, what is discussed, not a side. The subject stays: the group
    before the verb in its clause, else (``SUBJECT_AFTER_VERB``) the group
    right after it."""
    preps = ctx.partner_preps
    partner = _last_partner(trig, people, ntext, preps) if preps else None
    if partner is None:
        return people
    prep = partner_word_at(ntext, trig.end, partner, preps)
    between = [m for m in people if trig.end <= m.start < prep]
    if not between:
        return people
    found = _discussing_subject(trig, people, between, ntext, ctx)
    if found is None:
        return people
    subject, between = found
    if partner.code in {m.code for m in subject}:
        return people  # the subject's own man comes along: "with his army chief"
    # a title or agent between is someone the verb's subject brings along
    # ("met the minister and his delegation with …"): only states, bodies
    # and countries' names as a whole are objects
    dropped = [m for m in between if not m.role]
    return [m for m in people if m not in dropped] if dropped else people


def _last_partner(
    trig: Hit, people: list[Mention], ntext: str, preps: frozenset[str]
) -> Mention | None:
    """The partner: the last mention after a partner preposition in the
    verb's clause ("discussed the dispute with Pakistan with his Chinese
    counterpart": the counterpart)."""
    partners = [
        m
        for m in people
        if m.start >= trig.end
        and after_partner(ntext, trig.end, m, preps)
        and not CLAUSE_BREAKS & set(ntext[trig.end : m.start])
    ]
    return partners[-1] if partners else None


def _discussing_subject(
    trig: Hit, people: list[Mention], between: list[Mention], ntext: str, ctx: Any
) -> tuple[list[Mention], list[Mention]] | None:
    """Who discusses, and what is left between the verb and its partner:
    the mentions before the verb in its clause; else, where the subject
    follows the verb (``subject_after_verb``), the first group right
    after it, which is then no object. None when there is no subject."""
    subject = [
        m
        for m in people
        if m.end <= trig.start
        and m.kind != "pair"
        and not CLAUSE_BREAKS & set(ntext[m.end : trig.start])
    ]
    if subject:
        return subject, between
    if not ctx.subject_after_verb:
        return None
    groups = coordinated_groups(between, ntext, ctx.conjunctions, ctx.adjacent_coordinated)
    if len(ntext[trig.end : groups[0][0].start].split()) > SUBJECT_GAP:
        return None
    return groups[0], [m for m in between if m not in groups[0]]


def _sides_named(
    s: Sentence, trig: Hit, ntext: str, ctx: Any, visit: bool = False
) -> list[Mention]:
    """ "An Egyptian MP welcomed the agreement between Ethiopia and Sudan",
    "نماینده مجلس توافق آمریکا و عراق را محکوم کرد": a deal's or meeting's
    noun followed by the two sides it names — after ``context.SIDES_MARKERS``
    ("between"), or right after it where a noun takes its complement with
    nothing between (Arabic, Persian) — has those sides and no one else;
    whoever comments on it, hosts it or reports it is no party. Other
    triggers' words may stand between ("the ceasefire agreement between")."""
    after = [m for m in s.mentions if m.start >= trig.end]
    start = trig.end
    for t in sorted(s.triggers, key=lambda t: t.start):
        if (
            after
            and not ntext[start : t.start].strip()
            and start <= t.start
            and t.end <= after[0].start
        ):
            start = t.end  # a trigger word right after it: "the ceasefire agreement"
    after, start = _past_place(after, start, ntext, ctx)
    if not after or not _plain_side(after[0]):
        return []
    first = after[0]
    gap = [w for w in ntext[start : first.start].split() if w not in ctx.syntax.determiners]
    if gap and not _between_marked(gap, ntext[start : first.start], ctx):
        return []
    if not gap and ctx.syntax.active:
        return []  # English names a deal's sides after "between" only
    groups = coordinated_groups(s.mentions, ntext, ctx.listed_names, adjacent=False)
    group = next((g for g in groups if first in g), [])
    sides = [m for m in group[group.index(first) :] if _plain_side(m)] if group else []
    if visit and not gap and sides:
        # "سفر وزیر خارجه ایران به عربستان", "زيارة الوزير الإيراني إلى
        # الرياض": a visit's noun, its visitor, then its host
        sides = sides + _host_after(sides[-1], s, ntext, ctx)
    # two states at least: "همکاری طالبان، حاکمان جدید این کشور" names one
    if len({m.code for m in sides if m.code}) < 2:
        return []
    # "… با مشارکت چین", "… with the participation of China": a third side
    return sides + [
        m for m in taking_part(s.mentions, sides[-1], ntext, ctx, s.triggers) if m not in sides
    ]


def _offerer_kept(
    sides: list[Mention], trig: Hit, people: list[Mention], ntext: str, ctx: Any
) -> list[Mention]:
    """``sides`` named after a deed a stated readiness offers ("پاکستان
    آمادگی خود را برای میانجیگری میان ایران و آمریکا اعلام کرد",
    ``offered.offered_deed``) with the one whose readiness it is: the side
    before it in its clause offers to take part, so it is a side too
    (review mends, mendA76)."""
    if not sides or not offered_deed(trig, ntext, ctx):
        return sides
    holders = [
        m
        for m in people
        if m.end <= trig.start
        and m not in sides
        and _plain_side(m)
        and not CLAUSE_BREAKS & set(ntext[m.end : trig.start])
    ]
    return holders + sides


def _host_after(visitor: Mention, s: Sentence, ntext: str, ctx: Any) -> list[Mention]:
    """The state or place written right after a visitor behind a preposition
    of destination (``context.DESTINATION_PREPOSITIONS``): the visit's host."""
    host = next((m for m in s.mentions if m.start >= visitor.end), None)
    if host is None or not host.code or host.code == visitor.code or host.topic:
        return []
    gap = ntext[visitor.end : host.start].split()
    if len(gap) != 1 or gap[0] not in ctx.destination_preps:
        return []
    return [host]


# Words a relative clause may hold between a meeting's noun and "between"
# ("the meeting that was planned between X and Y", "دیداری که در این ساعات
# قرار بود بین").
_SIDES_CLAUSE_WORDS = 8


def _past_place(
    after: list[Mention], start: int, ntext: str, ctx: Any
) -> tuple[list[Mention], int]:
    """Where a deal's or meeting's noun is held, written before its sides
    ("talks in Doha between the US and the Taliban", "محادثات في الدوحة
    بين"): a place behind a preposition of place, skipped so that the
    sides after it are read; the place is no side."""
    if not after or not (after[0].location_only or after[0].place):
        return after, start
    words = ntext[start : after[0].start].split()
    preps, determiners = ctx.location_preps, ctx.syntax.determiners
    if not words or any(w not in preps and w not in determiners for w in words):
        return after, start
    return after[1:], after[0].end


def _between_marked(gap: list[str], raw: str, ctx: Any) -> bool:
    """The words between a deal's or meeting's noun and its first side end
    with "between" (``context.SIDES_MARKERS``): right after the noun, or at
    the end of a short relative clause on it (opened by a relative pronoun,
    ``RELATIVE_PRONOUNS`` / ``PASSIVE_RELATIVE_OPENERS``; no punctuation, no
    word of topic): "the meeting that was planned between X and Y", "اللقاء
    الذي كان مقررا بين", "دیداری که قرار بود بین". A mediation "to ease
    tensions between X and Y" names the sides it mediates between, not its
    own."""
    if gap[-1] not in ctx.sides_markers:
        return False
    if len(gap) == 1 or _one_modifier(gap, raw, ctx):
        return True
    openers = ctx.syntax.relatives | ctx.passive_relative_openers
    inner = set(gap[:-1])
    return (
        raw.split()[0] in openers
        and len(gap) <= _SIDES_CLAUSE_WORDS
        and not CLAUSE_BREAKS & set(raw)
        and not inner & (ctx.about_preps | ctx.sides_markers)
    )


def _one_modifier(gap: list[str], raw: str, ctx: Any) -> bool:
    """actors64: one word of description between a meeting's or deal's noun
    and "between" ("اجتماع مرتقب بين", "اتفاق تجاري بين", "نشست سه‌جانبه
    میان", "talks held between"): an adjective or participle of the noun,
    which still names its sides. A preposition, a conjunction or a comma
    there ("في بين", "و بين") opens another phrase and names no sides."""
    if len(gap) != 2 or CLAUSE_BREAKS & set(raw):
        return False
    preps = (
        ctx.topic_preps
        | ctx.location_preps
        | ctx.partner_preps
        | ctx.about_preps
        | ctx.target_preps
        | ctx.destination_preps
        | ctx.sides_markers
        | ctx.conjunctions
    )
    return gap[0] not in preps


def _plain_side(m: Mention) -> bool:
    """A mention that may be a side of a deal: not only a place, topic or source."""
    return bool(m.code or m.agent) and not (m.location_only or m.place or m.topic or m.source)
