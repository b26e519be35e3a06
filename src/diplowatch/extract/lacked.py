"""A deed a text is said not to contain is not done.

"The agreement does not contain an apology", "لم يتضمن البيان اعتذارا",
"این بیانیه شامل عذرخواهی … نیست": a statement, deal or letter said not to
include a deed names the deed only to say it is missing, so the deed is
negated, not reported. The verb of containing is data
(``status.LACKING_CUES``: "include", "contain", "يتضمن", "يشمل", "شامل",
"حاوی"); what negates it is the language's own: a negation word right
before it ("not", "didn't", "لم", "لا"; ``status.LACKING_NEGATIONS``), or,
in Persian, a negated copula closing the clause after the deed ("نیست",
"نمی‌شود"; ``status.LACKING_CLOSERS``). The deed is the first trigger after
the verb within ``REACH`` words of its clause; Arabic puts the verb's
definite subject between ("لم يتضمن الاتفاق اعتذارا"), which is skipped
(``status.LACKING_SUBJECT_ARTICLE``), so the deal itself stays reported.
The deed must be the verb's object: where a mention other than a state's
adjective stands between ("did not include Iran and ended with an
agreement", "لا تشمل العقوبات روسيا وأعلن فرض عقوبات"), or a word that opens
a clause of its own (``status.LACKING_CLAUSE_OPENERS``: "and", "التي",
"که"), the object was something else and the later deed keeps its status
(mendB89).
The cue is only the verb, so it hides no negation cue of the scan: the
negation keeps its own reach ("لم يشمل الاتفاق أي تعهد …").
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from diplowatch import lang as lang_data
from diplowatch.extract.lang_words import phrase_set, phrase_tuple
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.syntax import has_break
from diplowatch.extract.titles import previous_word
from diplowatch.text.breaks import first_break
from diplowatch.text.normalize import normalize_phrase
from diplowatch.text.punctuation import CLAUSE_BREAKS, SENTENCE_STOPS

# Words the deed may stand after the verb of containing, and the Persian
# closer after the deed ("شامل عذرخواهی رسمی ترکیه از روسیه نیست").
REACH = 8
_STOPS = CLAUSE_BREAKS | SENTENCE_STOPS


class _Lacking(NamedTuple):
    """A language's data for the rule, normalised: the negations before the
    verb, the negated closers after the deed, the article of a subject that
    may stand between verb and deed."""

    negations: frozenset[str]
    closers: tuple[str, ...]
    article: str
    openers: frozenset[str] = frozenset()
    possessives: tuple[str, ...] = ()


@cache
def _data(lang: str) -> _Lacking:
    """The rule's data for ``lang`` (empty where the language lists none)."""
    status = lang_data.load(lang, "status") if lang else None
    negations = phrase_set(lang, "status", "LACKING_NEGATIONS")
    closers = phrase_tuple(lang, "status", "LACKING_CLOSERS")
    article = normalize_phrase(getattr(status, "LACKING_SUBJECT_ARTICLE", ""))
    openers = phrase_set(lang, "status", "LACKING_CLAUSE_OPENERS")
    possessives = tuple(getattr(status, "LACKING_POSSESSIVES", ()))
    return _Lacking(negations, closers, article, openers, possessives)


def lacked(trigger: Hit, sentence: Sentence, text: str, lang: str) -> bool:
    """Whether ``trigger`` is the deed a negated verb of containing names:
    the first trigger after the verb in its clause (an Arabic definite
    subject right after the verb skipped), the verb negated before it or,
    where the language closes with the negation, after the deed."""
    data = _data(lang)
    for cue in sentence.cues:
        if cue.entry.kind != "lacking" or cue.end > trigger.start:
            continue
        gap = text[cue.end : trigger.start]
        if len(gap.split()) > REACH or has_break(gap, CLAUSE_BREAKS):
            continue
        if _past_object(cue, trigger, sentence, text, data):
            continue
        if _first_deed(cue, trigger, sentence, text, data) and _negated(cue, trigger, text, data):
            return True
    return False


def _past_object(cue: Hit, trigger: Hit, sentence: Sentence, text: str, data: _Lacking) -> bool:
    """Whether the verb's object ends before ``trigger``: a mention other
    than a state's adjective stands between ("did not include Iran"), or a
    word that opens a clause of its own ("التي", "but"). The deed's own
    possessor ("Russia's withdrawal", "Iran and its allies' withdrawal") and
    the Arabic subject ("لم يتضمن اتفاق الدوحة", "الاتفاق الذي وقعه …") end
    no object (mendF90)."""
    words = text[cue.end : trigger.start].split()
    if words and words[-1].endswith(data.possessives):
        return False  # the whole stretch is the deed's possessor
    if any(
        m.end > cue.end
        and m.start < trigger.start
        and m.kind != "state_adj"
        and not _in_subject(cue, m.start, text, data)
        for m in sentence.mentions
    ):
        return True
    if data.article and len(words) > 1 and words[0].startswith(data.article):
        words = words[:1] + words[2:]  # a relative of the definite subject: "الاتفاق الذي"
    return any(word in data.openers for word in words)


def _in_subject(cue: Hit, start: int, text: str, data: _Lacking) -> bool:
    """Whether a mention at ``start`` closes the Arabic subject's construct:
    one or two words after the verb, the first without the article ("لم
    يتضمن اتفاق الدوحة", "بيان وزارة الخارجية")."""
    before = text[cue.end : start].split()
    return bool(data.article) and 0 < len(before) <= 2 and not before[0].startswith(data.article)


def _first_deed(cue: Hit, trigger: Hit, sentence: Sentence, text: str, data: _Lacking) -> bool:
    """Whether no other trigger stands between the verb and ``trigger``, but
    for the verb's definite subject right after it (Arabic), which is no
    deed contained."""
    between = [t for t in sentence.triggers if cue.end <= t.start < trigger.start]
    if data.article and _subject(cue, trigger, text, data.article):
        return False  # the trigger is the verb's subject: "لم يتضمن الاتفاق"
    return all(data.article and _subject(cue, t, text, data.article) for t in between)


def _subject(cue: Hit, hit: Hit, text: str, article: str) -> bool:
    """A definite word right after the verb: its subject ("يتضمن الاتفاق")."""
    word = text[hit.start : hit.end]
    return not text[cue.end : hit.start].strip() and word.startswith(article)


def _negated(cue: Hit, trigger: Hit, text: str, data: _Lacking) -> bool:
    """The verb's negation: a negation word right before it, or a negated
    closer within ``REACH`` words after the deed, in its clause."""
    if data.negations and previous_word(text, cue.start) in data.negations:
        return True
    if not data.closers:
        return False
    end = first_break(text, trigger.end, len(text), _STOPS)
    after = " " + " ".join(text[trigger.end : end].split()[: REACH + 1]) + " "
    return any(f" {closer} " in after for closer in data.closers)
