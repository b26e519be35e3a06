"""A person named after an honorific, held, is the civilian side of the arrest.

"پلیس آقای طالبی را بازداشت کرد", "Police arrested Mr. Talebi": the name
is no one any list knows, so the arrest kept its doer alone, a one-sided
event whose target the sentence names. An honorific ("آقای", "Mr.",
``context.NAME_HONORIFICS``) before a word no mention covers marks a
private person (``ONTOLOGY.md``: CVL, citizens), and where he stands as the
object of a verb of arrest or sentence (``agents.HELD_VERBS``) he is whom
the deed is done to. The slot is read narrowly, as the language writes an
object: Persian puts the name before its object marker ("را",
``HELD_OBJECT_MARKERS``) and the verb after it; Arabic and English put the
verb first, within ``HELD_REACH`` words before the honorific. A name that
speaks or acts elsewhere in the sentence is left alone: only this slot.

Round 69 (names69fa): Persian names a person in full once and after an
honorific later ("روح‌الله زم … آقای زم"); where the bare name stands in the
same object slot ("زم را … بازداشت کرده‌اند"), the honorific elsewhere in
the document is the proof that the word is a person's name and not a common
noun, which no list could tell ("جاسوسان را دستگیر کردیم"). Only a word so
named in the document makes a bare name a side.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache

from diplowatch.extract.held_spans import MentionSpans, Taken
from diplowatch.extract.mention import Mention
from diplowatch.lang import load
from diplowatch.lang.agent_fields import language_field
from diplowatch.text.normalize import normalize_phrase
from diplowatch.text.punctuation import CLAUSE_BREAKS, COMMAS, EDGE_PUNCT

_WORD = re.compile(r"\S+")
# How many words a name may have after its honorific ("آقای علی طالبی").
_NAME_WORDS = 2
# What closes a clause at a word's end: its breaks and a full stop.
_STOPS = CLAUSE_BREAKS | frozenset(".؛")


@dataclass(frozen=True)
class _Held:
    honorifics: frozenset[str]
    verbs: tuple[str, ...]  # stems (fa) or whole words (ar, en) of arrest
    markers: frozenset[str]  # an object marker after the name (fa "را")
    light: tuple[str, ...]  # starts of the light verb after a Persian stem
    reach: int
    stops: frozenset[str] = frozenset()  # words no object slot reaches past
    given: frozenset[str] = frozenset()  # common given names (objects96)
    passive: frozenset[str] = frozenset()  # words that make the verb passive
    passive_stops: frozenset[str] = frozenset()  # verbs of saying (objects96)
    given_gap: int = 0  # words between a verb and a given name (ar, mendD97)
    possessives: tuple[str, ...] = ()  # a name's possessive ending (en, mendD97)
    joiners: frozenset[str] = frozenset()  # words joining names into a list (target111)
    glued: tuple[str, ...] = ()  # a joiner written on the next name (ar "و", target111)
    # the first words of given names of two words ("روح" of "روح الله", mendC111)
    given_firsts: frozenset[str] = frozenset()


@cache
def _held(lang: str) -> _Held:
    """The language's lists, normalised as the text is, read once."""
    context = load(lang, "context")

    def words(listed: Iterable[str]) -> tuple[str, ...]:
        return tuple(sorted({normalize_phrase(w) for w in listed} - {""}))

    def held(name: str) -> tuple[str, ...]:
        return words(language_field(lang, name))

    given = frozenset(
        w.lower() for w in words((*getattr(context, "GIVEN_NAMES", ()), *held("HELD_GIVEN_NAMES")))
    )
    return _Held(
        frozenset(w.lower() for w in words(getattr(context, "NAME_HONORIFICS", ()))),
        tuple(w.lower() for w in held("HELD_VERBS")),
        frozenset(held("HELD_OBJECT_MARKERS")),
        held("HELD_LIGHT_VERBS"),
        int(language_field(lang, "HELD_REACH")),
        frozenset(held("HELD_CLAUSE_STOPS")),
        given,
        frozenset(w.lower() for w in held("HELD_PASSIVE_MARKS")),
        frozenset(w.lower() for w in held("HELD_PASSIVE_STOPS")),
        int(language_field(lang, "HELD_GIVEN_GAP")),
        tuple(language_field(lang, "HELD_NAME_POSSESSIVES")),
        frozenset(w.lower() for w in held("HELD_NAME_JOINERS")),
        held("HELD_GLUED_JOINERS"),
        frozenset(name.split()[0] for name in given if " " in name),
    )


def _bare(token: str) -> str:
    """The word without the punctuation around it, lower-cased."""
    return token.strip(_EDGE).lower()


_EDGE = EDGE_PUNCT + "."


@dataclass(frozen=True)
class _Words:
    """A document's words as both readings walk them: their places, the
    words as written and bare (``_bare``), split and stripped once for the
    two (speed70b: ``_bare`` ran ~450 times a document, twice per word)."""

    matches: list[re.Match[str]]
    tokens: list[str]
    bares: list[str]


def _may_hold(ntext: str, h: _Held) -> bool:
    """The text holds an honorific and a verb of arrest somewhere: a cheap
    substring test before any word is split, since both readings need a
    word of each and most documents have neither (speed: the split of every
    document cost about a tenth of the extraction's time)."""
    return _holds_both(ntext.lower(), h)


def _holds_both(low: str, h: _Held) -> bool:
    """``_may_hold`` of the lower-cased text ``low`` (speed72a: ``_words``
    lowers the text once for this test and ``_honorific_word``)."""
    return any(map(low.__contains__, h.honorifics)) and any(map(low.__contains__, h.verbs))


@cache
def _honorific_finder(lang: str) -> re.Pattern[str] | None:
    """The language's honorifics as one pattern (lower-cased, longest
    first); None where one holds a space (then ``_honorific_word`` cannot
    tell a word and says yes)."""
    found = _held(lang).honorifics
    if not found or any(any(c.isspace() for c in w) for w in found):
        return None
    return re.compile("|".join(re.escape(w) for w in sorted(found, key=len, reverse=True)))


def _honorific_word(low: str, lang: str) -> bool:
    """Whether a word of the lower-cased text ``low``, stripped as ``_bare``
    strips it, is an honorific: the words around each place the pattern
    finds one are read, not the whole text's (speed70b: "mr", "dr" stand
    inside many words, so the substring test of ``_may_hold`` passed almost
    every document, and each was split into words for nothing)."""
    finder = _honorific_finder(lang)
    if finder is None:
        return True
    honorifics = _held(lang).honorifics
    for hit in finder.finditer(low):
        start, end = hit.start(), hit.end()
        while start and not low[start - 1].isspace():
            start -= 1
        while end < len(low) and not low[end].isspace():
            end += 1
        if low[start:end].strip(_EDGE) in honorifics:
            return True
    return False


def _given_and_verb(low: str, h: _Held) -> bool:
    """The lower-cased text holds a given name and a verb of arrest
    somewhere: the cheap substring test of ``_holds_both`` for the reading
    of a given name (objects96)."""
    return any(map(low.__contains__, h.verbs)) and any(map(low.__contains__, h.given))


@lru_cache(maxsize=2)
def _words(ntext: str, lang: str) -> _Words | None:
    """The document's words, None where ``_may_hold`` says neither reading
    can find a person: read once for ``held_persons`` and
    ``bare_held_persons``, which are called on the same text one after the
    other (both need an honorific among the words, so a document with none
    is not read further)."""
    h = _held(lang)
    low = ntext.lower()
    honored = _holds_both(low, h) and _honorific_word(low, lang)
    if not honored and not _given_and_verb(low, h):
        return None
    matches = list(_WORD.finditer(ntext))
    tokens = [m.group() for m in matches]
    bares = [t.strip(_EDGE).lower() for t in tokens]
    if h.honorifics.isdisjoint(bares) and h.given.isdisjoint(bares) and not _pairs_given(bares, h):
        return None
    return _Words(matches, tokens, bares)


def _pairs_given(bares: list[str], h: _Held) -> bool:
    """Two words in a row make a given name the text writes as two
    ("روح الله", ``_given_width``); read only where some name has a space."""
    if h.given_firsts.isdisjoint(bares):
        return False
    return not h.given.isdisjoint(map(" ".join, zip(bares, bares[1:], strict=False)))


def _breaks(token: str) -> bool:
    """The word closes a clause ("…,", "…؛"): no object reaches past it."""
    return bool(token) and token[-1] in _STOPS


def _verb_after(w: _Words, at: int, h: _Held) -> bool:
    """Persian: the object marker at ``at``, then a verb of arrest within
    reach, a stem with its light verb after it ("دستگیر کرد"). The reach
    ends at a clause's stop ("و", "که"), another object marker or another
    verb's light verb ("را دید و برادرش را بازداشت کرد": mendD68)."""
    tokens, bares = w.tokens, w.bares
    if at >= len(tokens) or bares[at] not in h.markers or _breaks(tokens[at]):
        return False
    for k in range(at + 1, min(len(tokens) - 1, at + 1 + h.reach)):
        word, light = bares[k], bares[k + 1]
        if word in h.verbs and light.startswith(h.light):
            return True
        if _breaks(tokens[k]) or word in h.stops or word in h.markers or word.startswith(h.light):
            return False
    return False


def _verb_before(w: _Words, at: int, h: _Held, gap: int = 0) -> bool:
    """Arabic and English: a verb of arrest within reach before the honorific
    at ``at``, no clause break or doer marker between ("arrested by Mr.",
    "اعتقل من قبل السيد": the named is the doer, mendD68), and at least
    ``gap`` words between (a given name right after an Arabic verb is its
    subject, mendD97)."""
    for k in range(at - 1, max(0, at - h.reach) - 1, -1):
        if _breaks(w.tokens[k]) or w.bares[k] in h.stops:
            return False
        if w.bares[k] in h.verbs:
            return at - k - 1 >= gap
    return False


def _passive_after(r: _Reading, i: int) -> bool:
    """The name opened at ``i`` starts a clause and is the subject of a
    passive verb of arrest within reach after its first two words ("آقای
    رضایی … بازداشت شد", "Ali Karimi was arrested"); the walk ends as
    ``_verb_after``'s does, and at a verb of saying (objects96)."""
    w, h = r.w, r.h
    if not h.passive or (i and not _breaks(w.tokens[i - 1])):
        return False
    # target111: a list of names is one subject; the verb comes after its last
    i = r.lists.last(i)
    bares, last = w.bares, len(w.bares) - 1
    wide = _extra(w, i, h)
    for k in range(i + 2 + wide, min(last + 1, i + 3 + wide + h.reach)):
        word = bares[k]
        if word in h.verbs and (
            bares[k - 1] in h.passive or (k < last and bares[k + 1] in h.passive)
        ):
            # "افراد بازداشت شده را": an object marker after the mark makes the
            # participle a noun's, the phrase an object, no predicate
            return not (k + 2 <= last and bares[k + 2] in h.markers)
        if _breaks(w.tokens[k]) or word in h.stops or word in h.markers or word in h.passive_stops:
            return False
        if h.light and word.startswith(h.light):
            return False
    return False


_COMMAS = frozenset(COMMAS)


def _next_name(w: _Words, last: int, h: _Held) -> tuple[int, bool] | None:
    """The word after a name ending at ``last`` that opens the next name of
    a list (target111), and whether a joiner joins the two: after a joiner
    ("و", "and"), a comma, or both, or with a joiner glued on it (ar
    "وأحمد"); None where the list ends. The next name must open as a name
    does, after an honorific or with a given name (``_opens``)."""
    tokens, bares = w.tokens, w.bares
    at = last + 1
    comma = tokens[last][-1] in _COMMAS
    if at >= len(tokens) or (not comma and _breaks(tokens[last])):
        return None
    joined = True
    if bares[at] in h.joiners and not _breaks(tokens[at]):
        at += 1
    elif not _glue(bares[at], h):
        if not comma:
            return None
        joined = False
    return (at, joined) if at < len(tokens) and _opens(w, at, h) else None


def _glue(bare: str, h: _Held) -> int:
    """The length of a joiner glued on a name's opener ("وأحمد"), else 0."""
    for joiner in h.glued:
        rest = bare[len(joiner) :]
        if bare.startswith(joiner) and (rest in h.given or rest in h.honorifics):
            return len(joiner)
    return 0


def _opens(w: _Words, i: int, h: _Held) -> bool:
    """The word at ``i`` opens a name, as ``_name_openers`` tells one, a
    joiner glued on it or not."""
    bare = w.bares[i]
    glue = _glue(bare, h)
    if bare[glue:] in h.honorifics:
        return True
    if glue:
        return not _breaks(w.tokens[i])
    width = _given_width(w, i, h)
    return width > 0 and not _breaks(w.tokens[i + width - 1])


def _given_width(w: _Words, i: int, h: _Held) -> int:
    """How many words the given name opened at ``i`` has: 1, 2 for one the
    text writes as two ("روح‌الله": normalisation makes its ZWNJ a space,
    and the data are normalised alike, mendC111), 0 for none."""
    if w.bares[i] in h.given:
        return 1
    if w.bares[i] not in h.given_firsts or i + 1 >= len(w.bares) or _breaks(w.tokens[i]):
        return 0
    return 2 if f"{w.bares[i]} {w.bares[i + 1]}" in h.given else 0


def _extra(w: _Words, i: int, h: _Held) -> int:
    """The words a name opened at ``i`` has beyond those of a name opened
    by one word: 1 after a two-word given name ("روح الله زم"), else 0."""
    return 1 if w.bares[i] not in h.honorifics and _given_width(w, i, h) == 2 else 0


def _joined_after(w: _Words, start: int, h: _Held) -> tuple[int, int, bool] | None:
    """For the name opened at ``start``: past its last word, the next
    name's opener and whether a joiner joins them, where a joiner or a
    comma follows one to ``_NAME_WORDS`` + 1 words of it with no clause
    break inside; None where no name follows."""
    wide = _extra(w, start, h)
    first = start + wide + (w.bares[start][_glue(w.bares[start], h) :] in h.honorifics)
    for last in range(first, min(len(w.tokens) - 1, start + wide + _NAME_WORDS + 1)):
        if last > first and _breaks(w.tokens[last - 1]):
            return None
        after = _next_name(w, last, h)
        if after is not None:
            return last + 1, *after
    return None


class _Lists:
    """The lists of names of one document (target111: "علی رضایی و مریم
    کریمی", "Ali Karimi, Maryam Rezaei and …"): one to ``_NAME_WORDS`` words
    after each opener, ended by the next opener's joiner; the last name,
    whose end no joiner tells, is given two words, as a lone name is.
    Without joiners data, a name is alone. mendC111: a comma joins names
    only inside a list a joiner closes ("A، B و C"); after the last joiner
    it ends the list ("محمد مقیسه، آرش صدری را … محکوم کرد": the judge, then
    whom he sentenced).

    mendH111: each list is worked out once. Where a name leads to the next
    (``_joined_after``) depends on that name alone, so the names from any
    opener on are a run of one chain: each name's link is read once, and
    where each run ends is found by one walk back along the chain. The list
    was rebuilt from every name of it, three times over, its cost growing
    with the cube of its length (diffread76: a thousand names, 85 s)."""

    def __init__(self, w: _Words, h: _Held) -> None:
        self.w, self.h = w, h
        self._links: dict[int, tuple[int, int, bool] | None] = {}
        self._closers: dict[int, int | None] = {}

    def link(self, start: int) -> tuple[int, int, bool] | None:
        """``_joined_after`` of the name opened at ``start``, read once;
        None without joiners data (the name alone)."""
        if start not in self._links:
            h = self.h
            self._links[start] = _joined_after(self.w, start, h) if h.joiners or h.glued else None
        return self._links[start]

    def last(self, start: int) -> int:
        """The opener of the last name of the list opened at ``start``: the
        one after the last joiner (target111, mendC111: a comma after it
        ends the list), else the name at ``start`` alone."""
        closer = self._closer(start)
        return start if closer is None else closer

    def _closer(self, start: int) -> int | None:
        """The name the last joiner of the chain from ``start`` leads to."""
        walked = list[int]()
        at: int | None = start
        while at is not None and at not in self._closers:
            walked.append(at)
            found = self.link(at)
            at = found[1] if found else None
        for at in reversed(walked):
            found = self.link(at)
            closer = None
            if found is not None:
                joined = found[1] if found[2] else None
                later = self._closers[found[1]]
                closer = joined if later is None else later
            self._closers[at] = closer
        return self._closers[start]

    def end(self, start: int) -> int:
        """Past the last word of the name opened at ``start``: before the
        next name's joiner, or two words (one more after a two-word given
        name) for the chain's last, whose end no joiner tells."""
        found = self.link(start)
        if found is not None:
            return found[0]
        return min(start + 2 + _extra(self.w, start, self.h), len(self.w.tokens))

    def after(self, start: int) -> int:
        """The opener of the name after the one at ``start`` (one with a link)."""
        found = self.link(start)
        assert found is not None
        return found[1]


def _name_end(w: _Words, at: int, h: _Held) -> int | None:
    """Index past the name after the honorific at ``at``: up to the object
    marker (Persian) or one word (Arabic, English); None if no name."""
    if not h.markers:
        return at + 2 if at + 1 < len(w.tokens) else None
    for n in range(1, _NAME_WORDS + 1):
        if at + 1 + n < len(w.tokens) and w.bares[at + 1 + n] in h.markers:
            return at + 1 + n
    return None


def _honored(w: _Words, h: _Held) -> frozenset[str]:
    """Words the document writes right after an honorific ("آقای زم"): the
    names it has itself shown to be persons'."""
    return frozenset(
        w.bares[i + 1]
        for i in range(len(w.tokens) - 1)
        if w.bares[i] in h.honorifics and not _breaks(w.tokens[i])
    )


def _bare_name_start(w: _Words, at: int, named: frozenset[str], h: _Held) -> int | None:
    """Persian: the start of a bare name of one to ``_NAME_WORDS`` + 1 words
    ending right before the object marker at ``at``, holding a word the
    document names after an honorific; None if there is none, if an
    honorific stands before it (the honorific reading covers that), or if a
    noun of arrest or sentence heads it, the name its complement."""
    tokens = w.tokens
    for n in range(1, _NAME_WORDS + 2):
        first = at - n
        if first < 0 or _breaks(tokens[first]):
            return None
        if w.bares[first] in named:
            before = set[str]()
            for k in range(first - 1, max(0, first - _NAME_WORDS - 1) - 1, -1):
                if _breaks(tokens[k]):
                    break
                before.add(w.bares[k])
            # "اعدام روح‌الله زم را محکوم کرد": the deed is the object, not him
            return None if before & (h.honorifics | set(h.verbs)) else first
    return None


def bare_held_persons(ntext: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """``mentions`` and a civilian for each bare name, held in the object
    slot of a verb of arrest, that the document elsewhere names after an
    honorific and no mention covers (Persian only: its object marker)."""
    h = _held(lang)
    if not h.markers or not h.reach or not h.verbs or not h.honorifics:
        return mentions
    w = _words(ntext, lang)
    if w is None:
        return mentions
    named = _honored(w, h) - h.markers
    if not named:
        return mentions
    taken = Taken((m.start, m.end) for m in mentions)
    found = list[Mention]()
    for i, bare in enumerate(w.bares):
        if bare not in h.markers or not _verb_after(w, i, h):
            continue
        first = _bare_name_start(w, i, named, h)
        if first is None:
            continue
        start, stop = w.matches[first].start(), w.matches[i - 1].end()
        if not taken.meets(start, stop):
            found.append(Mention(start, stop, "", "agent", True, agent="CVL"))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def _name_openers(w: _Words, h: _Held) -> list[int]:
    """Indices of the words that open a person's name: an honorific, or a
    given name (``_given_opener``)."""
    return [i for i, bare in enumerate(w.bares) if bare in h.honorifics or _given_opener(w, i, h)]


def _given_opener(w: _Words, i: int, h: _Held) -> bool:
    """A given name (of one word or two, ``_given_width``) opens a name at
    ``i``: no honorific right before it (that one's name already,
    objects96) and no clause break on its last word ("…, علی")."""
    width = _given_width(w, i, h)
    return (
        width > 0
        and not (i and w.bares[i - 1] in h.honorifics)
        # "اعدام کامران … را محکوم کرد": a noun of the deed heads the name,
        # the deed condemned (as ``_bare_name_start`` reads it)
        and not (h.markers and i and w.bares[i - 1] in h.verbs)
        and not _breaks(w.tokens[i + width - 1])
    )


@dataclass
class _Reading:
    """One ``held_persons`` call's reading of a document (mendH111): its
    lists of names, each worked out once (``_Lists``); the spans taken so
    far (``Taken``); the listed names already tried, and up to where; and,
    read on the first given name that needs them, the words that close a
    clause and the mentions sorted for ``_given_misread``."""

    w: _Words
    h: _Held
    mentions: list[Mention]
    taken: Taken
    lists: _Lists
    # a listed name's opener → the furthest list end (``_list_key``) tried with it
    tried: dict[int, int] = field(default_factory=dict)

    @cached_property
    def breaks(self) -> list[int]:
        """The indices of the words that close a clause, in order."""
        return [k for k, token in enumerate(self.w.tokens) if _breaks(token)]

    @cached_property
    def spans(self) -> MentionSpans:
        """The mentions, sorted for their questions."""
        return MentionSpans(self.mentions)

    def clause_start(self, i: int) -> int:
        """Where the clause of the word at ``i`` starts in the text."""
        k = bisect_left(self.breaks, i) - 1
        return self.w.matches[self.breaks[k]].end() if k >= 0 else 0

    def next_break(self, i: int) -> int:
        """The first word closing a clause at ``i`` or after, else the last word."""
        k = bisect_left(self.breaks, i)
        return self.breaks[k] if k < len(self.breaks) else len(self.w.tokens) - 1


def _given_misread(r: _Reading, i: int, end: int) -> bool:
    """The given name opened at ``i`` (its last word at ``end`` - 1) is
    someone other than the one held (mendD97): a possessive on its last word ("Ali Karimi's killer"); a comma after it and a mention
    in the apposition that says who he is ("Omar al-Tunisi, an Islamic
    State commander"); or, in Persian, a noun mention right before it that
    another mention of the clause precedes, the noun heading the name as
    its complement ("پلیس قاتل علی رضایی را")."""
    h, tokens, matches = r.h, r.w.tokens, r.w.matches
    if h.possessives and tokens[end - 1].rstrip(_EDGE).lower().endswith(h.possessives):
        return True
    if _breaks(tokens[end - 1]) and tokens[end - 1][-1] != ".":
        stop = matches[end - 1].end()
        if r.spans.starts_within(stop, matches[r.next_break(end)].end()):
            return True
    if h.markers and i:
        clause = r.clause_start(i)
        head = r.spans.head(clause, matches[i - 1].start(), matches[i].start())
        if head is not None and r.spans.within(clause, head.start):
            return True
    return False


def held_persons(
    ntext: str, mentions: list[Mention], lang: str, verbs: frozenset[int] = frozenset()
) -> list[Mention]:
    """``mentions`` and a civilian for each person named after an honorific
    whom no mention covers, standing as the object of a verb of arrest.
    ``verbs``: where the text's verbs in a finite form begin, which end an
    object list of names before its last (``_next_subject``)."""
    h = _held(lang)
    if not h.reach or not h.verbs or not h.honorifics:
        return mentions
    w = _words(ntext, lang)
    if w is None:
        return mentions
    r = _Reading(w, h, mentions, Taken((m.start, m.end) for m in mentions), _Lists(w, h))
    found = list[Mention]()
    for i in _name_openers(w, h):
        if h.markers and _list_object(r, i):
            _add_listed(r, i, found, first=True)
        else:
            _read_name(r, i, found, verbs)
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def _read_name(r: _Reading, i: int, found: list[Mention], verbs: frozenset[int]) -> None:
    """A civilian for the name opened at ``i`` where it is held, as the
    object of a verb of arrest or the subject of a passive one, and for the
    names listed with it (``held_persons``' reading of one opener)."""
    w, h = r.w, r.h
    tokens, matches = w.tokens, w.matches
    end = _name_end(w, i, h)
    passive = end is None and _passive_after(r, i)
    if passive:
        end = i + 2 + _extra(w, i, h)
    if end is None or any(_breaks(t) for t in tokens[i + 1 : end - 1]):
        return
    start, stop = matches[i].start(), matches[end - 1].end()
    stop -= len(tokens[end - 1]) - len(tokens[end - 1].rstrip(EDGE_PUNCT + "."))
    if r.taken.meets(start, stop):
        return
    given = w.bares[i] not in h.honorifics
    if given and _given_misread(r, i, end):
        return
    gap = h.given_gap if given else 0
    slot = _verb_after(w, end, h) if h.markers else _verb_before(w, i, h, gap)
    if slot or passive or _passive_after(r, i):
        found.append(Mention(start, stop, "", "agent", True, agent="CVL"))
        r.taken.add(start, stop)
        ends = verbs if slot and not h.markers else frozenset()
        _add_listed(r, i, found, ends=ends)


def _list_object(r: _Reading, i: int) -> bool:
    """Persian: the list of names opened at ``i`` is one object, the marker
    and a verb of arrest after its last name ("… و مریم کریمی را بازداشت
    کرد", target111); a given name heading it is read as ``held_persons``
    reads one alone (``_given_misread``)."""
    w, h = r.w, r.h
    last = r.lists.last(i)
    if last == i:
        return False
    if w.bares[i] not in h.honorifics and _given_misread(r, i, r.lists.end(i)):
        return False
    end = _name_end(w, last, h)
    return end is not None and _verb_after(w, end, h)


def _add_listed(
    r: _Reading,
    i: int,
    found: list[Mention],
    first: bool = False,
    ends: frozenset[int] = frozenset(),
) -> None:
    """Civilians for the names listed with the one opened at ``i`` (and for
    that one too with ``first``): one held verb holds them all (target111).
    The last name ends at its object marker where one follows it; an object
    list ends before a last name that is the next clause's subject
    (``_next_subject``, the verbs' starts ``ends``). mendH111: the names of
    a list are tried once; where one was tried before up to the same end or
    further, the rest of the run was too, and each either was taken then or
    met a span taken then, as it would now."""
    w, h = r.w, r.h
    last = r.lists.last(i)
    dropped = bool(ends) and _next_subject(w, last, h, ends)
    at = i if first else (r.lists.after(i) if last != i else None)
    key = 2 * last + (not dropped)  # past ``last`` or before it, in one order
    while at is not None and not (dropped and at == last) and r.tried.get(at, -1) < key:
        r.tried[at] = key
        _add_name(r, at, found)
        at = None if at == last else r.lists.after(at)


def _add_name(r: _Reading, at: int, found: list[Mention]) -> None:
    """A civilian for the listed name opened at ``at``, unless a span taken
    meets it; the last word ends at its object marker where one follows."""
    w, h = r.w, r.h
    end_at = r.lists.end(at)
    if h.markers:
        end_at = _name_end(w, at, h) or end_at
    start = w.matches[at].start() + _glue(w.bares[at], h)
    token = w.tokens[end_at - 1]
    stop = w.matches[end_at - 1].end() - (len(token) - len(token.rstrip(EDGE_PUNCT + ".")))
    if stop > start and not r.taken.meets(start, stop):
        found.append(Mention(start, stop, "", "agent", True, agent="CVL"))
        r.taken.add(start, stop)


def _next_subject(w: _Words, at: int, h: _Held, verbs: frozenset[int]) -> bool:
    """Arabic and English (mendC111): the name opened at ``at``, last of an
    object list, is the subject of the next clause, a finite verb (one of
    ``verbs``' starts, or a verb of saying) written on one of the two words
    after its opener with no break before it ("Police arrested Ali Karimi
    and Maryam Rezaei accused …", "… وأحمد الزعبي يندد"). A verb with a
    joiner glued on it ("وأفرجت عنهما") is the same doer's: the list goes on."""
    for k in range(at + 1, min(len(w.tokens), at + 3)):
        if _breaks(w.tokens[k - 1]) or w.bares[k].startswith(h.glued):
            return False
        if w.matches[k].start() in verbs or w.bares[k] in h.passive_stops:
            return True
    return False
