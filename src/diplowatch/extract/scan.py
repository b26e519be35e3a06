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
from itertools import chain
from operator import attrgetter

from diplowatch.extract.guard_objects import GuardObjects, guard_objects
from diplowatch.extract.lexicon import Entry, Lexicon
from diplowatch.text.breaks import clause_start, last_break
from diplowatch.text.punctuation import COMMAS, PHRASE_BREAK_MARKS, SOFT_BREAKS
from diplowatch.text.words import WORD_RUN as _WORD
from diplowatch.text.words import first_runs, last_runs


# Hits are never changed once made (``dataclasses.replace`` makes new ones),
# but they are not declared frozen: a frozen dataclass sets each field through
# ``object.__setattr__``, which made building the ~230 hits of a document cost
# five times as much. Equality and hashing are those of a frozen one.
@dataclass(unsafe_hash=True, slots=True)
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

    @property
    def mode(self) -> str:
        """A trigger's mode ("meeting", "arrest"), its entry's first extra;
        "" for entries that carry none."""
        return self.entry.extra[0] if self.entry.extra else ""


# A run of letters and digits (``str.isalnum``: ``\w`` but the underscore),
# read in C: the scan measures the word around every key it finds.
_ALNUM_RUN = re.compile(r"[^\W_]*")


def scan(text: str, lex: Lexicon) -> list[Hit]:
    """All affix-valid hits, in no particular order (overlaps included).
    Each key's entries come with the prefixes and endings they accept
    (``lexicon.AllowedAffixes``), read once when the lexicon is built.
    The loop runs for every key found (~380 a Persian article, two thirds
    of them hits): a key standing alone on either side takes "" without a
    slice, and the step back over glued letters starts only where one is
    glued (speed72b)."""
    hits: list[Hit] = []
    append = hits.append
    longest = lex.longest_suffix
    size = len(text)
    run = _ALNUM_RUN.match
    for end_index, (length, _, allowed) in lex.automaton.iter(text):
        end = end_index + 1
        start = end - length
        # the end first: most keys found inside longer words fail there
        if end < size and text[end].isalnum():
            # an end past the text reads to its end: no ``min`` per key
            word_end = run(text, end, end + longest + 1).end()  # type: ignore[union-attr]
            if word_end < size and text[word_end].isalnum():
                continue  # glued to more than any ending allows
            suf = text[end:word_end]
        else:
            word_end, suf = end, ""
        if start and text[start - 1].isalnum():
            word_start = start - 1  # stepped back inline: a call per key costs more
            while word_start and text[word_start - 1].isalnum():
                word_start -= 1
            pre = text[word_start:start]
        else:
            word_start, pre = start, ""
        for entry, allowed_pre, allowed_suf in allowed:
            if pre in allowed_pre and suf in allowed_suf:
                # a bound stem ("إدانت") is no word: the trigger is the whole word
                base_end = word_end if entry.bound else end
                append(Hit(word_start, word_end, start, base_end, entry, pre))
    return hits


# A rule's words searched before its trigger given as this reach back to the
# start of the trigger's clause (``_clause_words_before``), not a count.
CLAUSE = "clause"
# What ends that clause: a sentence's end, a semicolon or a colon, not a comma.
_CLAUSE_ENDS = PHRASE_BREAK_MARKS - frozenset(SOFT_BREAKS) | frozenset(";\u061b\n")
# How far back a clause is read, in characters.
_CLAUSE_REACH = 400
# A rule's fifth element given as this keeps its counted words before and
# after within the trigger's phrase: they stop at a comma too ("پس از طرح شکایت مردم، شهر
# را … پس گرفتند": the complaint is another clause's, not what was taken back).
PHRASE = "phrase"
_PHRASE_ENDS = PHRASE_BREAK_MARKS | frozenset("\n")
_PHRASE_END = re.compile("[" + re.escape("".join(sorted(_PHRASE_ENDS))) + "]")
# The most words an insert between two commas may have and be read through
# (``_phrase_end``): a day, a place, a cause ("احتجاجا على الهجوم").
_INSERT_WORDS = 4


def guard_ok(
    text: str, hit: Hit, window: tuple[int, int], clitics: tuple[str, ...] = ("",)
) -> bool:
    """Whether a guarded trigger has one of its object words nearby.

    A guarded entry carries its object words in ``extra[1]`` (a
    ``GuardObjects``, see ``lexicon._guarded``); the hit is an event only
    when one of them stands within ``window`` (words before, words after)
    of it — "نشر قوات" deploys, "نشر خبر" does not. A one- or two-letter
    object must be a whole word; a longer one starts its word, after one of
    the language's ``clitics`` at most ("والقوات"), and ends it, but for one
    of the language's noun endings ("نيروهايش"): inside a word it is
    another word ("ارد", flour, inside "دارد"; "جانب" inside "الاجانب";
    "نيرو", forces, in "نيروگاه", a power plant). Words of a phrase that
    names something else ("وزير نيرو") are no objects. Multi-word objects
    are looked for in the window as written. Other hits always pass.
    """
    needs = hit.entry.extra[1] if len(hit.entry.extra) > 1 else ()
    if not needs:
        return True
    objects = needs if isinstance(needs, GuardObjects) else _objects(needs)
    words = _window_words(text, hit, window, objects.not_objects, objects)
    # the phrases tried in C, not by a generator: a guard holds up to
    # hundreds and is read for every guarded trigger word (speed78b)
    if any(map(" ".join(words).__contains__, objects.phrases)):
        return True
    return _has_object_word(words, objects, clitics)


def _has_object_word(words: list[str], objects: GuardObjects, clitics: tuple[str, ...]) -> bool:
    """Whether one of ``words`` is one of the guard's object words (after a
    clitic). Read in C over the words and their kept stems, no call per
    word: guards are read for every guarded trigger word of a document."""
    if not objects.short.isdisjoint(words):
        return True
    stems = chain.from_iterable(map(_stem_table(clitics).__getitem__, words))
    return any(map(objects.written.__contains__, stems))


# Words' stems kept per clitic set, up to this many words: the same window
# words recur in guard after guard, and each was cut at every clitic length.
_STEMS_KEPT = 50_000


class _Stems(dict[str, tuple[str, ...]]):
    """What each word is after each clitic it opens with (one set of
    clitics), cut on first asking; emptied when full, so it never holds
    more than ``_STEMS_KEPT`` words."""

    def __init__(self, clitics: tuple[str, ...]) -> None:
        super().__init__()
        self.cuts = _clitics_by_length(clitics)

    def __missing__(self, word: str) -> tuple[str, ...]:
        stems = tuple(word[n:] for n, opening in self.cuts if word[:n] in opening)
        if len(self) >= _STEMS_KEPT:
            self.clear()
        self[word] = stems
        return stems


@cache
def _stem_table(clitics: tuple[str, ...]) -> _Stems:
    """The stems table of ``clitics`` (``_Stems``)."""
    return _Stems(clitics)


@cache
def _clitics_by_length(clitics: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
    """The clitics grouped by length: a word is cut once per length, not
    tried against each of a language's clitics (guards read many words)."""
    lengths = sorted({len(c) for c in clitics})
    return tuple((n, frozenset(c for c in clitics if len(c) == n)) for n in lengths)


def licensed_by(
    text: str, verb: Hit, noun: Hit, window: tuple[int, int], clitics: tuple[str, ...] = ("",)
) -> bool:
    """Whether ``noun`` is the object that made the guarded ``verb`` an event
    ("رفعت واشنطن العقوبات": the sanctions are what was lifted): it stands
    within the words the verb's guard searches after it, and its first
    word, or a listed phrase it opens, is one of the verb's objects."""
    needs = verb.entry.extra[1] if len(verb.entry.extra) > 1 else ()
    if not needs or noun.start < verb.end:
        return False
    objects = needs if isinstance(needs, GuardObjects) else _objects(needs)
    after = verb.entry.extra[2] if len(verb.entry.extra) > 2 else window[1]
    if len(_WORD.findall(text[verb.end : noun.start])) >= after:
        return False
    words = _WORD.findall(text[noun.start : noun.end + 60])
    joined = " ".join(words)
    if any(joined.startswith(phrase) for phrase in objects.phrases):
        return True
    return _has_object_word(words[:1], objects, clitics)


def _window_words(
    text: str,
    hit: Hit,
    window: tuple[int, int],
    not_objects: tuple[tuple[str, ...], ...],
    objects: GuardObjects | None = None,
) -> list[str]:
    """The words a guard searches: ``window`` words before and after the hit
    (a rule's own numbers after and before, in ``extra[2]`` and ``extra[3]``:
    a Persian addressee with "از" may stand far before its verb; the words
    before kept within the trigger's phrase where ``extra[4]`` is ``PHRASE``),
    those of a ``not_objects``
    phrase blanked. The phrases are looked for a few words beyond the
    window, so "وزير" just outside it still keeps its "نيرو" from counting.
    The guard's ``objects``, where given, hold the phrases' reach and
    index, read once when the lexicon is built."""
    # a rule's own reach; words before may be CLAUSE (a str: typed so, as
    # compiled code checks what it is given)
    extra = hit.entry.extra
    after: int = extra[2] if len(extra) > 2 else window[1]
    before: int | str = extra[3] if len(extra) > 3 else window[0]
    if objects is not None:
        margin, by_first = objects.not_margin, objects.not_by_first
    else:
        margin, by_first = max(map(len, not_objects)) - 1 if not_objects else 0, None
    words: list[str] = []
    if before == CLAUSE:
        words += _blank(_clause_words_before(text, hit.start), not_objects, by_first)
    elif isinstance(before, int) and before:
        wide = before + margin
        lo = max(0, hit.start - 20 * wide)
        if len(extra) > 4 and extra[4] == PHRASE:
            lo = clause_start(text, lo, hit.start, _PHRASE_ENDS)
        found = last_runs(text, lo, hit.start, wide)
        words += _blank(found, not_objects, by_first)[-before:]
    if after:
        wide = after + margin
        hi = hit.end + 20 * wide
        if len(extra) > 4 and extra[4] == PHRASE:
            hi = _phrase_end(text, hit.end, hi)
        found = first_runs(text, hit.end, hi, wide)
        words += _blank(found, not_objects, by_first)[:after]
    return words


def _phrase_end(text: str, lo: int, hi: int) -> int:
    """Where the phrase that starts at ``lo`` ends (a comma, a stop, a line
    break), ``hi`` at most: a ``PHRASE`` rule's words after its trigger stay
    in its phrase, as its words before do (outlets67: "استدعت الخارجية السفير
    البريطاني، ثم سحبت لندن سفيرها" calls no envoy of Egypt's home). A short
    insert between two commas ("استدعت الكويت، يوم الأحد، سفيرها", "summoned,
    on Sunday, its ambassador") is read through (mendR99, review98a F1)."""
    found = _PHRASE_END.search(text, lo, hi)
    while found and found.group() in COMMAS:
        closing = _PHRASE_END.search(text, found.end(), hi)
        inside = text[found.end() : closing.start()] if closing else ""
        if not closing or closing.group() not in COMMAS or len(inside.split()) > _INSERT_WORDS:
            break
        found = _PHRASE_END.search(text, closing.end(), hi)
    return found.start() if found else hi


def _clause_words_before(text: str, start: int) -> list[str]:
    """The words between the end of the last sentence or clause before
    ``start`` and it: commas do not end the clause, since a list of penalties
    runs across them ("به پرداخت جریمه، مصادره اموال و … محکوم شد")."""
    lo = max(0, start - _CLAUSE_REACH)
    cut = last_break(text, lo, start, _CLAUSE_ENDS)
    return _WORD.findall(text[max(lo, cut + 1) : start])


def _blank(
    words: list[str],
    phrases: tuple[tuple[str, ...], ...],
    by_first: dict[str, tuple[int, ...]] | None = None,
) -> list[str]:
    """``words`` with those of any of ``phrases`` (as word tuples) made "".
    A phrase whose first word is not among ``words`` cannot match (blanking
    only makes words ""), so it is not tried at every position: a guard's
    phrases are many and are read for every guarded trigger word. With
    ``by_first`` (the phrases' places by their first word) only those
    phrases are looked at, in their order."""
    if not phrases:
        return words
    present = {"", *words}
    if by_first is not None:
        places = sorted({n for word in present for n in by_first.get(word, ())})
        tried = [phrases[n] for n in places]
    else:
        tried = [p for p in phrases if p and p[0] in present]
    for phrase in tried:
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if tuple(words[i : i + n]) == phrase:
                words[i : i + n] = [""] * n
    return words


@cache
def _objects(needs: tuple[str, ...]) -> GuardObjects:
    """Object words listed by hand (no lexicon): whole words after a clitic."""
    return guard_objects(needs)


_START = attrgetter("start")  # a sort key in C: resolve sorts every hit


def resolve(hits: list[Hit]) -> dict[str, list[Hit]]:
    """Longest non-overlapping hits per layer, in text order.

    Hits are swept in start order into clusters of mutually reachable
    overlaps; the longest-first choice is made inside each cluster, which is
    small, so a long document costs O(n log n) rather than O(n²). A cluster
    of one is taken as it is (most hits stand alone: speed72b).
    """
    by_layer: dict[str, list[Hit]] = defaultdict(list)
    for hit in hits:
        by_layer[hit.entry.layer].append(hit)
    chosen: dict[str, list[Hit]] = {}
    for layer, items in by_layer.items():
        items.sort(key=_START)
        taken: list[Hit] = []
        cluster: list[Hit] = []
        cluster_end = -1  # no hit starts before it: the first hit opens a cluster
        for hit in items:
            if hit.start < cluster_end:
                cluster.append(hit)  # overlaps the cluster: it grows
                if hit.end > cluster_end:
                    cluster_end = hit.end
                continue
            if len(cluster) > 1:
                taken.extend(_longest_first(cluster))
            elif cluster:
                taken.append(cluster[0])
            cluster, cluster_end = [hit], hit.end
        taken.extend(_longest_first(cluster))
        taken.sort(key=_START)
        chosen[layer] = taken
    return chosen


def _longest_first(cluster: list[Hit]) -> list[Hit]:
    """The hits of an overlapping ``cluster`` kept longest first (base form,
    then with its affixes, then the earlier), each unless it overlaps one
    kept. The overlap is tested in a plain loop: a generator per hit was
    most of the cost (speed72b)."""
    if len(cluster) <= 1:
        return cluster
    cluster.sort(key=lambda h: (-(h.base_end - h.base_start), -(h.end - h.start), h.start))
    kept: list[Hit] = []
    for hit in cluster:
        start, end = hit.start, hit.end
        for k in kept:
            if end > k.start and start < k.end:
                break  # overlaps a longer hit kept
        else:
            kept.append(hit)
    return kept
