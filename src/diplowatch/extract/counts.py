"""Counts of people an event states: killed, wounded, arrested, participants.

A count word ("killed", "قتلى", "کشته", "arrested", "متظاهر") found by the
document's single scan (CUE layer, kind ``count``) takes a number written
beside it in the same clause and not across "and": "killed 7 people", "7
people were killed", "مقتل 5 أشخاص", "۷ نفر کشته شدند". The number is the
one attached to the count word or to a noun for people (``counts.PERSON_NOUNS``,
agent nouns, peoples), the nearest of those; only where none is attached
does the nearest plain number count, and never one that is also the
indefinite article ("پنج نفر در یک حمله کشته شدند" is five, not one). A
number shaped like a year before a noun for people counts people ("2000
protesters"), so the sentence is not taken for history. Vague plurals
("dozens", "عشرات", "ده‌ها") are not numbers (``numbers.number_after`` needs a
value to start), so they give no count. Which event types carry which count
is a fact of the type (``event_types.EventType.counts``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from diplowatch.extract.numbers import number_after, number_lexicon
from diplowatch.extract.scan import Hit
from diplowatch.lang import load
from diplowatch.text.normalize import normalize_phrase

# How far (characters) a number may stand from its count word, and what
# may not stand between them (a clause or list boundary).
REACH = 40
# A number written on its noun for people reaches further: in a verb-final
# language the object ("پنج نفر را … بازداشت کرد") may stand far from the verb.
ATTACHED_REACH = 100
_BOUNDARY = re.compile(r"[.;:!?؟،,()\[\]«»\"]")
_TOKEN = re.compile(r"\S+")
_LARGEST = 10_000_000  # no event counts more people; bigger numbers are something else
# A number written like a year (Gregorian or Solar Hijri) counts people only
# right beside its count word ("2000 متظاهر"); elsewhere it dates the event.
_YEAR_SHAPE = re.compile(r"(?:1[34]\d\d|19\d\d|20\d\d)")


@cache
def _vague(lang: str) -> tuple[str, ...]:
    """Vague plurals ("ده‌ها", "dozens"), longest first, normalised."""
    data = load(lang, "counts")
    words = {normalize_phrase(w) for w in getattr(data, "VAGUE_NUMBERS", ())} if data else set()
    return tuple(sorted(words - {""}, key=len, reverse=True))


@cache
def _measures(lang: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """Units after a number that make it a measure (``counts.MEASURE_UNITS``,
    longest first) and words before one that make it an age or a year
    (``counts.MEASURE_BEFORE``), normalised."""
    data = load(lang, "counts")
    units = {normalize_phrase(w) for w in getattr(data, "MEASURE_UNITS", ())} if data else set()
    before = {normalize_phrase(w) for w in getattr(data, "MEASURE_BEFORE", ())} if data else set()
    return tuple(sorted(units - {""}, key=len, reverse=True)), frozenset(before - {""})


def is_measure(ntext: str, start: int, end: int, lang: str) -> bool:
    """The number ``ntext[start:end]`` is an age, a span of time, a distance
    or a share ("25 عاما", "۲۵ ساله", "aged 25", "3 days"): no people."""
    units, before = _measures(lang)
    rest = ntext[end : end + 24].lstrip(" -")
    for unit in units:
        if rest.startswith(unit) and (len(rest) == len(unit) or not rest[len(unit)].isalnum()):
            return True
    prev = ntext[max(0, start - 24) : start].split()
    return bool(prev) and prev[-1].strip("()،,") in before


def _vague_at(ntext: str, pos: int, vague: tuple[str, ...]) -> str | None:
    """The vague plural (``_vague``, longest first) opening at ``pos``, if
    any; one test in C first, since most tokens open none."""
    if not ntext.startswith(vague, pos):
        return None
    return next((v for v in vague if ntext.startswith(v, pos)), None)


def _glued(word: str, conjunctions: frozenset[str], opening: tuple[str, ...]) -> str:
    """The conjunction glued to the number ``word`` ("و28"), or "";
    ``opening`` is ``conjunctions`` as a tuple, for one test in C first."""
    if not word.startswith(opening):
        return ""
    return next(
        (c for c in conjunctions if word.startswith(c) and word[len(c) :][:1].isdigit()), ""
    )


def numbers_in(ntext: str, start: int, end: int, lang: str) -> list[tuple[int, int, int]]:
    """Whole numbers written in ``ntext[start:end]``: (start, end, value)."""
    lx = number_lexicon(lang)
    vague = _vague(lang)
    found: list[tuple[int, int, int]] = []
    resume = start
    conjunctions = tuple(lx.conjunctions)
    for tok in _TOKEN.finditer(ntext, start, end):
        if tok.start() < resume:
            continue
        phrase = _vague_at(ntext, tok.start(), vague)
        if phrase is not None:
            resume = tok.start() + len(phrase)  # "ده ها" is "tens", not ten
            continue
        word = tok.group().strip("()[]«»\"'،,:;.!?؟")
        at = tok.start()
        glued = _glued(word, lx.conjunctions, conjunctions)
        if glued:  # "و28 جريحا": the conjunction glued to the number
            word, at = word[len(glued) :], tok.start() + tok.group().index(glued) + len(glued)
        if not word or not (word[0].isdigit() or lx.kind(word) or word in lx.heads):
            continue
        got = number_after(ntext, at, lang)
        if got is None:
            continue
        stop, value = got
        if value == int(value) and 1 <= value < _LARGEST:
            found.append((at, stop, int(value)))
        resume = stop
    return found


@dataclass(frozen=True)
class _Words:
    """Words of ``lang/<code>/counts.py`` around numbers, normalised."""

    articles: frozenset[str]  # ARTICLE_NUMBERS: "یک", "one"
    year_before: frozenset[str]  # YEAR_BEFORE: "in", "في", "در"
    thing_before: frozenset[str]  # THING_PREPOSITIONS: "with", "با"
    joiners: frozenset[str]  # COUNT_JOINERS: "and", "و", ","
    with_words: frozenset[str]  # WITH_OTHERS: "along with", "مع", "همراه با"
    others: frozenset[str]  # OTHERS_WORDS: "others", "آخرين", "دیگر"
    singles: frozenset[str]  # SINGLE_ARTICLES: "a", "an"
    one_person: frozenset[str]  # ONE_PERSON_NOUNS: "مدني", "ناشطا"
    two_persons: frozenset[str]  # DUAL_PERSON_NOUNS: "جنديين", "شخصان"
    links: frozenset[str]  # COUNTED_LINKS: "of", "من", "از", "تن"


@cache
def _words(lang: str) -> _Words:
    data = load(lang, "counts")

    def table(name: str) -> frozenset[str]:
        words = {normalize_phrase(w) for w in getattr(data, name, ())} if data else set()
        return frozenset(words - {""})

    return _Words(
        table("ARTICLE_NUMBERS"),
        table("YEAR_BEFORE"),
        table("THING_PREPOSITIONS"),
        table("COUNT_JOINERS") | number_lexicon(lang).conjunctions,
        table("WITH_OTHERS"),
        table("OTHERS_WORDS"),
        table("SINGLE_ARTICLES"),
        table("ONE_PERSON_NOUNS"),
        table("DUAL_PERSON_NOUNS"),
        table("COUNTED_LINKS"),
    )


@cache
def _phrases(lang: str, name: str) -> frozenset[str]:
    """A language's ``counts.<name>`` phrases, normalised: ``NONE_BEFORE``
    (right before a count word, they say none were hurt, killed or held)
    and ``NONE_JOINERS`` (they join a count word to one said to be none)."""
    data = load(lang, "counts")
    words = {normalize_phrase(w) for w in getattr(data, name, ())} if data else set()
    return frozenset(words - {""})


def _said_none(ntext: str, start: int, lang: str) -> bool:
    """The count word at ``start`` follows "without", "no", "دون وقوع",
    "ولم تقع", "بدون هیچ": it says nobody was, so no number near it
    ("a gunman fired without causing injuries") is its count."""
    phrases = _phrases(lang, "NONE_BEFORE")
    if not phrases:
        return False
    before = ntext[max(0, start - 40) : start].split()[-4:]
    return any(" ".join(before[i:]) in phrases for i in range(len(before)))


def _counted_words(cues: Sequence[Hit], ntext: str, lang: str) -> list[Hit]:
    """The count words that can carry a number. A word said to be none
    ("without deaths") carries none, and so does a word joined to it by a
    bare "or"/"and" ("without deaths or injuries": the second word also
    follows "without", only further away)."""
    joiners = _phrases(lang, "NONE_JOINERS")
    words = [c for c in cues if c.entry.kind == "count"]
    none: set[int] = set()
    none_end = -1
    for c in sorted(words, key=lambda c: c.start):
        between = ntext[none_end : c.start].split() if none_end >= 0 else []
        if _said_none(ntext, c.start, lang) or (len(between) == 1 and between[0] in joiners):
            none.add(id(c))
            none_end = c.end
        else:
            none_end = -1
    return [c for c in words if id(c) not in none]


def _year_shaped(ntext: str, a: int, b: int) -> bool:
    return bool(_YEAR_SHAPE.fullmatch(ntext[a:b].split()[0]))


def _word_before(ntext: str, a: int) -> str:
    prev = ntext[max(0, a - 24) : a].split()
    return prev[-1].strip("()[]،,") if prev else ""


def counted(ntext: str, start: int, lang: str) -> bool:
    """A number stands right before ``start``: digits, a number word, a
    vague plural ("ده ها", "هزاران") or the article "one" ("یک فعال").
    Nouns for people that are also adjectives or names ("فعال" active,
    "روحانی" Rouhani) count as people only there. Digits may carry a glued
    conjunction ("و9 جنود"), as number words do (``_joined_number``)."""
    prev = _word_before(ntext, start)
    if not prev:
        return False
    if len(prev) > 1 and prev[0] in _words(lang).joiners and prev[1].isdigit():
        prev = prev[1:]  # "و9 جنود": the second count of a list (sides39ar)
    if prev[0].isdigit():
        return not _YEAR_SHAPE.fullmatch(prev)  # "سال ۱۳۹۲ روحانی": a year
    if prev in _words(lang).articles:
        return True
    if number_lexicon(lang).kind(prev) in ("value", "scale"):
        return True
    before = ntext[max(0, start - 24) : start].rstrip()
    vague = _vague(lang)
    if not before.endswith(vague):
        return False  # no vague plural ends it: one test in C first (speed81)
    return any(
        before.endswith(v) and (len(before) == len(v) or before[-len(v) - 1].isspace())
        for v in vague
    )


def counted_or_others(ntext: str, start: int, lang: str) -> bool:
    """A number stands right before ``start``, or a number and a word for
    "others" (``OTHERS_WORDS``: "اثنين آخرين", "two others"): the words
    after it tell whom the number counts (agents39ar)."""
    if counted(ntext, start, lang) or _joined_number(_word_before(ntext, start), lang):
        return True
    prev = _word_before(ntext, start)
    if not prev or prev not in _words(lang).others:
        return False
    at = ntext.rfind(prev, max(0, start - 40), start)  # the word right before
    return counted(ntext, at, lang) or _joined_number(_word_before(ntext, at), lang)


def _joined_number(word: str, lang: str) -> bool:
    """A number word with a conjunction glued before it ("واثنين"): the
    second count of a list ("خمسة من النيجر وأربعة من تشاد")."""
    if len(word) < 3 or word[0] not in _words(lang).joiners:
        return False
    return number_lexicon(lang).kind(word[1:]) in ("value", "scale")


# How many linking words may stand between a count and the group it counts.
_LINK_REACH = 3


def counted_group(ntext: str, start: int, lang: str) -> bool:
    """A number counts the group starting at ``start``, right before it or
    across up to ``_LINK_REACH`` linking words (``COUNTED_LINKS``: "eleven
    of the ISIS fighters", "11 من عناصر داعش", "۱۱ تن از اعضای داعش"): the
    count says the group is whom a deed struck, as a number right before it
    does ("14 Iraqi policemen"). A dual noun for people counts two, as the
    group's own first word or before its links ("جنديان مصريان", "جنديان
    من الجيش المصري": ``DUAL_PERSON_NOUNS``, victims57)."""
    words = _words(lang)
    first = ntext[start : start + 24].split()[:1]
    if first and first[0] in words.two_persons:
        return True
    at = start
    for _ in range(_LINK_REACH + 1):
        if counted(ntext, at, lang):
            return True
        prev = _word_before(ntext, at)
        if prev in words.two_persons:
            return True
        if not prev or prev not in words.links:
            return False
        at = ntext.rfind(prev, 0, at)
    return False


def _before_noun(ntext: str, b: int, nouns: Sequence[tuple[int, int]]) -> bool:
    """A noun for people stands right after the number ending at ``b``
    ("پنج نفر"); a number after a noun may be a name ("کارگران هفت تپه")."""
    return any(s >= b and not ntext[b:s].strip(" -") for s, _ in nouns)


def _attached(ntext: str, a: int, b: int, nouns: Sequence[tuple[int, int]]) -> bool:
    """A noun for people stands right after the number ("five people"), or
    right before it where numbers follow their noun ("جندي واحد")."""
    return any(
        (s >= b and not ntext[b:s].strip(" -")) or (e <= a and not ntext[e:a].strip(" -"))
        for s, e in nouns
    )


def _candidates(
    ntext: str, start: int, end: int, lang: str, taken: Sequence[tuple[int, int]]
) -> list[tuple[int, int, int]]:
    """Numbers of the sentence that may count people: not inside a sum or a
    date, not a measure ("25 عاما"), not a year after "in"/"في"/"در"."""
    years = _words(lang).year_before
    return [
        n
        for n in numbers_in(ntext, start, end, lang)
        if not any(a < n[1] and n[0] < b for a, b in taken)
        and not is_measure(ntext, n[0], n[1], lang)
        and not (_year_shaped(ntext, n[0], n[1]) and _word_before(ntext, n[0]) in years)
    ]


def people_numbers(
    ntext: str,
    start: int,
    end: int,
    cues: Sequence[Hit],
    lang: str,
    people: Sequence[tuple[int, int]] = (),
    taken: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """Spans of the numbers written right before a count word or a noun for
    people (``counts.PERSON_NOUNS``: "2000 protesters", "۱۴۰۰ نفر"): counts,
    so never years. Agent nouns are not enough here: "۱۳۸۸ دانشگاه" is a
    year before a university."""
    nouns = [(c.start, c.end) for c in cues if c.entry.kind == "count"] + list(people)
    if not nouns:
        return []
    return [
        (a, b)
        for a, b, _ in _candidates(ntext, start, end, lang, taken)
        if any(s >= b and not ntext[b:s].strip(" -") for s, _ in nouns)
    ]


def _tier(
    ntext: str,
    a: int,
    b: int,
    gap: str,
    nouns: Sequence[tuple[int, int]],
    persons: Sequence[tuple[int, int]],
    lang: str,
) -> int | None:
    """How firmly the number ``ntext[a:b]`` belongs to a count word ``gap``
    away: 0 beside it, 1 attached to a noun for people, 2 only near it, 3 an
    article only near it ("یک"); None when it cannot be the count: a year,
    or a number after a preposition of things ("در یک حمله", "با پنج گلوله").
    An article before an agent noun that may be a place ("یک مدرسه") is only
    an article: it is attached only before a count word or a person noun."""
    if not gap.strip():
        return 0
    words = _words(lang)
    article = ntext[a:b].split()[0] in words.articles
    if _attached(ntext, a, b, persons if article else nouns):
        return 1
    if _year_shaped(ntext, a, b) or _word_before(ntext, a) in words.thing_before:
        return None  # "arrested in 2024 an activist", "killed in two raids"
    return 3 if article else 2


def _other_cue_between(ntext: str, cue: Hit, words: Sequence[Hit], a: int, b: int) -> bool:
    """Another count word of killing, wounding or arrest stands between the
    number ``ntext[a:b]`` and ``cue`` ("قتلت امرأة وأصيب 40 شخصا", "9 أشخاص
    لقوا حتفهم وأصيب 50 آخرون"): the number is that word's. Not so the noun
    the number counts ("2000 protesters were arrested"), nor a word for
    participants, itself a noun for people ("۱۰ نفر از معترضان کشته شدند")."""
    for w in words:
        if w is cue or w.entry.value in (cue.entry.value, "participants"):
            continue
        if b <= w.start and w.end <= cue.start and ntext[b : w.start].strip():
            return True
        if cue.end <= w.start and w.end <= a:
            return True
    return False


def _tokens_in(
    ntext: str, start: int, end: int, table: frozenset[str], lang: str
) -> list[tuple[int, int]]:
    """Spans of the words of ``table`` in ``ntext[start:end]``, a conjunction
    glued in front left out ("ومدني" gives "مدني")."""
    if not table:
        return []
    conj = number_lexicon(lang).conjunctions
    found = []
    for tok in _TOKEN.finditer(ntext, start, end):
        word = tok.group().strip("()[]«»\"'،,:;.!?؟")
        at = tok.start() + tok.group().find(word) if word else tok.start()
        if word not in table:
            glued = next((c for c in conj if word.startswith(c) and word[len(c) :] in table), "")
            if not glued:
                continue
            word, at = word[len(glued) :], at + len(glued)
        found.append((at, at + len(word)))
    return found


@dataclass(frozen=True)
class _Unit:
    """A counted group of people: "two soldiers", "a civilian", "جنديان"."""

    start: int
    end: int
    value: int
    number: tuple[int, int]  # the span of the number (or the whole unit)


def _units(
    ntext: str,
    numbers: Sequence[tuple[int, int, int]],
    nouns: Sequence[tuple[int, int]],
    selves: Sequence[tuple[int, int]],
) -> list[_Unit]:
    """The counted groups of the sentence: a number with its noun for people
    on either side ("two soldiers", "a civilian", "مدنيين اثنين"), or a
    noun that is its own number (``selves``: "مدني", "جنديين")."""
    units = []
    for a, b, value in numbers:
        after = [e for s, e in nouns if s >= b and not ntext[b:s].strip(" -")]
        before = [s for s, e in nouns if e <= a and not ntext[e:a].strip(" -")]
        if (a, b) in selves:
            units.append(_Unit(a, b, value, (a, b)))
        elif after:
            units.append(_Unit(a, max(after), value, (a, b)))
        elif before:
            units.append(_Unit(min(before), b, value, (a, b)))
    return sorted(units, key=lambda u: u.start)


def _self_counted(
    ntext: str, start: int, end: int, persons: Sequence[tuple[int, int]], lang: str
) -> tuple[list[tuple[int, int, int]], list[tuple[int, int]]]:
    """Groups written with no number: an indefinite article before a person
    noun ("a civilian": 1), a lone singular ("مدني": 1), a dual ("جنديين":
    2). Returns them as numbers, and the spans of the nouns that are their
    own number."""
    words = _words(lang)
    ones = [
        (a, b, 1)
        for a, b in _tokens_in(ntext, start, end, words.singles, lang)
        if any(s >= b and not ntext[b:s].strip(" -") for s, _ in persons)
    ]
    lone = _tokens_in(ntext, start, end, words.one_person, lang)
    twos = _tokens_in(ntext, start, end, words.two_persons, lang)
    return ones + [(a, b, 1) for a, b in lone] + [(a, b, 2) for a, b in twos], lone + twos


def _joins(gap: str, words: _Words) -> bool:
    """Only "and", a comma or "along with" stands between two groups."""
    phrase = " ".join(gap.split())
    if phrase in words.with_words:
        return True
    parts = re.findall(r"[,،]|[^\s,،]+", gap)
    return bool(parts) and all(p in words.joiners for p in parts)


def _counts_else(unit: _Unit, cue: Hit, words: Sequence[Hit]) -> bool:
    """A count word of another kind belongs to ``unit``, after or before it
    ("3 قتلى و5 جرحى": for the wounded, the three are killed)."""
    return any(
        w.entry.value not in (cue.entry.value, "participants")
        and (
            unit.number[1] <= w.start <= unit.end + REACH
            or 0 <= unit.start - w.end <= REACH  # "قتل 3 أشخاص و5 جرحى"
        )
        for w in words
    )


def _joined_total(
    ntext: str, unit: _Unit, units: Sequence[_Unit], cue: Hit, words: Sequence[Hit], lang: str
) -> int:
    """The count of ``unit`` with the groups coordinated with it ("two
    soldiers and a civilian": 3; "چهار وکیل و یک فعال": 5), and the one
    named before "with N others" ("ناشطا مع 18 آخرين": 19)."""
    w = _words(lang)
    i = units.index(unit)
    total, lo, hi = unit.value, i, i
    while hi + 1 < len(units) and _joins(ntext[units[hi].end : units[hi + 1].start], w):
        nxt = units[hi + 1]
        if any(
            nxt.start <= x.start < nxt.number[0] and x.entry.value != cue.entry.value for x in words
        ):
            break  # "killed 12 people and wounded 30": the next group has its own count word
        stop = _BOUNDARY.search(ntext[nxt.end : nxt.end + REACH])
        near = [
            x
            for x in words
            if nxt.number[1] <= x.start and not (stop and x.start > nxt.end + stop.start())
        ]
        if near and min(near, key=lambda x: x.start).entry.value not in (
            cue.entry.value,
            "participants",
        ):
            break
        total, hi = total + nxt.value, hi + 1
    while lo > 0 and _joins(ntext[units[lo - 1].end : units[lo].start], w):
        if _counts_else(units[lo - 1], cue, words):
            break
        total, lo = total + units[lo - 1].value, lo - 1
    if lo == i:
        before = " ".join(ntext[max(0, unit.start - 30) : unit.start].split())
        after = ntext[unit.number[1] : unit.end + 16].split()
        if any(
            before.endswith(x) and (len(before) == len(x) or before[-len(x) - 1] == " ")
            for x in w.with_words
        ) and any(t.strip(".,،") in w.others for t in after[:3]):
            total += 1  # "an activist along with 18 others", "همراه با ۱۸ تن دیگر"
    return total


def find_counts(
    ntext: str,
    start: int,
    end: int,
    cues: Sequence[Hit],
    lang: str,
    taken: Sequence[tuple[int, int]] = (),
    people: Sequence[tuple[int, int]] = (),
    agents: Sequence[tuple[int, int]] = (),
) -> dict[str, int]:
    """Counts stated in the sentence ``ntext[start:end]``.

    ``taken`` are spans already read as something else (sums of money,
    dates); a number inside one is no count of people. ``people`` are spans
    of nouns for people (``counts.PERSON_NOUNS``, peoples), ``agents`` of
    agent nouns ("soldiers", but also "مدرسه"). Groups joined by "and" add
    up ("two soldiers and a civilian": 3).
    """
    words = _counted_words(cues, ntext, lang)
    if not words:
        return {}
    # 1. the nouns a number may stand on: count words, people, agents
    persons = [(c.start, c.end) for c in words] + list(people)
    nouns = persons + list(agents)
    # 2. the numbers: written ones, and nouns that are their own ("a civilian")
    numbers, selves = _numbers(ntext, (start, end), lang, taken, persons, people)
    # 3. numbers with their nouns as groups, which "and" may join
    units = _units(ntext, numbers, nouns, selves)
    # 4. each count word takes its best number and the groups joined to it
    near = _Near(words, nouns, persons, selves, number_lexicon(lang).conjunctions, lang)
    counts: dict[str, int] = {}
    for cue in words:
        best = _best_number(ntext, cue, numbers, near)
        if best is not None and cue.entry.value not in counts:
            unit = next((u for u in units if u.number == best[3:]), None)
            total = best[2] if unit is None else _joined_total(ntext, unit, units, cue, words, lang)
            counts[cue.entry.value] = total
    return counts


def _numbers(
    ntext: str,
    span: tuple[int, int],
    lang: str,
    taken: Sequence[tuple[int, int]],
    persons: Sequence[tuple[int, int]],
    people: Sequence[tuple[int, int]],
) -> tuple[list[tuple[int, int, int]], list[tuple[int, int]]]:
    """The numbers of the sentence ``span`` a count may take, with the spans
    of the nouns that are their own number: the written numbers outside
    ``taken``, then such nouns ("a civilian") outside ``taken`` that no
    written number stands on ("24 شخصا قتلوا": the noun has its number, it
    is no lone one), so that one group is not counted twice. A number right
    after a month is its year (``_dated``), not a count, unless one of
    ``people`` (nouns for people) stands on it."""
    start, end = span
    extra, selves = _self_counted(ntext, start, end, persons, lang)
    written = [
        n for n in _candidates(ntext, start, end, lang, taken) if not _dated(ntext, n, people, lang)
    ]
    numbers = written + [
        n
        for n in extra
        if not any(x < n[1] and n[0] < y for x, y in taken)
        and not _attached(ntext, n[0], n[1], [(a, b) for a, b, _ in written])
    ]
    return numbers, selves


@cache
def _year_after(lang: str) -> frozenset[str]:
    """Month names after which a number is the year (``counts.YEAR_AFTER``)."""
    data = load(lang, "counts")
    words = {normalize_phrase(w) for w in getattr(data, "YEAR_AFTER", ())} if data else set()
    return frozenset(words - {""})


def _dated(
    ntext: str, number: tuple[int, int, int], persons: Sequence[tuple[int, int]], lang: str
) -> bool:
    """The number right after a month is its year, a short one too ("شهریور ۹۸
    بازداشت شد": arrested in 1398, not 98 arrested). Some month names are
    also words ("تیر", a bullet; "دی"), so only a number shaped like a year
    of that calendar (``_year_like``) is one ("تیر ۲ کشته": a bullet, two
    killed), and never one a noun for people stands on ("مهر ۹۰ نفر"): a
    count is then more likely. A count word does not keep it a count:
    "اردیبهشت ۹۶ کشته شدند" tells when they were killed."""
    a, b, value = number
    if not _year_like(value) or _word_before(ntext, a) not in _year_after(lang):
        return False
    return not _before_noun(ntext, b, persons)


def _year_like(value: int) -> bool:
    """A short year of the last half-century ("۹۸") or a full Solar Hijri
    one ("۱۴۰۰")."""
    return 50 <= value <= 99 or 1300 <= value <= 1499


@dataclass(frozen=True)
class _Near:
    """What a count word of one sentence weighs its numbers against."""

    words: Sequence[Hit]  # the sentence's count words
    nouns: Sequence[tuple[int, int]]  # count words, nouns for people, agent nouns
    persons: Sequence[tuple[int, int]]  # count words and nouns for people
    selves: Sequence[tuple[int, int]]  # nouns that are their own number
    conj: frozenset[str]  # "and", "و": a number after one is the next count's
    lang: str


def _best_number(
    ntext: str, cue: Hit, numbers: Sequence[tuple[int, int, int]], near: _Near
) -> tuple[int, int, int, int, int] | None:
    """(tier, distance, value, start, end) of the number ``cue`` counts: the
    lowest tier (attached to its noun first), then the nearest; or None."""
    joined = any(cue.prefix.startswith(c) for c in near.conj)
    best: tuple[int, int, int, int, int] | None = None
    for a, b, value in numbers:
        gap = _gap(ntext, cue, a, b, joined, near)
        if gap is None:
            continue
        if (a, b) in near.selves:
            tier: int | None = 0 if not gap[0].strip() else 1
        else:
            tier = _tier(ntext, a, b, gap[0], near.nouns, near.persons, near.lang)
        if tier is not None and (best is None or (tier, gap[1]) < best[:2]):
            best = (tier, gap[1], value, a, b)
    return best


def _gap(ntext: str, cue: Hit, a: int, b: int, joined: bool, near: _Near) -> tuple[str, int] | None:
    """The text between ``cue`` and the number ``ntext[a:b]`` and its width,
    or None when the number cannot be the count word's: too far, across a
    clause boundary or an "and", or nearer another count word."""
    gap = (ntext[b : cue.start], cue.start - b) if b <= cue.start else None
    if gap is not None and joined:
        return None  # "قتل جندي واحد وأصيب اثنان": واحد is the earlier count's
    if gap is None and a >= cue.end:
        gap = (ntext[cue.end : a], a - cue.end)
    if gap is None or gap[1] > ATTACHED_REACH or _BOUNDARY.search(gap[0]):
        return None
    if gap[1] > REACH and not _before_noun(ntext, b, near.nouns):
        return None
    if any(w in near.conj for w in gap[0].split()):
        return None  # "۹ نفر کشته و ۳۱ نفر زخمی": 31 is the next count's
    if _other_cue_between(ntext, cue, near.words, a, b):
        return None  # "قتلت امرأة وأصيب 40 شخصا": 40 is the other count word's
    return gap
