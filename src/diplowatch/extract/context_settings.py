"""The switches, counts and lists of a language's ``context.py`` that are no plain word list.

Why apart from ``context_words``: these are read each in its own way (kept
raw, sorted for prefix tests, normalised as whole text, keyed by type or
noun), so each group has a short reader of its own; ``settings`` joins them.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from diplowatch.extract.context_words import folded_words, longest_first, sorted_words
from diplowatch.text.normalize import normalize, normalize_phrase


def settings(data: ModuleType | None) -> dict[str, Any]:
    """The language's switches and counts, and the lists kept raw or ordered."""
    return {**_switches(data), **_raw_letters(data), **_phrase_maps(data), **_ordered_lists(data)}


def _raw_letters(data: ModuleType | None) -> dict[str, Any]:
    """Letter lists kept raw: normalising would erase the vowel signs and
    fold the alifs that tell a voweled passive (``extract/struck_passive``)."""
    return {
        "passive_vowel_marks": frozenset(getattr(data, "PASSIVE_VOWEL_MARKS", ())),
        "imperfect_prefixes": frozenset(getattr(data, "IMPERFECT_PREFIXES", ())),
        "derived_form_alifs": frozenset(getattr(data, "DERIVED_FORM_ALIFS", ())),
        "root_slots": frozenset(getattr(data, "ROOT_SLOTS", ())),
        "verbal_noun_starts": tuple(getattr(data, "VERBAL_NOUN_STARTS", ())),
        "passive_conjunctions": frozenset(getattr(data, "PASSIVE_CONJUNCTIONS", ())),
        # longest first: a word is cut at the longest form it opens with
        "nisba_endings": longest_first(data, "NISBA_ENDINGS"),
        "definite_prefixes": longest_first(data, "DEFINITE_PREFIXES"),
    }


def _switches(data: ModuleType | None) -> dict[str, Any]:
    """The language's switches, counts and lists kept raw, with its word lists."""
    return {
        "home_candidates": tuple(getattr(data, "HOME_CANDIDATES", ())),
        "family_first": frozenset(getattr(data, "FAMILY_FIRST_CODES", ())),
        "titles_follow_country": getattr(data, "TITLES_FOLLOW_COUNTRY", False),
        "negation_follows": getattr(data, "NEGATION_FOLLOWS_TRIGGER", False),
        "name_min_tokens": getattr(data, "NAME_MIN_TOKENS", 2)
        if getattr(data, "NAMES_FOLLOW_TITLES", True)
        else 0,
        "names_follow_titles": getattr(data, "NAMES_FOLLOW_TITLES", True),
        "clause_punct": frozenset(getattr(data, "CLAUSE_PUNCTUATION", ())),
        "title_gap_words": getattr(data, "TITLE_GAP_WORDS", 0),
        "seat_reach": getattr(data, "SEAT_REACH", 0),
        "seat_nationality_before": getattr(data, "SEAT_NATIONALITY_BEFORE", 0),
        "seat_nationality_needed": getattr(data, "SEAT_NATIONALITY_NEEDED", False),
        "class_holder_reach": getattr(data, "CLASS_HOLDER_REACH", 0),
        "class_verb_prefixes": tuple(getattr(data, "CLASS_VERB_PREFIXES", ())),
        "needs_predicate": frozenset(getattr(data, "NEEDS_PREDICATE", ())),
        "subject_after_verb": getattr(data, "SUBJECT_AFTER_VERB", False),
        "deed_owner_before": getattr(data, "DEED_OWNER_BEFORE", False),
        "deed_owner_possessives": tuple(getattr(data, "DEED_OWNER_POSSESSIVES", ())),
        "unknown_sides": getattr(data, "UNKNOWN_SIDES", False),
        # a lone actor of the article's main pair meets the other one only
        # where the sentence names it: a whole party never comes from outside
        # its sentence ("the minister stressed cooperation" after a meeting
        # names no partner; readers of real articles judged the partner the
        # article is about wrong there). ``context.LONE_PAIR_FILL`` may allow it.
        "lone_fill": getattr(data, "LONE_PAIR_FILL", False),
        "nouns_refer_back": getattr(data, "JOINT_NOUNS_REFER_BACK", False),
        "discussed_reach": getattr(data, "DISCUSSED_OBJECT_REACH", 0),
        "offer_reach": getattr(data, "OFFER_REACH", 0),
        "home_for_agents": getattr(data, "HOME_FOR_AGENTS", True),
        "group_title_names": getattr(data, "GROUP_TITLE_NAMES", False),
        "employer_first": getattr(data, "EMPLOYER_BEFORE_STAFF", False),
        "adjacent_coordinated": getattr(data, "ADJACENT_COORDINATED", True),
        "verb_final": getattr(data, "VERB_FINAL", False),
        "dropped_subjects": getattr(data, "DROPPED_SUBJECT_IS_SPEAKER", False),
        "topic_verb_words": getattr(data, "TOPIC_VERB_WORDS", 0),
        **_side_lists(data),
        **_switch_words(data),
    }


def _side_lists(data: ModuleType | None) -> dict[str, Any]:
    """The lists that tell how many sides a deed has: the one-sided types
    and nouns, and the troops counted after a verb of sending."""
    return {
        "one_sided": frozenset(getattr(data, "ONE_SIDED_TYPES", ())),
        "one_sided_nouns": tuple(getattr(data, "ONE_SIDED_NOUNS", ())),
        "one_sided_excluded": folded_words(data, "ONE_SIDED_EXCLUDED"),
        "sent_window": getattr(data, "SENT_AGENT_WINDOW", 3),
        "sent_counts": folded_words(data, "SENT_COUNT_WORDS"),
        "sent_verbs": folded_words(data, "SENT_VERBS"),
        "sent_leads": folded_words(data, "SENT_LEADS"),
        "sent_clitics": folded_words(data, "SENT_CLITICS"),
    }


def _switch_words(data: ModuleType | None) -> dict[str, tuple[str, ...]]:
    """Word lists read as normalised text, so they match normalised sentences."""
    return {
        "name_bad_starts": tuple(normalize(w).text for w in getattr(data, "NAME_BAD_STARTS", ())),
        "received_breaks": tuple(
            normalize(w).text for w in getattr(data, "RECEIVED_PHRASE_BREAKS", ())
        ),
        "glued_articles": tuple(normalize(w).text for w in getattr(data, "GLUED_ARTICLES", ())),
        "sideless_deeds": tuple(normalize(w).text for w in getattr(data, "SIDELESS_DEEDS", ())),
        "announced_bombings": tuple(
            normalize(w).text for w in getattr(data, "ANNOUNCED_BOMBINGS", ())
        ),
        "announced_tolls": tuple(normalize(w).text for w in getattr(data, "ANNOUNCED_TOLLS", ())),
        "sideless_seizures": tuple(
            normalize(w).text for w in getattr(data, "SIDELESS_SEIZURES", ())
        ),
        "captive_taking": tuple(normalize(w).text for w in getattr(data, "CAPTIVE_TAKING", ())),
        "commented_sideless": tuple(
            normalize(w).text for w in getattr(data, "COMMENTED_SIDELESS_DEEDS", ())
        ),
        "clause_breaks": tuple(normalize(w).text for w in getattr(data, "CLAUSE_BREAKS", ())),
        "contrast_breaks": tuple(normalize(w).text for w in getattr(data, "CONTRAST_BREAKS", ())),
    }


def _phrase_maps(data: ModuleType | None) -> dict[str, Any]:
    """Phrases normalised as whole phrases, keyed by type or noun, or paired."""
    return {
        "doer_markers": {
            etype: frozenset(normalize_phrase(w) for w in words)
            for etype, words in getattr(data, "DOER_MARKERS", {}).items()
        },
        "reference_openers": {
            etype: frozenset(normalize_phrase(w) for w in words)
            for etype, words in getattr(data, "REFERENCE_OPENERS", {}).items()
        },
        "own_light_verbs": {
            normalize_phrase(noun): frozenset(normalize_phrase(w) for w in verbs)
            for noun, verbs in getattr(data, "OWN_LIGHT_VERBS", {}).items()
        },
        "region_words": {
            normalize_phrase(w): code for w, code in getattr(data, "REGION_WORDS", {}).items()
        },
        "adjective_clashes": tuple(
            (normalize_phrase(a), normalize_phrase(b))
            for a, b in getattr(data, "ADJECTIVE_CLASHES", ())
        ),
    }


def _ordered_lists(data: ModuleType | None) -> dict[str, Any]:
    """Word lists kept as sets or sorted longest first for prefix tests."""
    return {
        "deed_passive_aux": folded_words(data, "DEED_PASSIVE_AUXILIARIES"),
        "deed_active_supports": folded_words(data, "DEED_ACTIVE_SUPPORTS"),
        "deed_support_prefixes": frozenset(getattr(data, "DEED_SUPPORT_PREFIXES", ())),
        "invitation_accepted": (
            tuple(normalize(w).text for w in getattr(data, "INVITATION_ACCEPTED_BEFORE", ())),
            tuple(normalize(w).text for w in getattr(data, "INVITATION_ACCEPTED_AFTER", ())),
            normalize(getattr(data, "INVITATION_OBJECT_MARKER", "")).text,
        ),
        "home_bodies": folded_words(data, "HOME_STATE_BODIES"),
        "location_prefixes": sorted_words(data, "LOCATION_PREFIXES"),
        "possessive_markers": sorted_words(data, "POSSESSIVE_MARKERS"),
        "possessive_clitics": sorted_words(data, "POSSESSIVE_CLITICS"),
        "object_participles": sorted_words(data, "OBJECT_PARTICIPLES"),
        "possessives_after": folded_words(data, "POSSESSIVES_AFTER"),
        "others_of_named": folded_words(data, "OTHERS_OF_NAMED"),
        "those_of_named": folded_words(data, "THOSE_OF_NAMED"),
        "own_deed_marks": sorted_words(data, "OWN_DEED_MARKS"),
        "own_deed_verbs": folded_words(data, "OWN_DEED_VERBS"),
        "imperfect_starts": sorted_words(data, "IMPERFECT_STARTS"),
        "definite_starts": sorted_words(data, "DEFINITE_STARTS"),
        "article_starts": sorted_words(data, "ARTICLE_STARTS"),
        "unbound_endings": sorted_words(data, "UNBOUND_ENDINGS"),
        "home_adj_endings": sorted_words(data, "HOME_NOUN_ADJECTIVE_ENDINGS"),
        "indefinite_endings": sorted_words(data, "INDEFINITE_ENDINGS"),
        "accusative_endings": sorted_words(data, "ACCUSATIVE_NOUN_ENDINGS"),
        "owner_suffixes": sorted_words(data, "OWNER_SUFFIXES"),
        "accusative_not_nouns": folded_words(data, "ACCUSATIVE_NOT_NOUNS"),
        "accusative_verb_endings": sorted_words(data, "ACCUSATIVE_VERB_ENDINGS"),
        "accusative_possessed_endings": sorted_words(data, "ACCUSATIVE_POSSESSED_ENDINGS"),
    }
