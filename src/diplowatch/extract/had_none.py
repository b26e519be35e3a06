"""A deed one says one has had none of is told as not done.

"ما مذاکره‌ای با آمریکا نداریم", "دیداری با احمدی‌نژاد نداشتیم", "با همتای
خود دیداری نداشت": Persian tells a meeting or talks that did not take place
as an indefinite deed noun (the "-ی"/"-ای" of "a, any" on the noun) that
is the object of a negated "have" right after it or after its partner
("با آمریکا", ``status.NEGATED_HAVE_PARTNERS``). The noun is then the deed
denied, as "هیچ مذاکره‌ای" already is, not a report of it. The negated
forms of "have" are data (``status.NEGATED_HAVE``); the rule reads only an
indefinite noun, so "در مذاکرات نقشی ندارد" (has no part in the talks,
whose object is "نقشی") keeps the talks, and so does an indefinite object
right before the verb ("در حمله موشکی به نفتکش نقشی نداشت"). Arabic and
English put the negation before the deed ("لم يعقد أي لقاء", "had no
meeting"), which their negation cues read; they list no such forms.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import NamedTuple

from diplowatch import lang as lang_data
from diplowatch.extract.lang_words import phrase_set
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.breaks import first_break
from diplowatch.text.normalize import normalize_phrase
from diplowatch.text.punctuation import CLAUSE_BREAKS, SENTENCE_STOPS
from diplowatch.text.words import WORD_RUN

# Words the negated "have" may stand after the deed noun: its partner and a
# time ("دیداری با رئیس جمهور سابق ایران نداشتیم").
REACH = 10
_STOPS = CLAUSE_BREAKS | SENTENCE_STOPS


class _HadNone(NamedTuple):
    """A language's data for the rule, normalised: the negated forms of
    "have" (``status.NEGATED_HAVE``), the prepositions of the partner right
    after the deed noun (``NEGATED_HAVE_PARTNERS``), and the indefinite
    ending glued to the noun or standing after it as a word
    (``INDEFINITE_SUFFIX``, ``INDEFINITE_WORD``; the zero-width joiner of
    "مذاکره‌ای" is folded to a space)."""

    have_not: frozenset[str]
    partner: frozenset[str]
    suffix: str
    word: str


@cache
def _data(lang: str) -> _HadNone:
    """The rule's data for ``lang`` (empty where the language lists none)."""
    status = lang_data.load(lang, "status") if lang else None
    have = phrase_set(lang, "status", "NEGATED_HAVE")
    partner = phrase_set(lang, "status", "NEGATED_HAVE_PARTNERS")
    suffix = normalize_phrase(getattr(status, "INDEFINITE_SUFFIX", ""))
    return _HadNone(have, partner, suffix, normalize_phrase(getattr(status, "INDEFINITE_WORD", "")))


def had_none(trigger: Hit, sentence: Sentence, text: str, lang: str) -> bool:
    """Whether ``trigger`` is an indefinite deed noun followed by a negated
    "have", right after it or after its partner ("… با آمریکا"), no other
    trigger between."""
    data = _data(lang)
    if not data.have_not or trigger.entry.affix == "verb":
        return False
    if not _may_have_none(text, data.have_not):
        return False  # the document writes no negated "have" (most do not)
    # the first stop after it, found in C (speed72a: a loop per character)
    end = first_break(text, trigger.end, len(text), _STOPS)
    words = _after_indefinite(trigger, text, end, data)
    if words and words[0] in data.have_not:
        return True  # "با همتای خود دیداری نداشت": the verb right after it
    if not words or words[0] not in data.partner:
        return False
    k = next((j for j, w in enumerate(words[:REACH]) if w in data.have_not), None)
    if k is None or _indefinite_word(words[k - 1], data):
        return False  # "در حمله موشکی نقشی نداشت": the part had is "نقشی"
    return not any(trigger.end < t.start < end for t in sentence.triggers)


@lru_cache(maxsize=2)
def _may_have_none(text: str, have_not: frozenset[str]) -> bool:
    """Whether a negated "have" is written anywhere in ``text``, read once
    per document (speed74a: the words after every deed noun were read to
    its clause's end, in the three of five Persian articles with none)."""
    return any(w in text for w in have_not)


def _after_indefinite(trigger: Hit, text: str, end: int, data: _HadNone) -> list[str]:
    """The words after the noun's indefinite ending, glued to it or standing
    after it ("دیداری", "مذاکره‌ای"); none if it has none. An adjective's
    "-ی" is not read: most are relational ("مذاکرات خارجی": foreign talks)."""
    i = trigger.base_end
    while i < len(text) and text[i].isalpha():
        i += 1
    words = WORD_RUN.findall(text, i, end)
    if text[trigger.base_end : i] == data.suffix:
        return words
    return words[1:] if words and words[0] == data.word else []


def _indefinite_word(word: str, data: _HadNone) -> bool:
    """Whether ``word`` is the indefinite ending or ends with it."""
    return word == data.word or bool(data.suffix) and word.endswith(data.suffix)
