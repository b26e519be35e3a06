"""A deed told in a limb of "neither … nor" is negated.

Persian negates a limb of a correlative with a free "نه" before it and
leaves the verb positive: "نه سایتی بستیم و نه روزنامه‌ای را توقیف کردیم"
says that nothing was closed and nothing seized, though "بستیم" and "توقیف
کردیم" carry no negation of their own. A trigger is negated when such a
word (``status.CORRELATIVE_NEGATIONS``) stands before it in its clause,
within ``REACH``, with no clause break or limb word
(``status.CORRELATIVE_STOPS``: "بلکه", "اما": "نه به تهران بلکه به مسکو
سفر کرد" tells the trip) between, and the trigger closes its limb: at most
``CLOSING_WORDS`` words (its light verb, an auxiliary) stand between it and
the limb's end (the next correlative word, a clause break or the sentence's
end). A noun further from the limb's end ("نه در عذرخواهی لکنت نداشت") is
no verb of the limb, and the phrases that open "not only"
(``status.CORRELATIVE_EXCEPTIONS``: "نه تنها") negate nothing.

English "neither … nor" and Arabic "لا … ولا" put their negation right
before the verb, which the negation cues already read; the lists here are
Persian's (a language without them is unaffected).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from diplowatch import lang as lang_data
from diplowatch.extract.lang_words import phrase_set, phrase_tuple
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.syntax import has_break
from diplowatch.text.punctuation import CLAUSE_BREAKS
from diplowatch.text.words import word_pattern

# How far before the trigger (characters) the correlative word may stand: the
# limb's object and a preposition ("نه یک روزنامه را بستیم"), not a clause.
REACH = 60
# Words after the trigger that still belong to its verb ("بازداشت کرد", "حمله
# کرده است"): more, and the trigger is a noun on the limb's way.
CLOSING_WORDS = 2
# Characters after the trigger in which its limb's end is looked for.
LIMB_REACH = 80
# Marks that close a word at its clause's end.
_MARKS = ".!?؟،,؛;:«»\"'"


@dataclass(frozen=True)
class _Correlatives:
    words: re.Pattern[str] | None  # "نه"
    exceptions: tuple[str, ...]  # "نه تنها": "not only"
    stops: frozenset[str]  # "بلکه": a limb of its own
    joiners: frozenset[str]  # "و" of "و نه": the next limb's opening
    verbs: frozenset[str]  # light verbs ("کرد") that may close a noun's limb
    verb_prefixes: tuple[str, ...]  # "می": a verb of the present
    units: frozenset[str]  # "نفر": the correlative word is a number before them


@cache
def _correlatives(lang: str) -> _Correlatives:
    """The language's correlative data (module docstring), normalised."""
    status = lang_data.load(lang, "status")
    return _Correlatives(
        words=word_pattern(getattr(status, "CORRELATIVE_NEGATIONS", ()), glued="\u200c"),
        exceptions=phrase_tuple(lang, "status", "CORRELATIVE_EXCEPTIONS"),
        stops=phrase_set(lang, "status", "CORRELATIVE_STOPS"),
        joiners=phrase_set(lang, "status", "CORRELATIVE_JOINERS"),
        verbs=phrase_set(lang, "context", "LIGHT_VERBS"),
        units=phrase_set(lang, "status", "CORRELATIVE_NOT_BEFORE"),
        verb_prefixes=phrase_tuple(lang, "status", "CORRELATIVE_VERB_PREFIXES"),
    )


def told_by_neither(trigger: Hit, sentence: Sentence, text: str, lang: str) -> bool:
    """Whether a correlative "not" opens the trigger's limb and the trigger
    closes it ("نه یک خبرنگار را بازداشت کردیم"; module docstring)."""
    data = _correlatives(lang) if lang else None
    if data is None or data.words is None:
        return False
    # a noun trigger on the limb's way ("نه به تجمع آنها حمله کردند") is the
    # verb's object: the limb's verb, the trigger that closes it, is negated
    start = max(sentence.start, trigger.start - REACH)
    opens = _correlative_ends(text, start, trigger.start, data)
    if not opens or text.startswith(data.exceptions, opens[-1][0]):
        return False
    if _stopped(text[opens[-1][1] : trigger.start], data.stops):
        return False
    # a pair: one limb alone may be no correlative ("نه" is also "nine")
    around = _correlative_ends(
        text,
        max(sentence.start, start - LIMB_REACH),
        min(sentence.end, trigger.end + LIMB_REACH),
        data,
    )
    return len(around) > 1 and _closes_limb(trigger, sentence, text, data)


def _correlative_ends(
    text: str, start: int, end: int, data: _Correlatives
) -> list[tuple[int, int]]:
    """The spans of correlative words in ``text[start:end]`` that count
    nothing: "نه نفر" (nine people) before a unit (``status.CORRELATIVE_NOT_BEFORE``)
    is a number."""
    if data.words is None:
        return []
    spans = []
    for m in data.words.finditer(text, start, end):
        following = text[m.end() : m.end() + 24].split()[:1]
        if not following or following[0].strip(_MARKS) not in data.units:
            spans.append((m.start(), m.end()))
    return spans


def _stopped(gap: str, stops: frozenset[str]) -> bool:
    """A clause break or a word of another limb ("بلکه") between the
    correlative word and the trigger."""
    return has_break(gap, CLAUSE_BREAKS) or any(w in stops for w in gap.split())


def _closes_limb(trigger: Hit, sentence: Sentence, text: str, data: _Correlatives) -> bool:
    """At most ``CLOSING_WORDS`` words stand between the trigger and its
    limb's end: the next correlative word (and the "و" before it), a limb
    word, a clause break or the end of the sentence."""
    stop = min(sentence.end, trigger.end + LIMB_REACH)
    words = [w.strip(_MARKS) for w in text[trigger.end : stop].split()][: CLOSING_WORDS + 2]
    closed = [w != w.strip(_MARKS) for w in text[trigger.end : stop].split()]
    if words and not _verb_word(words[0], data) and not _opens_limb(words[0], words[1:2], data):
        return False  # "نه در عذرخواهی لکنت نداشت": another verb closes the limb
    for i, bare in enumerate(words):
        if i > CLOSING_WORDS:
            return False
        if _opens_limb(bare, words[i + 1 : i + 2], data):
            return True
        if closed[i]:  # a mark closes the clause
            return i < CLOSING_WORDS
    return len(words) <= CLOSING_WORDS and stop == sentence.end


def _opens_limb(word: str, following: list[str], data: _Correlatives) -> bool:
    """``word`` opens the next limb: a correlative word, a limb word ("بلکه")
    or a joiner before a correlative word ("و نه")."""
    if data.words is None:
        return False
    if word in data.stops or data.words.fullmatch(word):
        return True
    return word in data.joiners and bool(following) and bool(data.words.fullmatch(following[0]))


def _verb_word(word: str, data: _Correlatives) -> bool:
    """``word`` is the trigger's own verb: a light verb or a verb of the
    present ("می‌کنیم"), or the trigger's clause ends right there ("")."""
    return not word or word in data.verbs or word.startswith(data.verb_prefixes)
