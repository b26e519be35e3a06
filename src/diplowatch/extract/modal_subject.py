"""A deed noun that a modal predicate after it governs: no deed told.

A deed noun can be the subject (or the fronted object) of a predicate of
necessity or possibility that follows it in its clause: "بازداشت قاچاقچیان
لازم است", "لغو تحریم‌ها را فوراً نمی‌توان انجام داد", "the arrest of the
smugglers is necessary", "lifting sanctions cannot be done at once",
"اعتقال المهربين ضروري", "رفع العقوبات لا يمكن أن يتم". The predicate says
what must or can (not) happen; it reports no arrest and no lifting. The
cues of condition and obligation before a deed ("باید … بازداشت کنند",
``hypothetical.hypothetical``) do not reach these: the modal stands after the
noun, as Persian verb-final clauses and nominal sentences put it.

The predicate is a short list of words per language
(``context.POSTPOSED_MODALS``), looked for at most ``MODAL_SUBJECT_SPAN``
words after the noun (its complement and coordinated nouns may stand
between: "بازداشت و برخورد لازم است"), in the noun's clause: a clause
break, a relative word, a light verb (``context.LIGHT_VERBS``: the noun's
own finite verb, "… را بازداشت کرد و …") or a verb of saying ends the search,
the modal further on being another clause's. A verb trigger has its own
tense and mood and is left alone, unless a determiner makes it a noun
("the lifting of sanctions").
"""

from __future__ import annotations

import datetime
from functools import cache

from diplowatch.dates.mentions import find_dates
from diplowatch.extract.actor_context import Context
from diplowatch.extract.cue_words import cue_written
from diplowatch.extract.lexicon import SAYING_KINDS
from diplowatch.extract.named_topic import phrases_before
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.titles import previous_word
from diplowatch.text.punctuation import CLAUSE_BREAKS
from diplowatch.text.words import WORD_RUN

# Words between a deed noun and the modal predicate it is the subject of:
# its complement and a coordinated noun ("لغو تحریم‌ها و … را فوراً نمی‌توان").
MODAL_SUBJECT_SPAN = 6
# The longest modal predicate, in words.
_LONGEST = 4
# Words of time or manner an obligation and its verb of taking place may
# stand apart ("باید هر چه سریع‌تر آغاز شود", "should as soon as possible begin").
OBLIGED_GAP = 4
_SAYING = SAYING_KINDS
# A date relative words and weekdays are read against: only whether a time
# is named counts (``_vague_plea``).
_ANY_DAY = datetime.date(2000, 6, 15)


def modal_subject(trigger: Hit, s: Sentence, ntext: str, ctx: Context) -> bool:
    """Whether the deed noun ``trigger`` is the subject of a modal
    predicate that follows it in its clause (``context.POSTPOSED_MODALS``),
    or of an obligation that it take place (``obliged_to_occur``)."""
    return _modal_predicate(trigger, s, ntext, ctx) or obliged_to_occur(trigger, s, ntext, ctx)


def _modal_predicate(trigger: Hit, s: Sentence, ntext: str, ctx: Context) -> bool:
    """Whether a predicate of ``context.POSTPOSED_MODALS`` follows the deed
    noun ``trigger`` in its clause."""
    modals = ctx.postposed_modals
    if not modals or not cue_written(ntext[trigger.end : s.end], modals):
        return False  # speed78a: no piece of a modal written after it (most nouns)
    if not _nominal(trigger, ntext, ctx):
        return False
    words = _clause_words(trigger, s, ntext)
    if not _may_hold(words, modals):
        return False
    stops = ctx.light_verbs | ctx.syntax.relatives
    for i, word in enumerate(words[: MODAL_SUBJECT_SPAN + 1]):
        ahead = words[i : i + _LONGEST]
        if any(_bare(ahead[:n]) in modals for n in range(1, _LONGEST + 1)):
            return True
        if CLAUSE_BREAKS & set(word) or word in stops:
            return False
    return False


def obliged_to_occur(trigger: Hit, s: Sentence, ntext: str, ctx: Context) -> bool:
    """Whether the deed noun ``trigger`` is the subject of an obligation
    (``context.OBLIGED_OCCURRENCE_CUES``) whose verb says it is to take place
    (``context.OBLIGED_OCCURRENCES``): "مذاکرات دو کشور باید هر چه زودتر
    آغاز شود", "المحادثات يجب أن تبدأ", "talks should begin soon" ask that
    the talks happen and tell none (nonevent111). Only a verb of taking
    place: "the attack must be condemned" judges an attack that was made.
    A noun after a lead that tells it as done or as a phrase's object
    (``context.OCCURRENCE_SUBJECT_LEADS``: "پس از", "after") is no subject."""
    cues = ctx.obliged_occurrence_cues
    if not cues or not cue_written(ntext[trigger.end : s.end], cues):
        return False  # no obligation written after it (most triggers)
    if not _nominal(trigger, ntext, ctx) or _after_lead(trigger, ntext, ctx):
        return False
    words = _clause_words(trigger, s, ntext)
    stops = ctx.light_verbs | ctx.syntax.relatives
    for i, word in enumerate(words[: MODAL_SUBJECT_SPAN + 1]):
        for n in (2, 1):
            if _bare(words[i : i + n]) in cues:
                ahead = words[i + n : i + n + OBLIGED_GAP + _LONGEST]
                if not _takes_place(ahead, ctx.obliged_occurrences):
                    return False
                return _negated(words, i, n, ctx) or _vague_plea(words[i:], ctx)
        if CLAUSE_BREAKS & set(word) or word in stops:
            return False
    return False


def _negated(words: list[str], i: int, n: int, ctx: Context) -> bool:
    """Whether the obligation at ``words[i : i + n]`` is negated: the cue
    itself ("نباید"), the word before it ("لا يجب") or the word after it
    ("should not"; ``context.OBLIGED_NEGATIONS``). What should not happen is
    neither told nor planned (mendA111)."""
    negations = ctx.obliged_negations
    near = [_bare(words[i : i + n]), *words[i - 1 : i][:1], *words[i + n : i + n + 1]]
    return any(w in negations for w in near)


def _vague_plea(words: list[str], ctx: Context) -> bool:
    """Whether the obligation's clause (to its first break) pleads a vague
    time ("as soon as possible", "هر چه سریع‌تر", "في أقرب وقت";
    ``context.OBLIGED_VAGUE_TIMES``) and names none: "should take place next
    week", "ينبغي أن يعقد الشهر المقبل", "باید هفته آینده برگزار شود" are a
    plan, no plea, and the obligation then tells the planned deed (mendA111)."""
    clause = []
    for word in words:
        clause.append(word)
        if CLAUSE_BREAKS & set(word):
            break
    text = " " + " ".join(clause).strip(".،,;:؛") + " "
    if not any(f" {v} " in text for v in ctx.obliged_vague_times):
        return False
    return not find_dates(text, ctx.lang, _ANY_DAY)


def _clause_words(trigger: Hit, s: Sentence, ntext: str) -> list[str]:
    """The words after ``trigger`` up to the sentence's end or the first
    verb of saying after it (what follows that is said, another clause)."""
    said = [c.start for c in s.cues if c.entry.kind in _SAYING and c.start >= trigger.end]
    return ntext[trigger.end : min([s.end, *said])].split()


def _takes_place(words: list[str], verbs: frozenset[str]) -> bool:
    """Whether a verb of taking place opens within ``OBLIGED_GAP`` words
    (adverbs of time or manner between: "باید هر چه سریع‌تر آغاز شود"),
    before any clause break."""
    for j, word in enumerate(words[: OBLIGED_GAP + 1]):
        if any(_bare(words[j : j + n]) in verbs for n in range(1, _LONGEST + 1)):
            return True
        if CLAUSE_BREAKS & set(word):
            return False
    return False


def _after_lead(trigger: Hit, ntext: str, ctx: Context) -> bool:
    """Whether a word of ``context.OCCURRENCE_SUBJECT_LEADS`` ends right before
    the noun (a deed told as done, or a phrase's object: no subject)."""
    leads = ctx.occurrence_subject_leads
    return bool(leads) and any(p in leads for p in phrases_before(ntext, trigger.start, (1, 2)))


def _may_hold(words: list[str], modals: frozenset[str]) -> bool:
    """Whether a word a modal opens stands in the words read at all: a cheap
    test before the phrase-by-phrase look-up, which most deed nouns fail."""
    openers = _openers(modals)
    if "" in openers:
        return True
    window = " ".join(words[: MODAL_SUBJECT_SPAN + _LONGEST])
    return not openers.isdisjoint(WORD_RUN.findall(window))


@cache
def _openers(modals: frozenset[str]) -> frozenset[str]:
    """The first word of each modal phrase (as ``_bare`` writes it)."""
    return frozenset(m.split(" ")[0] for m in modals)


def _nominal(trigger: Hit, ntext: str, ctx: Context) -> bool:
    """A deed named as a noun: a noun trigger, or a verb's form after a
    determiner ("the lifting of sanctions"), which has no tense or mood of
    its own for the modal to compete with."""
    if trigger.entry.affix == "noun":
        return True
    return previous_word(ntext, trigger.start) in ctx.syntax.determiners


def _bare(words: list[str]) -> str:
    """``words`` as a phrase without the marks glued to them ("است.", "است/")."""
    return " ".join(WORD_RUN.findall(" ".join(words)))
