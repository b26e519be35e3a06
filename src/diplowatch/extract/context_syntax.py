"""The clause-level cues of a language's ``context.py``, read into ``Syntax``.

Why apart from ``actor_context``: ``Syntax`` is its own value (verbs,
negation, modality, word shapes), read from the data module in two halves so
that each reader stays short; the actor context only holds it.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from diplowatch.extract.context_words import folded_words, sorted_words
from diplowatch.extract.syntax import Syntax


def syntax(data: ModuleType | None) -> Syntax:
    """The clause-level cues (verbs, negation, modality) of the language,
    read in two halves so that each reader stays short."""
    return Syntax(**_syntax_clauses(data), **_syntax_shapes(data))


def _syntax_clauses(data: ModuleType | None) -> dict[str, Any]:
    """The cues of clauses: verbs, negation, modality, speech and purpose."""
    return dict(
        determiners=folded_words(data, "DETERMINERS"),
        verb_markers=folded_words(data, "VERB_MARKERS"),
        infinitive=folded_words(data, "INFINITIVE_MARKERS"),
        passive_aux=folded_words(data, "PASSIVE_AUXILIARIES"),
        frame_window=getattr(data, "FRAME_WINDOW", 0),
        clause_breaks=frozenset(getattr(data, "CLAUSE_PUNCTUATION", ())),
        agent_markers=folded_words(data, "AGENT_MARKERS"),
        negation_gap=folded_words(data, "NEGATION_GAP_WORDS"),
        negation_closers=folded_words(data, "NEGATION_CLOSERS"),
        inability_links=folded_words(data, "INABILITY_LINKS"),
        threat_conditions=folded_words(data, "THREAT_CONDITIONS"),
        course_words=folded_words(data, "COURSE_WORDS"),
        relatives=folded_words(data, "RELATIVE_PRONOUNS"),
        speculative=folded_words(data, "SPECULATIVE_MODALS"),
        speech_openers=folded_words(data, "SPEECH_OPENERS"),
        subordinators=folded_words(data, "SUBORDINATORS"),
        planned_before_verbs=getattr(data, "PLANNED_BEFORE_VERBS", False),
        future_times=folded_words(data, "FUTURE_TIME_CUES"),
        purpose_cues=folded_words(data, "PURPOSE_CUES"),
    )


def _syntax_shapes(data: ModuleType | None) -> dict[str, Any]:
    """The cues of word shapes and phrases: gerunds, participles,
    prepositions, conjunctions and the words around a town."""
    return dict(
        gerund_markers=folded_words(data, "GERUND_MARKERS"),
        context_preps=folded_words(data, "CONTEXT_PREPOSITIONS"),
        deed_context_preps=folded_words(data, "DEED_CONTEXT_PREPOSITIONS"),
        modifiers_before=getattr(data, "MODIFIERS_BEFORE_NOUNS", True),
        participle_complements=folded_words(data, "PARTICIPLE_COMPLEMENTS"),
        quantifiers=folded_words(data, "QUANTIFIERS"),
        participle_endings=sorted_words(data, "PARTICIPLE_ENDINGS"),
        past_participle_endings=sorted_words(data, "PAST_PARTICIPLE_ENDINGS"),
        gerund_endings=sorted_words(data, "GERUND_ENDINGS"),
        clause_conjunctions=folded_words(data, "CLAUSE_CONJUNCTIONS"),
        subject_conjunctions=folded_words(data, "SUBJECT_CONJUNCTIONS"),
        request_openers=folded_words(data, "REQUEST_OPENERS"),
        release_nouns=folded_words(data, "RELEASE_NOUNS"),
        dotted_abbreviations=sorted_words(data, "DOTTED_ABBREVIATIONS"),
        object_preps=folded_words(data, "OBJECT_BREAK_PREPOSITIONS"),
        passive_be=folded_words(data, "PASSIVE_BE"),
        object_pronouns=sorted_words(data, "VERB_OBJECT_PRONOUNS"),
        town_leads=folded_words(data, "TOWN_OBJECT_LEADS"),
        town_followers=folded_words(data, "TOWN_OBJECT_FOLLOWERS"),
        town_subject_after=folded_words(data, "TOWN_SUBJECT_AFTER"),
        town_before_verb=getattr(data, "TOWN_OBJECT_BEFORE_VERB", False),
        town_owner_marks=sorted_words(data, "TOWN_OWNER_MARKS"),
    )
