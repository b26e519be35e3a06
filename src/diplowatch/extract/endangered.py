"""A danger to an abstract good is no threat an actor makes.

"Unemployment threatens the economy", "ناامنی، معیشت مردم را تهدید می‌کند",
"التصحر يهدد الأمن الغذائي" use the verb of threatening for a danger that
hangs over peace, the economy or people's livelihoods, not for a threat one
side makes to another. A trigger of a type with the trait ``endangers`` is
no event when a good of ``status.ENDANGERED_GOODS`` is its object: where the
verb comes last (``context.VERB_FINAL``, Persian) among the ``OBJECT_WORDS_BEFORE``
words before it in its clause ("صلح و امنیت بین‌المللی را تهدید می‌کند"),
elsewhere among those after it ("يهدد السلم والأمن", "threatens regional
peace"), an article or a conjunction glued to the word stripped
(``status.GOOD_PREFIXES``: "ال", "وال"). Earlier rounds listed fixed
phrases ("امنیت را تهدید", ``NOT_TRIGGERS``); this reads the good wherever
the object phrase puts it: coordinated, with an adjective or a genitive.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from diplowatch import lang as lang_data
from diplowatch.event_types import having
from diplowatch.extract.scan import Hit
from diplowatch.text.normalize import normalize_phrase
from diplowatch.text.punctuation import CLAUSE_BREAKS, SENTENCE_STOPS

ENDANGERS = having("endangers")
# Words of the object phrase read (characters bound the look first): before
# a verb-final trigger a good with its adjective or genitive and one
# coordinated good ("صلح و امنیت بین‌المللی را"); after the verb no more
# than a subject and the object's first word ("تهدد إيران أمن المنطقة"), so
# that what is threatened ("threatened to quit the peace deal") is not read.
OBJECT_WORDS_BEFORE = 4
OBJECT_WORDS_AFTER = 3
OBJECT_CHARS = 80


@dataclass(frozen=True)
class _Goods:
    goods: frozenset[str]
    prefixes: tuple[str, ...]  # glued articles and conjunctions, longest first
    verb_final: bool


@cache
def _goods(lang: str) -> _Goods:
    """The language's goods and glued prefixes, normalised."""
    status = lang_data.load(lang, "status")
    context = lang_data.load(lang, "context")
    prefixes = {normalize_phrase(p) for p in getattr(status, "GOOD_PREFIXES", ())}
    return _Goods(
        goods=frozenset(normalize_phrase(g) for g in getattr(status, "ENDANGERED_GOODS", ())),
        prefixes=tuple(sorted(prefixes, key=len, reverse=True)),
        verb_final=getattr(context, "VERB_FINAL", False),
    )


def endangers_good(trigger: Hit, text: str, lang: str) -> bool:
    """Whether the trigger tells a danger to an abstract good (module
    docstring): a word of its object phrase is one of the goods."""
    if trigger.entry.value not in ENDANGERS or not lang:
        return False
    data = _goods(lang)
    if not data.goods:
        return False
    if data.verb_final:
        words = _clause(text[max(0, trigger.start - OBJECT_CHARS) : trigger.start], last=True)
        words = words[-OBJECT_WORDS_BEFORE:]
    else:
        words = _clause(text[trigger.end : trigger.end + OBJECT_CHARS], last=False)
        words = words[:OBJECT_WORDS_AFTER]
    return any(_bare(w, data.prefixes) in data.goods for w in words)


def _clause(span: str, last: bool) -> list[str]:
    """The words of ``span`` on the trigger's side of its nearest clause break."""
    cuts = [i for i, ch in enumerate(span) if ch in CLAUSE_BREAKS or ch in SENTENCE_STOPS]
    if cuts:
        span = span[cuts[-1] + 1 :] if last else span[: cuts[0]]
    return span.split()


def _bare(word: str, prefixes: tuple[str, ...]) -> str:
    """``word`` without a glued article or conjunction ("والاستقرار")."""
    for prefix in prefixes:
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            return word[len(prefix) :]
    return word
