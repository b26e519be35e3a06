"""Who visits the wounded of a deed of force, or the place it struck, is no
side of it.

"زار وزير الصحة الجرحى الذين أصيبوا في التفجير", "the minister visited the
wounded of the bombing", "وزیر از مجروحان انفجار عیادت کرد": the deed's
noun stands in the object of a visit, and the visitor, named before the
visited (the wounded, the victims, the scene), would otherwise be read as
its doer (a minister as the bomber) or its victim. Those named from the
visited noun on are the deed's; the doer stays unnamed (unidentified
attackers, as the spec codes an attack whose perpetrator is not named).

The deed is told by a noun (a verb tells a deed of its own, not one the
visit's object names); the visit is a verb of ``context.VISIT_VERBS`` in the deed's clause, and
what it visits a noun of ``context.VISITED_NOUNS`` at most ``_NOUN_REACH``
words before the deed's own word (or the deed's word itself: "الجرحى").
The verb stands before that noun ("visited the wounded", "تفقد المصابين",
"به عیادت مجروحان"), or, in a verb-final language, after the deed's word
("از مجروحان … عیادت کرد"), at most ``_VERB_REACH`` words away. A language
without the lists is unaffected.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from diplowatch.extract.actors import Mention
from diplowatch.extract.scan import Hit
from diplowatch.text.breaks import first_break
from diplowatch.text.punctuation import CLAUSE_BREAKS
from diplowatch.text.words import WORD_RUN as _WORD

# Words between the visited noun and the deed's word ("الجرحى الذين أصيبوا
# في الهجوم", "the wounded from the church bombing").
_NOUN_REACH = 6
# Words between the visit's verb and the visited noun (the visitor's title
# stands between in Arabic: "تفقد رئيس الوزراء العراقي المصابين").
_VERB_REACH = 8
# How far around the deed's word the visit is looked for (characters): a
# bound, as a sentence may run on for a whole document.
_WINDOW = 160


def without_visitors(
    trig: Hit, people: list[Mention], ntext: str, s_start: int, s_end: int, ctx: Any
) -> list[Mention]:
    """``people`` of a deed of force without those named before the noun a
    visit governs (``_visited_at``); whole when no visit governs the deed."""
    at = _visited_at(trig, ntext, s_start, s_end, ctx)
    if at is None:
        return people
    return [m for m in people if m.start >= at or m.end == m.start]


def visited_deed(trig: Hit, ntext: str, s_start: int, s_end: int, ctx: Any) -> bool:
    """Whether a visit governs the deed ``trig`` names: its sides left after
    the visitor (``without_visitors``) are whom it struck, its doer unnamed."""
    return _visited_at(trig, ntext, s_start, s_end, ctx) is not None


@lru_cache(maxsize=8)
def _cores(nouns: frozenset[str]) -> tuple[str, ...]:
    """The ``nouns`` that hold no other of them ("الجرحى", not "بالجرحى"):
    a window in which none of these stands holds no word that is one of
    ``nouns``, so it is not split into words."""
    return tuple(sorted(n for n in nouns if not any(o != n and o in n for o in nouns)))


def _visited_at(trig: Hit, ntext: str, s_start: int, s_end: int, ctx: Any) -> int | None:
    """Where the visited noun of a visit governing ``trig`` starts, or None."""
    # a verb tells a deed of its own ("… بعد أن قصفت الطائرات"), not one
    # the visit's object names
    if not ctx.visit_verbs or not ctx.visited_nouns or trig.entry.affix == "verb":
        return None
    lo, hi = max(s_start, trig.start - _WINDOW), min(s_end, trig.end + _WINDOW)
    window = ntext[lo:hi]
    if not any(noun in window for noun in _cores(ctx.visited_nouns)):
        return None  # most deeds: no visited noun near, no words to list
    words = [(w.group(), w.start()) for w in _WORD.finditer(ntext, lo, hi)]
    # the deed's own word counts as visited ("الجرحى"), so look up to its end
    before = [(w, p) for w, p in words if p < trig.end]
    nouns = [(i, p) for i, (w, p) in enumerate(before) if w in ctx.visited_nouns]
    if not nouns:
        return None
    i, at = nouns[-1]
    if len(before) - 1 - i > _NOUN_REACH or _broken(ntext, at, trig.start):
        return None
    lead = range(max(0, i - _VERB_REACH), i)
    verb = next((before[k][1] for k in reversed(lead) if _visit(before, k, i, ctx)), None)
    if verb is not None and not _broken(ntext, verb, at):
        return at
    if not ctx.verb_final:
        return None
    # "از مجروحان انفجار … عیادت کرد": the verb closes the clause
    first = next((k for k, (_, p) in enumerate(words) if p >= trig.end), len(words))
    after = range(first, min(len(words), first + _VERB_REACH))
    verb = next((words[k][1] for k in after if _visit(words, k, -1, ctx)), None)
    return at if verb is not None and not _broken(ntext, trig.end, verb) else None


def _visit(words: list[tuple[str, int]], k: int, noun: int, ctx: Any) -> bool:
    """Whether ``words[k]`` is a visit's verb, the visited noun at ``noun``:
    a word of another common sense counts only right before it ("عاد
    الجرحى", not "عاد الوزير"; ``context.VISIT_VERBS_ADJACENT``), and not
    after a word that makes it another verb ("آسیب دیدن", be damaged;
    ``context.NOT_VISIT_PHRASES``)."""
    word = words[k][0]
    if word in ctx.visit_verbs_adjacent:
        return k == noun - 1
    if word not in ctx.visit_verbs:
        return False
    return k == 0 or f"{words[k - 1][0]} {word}" not in ctx.not_visit_phrases


def _broken(ntext: str, a: int, b: int) -> bool:
    """Whether a clause break stands between ``a`` and ``b``."""
    return first_break(ntext, a, b, CLAUSE_BREAKS) < b
