"""A teller whose own people a deed it tells struck.

"وزارت دفاع افغانستان می‌گوید که ۱۲ سربازش در حمله … کشته شدند", "حزب الله
گفت که یکی از فرماندهانش … کشته شد": the teller is out of the report's own
sides (a verb of saying opens what is said), yet the people the report
names first, with a clitic or word pointing back to the teller
(``status.OWN_PEOPLE_CUES``: "سربازش", "عضو خود"), are
the teller's: the deed struck them, so the teller stays its side, as
whom it struck. Arabic "جنودها" and English "its soldiers" already keep the
teller (``quote_opening``: a pronoun bound to the speaker); only the
languages that list the cues are read. The own people count only as the
report's first people and as those acted on: the verb is passive, or they
are its object ("… را"), never the doers ("سربازانش … را کشتند").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from diplowatch.event_types import having
from diplowatch.extract.actors import Mention
from diplowatch.extract.joined import passive
from diplowatch.extract.lexicon import SAYING_KINDS
from diplowatch.extract.participants import actor_list
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.model import Event
from diplowatch.text.punctuation import CLAUSE_BREAKS

if TYPE_CHECKING:
    from diplowatch.extract.actor_context import Context

FORCE = having("force")
# How many words may stand between the teller and its verb of saying (a
# time: "حزب الله روز دوشنبه گفت").
_TELLER_GAP = 4
# How many words may open the teller's clause before it ("سخنگوی", "و").
_LEAD = 2
# How many words after the own people their object marker may stand.
_MARKER_REACH = 2
# How far after a deed's noun the clause's passive verb is looked for.
_VERB_REACH = 5
_VERB_CHARS = 60


def tellers_own(
    s: Sentence, ntext: str, events: list[Event], found: dict[int, Hit], ctx: Context
) -> list[Event]:
    """``events`` in their order, a reported deed of force whose report
    names the teller's own people as those struck gaining the teller as a
    side (``found``: each event's trigger by the event's id)."""
    own = [c for c in s.cues if c.entry.kind == "own_people"]
    if not own:
        return events
    out = []
    for event in events:
        trig = found.get(id(event))
        teller = _teller(s, ntext, event, trig, own, ctx) if trig is not None else None
        out.append(
            replace(event, actors=[*event.actors, *actor_list([teller], 1)]) if teller else event
        )
    return out


def _teller(
    s: Sentence, ntext: str, event: Event, trig: Hit, own: list[Hit], ctx: Context
) -> Mention | None:
    """The teller of ``event``'s report when the report's first people are
    its own, struck by the deed; None otherwise."""
    if event.type not in FORCE or event.status != "reported" or ctx.subject_after_verb:
        return None
    said = [c for c in s.cues if c.entry.kind in SAYING_KINDS and c.end <= trig.start]
    if not said:
        return None
    cue = max(said, key=lambda c: c.end)
    if CLAUSE_BREAKS & set(ntext[cue.end : trig.start]):
        return None
    first = [c for c in own if cue.end <= c.start < trig.start]
    if not first or any(cue.end <= m.start < first[0].start for m in s.mentions):
        return None  # another's people: "… که اوکراین با سربازان خود …"
    if not _struck(ntext, first[0], trig, ctx):
        return None
    teller = _named_before(s, ntext, cue)
    if teller is None or (teller.code, teller.agent) in {(a.code, a.agent) for a in event.actors}:
        return None
    # review110e A2: a struck side of the teller's country is there already
    # ("… گفت که شهروندانش … کشته شدند": RUS:CVL), so the ministry adds
    # nothing; a doer of its country (the Taliban of Afghanistan) is no such side
    if teller.code in {a.code for a in event.actors[1:]}:
        return None
    return teller


def _struck(ntext: str, people: Hit, trig: Hit, ctx: Context) -> bool:
    """The own people are acted on: the deed's verb is passive, or an
    object marker follows them closely."""
    after = ntext[people.end : trig.start].split()[:_MARKER_REACH]
    if ctx.object_markers.intersection(after):
        return True
    auxiliaries = ctx.syntax.passive_aux | ctx.deed_passive_aux
    if passive(trig, ntext, auxiliaries):
        return True
    # a deed's noun ("در حمله اسرائیل کشته شد"): the clause's passive verb
    near = ntext[trig.start : trig.end + _VERB_CHARS].split()[:_VERB_REACH]
    return any(w.rstrip(".،") in ctx.passive_verbs for w in near)


def _named_before(s: Sentence, ntext: str, cue: Hit) -> Mention | None:
    """The coded mention nearest before the verb of saying, a few words
    from it in the same clause, no place, topic or source."""
    before = [m for m in s.mentions if m.end <= cue.start and m.code]
    if not before:
        return None
    m = max(before, key=lambda x: x.end)
    gap = ntext[m.end : cue.start]
    if CLAUSE_BREAKS & set(gap) or len(gap.split()) > _TELLER_GAP:
        return None
    if m.place or m.topic or m.location_only or not _leads_clause(s, ntext, m):
        return None
    return m


def _leads_clause(s: Sentence, ntext: str, m: Mention) -> bool:
    """``m`` opens its clause, the subject of the verb of saying, not a
    name inside a phrase before it ("او از گفت‌وگو با همتایانش در رومانی
    خبر داد که شهروندانش …": Romania is whom he spoke with, not the teller)."""
    lead = ntext[s.start : m.start]
    cut = max(lead.rfind(mark) for mark in CLAUSE_BREAKS)
    return len(lead[cut + 1 :].split()) <= _LEAD
