"""A nationality told only among a group is the group's, not the doer's.

"اعتقلت الشرطة خمسة أشخاص بينهم تونسيان", "Police arrested five people,
including two Tunisians", "پلیس پنج نفر از جمله دو تونسی را بازداشت کرد":
the one country such a sentence names is that of some of the people the
police held, written after a partitive word (``context.NATIONAL_PARTITIVES``:
"بينهم", "including", "از جمله") and at most a count. An agent with no
country of its own (the police, the army, unidentified gunmen) is not of it:
foreigners are held or struck where the doer is, so the doer takes the
dateline's country, else none, as with ``participants._struck_named``.
"""

from __future__ import annotations

from functools import cache

from diplowatch.extract.mention import Mention

# how many words (a count: "two", "3", "دو") may stand between the partitive
# word and the nationality: one, so a noun and its "of" ("بينهم جنود من
# الاحتلال الإسرائيلي") are not read as a count
_COUNT_WORDS = 1
# the longest partitive phrase, in words ("من بينهم", "among them")
_PHRASE_WORDS = 2
# how far before a nationality its partitive word is looked for, in letters
_REACH = 60


def cue_near(mentions: list[Mention], text: str, markers: frozenset[str]) -> bool:
    """speed88: whether every word of some phrase of ``markers`` is written
    (as a plain substring) between ``_REACH`` letters before the first of
    ``mentions`` and the end of the last. ``partitive_only`` and
    ``origin_only`` can hold only then (each reads a marker in that stretch),
    so a sentence without one skips their word-by-word reading."""
    if not markers or not text or not mentions:
        return False
    lo = max(0, min(x.start for x in mentions) - _REACH)
    window = text[lo : max(x.end for x in mentions)]
    return any(all(w in window for w in words) for words in _marker_words(markers))


@cache
def _marker_words(markers: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """Each phrase of ``markers`` as its words, split once per language."""
    return tuple(tuple(m.split()) for m in markers)


def partitive_only(
    m: Mention, mentions: list[Mention], codes: set[str], text: str, markers: frozenset[str]
) -> bool:
    """Whether every mention of the sentence's named ``codes`` stands after
    ``m`` right after a partitive word of ``markers``: a nationality of some
    of a group, which gives ``m`` no country. The group itself, the mention
    right before the nationality ("خمسة أشخاص بينهم تونسيان"), still takes
    it, as before: mostly of the place where they were held or struck."""
    if not markers or not text or not codes:
        return False
    named = [x for x in mentions if x is not m and x.code in codes]
    return bool(named) and all(
        x.start >= m.end
        and (
            _inside(text, x, markers)
            or (_after_partitive(text, x, markers) and not _group_of(m, x, mentions))
        )
        for x in named
    )


def origin_only(
    m: Mention, mentions: list[Mention], codes: set[str], text: str, markers: frozenset[str]
) -> bool:
    """country87: whether every mention of the sentence's named ``codes``
    stands right after a word of where a group came from or lives
    (``context.ORIGIN_MARKERS``: "مسلحين قادمين من ليبيا", "gunmen coming
    from Libya"), and ``m`` is not that group: the state is the group's
    origin, not the country of the army that fought it, before or after."""
    if not markers or not text or not codes:
        return False
    named = [x for x in mentions if x is not m and x.code in codes]
    origins = [x for x in named if _after_partitive(text, x, markers)]
    # the group itself ("المقيمين في قطر") took its origin's code: no other witness
    named = [y for y in named if not any(_group_of(y, x, mentions) for x in origins)]
    return bool(named) and all(
        _inside(text, x, markers) or (x in origins and not _group_of(m, x, mentions)) for x in named
    )


def _inside(text: str, x: Mention, markers: frozenset[str]) -> bool:
    """Whether ``x`` is a group and its partitive nationality read as one
    mention ("إرهابيين بينهم ليبيان"): a marker among its inner words."""
    words = [w.rstrip(",،") for w in text[x.start : x.end].split()]
    return any(
        " ".join(words[i : i + n]) in markers
        for i in range(1, len(words) - 1)
        for n in range(1, _PHRASE_WORDS + 1)
    )


def _group_of(m: Mention, x: Mention, mentions: list[Mention]) -> bool:
    """Whether ``m`` is the last mention before ``x``: the group it counts in."""
    before = [y for y in mentions if y.end <= x.start and y is not x]
    return bool(before) and max(before, key=lambda y: y.end) is m


def _after_partitive(text: str, x: Mention, markers: frozenset[str]) -> bool:
    """Whether a partitive word of ``markers`` ends at most ``_COUNT_WORDS``
    words before ``x``, with no break between."""
    words = text[max(0, x.start - _REACH) : x.start].split()
    tail = words[-(_COUNT_WORDS + _PHRASE_WORDS) :]
    for i in range(len(tail)):
        between = tail[i + 1 :]
        if len(between) > _COUNT_WORDS or any(w[-1:] in ",.;:،؛" for w in between):
            continue
        for n in range(1, _PHRASE_WORDS + 1):
            phrase = " ".join(tail[max(0, i - n + 1) : i + 1]).rstrip(",،")
            if phrase in markers:
                return True
    return False
