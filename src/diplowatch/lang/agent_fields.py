"""The fields of the agents tables, declared once: which a language may
hold (``lang/<code>/agents.py``) and the value a language that holds none
stands for, and which the shared table (``lang/xx/agents.py``) holds.

Why one home: the readers in ``extract/`` used to take each field with
``getattr(module, NAME, default)``, each choosing its own default, so a
misspelt name, in the data or in the reader, was read as an empty list
without a word, and a shared field deleted from ``xx`` silently turned a
rule off. Now ``language_field`` answers a language's field or its declared
default, ``shared_field`` a shared one, which ``xx`` must hold; either
refuses a name not declared here, and a table holding a public name not
declared here is refused when the registry checks its folders (and again
when first read), and a code that is no folder is refused rather than
given every default (``LanguageDataError``, mendC72).
"""

from __future__ import annotations

from functools import cache
from types import MappingProxyType, ModuleType
from typing import Any

from diplowatch.lang.registry import LanguageDataError, add_table_check, folders, load

#: What a language's agents table may hold, each with the value a language
#: that holds none stands for (all optional: a language may have none of
#: the words a rule reads, and then the rule reads nothing). ``None`` for
#: ``WHOLE_STATE_AGENTS``: the shared table's rules hold instead.
LANGUAGE_FIELDS: MappingProxyType[str, Any] = MappingProxyType(
    {
        **dict.fromkeys(
            (
                *("AGENTS_BY_STATE", "AGENT_NOUNS", "AGENT_NOUNS_OF_STATE"),
                *("AGENT_NOUNS_WITH_COUNTRY", "ASKED_AGENT_NOUNS", "COUNTED_AGENT_NOUNS"),
                "DEED_OWNER_GROUPS",
                *("DIVIDED_STATES", "GROUP_HEADS", "GROUP_HOMES", "IMPLIED_AGENTS"),
                *("IMPLIED_BY_MODE", "MEMBER_NOUNS", "NAMED_GROUPS", "OWNED_NOUNS"),
                "TYPE_BY_SOURCE",
            ),
            MappingProxyType({}),
        ),
        **dict.fromkeys(
            (
                *("ARMED_MEN_STRUCK", "ASKED_BLOCKERS", "ASKED_FILLERS", "ASKED_MARKERS"),
                *("ASKED_NEXT", "ASKED_OPENERS", "ASKED_OWN_MARKER", "ASKING_AFTER"),
                *("ASKING_BEFORE", "ASKING_CLITICS", "CAMPAIGN_OFFICES", "CAPTIVE_NOUNS"),
                *("COMPOUND_FIRST_PARTS", "DESCRIBING_AGENT_NOUNS", "GENERIC_PEOPLE_HEADS"),
                *("GROUP_HEAD_ADJECTIVES", "GROUP_HEAD_ADJECTIVE_ENDINGS", "GROUP_HEAD_CLITICS"),
                *("GROUP_HEAD_PHRASE", "HELD_CLAUSE_STOPS", "HELD_LIGHT_VERBS"),
                *("HELD_OBJECT_MARKERS", "HELD_VERBS", "INDEFINITE_DOERS"),
                *("HELD_GIVEN_NAMES", "HELD_PASSIVE_MARKS", "HELD_PASSIVE_STOPS"),
                *("HELD_NAME_POSSESSIVES", "HELD_NAME_JOINERS", "HELD_GLUED_JOINERS"),
                *("INDEFINITE_DOER_LINKS", "INDEFINITE_DOER_PASSIVE", "LONE_PERSON_ARTICLES"),
                *("LONE_PERSON_COPULAS", "LONE_PERSON_DEFINITE", "LONE_PERSON_ENDINGS"),
                *("LONE_PERSON_FOLLOWERS", "LONE_PERSON_HEAD_ENDINGS", "LONE_PERSON_BARE_ARTICLES"),
                *("LONE_PERSON_FEMININE_ENDINGS", "LONE_PERSON_NOT_FEMININE"),
                *("LONE_PERSON_INDEFINITE_PLURALS", "LONE_PERSON_NISBA_ENDINGS"),
                *("LONE_PERSON_FEMININE_VERB_OPENINGS", "LONE_PERSON_FEMININE_VERB_ENDINGS"),
                "LONE_PERSON_NOT_VERB_ENDINGS",
                *("LONE_PERSON_PREPOSITIONS", "NAMED_PEOPLE", "NAVAL_RANKS", "NOT_AGENTS"),
                *("PEOPLE_SUFFIXES", "PEOPLE_WORDS", "PERSON_RANKS", "PLAIN_PEOPLE"),
                *("PROTESTER_CLITICS", "PROTESTER_HEADS_BEFORE", "PROTESTER_MEANS"),
                *("PROTESTER_NOUNS", "PROTESTER_SEIZING"),
                *("RING_HEAD_MODIFIERS", "RING_HEAD_MODIFIER_PREFIXES", "RING_HEAD_RING_WORDS"),
                *("RING_MEMBER_CLITICS", "RING_MEMBER_LINKS", "RING_MEMBER_PHRASES"),
                *("RING_NOUNS", "RING_OWN_HEADS"),
                *("SELF_PROTEST_BREAKERS", "SELF_PROTEST_WORDS", "STATELESS_AGENTS"),
                "UNPOSSESSED_AGENT_NOUNS",
            ),
            (),
        ),
        "ASKING_REACH": 0,
        "ASKING_SUBJECT_FIRST": False,
        "HELD_REACH": 0,
        "HELD_GIVEN_GAP": 0,
        "WHOLE_STATE_AGENTS": None,
    }
)

#: What the shared agents table (``xx``) holds: agent codes and the rules
#: over event types that no language words. Every one is required there.
SHARED_FIELDS: frozenset[str] = frozenset(
    {
        *("ARMED", "ARMED_BRANCHES", "AUTHORITIES", "CAPTIVES_MODE", "CITED_AGENTS"),
        *("COERCERS", "CROWD", "CROWD_FIRST", "CROWD_FIRST_ANYWHERE"),
        *("CROWD_FIRST_NO_WHOLE_MODES", "CROWD_FIRST_UNLESS_SUBJECT"),
        *("DEPLOYED_FORCES", "DEPLOYMENT_BYSTANDERS", "DEPLOYMENT_ORDERERS"),
        *("DEPLOYMENT_TYPES", "DOER_FIRST_TYPES", "DOMESTIC_NON_EVENTS", "DOMESTIC_TYPES"),
        *("FIGHTER_AGENTS", "FINER_POST_ROLES", "PARTY_AGENTS"),
        *("FORCES_ONLY", "HOME_BODY_AGENTS", "HOME_INSTITUTIONS", "IMPLIED_AGENTS"),
        *("IMPLIED_BY_MODE", "IMPLIED_RECIPIENTS", "INSTITUTION_AGENTS", "IN_OFFICE_TYPES"),
        *("MODE_OF_SIDE", "MODE_RULES_UNLESS_NAMED", "NAME_BEARING_AGENTS", "NOT_PARTY_TO"),
        *("OWN_STRUCK_AGENTS", "PEOPLE_STRUCK_AGENTS", "STATE_DEED_MODES"),
        *("PLACED_GROUP_AGENTS", "ROLE_AGENTS", "SCENE_AGENTS", "SENDING_TYPES"),
        *("SENT_AGENTS", "STATELESS_AGENTS", "TYPE_BY_SOURCE", "UNKNOWN_DOER_AGENTS"),
        "TELLING_AGENTS",
        "WHOLE_STATE_AGENTS",
    }
)
_SHARED = "xx"


def language_field(code: str, name: str) -> Any:
    """Field ``name`` of language ``code``'s agents table, or its declared
    default where the language (or ``code`` "", no language) holds none.
    Read from the module at each call, so a test that patches it is seen."""
    if name not in LANGUAGE_FIELDS:
        raise LanguageDataError(
            f"{name!r} is no field of a language's agents table (lang/agent_fields.py)"
        )
    table = _checked(code) if code else None
    return getattr(table, name, LANGUAGE_FIELDS[name])


def shared_field(name: str) -> Any:
    """Field ``name`` of the shared agents table (``lang/xx/agents.py``),
    which must hold every shared field: a missing one is an error, not a
    rule silently turned off."""
    if name not in SHARED_FIELDS:
        raise LanguageDataError(
            f"{name!r} is no field of the shared agents table (lang/agent_fields.py)"
        )
    table = _checked(_SHARED)
    if table is None or not hasattr(table, name):
        raise LanguageDataError(f"lang/xx/agents.py: holds no {name}")
    return getattr(table, name)


@cache
def shared_set(name: str) -> frozenset[Any]:
    """Field ``name`` of the shared agents table as a set, built once: the
    extract rules test membership in these lists per mention or per event
    (mendC79: one helper for the wrapper each rule had written)."""
    return frozenset(shared_field(name))


def _checked(code: str) -> ModuleType | None:
    """Folder ``code``'s agents table (``registry.load``, read once), refused
    if it holds a public name not declared for it (``_refuse_stray``). A code
    that is no folder is an error: "zz" would otherwise get every default."""
    if code not in folders():
        raise LanguageDataError(
            f"unknown language folder {code!r}; known folders: {', '.join(folders())}"
        )
    table = load(code, "agents")
    if table is not None:
        check_table(code, table)
    return table


def check_table(code: str, table: ModuleType) -> None:
    """Refuse folder ``code``'s agents ``table`` if it holds a public name not
    declared for it: the registry calls this when it checks its folders, so
    a misspelt field stops the first read of the registry, not an extraction
    half way through."""
    _refuse_stray(table, SHARED_FIELDS if code == _SHARED else frozenset(LANGUAGE_FIELDS))


@cache
def _refuse_stray(table: ModuleType, declared: frozenset[str]) -> None:
    """Refuse ``table`` if it holds a public name not in ``declared``: a
    misspelt field would be read as none. Checked once per table."""
    stray = sorted(
        name
        for name, value in vars(table).items()
        if name.isupper()
        and not name.startswith("_")
        and not isinstance(value, ModuleType)
        and name not in declared
    )
    if stray:
        raise LanguageDataError(
            f"{table.__name__}: {', '.join(stray)} not declared in lang/agent_fields.py"
        )


add_table_check("agents", check_table)
