"""A deed told of nobody: a participant quantified by "no" is negated.

"No journalist was beaten", "هیچ خبرنگاری بازداشت نشد", "لم يتعرض أي صحفي
للضرب" name a deed only to say that it befell (or was done by) no one: the
quantifier, not a negation next to the verb, carries the "not". The deed is
negated when such a quantifier stands before its trigger in the same clause,
a few words away (``REACH``), with no other trigger between them (in
"no journalist was beaten during the protests" the protests are told), and,
where the verb comes last (``context.VERB_FINAL``), none after it in its
clause (the last is the deed, "هیچ خبرنگاری در جریان اعتراضات بازداشت نشد").

Each language lists its quantifiers (``status.NEGATIVE_QUANTIFIERS``: "no",
"هیچ", which negate by themselves; ``status.NEGATED_QUANTIFIERS``: Arabic
"أي" and English "any", which are "no" only under a negation just before
them, "لم يتعرض أي", and "any"/"which"/"that is" elsewhere). A quantifier
right before the trigger counts the deed itself: "has not received any
aid", "لم يتلق أي مساعدات", "هیچ توافقی امضا نشد" tell no aid, no deal and the words after which a
quantifier says nothing of the deed (``status.QUANTIFIER_FREE_WORDS``:
"without any charge", "بدون هیچ اتهامی" told of an arrest that happened);
phrases that begin with a quantifier and are none (``status.NOT_QUANTIFIERS``:
"no fewer than", "no doubt") are skipped, and a cue that opens another
clause between quantifier and trigger ("no evidence that Iran attacked")
leaves the deed to that clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from diplowatch import lang as lang_data
from diplowatch.event_types import having
from diplowatch.extract.actors import previous_word
from diplowatch.extract.lang_words import phrase_set, phrase_tuple
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.syntax import has_break
from diplowatch.text.punctuation import CLAUSE_BREAKS
from diplowatch.text.words import word_pattern

# How far before the trigger the quantifier may stand (characters): its
# noun, an auxiliary and a preposition ("no journalist was beaten", "لم
# يتعرض أي صحفي للضرب"), not a clause of its own.
REACH = 60
# Words between a quantifier and the participant it counts ("none of its
# soldiers"), and between the participant and the deed ("no journalist was
# beaten", "لم يشارك أي وفد في المحادثات"), where the verb does not come last.
PARTICIPANT_WORDS = 1
DEED_WORDS = 2
# How far a negation may stand before a quantifier that needs one (characters:
# the negation, the verb, "أي": "لم يتعرض أي", "لم يصب أي").
NEGATION_REACH = 16
# Types whose trigger is itself a "not" ("refused", "نمی‌پذیرد").
REFUSALS = having("refusal")
# Cues that open another clause: what stands on their far side is that
# clause's (a future, a quantifier's deed).
CLAUSE_CUES = frozenset({"reporting", "complementizer", "bound_complementizer"})


@dataclass(frozen=True)
class _Quantifiers:
    alone: re.Pattern[str] | None  # negate by themselves ("no", "هیچ")
    negated: re.Pattern[str] | None  # negate under a negation ("لم … أي")
    free: frozenset[str]  # words after which a quantifier is not the deed's
    not_quantifiers: tuple[str, ...]  # "no fewer than": no quantifier
    verb_final: bool  # the clause's deed is its last trigger (Persian)


@cache
def _quantifiers(lang: str) -> _Quantifiers:
    """The language's quantifier data (module docstring), normalised."""
    status = lang_data.load(lang, "status")
    context = lang_data.load(lang, "context")
    return _Quantifiers(
        alone=word_pattern(getattr(status, "NEGATIVE_QUANTIFIERS", ())),
        negated=word_pattern(getattr(status, "NEGATED_QUANTIFIERS", ())),
        free=phrase_set(lang, "status", "QUANTIFIER_FREE_WORDS"),
        not_quantifiers=phrase_tuple(lang, "status", "NOT_QUANTIFIERS"),
        verb_final=getattr(context, "VERB_FINAL", False),
    )


def told_of_nobody(trigger: Hit, sentence: Sentence, text: str, lang: str) -> bool:
    """Whether a negative quantifier of the trigger's clause, before it and
    within ``REACH`` with no other trigger between, says that the deed
    befell or was done by no one ("no journalist was beaten during the
    protests": the protests are told, the beating is not). A refusal
    ("به هیچ وجه نمی‌پذیرد") carries its "not" in its own sense."""
    if not lang or trigger.entry.value in REFUSALS:
        return False
    if _after_quantified_noun(trigger, sentence, text, lang):
        return True  # "no agreement was signed": the verb of a deed told of nothing
    data = _quantifiers(lang)
    reach = max(sentence.start, trigger.start - REACH)
    if not _quantifier_in(data, text, reach, trigger.start):
        return False  # speed78a: no quantifier within reach (most triggers)
    if data.verb_final and _deed_after(trigger, sentence, text):
        return False  # "هیچ خبرنگاری در جریان اعتراضات بازداشت نشد": the arrest
    start = max(reach, _last_trigger_end(trigger, sentence))
    for pattern, needs_negation in ((data.alone, False), (data.negated, True)):
        if pattern is None:
            continue
        for m in pattern.finditer(text, start, trigger.start):
            if not _quantifies(m.start(), m.end(), trigger, sentence.cues, text, data):
                continue
            if needs_negation and not _negation_before(m.start(), sentence.cues):
                continue
            if not text[m.end() : trigger.start].strip():
                return True  # the deed itself: "did not receive any aid", "no attack"
            if _of_participant(m.end(), trigger, sentence, text, data.verb_final):
                return True
    return False


def _quantifier_in(data: _Quantifiers, text: str, start: int, end: int) -> bool:
    """Whether either quantifier pattern matches in ``text[start:end]``, read
    with ``end`` as the text's end as the loop of ``told_of_nobody`` reads
    it: a pattern sees the text before ``start`` but nothing from ``end``
    on, so a window that starts later (after the last trigger) finds a
    match only where this one does (speed78a: one search in C first, where
    most triggers have no quantifier before them)."""
    return any(
        pattern is not None and pattern.search(text, start, end) is not None
        for pattern in (data.alone, data.negated)
    )


def _of_participant(b: int, trigger: Hit, sentence: Sentence, text: str, verb_final: bool) -> bool:
    """The quantifier ending at ``b`` counts a participant of the deed: a
    person, agent or actor is named right after it ("no journalist", "none
    of its soldiers", "هیچ خبرنگاری"), not a thing ("هیچ آماری", "أي بنود",
    "no evidence"), and the deed follows that participant within
    ``DEED_WORDS`` words (any where the verb comes last): "لم تعلن أي جهة
    مسؤوليتها عن الاعتداء" says nobody claimed the attack, not that none
    took place."""
    spans = [(m.start, m.end) for m in sentence.mentions]
    spans += sentence.agents + sentence.people
    ends = [
        e
        for s, e in spans
        if b <= s < trigger.start and len(text[b:s].split()) <= PARTICIPANT_WORDS
    ]
    if not ends:
        return False
    gap = text[min(ends) : trigger.start].split()
    return verb_final or len(gap) <= DEED_WORDS


def _after_quantified_noun(trigger: Hit, sentence: Sentence, text: str, lang: str) -> bool:
    """The trigger before ``trigger``, of its type and at most ``DEED_WORDS``
    words before it, is a deed noun told of nothing ("no agreement was
    signed", "no attack was carried out"): the verb tells the same deed."""
    before = [t for t in sentence.triggers if t.end <= trigger.start and t is not trigger]
    prev = max(before, key=lambda t: t.end, default=None)
    return (
        prev is not None
        and prev.entry.value == trigger.entry.value
        and len(text[prev.end : trigger.start].split()) <= DEED_WORDS
        and told_of_nobody(prev, sentence, text, lang)
    )


def _last_trigger_end(trigger: Hit, sentence: Sentence) -> int:
    """Where the last other trigger before ``trigger`` ends (0 if none)."""
    return max(
        (t.end for t in sentence.triggers if t.end <= trigger.start and t is not trigger),
        default=0,
    )


def _deed_after(trigger: Hit, sentence: Sentence, text: str) -> bool:
    """Another trigger after ``trigger`` in its clause: where the verb comes
    last, that one is the clause's deed and ``trigger`` a noun on the way."""
    return any(
        t.start >= trigger.end and not has_break(text[trigger.end : t.start], CLAUSE_BREAKS)
        for t in sentence.triggers
    )


def _quantifies(
    a: int, b: int, trigger: Hit, cues: list[Hit], text: str, data: _Quantifiers
) -> bool:
    """The quantifier at ``a:b`` is one, and of the trigger's clause."""
    if text.startswith(data.not_quantifiers, a):
        return False  # "no fewer than 20 were killed"
    if has_break(text[b : trigger.start], CLAUSE_BREAKS):
        return False
    if previous_word(text, a) in data.free:
        return False  # "without any charge": said of how the deed was done
    # "no evidence that Iran attacked": the deed is the other clause's
    return not any(
        c.entry.kind in CLAUSE_CUES and b <= c.start and c.end <= trigger.start for c in cues
    )


def _negation_before(pos: int, cues: list[Hit]) -> bool:
    """A negation cue ending shortly before ``pos`` ("لم يتعرض أي")."""
    return any(
        c.entry.kind == "negation" and c.end <= pos and pos - c.end <= NEGATION_REACH for c in cues
    )
