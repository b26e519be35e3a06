"""One sentence as the extraction steps read it, and the view of its document.

``events.py`` runs the steps in order; the rules it calls (``status``,
``nonevents``, ``places``, ``parties``) read a sentence and its document
through the two types here, so none of them needs to import ``events``
(which imports them all).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any, Protocol

from diplowatch.extract.actors import Mention
from diplowatch.extract.scan import Hit


@dataclass
class Sentence:
    """A sentence's span and what the document's one scan found in it."""

    start: int
    end: int
    triggers: list[Hit] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    sectors: list[Hit] = field(default_factory=list)
    cues: list[Hit] = field(default_factory=list)
    both_sides: bool = False
    money: list | None = None
    # "his counterpart" names the other side of the one it mirrors, and "his
    # highness" (``context.ANAPHORIC_SUBJECTS``) a subject, told in an earlier
    # sentence ("وسيلتقي نظيره الكوري"): the article's pair may fill a side
    counterpart: bool = False
    dates: list | None = None
    # nouns for people ("people", "نفر"; ``counts.PERSON_NOUNS``) and agents
    # and peoples ("soldiers", "Palestinians"): a number next to one counts
    # people (``counts``)
    people: list[tuple[int, int]] = field(default_factory=list)
    agents: list[tuple[int, int]] = field(default_factory=list)
    # where words of a deed of force stand, even those no event comes from
    # ("after the attack, …": a phrase that names one, extract/doers.py)
    force_words: list[int] = field(default_factory=list)
    counted: list[tuple[int, int]] | None = None  # ``DocumentView.counted_in``
    # where every trigger the scan found starts, even those that report no
    # event of their own ("agreed to hold talks": the talks are named): a
    # date beyond one is that event's (``when.dated_ahead``)
    named: tuple[int, ...] = ()
    # the clause pieces its evidence is cut from (``segment.clause_pieces``),
    # read once for all its events
    clauses: list[tuple[int, int, bool]] | None = None
    # the speaker an earlier sentence named, who may go on speaking in this
    # one with no name ("He added: we …"; ``referents.told_speakers``)
    told_speaker: Mention | None = None
    # its adverbial clauses ("Iran, while condemning Israel, called …";
    # ``adverbial_clause.Clause``): a clause break that only sets one off
    # does not close the main clause's participants
    adverbials: list = field(default_factory=list)
    # the closing phrase of a reason (``doers.reason_span``) read once for
    # all its triggers, with the trigger list it was read from (speed70)
    reason: tuple[list[Hit], tuple[int, int] | None] | None = None


class DocumentView(Protocol):
    """What the rules read of a document (``document_state.DocumentState`` is one): its
    normalised text, language and rules, main pair and reference year, and
    the numbers of a sentence that count people (found lazily: it costs)."""

    lang: str
    ctx: Any
    pair: tuple[str, ...]
    anchor: datetime.date | None  # the publication date, when known

    @property
    def ref_year(self) -> int | None: ...

    @property
    def ntext(self) -> str: ...

    def counted_in(self, s: Sentence) -> list[tuple[int, int]]: ...
