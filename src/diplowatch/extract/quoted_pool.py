"""The participants of the quote a deed or a meeting is told in.

"X said: «… soldiers attacked …»": the speaker reports the deed and takes
no part in it, so the pool ``parties_of`` narrows is chosen among those
named after the quote opens (``quote_opening.quote_start``) — with the
armed force a deed's own word names (``_with_unknown_force``) and, for a
meeting, only where the report names its own subject. Apart from
``parties`` because it is one whole reading (which cues open the report,
whom it names) that the pool step only asks for.
"""

from __future__ import annotations

from diplowatch.extract.actors import Mention
from diplowatch.extract.agent_groups import ARMED_FORCES
from diplowatch.extract.doers import FORCE
from diplowatch.extract.foreign_teller import foreign_subject_alone
from diplowatch.extract.participants import unit
from diplowatch.extract.party_traits import DEEDS
from diplowatch.extract.quote_opening import FORCE_SAYING, REPORT_SAYING, quote_start
from diplowatch.extract.scan import Hit
from diplowatch.extract.selected_sides import select
from diplowatch.extract.sentence import DocumentView, Sentence
from diplowatch.extract.speaker_side import passive_deed
from diplowatch.extract.split_sides import SYMMETRIC


def quoted_pool(s: Sentence, doc: DocumentView, trig: Hit, etype: str) -> list[Mention] | None:
    """The participants of the quote a deed or a meeting is told in ("X
    said: «… soldiers attacked …»": the speaker reports the deed and takes
    no part in it); None where the trigger is in no quote, or a meeting's
    quote does not name its own subject."""
    if etype not in DEEDS and etype not in SYMMETRIC:
        return None
    ntext, ctx = doc.ntext, doc.ctx
    quote = quote_start(ntext, s.start, trig.start, s.cues, _saying(s, trig, etype, doc))
    if quote is None:
        return None
    reported = select(
        [m for m in s.mentions if m.start >= quote],
        (),  # the document's pair would bring the speaker back
        unknown_ok=not doc.pair,
        start=quote,
        both_sides=False,
        text=ntext,
        conj=ctx.coordinators,
        directed=etype not in SYMMETRIC,
        adjacent=ctx.adjacent_coordinated,
    )
    if reported and ctx.unknown_sides and etype in FORCE:
        reported = _with_unknown_force(s, quote, reported)
    if etype in SYMMETRIC and not _own_subject_told(s, trig, quote, reported, ntext):
        # "an EU official said Iran was ready to resume talks": the speaker
        # tells of another state's stance and is no side of the talks
        told = foreign_subject_alone(
            s, trig, etype, quote, reported, ntext, ctx.report_subject_openers
        )
        return reported if told else None
    return reported


def _saying(s: Sentence, trig: Hit, etype: str, doc: DocumentView) -> frozenset[str]:
    """The cue kinds that open what is said before ``trig``: the present
    of saying too (``FORCE_SAYING``) before a deed of force told in the
    active ("… می‌گویند روسیه به کشتی حمله کرده است"), whose doer what is
    said names. Not before a passive or a bare noun ("طالبان می‌گوید ۲۸ عضو
    این گروه کشته شده‌اند", "حزب الله می گوید موشک‌هايش شلیک شده‌اند"): a
    side telling in the present of its own losses or its own fire is the
    most common such sentence, and the speaker is then a side."""
    if etype not in FORCE or passive_deed(s, trig, doc.ntext, doc.ctx):
        return REPORT_SAYING
    return FORCE_SAYING


def _with_unknown_force(s: Sentence, quote: int, reported: list[Mention]) -> list[Mention]:
    """The report's participants of a deed of force with the armed force of
    unknown country that a deed's own word names: "أعلن المصدر مقتل … من
    داعش في غارة جوية" names an air force (an owned noun of the armed forces
    that is a word of force itself), no unidentified gunmen, as the doer, as
    the sentence's own pool has it. Only as a second side, of another agent
    than the one named (agents43ar)."""
    if len({unit(m) for m in reported}) != 1:
        return reported
    agents = {m.agent for m in reported}
    deed = next(
        (
            m
            for m in s.mentions
            if m.start >= quote
            and not m.code
            and m.agent == ARMED_FORCES
            and m.agent not in agents
            and not (m.source or m.place or m.location_only)
            and any(m.start <= w < m.end for w in s.force_words)
        ),
        None,
    )
    return reported if deed is None else sorted([*reported, deed], key=lambda m: m.start)


def _own_subject_told(
    s: Sentence, trig: Hit, quote: int, reported: list[Mention], ntext: str
) -> bool:
    """Whether a meeting or deal told by a verb in reported speech ("X said
    Iran and the US would hold talks") names its own subject in the report,
    right before the verb with no punctuation, and a second side: then the
    speaker only tells it. "X said it would meet Y", a report by a quotation
    or a colon, or a meeting told by its noun ("said the talks …") are left
    to the clause."""
    if trig.entry.affix != "verb" or len({unit(m) for m in reported}) < 2:
        return False
    if any(c in ntext[quote : trig.start] for c in ':«"،,;؛'):
        return False
    return any(quote <= m.start and m.end <= trig.start for m in reported)
