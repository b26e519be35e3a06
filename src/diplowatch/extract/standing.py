"""A stance told in the present inside a relative clause (prec38ar).

"النظام الذي يدعو إلى …", "the movement, which demands …", "رژیم … که
خواستار … است": a verb of stance (a call, a demand, support, a refusal, a
blame, a threat) in the present tense, in a relative clause on a named
side, describes that side's standing position, as an adjective would (the
regime that calls for X is a regime known for it); the news reports no call
made that day. A word of the day in the clause ("الذي يطالب اليوم", "who
today demands") ties it to the news, and a past verb ("الذي دعا") is a
deed told: both stay events.

Each language lists its relative pronouns with the starts its present
verbs take after each (``status.STANDING_RELATIVES``: Arabic "ي" after
"الذي", "ت" after "التي"), endings that mark a past form despite such a
start (``STANDING_PAST_ENDINGS``: "تعهدت"), endings of a present verb
(``STANDING_PRESENT_ENDINGS``: English "demands"), words that close a
present clause (``STANDING_CLOSERS``: Persian "است", unless a past
participle stands before it, ``STANDING_PERFECT_ENDINGS``), how many words may
stand between the pronoun and the verb (``STANDING_REACH``), and the words
of the day (``STANDING_NOW_WORDS``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from diplowatch.event_types import having
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.lang import load
from diplowatch.text.normalize import normalize_phrase
from diplowatch.text.punctuation import COMMAS, PHRASE_BREAK_MARKS
from diplowatch.text.words import words_after

REACTIONS = having("reaction")
# How many words after the verb its clause is read for a closer or a day.
_CLAUSE_WORDS = 6
# How far before the verb its relative pronoun is looked for, in characters.
_LEAD_REACH = 80
# What ends the clause after the verb, alone or glued to a word's end: a
# comma, a semicolon, a colon or a sentence's end.
_STOPS = PHRASE_BREAK_MARKS
_STOP_CHARS = "".join(sorted(_STOPS))
# A white-space-delimited word (``str.split``'s: ``\s`` is ``str.isspace``).
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class _Data:
    relatives: dict[str, tuple[str, ...]]  # pronoun → starts of a present verb after it
    past_endings: tuple[str, ...]
    present_endings: tuple[str, ...]
    closers: frozenset[str]
    perfect_endings: tuple[str, ...]
    now: frozenset[str]
    reach: int


@cache
def _data(lang: str) -> _Data:
    """The language's lists (``lang/<code>/status.py``), folded like the text."""
    st = load(lang, "status")

    def words(name: str) -> tuple[str, ...]:
        return tuple(normalize_phrase(w) for w in getattr(st, name, ()))

    relatives = getattr(st, "STANDING_RELATIVES", {})
    return _Data(
        {normalize_phrase(k): tuple(v) for k, v in relatives.items()},
        words("STANDING_PAST_ENDINGS"),
        words("STANDING_PRESENT_ENDINGS"),
        frozenset(words("STANDING_CLOSERS")),
        words("STANDING_PERFECT_ENDINGS"),
        frozenset(words("STANDING_NOW_WORDS")),
        getattr(st, "STANDING_REACH", 1),
    )


def standing_relative(trigger: Hit, s: Sentence, ntext: str, lang: str) -> bool:
    """Whether ``trigger`` is a stance in the present in a relative clause on
    a side the sentence names (see the module): no event."""
    data = _data(lang)
    if trigger.entry.value not in REACTIONS or not data.relatives or trigger.prefix:
        return False
    lo = max(s.start, trigger.start - _LEAD_REACH)
    lead = [(w.start(), w.group()) for w in _WORD.finditer(ntext, lo, trigger.start)]
    lead = lead[-data.reach :]
    opened = [(at, w) for at, w in lead if w in data.relatives]
    if not opened:
        return False
    rel, pronoun = opened[-1]
    if not any(m.end <= rel and ntext[m.end : rel].strip() in ("", *COMMAS) for m in s.mentions):
        return False  # "قال إنه يدعو …": no side heads the clause
    after = _clause_after(ntext, trigger.end, s.end)
    words = [w for _, w in lead]
    if data.now & set(after + words[words.index(pronoun) :]):
        return False  # "الذي يطالب اليوم": told as the day's
    return _present(
        ntext[trigger.start : trigger.end].split()[0], data.relatives[pronoun], after, data
    )


def _clause_after(ntext: str, start: int, end: int) -> list[str]:
    """The words after the verb up to the clause's first stop, at most
    ``_CLAUSE_WORDS`` of them, read no further than the sentence's ``end``.

    Not ``text.breaks.first_break``: the clause is cut at a word that is a
    stop or ends with one ("يدعو،"), while a mark inside a word ("U.N.") or
    glued before it ("،اليوم") is stripped and read on; a span up to the
    first mark would end such clauses early."""
    out = []
    for w in words_after(ntext, start, _CLAUSE_WORDS, stop=end):
        if w in _STOPS:
            break
        out.append(w.strip(_STOP_CHARS))
        if w[-1] in _STOPS:
            break
    return out


def _present(word: str, starts: tuple[str, ...], after: list[str], data: _Data) -> bool:
    """Whether the verb is in the present: a start of the present after its
    pronoun without a past ending, a present ending, or a present closer."""
    if starts and word.startswith(starts) and not word.endswith(data.past_endings):
        return True
    if data.present_endings and word.endswith(data.present_endings):
        return True
    words = [word, *after]
    return any(
        w in data.closers and not (data.perfect_endings and prev.endswith(data.perfect_endings))
        for prev, w in zip(words, after, strict=False)
    )
