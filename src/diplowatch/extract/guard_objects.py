"""The object words of a guarded trigger, and what may follow one in its word.

A guarded trigger ("نشر", "اعزام", "targeted") is an event only with one of
its object words nearby (``scan.guard_ok``). An object word is a noun or an
adjective: inside its word it may carry a clitic before it and one of the
language's noun endings after it (``affixes.OBJECT_ENDINGS``), nothing else
— "نیروگاه" (power plant) is no "نیرو" (forces), "الأمريكيون" no "أمير".
A feminine noun in Arabic changes its ending before a dual ending
("اتفاقية", "اتفاقيتين"): the bound stem (``affixes.BOUND_STEM``) takes
those endings (``OBJECT_BOUND_ENDINGS``). Words of a phrase in which an
object names something else (``triggers.GUARD_NOT_OBJECTS``: "وزیر نیرو",
the energy minister) are no objects.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from types import ModuleType

from diplowatch.text.normalize import normalize_phrase


@dataclass(frozen=True)
class ObjectForms:
    """What a language lets follow an object word inside its word."""

    endings: frozenset[str] = frozenset({""})
    # a feminine ending and the letter it becomes before ``bound_endings``
    bound: tuple[str, str] | None = None
    bound_endings: frozenset[str] = frozenset()


@dataclass(frozen=True)
class GuardObjects:
    """A guarded trigger's object words, sorted once by how they are matched
    (some Arabic guards list hundreds): see ``scan.guard_ok``."""

    phrases: tuple[str, ...]  # several words, looked for as written
    short: frozenset[str]  # one or two letters: a whole word
    long: frozenset[str]  # starts its word after a clitic, then one of ``endings``
    endings: frozenset[str] = frozenset({""})
    # bound stems of the feminine ``long`` objects ("اتفاقيت"), then one of
    # ``bound_endings``
    bound: frozenset[str] = frozenset()
    bound_endings: frozenset[str] = frozenset()
    # phrases (as words) in which an object word names something else
    not_objects: tuple[tuple[str, ...], ...] = ()
    longest_ending: int = 0  # of either endings: the cuts ``guard_ok`` tries
    # every ``long`` object with one of ``endings`` and every ``bound`` stem
    # with one of ``bound_endings`` (stems of three letters or more, endings
    # of at most ``longest_ending``): a guard looks a word up once, where
    # cutting it at every place an ending may start cost many slices
    written: frozenset[str] = field(init=False, repr=False, compare=False)
    # how many words a ``not_objects`` phrase reaches past the window, and
    # the phrases' places by their first word: a guard with a hundred of
    # them blanks only those whose first word stands in its window
    not_margin: int = field(init=False, repr=False, compare=False)
    not_by_first: dict[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        pairs = ((self.long, self.endings), (self.bound, self.bound_endings))
        # interned: the same written forms recur in many guards' sets
        written = frozenset(
            sys.intern(stem + ending)
            for stems, endings in pairs
            for stem in stems
            if len(stem) >= 3
            for ending in endings
            if len(ending) <= self.longest_ending
        )
        object.__setattr__(self, "written", written)
        margin = max(map(len, self.not_objects)) - 1 if self.not_objects else 0
        object.__setattr__(self, "not_margin", margin)
        by_first: dict[str, list[int]] = {}
        for n, phrase in enumerate(self.not_objects):
            if phrase:
                by_first.setdefault(phrase[0], []).append(n)
        object.__setattr__(self, "not_by_first", {w: tuple(ns) for w, ns in by_first.items()})


def forms_of(affixes: ModuleType | None) -> ObjectForms:
    """A language's ``ObjectForms`` from its ``affixes`` module, normalised;
    one that lists no ``OBJECT_ENDINGS`` allows every ending of its affix
    classes."""
    if affixes is None:
        return ObjectForms()
    table: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = affixes.AFFIXES
    listed = getattr(affixes, "OBJECT_ENDINGS", None)
    if listed is None:
        listed = [s for _, suffixes in table.values() for s in suffixes]
    bound = getattr(affixes, "BOUND_STEM", None)
    return ObjectForms(
        frozenset(normalize_phrase(s) for s in listed) | {""},
        (normalize_phrase(bound[0]), normalize_phrase(bound[1])) if bound else None,
        frozenset(normalize_phrase(s) for s in getattr(affixes, "OBJECT_BOUND_ENDINGS", ())),
    )


def guard_objects(
    objects: Iterable[str], forms: ObjectForms = ObjectForms(), not_objects: tuple[str, ...] = ()
) -> GuardObjects:
    """``objects`` (as written in the data) sorted for ``guard_ok``, with the
    ``not_objects`` phrases that hold one of them."""
    needs = sorted({normalize_phrase(o) for o in objects} - {""})
    words = {o for o in needs if " " not in o}
    phrases = (normalize_phrase(p) for p in not_objects)
    long = frozenset(o for o in words if len(o) > 2)
    return GuardObjects(
        tuple(o for o in needs if " " in o),
        frozenset(o for o in words if len(o) <= 2),
        long,
        forms.endings,
        _bound_stems(long, forms.bound),
        forms.bound_endings,
        tuple(tuple(p.split()) for p in phrases if _holds_object(p, words, forms.endings)),
        max(map(len, forms.endings | forms.bound_endings), default=0),
    )


def _bound_stems(objects: frozenset[str], bound: tuple[str, str] | None) -> frozenset[str]:
    """The bound stem of every object in the feminine ending ("اتفاقيه" →
    "اتفاقيت")."""
    if not bound:
        return frozenset()
    ending, bound_form = bound
    return frozenset(o[: -len(ending)] + bound_form for o in objects if o.endswith(ending))


def _holds_object(phrase: str, objects: set[str], endings: frozenset[str]) -> bool:
    """Whether a word of ``phrase`` is one of ``objects`` with an ending,
    or with a one-letter clitic before it ("بسلاح", by a weapon: mendB76),
    as ``scan.guard_ok`` finds an object after a clitic."""
    return any(
        word[lead:cut] in objects and word[cut:] in endings
        for word in phrase.split()
        for lead in (0, 1)
        for cut in range(lead + 1, len(word) + 1)
    )
