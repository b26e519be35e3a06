"""Whom a request is addressed to.

A request's people without those only inside what it asks
(``request_sides``): the asker's own state ("called on its government"),
whom release is asked for, the content a first-person speaker asks; the
addressee named right after its verb (``addressee_named``); and the
article's partner filled in as a place, kept only where it is praised or
blamed (``pair_kept``). ``parties._by_arguments`` asks these of a request;
they are one job, the addressee, apart from the other arguments.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from diplowatch.extract.actors import Mention
from diplowatch.extract.agent_groups import STATE_BODIES
from diplowatch.extract.asked_content import content_states_out
from diplowatch.extract.coordination import coordinated_groups
from diplowatch.extract.lone_object import asked_content_out
from diplowatch.extract.release_asked import release_asked
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import DocumentView, Sentence
from diplowatch.text.punctuation import CLAUSE_BREAKS

ADDRESSEE_REACH = 6  # words between a request's verb and its addressee


DOMESTIC_ASKERS = frozenset({"LEG", "PTY", "OPP", "CVL", "LAB", "EDU", "REL", "MED", "BUS", "JUD"})


def request_sides(
    s: Sentence, trig: Hit, etype: str, people: list[Mention], doc: DocumentView
) -> list[Mention]:
    """A request's people without those that are only inside what it asks:
    the asker's own state, the people whose release is called for, and the
    content a first-person speaker asks (``parties._by_arguments`` reads the rest)."""
    ntext, ctx = doc.ntext, doc.ctx
    people = _own_state_asked(s, trig, people, ntext, ctx.coordinators)
    # "called for the release of the fishermen": they are not whom it asks
    people = release_asked(s, trig, people, ntext, ctx.syntax.release_nouns)
    # "حث الرئيس الحكومة على مقاطعة البضائع الفرنسية": France is what is asked
    people = content_states_out(trig, people, ntext, ctx.lang, s.mentions)
    # "گفت: از همه منتخبان می‌خواهم …": the content out before the speaker is sought
    return asked_content_out(etype, trig, people, ntext, ctx)


def pair_kept(m: Mention, asked_alone: bool) -> bool:
    """Whether the article's partner, written here only as a place and
    filled in as a side (``selected_sides._only_a_place``), stays one: it is
    praised or blamed through what happens in it ("praised the democratic
    transition in Tunisia"), but no one asked for a ceasefire in Syria asks
    Syria — where a request may name its asker alone (``party_traits.one_sided``)."""
    return m.kind == "pair" and not asked_alone


def addressee_named(
    s: Sentence, trig: Hit, people: list[Mention], ntext: str, ctx: Any
) -> list[Mention]:
    """ "The UN called on Sudan and South Sudan to close the border to
    fighters": the states named right after a verb that names its addressee
    first are that addressee, even where an agent of theirs inside what is
    asked ("fighters", Sudanese by the sentence) filled the pool instead of
    the states' weak names."""
    if any(m.start >= trig.end for m in people):
        return people
    first = next((m for m in s.mentions if m.start >= trig.end), None)
    if first is None or not _plain_state(first):
        return people
    if set(ntext[trig.end : first.start].split()) - ctx.syntax.determiners:
        return people
    group = next(g for g in coordinated_groups(s.mentions, ntext, ctx.conjunctions) if first in g)
    named = [m for m in group[group.index(first) :] if _plain_state(m)]
    return sorted(people + named, key=lambda m: m.start)


def _own_state_asked(
    s: Sentence, trig: Hit, people: list[Mention], ntext: str, conj: frozenset[str]
) -> list[Mention]:
    """ "The Iraqi parliament called on the government to expel American
    troops", "طالبت نقابة العمال العراقية الحكومة بزيادة الأجور": a body of a
    state named with no country ("the government") a few words from the verb
    in its clause (``ADDRESSEE_REACH``), asked by lawmakers, parties, unions
    or citizens of one country, is their own state's; what is named after it
    is what is asked."""
    asker = people[0] if people else None
    if asker is None or not asker.code or asker.agent not in DOMESTIC_ASKERS:
        return people
    addressee = next(
        (
            m
            for m in s.mentions
            if not m.code
            and m.agent in STATE_BODIES
            and not m.source
            and m.start >= asker.end
            and _near_verb(trig, m, ntext)
        ),
        None,
    )
    if addressee is None:
        return people
    # the askers are the group named last before it ("قال النائب … إن النواب
    # سيطالبون بمساءلة وزير النقل": the deputies, not the one who tells it)
    before = [m for m in people if m.start < addressee.start]
    askers = coordinated_groups(before, ntext, conj)[-1] if before else []
    return [*askers, replace(addressee, code=asker.code)]


def _near_verb(trig: Hit, m: Mention, ntext: str) -> bool:
    """``m`` stands in the trigger's clause, at most ``ADDRESSEE_REACH`` words
    before or after it."""
    gap = ntext[trig.end : m.start] if m.start >= trig.end else ntext[m.end : trig.start]
    return len(gap.split()) <= ADDRESSEE_REACH and not CLAUSE_BREAKS & set(gap)


def _plain_state(m: Mention) -> bool:
    """A state named as a whole, not only as a place, topic or source."""
    return (
        bool(m.code)
        and m.agent is None
        and not (m.location_only or m.place or m.topic or m.source or m.kind == "pair")
    )
