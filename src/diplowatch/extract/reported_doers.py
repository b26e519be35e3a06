"""The sides of a deed of force a report tells between people of no country.

"قال شاهد عيان إن ثلاثة مسلحين أطلقوا النار على 40 شخصا", "police said
they arrested two men": in an article with a main pair the report's pool
(``quoted_pool``) takes no agent of unknown country as strong, so such a
deed came out with no side at all, while the sentence's own pool fills
them in (``selected_sides.select``, ``fill_unknown``). Here they are taken,
but only where the report reads as a deed done: two units or more, the
first of them an armed or holding force written before the deed's word
(the doer, as the readers order the sides), and the deed told as done
(``trigger_status.event_status``: no denied, planned or hoped-for arrest).
The readers code such people with no country ("-:COP"), so none is lent:
the document's pair or dateline lent to them lowered the agents scored.
"""

from __future__ import annotations

from diplowatch.extract.agent_groups import FORCE_AGENTS
from diplowatch.extract.document_state import DocumentState
from diplowatch.extract.doers import FORCE
from diplowatch.extract.mention import Mention
from diplowatch.extract.participants import unit
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.trigger_status import event_status


def reported_doers(
    s: Sentence, doc: DocumentState, trig: Hit, etype: str, quote: int
) -> list[Mention]:
    """The agents of unknown country a report names after ``quote`` as the
    sides of a deed of force done, one mention per unit, the doer first;
    [] where the report does not read so."""
    if etype not in FORCE:
        return []
    chosen: list[Mention] = []
    units = set()
    for m in s.mentions:
        if m.start < quote or m.kind != "agent" or m.code or not m.agent:
            continue
        if m.source or m.place or unit(m) in units:
            continue  # who tells the deed or where it is done is no side
        units.add(unit(m))
        chosen.append(m)
    if len(chosen) < 2 or not _doer_first(chosen[0], trig):
        return []
    return chosen if event_status(trig, s, doc) == "reported" else []


def _doer_first(m: Mention, trig: Hit) -> bool:
    """The first agent named is a force and is written before the deed's
    word: "الشرطة اعتقلت شخصين", "مأموران … را دستگیر کردند", "police
    arrested two men". A victim named first ("مقتل … برصاص مسلحين") would
    take the doer's place in the sides."""
    return m.agent in FORCE_AGENTS and m.end <= trig.start
