"""The agents tables a language's ``Context`` holds: its people words and the shared codes.

Why apart: these fields come from the agents tables (the language's own
``agents.py`` and the shared ``xx`` agent codes, through
``lang.agent_fields``), not from ``context.py``, and are read by name there.
"""

from __future__ import annotations

from typing import Any

from diplowatch.lang.agent_fields import language_field, shared_field, shared_set
from diplowatch.text.normalize import normalize_phrase


def agent_nouns(lang: str) -> dict[str, tuple[str, ...]]:
    return dict(language_field(lang, "AGENT_NOUNS"))


def _own_words(lang: str, name: str) -> frozenset[str]:
    """A word list of the language's agents table, folded like the text."""
    return frozenset(normalize_phrase(w) for w in language_field(lang, name))


def agent_fields(lang: str) -> dict[str, Any]:
    """Agent tables: the language's people words and the shared (``xx``) agent codes."""
    return {
        "people_suffixes": _own_words(lang, "PEOPLE_SUFFIXES"),
        "people_words": _own_words(lang, "PEOPLE_WORDS"),
        "lone_person_definite": tuple(sorted(_own_words(lang, "LONE_PERSON_DEFINITE"))),
        "lone_person_endings": _own_words(lang, "LONE_PERSON_ENDINGS"),
        "lone_person_preps": _own_words(lang, "LONE_PERSON_PREPOSITIONS"),
        "lone_person_head_endings": tuple(sorted(_own_words(lang, "LONE_PERSON_HEAD_ENDINGS"))),
        "lone_person_copulas": _own_words(lang, "LONE_PERSON_COPULAS"),
        "lone_person_bare_articles": _own_words(lang, "LONE_PERSON_BARE_ARTICLES"),
        "lone_person_feminine": tuple(sorted(_own_words(lang, "LONE_PERSON_FEMININE_ENDINGS"))),
        "lone_person_not_feminine": _own_words(lang, "LONE_PERSON_NOT_FEMININE"),
        "lone_person_plurals": tuple(sorted(_own_words(lang, "LONE_PERSON_INDEFINITE_PLURALS"))),
        "lone_person_nisba": tuple(sorted(_own_words(lang, "LONE_PERSON_NISBA_ENDINGS"))),
        "lone_person_verb_openings": tuple(
            sorted(_own_words(lang, "LONE_PERSON_FEMININE_VERB_OPENINGS"))
        ),
        "lone_person_verb_endings": tuple(
            sorted(_own_words(lang, "LONE_PERSON_FEMININE_VERB_ENDINGS"))
        ),
        "lone_person_not_verb_endings": tuple(
            sorted(_own_words(lang, "LONE_PERSON_NOT_VERB_ENDINGS"))
        ),
        "lone_person_articles": _own_words(lang, "LONE_PERSON_ARTICLES"),
        "lone_person_followers": _own_words(lang, "LONE_PERSON_FOLLOWERS"),
        "describing_agents": _own_words(lang, "DESCRIBING_AGENT_NOUNS"),
        "agents_by_state": {
            normalize_phrase(phrase): (usual, dict(by_state))
            for phrase, (usual, by_state) in language_field(lang, "AGENTS_BY_STATE").items()
        },
        "generic_people": _own_words(lang, "GENERIC_PEOPLE_HEADS"),
        "role_agents": dict(shared_field("ROLE_AGENTS")),
        "institution_agents": dict(shared_field("INSTITUTION_AGENTS")),
        "sent_agents": shared_set("SENT_AGENTS"),
        # a language may add its own (``agents.STATELESS_AGENTS``)
        "stateless_agents": shared_set("STATELESS_AGENTS")
        | frozenset(language_field(lang, "STATELESS_AGENTS")),
        "home_body_agents": shared_set("HOME_BODY_AGENTS"),
        "home_institutions": shared_set("HOME_INSTITUTIONS"),
        "not_party_to": dict(shared_field("NOT_PARTY_TO")),
        "cited_agents": shared_set("CITED_AGENTS"),
        "telling_agents": shared_set("TELLING_AGENTS"),
        "name_bearing_agents": shared_set("NAME_BEARING_AGENTS"),
        "placed_groups": shared_set("PLACED_GROUP_AGENTS"),
        "unknown_doers": shared_set("UNKNOWN_DOER_AGENTS"),
        "armed_branches": shared_set("ARMED_BRANCHES"),
        "fighter_agents": shared_set("FIGHTER_AGENTS"),
    }
