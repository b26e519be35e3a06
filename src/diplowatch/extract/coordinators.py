"""The set of words that joins two actors into one side of an event.

``Coordinators`` is an index derived from a language's ``Context`` (its
conjunctions, co-actor links, item quantities and name leads), built once per
set of words and shared: the steps that split and join sides ask it tens of
thousands of times per corpus, so it is a frozen set that still tells its
parts apart. Kept apart from ``actor_context`` because it is derived from the
data, not read from it.
"""

from __future__ import annotations

from functools import cache


class Coordinators(frozenset[str]):
    """Conjunctions and co-actor links (``context.COACTOR_LINKS``) in one set:
    what joins two actors into one side. It still tells the links apart: set
    off by a comma, a link opens an aside that the next comma closes. It
    also holds the quantities that may open a list's next item after its
    conjunction (``context.ITEM_QUANTIFIERS``: "and several", "و چند"), the
    words that may stand between a titled mention and its holder's name
    (``name_leads``, ``context.HOLDER_NAME_LEADS``: "الشيخ", "President") and
    whether a named leader, a comma and the next leader's title go on with a
    list (``titled_lists``: among a joint event's sides only), and the words
    after which a titled person is what a joint event is about, no side of
    it (``topic_leads``, mendD102: ``TOPIC_HEADS`` and ``ABOUT_PREPOSITIONS``,
    "the fate of", "مصير", "درباره")."""

    coactor_links: frozenset[str]
    quantifiers: frozenset[str]
    name_leads: frozenset[str]
    titled_lists: bool
    topic_leads: frozenset[str]

    def __new__(
        cls,
        conjunctions: frozenset[str],
        coactor_links: frozenset[str],
        quantifiers: frozenset[str] = frozenset(),
        name_leads: frozenset[str] = frozenset(),
        titled_lists: bool = False,
        topic_leads: frozenset[str] = frozenset(),
    ) -> Coordinators:
        made = super().__new__(cls, conjunctions | coactor_links)
        made.coactor_links = coactor_links
        made.quantifiers = quantifiers
        # matched word by word: "رئیس‌جمهور" is folded to two words
        made.name_leads = frozenset(w for lead in name_leads for w in lead.split())
        made.titled_lists = titled_lists
        made.topic_leads = topic_leads
        return made


@cache
def coordinators_of(
    conjunctions: frozenset[str],
    coactor_links: frozenset[str],
    quantifiers: frozenset[str],
    name_leads: frozenset[str] = frozenset(),
    titled_lists: bool = False,
    topic_leads: frozenset[str] = frozenset(),
) -> Coordinators:
    return Coordinators(
        conjunctions, coactor_links, quantifiers, name_leads, titled_lists, topic_leads
    )
