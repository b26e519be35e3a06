"""One pass of the automaton over normalised text, then affix checks.

Aho-Corasick finds every key anywhere, including inside longer words; a hit
is kept only if the letters glued to it on either side form an allowed
prefix / ending for its affix class (so "لكوريا" and "الكوريين" match while
"زار" inside "وزارة" does not). Which affixes a language allows, and so how
many letters may be glued after a key, is its data (``lang/<code>/affixes.py``).
Overlaps are then resolved per layer, longest base form first.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from diplowatch.extract.lexicon import Entry, Lexicon


@dataclass(frozen=True)
class Hit:
    start: int  # span with attached affixes, in normalised text
    end: int
    base_start: int  # span of the lexicon key itself
    base_end: int
    entry: Entry
    prefix: str

    @property
    def layer(self) -> str:
        return self.entry.layer


def _word_start(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1].isalnum():
        pos -= 1
    return pos


def _word_end(text: str, pos: int, limit: int) -> int:
    n = len(text)
    stop = min(n, pos + limit + 1)
    while pos < stop and text[pos].isalnum():
        pos += 1
    return pos


def scan(text: str, lex: Lexicon) -> list[Hit]:
    """All affix-valid hits, in no particular order (overlaps included)."""
    hits: list[Hit] = []
    prefixes, suffixes, contracted = lex.prefixes, lex.suffixes, lex.contracted_prefixes
    bound = lex.bound_suffixes
    longest = lex.longest_suffix
    for end_index, (length, entries) in lex.automaton.iter(text):
        end = end_index + 1
        start = end - length
        word_start = _word_start(text, start) if start > 0 and text[start - 1].isalnum() else start
        pre = text[word_start:start]
        word_end = _word_end(text, end, longest) if end < len(text) and text[end].isalnum() else end
        if word_end < len(text) and text[word_end].isalnum():
            continue  # glued to more than any ending allows
        suf = text[end:word_end]
        for entry in entries:
            allowed_pre = contracted if entry.contracted else prefixes.get(entry.affix, ("",))
            allowed_suf = bound if entry.bound else suffixes.get(entry.affix, ("",))
            if pre not in allowed_pre or suf not in allowed_suf:
                continue
            # a bound stem ("إدانت") is no word: the trigger is the whole word
            base_end = word_end if entry.bound else end
            hits.append(Hit(word_start, word_end, start, base_end, entry, pre))
    return hits


_WORD = re.compile(r"\w+")


def guard_ok(
    text: str, hit: Hit, window: tuple[int, int], clitics: tuple[str, ...] = ("",)
) -> bool:
    """Whether a guarded trigger has one of its object words nearby.

    A guarded entry carries its object words in ``extra[1]`` (see
    ``lexicon._guarded``); the hit is an event only when one of them stands
    within ``window`` (words before, words after) of it — "نشر قوات" deploys,
    "نشر خبر" does not. A one- or two-letter object must be a whole word;
    a longer one starts its word, after one of the language's ``clitics``
    at most ("والقوات"), and may take any ending ("نيروهاي"): inside a word
    it is another word ("ارد", flour, inside "دارد"; "جانب" inside
    "الاجانب"). Multi-word objects are looked for in the window as written.
    Other hits always pass.
    """
    needs = hit.entry.extra[1] if len(hit.entry.extra) > 1 else ()
    if not needs:
        return True
    before, after = window
    if len(hit.entry.extra) > 2:
        after = hit.entry.extra[2]
    words: list[str] = []
    if before:
        words += _WORD.findall(text[max(0, hit.start - 20 * before) : hit.start])[-before:]
    if after:
        words += _WORD.findall(text[hit.end : hit.end + 20 * after])[:after]
    objects = _objects(needs)
    joined = " ".join(words)
    if any(phrase in joined for phrase in objects.phrases):
        return True
    for word in words:
        if word in objects.short:
            return True
        for clitic in clitics:
            if word.startswith(clitic) and _starts_with_one(word, len(clitic), objects.long):
                return True
    return False


@dataclass(frozen=True)
class _Objects:
    phrases: tuple[str, ...]  # several words, looked for as written
    short: frozenset[str]  # one or two letters: a whole word
    long: frozenset[str]  # starts its word, after a clitic


@cache
def _objects(needs: tuple[str, ...]) -> _Objects:
    """A guard's object words sorted by how they are matched (once per entry:
    some Arabic guards list hundreds of objects)."""
    return _Objects(
        tuple(o for o in needs if " " in o),
        frozenset(o for o in needs if " " not in o and len(o) <= 2),
        frozenset(o for o in needs if " " not in o and len(o) > 2),
    )


def _starts_with_one(word: str, at: int, objects: frozenset[str]) -> bool:
    """Whether ``word[at:]`` starts with one of ``objects`` (any ending after it)."""
    return any(word[at:end] in objects for end in range(at + 3, len(word) + 1))


def resolve(hits: list[Hit]) -> dict[str, list[Hit]]:
    """Longest non-overlapping hits per layer, in text order.

    Hits are swept in start order into clusters of mutually reachable
    overlaps; the longest-first choice is made inside each cluster, which is
    small, so a long document costs O(n log n) rather than O(n²).
    """
    by_layer: dict[str, list[Hit]] = defaultdict(list)
    for hit in hits:
        by_layer[hit.layer].append(hit)
    chosen: dict[str, list[Hit]] = {}
    for layer, items in by_layer.items():
        items.sort(key=lambda h: h.start)
        taken: list[Hit] = []
        cluster: list[Hit] = []
        cluster_end = -1
        for hit in items:
            if cluster and hit.start >= cluster_end:
                taken.extend(_longest_first(cluster))
                cluster = []
            cluster.append(hit)
            cluster_end = max(cluster_end, hit.end) if len(cluster) > 1 else hit.end
        if cluster:
            taken.extend(_longest_first(cluster))
        taken.sort(key=lambda h: h.start)
        chosen[layer] = taken
    return chosen


def _longest_first(cluster: list[Hit]) -> list[Hit]:
    if len(cluster) == 1:
        return cluster
    cluster.sort(key=lambda h: (-(h.base_end - h.base_start), -(h.end - h.start), h.start))
    kept: list[Hit] = []
    for hit in cluster:
        if all(hit.end <= k.start or hit.start >= k.end for k in kept):
            kept.append(hit)
    return kept
