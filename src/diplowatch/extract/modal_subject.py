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

from functools import cache

from diplowatch.extract.actor_context import Context
from diplowatch.extract.cue_words import cue_written
from diplowatch.extract.lexicon import SAYING_KINDS
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
_SAYING = SAYING_KINDS


def modal_subject(trigger: Hit, s: Sentence, ntext: str, ctx: Context) -> bool:
    """Whether the deed noun ``trigger`` is the subject of a modal
    predicate that follows it in its clause (``context.POSTPOSED_MODALS``)."""
    modals = ctx.postposed_modals
    if not modals or not cue_written(ntext[trigger.end : s.end], modals):
        return False  # speed78a: no piece of a modal written after it (most nouns)
    if not _nominal(trigger, ntext, ctx):
        return False
    said = [c.start for c in s.cues if c.entry.kind in _SAYING and c.start >= trigger.end]
    end = min([s.end, *said])
    words = ntext[trigger.end : end].split()
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
